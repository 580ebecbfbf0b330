"""Resolve what a user passes to :func:`conflictcorpus.load` into a stream of file paths.

A source is a file, a directory (walked recursively in sorted order, hidden files and
folders skipped), a glob pattern (``corpus/**/*.txt``), or an iterable of those. Order is
deterministic: the same tree gives the same sequence on every machine.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputTypeError, SourceNotFoundError

__all__ = ["check_exists", "iter_paths", "top_level_sources"]

Source = str | os.PathLike[str] | Iterable["Source"]

_GLOB_MAGIC = frozenset("*?[")


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def iter_paths(source: Source) -> Iterator[Path]:
    """Yield the files ``source`` names, lazily and in a deterministic order.

    Raises:
        SourceNotFoundError: A path that does not exist, or a pattern that matches nothing.
        InputTypeError: Something that is neither a path nor an iterable of paths.
    """
    if isinstance(source, (bytes, bytearray)):
        raise InputTypeError(
            "load() takes paths, not bytes; to process text in memory use load_text()"
        )
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            yield from _walk(path)
            return
        if path.exists():
            yield path
            return
        text = os.fspath(source)
        if _GLOB_MAGIC.intersection(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise SourceNotFoundError("glob pattern matches no file", source=text)
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from _walk(mp)
                else:
                    yield mp
            return
        raise SourceNotFoundError("no such file or directory", source=text)
    if isinstance(source, Iterable):
        for item in source:
            yield from iter_paths(item)
        return
    raise InputTypeError(
        f"a source must be a path, a glob pattern or an iterable of those, "
        f"not {type(source).__name__}"
    )


def top_level_sources(source: Source) -> Iterator[Source]:
    """Yield the items of ``source`` one level deep: a single path yields itself.

    :func:`conflictcorpus.load` resolves each item on its own, so that one item naming
    nothing is reported without losing the items after it.
    """
    if isinstance(source, (str, os.PathLike, bytes, bytearray)):
        yield source
    elif isinstance(source, Iterable):
        yield from source
    else:
        yield source  # iter_paths raises the typed error


def check_exists(source: str | os.PathLike[str]) -> None:
    """Raise :class:`SourceNotFoundError` if a single path or pattern names nothing."""
    text = os.fspath(source)
    if Path(text).exists():
        return
    if _GLOB_MAGIC.intersection(text) and next(glob.iglob(text, recursive=True), None):
        return
    what = (
        "glob pattern matches no file"
        if _GLOB_MAGIC.intersection(text)
        else ("no such file or directory")
    )
    raise SourceNotFoundError(what, source=text)
