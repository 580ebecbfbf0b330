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

__all__ = [
    "QUOTE_ROW_FIELDS",
    "quote_rows",
    "read_jsonl",
    "read_parquet",
    "write",
    "write_jsonl",
    "write_parquet",
]


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


# --------------------------------------------------------------------------- Parquet

PARQUET_BATCH = 512
"""Documents per Parquet row group: bounds memory while writing."""


def _parquet_schemas(pa):
    removal = pa.struct(
        [
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("category", pa.string()),
            ("rule", pa.string()),
        ]
    )
    attribution = pa.struct(
        [
            ("speaker", pa.string()),
            ("mention", pa.string()),
            ("mention_start", pa.int64()),
            ("mention_end", pa.int64()),
            ("role", pa.string()),
            ("cue", pa.string()),
            ("cue_start", pa.int64()),
            ("cue_end", pa.int64()),
        ]
    )
    quote = pa.struct(
        [
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kind", pa.string()),
            ("attribution", attribution),
            ("parts", pa.list_(pa.list_(pa.int64()))),
        ]
    )
    documents = pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("site", pa.string()),
            ("title", pa.string()),
            ("subtitle", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("published", pa.date32()),
            ("retrieved", pa.timestamp("us", tz="UTC")),
            ("section", pa.string()),
            ("language", pa.string()),
            ("language_probability", pa.float64()),
            ("text", pa.string()),
            ("removed", pa.list_(removal)),
            ("quotes", pa.list_(quote)),
            ("input_text", pa.string()),
            ("raw_sha256", pa.string()),
            ("encoding", pa.string()),
            ("schema_version", pa.string()),
        ]
    )
    quotes = pa.schema(
        [
            ("doc_id", pa.string()),
            ("quote_index", pa.int32()),
            ("kind", pa.string()),
            ("text", pa.string()),
            ("words", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("speaker", pa.string()),
            ("mention", pa.string()),
            ("role", pa.string()),
            ("cue", pa.string()),
            ("mention_start", pa.int64()),
            ("mention_end", pa.int64()),
            ("cue_start", pa.int64()),
            ("cue_end", pa.int64()),
        ]
    )
    return documents, quotes


QUOTE_ROW_FIELDS: tuple[str, ...] = (
    "doc_id",
    "quote_index",
    "kind",
    "text",
    "words",
    "start",
    "end",
    "speaker",
    "mention",
    "role",
    "cue",
    "mention_start",
    "mention_end",
    "cue_start",
    "cue_end",
)
"""Columns of the flat who-said-what table: one row per quote, ``doc_id`` as the key.
``text`` is :attr:`Quote.text <conflictcorpus.Quote.text>` (for a quote its attribution
interrupts, with the attribution inside); ``words`` is :attr:`Quote.words
<conflictcorpus.Quote.words>`, the quoted words alone."""


def quote_rows(doc: Document) -> Iterator[dict]:
    """The flat who-said-what rows of one document (see :data:`QUOTE_ROW_FIELDS`).

    >>> import conflictcorpus as cc
    >>> rows = list(quote_rows(cc.load_text("Nothing quoted here.")))
    >>> rows
    []
    """
    for i, q in enumerate(doc.quotes):
        a = q.attribution
        yield {
            "doc_id": doc.id,
            "quote_index": i,
            "kind": q.kind,
            "text": q.text,
            "words": q.words,
            "start": q.start,
            "end": q.end,
            "speaker": a.speaker if a else None,
            "mention": a.mention if a else None,
            "role": a.role if a else None,
            "cue": a.cue if a else None,
            "mention_start": a.mention_start if a else None,
            "mention_end": a.mention_end if a else None,
            "cue_start": a.cue_start if a else None,
            "cue_end": a.cue_end if a else None,
        }


def quotes_path_for(path: str | os.PathLike[str]) -> Path:
    """Where :func:`write_parquet` puts the quotes table next to ``path``
    (``corpus.parquet`` -> ``corpus.quotes.parquet``)."""
    p = Path(path)
    return p.with_name(p.name[: -len(".parquet")] + ".quotes.parquet")


def write_parquet(
    docs: Iterable[Document],
    path: str | os.PathLike[str],
    *,
    quotes_path: str | os.PathLike[str] | None = None,
) -> int:
    """Write documents to Parquet, plus a flat one-row-per-quote table beside them.

    The documents file keeps every field (``removed`` and ``quotes`` as lists of structs),
    so :func:`read_parquet` gives back equal records. The quotes file
    (``<name>.quotes.parquet`` unless ``quotes_path`` is given) has the flat columns of
    :data:`QUOTE_ROW_FIELDS`, keyed by ``doc_id``, for pandas, DuckDB or Spark.
    Documents are written in row groups of :data:`PARQUET_BATCH`, so memory stays bounded.

    Returns:
        The number of documents written.

    Raises:
        MissingDependencyError: pyarrow is not installed (``pip install
            'conflictcorpus[parquet]'``).
    """
    from .errors import require

    pa = require("pyarrow", extra="parquet", feature="Writing Parquet")
    pq = require("pyarrow.parquet", extra="parquet", feature="Writing Parquet", package="pyarrow")
    doc_schema, quote_schema = _parquet_schemas(pa)
    p = Path(path)
    qp = Path(quotes_path) if quotes_path is not None else quotes_path_for(p)
    p.parent.mkdir(parents=True, exist_ok=True)
    qp.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with pq.ParquetWriter(p, doc_schema) as dw, pq.ParquetWriter(qp, quote_schema) as qw:
        batch: list[dict] = []
        qbatch: list[dict] = []

        def flush() -> None:
            dw.write_table(pa.Table.from_pylist(batch, schema=doc_schema))
            qw.write_table(pa.Table.from_pylist(qbatch, schema=quote_schema))
            batch.clear()
            qbatch.clear()

        for doc in docs:
            if not isinstance(doc, Document):
                raise RecordError(
                    f"write_parquet takes Document records, not {type(doc).__name__}",
                    source=str(p),
                )
            batch.append(doc.model_dump())
            qbatch.extend(quote_rows(doc))
            n += 1
            if len(batch) >= PARQUET_BATCH:
                flush()
        if batch or n == 0:
            flush()
    return n


def read_parquet(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Read documents written by :func:`write_parquet`, one row group at a time."""
    from .errors import require

    pq = require("pyarrow.parquet", extra="parquet", feature="Reading Parquet", package="pyarrow")
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError("no such file", source=str(p))
    return _read_parquet(pq.ParquetFile(p), p)


def _read_parquet(pf, p: Path) -> Iterator[Document]:
    row = 0
    for i in range(pf.num_row_groups):
        for rec in pf.read_row_group(i).to_pylist():
            row += 1
            try:
                yield Document.model_validate(rec)
            except ValidationError as exc:
                raise RecordError(
                    f"not a valid Document record: {exc.errors()[0].get('msg')}",
                    source=str(p),
                    line=row,
                ) from None


# --------------------------------------------------------------------------- by suffix

OUTPUT_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
"""Output formats :func:`write` recognises by the path's suffix."""


def write(docs: Iterable[Document], path: str | os.PathLike[str]) -> int:
    """Write ``docs`` in the format the suffix names: ``.jsonl``, ``.jsonl.gz`` or
    ``.parquet`` (with its quotes table beside it)."""
    name = Path(path).name
    if name.endswith(".parquet"):
        return write_parquet(docs, path)
    if name.endswith((".jsonl", ".jsonl.gz")):
        return write_jsonl(docs, path)
    from .errors import ConfigError

    raise ConfigError(
        f"cannot tell the output format of {name!r}: use one of {', '.join(OUTPUT_SUFFIXES)}"
    )
