"""Quote-mark pairing and the apostrophe test, as tables."""

from __future__ import annotations

import pytest

from conflictcorpus.quotes.marks import QUOTE_PAIRS, closers_for, is_apostrophe
from conflictcorpus.quotes.spans import pair_marks


def _inner(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in pair_marks(text) if s.depth == 0]


APOSTROPHES = [
    # (text, which mark: its index among the ’ and ' in text, apostrophe?)
    ("the regime’s forces", 0, True),
    ("we don’t coordinate", 0, True),
    ("ISIS’ atrocities", 0, True),
    ("Members' log in", 0, True),
    ("back in the ’90s", 0, True),
    # negative rows: quote marks, not apostrophes
    ("overcoming the ‘unshakeable bravery’ of", 0, False),
    ("he said 'no' twice", 0, False),
    ("he said 'no' twice", 1, False),
    ("he said ‘no’ twice", 0, False),
    pytest.param(
        "rock 'n' roll", 0, True, marks=pytest.mark.xfail(strict=True, reason="elided 'n'")
    ),
]


def _nth_mark(text: str, n: int) -> int:
    return [i for i, ch in enumerate(text) if ch in "’'"][n]


@pytest.mark.parametrize(("text", "n", "expected"), APOSTROPHES)
def test_is_apostrophe(text, n, expected):
    assert is_apostrophe(text, _nth_mark(text, n)) is expected


def test_possessive_s_closes_an_open_single_quote():
    text = "‘the bravery of the soldiers’ was"
    assert is_apostrophe(text, text.index("’"), single_open=True) is False
    assert is_apostrophe(text, text.index("’"), single_open=False) is True


@pytest.mark.parametrize(("opener", "closer"), QUOTE_PAIRS)
def test_every_pair_is_paired(opener, closer):
    text = f"He said {opener}we will win{closer} today."
    assert _inner(text) == ["we will win"]
    assert closer in closers_for(opener)


PAIRING = [
    ("plain curly", "He said “yes” and “no”.", ["yes", "no"]),
    ("straight by alternation", 'He said "yes" and "no".', ["yes", "no"]),
    (
        "single inside double",
        "“He called it ‘absurd’ again,” she said.",
        ["He called it ‘absurd’ again,"],
    ),
    (
        "apostrophe inside",
        "“The regime’s forces don’t stop,” he said.",
        ["The regime’s forces don’t stop,"],
    ),
    pytest.param(
        "possessive s’ in single quotes",
        "‘ISIS’ atrocities are real’ he said",
        ["ISIS’ atrocities are real"],
        marks=pytest.mark.xfail(strict=True, reason="s’ inside an open single quote closes it"),
    ),
    ("guillemets", "Il a dit «non» hier.", ["non"]),
    ("german", "Er sagte „nein“ gestern.", ["nein"]),
    ("danish", "Han sagde »nej« i går.", ["nej"]),
    ("cjk", "他说「好」。", ["好"]),
    ("closing mark typed as opener", "”Fear is real,” she wrote.", ["Fear is real,"]),
    ("straight opener, curly closer", '"I know it,” Henry said.', ["I know it,"]),
    (
        "curly opener, straight closer",
        "“Absolutely not," + '"' + " Clinton said.",
        ["Absolutely not,"],
    ),
    ("curly opener, 66 closer", "“Do you want that?“ he asked.", ["Do you want that?"]),
    # negative rows: nothing to pair, nothing raised
    ("unpaired curly", "An “unpaired mark here.", []),
    ("unpaired straight", 'An "unpaired mark here.', []),
    ("apostrophes only", "The regime’s ISIS’ don’t Members' log in", []),
    ("mismatched types", "He said “no’ then.", []),
    ("closer first", "He said ” then “.", []),
    ("empty", "", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), PAIRING)
def test_pairing(case, text, expected):
    assert _inner(text) == expected


def test_multi_paragraph_quote_is_one_span():
    text = "“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,” he said."
    spans = [s for s in pair_marks(text) if s.depth == 0]
    assert len(spans) == 1
    assert spans[0].start == 0
    assert text[spans[0].start : spans[0].end].endswith("Last one,”")


def test_unclosed_paragraph_not_followed_by_opener_is_dropped():
    text = "“First paragraph never closes.\n\nThe author goes on.\n\n“A new quote,” he said."
    assert _inner(text) == ["A new quote,"]


def test_unclosed_opener_does_not_hide_later_quotes():
    text = "A stray “ mark and then “a real one” later."
    spans = pair_marks(text)
    assert [text[s.inner_start : s.inner_end] for s in spans if s.depth == 0] == ["a real one"]
