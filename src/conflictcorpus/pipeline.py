"""Composition of the stages into :func:`load_text` and :func:`load`.

::

    reader -> normalize -> lines -> anatomy -> language -> quotes -> Document

Each stage is usable alone; this module only wires them together.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from typing import Literal

from .batch import build_many, progress_bar
from .config import Config, resolve_config
from .errors import ConfigError, ConflictCorpusError, expect_str
from .lines import join_body, split_lines
from .models import Document
from .readers import ReaderOptions, ReadStats, check_format, describe_path, read_source
from .readers.base import RawText
from .sources import Source, check_exists, iter_paths, top_level_sources

__all__ = ["OnError", "build_document", "load", "load_text", "read_items"]

logger = logging.getLogger("conflictcorpus")

OnError = Literal["raise", "skip"] | Callable[[ConflictCorpusError], None]


def raw_sha256(raw_text: str) -> str:
    """SHA-256 (hex) of a raw decoded text; its first 16 digits are the document id."""
    return hashlib.sha256(raw_text.encode("utf-8", "surrogatepass")).hexdigest()


def build_document(raw: RawText, *, config: Config | None = None) -> Document:
    """Run every stage after reading on one decoded text."""
    # The stages are imported here, not with this module, and only those the config runs:
    # they compile their patterns and tables when imported (tens of MB, most of it the
    # quote stage's), which only the process that builds documents needs, not the main
    # process of a ``load(..., workers=N)`` run, which reads and writes.
    from .language import detect_language
    from .normalize import normalize_text

    cfg = resolve_config(config)
    raw_hash = raw_sha256(raw.text)
    normalized = normalize_text(raw.text, config=cfg)
    lines = split_lines(normalized)
    anatomy = None
    if cfg.boilerplate:
        from .boilerplate import analyze

        anatomy = analyze(lines, config=cfg)
    body_lines = anatomy.body if anatomy is not None else lines
    body = join_body(body_lines)
    language, probability = detect_language(body, config=cfg)
    quotes = []
    if cfg.quotes:
        from .quotes import extract_quotes

        quotes = extract_quotes(body, config=cfg)
    fields = anatomy.document_fields() if anatomy is not None else {}
    # What the container knows (a record's title, a WARC date) wins over guesses from text.
    if raw.title:
        fields["title"] = raw.title
    if raw.authors:
        fields["authors"] = list(raw.authors)
    if raw.published:
        fields["published"] = raw.published
    return Document(
        id=raw.doc_id or raw_hash[:16],
        source=raw.source,
        url=raw.url,
        site=raw.site,
        retrieved=raw.retrieved,
        **fields,
        language=language,
        language_probability=probability,
        text=body,
        quotes=quotes,
        input_text=normalized if cfg.keep_input else None,
        raw_sha256=raw_hash,
        encoding=raw.encoding,
    )


def load_text(
    text: str, *, source: str | None = None, url: str | None = None, config: Config | None = None
) -> Document:
    """Turn one article's text into a :class:`~conflictcorpus.Document`.

    Args:
        text: The article as scraped (already decoded).
        source: A label to keep with the record (a path, an id).
        url: The article's URL, when known.
        config: Options; the defaults suit most corpora.

    >>> doc = load_text("Rebels said on Monday that the town had fallen after weeks of fighting.")
    >>> doc.language, doc.text[:6]
    ('en', 'Rebels')
    """
    text = expect_str(text)
    return build_document(RawText(text, source, None, url=url), config=config)


def _error_handler(on_error: OnError) -> Callable[[ConflictCorpusError], None]:
    if on_error == "raise":

        def handler(exc: ConflictCorpusError) -> None:
            raise exc

        return handler
    if on_error == "skip":

        def handler(exc: ConflictCorpusError) -> None:
            logger.warning("skipped %s", exc)

        return handler
    if callable(on_error):
        return on_error
    raise ConfigError(f"on_error must be 'raise', 'skip' or a callable, not {on_error!r}")


def load(
    source: Source,
    *,
    config: Config | None = None,
    on_error: OnError = "raise",
    format: str | None = None,
    workers: int = 1,
    chunksize: int = 8,
    progress: bool | None = None,
    reader: ReaderOptions | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Document]:
    """Load every document ``source`` names, one at a time, in a deterministic order.

    Args:
        source: A file, a directory (recursive, sorted), a glob pattern, or an iterable of
            those.
        config: Options shared by every document.
        on_error: What to do with an input that cannot be read: ``"raise"`` (the default)
            raises its :class:`~conflictcorpus.ConflictCorpusError`; ``"skip"`` logs it on
            the ``conflictcorpus`` logger and goes on; a callable receives the error and
            the batch goes on.
        format: Read every file as this format (see :data:`conflictcorpus.FORMATS`)
            instead of judging by its suffix; for an archive, the format of its members.
        workers: Processes to build documents on. With more than one, documents still come
            out in input order and equal to a serial run's.
        chunksize: Documents handed to a worker at a time (``workers > 1`` only).
        progress: Show a progress bar on stderr: ``True``, ``False``, or ``None`` (the
            default) for "only when stderr is a terminal".
        reader: Field names and limits for JSONL, CSV and archives (see
            :class:`~conflictcorpus.ReaderOptions`); the defaults guess common field names.
        stats: A :class:`~conflictcorpus.ReadStats` to count documents, errors and
            skipped records (WARC requests, non-HTML responses…) in, by reason.

    Yields:
        One :class:`~conflictcorpus.Document` per document (a file, a JSONL line, a CSV
        row, an archive member, a WARC response), in a deterministic order. Inputs are read
        lazily and at most a few chunks are in flight: memory does not grow with the corpus.

    Raises:
        ConfigError: An unknown ``format`` or a bad option.
        MissingDependencyError: ``format`` (or the single file's suffix) needs an extra
            (``html``, ``warc``) that is not installed; raised at the call.
    """
    cfg = resolve_config(config)
    handle = _error_handler(on_error)
    if on_error == "raise" and isinstance(source, (str, os.PathLike)):
        check_exists(source)  # fail at the call, not at the first next()
    check_format(format)
    if format is None and isinstance(source, (str, os.PathLike)) and os.path.isfile(source):
        archive, _, detected = describe_path(source)
        if archive is None:
            check_format(detected)  # a missing extra fails here, not at the first next()
    if reader is not None and not isinstance(reader, ReaderOptions):
        raise ConfigError(f"reader must be a ReaderOptions, not {type(reader).__name__}")
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ConfigError(f"workers must be a positive integer, not {workers!r}")
    items = read_items(source, format=format, reader=reader, stats=stats)
    built = build_many(items, config=cfg, workers=workers, chunksize=chunksize)
    return progress_bar(_handled(built, handle), enabled=progress)


def read_items(
    source: Source,
    *,
    format: str | None = None,
    reader: ReaderOptions | None = None,
    stats: ReadStats | None = None,
) -> Iterator[RawText | ConflictCorpusError]:
    """Decoded texts from every file ``source`` names, with read errors as values in place.

    This is the reading half of :func:`load`, for callers that build documents elsewhere
    (a process pool, a Dask bag).
    """
    for item in top_level_sources(source):
        paths = iter_paths(item)
        while True:
            try:
                path = next(paths)
            except StopIteration:
                break
            except ConflictCorpusError as exc:  # this item names nothing; go on to the next
                yield exc
                break
            yield from read_source(path, format=format, options=reader, stats=stats)


def _handled(
    items: Iterator[Document | ConflictCorpusError],
    handle: Callable[[ConflictCorpusError], None],
) -> Iterator[Document]:
    for item in items:
        if isinstance(item, ConflictCorpusError):
            handle(item)
        else:
            yield item
