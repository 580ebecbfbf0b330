"""Batch runs: ordered parallel processing on one machine, progress, and a run summary.

:func:`conflictcorpus.load` uses :func:`build_many` for ``workers > 1``; :func:`process`
is the whole job (read, build, write, count) behind ``conflictcorpus process``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from .config import Config
from .errors import ConfigError, ConflictCorpusError, ProcessingError
from .models import Document
from .readers.base import RawText

__all__ = [
    "Summary",
    "build_many",
    "build_one",
    "process",
    "progress_bar",
    "write_error_report",
]

Item = RawText | ConflictCorpusError


def build_one(raw: RawText, config: Config) -> Document | ProcessingError:
    """Build one document; an unexpected failure becomes a :class:`ProcessingError` value."""
    from .pipeline import build_document

    try:
        return build_document(raw, config=config)
    except ConflictCorpusError as exc:
        if isinstance(exc, ProcessingError):
            return exc
        return ProcessingError(exc.reason, source=raw.source)
    except Exception as exc:  # a bug: report it against the input and let the batch go on
        return ProcessingError(
            f"internal error ({type(exc).__name__}: {exc}); please report this document",
            source=raw.source,
        )


def _build_chunk(raws: list[RawText], config: Config) -> list[Document | ProcessingError]:
    return [build_one(raw, config) for raw in raws]


def build_many(
    items: Iterable[Item], *, config: Config, workers: int = 1, chunksize: int = 8
) -> Iterator[Document | ConflictCorpusError]:
    """Build documents from decoded texts, in input order, on ``workers`` processes.

    Errors in ``items`` pass through in their place. At most ``2 * workers`` chunks are in
    flight, so memory stays bounded however long ``items`` is. The output is identical to
    a serial run.

    Args:
        items: Decoded texts (and read errors, as values) in the order to yield them.
        config: Options for every document (frozen, so it pickles to the workers).
        workers: Number of processes; ``1`` builds in this process.
        chunksize: Documents sent to a worker at a time.
    """
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ConfigError(f"chunksize must be at least 1, not {chunksize}")
    if workers == 1:
        for item in items:
            yield item if isinstance(item, ConflictCorpusError) else build_one(item, config)
        return
    yield from _parallel(iter(items), config, workers, chunksize)


def _parallel(
    items: Iterator[Item], config: Config, workers: int, chunksize: int
) -> Iterator[Document | ConflictCorpusError]:
    window: list[tuple[list[Item], Future]] = []
    pool = ProcessPoolExecutor(max_workers=workers)
    try:

        def submit() -> bool:
            chunk = list(islice(items, chunksize))
            if not chunk:
                return False
            raws = [it for it in chunk if not isinstance(it, ConflictCorpusError)]
            window.append((chunk, pool.submit(_build_chunk, raws, config)))
            return True

        more = True
        while more and len(window) < 2 * workers:
            more = submit()
        while window:
            chunk, future = window.pop(0)
            built = iter(future.result())
            for it in chunk:
                yield it if isinstance(it, ConflictCorpusError) else next(built)
            if more:
                more = submit()
    finally:  # also when the consumer stops early: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)


def progress_bar(
    iterable: Iterable[Document], *, enabled: bool | None, total: int | None = None
) -> Iterable[Document]:
    """Wrap ``iterable`` in a tqdm progress bar on stderr.

    ``enabled=None`` shows the bar only when stderr is a terminal.
    """
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


@dataclass
class Summary:
    """Counts of one batch run: what was produced, what was removed, what failed.

    Attributes:
        documents: Documents produced.
        quotes: Quotes found, all documents together.
        removals: Removed lines by category.
        languages: Documents by language.
        quote_kinds: Quotes by kind.
        errors: ``(source, reason)`` of every input that failed, in order.
    """

    documents: int = 0
    quotes: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    quote_kinds: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str | None, str]] = field(default_factory=list)

    def add(self, doc: Document) -> None:
        """Count one document."""
        self.documents += 1
        self.quotes += len(doc.quotes)
        self.removals.update(r.category for r in doc.removed)
        self.quote_kinds.update(q.kind for q in doc.quotes)
        self.languages[doc.language] += 1

    def add_error(self, exc: ConflictCorpusError) -> None:
        """Record one failed input."""
        self.errors.append((exc.source, exc.reason))

    def track(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Yield ``docs`` unchanged, counting each one."""
        for doc in docs:
            self.add(doc)
            yield doc

    def format(self) -> str:
        """A short human-readable report."""

        def counts(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in c.most_common()) or "-"

        return "\n".join(
            [
                f"documents: {self.documents}  errors: {len(self.errors)}  quotes: {self.quotes}",
                f"languages: {counts(self.languages)}",
                f"removed lines: {counts(self.removals)}",
                f"quote kinds: {counts(self.quote_kinds)}",
            ]
        )


ErrorHandler = Callable[[ConflictCorpusError], None]


def write_error_report(errors: Iterable[ConflictCorpusError], path) -> int:
    """Write one JSON object per failed input (``source``, ``reason``, ``type``) to ``path``.

    Returns:
        The number of errors written.
    """
    import json

    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for exc in errors:
            row = {"source": exc.source, "reason": exc.reason, "type": type(exc).__name__}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def process(
    source,
    output,
    *,
    config: Config | None = None,
    workers: int = 1,
    format: str | None = None,
    progress: bool | None = None,
    chunksize: int = 8,
    errors_path=None,
    on_error: ErrorHandler | None = None,
    reader=None,
) -> Summary:
    """The whole job: read ``source``, build documents, write ``output``, count.

    Bad inputs are recorded in the summary (and passed to ``on_error`` when given) and
    the run goes on; everything that loaded is written.

    Args:
        source: What :func:`conflictcorpus.load` takes.
        output: ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` path.
        config: Options for every document.
        workers: Processes to build documents on.
        format: Input format override.
        progress: Progress bar: ``True``, ``False`` or ``None`` (only on a terminal).
        chunksize: Documents per worker task.
        errors_path: If given, a JSONL report of the failed inputs (``source``,
            ``reason``, ``type``) is written there.
        on_error: Also called with each error as it happens.
        reader: :class:`~conflictcorpus.ReaderOptions` for JSONL, CSV and archives.

    Returns:
        The run's :class:`Summary`.
    """
    from .pipeline import load
    from .writers import write

    summary = Summary()
    failures: list[ConflictCorpusError] = []

    def handle(exc: ConflictCorpusError) -> None:
        summary.add_error(exc)
        failures.append(exc)
        if on_error is not None:
            on_error(exc)

    docs = load(
        source,
        config=config,
        on_error=handle,
        format=format,
        workers=workers,
        chunksize=chunksize,
        progress=progress,
        reader=reader,
    )
    write(summary.track(docs), output)
    if errors_path is not None:
        write_error_report(failures, errors_path)
    return summary
