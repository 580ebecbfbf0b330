"""Normalizers: table cases (including text that must not change) and properties."""

from __future__ import annotations

import ftfy
import ftfy.badness
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus import Config, normalize_text
from conflictcorpus.normalize import (
    _FTFY_CONFIG,
    DEFAULT_CHAIN,
    collapse_blank_lines,
    fix_unicode,
    looks_like_mojibake,
    normalize_spaces,
    remove_zero_width,
    strip_trailing_spaces,
    unicode_nfc,
    unify_newlines,
)

CASES = [
    # (function, input, expected)
    (fix_unicode, "The regimeâ€™s forces", "The regime’s forces"),
    (fix_unicode, "â€œHe said soâ€\x9d", "“He said so”"),
    (fix_unicode, "“curly” and ‘single’ stay curly", "“curly” and ‘single’ stay curly"),
    (fix_unicode, "ISIS’ atrocities, don’t", "ISIS’ atrocities, don’t"),
    (fix_unicode, "«Nous» „Wir“ 「私」", "«Nous» „Wir“ 「私」"),
    (fix_unicode, "full-width ，stays", "full-width ，stays"),
    (fix_unicode, "plain ascii text.", "plain ascii text."),
    (normalize_spaces, "was\u00a0informed\u202fby\u3000them", "was informed by them"),
    (normalize_spaces, "tab\tstays", "tab\tstays"),
    (remove_zero_width, "Ass\u200bad\u2060\ufeff", "Assad"),
    (remove_zero_width, "soft\u00adhyphen", "softhyphen"),
    (remove_zero_width, "می\u200cخواهم", "می\u200cخواهم"),  # ZWNJ inside a Persian word stays
    (remove_zero_width, "edge\u200c \u200dword", "edge word"),
    (unify_newlines, "a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\n\ne"),
    (strip_trailing_spaces, "a  \nb\t\n c", "a\nb\n c"),
    (collapse_blank_lines, "\n\n a\n\n\n\nb\n \n\t\nc\n\n", " a\n\nb\n\nc"),
    (collapse_blank_lines, "one\ntwo", "one\ntwo"),
    (unicode_nfc, "Cafe\u0301", "Café"),
]


@pytest.mark.parametrize(("fn", "text", "expected"), CASES)
def test_step_cases(fn, text, expected):
    assert fn(text) == expected


def test_default_chain_on_a_dirty_sample():
    raw = "\ufeffTitle\r\n\r\n\r\nThe regime\u2019s\u00a0war  \r\nAssad\u200b said"
    assert normalize_text(raw) == "Title\n\nThe regime’s war\nAssad said"


def test_config_switches_steps_off():
    raw = "a\u00a0b\r\n"
    cfg = Config(normalize_spaces=False, unify_newlines=False, strip_trailing_spaces=False)
    assert normalize_text(raw, config=cfg) == "a\u00a0b\r"


def test_chain_names_match_config_options():
    for name, _ in DEFAULT_CHAIN:
        assert isinstance(getattr(Config(), name), bool)


