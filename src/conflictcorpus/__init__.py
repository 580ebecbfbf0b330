"""conflictcorpus: clean, typed, auditable records from scraped articles about armed conflict.

>>> import conflictcorpus as cc
>>> docs = list(cc.load(cc.samples.directory()))
>>> len(docs), docs[0].language
(5, 'en')
"""

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
from .quotes import extract_quotes
from .readers import FORMATS, ReaderOptions, ReadStats, decode_bytes
from .writers import read_jsonl, read_parquet, write, write_jsonl, write_parquet

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
