"""Lines and blocks: offsets slice the text back, blocks follow the blank lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus.lines import Line, join_body, split_lines


def _plain_split_lines(text):
    """The lines found one newline at a time."""
    out = []
    block = 0
    pos = 0
    seen_blank = False
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        if text[pos:end].strip():
            if seen_blank and out:
                block += 1
            out.append(Line(len(out), block, pos, end, text[pos:end]))
            seen_blank = False
        else:
            seen_blank = True
        if nl == -1:
            break
        pos = nl + 1
    return out


TEXTS = st.lists(st.sampled_from(["a", "bc", " ", "\t", "\n", "\r", "\u00a0", "é", "\u2028"])).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_split_lines_as_plain_with_exact_offsets(text):
    lines = split_lines(text)
    assert lines == _plain_split_lines(text)
    for i, ln in enumerate(lines):
        assert ln.index == i and text[ln.start : ln.end] == ln.text and ln.text.strip()
        assert "\n" not in ln.text


def test_blocks_follow_blank_lines():
    lines = split_lines("\n\nTitle\n\nFirst\nstill first\n \nSecond\n")
    assert [(ln.text, ln.block, ln.start) for ln in lines] == [
        ("Title", 0, 2),
        ("First", 1, 9),
        ("still first", 1, 15),
        ("Second", 2, 29),
    ]
    assert join_body(lines) == "Title\n\nFirst\nstill first\n\nSecond"
    assert split_lines("") == [] and split_lines("\n \n") == []
