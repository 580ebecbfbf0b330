"""The library's exceptions: one hierarchy rooted in :class:`ConflictCorpusError`.

Every error a user can trigger with bad input or a bad option is one of these, and names
the source it concerns (a path, a record) and the reason, so a batch can report it and go
on. Catch :class:`ConflictCorpusError` to catch them all.
"""

from __future__ import annotations


class ConflictCorpusError(Exception):
    """Root of every exception raised by conflictcorpus.

    Attributes:
        source: The file, URL or record the error concerns, when there is one.
        reason: A short human-readable reason, without the source.
    """

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)

    def __reduce__(self):
        # Keyword-only constructors do not survive the default exception pickling; errors
        # must cross process boundaries intact in parallel runs.
        return (_restore, (type(self), self.args, self.__dict__.copy()))


def _restore(cls: type[ConflictCorpusError], args: tuple, state: dict) -> ConflictCorpusError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class InputError(ConflictCorpusError):
    """An input could not be turned into a document."""


class SourceNotFoundError(InputError, FileNotFoundError):
    """A path, directory or glob pattern that matches nothing."""


class UnreadableSourceError(InputError, OSError):
    """A path that exists but cannot be read (permissions, a device, an I/O error)."""


class BinaryInputError(InputError):
    """A file whose bytes are not text in any encoding we can recognise."""


class CorruptInputError(InputError):
    """Compressed or archived data that is truncated or damaged (a cut-off ``.gz``, a zip
    whose member fails its checksum, a WARC record that cannot be parsed)."""


class FormatError(InputError):
    """Content that is not in the format its name or ``format=`` claims (a ``.html`` file
    with no markup in it, say)."""


class InputTooLargeError(InputError):
    """A document or record larger than ``ReaderOptions.max_bytes``; it was not read, so
    memory stays bounded, and the rest of the file goes on."""


class RecordError(InputError):
    """A record inside a container file (a JSONL line, say) that is not valid.

    Attributes:
        line: The 1-based line number of the record, when known.
    """

    def __init__(self, reason: str, *, source: str | None = None, line: int | None = None):
        self.line = line
        where = f"{source}:{line}" if source and line is not None else source
        super().__init__(reason, source=where)


class ProcessingError(InputError):
    """An unexpected failure while processing one document.

    This is a bug in conflictcorpus, not in the input; in a batch it is reported like a
    bad input so the batch goes on. Please report it with the document that caused it.
    """


class ConfigError(ConflictCorpusError, ValueError):
    """An option that is not valid, or arguments that do not fit together."""


class MissingDependencyError(ConflictCorpusError, ImportError):
    """An optional dependency is needed for this feature but is not installed."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{feature} needs the optional package {package!r}; "
            f"install it with: pip install 'conflictcorpus[{extra}]'"
        )


def require(module: str, *, extra: str, feature: str, package: str | None = None):
    """Import an optional dependency or raise :class:`MissingDependencyError` with a hint.

    Args:
        module: The module to import, e.g. ``"pyarrow"``.
        extra: The pyproject extra that installs it, e.g. ``"parquet"``.
        feature: What the user asked for, for the message, e.g. ``"Writing Parquet"``.
        package: The distribution name when it differs from ``module``.

    Returns:
        The imported module.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(package or module, extra, feature) from exc


class InputTypeError(ConflictCorpusError, TypeError):
    """A function was given the wrong kind of object (bytes where text is expected, say)."""


def expect_str(value: object, *, what: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise :class:`InputTypeError` naming the fix."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"{what} must be str, not bytes; decode it first with "
            "conflictcorpus.decode_bytes(data), or pass the file path to conflictcorpus.load()"
        )
    raise InputTypeError(f"{what} must be str, not {type(value).__name__}")
