"""Small, composable ``str -> str`` normalizers and the default chain.

Each function takes the text first and returns new text; options are keyword-only, so
steps compose with :func:`functools.partial`. The default chain, in order:

1. :func:`unify_newlines` - ``\\r\\n``, ``\\r`` and Unicode separators become ``\\n``;
2. :func:`fix_unicode` - ftfy repairs mojibake and broken Unicode, keeping curly quotes;
3. :func:`normalize_spaces` - non-breaking and other odd spaces become plain spaces;
4. :func:`remove_zero_width` - zero-width characters and soft hyphens are dropped;
5. :func:`unicode_nfc` - Unicode canonical composition (NFC);
6. :func:`strip_trailing_spaces` - spaces and tabs at line ends are removed;
7. :func:`collapse_blank_lines` - runs of blank lines become one; the ends are trimmed.

Every step, and the chain, is idempotent: normalizing normalized text changes nothing.

>>> from conflictcorpus.normalize import normalize_text
>>> normalize_text("The regime\\u2019s \\u201cwar\\u201d\\u00a0on terror\\r\\n\\r\\n\\r\\nNext  ")
'The regime’s “war” on terror\\n\\nNext'
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable

import ftfy
import ftfy.badness
import regex

from .config import Config, resolve_config
from .errors import expect_str

__all__ = [
    "DEFAULT_CHAIN",
    "collapse_blank_lines",
    "fix_unicode",
    "looks_like_mojibake",
    "needs_ftfy",
    "normalize_spaces",
    "normalize_text",
    "remove_zero_width",
    "strip_trailing_spaces",
    "unicode_nfc",
    "unify_newlines",
]

# ftfy's own options, with the two that would rewrite text quote extraction depends on
# switched off: curly quotes stay curly, full-width CJK punctuation stays full-width.
# Line breaks are unify_newlines' job, so ftfy leaves them alone.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

_NEWLINES = regex.compile(r"\r\n|[\r\u2028\u0085\x0b\x0c]")
# Most texts have none of the characters the next three steps rewrite, so each step first
# looks for them, one ``in`` per character (a fast scan in C, cheaper than one search
# for the class), and rewrites only when one is there.
_NEWLINE_CHAR_SET = "\r\u2028\u0085\x0b\x0c"
_ODD_SPACE_SET = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# Always invisible: zero-width space, word joiner, BOM / zero-width no-break space,
# Mongolian vowel separator, soft hyphen.
_ZERO_WIDTH_SET = "\u200b\u2060\ufeff\u180e\u00ad"
# Plain ``re`` for single character classes (several times faster, same meaning).
_ODD_SPACES = re.compile(f"[{_ODD_SPACE_SET}]")
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_SET}]")
# Joiners (ZWNJ, ZWJ) shape Persian, Arabic and Indic words: kept between two visible
# characters, dropped next to whitespace or at an edge where they do nothing.
# Patterns over runs of one character class start only at the start of a run and match
# possessively (``++``), so a long run is scanned once, not once from every position:
# ``[ \t]+$`` took minutes on 200,000 spaces followed by a letter.
_STRAY_JOINER = regex.compile(r"(?<!\S)[\u200c\u200d]++|(?<![\u200c\u200d])[\u200c\u200d]++(?!\S)")
_BLANK_RUN = regex.compile(r"\n(?:[ \t]*+\n)+")
_LEADING_BLANK = regex.compile(r"\A(?:[ \t]*+\n)+")
_TRAILING_BLANK = regex.compile(r"(?<!\n[ \t]*)(?:\n[ \t]*+)++\Z")


def unify_newlines(text: str) -> str:
    """Turn CRLF, CR, form feeds and Unicode line separators into ``\\n``.

    A Unicode paragraph separator (U+2029) becomes a blank line.

    >>> unify_newlines("a\\r\\nb\\rc\\u2029d")
    'a\\nb\\nc\\n\\nd'
    """
    text = text.replace("\u2029", "\n\n")
    if not any(ch in text for ch in _NEWLINE_CHAR_SET):
        return text
    return _NEWLINES.sub("\n", text)


def fix_unicode(text: str) -> str:
    """Repair mojibake and broken Unicode with ftfy, keeping curly quotes and apostrophes.

    ftfy's full repair is the most expensive step of the pipeline, and most text needs
    none of it, so it runs only where ftfy's own mojibake heuristic (``is_bad``) or a
    character that one of its fixes targets (an entity, a control character, a
    surrogate, a ligature, text not in NFC) says there is something to repair. The answer
    is the same as running ftfy (the test suite checks this), repeated until stable.

    >>> fix_unicode("The regimeâ€™s forces")
    'The regime’s forces'
    """
    if not needs_ftfy(text):
        return text
    out = ftfy.fix_text(text, config=_FTFY_CONFIG)
    # ftfy repairs in one pass what it can see; further passes settle chains of repairs
    # so the step is idempotent.
    for _ in range(3):
        if out == text or not needs_ftfy(out):
            break
        text, out = out, ftfy.fix_text(out, config=_FTFY_CONFIG)
    return out


def _ftfy_targets() -> re.Pattern[str]:
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    chars = {chr(c) for c in CONTROL_CHARS} | {chr(c) for c in LIGATURES}
    chars |= {chr(c) for c in range(0x80, 0xA0)}  # C1 controls, read as cp1252
    chars.add("\x1b")  # terminal escapes
    klass = "".join(sorted(re.escape(c) for c in chars))
    return re.compile(f"[{klass}\ud800-\udfff]")


# Plain ``re`` for these two: for a single character class it is several times faster.
_FTFY_TARGETS = _ftfy_targets()
_HTML_ENTITY = re.compile(r"&#?[0-9A-Za-z]{1,24};")
# Curly quotes, dashes and the ellipsis are everywhere in clean text, and none of ftfy's
# mojibake patterns matches with only them and ASCII (checked exhaustively for every
# string of up to 3 such characters; every longer pattern needs another non-ASCII
# character). This class is the fallback should ftfy's pattern ever be one that
# _mojibake_openers below cannot read.
_SAFE_NON_ASCII = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"
_NON_ASCII_SUSPECT = f"[^\x00-\x7f{_SAFE_NON_ASCII}]"


def _mojibake_openers() -> str:
    """A character class one character of which every match of ftfy's mojibake pattern
    (``ftfy.badness.BADNESS_RE``) contains, read from the pattern itself.

    Each alternative of the pattern is a sequence; an item of it that is not repeated or
    optional (a literal, or a class of listed characters) is part of every match of that
    alternative. Taking, for each alternative, its narrowest such item made only of
    non-ASCII characters (preferring items without curly quotes and dashes, which clean
    text is full of) gives about 300 characters, mostly accented Latin letters, currency,
    box drawing and a few Cyrillic and Greek capitals: text without any of them cannot
    look like mojibake, however much other non-ASCII text (Arabic, CJK, most Cyrillic) it
    has. Anything the reading does not follow gives the plain "any non-ASCII" class.
    """
    pattern = ftfy.badness.BADNESS_RE
    try:
        if sys.version_info >= (3, 11):
            from re import _constants as sre
            from re import _parser as sre_parse
        else:  # pragma: no cover - Python 3.10
            import sre_constants as sre
            import sre_parse
        if pattern.flags & re.IGNORECASE:
            raise ValueError("case-insensitive")
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if len(items) == 1 and items[0][0] == sre.BRANCH:
            branches = [list(b) for b in items[0][1][1]]
        else:
            branches = [items]
        chars: set[str] = set()
        for branch in branches:
            options = [c for op, av in branch if (c := _required_chars(op, av, sre))]
            if not options:
                raise ValueError("an alternative without a required non-ASCII character")
            chars |= min(options, key=lambda c: (len(c & set(_SAFE_NON_ASCII)), len(c)))
    except Exception:  # any surprise falls back to the exact wide class
        return _NON_ASCII_SUSPECT
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _required_chars(op, av, sre) -> set[str] | None:
    """The characters one item of a parsed pattern matches, when it is a literal or a class
    of listed non-ASCII characters (``None`` for anything else)."""
    if op == sre.LITERAL:
        chars = {chr(av)}
    elif op == sre.IN:
        chars = set()
        for sub, arg in av:
            if sub == sre.LITERAL:
                chars.add(chr(arg))
            elif sub == sre.RANGE:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            else:  # a negated class or a category such as \\s
                return None
    else:
        return None
    return chars if chars and not any(c.isascii() for c in chars) else None


#: Runs of characters that can take part in a mojibake match (see _mojibake_openers).
_MOJIBAKE_SUSPECT_RUN = re.compile(_mojibake_openers() + "+")
# Every pattern of ftfy's mojibake heuristic matches at most 7 characters, one of them a
# suspect character (above), so a match always lies within 6 characters of a suspect
# run: searching only those windows finds every match the whole text has.
_BADNESS_CONTEXT = 6


def _mojibake_windows(text: str) -> str:
    parts: list[str] = []
    start = end = -1
    for m in _MOJIBAKE_SUSPECT_RUN.finditer(text):
        s, e = max(0, m.start() - _BADNESS_CONTEXT), m.end() + _BADNESS_CONTEXT
        if start >= 0 and s <= end:
            end = e
            continue
        if start >= 0:
            parts.append(text[start:end])
        start, end = s, e
    if start >= 0:
        parts.append(text[start:end])
    return "\n".join(parts)


def looks_like_mojibake(text: str) -> bool:
    """ftfy's own mojibake heuristic (``ftfy.badness.is_bad``), run only on the parts of
    ``text`` around non-ASCII characters, where it can match.

    >>> looks_like_mojibake("The regime’s forces"), looks_like_mojibake("The regimeâ€™s")
    (False, True)
    """
    if text.isascii():
        return False
    return ftfy.badness.is_bad(_mojibake_windows(text))


def needs_ftfy(text: str) -> bool:
    """Whether :func:`fix_unicode` has anything to repair in ``text`` (a cheap check).

    >>> needs_ftfy("plain text"), needs_ftfy("The regimeâ€™s"), needs_ftfy("AT&amp;T")
    (False, True, True)
    """
    if _FTFY_TARGETS.search(text) is not None:
        return True
    if "&" in text and _HTML_ENTITY.search(text) is not None:
        return True
    if text.isascii():
        return False
    return not unicodedata.is_normalized("NFC", text) or looks_like_mojibake(text)


def normalize_spaces(text: str) -> str:
    """Turn non-breaking, thin, ideographic and other odd spaces into plain spaces.

    >>> normalize_spaces("was\\u00a0informed\\u202fby")
    'was informed by'
    """
    if not any(ch in text for ch in _ODD_SPACE_SET):
        return text
    return _ODD_SPACES.sub(" ", text)


def remove_zero_width(text: str) -> str:
    """Drop zero-width spaces, word joiners, BOMs and soft hyphens.

    Zero-width joiners and non-joiners between two visible characters are kept: they
    change how Persian, Arabic and Indic words are written.

    >>> remove_zero_width("Ass\\u200bad\\u00ad")
    'Assad'
    """
    if any(ch in text for ch in _ZERO_WIDTH_SET):
        text = _ZERO_WIDTH.sub("", text)
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _STRAY_JOINER.sub("", text)


def unicode_nfc(text: str) -> str:
    """Compose characters into Unicode normal form C.

    >>> unicode_nfc("e\\u0301") == "\\u00e9"
    True
    """
    return unicodedata.normalize("NFC", text)


def strip_trailing_spaces(text: str) -> str:
    """Strip spaces and tabs at the end of every line.

    >>> strip_trailing_spaces("a  \\nb\\t")
    'a\\nb'
    """
    # The same as removing r"[ \t]+$" in multiline mode (``$`` is only ever before ``\n``
    # or at the end), in C: split, strip each line's end, join.
    return "\n".join([line.rstrip(" \t") for line in text.split("\n")])


def collapse_blank_lines(text: str) -> str:
    """Collapse runs of blank lines into one and trim blank lines at both ends.

    >>> collapse_blank_lines("\\n\\na\\n\\n\\n\\nb\\n\\n")
    'a\\n\\nb'
    """
    # Without "\n\n\n", "\n " or "\n\t" every match of _BLANK_RUN is a plain "\n\n",
    # replaced by itself; _TRAILING_BLANK needs a "\n" followed only by spaces and tabs
    # at the end. Most texts have neither, and these tests are much cheaper than a sub.
    if "\n\n\n" in text or "\n " in text or "\n\t" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    text = _LEADING_BLANK.sub("", text)
    if text.rstrip(" \t").endswith("\n"):
        text = _TRAILING_BLANK.sub("", text)
    return text


Step = Callable[[str], str]

DEFAULT_CHAIN: tuple[tuple[str, Step], ...] = (
    ("unify_newlines", unify_newlines),
    ("fix_unicode", fix_unicode),
    ("normalize_spaces", normalize_spaces),
    ("remove_zero_width", remove_zero_width),
    ("unicode_nfc", unicode_nfc),
    ("strip_trailing_spaces", strip_trailing_spaces),
    ("collapse_blank_lines", collapse_blank_lines),
)
"""The default chain as ``(config option, function)`` pairs, in the order they run."""


def normalize_text(text: str, *, config: Config | None = None) -> str:
    """Run the default chain, skipping the steps the config switches off.

    Args:
        text: Decoded text.
        config: Options; each step runs when its same-named option is true.

    Returns:
        The normalized text.
    """
    text = expect_str(text)
    cfg = resolve_config(config)
    steps = [step for name, step in DEFAULT_CHAIN if getattr(cfg, name)]
    out = _run(steps, text)
    # A repair can expose another (mojibake that a removed zero-width character had split,
    # say): run the chain again while ftfy still sees something to repair, so the result
    # is a fixed point. The other steps are idempotent and ordered so that none undoes
    # another; clean text needs one run.
    for _ in range(_MAX_PASSES - 1):
        if out == text or not (cfg.fix_unicode and needs_ftfy(out)):
            break
        text, out = out, _run(steps, out)
    return out


_MAX_PASSES = 4


def _run(steps: list[Step], text: str) -> str:
    for step in steps:
        text = step(text)
    return text
