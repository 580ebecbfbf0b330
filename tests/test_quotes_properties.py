"""Invariants of extract_quotes on generated and pathological text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictcorpus.quotes import extract_quotes, find_terms

PIECES = [
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "„",
    "「",
    "」",
    " ",
    "\n",
    "\n\n",
    ":",
    ",",
    ".",
    " — ",
    "said",
    " said ",
    "he",
    " she told reporters",
    "according to",
    "Louay Safi",
    "Safi",
    "Russian President Vladimir Putin",
    "the minister",
    "so-called",
    "don’t",
    "ISIS’",
    "We will win",
    "reported last September:",
    "The city fell",
    "al-Assad",
    "U.S.",
    "Sen.",
    ". . .",
    "…",
]

speechy = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.one_of(speechy, st.text(max_size=300))


def _check(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        a = q.attribution
        if a is not None:
            if a.mention_start is not None:
                assert text[a.mention_start : a.mention_end] == a.mention
            if a.cue_start is not None:
                assert text[a.cue_start : a.cue_end] == a.cue
        for x, y in q.parts:  # the runs of an interrupted quote leave its attribution out
            assert q.start <= x < y <= q.end
            if a is not None and a.mention_start is not None:
                assert a.mention_end <= x or a.mention_start >= y, (q, a)
    assert quotes == sorted(quotes, key=lambda q: (q.start, -q.end))
    for i, q in enumerate(quotes):
        for r in quotes[i + 1 :]:
            if r.start >= q.end:
                continue
            outer, inner = (q, r) if q.end - q.start >= r.end - r.start else (r, q)
            assert outer.kind == "block", (q, r)
            assert outer.start <= inner.start and inner.end <= outer.end
    assert extract_quotes(text) == quotes  # deterministic


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_invariants_on_arbitrary_text(text):
    _check(text)
    for a, b in find_terms(text):
        assert 0 <= a < b <= len(text)


PATHOLOGICAL = [
    "“" * 5000,
    "”" * 5000,
    '"' * 5001,
    "'" * 5001,
    "’" * 5000,
    ":" * 5000 + "\n\n" + "x " * 100,
    "Aa " * 5000 + "said",
    "A " * 5000 + "said:",
    "The Very Long Capitalised Name " * 800 + "said “yes”",
    " " * 20000,
    "\n" * 20000,
    "“a,” he said. " * 2000,
    "said " * 4000 + "“x”",
    "a-" * 5000 + "said",
    "“" + "word " * 10000 + "”",
    ("Louay Safi said that " * 500) + ".",
    "x’" * 5000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_pathological_inputs_finish(text):
    _check(text)


def test_empty_and_blank():
    assert extract_quotes("") == []
    assert extract_quotes("   \n\n  ") == []
    assert find_terms("") == []


def test_rejects_bytes_with_a_hint():
    from conflictcorpus import InputTypeError

    with pytest.raises(InputTypeError, match="decode"):
        extract_quotes(b"bytes")  # type: ignore[arg-type]
