"""The fast forms of the normalizers give the answers of their plain regular expressions."""

from __future__ import annotations

import pytest
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
TRAILING = regex.compile(r"(?<![ \t])[ \t]++$", flags=regex.MULTILINE)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_fast_steps_match_their_regular_expressions(text):
    assert nz.unify_newlines(text) == nz._NEWLINES.sub("\n", text.replace("\u2029", "\n\n"))
    assert nz.normalize_spaces(text) == ODD_SPACES.sub(" ", text)
    assert nz.remove_zero_width(text) == nz._STRAY_JOINER.sub("", ZERO_WIDTH.sub("", text))
    assert nz.strip_trailing_spaces(text) == TRAILING.sub("", text)


def _plain_collapse(text):
    text = nz._BLANK_RUN.sub("\n\n", text)
    text = nz._LEADING_BLANK.sub("", text)
    return nz._TRAILING_BLANK.sub("", text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_collapse_blank_lines_matches_its_regular_expressions(text):
    assert nz.collapse_blank_lines(text) == _plain_collapse(text)


_EVERY_SPECIAL = (
    "\r\u2028\u0085\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u180e\u00ad"
)


@pytest.mark.parametrize("ch", list(_EVERY_SPECIAL))
@pytest.mark.parametrize("frame", ["{}", "a{}b", "a\n{}\nb", "{}{}"])
def test_every_special_character_is_found_by_the_fast_look(ch, frame):
    """Table: each character of the three classes, alone and inside text."""
    text = frame.replace("{}", ch)
    assert nz.unify_newlines(text) == nz._NEWLINES.sub("\n", text)
    assert nz.normalize_spaces(text) == ODD_SPACES.sub(" ", text)
    assert nz.remove_zero_width(text) == nz._STRAY_JOINER.sub("", ZERO_WIDTH.sub("", text))


@pytest.mark.parametrize(
    "text",
    ["a\n\n\nb", "a\n \nb", "a\n\t\n\nb", "a\n\nb", "a\n b", "\n\na", "a\n", "a\n \t", "a \n", "a"],
)
def test_collapse_blank_lines_table(text):
    assert nz.collapse_blank_lines(text) == _plain_collapse(text)
