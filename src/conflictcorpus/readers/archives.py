"""Archives (``.zip``, ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``), streamed
member by member.

Each member is read with the reader for its own suffix (or the ``format=`` the caller
gave) and labelled ``archive.zip!member.txt``. Directory entries, links, hidden files and
archives inside archives are skipped and counted. A damaged member is a typed error
naming it; a damaged zip directory or a truncated tar stream ends that archive with an
error naming the last member read.
"""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO

from ..errors import CorruptInputError, InputError
from .base import RawText, ReadStats

__all__ = ["read_tar", "read_zip"]

# What tarfile's stream mode raises on damaged input. TypeError is CPython's own bug: a
# gzip header cut inside its first bytes makes ``ord(b"")`` fail in ``tarfile._Stream``
# (found by the fuzz tests).
_TAR_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, TypeError)

# The reason :func:`~.streams.stream_error` gives when the tar stream itself is damaged.
_TAR_DAMAGE = "corrupt tar archive"

# Reads one member: (its stream, its name, its source label) -> documents or errors.
MemberReader = Callable[[IO[bytes], str, str], Iterator[RawText | InputError]]


def _skip_reason(name: str, is_archive: Callable[[str], bool]) -> str | None:
    base = name.rstrip("/").rsplit("/", 1)[-1]
    if base.startswith(".") or name.startswith("__MACOSX/"):
        return "archive: hidden member"
    if is_archive(name):
        return "archive: nested archive"
    return None


def read_zip(
    stream: IO[bytes],
    source: str,
    stats: ReadStats,
    read_member: MemberReader,
    is_archive: Callable[[str], bool],
) -> Iterator[RawText | InputError]:
    """Yield the documents of every member of a zip archive, in archive order."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        yield CorruptInputError(f"not a readable zip archive: {exc}", source=source)
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                stats.skip("archive: directory entry")
                continue
            reason = _skip_reason(info.filename, is_archive)
            if reason:
                stats.skip(reason)
                continue
            where = f"{source}!{info.filename}"
            try:
                member = archive.open(info)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as exc:
                yield CorruptInputError(f"member cannot be opened: {exc}", source=where)
                continue
            with member:
                yield from read_member(member, info.filename, where)


def read_tar(
    stream: IO[bytes],
    source: str,
    stats: ReadStats,
    read_member: MemberReader,
    is_archive: Callable[[str], bool],
) -> Iterator[RawText | InputError]:
    """Yield the documents of every regular file in a (compressed) tar stream, in order."""
    last = None
    try:
        archive = tarfile.open(fileobj=stream, mode="r|*")  # noqa: SIM115 - closed below
    except _TAR_ERRORS as exc:
        yield CorruptInputError(f"not a readable tar archive: {exc}", source=source)
        return
    with archive:
        members = iter(archive)
        while True:
            try:
                info = next(members)
            except StopIteration:
                return
            except _TAR_ERRORS as exc:
                after = f" after member {last!r}" if last else ""
                yield CorruptInputError(
                    f"truncated or corrupt tar archive{after}: {exc}; the rest is not read",
                    source=source,
                )
                return
            last = info.name
            if not info.isfile():
                stats.skip("archive: directory or link entry")
                continue
            reason = _skip_reason(info.name, is_archive)
            if reason:
                stats.skip(reason)
                continue
            member = archive.extractfile(info)
            if member is None:  # pragma: no cover - isfile() members always have data
                continue
            where = f"{source}!{info.name}"
            for item in read_member(member, info.name, where):
                yield item
                if isinstance(item, CorruptInputError) and item.reason.startswith(_TAR_DAMAGE):
                    return  # the tar stream itself is damaged; nothing after it can be read
