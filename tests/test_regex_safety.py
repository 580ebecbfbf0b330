"""Long runs of one kind of character go through ``load_text`` in linear time.

Pathological backtracking shows up as a test that never finishes, so these rows only
need to complete; each also checks what the body is, so the test cannot pass vacuously.
Every row is 200,000 characters, the size at which a quadratic pattern takes minutes.
"""

from __future__ import annotations

import pytest

import conflictcorpus as cc
from conflictcorpus.language import language_sample
from conflictcorpus.normalize import (
    collapse_blank_lines,
    remove_zero_width,
    strip_trailing_spaces,
)
from conflictcorpus.quotes import extract_quotes, find_terms

N = 200_000

# (id, input, expected body)
RUNS = [
    ("straight-double-quotes", '"' * N, '"' * N),
    ("curly-double-quotes", "“" * N, "“" * N),
    ("straight-single-quotes", "'" * N, "'" * N),
    ("guillemets", "«" * N, "«" * N),
    ("colons", ":" * N, ":" * N),
    ("colon-space", ": " * (N // 2) + "x", ": " * (N // 2) + "x"),
    ("capitalised-words", "Word " * (N // 5) + "end", "Word " * (N // 5) + "end"),
    ("capitalised-no-spaces", "Ab" * (N // 2), "Ab" * (N // 2)),
    ("at-signs", "a@" * (N // 2), "a@" * (N // 2)),
    ("email-like", "a.b@c" * (N // 5), "a.b@c" * (N // 5)),
    ("spaces-then-letter", " " * N + "x", " " * N + "x"),
    ("letter-spaces-letter", "x" + " " * N + "y", "x" + " " * N + "y"),
    ("tabs-then-letter", "\t" * N + "x", "\t" * N + "x"),
    ("spaces-and-tabs", " \t" * (N // 2) + "x", " \t" * (N // 2) + "x"),
    ("trailing-spaces", "x" + " \t" * (N // 2), "x"),
    ("newlines", "x" + "\n" * N + "y", "x\n\ny"),
    ("blank-lines-with-spaces", "x" + "\n \t" * (N // 3) + "\ny", "x\n\ny"),
    ("carriage-returns", "x" + "\r" * N + "y", "x\n\ny"),
    ("nbsp", "x" + "\u00a0" * N + "y", "x" + " " * N + "y"),
    ("zero-width-non-joiners", "x" + "\u200c" * N + " y", "x y"),
    ("dashes", "—" * N, "—" * N),
    ("url", "http://" + "a" * N, "http://" + "a" * N),
]


@pytest.mark.parametrize(("text", "body"), [r[1:] for r in RUNS], ids=[r[0] for r in RUNS])
def test_long_runs_complete_with_the_right_body(text, body):
    doc = cc.load_text(text)
    assert doc.text == body


@pytest.mark.parametrize(
    ("step", "text", "out"),
    [
        (strip_trailing_spaces, "a" + " " * N + "b", "a" + " " * N + "b"),
        (strip_trailing_spaces, "a" + " \t" * N, "a"),
        (collapse_blank_lines, "a" + " \n" * N, "a "),
        (collapse_blank_lines, "\n" * N + "a" + "\n" * N, "a"),
        (remove_zero_width, "a" + "\u200d" * N + "b", "a" + "\u200d" * N + "b"),
        (remove_zero_width, "a" + "\u200d" * N, "a"),
    ],
)
def test_normalizer_patterns_are_linear_and_keep_their_meaning(step, text, out):
    assert step(text) == out


@pytest.mark.parametrize(
    ("paragraph", "sample"),
    [
        ("Write to joe.b@example.org for the full report on the fighting.", "Write to"),
        ("a@" * N, "a@" * 50),
        ('"' * N, '"' * 100),
    ],
)
def test_language_sample_is_bounded_and_drops_addresses(paragraph, sample):
    out = language_sample([paragraph], max_chars=100)
    assert len(out) <= 100
    assert out.startswith(sample)
    assert "@" not in out or "example.org" not in out


def test_quote_stage_is_linear_on_one_endless_sentence_of_commas_and_quotes():
    # one sentence without a full stop: every quote looks for its sentence's subject among
    # the commas before it, which must stay within a bounded window
    unit = "on Monday, in May, after shelling, saying, “We hold the line,” and "
    quotes = extract_quotes("Officials met " + unit * 2500 + "left.")
    assert len(quotes) == 2500
    assert {q.text for q in quotes} == {"We hold the line,"}


def test_quote_stage_is_linear_on_many_one_word_headings_before_quotes():
    # each "Update:" asks whether the word is a surname named in full elsewhere: the
    # document's names are gathered once, not once per quote
    text = "Read our News Analysis below.\n\n" + "\n\n".join(
        "Update: “The convoy has crossed the border at noon today.”" for _ in range(4000)
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 4000
    assert all(q.attribution is None for q in quotes)


def test_quote_stage_is_linear_on_one_name_heading_repeated_thousands_of_times():
    # every "Fact Check:" is a two-word name before a colon: its elsewhere-check and its
    # resolution read a bounded number of the name's occurrences, not all of them
    text = "\n\n".join(
        "Fact Check: “The convoy has crossed the border at noon today.”" for _ in range(8000)
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 8000
    assert {q.text for q in quotes} == {"The convoy has crossed the border at noon today."}


def test_foreign_attribution_is_linear_on_one_endless_sentence():
    # each quote reads a bounded speaker phrase after it and a bounded window before it,
    # however long the sentence runs without a clause mark
    unit = "« Nous tenons la ligne » a déclaré le ministre de la Défense de la région "
    quotes = extract_quotes(unit * 3000 + "fin.")
    assert len(quotes) == 3000
    assert {q.attribution.cue for q in quotes if q.attribution} == {"a déclaré"}


def test_quote_stage_is_linear_when_a_sentence_never_ends_and_names_no_speaker():
    # every unattributed quote searches its sentence for a cue: within a bounded distance
    # of the quote, not to the sentence's far end (this took 53 s before the bound)
    unit = "the convoy moved along the road near the river and “we hold the line here” and "
    text = unit * 3000 + "left."
    assert extract_quotes(text) == []
    assert len(find_terms(text)) == 3000


def test_a_long_gap_between_two_quotes_is_not_searched_for_a_conjunction():
    # the words between two quotes are matched against "and"/"or" only when they are few
    text = (
        "General Petrov spoke, telling the crowd, “We will hold the bridge,”"
        + " " * N
        + "“nobody will leave this city before the winter.”"
    )
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "We will hold the bridge,",
        "nobody will leave this city before the winter.",
    ]


@pytest.mark.parametrize(
    ("unit", "count"),
    [("“a b c” ", 12_500), ("“we will win” and ", 5_555)],
    ids=["short-terms", "terms-joined-by-and"],
)
def test_quote_stage_is_linear_on_many_short_terms_in_one_sentence(unit, count):
    # each term looked for a cue to the far end of the run-on sentence (minutes before)
    text = unit * count
    assert extract_quotes(text) == []
    assert len(find_terms(text)) == count
