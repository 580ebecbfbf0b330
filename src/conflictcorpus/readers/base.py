"""What every reader hands to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawText:
    """Decoded text from one source, before any normalization.

    Attributes:
        text: The decoded text.
        source: Where it came from (a path, or ``path:line`` for a record).
        encoding: The encoding the bytes were decoded from, or ``None`` if given as text.
    """

    text: str
    source: str | None = None
    encoding: str | None = None
