"""conflictcorpus: clean, typed, auditable records from scraped articles about armed conflict.

>>> import conflictcorpus as cc
>>> docs = list(cc.load(cc.samples.directory()))
>>> len(docs), docs[0].language
(5, 'en')
"""

from . import samples
from ._version import __version__
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
    RecordError,
    SourceNotFoundError,
    UnreadableSourceError,
)
from .language import detect_language
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
from .normalize import normalize_text
from .pipeline import load, load_text
from .readers import FORMATS, ReaderOptions, ReadStats, decode_bytes
from .writers import read_jsonl, write_jsonl

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
    "Quote",
    "ReadStats",
    "ReaderOptions",
    "RecordError",
    "Removal",
    "SourceNotFoundError",
    "UnreadableSourceError",
    "__version__",
    "decode_bytes",
    "detect_language",
    "document_json_schema",
    "load",
    "load_text",
    "normalize_text",
    "read_jsonl",
    "samples",
    "write_jsonl",
]
