"""The cheap tests that spare a costly pattern pass wherever the pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus.quotes import attribution, extract, speakers

_INTRO_WORDS = sorted(set(re.findall(r"[a-z]+", extract._TERM_INTRO_RE.pattern)))
"""Every word of the pattern (and a few letters of its syntax, harmless here)."""


def _tails() -> list[str]:
    out = []
    for word in _INTRO_WORDS:
        for lead in ("", "the ", "known ", "so-", "so "):
            for end in ("", " ", ",", ": ", " ,\t", "\n", ":\n"):
                for case in (str.lower, str.upper, str.title):
                    out.append("He was " + case(lead + word) + end)
    return out


def test_term_intro_test_passes_wherever_the_pattern_matches():
    tails = [t for t in _tails() if extract._TERM_INTRO_RE.search(t)]
    assert len(tails) > 100
    assert all(extract._may_introduce_term(t) for t in tails)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="asdmelnſSĲı ,:\t\n-", max_size=30))
def test_term_intro_test_passes_on_generated_text(tail):
    if extract._TERM_INTRO_RE.search(tail):
        assert extract._may_introduce_term(tail)


_PIECES = [
    *(" said", " told", ", said", " pointed out", " says", "—", ". ", ", "),
    *(" campaign", " spokesman", " co-host", " Blaze", " former", " of", " U.S.", " the"),
    *(" Stu", " Burguiere", " al-Assad", " Hope Hicks", " (R-Ohio)", ", a lawyer,", " added"),
    *(" who", " on Monday", "\n", " chairman", " senior adviser", " Jr.", " 'Trump'"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_role_test_passes_wherever_a_role_pattern_matches(pieces):
    window = "".join(pieces)
    for pattern in attribution._ROLE_FIRST_PATTERNS:
        if pattern.match(window):
            assert attribution._opens_with_role(window)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_runs_end_where_two_capitalised_words_end(pieces):
    text = "".join(pieces)
    index = speakers.SpeakerIndex(text)
    for end in range(len(text) + 1):
        every = [
            (a, b)
            for run in speakers._CAP_RUN_RE.finditer(text, max(0, end - index._WINDOW), end)
            if run.end() == end
            for a, b in speakers._split_run(run.group(), run.start())
            if b == end
        ]
        assert index._runs_ending_at(end) == every
