"""The records conflictcorpus produces: the contract with every downstream tool.

Every span is a pair of character offsets (Python ``str`` indices, end exclusive) into one
stated text:

* :class:`Removal` offsets point into the *normalized input* (``Document.input_text``);
* :class:`Quote` and :class:`Attribution` offsets point into the clean body
  (``Document.text``).

So ``doc.input_text[r.start:r.end] == r.text`` and ``doc.text[q.start:q.end] == q.text``
always hold; the test suite checks both on real and generated articles.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal, get_args

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.1"
"""Version of the record layout: the major part is bumped whenever a field changes meaning
or type, the minor part when an optional field is added (1.1: ``site`` and ``retrieved``
on documents, ``parts`` on quotes).
Records of an older minor version still validate."""

RemovalCategory = Literal[
    "navigation",
    "comment_notice",
    "newsletter",
    "donation",
    "caption",
    "author_bio",
    "related",
    "social",
    "advertisement",
    "legal",
    "stray",
    "metadata",
]
"""Why a line left the body. ``metadata`` lines (title, byline, date…) fill Document fields."""

REMOVAL_CATEGORIES: tuple[str, ...] = get_args(RemovalCategory)

QuoteKind = Literal["direct", "partial", "indirect", "block"]
"""``direct``: a whole utterance in marks; ``partial``: a quoted fragment inside reported
speech; ``indirect``: reported speech without marks; ``block``: paragraphs set off after a
line that names a source."""

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Spanned(_Record):
    """A record that covers ``text`` at ``[start, end)`` of some stated text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_span(self) -> _Spanned:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) has length {self.end - self.start} "
                f"but text has length {len(self.text)}"
            )
        return self


class Removal(_Spanned):
    """One line that left the body, with the reason.

    Attributes:
        text: The removed line, exactly as in the normalized input.
        start: Offset of its first character in ``Document.input_text``.
        end: Offset one past its last character in ``Document.input_text``.
        category: What kind of non-body line it is.
        rule: The name of the rule that decided it (see the rule catalogue).
    """

    category: RemovalCategory
    rule: str


class Attribution(_Record):
    """Who said a quote, as written and as resolved within the document.

    Attributes:
        speaker: The speaker resolved within the document ("Louay Safi" for "Safi"), or
            the mention itself when nothing better is known.
        mention: The speaker as written next to the quote ("Safi", "he", "the minister").
        mention_start: Offset of the mention in ``Document.text``.
        mention_end: End offset of the mention in ``Document.text``.
        role: The title or appositive that describes the speaker, when given.
        cue: The reporting verb or phrase ("said", "told", "according to").
        cue_start: Offset of the cue in ``Document.text``.
        cue_end: End offset of the cue in ``Document.text``.
    """

    speaker: str
    mention: str | None = None
    mention_start: int | None = Field(default=None, ge=0)
    mention_end: int | None = Field(default=None, ge=0)
    role: str | None = None
    cue: str | None = None
    cue_start: int | None = Field(default=None, ge=0)
    cue_end: int | None = Field(default=None, ge=0)


