"""Pair quotation marks into spans, paragraph by paragraph.

Typed marks pair by type (“ with ”, ‘ with ’, « with »…); straight marks pair by
alternation. A mark that finds no partner is skipped, never an error. A paragraph that
opens a quote without closing it, followed by a paragraph that opens again with the same
mark, continues the same quote (the newspaper convention for long quotes).

>>> [(s.start, s.end) for s in pair_marks('He said "yes" and ‘no’.')]
[(8, 13), (18, 22)]
>>> pair_marks('An "unpaired mark and a don’t.')
[]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .marks import MARK_RE, OPENERS, STRAIGHT_MARKS, closers_for, is_apostrophe

__all__ = ["MarkSpan", "Paragraph", "pair_marks", "paragraphs"]

_MAX_DEPTH = 6
"""Quotes nest at most this deep; a deeper opener is treated as unpaired (bounds the work)."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line of text, with offsets."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class MarkSpan:
    """A paired quotation, marks included.

    Attributes:
        start: Offset of the opening mark.
        end: Offset one past the closing mark.
        opener: The opening character.
        depth: 0 for an outermost quote, 1 for a quote inside it, and so on.
        paragraph: Index of the paragraph where the quote opens.
        last_paragraph: Index of the paragraph where it closes.
    """

    start: int
    end: int
    opener: str
    depth: int
    paragraph: int
    last_paragraph: int

    @property
    def inner_start(self) -> int:
        """Offset just after the opening mark."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset of the closing mark."""
        return self.end - 1


def paragraphs(text: str) -> list[Paragraph]:
    """Return the non-blank lines of ``text`` as paragraphs with offsets."""
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append(Paragraph(len(out), pos, end))
        pos = end + 1
    return out


@dataclass(slots=True)
class _Open:
    pos: int
    char: str
    paragraph: int


def _first_mark(text: str, para: Paragraph) -> int:
    """Offset of the paragraph's first non-space character."""
    i = para.start
    while i < para.end and text[i].isspace():
        i += 1
    return i


def _can_close(ch: str, op: _Open, text: str, i: int) -> bool:
    if ch in closers_for(op.char):
        return True
    if op.char == "”":  # ” typed as an opener
        return ch in ("”", "“")
    if op.char == '"':  # a straight opener closed by a curly one
        return ch == "”"
    if op.char == "“" and ch in ('"', "“"):  # a curly opener closed by a straight or 66 mark
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return not before.isspace() and not after.isalnum()
    return False


def _opens_here(text: str, i: int, para: Paragraph) -> bool:
    """Whether a ” at ``i`` stands where a quote opens (a common typing slip): at the start
    of the paragraph (invisible format characters aside) or after a space, before a letter
    or an ellipsis."""
    j = i
    while j > para.start and unicodedata.category(text[j - 1]) == "Cf":
        j -= 1  # invisible direction marks left by a copy from a web page
    before_ok = j == para.start or text[j - 1].isspace()
    after = text[i + 1 : min(para.end, i + 3)]
    after_ok = after[:1].isalpha() or after.lstrip()[:1] == "…"
    return before_ok and after_ok


_MARK_FIND = re.compile(MARK_RE.pattern)
"""The same character class as :data:`MARK_RE`, compiled with ``re``, which scans a plain
class faster."""


def pair_marks(text: str, *, paras: list[Paragraph] | None = None) -> list[MarkSpan]:
    """Pair the quotation marks of ``text``.

    Args:
        text: Any text.
        paras: Its paragraphs, when already computed.

    Returns:
        The paired spans, sorted by start; nested quotes are listed with a higher depth.
    """
    paras = paragraphs(text) if paras is None else paras
    n = len(text)
    out: list[tuple[int, int, str, int, int]] = []  # the fields of each MarkSpan but its depth
    carry: _Open | None = None  # an outer quote left open by the previous paragraph
    # One scan of the whole text instead of one per paragraph: most paragraphs hold no
    # mark, and a search call costs more than the characters it reads.
    marks = [m.start() for m in _MARK_FIND.finditer(text)]
    n_marks = len(marks)
    k_mark = 0
    for para in paras:
        stack: list[_Open] = []
        skip_at = -1
        if carry is not None:
            first = _first_mark(text, para)
            if first < para.end and text[first] == carry.char:
                stack.append(carry)
                skip_at = first
        carry = None
        while k_mark < n_marks and marks[k_mark] < para.start:
            k_mark += 1  # a mark outside the paragraphs given
        while k_mark < n_marks and marks[k_mark] < para.end:
            i = marks[k_mark]
            k_mark += 1
            if i == skip_at:
                continue
            ch = text[i]
            if (
                ch in ("’", "'")
                and 0 < i < n - 1
                and text[i - 1].isalnum()
                and text[i + 1].isalnum()
            ):
                continue  # inside a word (don’t): the commonest apostrophe, decided inline
            if ch in ("’", "'") and is_apostrophe(
                text, i, single_open=any(o.char in ("‘", "'", "‚") for o in stack)
            ):
                continue
            # close the innermost open quote this mark can close
            closed = False
            for k in range(len(stack) - 1, -1, -1):
                if _can_close(ch, stack[k], text, i):
                    if ch in STRAIGHT_MARKS and k != len(stack) - 1 and ch == "'":
                        break  # a straight single inside something else: leave it
                    op = stack[k]
                    del stack[k:]
                    out.append((op.pos, i + 1, op.char, op.paragraph, para.index))
                    closed = True
                    break
            if closed:
                continue
            if ch == "”" and not stack and _opens_here(text, i, para):
                stack.append(_Open(i, ch, para.index))  # ” typed as an opener
                continue
            if ch in OPENERS and len(stack) < _MAX_DEPTH:
                if (
                    ch == "'"
                    and i > para.start
                    and not text[i - 1].isspace()
                    and text[i - 1] not in '([{—–-/“"'
                ):
                    continue  # a straight ' glued to the word before cannot open
                stack.append(_Open(i, ch, para.index))
        if stack:
            carry = stack[0]
    return _with_depths(out)


def _with_depths(spans: list[tuple[int, int, str, int, int]]) -> list[MarkSpan]:
    """Sort the paired spans (start, end, opener, paragraph, last paragraph) and make each
    a :class:`MarkSpan`, its depth from containment among them (made once: a frozen
    dataclass costs more to build than the pairing of its marks)."""
    out: list[MarkSpan] = []
    ends: list[int] = []
    for start, end, opener, paragraph, last in sorted(spans, key=lambda s: (s[0], -s[1])):
        while ends and ends[-1] <= start:
            ends.pop()
        out.append(MarkSpan(start, end, opener, len(ends), paragraph, last))
        ends.append(end)
    return out
