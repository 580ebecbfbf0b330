"""Readers: turn bytes from a source into decoded text plus what the source tells.

Readers decode; they never clean. Cleaning is :mod:`conflictcorpus.normalize` and the
stages after it. :func:`read_source` picks the reader for a path and yields one
:class:`RawText` per document in it, or, for a document that cannot be read, the typed
error as a value, so that a batch can report it and go on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import ConfigError, InputError
from .base import RawText
from .text import decode_bytes, read_text_file

__all__ = ["FORMATS", "RawText", "decode_bytes", "read_source", "read_text_file"]

FORMATS: tuple[str, ...] = ("text",)
"""The formats :func:`read_source` understands (``format=`` values)."""


def _read_text(path: Path) -> Iterator[RawText | InputError]:
    try:
        yield read_text_file(path)
    except InputError as exc:
        yield exc


_READERS = {"text": _read_text}


def detect_format(path: str | os.PathLike[str]) -> str:
    """The format of ``path`` judged by its suffix; anything unknown is plain text."""
    return "text"


def read_source(
    path: str | os.PathLike[str], *, format: str | None = None
) -> Iterator[RawText | InputError]:
    """Yield the documents in one file, or the error for each that cannot be read.

    Args:
        path: A file.
        format: One of :data:`FORMATS`, or ``None`` to judge by the suffix.
    """
    fmt = format or detect_format(path)
    try:
        reader = _READERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}") from None
    return reader(Path(path))
