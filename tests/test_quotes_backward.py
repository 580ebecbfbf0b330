"""Word alternations factored by suffixes match as the prefix-factored ones do backwards."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus.quotes.cues import backward_trie_pattern, trie_pattern, verb_forms
from conflictcorpus.quotes.speakers import ROLE_NOUNS

WORDS = st.lists(
    st.text("ab", min_size=1, max_size=3).map(lambda w: w.replace("ba", "b a")), max_size=8
)
TEXTS = st.text("abAB .", max_size=14)
LEFT = ["", "a", "b+", "(?:^|[ .])", "(?<![ab])", "[ab]{2}", "(?:ab)*", "a?b?"]
"""What may stand before the alternation: each accepts some of the words that end at the
same position and not others, so the order they are tried in shows in the match."""


def _same(m1: regex.Match[str] | None, m2: regex.Match[str] | None) -> bool:
    if m1 is None or m2 is None:
        return m1 is m2
    return m1.span() == m2.span() and m1.groupdict() == m2.groupdict()


@settings(max_examples=400, deadline=None)
@given(words=WORDS.filter(bool), text=TEXTS)
def test_backward_alternation_matches_backwards_as_the_trie_does(words, text):
    forward, backward = trie_pattern(words), backward_trie_pattern(words)
    for left in LEFT:
        for flags in ("", "(?i)"):
            old, new = (
                regex.compile(rf"{flags}(?r)(?P<left>{left})(?P<word>{alt})(?P<right>[.]?)\Z")
                for alt in (forward, backward)
            )
            for end in range(len(text) + 1):
                assert _same(old.search(text, 0, end), new.search(text, 0, end))
    behind_old = regex.compile(rf"(?<=(?<![ab])(?:{forward}))[ .]")
    behind_new = regex.compile(rf"(?<=(?<![ab])(?:{backward}))[ .]")
    assert [m.span() for m in behind_old.finditer(text)] == [
        m.span() for m in behind_new.finditer(text)
    ]


def test_backward_alternation_of_the_vocabularies_holds_every_word():
    for words in (ROLE_NOUNS, verb_forms()):
        pattern = regex.compile(rf"(?:{backward_trie_pattern(words)})")
        assert all(pattern.fullmatch(w.replace(" ", "  ")) for w in words)
        assert not pattern.fullmatch("xyzzy")
