"""Draw one article's anatomy as an SVG picture, from the library's real output.

Every non-blank line of the normalized input is drawn in page order, on a band coloured by
its decision (body, metadata, or the removal category), and the quotes found in the body
are underlined and coloured by kind. Called by ``conf.py`` at build time; also runnable:
``python docs/figure.py OUT.svg [ARTICLE]``.
"""

from __future__ import annotations

import sys
import textwrap
from html import escape
from pathlib import Path

import conflictcorpus as cc
from conflictcorpus.lines import split_lines

COLOURS = {
    "body": "#ffffff",
    "metadata": "#cfe8ff",
    "navigation": "#e7d4f7",
    "comment_notice": "#ffe9b3",
    "newsletter": "#ffd8a8",
    "donation": "#ffc9c9",
    "caption": "#d3f9d8",
    "author_bio": "#c3fae8",
    "related": "#e9ecef",
    "social": "#fcc2d7",
    "advertisement": "#ff8787",
    "legal": "#dee2e6",
    "stray": "#ffec99",
}
QUOTE_COLOURS = {
    "direct": "#1b7f3b",
    "partial": "#2b8a3e",
    "block": "#5c940d",
    "indirect": "#1864ab",
}
WIDTH_CHARS = 90
CHAR_W = 7.3
LINE_H = 17
PAD = 12


def _body_offsets(doc: cc.Document) -> dict[int, int]:
    """Map the input offset of each body line to its offset in ``doc.text``."""
    removed = {r.start for r in doc.removed}
    body = [ln for ln in split_lines(doc.input_text or "") if ln.start not in removed]
    out: dict[int, int] = {}
    pos = 0
    prev_block = None
    for ln in body:
        if prev_block is not None:
            pos += 1 if ln.block == prev_block else 2
        out[ln.start] = pos
        pos += len(ln.text)
        prev_block = ln.block
    return out


def draw(doc: cc.Document) -> str:
    """The SVG picture of ``doc`` (built with ``keep_input=True``)."""
    if doc.input_text is None:
        raise ValueError("the figure needs Document.input_text (Config(keep_input=True))")
    category = {r.start: r.category for r in doc.removed}
    rule = {r.start: r.rule for r in doc.removed}
    body_at = _body_offsets(doc)
    rows: list[str] = []
    y = PAD + 5 * LINE_H
    for ln in split_lines(doc.input_text):
        cat = category.get(ln.start, "body")
        label = rule.get(ln.start, "body")
        wrapped = textwrap.wrap(ln.text, WIDTH_CHARS) or [""]
        height = max(len(wrapped) * LINE_H + 4, 30)
        rows.append(
            f'<rect x="{PAD}" y="{y}" width="{WIDTH_CHARS * CHAR_W + 170:.0f}" '
            f'height="{height}" fill="{COLOURS[cat]}" stroke="#adb5bd" stroke-width="0.5"/>'
        )
        rows.append(
            f'<text x="{PAD + 4}" y="{y + 13}" class="tag">{escape(cat)}</text>'
            f'<text x="{PAD + 4}" y="{y + 25}" class="rule">{escape(label)}</text>'
        )
        # quote spans that fall on this line, in line coordinates
        spans = []
        if ln.start in body_at:
            b0 = body_at[ln.start]
            for q in doc.quotes:
                s, e = max(q.start, b0), min(q.end, b0 + len(ln.text))
                if s < e:
                    spans.append((s - b0, e - b0, q.kind))
        consumed = 0
        for i, piece in enumerate(wrapped):
            start_in_line = ln.text.find(piece, consumed)
            consumed = start_in_line + len(piece)
            ty = y + 13 + i * LINE_H
            styled = _styled(piece, start_in_line, spans)
            rows.append(f'<text x="{PAD + 160}" y="{ty}" class="line">{styled}</text>')
        y += height + 3
    legend = []
    x, ly = PAD, PAD
    for name, colour in COLOURS.items():
        if x > WIDTH_CHARS * CHAR_W:
            x, ly = PAD, ly + 18
        legend.append(
            f'<rect x="{x}" y="{ly}" width="12" height="12" fill="{colour}" stroke="#868e96"/>'
            f'<text x="{x + 16}" y="{ly + 10}" class="tag">{name}</text>'
        )
        x += 16 + 7 * len(name) + 14
    legend.append(
        f'<text x="{PAD}" y="{ly + 30}" class="tag">quotes: '
        + " ".join(
            f'<tspan fill="{c}" text-decoration="underline">{k}</tspan>'
            for k, c in QUOTE_COLOURS.items()
        )
        + f" · {escape(Path(doc.source or doc.id).name)} · title: {escape(doc.title or '-')}</text>"
    )
    width = PAD * 2 + WIDTH_CHARS * CHAR_W + 170
    style = (
        "<style>.line{font:12px monospace;fill:#212529}.tag{font:11px sans-serif;fill:#343a40}"
        ".rule{font:9px monospace;fill:#495057}</style>"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{y + PAD}" '
        f'viewBox="0 0 {width:.0f} {y + PAD}">{style}'
        f'<rect width="100%" height="100%" fill="#f8f9fa"/>{"".join(legend)}{"".join(rows)}</svg>'
    )


def _styled(piece: str, base: int, spans: list[tuple[int, int, str]]) -> str:
    out = []
    pos = 0
    for s, e, kind in sorted(spans):
        s, e = max(s - base, 0), min(e - base, len(piece))
        if s >= e or s < pos:
            continue
        out.append(escape(piece[pos:s]))
        out.append(
            f'<tspan fill="{QUOTE_COLOURS[kind]}" font-weight="bold" '
            f'text-decoration="underline">{escape(piece[s:e])}</tspan>'
        )
        pos = e
    out.append(escape(piece[pos:]))
    return "".join(out)


def main() -> None:
    out = Path(sys.argv[1])
    article = Path(sys.argv[2]) if len(sys.argv) > 2 else cc.samples.paths()[3]
    out.write_text(draw(next(cc.load(article))), encoding="utf-8")


if __name__ == "__main__":
    main()
