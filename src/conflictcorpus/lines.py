"""Split normalized text into non-blank lines with offsets and paragraph blocks.

A *block* is a run of non-blank lines between blank lines; in scraped text it is usually
one paragraph per line, but hard-wrapped text has several lines per block. Offsets are
into the text given, so ``text[line.start:line.end] == line.text``.

>>> [(ln.text, ln.block) for ln in split_lines("Title\\n\\nFirst para\\nstill first\\n\\nSecond")]
[('Title', 0), ('First para', 1), ('still first', 1), ('Second', 2)]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Line", "join_body", "split_lines"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the normalized input.

    Attributes:
        index: Position among the non-blank lines (0-based).
        block: Index of the blank-line-separated block the line belongs to.
        start: Offset of the line's first character in the normalized input.
        end: Offset one past its last character.
        text: The line, without its newline.
    """

    index: int
    block: int
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of ``text`` (split on ``\\n`` only), with offsets.

    Lines made only of whitespace count as blank. Splitting is on ``\\n`` alone so that
    offsets stay exact whatever the normalization options were.
    """
    out: list[Line] = []
    block = 0
    pos = 0  # the offset of the current line: the lengths so far, one newline each
    seen_blank = False
    for line in text.split("\n"):  # one split in C, not a find and two slices a line
        end = pos + len(line)
        if line.strip():
            if seen_blank and out:
                block += 1
            out.append(Line(len(out), block, pos, end, line))
            seen_blank = False
        else:
            seen_blank = True
        pos = end + 1
    return out


def join_body(lines: Iterable[Line]) -> str:
    """Join kept lines into body text: lines of one block by ``\\n``, blocks by a blank line."""
    parts: list[str] = []
    prev_block: int | None = None
    for ln in lines:
        if prev_block is not None:
            parts.append("\n" if ln.block == prev_block else "\n\n")
        parts.append(ln.text)
        prev_block = ln.block
    return "".join(parts)
