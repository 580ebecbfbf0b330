"""What every reader hands to the pipeline, and the options and counters readers share."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawText:
    """Decoded text from one source, before any normalization, plus what the source tells.

    Fields a reader knows from the container (a JSONL record's title, a WARC record's
    date) win over what the pipeline guesses from the text.

    Attributes:
        text: The decoded text.
        source: Where it came from (a path, ``path:line`` for a record, an archive member).
        encoding: The encoding the bytes were decoded from, or ``None`` if given as text.
        url: The page's URL, when the container records it.
        site: The site's name, when the page's metadata or the record gives it.
        title: The headline, when the container records it.
        published: The publication date, when the page or record states it.
        retrieved: When the page was fetched, when the container records it (a WARC
            record's ``WARC-Date``); a naive datetime is taken as UTC.
        authors: Author names, when the container records them.
        doc_id: An id the container gives the document, used instead of the content hash.
    """

    text: str
    source: str | None = None
    encoding: str | None = None
    url: str | None = None
    title: str | None = None
    published: _dt.date | None = None
    authors: tuple[str, ...] = field(default=())
    doc_id: str | None = None
    site: str | None = None
    retrieved: _dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.retrieved is not None and self.retrieved.tzinfo is None:
            # a naive time from a caller is taken as UTC, as WARC dates are
            object.__setattr__(self, "retrieved", self.retrieved.replace(tzinfo=_dt.timezone.utc))


TEXT_FIELD_GUESSES: tuple[str, ...] = ("text", "content", "body", "article")
"""Record fields tried, in order, for the article text when no ``text_field`` is given."""

FIELD_GUESSES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "document_id", "uuid"),
    "url": ("url", "link", "uri"),
    "title": ("title", "headline"),
    "date": ("published", "date_published", "publication_date", "date_publish", "date"),
    "authors": ("authors", "author", "byline"),
    "site": ("site", "site_name", "sitename"),
}
"""Record fields tried, in order, for each piece of metadata when its field is not named.

Crawl times (C4's ``timestamp``, say) are deliberately not guessed as publication dates.
"""

DEFAULT_MAX_BYTES = 256 * 2**20


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """How container formats (JSONL, CSV, archives) are read; pass to ``load(reader=...)``.

    Field names apply to JSONL and CSV/TSV records. A field left as ``None`` is guessed
    from the common names in :data:`TEXT_FIELD_GUESSES` and :data:`FIELD_GUESSES` (set
    ``guess_fields=False`` to use only the fields you name). What a record states in these
    fields goes into the document as is and wins over anything guessed from its text.

    Attributes:
        text_field: The field holding the article text. A record without it is a
            :class:`~conflictcorpus.RecordError`.
        id_field: The field holding a document id (used instead of the content hash).
        url_field: The field holding the page URL.
        title_field: The field holding the headline.
        date_field: The field holding the publication date (ISO 8601 or any format
            ``dateutil`` parses; a value that does not parse is left out).
        authors_field: The field holding the author name(s) (a string or a list).
        site_field: The field holding the site's name (a string).
        guess_fields: Guess unnamed fields from their common names.
        favor_precision: HTML and WARC: ask trafilatura to leave out uncertain parts of
            the page. On the HTML benchmark (see the performance page) it loses almost no
            recall and gains precision, and the library's line stages can only remove
            lines, never restore them, so precision is the better start.
        max_bytes: The largest document, or record line, read into memory; anything
            larger is an :class:`~conflictcorpus.InputTooLargeError` and the rest of the
            file goes on. It bounds memory on hostile input (decompression bombs, a
            CSV quote that never closes).

    >>> ReaderOptions(text_field="body").text_field
    'body'
    """

    text_field: str | None = None
    id_field: str | None = None
    url_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    authors_field: str | None = None
    site_field: str | None = None
    guess_fields: bool = True
    favor_precision: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        from ..errors import ConfigError

        if not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be a positive int, not {self.max_bytes!r}")
        names = ("text_field", "id_field", "url_field", "title_field", "date_field")
        for name in (*names, "authors_field", "site_field"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value):
                raise ConfigError(f"{name} must be a non-empty str or None, not {value!r}")

    def candidates(self, what: str) -> tuple[str, ...]:
        """The field names to try for ``what`` (``"text"``, ``"id"``, ``"url"``…), in order."""
        named = getattr(self, f"{what}_field")
        if named is not None:
            return (named,)
        if not self.guess_fields:
            return ()
        return TEXT_FIELD_GUESSES if what == "text" else FIELD_GUESSES[what]


DEFAULT_READER_OPTIONS = ReaderOptions()


@dataclass
class ReadStats:
    """Counts of what reading skipped, by reason; pass one to ``load(stats=...)`` to see them.

    Records that are not documents (a WARC ``request`` or a non-HTML response, a directory
    entry in a zip, a blank JSONL line) are skipped by design and counted here; records
    that should have been documents but could not be read are errors, reported through
    ``on_error`` and counted in :attr:`errors`.

    Attributes:
        documents: Documents read.
        errors: Inputs reported as errors (each also went to ``on_error``).
        skipped: Skipped records by reason, e.g. ``{"warc: request record": 12}``.

    >>> stats = ReadStats()
    >>> stats.skip("warc: request record")
    >>> stats.skipped["warc: request record"], stats.total_skipped
    (1, 1)
    """

    documents: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str, n: int = 1) -> None:
        """Count ``n`` records skipped for ``reason``."""
        self.skipped[reason] += n

    @property
    def total_skipped(self) -> int:
        """All skipped records, whatever the reason."""
        return sum(self.skipped.values())