class Quote(_Spanned):
    """A piece of reported speech in the body.

    Attributes:
        text: The quoted words, verbatim (``Document.text[start:end]``). A quote that its
            own attribution interrupts (“We will hold,” he said. “The river is ours.”)
            runs from its first quoted word to its last, so the attribution lies inside
            it; ``parts`` then tells where the quoted words are.
        start: Offset of the first character in ``Document.text``.
        end: Offset one past the last character in ``Document.text``.
        kind: ``direct``, ``partial``, ``indirect`` or ``block``.
        attribution: Who said it, when the document tells.
        parts: For an interrupted quote, the ``(start, end)`` offsets in ``Document.text``
            of each run of quoted words, in order (at least two; the first starts at
            ``start``, the last ends at ``end``). Empty when the quote is one run.
    """

    kind: QuoteKind
    attribution: Attribution | None = None
    parts: list[tuple[int, int]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_parts(self) -> Quote:
        if not self.parts:
            return self
        if len(self.parts) < 2:
            raise ValueError("parts lists the runs of an interrupted quote: two or more")
        if self.parts[0][0] != self.start or self.parts[-1][1] != self.end:
            raise ValueError(f"parts {self.parts} must run from {self.start} to {self.end}")
        last = self.start
        for a, b in self.parts:
            if not last <= a < b:
                raise ValueError(f"parts {self.parts} must be non-empty, ordered and disjoint")
            last = b
        return self

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Offsets of the runs of quoted words: ``parts``, or the whole quote when it is
        one run."""
        return list(self.parts) or [(self.start, self.end)]

    @property
    def words(self) -> str:
        """The quoted words alone: the runs of an interrupted quote joined by a space, or
        ``text`` when it is one run.

        >>> q = Quote(text="Hold,” he said. “Now.", start=1, end=22, kind="direct",
        ...           parts=[(1, 6), (18, 22)])
        >>> q.words
        'Hold, Now.'
        """
        return " ".join(self.text[a - self.start : b - self.start] for a, b in self.spans)


class Document(_Record):
    """One article: metadata, clean body, and everything that left the body.

    Attributes:
        id: Stable identifier derived from the raw text (same on every run and machine).
        source: Where the article came from (a path, ``path:line`` for a record in a
            container file, or a caller-given label).
        url: The article's URL, when known.
        site: The name of the site or publication ("Fox News", "CBSSports.com"), as the
            page's metadata or the record gives it; for HTML, trafilatura's site name
            (``og:site_name``, else the part of the ``<title>`` after the headline that
            looks like a domain, else the URL's host).
        title: The headline, when the page has one.
        subtitle: The standfirst or dek under the headline.
        authors: Author names, in page order.
        published: Publication date, when the page or record states one. Never the
            crawl date: that is ``retrieved``. Never a modification date either: a line such
            as "Last updated: 21 November 2023" is removed as metadata with the rule
            ``meta.updated`` and leaves ``published`` empty when it is the page's only date
            (its text in ``removed`` still holds the date).
        retrieved: When the page was fetched (timezone-aware, UTC for web archives), when
            the container records it: a WARC record's ``WARC-Date``. An upper bound on the
            publication date; ``doc.published or doc.retrieved.date()`` when a date is
            needed for every page.
        section: The site section or genre label, when the page names one.
        language: ISO 639-1 code of the body, or ``"und"`` when it cannot be told.
        language_probability: langdetect's probability for ``language`` (0 for ``und``;
            1.0 when the body is English beyond doubt by its function words and langdetect
            was not asked, see ``Config.language_fast_english``).
        text: The clean body; paragraphs separated by one blank line.
        removed: Every non-blank input line that is not in the body, with its reason.
        quotes: Reported speech found in ``text``.
        input_text: The normalized input that ``Removal`` offsets point into, or ``None``
            when the configuration chose not to keep it.
        raw_sha256: SHA-256 of the raw decoded text, before normalization.
        encoding: The character encoding the bytes were decoded from, when read from bytes.
        schema_version: Version of this record layout.
    """

    id: str
    source: str | None = None
    url: str | None = None
    site: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: _dt.date | None = None
    retrieved: AwareDatetime | None = None
    section: str | None = None
    language: str = "und"
    language_probability: float = Field(default=0.0, ge=0.0, le=1.0)
    text: str = ""
    removed: list[Removal] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    input_text: str | None = None
    raw_sha256: str = ""
    encoding: str | None = None
    schema_version: str = SCHEMA_VERSION

    @property
    def paragraphs(self) -> list[str]:
        """The body paragraphs, in order."""
        return self.text.split("\n\n") if self.text else []

    def removed_by_category(self) -> dict[str, list[Removal]]:
        """Group the removed lines by category, in first-seen order."""
        out: dict[str, list[Removal]] = {}
        for r in self.removed:
            out.setdefault(r.category, []).append(r)
        return out


def document_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Document` (and the records it contains)."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"conflictcorpus Document (schema version {SCHEMA_VERSION})"
    return schema