texts = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFFF, blacklist_categories=("Cs",)),
    max_size=200,
) | st.lists(
    st.sampled_from(
        [
            "a",
            "é",
            "\u00a0",
            "\u200b",
            "\u200c",
            "\r\n",
            "\n",
            " ",
            "\t",
            "’",
            "“",
            "â€",
            "™",
            "Ã©",
            "\u0301",
            "\u2029",
            "&amp;",
            "\x00",
            "\ufeff",
            "ی",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalization_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(texts)
def test_each_step_is_idempotent(text):
    for _, step in DEFAULT_CHAIN:
        once = step(text)
        assert step(once) == once


def _ftfy_until_stable(text: str) -> str:
    for _ in range(4):
        fixed = ftfy.fix_text(text, config=_FTFY_CONFIG)
        if fixed == text:
            break
        text = fixed
    return text


@settings(max_examples=400, deadline=None)
@given(texts | st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=200))
def test_fix_unicode_gives_ftfys_answer(text):
    """The cheap gate in front of ftfy never skips a repair ftfy would make."""
    assert fix_unicode(text) == _ftfy_until_stable(text)


def test_fix_unicode_gives_ftfys_answer_on_the_samples(seed_paths):
    for p in seed_paths:
        text = p.read_text(encoding="utf-8")
        assert fix_unicode(text) == _ftfy_until_stable(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_normalized_text_has_no_odd_spaces_or_crs(text):
    out = normalize_text(text)
    assert "\r" not in out and "\u00a0" not in out and "\u200b" not in out
    assert "\n\n\n" not in out
    assert out == out.strip("\n")


mojibake_prone = st.lists(
    st.sampled_from(
        [
            "a",
            "Z",
            " ",
            "\n",
            ".",
            "Ã",
            "Â",
            "â€",
            "™",
            "œ",
            "Œ",
            "°",
            "×",
            "²",
            "Ø",
            "Ù",
            "à",
            "²",
            "√",
            "±",
            "‚Ä",
            "вЂ",
            "ГўВЂВ",
            "Р",
            "С",
            "β€",
            "ā€",
            "’",
            "“",
            "é",
            "€",
            "£",
            "╔",
            "µ",
            "Γ",
            "Ξ",
            "\xa0",
            "\x85",
            "\u00ad",
            "¡",
            "Ð",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(mojibake_prone | texts)
def test_windowed_mojibake_check_misses_nothing_ftfy_sees(text):
    assert looks_like_mojibake(text) or not ftfy.badness.is_bad(text)


_SAFE = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"
_ASCII = [chr(c) for c in range(32, 127)] + ["\n", "\t"]


def _no_mojibake_from_safe_characters(max_len: int) -> list[str]:
    import itertools

    alphabet = list(_SAFE) + _ASCII
    return [
        s
        for n in range(1, max_len + 1)
        for s in map("".join, itertools.product(alphabet, repeat=n))
        if any(c in _SAFE for c in s) and ftfy.badness.is_bad(s)
    ]


def test_curly_quotes_and_dashes_alone_never_look_like_mojibake():
    """The premise of the cheap check: with ASCII, these characters match no ftfy pattern."""
    assert _no_mojibake_from_safe_characters(2) == []


@pytest.mark.slow
def test_curly_quotes_and_dashes_alone_never_look_like_mojibake_up_to_three():
    assert _no_mojibake_from_safe_characters(3) == []


def _badness_alphabet() -> list[str]:
    """Every character ftfy's mojibake pattern names, plus ASCII and everyday non-ASCII."""
    named = {c for c in ftfy.badness.BADNESS_RE.pattern if not c.isascii()}
    named |= {chr(c) for c in range(0x80, 0x250)} | {chr(c) for c in range(0x2500, 0x25A0)}
    named |= {chr(c) for c in range(0x0391, 0x03CA)} | {chr(c) for c in range(0x0400, 0x0460)}
    named |= set(_SAFE) | set("«»„•·\xa0\xad€™…")
    return sorted(named | set(_ASCII))


_BADNESS_ALPHABET = _badness_alphabet()


def test_mojibake_openers_are_read_from_ftfy_not_the_fallback():
    from conflictcorpus.normalize import _MOJIBAKE_SUSPECT_RUN, _NON_ASCII_SUSPECT

    assert _MOJIBAKE_SUSPECT_RUN.pattern != _NON_ASCII_SUSPECT + "+"
    for clean in "’“”–—…«»„•·\xa0\u0627\u4e2d\u0436":  # common in clean text: never openers
        assert _MOJIBAKE_SUSPECT_RUN.search(clean) is None, clean


@pytest.mark.parametrize(
    "text",
    ["â€™", "Ã©", "â€œ", "Ã\xa0", "Â ", "вЂ", "ГўВЂВ™s", "β€™", "ā€", "√±", "‚Äô", "×²", "ØŠØŠ"],
)
def test_every_kind_of_mojibake_opens_a_window(text):
    """Table: one string per family of ftfy's pattern; the slow path sees it, so must we."""
    assert ftfy.badness.is_bad(text)
    assert looks_like_mojibake(text)


def test_every_two_character_mojibake_contains_an_opener():
    """Exhaustive over pairs of the characters ftfy's pattern names: whatever ftfy calls
    mojibake has a character that opens a window."""
    from conflictcorpus.normalize import _MOJIBAKE_SUSPECT_RUN

    missed = [
        a + b
        for a in _BADNESS_ALPHABET
        for b in _BADNESS_ALPHABET
        if _MOJIBAKE_SUSPECT_RUN.search(a + b) is None and ftfy.badness.is_bad(a + b)
    ]
    assert missed == []


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_BADNESS_ALPHABET), max_size=30))
def test_windowed_check_equals_ftfy_on_its_own_characters(text):
    assert looks_like_mojibake(text) == ftfy.badness.is_bad(text)
