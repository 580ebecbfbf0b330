"""The shortcuts of the metadata parsers give the answers of their plain forms.

``parse_date`` turns away a line with a word that no step of it takes out before it runs
them, the digit test looks at an ASCII line with one search, and a byline part is matched
against the newsroom credits only when it has one of their words.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictcorpus as cc
from conflictcorpus import metadata as meta
from conflictcorpus.lines import split_lines
from folding_helpers import assert_fold_case_covers


class _Everything(frozenset):
    """A set that holds every word: ``parse_date`` without its early test."""

    def __contains__(self, item: object) -> bool:
        return True


def _plain_parse_date(monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(meta, "_DATE_WORDS", _Everything())
        return meta.parse_date(text)


def _sample_lines():
    out = []
    for path in cc.samples.paths():
        out += [ln.text for ln in split_lines(path.read_text(encoding="utf-8"))]
    return out


DATE_LINES = [
    "March 4, 2017",
    "4 de março de 2017",
    "04.03.2017",
    "Published: 21 November 2023, 10:02 a.m. GMT",
    "sexta-feira, 22 de outubro de 2010 às 20:13",
    "Mis à jour le 21 novembre 2023 à 10h02",
    "Lundi 4 mars 2024",
    "ſamstag, 4. März 2017",  # a long s: "samstag" up to case, as the patterns read it
    "MÄRZ 4, 2017",
    "Updated 2 hours ago",
    "2 comments",
    "March 4, 2017 Reuters",
    "21 ноября 2023 г.",
    "4. März 2017, 10.30 Uhr",
]


def test_parse_date_turns_away_only_what_it_would_reject(monkeypatch):
    for text in [*DATE_LINES, *_sample_lines()]:
        assert meta.parse_date(text) == _plain_parse_date(monkeypatch, text), text


_DATE_PIECES = st.sampled_from(
    [
        *("March", "mar.", "märz", "Sept", "sept.", "ſamstag", "Oct", "octobre", "мая", "ago"),
        *("Monday", "lun", "segunda-feira", "le", "à", "at", "of", "the", "on", "h", "am"),
        *("a.m.", "p.m.", "GMT", "Uhr", "hours", "ago", "Reuters", "İ", "ß", "x"),
        *("2017", "4", "10", "30", "04.03.2017", "10h30", "10:02", "1st"),
        *(" ", ", ", ". ", " / ", " | ", " - ", "-", ":", "(", ")"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_DATE_PIECES, min_size=1, max_size=10).map("".join))
def test_parse_date_early_test_on_generated_lines(text):
    with pytest.MonkeyPatch.context() as m:
        plain = _plain_parse_date(m, text)
    assert meta.parse_date(text) == plain


def test_has_digit_is_str_isdigit_for_every_character():
    for code in range(0x110000):
        ch = chr(code)
        assert meta._has_digit(ch) == ch.isdigit(), hex(code)
        assert meta._has_digit("ab" + ch) == ch.isdigit(), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 0٣²①xé.")), max_size=12))
def test_has_digit_on_generated_text(text):
    assert meta._has_digit(text) == any(ch.isdigit() for ch in text)


def _plain_is_credit(part):
    return part.lower() in meta._NOT_PEOPLE or meta._NEWSROOM_RE.match(part) is not None


CREDIT_PARTS = [
    "Staff Reporter",
    "our correspondent in Kyiv",
    "Reuters Staff",
    "Al Jazeera Staff",
    "The Times of Israel Staff",
    "notre envoyée spéciale",
    "la rédaction du Monde",
    "Redacción",
    "nuestro corresponsal",
    "da nossa correspondente",
    "dal nostro inviato a Kiev",
    "нашего корреспондента в Киеве",
    "собкор",
    "News Desk",
    "the editors",
    "Editorial Board",
    "Jane Doe",
    "Kyle Orton",
    "Reuters",
    "STAFF WRITER",
    "İstanbul Desk",
]


def test_the_newsroom_gate_keeps_every_credit():
    gate, _ = meta._newsroom_gate()
    assert gate is not None and "rédaction" in gate
    for part in [*CREDIT_PARTS, *_sample_lines()]:
        assert meta._is_credit(part) == _plain_is_credit(part), part


_CREDIT_WORDS = sorted(
    {w for fs in meta.NEWSROOM_CREDITS.values() for f in fs for w in regex.findall(r"\w+", f)}
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_CREDIT_WORDS).flatmap(
                lambda w: st.sampled_from([w, w.upper(), w.title()])
            ),
            st.sampled_from([" ", " in ", "Kyiv", "«Новая»", "Al", "Jazeera"]),
        ),
        max_size=6,
    ).map("".join)
)
def test_the_newsroom_gate_on_generated_parts(part):
    assert meta._is_credit(part) == _plain_is_credit(part)


def test_case_folding_covers_the_newsroom_gate():
    """Every character that matches a newsroom gate literal's character case-insensitively
    contains it after ``fold_case`` (as for the boilerplate gates)."""
    gate, _ = meta._newsroom_gate()
    chars = sorted({ch for lit in gate for ch in lit if ch.lower() != ch.upper()})
    assert_fold_case_covers(chars)
