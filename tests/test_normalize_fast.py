"""The fast forms of the normalizers give the answers of their plain regular expressions."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus import normalize as nz

# Every character any of the steps treats specially, and a few ordinary ones.
ALPHABET = st.sampled_from(
    list("ab \t\n\r\x0b\x0c\x85\u2028\u2029\u00a0\u2009\u3000\u200b\u00ad\ufeff\u200c\u200dé’")
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)

ODD_SPACES = regex.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
ZERO_WIDTH = regex.compile(r"[\u200b\u2060\ufeff\u180e\u00ad]")


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_fast_steps_match_their_regular_expressions(text):
    assert nz.unify_newlines(text) == nz._NEWLINES.sub("\n", text.replace("\u2029", "\n\n"))
    assert nz.normalize_spaces(text) == ODD_SPACES.sub(" ", text)
    assert nz.remove_zero_width(text) == nz._STRAY_JOINER.sub("", ZERO_WIDTH.sub("", text))
    assert nz.strip_trailing_spaces(text) == nz._TRAILING.sub("", text)
