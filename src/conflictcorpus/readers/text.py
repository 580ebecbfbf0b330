"""Plain-text files in any common encoding.

Decoding order: a byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
charset-normalizer's best guess for legacy encodings (cp1252, latin-1, cp1251, …); then,
for files pasted together from UTF-8 and legacy parts, UTF-8 lines as UTF-8 and the others
in the encoding detected on them (reported as, say, ``utf-8+cp1252``). Bytes
that no encoding explains, or that decode to mostly control characters, are binary and
raise :class:`~conflictcorpus.errors.BinaryInputError`.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import charset_normalizer

from ..errors import BinaryInputError, UnreadableSourceError
from .base import RawText

__all__ = ["decode_bytes", "read_text_file"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of control characters (other than tab, newline, CR, form feed) above which
# decoded "text" is taken to be binary.
_MAX_CONTROL_SHARE = 0.10
# Bytes that a text file essentially never has; their presence without a BOM sends the
# bytes to charset-normalizer (which recognises BOM-less UTF-16) or to the binary check.
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\x0c") or ch == "\x7f")
    return controls / len(text)


def decode_bytes(data: bytes, *, source: str | None = None) -> RawText:
    """Decode ``data`` into text, detecting the encoding.

    Args:
        data: The raw bytes of one document.
        source: A label for error messages and for the result.

    Returns:
        The decoded text with the encoding used.

    Raises:
        BinaryInputError: The bytes are not text in a recognisable encoding.

    >>> decode_bytes("Déjà vu".encode("cp1252")).text
    'Déjà vu'
    """
    if not data:
        return RawText("", source, "utf-8")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source, encoding)
            except UnicodeDecodeError as exc:
                raise BinaryInputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc}",
                    source=source,
                ) from None
    has_controls = not _CONTROL_BYTES.isdisjoint(data[:65536])
    if not has_controls:
        try:
            return _checked(data.decode("utf-8"), source, "utf-8")
        except UnicodeDecodeError:
            pass
    mixed = None if has_controls else _mixed_with_utf8(data)
    if mixed is not None:
        return _checked(mixed[0], source, mixed[1])
    best = _best_guess(data)
    if best is None:
        if has_controls:
            try:  # UTF-8 text with a stray NUL or two is still text
                return _checked(data.decode("utf-8"), source, "utf-8")
            except UnicodeDecodeError:
                pass
        raise BinaryInputError(
            "not text: no character encoding explains these bytes", source=source
        )
    encoding, text = best
    return _checked(text, source, encoding)


# When several legacy encodings explain the bytes equally well (short texts often leave
# charset-normalizer undecided between cp1250, cp1252 and cp1257), prefer the one that is
# by far the most common on the web.
_WEB_PRIOR = "cp1252"
_TIE_CHAOS = 0.01
_TIE_COHERENCE = 0.05


def _best_guess(data: bytes) -> tuple[str, str] | None:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    for m in matches:
        tied = m.chaos <= best.chaos + _TIE_CHAOS and m.coherence >= best.coherence - _TIE_COHERENCE
        if tied and _WEB_PRIOR in m.could_be_from_charset:
            return _WEB_PRIOR, data.decode(_WEB_PRIOR, errors="replace")
    return codecs.lookup(best.encoding).name, str(best)


def _mixed_with_utf8(data: bytes) -> tuple[str, str] | None:
    """Files pasted together from UTF-8 and legacy-encoded parts: when some non-ASCII lines
    are valid UTF-8 and others are not, decode the others with the encoding detected on
    them alone. ``None`` when the file is not such a mix."""
    lines = data.split(b"\n")
    good = bad = 0
    failing: list[bytes] = []
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
            failing.append(line)
    if not good or not bad:
        return None
    guess = _best_guess(b"\n".join(failing))
    legacy = guess[0] if guess else _WEB_PRIOR
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode(legacy, errors="replace"))
    return "\n".join(out), f"utf-8+{legacy}"


def _checked(text: str, source: str | None, encoding: str) -> RawText:
    share = _control_share(text)
    if share > _MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"not text: decoded as {encoding} it is {share:.0%} control characters",
            source=source,
        )
    return RawText(text, source, encoding)


def read_text_file(path: str | os.PathLike[str]) -> RawText:
    """Read and decode one text file.

    Raises:
        SourceNotFoundError: The path does not exist.
        UnreadableSourceError: It exists but cannot be read (a directory, permissions…).
        BinaryInputError: Its bytes are not text.
    """
    from .streams import open_path  # streams builds on this module: import at call time

    p = Path(path)
    source = str(p)
    with open_path(p) as fh:  # typed errors for a missing, unreadable or directory path
        try:
            data = fh.read()
        except OSError as exc:
            reason = f"cannot be read: {exc.strerror or exc}"
            raise UnreadableSourceError(reason, source=source) from None
    return decode_bytes(data, source=source)
