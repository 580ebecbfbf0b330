"""Write documents to JSON Lines and read them back.

One JSON object per line, UTF-8, in the field order of :class:`~conflictcorpus.Document`.
A path ending in ``.gz`` is gzip-compressed. Reading back gives records equal to the ones
written.
"""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from .errors import RecordError, SourceNotFoundError, UnreadableSourceError
from .models import Document

__all__ = ["read_jsonl", "write_jsonl"]


def _open(path: Path, mode: str) -> IO[str]:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, mode + "b"), encoding="utf-8", newline="\n")
    return open(path, mode, encoding="utf-8", newline="\n")


def write_jsonl(docs: Iterable[Document], path: str | os.PathLike[str]) -> int:
    """Write ``docs`` to ``path``, one JSON object per line.

    Args:
        docs: Documents, e.g. straight from :func:`conflictcorpus.load` (streamed: they are
            written as they come and not kept).
        path: Output file; parent folders are created. ``.gz`` means gzip.

    Returns:
        The number of documents written.
    """
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    try:
        fh = _open(p, "w")
    except OSError as exc:
        raise UnreadableSourceError(f"cannot write: {exc.strerror or exc}", source=str(p)) from None
    with fh:
        for doc in docs:
            if not isinstance(doc, Document):
                raise RecordError(
                    f"write_jsonl takes Document records, not {type(doc).__name__}",
                    source=str(p),
                    line=n + 1,
                )
            fh.write(doc.model_dump_json())
            fh.write("\n")
            n += 1
    return n


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Read documents written by :func:`write_jsonl`, one at a time.

    Raises:
        SourceNotFoundError: The file does not exist.
        RecordError: A line is not a valid Document record (the error names the line).
    """
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError("no such file", source=str(p))
    return _read(p)


def _read(p: Path) -> Iterator[Document]:
    with _open(p, "r") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield Document.model_validate_json(line)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(x) for x in first.get("loc", ())) or "record"
                raise RecordError(
                    f"not a valid Document record ({where}: {first.get('msg')})",
                    source=str(p),
                    line=lineno,
                ) from None
