"""Byte streams shared by the readers: opening with decompression, bounded reads, and
decoding record lines one at a time.

Everything here streams: a file is never read whole unless it is one document, and then
only up to ``ReaderOptions.max_bytes``.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from ..errors import (
    CorruptInputError,
    InputError,
    InputTooLargeError,
    SourceNotFoundError,
    UnreadableSourceError,
)
from .base import RawText
from .text import decode_bytes

__all__ = [
    "COMPRESSIONS",
    "decompress",
    "iter_lines",
    "open_path",
    "read_bounded",
    "stream_error",
]

COMPRESSIONS: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    ".gz": lambda f: gzip.GzipFile(fileobj=f, mode="rb"),
    ".bz2": lambda f: bz2.BZ2File(f, mode="rb"),
    ".xz": lambda f: lzma.LZMAFile(f, mode="rb"),  # noqa: SIM115 - the caller closes
}
"""Single-stream compressions recognised by suffix, and how to open each as a stream."""

# Errors that reading damaged compressed or archived data raises.
STREAM_ERRORS = (
    EOFError,
    OSError,
    zlib.error,
    lzma.LZMAError,
    zipfile.BadZipFile,
    tarfile.TarError,
    RuntimeError,  # zipfile: an encrypted member without a password
)


def stream_error(exc: BaseException, source: str) -> InputError:
    """The typed error for an exception raised while reading ``source``'s bytes."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, EOFError):
        return CorruptInputError(
            "truncated: the compressed data ends before its end-of-stream marker", source=source
        )
    if isinstance(exc, (gzip.BadGzipFile, zlib.error, lzma.LZMAError, zipfile.BadZipFile)):
        return CorruptInputError(f"corrupt compressed data: {exc}", source=source)
    if isinstance(exc, tarfile.TarError):
        return CorruptInputError(f"corrupt tar archive: {exc}", source=source)
    if isinstance(exc, PermissionError):
        return UnreadableSourceError("permission denied", source=source)
    if isinstance(exc, OSError) and exc.errno is None:
        return CorruptInputError(f"corrupt compressed data: {exc}", source=source)
    if isinstance(exc, OSError):
        return UnreadableSourceError(f"cannot be read: {exc.strerror or exc}", source=source)
    return CorruptInputError(f"cannot be read: {exc}", source=source)


def open_path(path: Path) -> BinaryIO:
    """Open ``path`` for binary reading, with the library's typed errors.

    Raises:
        SourceNotFoundError: The path does not exist.
        UnreadableSourceError: A directory, a permission problem or an I/O error.
    """
    source = str(path)
    try:
        if path.is_dir():
            raise UnreadableSourceError("is a directory, not a file", source=source)
        return open(path, "rb")
    except FileNotFoundError:
        raise SourceNotFoundError("no such file", source=source) from None
    except PermissionError:
        raise UnreadableSourceError("permission denied", source=source) from None
    except IsADirectoryError:
        raise UnreadableSourceError("is a directory, not a file", source=source) from None
    except OSError as exc:
        raise UnreadableSourceError(
            f"cannot be read: {exc.strerror or exc}", source=source
        ) from None


def decompress(stream: IO[bytes], suffix: str | None) -> IO[bytes]:
    """Wrap ``stream`` in the decompressor for ``suffix`` (``.gz``, ``.bz2``, ``.xz``)."""
    if suffix is None:
        return stream
    return COMPRESSIONS[suffix](stream)


def read_bounded(stream: IO[bytes], *, source: str, max_bytes: int) -> bytes:
    """Read the whole of ``stream``, or raise if it holds more than ``max_bytes``.

    Raises:
        InputTooLargeError: The stream is larger than ``max_bytes``.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"larger than the {_size(max_bytes)} limit (ReaderOptions.max_bytes); not read",
            source=source,
        )
    return data


def _size(n: int) -> str:
    return f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n} bytes"


class LineDecoder:
    """Decode record lines one at a time: UTF-8, else the legacy encoding the first
    non-UTF-8 line was detected as (so a file with a few cp1252 lines still reads)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.fallback: str | None = None

    def __call__(self, line: bytes) -> str:
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if self.fallback is None:
            raw: RawText = decode_bytes(line, source=self.source)
            self.fallback = raw.encoding or "cp1252"
            return raw.text
        return line.decode(self.fallback, errors="replace")


# How much of a record file is looked at, at most, to tell old-Mac (CR-only) line endings.
_LINE_ENDING_SNIFF = 2**20
_SNIFF_CHUNK = 2**13


class _Rejoined(io.RawIOBase):
    """``head`` then the rest of ``stream``, with every CR turned into LF when ``cr_only``;
    an ``error`` met while reading ``head`` is raised once ``head`` has been read."""

    def __init__(
        self, head: bytes, stream: IO[bytes], *, cr_only: bool, error: BaseException | None
    ) -> None:
        self._head = head
        self._stream = stream
        self._cr_only = cr_only
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        elif self._error is not None:
            error, self._error = self._error, None
            raise error
        else:
            data = self._stream.read(len(buffer))
        if self._cr_only:
            data = data.replace(b"\r", b"\n")
        buffer[: len(data)] = data
        return len(data)


def _line_stream(stream: IO[bytes]) -> IO[bytes]:
    """``stream`` ready for ``readline``. A file with a CR and no LF before its first
    line feed or in its first MiB has old-Mac line endings; its CRs are read as LFs."""
    chunks: list[bytes] = []
    size, error = 0, None
    try:
        while size < _LINE_ENDING_SNIFF:
            chunk = stream.read(_SNIFF_CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if b"\n" in chunk:
                break
    except STREAM_ERRORS as exc:  # raised after the records read before it
        error = exc
    head = b"".join(chunks)
    cr_only = b"\r" in head and b"\n" not in head
    return io.BufferedReader(_Rejoined(head, stream, cr_only=cr_only, error=error))


def iter_lines(
    stream: IO[bytes], *, source: str, max_bytes: int
) -> Iterator[tuple[int, bytes | InputTooLargeError]]:
    """Yield ``(line number, line bytes without the newline)``, 1-based, streaming.

    Lines end with LF or CRLF; in a file with old-Mac line endings (CR alone: its first
    MiB has CRs and no LF) they end with CR. A CR inside a line of an LF file stays (a
    JSON string may hold one). A line longer than ``max_bytes`` is yielded as an
    :class:`InputTooLargeError` naming its line and is skipped without being held in
    memory. A byte-order mark at the start of the first line is dropped.
    """
    stream = _line_stream(stream)
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of this line
                line = stream.readline(2**20)
            yield (
                number,
                InputTooLargeError(
                    f"line {number} is longer than the {_size(max_bytes)} limit "
                    "(ReaderOptions.max_bytes); skipped",
                    source=f"{source}:{number}",
                ),
            )
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        yield number, line.rstrip(b"\r\n")


def path_label(path: str | os.PathLike[str]) -> str:
    """The source label for a path."""
    return os.fspath(path)
