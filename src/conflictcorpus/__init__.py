"""conflictcorpus: clean, typed, auditable records from scraped articles about armed conflict.

>>> import conflictcorpus as cc
>>> docs = list(cc.load(cc.samples.directory()))
>>> len(docs), docs[0].language
(5, 'en')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import samples
from ._version import __version__
from .batch import Summary, process
from .config import Config
from .errors import (
    BinaryInputError,
    ConfigError,
    ConflictCorpusError,
    CorruptInputError,
    FormatError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    MissingDependencyError,
    ProcessingError,
    RecordError,
    SourceNotFoundError,
    UnreadableSourceError,
)
from .models import (
    QUOTE_KINDS,
    REMOVAL_CATEGORIES,
    SCHEMA_VERSION,
    Attribution,
    Document,
    Quote,
    Removal,
    document_json_schema,
)
from .pipeline import load, load_text
from .readers import FORMATS, ReaderOptions, ReadStats, decode_bytes
from .writers import read_jsonl, read_parquet, write, write_jsonl, write_parquet

if TYPE_CHECKING:
    from .language import detect_language
    from .normalize import normalize_text
    from .quotes import extract_quotes

# The stages compile their patterns and tables when imported (the quote stage alone holds
# tens of MB of compiled patterns), so their public functions are imported on first use
# (PEP 562). A process that only reads and writes, such as the main process of a
# ``load(..., workers=N)`` run, never loads them; ``cc.extract_quotes`` and
# ``from conflictcorpus import extract_quotes`` work as before.
_LAZY = {
    "detect_language": ".language",
    "extract_quotes": ".quotes",
    "normalize_text": ".normalize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups do not come back here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "FORMATS",
    "QUOTE_KINDS",
    "REMOVAL_CATEGORIES",
    "SCHEMA_VERSION",
    "Attribution",
    "BinaryInputError",
    "Config",
    "ConfigError",
    "ConflictCorpusError",
    "CorruptInputError",
    "Document",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "MissingDependencyError",
    "ProcessingError",
    "Quote",
    "ReadStats",
    "ReaderOptions",
    "RecordError",
    "Removal",
    "SourceNotFoundError",
    "Summary",
    "UnreadableSourceError",
    "__version__",
    "decode_bytes",
    "detect_language",
    "document_json_schema",
    "extract_quotes",
    "load",
    "load_text",
    "normalize_text",
    "process",
    "read_jsonl",
    "read_parquet",
    "samples",
    "write",
    "write_jsonl",
    "write_parquet",
]
