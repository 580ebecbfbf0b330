"""A check shared by the tests of the literal gates: case folding covers ``regex``."""

import regex

from conflictcorpus.boilerplate.gates import fold_case


def assert_fold_case_covers(chars):
    """Every character that ``regex`` matches case-insensitively for one of ``chars``
    contains that character after :func:`fold_case`."""
    alphabet = "\n".join(
        chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c) != "\n"
    )
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION1
    for ch in chars:
        for m in regex.finditer(regex.escape(ch), alphabet, flags):
            assert fold_case(ch) in fold_case(m.group()), (ch, m.group())
