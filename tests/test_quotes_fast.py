"""The shortcuts of the quote stage give the answers of the plain tests they stand for.

Each shortcut (a cache keyed by the exact text, an ASCII test before a regex, a literal
check before a pattern) is compared here with the plain computation it replaces, on a
table of cases and on generated text.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus.quotes import extract as ex

_LU = regex.compile(r"\p{Lu}")

WORDS = ["Syria", "syria", "Élysée", "élysée", "İdlib", "Ⅻ", "ǅemal", "1990s", "ß", "Ω", "_x"]


def test_starts_upper_matches_the_regex_on_a_table():
    for w in WORDS:
        assert ex._starts_upper(w) == (_LU.match(w) is not None), w


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=4))
def test_starts_upper_matches_the_regex(word):
    assert ex._starts_upper(word) == (_LU.match(word) is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab AB’'-_.,1Éé"), max_size=40))
def test_content_words_are_the_words_found_afresh(content):
    assert ex._content_words(content) == tuple(ex._WORD_RE.findall(content))
    assert ex._content_words(content) == tuple(ex._WORD_RE.findall(content))  # cached
