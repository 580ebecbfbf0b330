"""What every reader hands to the pipeline."""

from __future__ import annotations

import datetime as _dt
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
        title: The headline, when the container records it.
        published: The publication date, when the container records it.
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
