"""Web archives (``.warc``, ``.warc.gz``) through warcio (extra ``warc``).

Every HTML response (and HTML ``resource`` record) goes through the HTML reader, with the
record's ``WARC-Target-URI`` as the URL and its ``WARC-Date`` (the capture time) as
``retrieved``. The publication date is the one the page states, never the capture date: a
page that states none has ``published`` empty, and a date it states after its capture is
not taken. Every other record (requests, metadata, images, redirects…) is
skipped and counted by reason in :class:`ReadStats`, and the counts are logged at INFO.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import IO, Any

from dateutil.parser import isoparse

from ..errors import CorruptInputError, InputError, require
from .base import RawText, ReaderOptions, ReadStats
from .html import extract_html, require_trafilatura
from .streams import STREAM_ERRORS, read_bounded

__all__ = ["read_warc", "require_warcio", "warc_date"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def require_warcio() -> Any:
    """Import warcio (and trafilatura) or raise :class:`~conflictcorpus.MissingDependencyError`."""
    require_trafilatura("Reading WARC files")
    return require("warcio", extra="warc", feature="Reading WARC files")


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    parts = [p.strip() for p in content_type.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


def warc_date(value: str | None) -> _dt.datetime | None:
    """A record's capture time (``WARC-Date``, ISO 8601, or an ARC file's 14-digit
    ``archive-date``) as a timezone-aware datetime, UTC when it names no zone; ``None``
    when it is missing or does not parse.

    >>> warc_date("2023-05-06T10:00:00.5Z")
    datetime.datetime(2023, 5, 6, 10, 0, 0, 500000, tzinfo=datetime.timezone.utc)
    >>> warc_date("20230506100000"), warc_date("soon")
    (datetime.datetime(2023, 5, 6, 10, 0, tzinfo=datetime.timezone.utc), None)
    """
    if not value or len(value) > 64:
        return None
    value = value.strip()
    try:
        if value.isdigit() and len(value) == 14:
            stamp = _dt.datetime.strptime(value, "%Y%m%d%H%M%S")
        else:
            stamp = isoparse(value)
    except (ValueError, OverflowError):
        return None
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=_dt.timezone.utc)
    return stamp.astimezone(_dt.timezone.utc)


def read_warc(
    stream: IO[bytes], source: str, options: ReaderOptions, stats: ReadStats
) -> Iterator[RawText | InputError]:
    """Yield one document per HTML response in a WARC file, skipping and counting the rest."""
    require_warcio()
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = iter(ArchiveIterator(stream))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, *STREAM_ERRORS) as exc:
            yield CorruptInputError(
                f"WARC record {number + 1} cannot be parsed ({type(exc).__name__}: {exc}); "
                "the rest of the file is not read",
                source=source,
            )
            return
        number += 1
        uri = record.rec_headers.get_header("WARC-Target-URI")
        if record.format != "warc" and "://" not in (record.rec_headers.get_header("uri") or ""):
            # warcio falls back to the old ARC layout for anything else; a line with no URL
            # in it is not an ARC header either.
            yield CorruptInputError(
                f"not a WARC file: record {number} has no WARC header; the rest is not read",
                source=source,
            )
            return
        where = f"{source}!{number}:{uri}" if uri else f"{source}!{number}"
        kind = record.rec_type
        if kind == "response":
            if record.http_headers is None:
                stats.skip("warc: non-HTTP response")
                continue
            status = record.http_headers.get_statuscode() or ""
            media, charset = _media_type(record.http_headers.get_header("Content-Type"))
            if not status.startswith("2"):
                stats.skip(f"warc: HTTP {status or '?'} response")
                continue
        elif kind == "resource":
            media, charset = _media_type(record.rec_headers.get_header("Content-Type"))
        else:
            stats.skip(f"warc: {kind} record")
            continue
        if media not in _HTML_TYPES:
            stats.skip(f"warc: {media or 'untyped'} {kind}")
            continue
        try:
            data = read_bounded(record.content_stream(), source=where, max_bytes=options.max_bytes)
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                yield CorruptInputError(
                    f"truncated WARC record: {missing} of its {record.length} bytes are missing",
                    source=where,
                )
                continue
            yield extract_html(
                data,
                source=where,
                url=uri,
                retrieved=warc_date(
                    record.rec_headers.get_header("WARC-Date")
                    or record.rec_headers.get_header("archive-date")
                ),
                charset=charset,
                favor_precision=options.favor_precision,
            )
        except InputError as exc:
            yield exc
        except STREAM_ERRORS as exc:
            yield CorruptInputError(
                f"WARC record payload cannot be read ({type(exc).__name__}: {exc})", source=where
            )
