"""Dask bags of documents, for corpora larger than one machine (extra ``dask``).

The same functions as on one machine, handed to Dask: a bag of paths is read and built
on the workers, and each partition is written to its own file. Documents and the frozen
:class:`~conflictcorpus.Config` pickle, so they travel between processes and machines.

>>> import conflictcorpus as cc
>>> from conflictcorpus import dask as ccd
>>> bag = ccd.from_paths(cc.samples.directory(), npartitions=2)
>>> [d.language for d in bag.compute(scheduler="sync")]
['en', 'en', 'en', 'en', 'en']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from .config import Config, resolve_config
from .errors import ConfigError, ConflictCorpusError, InputTypeError, RecordError, require
from .models import Document
from .readers import ReaderOptions, read_source
from .readers.base import RawText
from .sources import Source, iter_paths

__all__ = ["documents", "errors", "from_paths", "from_texts", "to_jsonl", "to_parquet"]

ErrorMode = Literal["raise", "keep"]


def _bag_module():
    return require("dask.bag", extra="dask", feature="Dask bags", package="dask")


def _check_mode(on_error: str) -> None:
    if on_error not in ("raise", "keep"):
        raise ConfigError(f"on_error must be 'raise' or 'keep', not {on_error!r}")


def _finish(item: Document | ConflictCorpusError, on_error: str):
    if isinstance(item, ConflictCorpusError) and on_error == "raise":
        raise item
    return item


def _build_path(
    path: str, config: Config, format: str | None, on_error: str, reader: ReaderOptions | None
) -> list:
    from .batch import build_one

    out = []
    for raw in read_source(path, format=format, options=reader):
        item = raw if isinstance(raw, ConflictCorpusError) else build_one(raw, config)
        out.append(_finish(item, on_error))
    return out


def from_paths(
    source: Source,
    *,
    config: Config | None = None,
    format: str | None = None,
    npartitions: int | None = None,
    on_error: ErrorMode = "raise",
    reader: ReaderOptions | None = None,
):
    """A bag of documents from every file ``source`` names (as :func:`conflictcorpus.load`).

    The file list is made here; reading and building happen on the workers.

    Args:
        source: A file, directory, glob, or iterable of those.
        config: Options for every document.
        format: Input format override.
        npartitions: Partitions of the bag (default: Dask's choice, at most 100 files each).
        on_error: ``"raise"`` fails the computation on the first bad input; ``"keep"``
            keeps each bad input in the bag as its :class:`~conflictcorpus.ConflictCorpusError`
            (separate them with :func:`documents` and :func:`errors`).
        reader: Field names and limits for JSONL, CSV and archives, as in
            :func:`conflictcorpus.load`.

    Returns:
        A ``dask.bag.Bag`` of :class:`~conflictcorpus.Document` (and errors with ``"keep"``).
    """
    db = _bag_module()
    _check_mode(on_error)
    cfg = resolve_config(config)
    paths = [str(p) for p in iter_paths(source)]
    if npartitions is None:
        npartitions = max(1, min(len(paths), -(-len(paths) // 100) if paths else 1))
    bag = db.from_sequence(paths, npartitions=max(1, min(npartitions, len(paths) or 1)))
    return bag.map(
        _build_path, config=cfg, format=format, on_error=on_error, reader=reader
    ).flatten()


def _record_to_raw(record: Any, text_field: str, index: int) -> RawText:
    if isinstance(record, str):
        return RawText(record, None)
    if isinstance(record, dict):
        text = record.get(text_field)
        if not isinstance(text, str):
            raise RecordError(f"record has no text in field {text_field!r}", line=index)
        source = record.get("source")
        return RawText(text, str(source) if source is not None else None, url=record.get("url"))
    raise InputTypeError(f"from_texts takes str or dict items, not {type(record).__name__}")


def _build_records(records: Iterable[Any], config: Config, text_field: str, on_error: str) -> list:
    from .batch import build_one

    out = []
    for i, record in enumerate(records):
        try:
            item = build_one(_record_to_raw(record, text_field, i), config)
        except ConflictCorpusError as exc:
            item = exc
        out.append(_finish(item, on_error))
    return out


def from_texts(
    bag,
    *,
    config: Config | None = None,
    text_field: str = "text",
    on_error: ErrorMode = "raise",
):
    """Map a bag of texts, or of dict records, to a bag of documents.

    Args:
        bag: A ``dask.bag.Bag`` of ``str``, or of ``dict`` with the text in ``text_field``
            (and optionally ``source`` and ``url``).
        config: Options for every document.
        text_field: The field holding the text in dict records.
        on_error: As in :func:`from_paths`.
    """
    _bag_module()
    _check_mode(on_error)
    cfg = resolve_config(config)
    return bag.map_partitions(_build_records, config=cfg, text_field=text_field, on_error=on_error)


def documents(bag):
    """The documents of a bag made with ``on_error="keep"``."""
    return bag.filter(lambda x: isinstance(x, Document))


def errors(bag):
    """The errors of a bag made with ``on_error="keep"``."""
    return bag.filter(lambda x: isinstance(x, ConflictCorpusError))


def _write_partition(items: list, directory: str, index: int, kind: str) -> list[str]:
    from .batch import write_error_report
    from .writers import write_jsonl, write_parquet

    folder = Path(directory)
    docs = [x for x in items if isinstance(x, Document)]
    failed = [x for x in items if isinstance(x, ConflictCorpusError)]
    if kind == "parquet":
        path = folder / f"part-{index:05d}.parquet"
        write_parquet(docs, path, quotes_path=folder / "quotes" / f"part-{index:05d}.parquet")
    else:
        path = folder / f"part-{index:05d}.jsonl.gz"
        write_jsonl(docs, path)
    written = [str(path)]
    if failed:
        err_path = folder / f"errors-{index:05d}.jsonl"
        write_error_report(failed, err_path)
        written.append(str(err_path))
    return written


def _write(bag, directory: str | os.PathLike[str], kind: str, compute: bool):
    import dask

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    parts = bag.to_delayed()
    tasks = [
        dask.delayed(_write_partition)(part, str(folder), i, kind) for i, part in enumerate(parts)
    ]
    if not compute:
        return tasks
    written = dask.compute(*tasks)
    return sorted(p for paths in written for p in paths)


def to_jsonl(bag, directory: str | os.PathLike[str], *, compute: bool = True):
    """Write each partition to ``directory/part-NNNNN.jsonl.gz``.

    Errors kept in the bag go to ``errors-NNNNN.jsonl`` beside them. Read the parts back
    with :func:`conflictcorpus.read_jsonl`.

    Returns:
        The written paths (or the delayed tasks when ``compute=False``).
    """
    _bag_module()
    return _write(bag, directory, "jsonl", compute)


def to_parquet(bag, directory: str | os.PathLike[str], *, compute: bool = True):
    """Write each partition to ``directory/part-NNNNN.parquet`` and its flat quotes table
    to ``directory/quotes/part-NNNNN.parquet`` (extra ``parquet``).

    Both folders can be read as one dataset by pandas, DuckDB or Spark.
    """
    _bag_module()
    require("pyarrow", extra="parquet", feature="Writing Parquet")
    return _write(bag, directory, "parquet", compute)
