"""Corpora of one record per line or row: JSONL (``.jsonl``, ``.ndjson``) and CSV/TSV.

Each record becomes a :class:`RawText` whose source is ``path:line``; the fields named (or
guessed) by :class:`ReaderOptions` fill its text, id, URL, title, date, authors and site.
A record that cannot be read (not JSON, no text field, a broken CSV quote) is yielded as
a :class:`~conflictcorpus.RecordError` naming the file, the line and the reason, and the
rest of the file goes on. Files are streamed: memory holds one record at a time.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from dateutil import parser as _dateparser

from ..errors import InputError, RecordError
from .base import RawText, ReaderOptions, ReadStats
from .streams import LineDecoder, iter_lines

__all__ = ["parse_date", "raw_from_record", "read_csv", "read_jsonl"]

logger = logging.getLogger("conflictcorpus")


def parse_date(value: Any) -> _dt.date | None:
    """A publication date from a record value, or ``None`` if it does not parse.

    >>> parse_date("2024-03-01T10:00:00Z"), parse_date("1 March 2024"), parse_date("soon")
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 1), None)
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return _dateparser.parse(value).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _first(record: Mapping[str, Any], names: Iterable[str]) -> tuple[str | None, Any]:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return name, value
    return None, None


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if isinstance(v, str) and v.strip())
    return ()


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (str, int)):
        return str(value)
    return None


def raw_from_record(
    record: Mapping[str, Any], *, source: str, path: str, line: int, options: ReaderOptions
) -> RawText:
    """Build the :class:`RawText` for one record (a JSON object or a CSV row).

    Raises:
        RecordError: The record has no text field, or its text is not a string.
    """
    candidates = options.candidates("text")
    name, text = None, None
    for field in candidates:
        if field in record:
            name, text = field, record[field]
            break
    if name is None:
        keys = ", ".join(repr(k) for k in list(record)[:12]) or "none"
        looked = ", ".join(repr(c) for c in candidates) or "none (guess_fields=False)"
        raise RecordError(
            f"no text field (looked for {looked}; the record has {keys}); "
            "name it with ReaderOptions(text_field=...)",
            source=path,
            line=line,
        )
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise RecordError(
            f"text field {name!r} holds a {type(text).__name__}, not a string",
            source=path,
            line=line,
        )
    values = {
        what: _first(record, options.candidates(what))[1]
        for what in ("id", "url", "title", "date", "authors", "site")
    }
    title = values["title"] if isinstance(values["title"], str) else None
    site = values["site"] if isinstance(values["site"], str) else None
    return RawText(
        text,
        source,
        None,
        url=values["url"] if isinstance(values["url"], str) else None,
        title=title.strip() or None if title else None,
        published=parse_date(values["date"]),
        authors=_authors(values["authors"]),
        doc_id=_scalar(values["id"]),
        site=site.strip() or None if site else None,
    )


def read_jsonl(
    stream: IO[bytes], source: str, options: ReaderOptions, stats: ReadStats
) -> Iterator[RawText | InputError]:
    """Yield one :class:`RawText` per JSON object line of ``stream``, or its error.

    Blank lines are skipped and counted. Control characters inside JSON strings are
    accepted (scraped text has them); the pipeline's normalizers deal with them.
    """
    decode = LineDecoder(source)
    for number, line in iter_lines(stream, source=source, max_bytes=options.max_bytes):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            stats.skip("jsonl: blank line")
            continue
        try:
            record = json.loads(decode(line), strict=False)
        except json.JSONDecodeError as exc:
            yield RecordError(f"not valid JSON: {exc}", source=source, line=number)
            continue
        except InputError as exc:
            yield RecordError(f"undecodable bytes: {exc.reason}", source=source, line=number)
            continue
        except RecursionError:
            yield RecordError("not valid JSON: nested too deeply", source=source, line=number)
            continue
        if not isinstance(record, dict):
            yield RecordError(
                f"a JSON {type(record).__name__}, not an object", source=source, line=number
            )
            continue
        try:
            yield raw_from_record(
                record, source=f"{source}:{number}", path=source, line=number, options=options
            )
        except RecordError as exc:
            yield exc


def _decoded_lines(
    stream: IO[bytes], source: str, options: ReaderOptions, errors: list[InputError]
) -> Iterator[str]:
    decode = LineDecoder(source)
    for _number, line in iter_lines(stream, source=source, max_bytes=options.max_bytes):
        if isinstance(line, InputError):
            # A CSV line may continue a quoted field, so reading cannot resume after it.
            errors.append(
                type(line)(f"{line.reason}; the rest of the file is not read", source=line.source)
            )
            return
        try:
            yield decode(line) + "\n"
        except InputError as exc:
            errors.append(exc)
            return


def read_csv(
    stream: IO[bytes],
    source: str,
    options: ReaderOptions,
    stats: ReadStats,
    *,
    delimiter: str = ",",
) -> Iterator[RawText | InputError]:
    """Yield one :class:`RawText` per row of a CSV (or TSV) file with a header row.

    Quoting is parsed strictly, so a broken quote is a :class:`RecordError` at the line
    its record starts on; a quote that never closes swallows the lines after it (up to
    ``ReaderOptions.max_bytes``), and the error says which lines were lost.
    """
    # The csv module's field limit is process-wide; raise it to our bound, never above.
    if csv.field_size_limit() < options.max_bytes:
        csv.field_size_limit(options.max_bytes)
    errors: list[InputError] = []
    reader = csv.reader(
        _decoded_lines(stream, source, options, errors), delimiter=delimiter, strict=True
    )
    header: list[str] | None = None
    last_line = 0
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            end = reader.line_num
            lost = f"; lines {start}-{end} are lost" if end > start else ""
            yield RecordError(f"broken CSV quoting: {exc}{lost}", source=source, line=start)
            last_line = end
            if header is None:
                return
            continue
        last_line = reader.line_num
        if header is None:
            header = [h.strip() for h in row]
            if not any(c in header for c in options.candidates("text")):
                looked = ", ".join(repr(c) for c in options.candidates("text")) or "none"
                yield RecordError(
                    f"no text column in the header (looked for {looked}; the header has "
                    f"{', '.join(repr(h) for h in header[:12])}); name it with "
                    "ReaderOptions(text_field=...)",
                    source=source,
                    line=start,
                )
                return
            continue
        if not any(cell.strip() for cell in row):
            stats.skip("csv: blank row")
            continue
        if len(row) != len(header):
            yield RecordError(
                f"has {len(row)} fields but the header has {len(header)}",
                source=source,
                line=start,
            )
            continue
        try:
            yield raw_from_record(
                dict(zip(header, row, strict=True)),
                source=f"{source}:{start}",
                path=source,
                line=start,
                options=options,
            )
        except RecordError as exc:
            yield exc
    yield from errors
    if header is None and not errors:
        logger.info("%s: empty CSV file, no header row", source)


def read_tsv(
    stream: IO[bytes], source: str, options: ReaderOptions, stats: ReadStats
) -> Iterator[RawText | InputError]:
    """:func:`read_csv` with tabs between fields."""
    return read_csv(stream, source, options, stats, delimiter="\t")
