"""Readers: turn bytes from a source into decoded text plus what the source tells.

Readers decode; they never clean. Cleaning is :mod:`conflictcorpus.normalize` and the
stages after it. :func:`read_source` picks the reader for a path and yields one
:class:`RawText` per document in it, or, for a document that cannot be read, the typed
error as a value, so that a batch can report it and go on.

The format is judged from the file name (see :func:`describe_path`):

========================================  ==========  ========================
suffix                                    format      documents
========================================  ==========  ========================
``.txt`` and anything not listed          ``text``    one per file
``.jsonl``, ``.ndjson``                   ``jsonl``   one per line
``.csv`` / ``.tsv``                       ``csv`` /   one per row after the
                                          ``tsv``     header row
``.html``, ``.htm``, ``.xhtml``           ``html``    one per file
``.warc``, ``.warc.gz``                   ``warc``    one per HTML response
========================================  ==========  ========================

Any of these may be compressed (``.gz``, ``.bz2``, ``.xz``: ``corpus.jsonl.gz``) or sit
inside an archive (``.zip``, ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``),
which is read member by member, each by its own suffix. ``format=`` overrides the judged
format (for an archive, the format of its members); compression and archives are always
recognised by suffix.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..errors import ConfigError, InputError
from .archives import read_tar, read_zip
from .base import (
    DEFAULT_READER_OPTIONS,
    FIELD_GUESSES,
    TEXT_FIELD_GUESSES,
    RawText,
    ReaderOptions,
    ReadStats,
)
from .html import read_html, require_trafilatura
from .records import read_csv, read_jsonl, read_tsv
from .streams import COMPRESSIONS, STREAM_ERRORS, decompress, open_path, read_bounded, stream_error
from .text import decode_bytes, read_text_file
from .warc import read_warc, require_warcio

__all__ = [
    "FIELD_GUESSES",
    "FORMATS",
    "TEXT_FIELD_GUESSES",
    "RawText",
    "ReadStats",
    "ReaderOptions",
    "decode_bytes",
    "describe_path",
    "detect_format",
    "read_source",
    "read_text_file",
]

logger = logging.getLogger("conflictcorpus")

FORMATS: tuple[str, ...] = ("text", "jsonl", "csv", "tsv", "html", "warc")
"""The formats :func:`read_source` understands (``format=`` values)."""

_SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
}

_TAR_SUFFIXES = (".tar", ".tgz", ".tbz2", ".txz", ".tar.gz", ".tar.bz2", ".tar.xz")

_Reader = Callable[[IO[bytes], str, ReaderOptions, ReadStats], Iterator[RawText | InputError]]


def _read_text(
    stream: IO[bytes], source: str, options: ReaderOptions, stats: ReadStats
) -> Iterator[RawText | InputError]:
    try:
        data = read_bounded(stream, source=source, max_bytes=options.max_bytes)
        yield decode_bytes(data, source=source)
    except InputError as exc:
        yield exc


_READERS: dict[str, _Reader] = {
    "text": _read_text,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "tsv": read_tsv,
    "html": read_html,
    "warc": read_warc,
}

_REQUIREMENTS: dict[str, Callable[[], object]] = {
    "html": require_trafilatura,
    "warc": require_warcio,
}


def describe_path(name: str | os.PathLike[str]) -> tuple[str | None, str | None, str]:
    """How a file name is read: ``(archive, compression, format)``.

    ``archive`` is ``"zip"``, ``"tar"`` or ``None``; ``compression`` the single-stream
    compression suffix (``".gz"``, ``".bz2"``, ``".xz"``) or ``None``; ``format`` one of
    :data:`FORMATS` (for an archive, the default format of its members: ``"text"``).

    >>> describe_path("corpus.jsonl.gz"), describe_path("crawl.warc.gz")
    ((None, '.gz', 'jsonl'), (None, '.gz', 'warc'))
    >>> describe_path("dump.tar.gz"), describe_path("notes.md")
    (('tar', None, 'text'), (None, None, 'text'))
    """
    lower = Path(name).name.lower()
    if lower.endswith(".zip"):
        return "zip", None, "text"
    if lower.endswith(_TAR_SUFFIXES):
        return "tar", None, "text"
    stem, compression = lower, None
    for suffix in COMPRESSIONS:
        if lower.endswith(suffix):
            stem, compression = lower[: -len(suffix)], suffix
            break
    return None, compression, _SUFFIX_FORMATS.get(Path(stem).suffix, "text")


def detect_format(path: str | os.PathLike[str]) -> str:
    """The format of ``path`` judged by its suffix; anything unknown is plain text.

    >>> detect_format("a/b/page.HTM"), detect_format("x.ndjson.bz2"), detect_format("x.dat")
    ('html', 'jsonl', 'text')
    """
    return describe_path(path)[2]


def _is_archive(name: str) -> bool:
    return describe_path(name)[0] is not None


def check_format(format: str | None) -> None:
    """Raise :class:`~conflictcorpus.ConfigError` unless ``format`` is ``None`` or known,
    and :class:`~conflictcorpus.MissingDependencyError` if its extra is not installed."""
    if format is None:
        return
    if format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if format in _REQUIREMENTS:
        _REQUIREMENTS[format]()


def read_source(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    options: ReaderOptions | None = None,
    stats: ReadStats | None = None,
) -> Iterator[RawText | InputError]:
    """Yield the documents in one file, or the error for each that cannot be read.

    Args:
        path: A file.
        format: One of :data:`FORMATS`, or ``None`` to judge by the suffix.
        options: Field names and limits for container formats.
        stats: Counters to add this file's documents, errors and skips to.

    Raises:
        ConfigError: ``format`` is not one of :data:`FORMATS`.
        MissingDependencyError: The format needs an extra that is not installed (raised
            at the call, before anything is read).
    """
    check_format(format)
    archive, compression, fmt = describe_path(path)
    fmt = format or fmt
    if archive is None:
        check_format(fmt)
    opts = options or DEFAULT_READER_OPTIONS
    if not isinstance(opts, ReaderOptions):
        raise ConfigError(f"options must be a ReaderOptions, not {type(opts).__name__}")
    counts = stats if stats is not None else ReadStats()
    return _counted(
        _read_path(Path(path), archive, compression, fmt, format, opts, counts),
        counts,
        str(path),
    )


def _counted(
    items: Iterator[RawText | InputError], stats: ReadStats, source: str
) -> Iterator[RawText | InputError]:
    before = stats.skipped.copy()
    for item in items:
        if isinstance(item, InputError):
            stats.errors += 1
        else:
            stats.documents += 1
        yield item
    skipped = stats.skipped - before
    if skipped:
        detail = ", ".join(f"{reason}: {n}" for reason, n in sorted(skipped.items()))
        logger.info("%s: skipped %d records (%s)", source, sum(skipped.values()), detail)


def _read_path(
    path: Path,
    archive: str | None,
    compression: str | None,
    fmt: str,
    member_format: str | None,
    options: ReaderOptions,
    stats: ReadStats,
) -> Iterator[RawText | InputError]:
    source = str(path)
    try:
        raw_stream = open_path(path)
    except InputError as exc:
        yield exc
        return
    with raw_stream:
        if archive is not None:

            def read_member(stream: IO[bytes], name: str, where: str):
                _, member_compression, detected = describe_path(name)
                yield from _read_stream(
                    stream, member_compression, member_format or detected, where, options, stats
                )

            reader = read_zip if archive == "zip" else read_tar
            try:
                yield from reader(raw_stream, source, stats, read_member, _is_archive)
            except STREAM_ERRORS as exc:
                yield stream_error(exc, source)
            return
        yield from _read_stream(raw_stream, compression, fmt, source, options, stats)


def _read_stream(
    stream: IO[bytes],
    compression: str | None,
    fmt: str,
    source: str,
    options: ReaderOptions,
    stats: ReadStats,
) -> Iterator[RawText | InputError]:
    if fmt == "warc" and compression == ".gz":
        compression = None  # warcio reads record-by-record gzip itself
    try:
        if fmt in _REQUIREMENTS:
            _REQUIREMENTS[fmt]()
        with decompress(stream, compression) as data:
            yield from _READERS[fmt](data, source, options, stats)
    except InputError as exc:
        yield exc
    except STREAM_ERRORS as exc:
        yield stream_error(exc, source)
