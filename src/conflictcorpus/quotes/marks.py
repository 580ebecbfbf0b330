"""Quotation marks as data, and the apostrophe test.

A *pair* is an opening and a closing character. Some characters play several parts:
“ opens in English and closes in German („…“); » opens in Danish (»…«) and closes in
French («…»). Straight marks (" and ') open and close alike and are paired by alternation.

>>> is_apostrophe("the regime’s forces", 10)
True
>>> is_apostrophe("ISIS’ atrocities", 4)
True
>>> is_apostrophe("‘unshakeable bravery’ of", 20)
False
"""

from __future__ import annotations

import regex

__all__ = [
    "CLOSERS",
    "OPENERS",
    "QUOTE_CHARS",
    "QUOTE_PAIRS",
    "SINGLE_MARKS",
    "STRAIGHT_MARKS",
    "closers_for",
    "is_apostrophe",
]

QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("“", "”"),  # English double
    ("‘", "’"),  # English single
    ('"', '"'),  # straight double
    ("'", "'"),  # straight single
    ("«", "»"),  # French, Russian, Arabic guillemets
    ("„", "“"),  # German, Czech
    ("„", "”"),  # Polish, Hungarian
    ("»", "«"),  # Danish, German book style
    ("‚", "‘"),  # German single
    ("「", "」"),  # CJK corner brackets
    ("『", "』"),  # CJK white corner brackets
)
"""Every (opening, closing) pair the pairing step knows, most common first."""

OPENERS: frozenset[str] = frozenset(o for o, _ in QUOTE_PAIRS)
CLOSERS: frozenset[str] = frozenset(c for _, c in QUOTE_PAIRS)
QUOTE_CHARS: frozenset[str] = OPENERS | CLOSERS
STRAIGHT_MARKS: frozenset[str] = frozenset({'"', "'"})
SINGLE_MARKS: frozenset[str] = frozenset({"'", "’", "‘", "‚"})
"""Marks that also serve as apostrophes or are too ambiguous to trust alone."""

_CLOSERS_FOR: dict[str, frozenset[str]] = {}
for _o, _c in QUOTE_PAIRS:
    _CLOSERS_FOR[_o] = _CLOSERS_FOR.get(_o, frozenset()) | {_c}

MARK_RE = regex.compile("[" + regex.escape("".join(sorted(QUOTE_CHARS))) + "]")
"""Finds any quotation-mark character."""


def closers_for(opener: str) -> frozenset[str]:
    """The characters that can close a quote opened by ``opener``."""
    return _CLOSERS_FOR.get(opener, frozenset())


def _is_word(ch: str) -> bool:
    return ch.isalnum()  # a letter or a digit; False for "" (the text's edge)


def is_apostrophe(text: str, i: int, *, single_open: bool = False) -> bool:
    """Tell whether the ’ or ' at ``text[i]`` is an apostrophe rather than a quote mark.

    An apostrophe sits inside a word (don’t, regime’s), before a decade or an elided
    start (’90s, 'til), or at the end of a word ending in s (ISIS’, Members') when no
    single quote is open that it could close.

    Args:
        text: The text.
        i: Index of the character to test.
        single_open: Whether a single quote is currently open in the paragraph; an s’ at a
            word end then closes it instead of being possessive.

    Returns:
        ``True`` for an apostrophe; ``False`` for a possible quote mark (or any other
        character).
    """
    if i < 0 or i >= len(text) or text[i] not in ("’", "'"):
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if _is_word(before) and _is_word(after):
        return True
    if not _is_word(before) and after.isdigit():
        return True
    if (
        not _is_word(before)
        and after in "tT"
        and text[i + 1 : i + 4].lower() in ("til", "tis", "twa")
    ):
        return True
    return bool(before in "sS" and before and not _is_word(after) and not single_open)
