"""Literal prefilters ("gates") derived from rule vocabularies, for speed only.

A rule whose vocabulary can only match where one of a few plain strings occurs need not
run its regular expression on a line that contains none of them. :func:`required_literals`
reads a vocabulary fragment and returns such strings (one of them is in every match),
or ``None`` when it cannot tell; :func:`compile_gate` collects a rule's strings, to look
for in the case-folded line (:func:`fold_case`, :func:`gate_passes`).

The reading is conservative: only characters outside any quantifier, group or class
count as literal, plus the literals of a group that must match (``(?:a|b)`` not followed
by ``?``, ``*`` or ``{``). A gate can let a line through that the rule then rejects; it
never holds back a line the rule would match (the test suite checks this on real lines,
generated lines and every Unicode character).

>>> required_literals(r"(?:may|might) (?:earn|receive) (?:a )?commission")
['commission']
>>> required_literals(r"sign ?up|register")
['sign', 'register']
>>> required_literals(r"\\d+\\s*") is None
True

A rule anchored at the start of the line has *openings* (:func:`openings`): the first few
case-folded characters of every line it can match, when that line starts with a letter or
a digit. Most lines begin with none of them, and the rule is then not tried at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "compile_gate",
    "fold_case",
    "gate_passes",
    "openings",
    "opens_with_word",
    "required_chars",
    "required_literals",
    "required_marks",
]

#: Escapes that stand for one character class or position and take no arguments.
_PLAIN_ESCAPES = frozenset("sSdDwWbBAZGhHvVmMXtnrfae")
#: Inline verbose mode (spaces and ``#`` comments ignored) or a comment group.
_VERBOSE_OR_COMMENT = re.compile(r"\(\?[a-zA-Z-]*x|\(\?#")


class _Unsure(Exception):
    """A construct the literal reading does not follow."""


#: A gate is built only when every literal is at least this long (shorter ones are in
#: almost every line, and the gate would cost more than it saves).
MIN_LITERAL = 4
#: ... and only when there are at most this many: each is one ``in`` test in Python, and a
#: vocabulary of a hundred role words (``tail.author_bio``) is searched faster by its
#: expression than by its gate (measured on ``aeb_dev.jsonl``: 2 ms against 25 ms).
MAX_LITERALS = 32
#: A gate read from a pattern's look-arounds may have literals this short: such a pattern
#: looks through the whole line for them anyway (``social.share_row``'s share verbs, "pin"
#: among them).
SHORT_LITERAL = 3


def fold_case(text: str) -> str:
    """Full case folding, with the combining dot above dropped.

    The ``regex`` module matches case-insensitively with full case folding, where "İ"
    matches "i"; ``str.casefold`` makes "İ" "i" plus a combining dot, so the dot is
    dropped on both sides of a gate.

    >>> fold_case("İSTANBUL Straße")
    'istanbul strasse'
    """
    return text.casefold().replace("\u0307", "")


def _skip_class(frag: str, i: int) -> int:
    """Index just past the character class that opens at ``frag[i] == "["``."""
    i += 1
    if i < len(frag) and frag[i] == "^":
        i += 1
    if i < len(frag) and frag[i] == "]":
        i += 1
    while i < len(frag):
        c = frag[i]
        if c == "\\":
            i += 2
        elif c == "[":  # a nested set (regex VERSION1)
            i = _skip_class(frag, i)
        elif c == "]":
            return i + 1
        else:
            i += 1
    raise ValueError(f"unbalanced character class in {frag!r}")


def _skip_group(frag: str, i: int) -> int:
    """Index just past the group that opens at ``frag[i] == "("``."""
    depth = 0
    while i < len(frag):
        c = frag[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(frag, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {frag!r}")


def _branches(frag: str) -> list[str]:
    """``frag`` split at its top-level ``|``."""
    out: list[str] = []
    start = i = 0
    while i < len(frag):
        c = frag[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _skip_class(frag, i)
        elif c == "(":
            i = _skip_group(frag, i)
        else:
            if c == "|":
                out.append(frag[start:i])
                start = i + 1
            i += 1
    out.append(frag[start:])
    return out


def _branch_literals(branch: str, lookarounds: bool = False) -> list[str] | None:
    """The best set of strings one of which every match of ``branch`` (no top-level
    ``|``) contains: a literal run, or the set of a group that must match (with
    ``lookarounds``, of a positive look-around too)."""
    candidates: list[list[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(["".join(run)])
            run.clear()

    i, n = 0, len(branch)
    while i < n:
        c = branch[i]
        if c in "?*+{":  # a quantifier: the atom before it is not certain
            if run:
                run.pop()
            end_run()
            if c == "{":
                close = branch.find("}", i)
                i = n if close < 0 else close
            i += 1
            if i < n and branch[i] in "?+":  # lazy or possessive
                i += 1
        elif c == "\\":
            nxt = branch[i + 1] if i + 1 < n else ""
            if nxt.isalnum() or not nxt:  # a class, an anchor, a reference: not literal
                end_run()
                i += 2
                if nxt in "pP" and i < n and branch[i] == "{":
                    i = branch.index("}", i) + 1
                elif nxt not in _PLAIN_ESCAPES:
                    raise _Unsure  # an escape with arguments (\x41, \1, \N{…}, \L<…>)
            else:
                run.append(nxt)
                i += 2
        elif c == "(":
            end_run()
            close = _skip_group(branch, i)
            optional = close < n and branch[close] in "?*{"
            inner = None
            if branch.startswith("(?:", i) or (lookarounds and branch.startswith("(?=", i)):
                inner = branch[i + 3 : close - 1]
            elif lookarounds and branch.startswith("(?<=", i):
                inner = branch[i + 4 : close - 1]
            elif not branch.startswith("(?", i):  # a capturing group
                inner = branch[i + 1 : close - 1]
            if inner is not None and not optional:
                found = required_literals(inner, lookarounds=lookarounds)
                if found:
                    candidates.append(found)
            i = close
        elif c == "[":
            end_run()
            i = _skip_class(branch, i)
        elif c in ".^$)|":
            end_run()
            i += 1
        else:
            run.append(c)
            i += 1
    end_run()
    if not candidates:
        return None
    return max(candidates, key=lambda lits: min(map(len, lits)))


def required_literals(frag: str, *, lookarounds: bool = False) -> list[str] | None:
    """Strings one of which occurs (up to case) in every match of ``frag``, or ``None``.

    ``None`` too for anything the reading does not follow: verbose mode, escapes with
    arguments, comments, unbalanced brackets.

    Args:
        frag: A vocabulary fragment (``regex`` syntax, matched case-insensitively).
        lookarounds: Read positive look-arounds as well (``(?=…)``, ``(?<=…)``): what they
            need is in the line, though not in the match, which is all a gate asks.

    >>> required_literals(r"(?:is|are) (?=.*?(?:portfolio|provider))", lookarounds=True)
    ['portfolio', 'provider']
    """
    if _VERBOSE_OR_COMMENT.search(frag):
        return None
    try:
        out: list[str] = []
        for branch in _branches(frag):
            lits = _branch_literals(branch, lookarounds)
            if not lits:
                return None
            out += lits
    except (_Unsure, ValueError):
        return None
    return out


def compile_gate(
    fragments: Iterable[str], *, lookarounds: bool = False, min_literal: int = MIN_LITERAL
) -> tuple[str, ...] | None:
    """The case-folded literals of every fragment, one of which a line's :func:`fold_case`
    must contain for the rule to match, without those that contain another one; ``None``
    when a fragment has no literal of at least ``min_literal`` characters or there are
    more than ``MAX_LITERALS``.

    A loop of ``in`` tests over these few strings is faster than one ``re`` alternation
    of them (measured on ``aeb_dev.jsonl``: 33 ms against 53 ms for the ten gated rules).
    """
    literals: set[str] = set()
    for frag in fragments:
        found = required_literals(frag, lookarounds=lookarounds)
        if found is None:
            return None
        folded = [fold_case(lit) for lit in found]
        if min(map(len, folded)) < min_literal:
            return None
        literals.update(folded)
    # a literal that contains another adds nothing: a line with it has the shorter one
    literals = {lit for lit in literals if not any(o != lit and o in lit for o in literals)}
    if not literals or len(literals) > MAX_LITERALS:
        return None
    return tuple(sorted(literals))


def gate_passes(gate: tuple[str, ...], folded: str) -> bool:
    """Whether ``folded`` (a :func:`fold_case` line) contains one of ``gate``'s literals."""
    return any(lit in folded for lit in gate)


#: Characters :func:`required_chars` may return: ASCII punctuation, which only matches
#: itself, with or without case folding.
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def required_chars(frag: str) -> frozenset[str]:
    """ASCII punctuation characters that every match of ``frag`` contains, each one
    outside any quantifier that allows none of it and any optional group (the characters
    of a group are those all its alternatives have; those of a positive look-around count,
    as they are in the line too). Empty when there are none, or for anything the reading
    does not follow.

    >>> sorted(required_chars(r"\\((?:photo|image)s?:[^()]{1,120}\\)\\W{0,3}$"))
    ['(', ')', ':']
    >>> sorted(required_chars(r"(?:by|:) \\w+/\\w+(?:\\.com)?"))
    ['/']
    """
    try:
        return frozenset(_alternation_chars(frag))
    except (_Unsure, ValueError):
        return frozenset()


def _alternation_chars(frag: str) -> set[str]:
    found: set[str] | None = None
    for branch in _branches(frag):
        chars = _sequence_chars(branch)
        found = chars if found is None else found & chars
    return found or set()


def _group_inner(branch: str, i: int, close: int) -> str | None:
    """The pattern inside the group that opens at ``branch[i]`` and closes before
    ``close``, when its characters must be in a matching line (a plain, non-capturing,
    atomic or inline-flag group, a positive look-around); ``None`` for what must not be
    there or a comment. :class:`_Unsure` for flags other than case."""
    if branch.startswith(("(?:", "(?>", "(?="), i):
        return branch[i + 3 : close - 1]
    if branch.startswith("(?<=", i):
        return branch[i + 4 : close - 1]
    if branch.startswith(("(?!", "(?<!", "(?#"), i):
        return None  # what must not be there, or a comment
    if branch.startswith("(?", i):
        colon = branch.find(":", i, close)
        if colon < 0 or not set(branch[i + 2 : colon]) <= {"i", "-"}:
            raise _Unsure
        return branch[colon + 1 : close - 1]
    return branch[i + 1 : close - 1]


def _sequence_chars(branch: str) -> set[str]:
    found: set[str] = set()
    i, n = 0, len(branch)
    while i < n:
        c = branch[i]
        chars: set[str] = set()
        if c == "\\":
            nxt = branch[i + 1] if i + 1 < n else ""
            if not nxt:
                raise _Unsure
            i += 2
            if not nxt.isalnum():
                chars = {nxt}
            elif nxt in "pP" and branch.startswith("{", i):
                i = branch.index("}", i) + 1
            elif nxt not in _PLAIN_ESCAPES:
                raise _Unsure  # an escape with arguments (\x41, \1, \N{…}, \L<…>)
        elif c == "[":
            i = _skip_class(branch, i)
        elif c == "(":
            close = _skip_group(branch, i)
            inner = _group_inner(branch, i, close)
            if inner is not None:
                chars = _alternation_chars(inner)
            i = close
        elif c in "|)":
            raise _Unsure
        elif c in ".^$":
            i += 1
        else:
            chars = {c}
            i += 1
        low, _, i = _quantifier(branch, i)
        if low >= 1:
            found |= chars
    return found & _PUNCTUATION


def _is_mark(ch: str) -> bool:
    """A character that is no letter, digit or space and has no case: it only matches
    itself, and looking for it needs no case folding."""
    return not (ch.isalnum() or ch.isspace()) and ch.lower() == ch.upper() == fold_case(ch) == ch


def required_marks(frag: str) -> frozenset[str] | None:
    """Marks (:func:`_is_mark`: punctuation and symbols), one of which every match of
    ``frag`` contains: for each alternative the smallest set the reading finds among a
    mark, a class of marks or a group of them that must match (a positive look-around's
    too, as its characters are in the line); ``None`` when an alternative has none, or for
    anything the reading does not follow. A gate for patterns with no literal words, as a
    breadcrumb's signs.

    >>> sorted(required_marks(r"^(?:[\\w ]+(?:[>»|]|::)[\\w ]+|\\w+\\s+[-–]\\s+\\w+)$"))
    ['-', ':', '>', '|', '»', '–']
    >>> required_marks(r"\\w+ (?:is|was) \\w+") is None
    True
    """
    try:
        return frozenset(_alternation_marks(frag))
    except (_Unsure, ValueError, TypeError):
        return None


def _alternation_marks(frag: str) -> set[str]:
    out: set[str] = set()
    for branch in _branches(frag):
        out |= _sequence_marks(branch)  # TypeError for a branch with none: no marks
    return out


def _sequence_marks(branch: str) -> set[str] | None:
    candidates: list[set[str]] = []
    i, n = 0, len(branch)
    while i < n:
        c = branch[i]
        marks: set[str] | None = None
        if c == "\\":
            nxt = branch[i + 1] if i + 1 < n else ""
            i += 2
            if not nxt:
                raise _Unsure
            if not nxt.isalnum():
                marks = {nxt} if _is_mark(nxt) else None
            elif nxt in "pP" and branch.startswith("{", i):
                i = branch.index("}", i) + 1
            elif nxt not in _PLAIN_ESCAPES:
                raise _Unsure
        elif c == "[":
            end = _skip_class(branch, i)
            marks = _class_marks(branch[i + 1 : end - 1])
            i = end
        elif c == "(":
            close = _skip_group(branch, i)
            inner = _group_inner(branch, i, close)
            if inner is not None:
                try:
                    marks = _alternation_marks(inner)
                except TypeError:
                    marks = None  # an alternative of the group has none
            i = close
        elif c in "|)":
            raise _Unsure
        elif c in ".^$":
            i += 1
        else:
            marks = {c} if _is_mark(c) else None
            i += 1
        low, _, i = _quantifier(branch, i)
        if low >= 1 and marks:
            candidates.append(marks)
    return min(candidates, key=len) if candidates else None


def _class_marks(body: str) -> set[str] | None:
    """The characters of a class of marks only (escaped or not), or ``None``."""
    if body.startswith("^"):
        return None
    marks: set[str] = set()
    j = 0
    while j < len(body):
        ch = body[j]
        if ch == "\\":
            ch = body[j + 1] if j + 1 < len(body) else ""
            j += 1
        elif j + 2 < len(body) and body[j + 1] == "-":
            return None  # a range
        if not _is_mark(ch):
            return None
        marks.add(ch)
        j += 1
    return marks


# --------------------------------------------------------------------------------------
# Openings: how every match of a pattern anchored at the start of the line begins.
# --------------------------------------------------------------------------------------

#: Openings are at most this many (case-folded) characters long ...
OPENING_CHARS = 4
#: ... and a pattern has at most this many; with more it has none, and every line is
#: searched.
MAX_OPENINGS = 96
#: Character class escapes (and ``\p{…}`` names) that never match a letter or a decimal
#: digit: on a line that starts with one, they cannot match its first character.
_NOT_WORD_ESCAPES = frozenset("sW")
_NOT_WORD_PROPERTIES = frozenset(
    {"P", "S", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Pc", "Sm", "Sc", "Sk", "So", "Z", "Zs"}
)
#: Escapes that match an empty string: anchors and word boundaries.
_ZERO_WIDTH_ESCAPES = frozenset("AbBZzG")
#: Escapes of one control character.
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}
#: A class of at most this many characters is read as its characters; a larger one is
#: "any character" for the reading.
_MAX_CLASS_CHARS = 16


def opens_with_word(text: str) -> bool:
    """Whether ``text`` starts with a letter or a decimal digit, the lines that
    :func:`openings` speak of. No ``\\W``, ``\\s``, punctuation or symbol matches such a
    character, so a pattern's leading ``^\\W*`` matches nothing on such a line.

    >>> opens_with_word("Subscribe"), opens_with_word("4 min read"), opens_with_word("© 2024")
    (True, True, False)
    """
    first = text[:1]
    return first.isalpha() or first.isdecimal()


class _Wildcard:
    """An atom the reading does not spell out: it matches "some character"."""

    def __init__(self, word: bool) -> None:
        self.word = word  # whether it may match a letter or a decimal digit


_ANY = _Wildcard(word=True)
_NOT_WORD = _Wildcard(word=False)


def _is_word_start(folded: str) -> bool:
    return folded[:1].isalpha() or folded[:1].isdecimal()


def _escape_atom(frag: str, i: int) -> tuple[frozenset[str] | _Wildcard | None, int]:
    """The atom of the escape at ``frag[i] == "\\"`` and the index after it: the folded
    strings it matches, a wildcard, or ``None`` for a zero-width escape."""
    nxt = frag[i + 1] if i + 1 < len(frag) else ""
    if nxt in _ZERO_WIDTH_ESCAPES and nxt:
        return None, i + 2
    if nxt in _NOT_WORD_ESCAPES and nxt:
        return _NOT_WORD, i + 2
    if nxt in "pP" and nxt and frag.startswith("{", i + 2):
        close = frag.index("}", i)
        name = frag[i + 3 : close]
        if nxt == "p" and name in _NOT_WORD_PROPERTIES:
            return _NOT_WORD, close + 1
        return _ANY, close + 1
    if nxt in "dDwS" and nxt:
        return _ANY, i + 2
    if nxt in _CONTROL_ESCAPES:
        return frozenset({_CONTROL_ESCAPES[nxt]}), i + 2
    if not nxt or nxt.isalnum():
        raise _Unsure  # an escape with arguments or one the reading does not know
    return frozenset({fold_case(nxt)}), i + 2


def _class_atom(frag: str, i: int) -> tuple[frozenset[str] | _Wildcard, int]:
    """The atom of the character class at ``frag[i] == "["`` and the index after it."""
    end = _skip_class(frag, i)
    body = frag[i + 1 : end - 1]
    if body.startswith("^"):  # all but some: no letter or digit only when it names both
        letters = any(x in body for x in (r"\p{L}", r"\w"))
        digits = any(x in body for x in (r"\p{N}", r"\p{Nd}", r"\d", r"\w"))
        return (_NOT_WORD if letters and digits else _ANY), end
    if "[" in body or any(op in body for op in ("--", "&&", "||", "~~")):
        raise _Unsure  # nested sets and set operations (regex VERSION1)
    chars: set[str] = set()
    wild: list[_Wildcard] = []
    j = 0
    while j < len(body):
        if body[j] == "\\":
            atom, j = _escape_atom(body, j)
            if atom is None:
                raise _Unsure  # \b in a class is a backspace
            if isinstance(atom, _Wildcard):
                wild.append(atom)
            else:
                chars.update(atom)
            continue
        if j + 2 < len(body) and body[j + 1] == "-":
            if body[j + 2] == "\\":
                raise _Unsure  # a range that ends with an escape
            low, high = ord(body[j]), ord(body[j + 2])
            if high - low > _MAX_CLASS_CHARS:
                wild.append(_ANY)
            else:
                chars.update(fold_case(chr(c)) for c in range(low, high + 1))
            j += 3
            continue
        chars.add(fold_case(body[j]))
        j += 1
    if wild or len(chars) > _MAX_CLASS_CHARS:
        word = any(w.word for w in wild) or any(_is_word_start(c) for c in chars)
        return (_ANY if word else _NOT_WORD), end
    return frozenset(chars), end


def _quantifier(frag: str, i: int) -> tuple[int, float, int]:
    """The bounds of the quantifier at ``frag[i]`` ((1, 1) when there is none) and the
    index after it (and after a lazy or possessive mark)."""
    if i >= len(frag) or frag[i] not in "?*+{":
        return 1, 1, i
    if frag[i] == "{":
        close = frag.find("}", i)
        body = frag[i + 1 : close] if close > 0 else ""
        low, comma, high = body.partition(",")
        if close < 0 or not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
            raise _Unsure  # a brace that is no quantifier
        bounds = (int(low or 0), float(high) if high else (float("inf") if comma else int(low)))
        i = close + 1
    else:
        bounds = {"?": (0, 1), "*": (0, float("inf")), "+": (1, float("inf"))}[frag[i]]
        i += 1
    if i < len(frag) and frag[i] in "?+":
        i += 1
    return bounds[0], bounds[1], i


#: The path of a match still in the marks that open the line (:func:`openings` with
#: ``after_marks``): no letter or digit matched yet.
_MARKS = object()
#: The case-folded forms that start with a letter but belong to a character that is none
#: (U+0345, the combining iota, folds to "ι"): such a literal may match one of the marks.
MARK_LETTER_FOLDS = frozenset({"ι"})

_Paths = set  # open prefixes; None is the empty prefix before the anchor, _MARKS above


def _apply(paths: _Paths, atom: frozenset[str] | _Wildcard) -> tuple[_Paths, set[str]]:
    """Prefixes after one character atom: (still open, finished)."""
    opened: _Paths = set()
    done: set[str] = set()
    for path in paths:
        if path is None:
            raise _Unsure  # a character before the start anchor: the pattern is not anchored
        if path is _MARKS:  # a mark, or the first letter or digit
            if isinstance(atom, _Wildcard):
                if atom.word:
                    done.add("")  # any first letter: no opening
                opened.add(_MARKS)
                continue
            for s in atom:
                if not _is_word_start(s) or s in MARK_LETTER_FOLDS:
                    opened.add(_MARKS)
                if _is_word_start(s):  # the first letter or digit: the opening starts
                    if len(s) >= OPENING_CHARS:
                        done.add(s[:OPENING_CHARS])
                    else:
                        opened.add(s)
            continue
        if isinstance(atom, _Wildcard):
            if path or atom.word:  # at the line's start only a word character can stand
                done.add(path)
            continue
        for s in atom:
            longer = path + s
            if len(longer) >= OPENING_CHARS:
                done.add(longer[:OPENING_CHARS])
            else:
                opened.add(longer)
    return opened, done


def _repeat(paths: _Paths, step, low: int, high: float) -> tuple[_Paths, set[str]]:
    """``step`` (paths -> (open, done)) repeated ``low`` to ``high`` times. After one
    repetition of a repeatable atom the prefixes are finished: a prefix of a match is
    still one when it stops early. A path still in the marks stays open: the next
    repetitions start from there as the first did."""
    opened: _Paths = set(paths) if low == 0 else set()
    after, done = step(paths)
    if high == 1:
        opened |= after
    else:
        if None in after:
            raise _Unsure
        done |= {p for p in after if isinstance(p, str)}
        if _MARKS in after:
            opened.add(_MARKS)
    return opened, done


def _at_end(paths: _Paths) -> _Paths:
    """The paths that may stand at the end of the line: not one that has matched nothing
    yet or marks only, since a letter or a digit follows (the lines :func:`openings`
    speak of have one)."""
    return {p for p in paths if p != "" and p is not _MARKS}


def _sequence(frag: str, paths: _Paths, start) -> tuple[_Paths, set[str]]:
    """The prefixes after the sequence ``frag`` (no top-level ``|``); ``start`` is the
    path at the start anchor."""
    done: set[str] = set()
    i, n = 0, len(frag)
    while i < n and paths:
        c = frag[i]
        if c in "^$":
            paths = {start if p is None else p for p in paths} if c == "^" else _at_end(paths)
            i = _quantifier(frag, i + 1)[2]
            continue
        if c == "(":
            close = _skip_group(frag, i)
            if frag.startswith(("(?=", "(?!", "(?<=", "(?<!", "(?#"), i):
                i = _quantifier(frag, close)[2]  # a look-around or a comment: consumes nothing
                continue
            if frag.startswith(("(?:", "(?>"), i):
                inner = frag[i + 3 : close - 1]
            elif frag.startswith("(?P<", i):
                inner = frag[frag.index(">", i) + 1 : close - 1]
            elif frag.startswith("(?", i):
                colon = frag.find(":", i, close)
                if colon < 0 or not set(frag[i + 2 : colon]) <= {"i", "-"}:
                    raise _Unsure  # inline flags other than case: verbose, multi-line …
                inner = frag[colon + 1 : close - 1]
            else:
                inner = frag[i + 1 : close - 1]
            low, high, i = _quantifier(frag, close)
            paths, more = _repeat(
                paths, lambda ps, inner=inner: _alternation(inner, ps, start), low, high
            )
            done |= more
            continue
        if c == "\\":
            atom, i = _escape_atom(frag, i)
            if atom is None:
                if frag[i - 1] == "A":
                    paths = {start if p is None else p for p in paths}
                elif frag[i - 1] in "Zz":
                    paths = _at_end(paths)
                i = _quantifier(frag, i)[2]
                continue
        elif c == "[":
            atom, i = _class_atom(frag, i)
        elif c == ".":
            atom, i = _ANY, i + 1
        elif c in ")|":
            raise _Unsure
        else:
            atom, i = frozenset({fold_case(c)}), i + 1
        low, high, i = _quantifier(frag, i)
        paths, more = _repeat(paths, lambda ps, atom=atom: _apply(ps, atom), low, high)
        done |= more
    return paths, done


def _alternation(frag: str, paths: _Paths, start) -> tuple[_Paths, set[str]]:
    opened: _Paths = set()
    done: set[str] = set()
    for branch in _branches(frag):
        more_open, more_done = _sequence(branch, paths, start)
        opened |= more_open
        done |= more_done
    return opened, done


def openings(source: str, *, after_marks: bool = False) -> tuple[str, ...] | None:
    """Case-folded strings (at most ``OPENING_CHARS`` long) one of which begins the
    :func:`fold_case` form of every line that ``source`` matches and that starts with a
    letter or a decimal digit (:func:`opens_with_word`); ``None`` when the pattern is not
    anchored at the start of the line (``^`` or ``\\A`` before anything it matches), some
    match may begin with "any" character, there would be more than ``MAX_OPENINGS``, or
    the reading does not follow a construct.

    The reading follows literal characters, small character classes, groups,
    alternatives and quantifiers; look-arounds are read as matching nothing (they only
    narrow the matches down). On a line that starts with a letter or a digit, ``\\W``,
    ``\\s`` and punctuation or symbol classes cannot match the first character, so
    ``^\\W*`` there matches nothing.

    With ``after_marks`` the openings are for lines that start with *marks*, characters
    that are neither letters nor digits (quotation marks, dashes, brackets), and then a
    letter or a digit: they begin the case-folded line after its marks. A pattern that
    may match the marks with "any" character, or match marks only, has none.

    >>> openings(r"^\\W*(?:(?:sign ?up)|(?:log ?in))(?!\\w)")
    ('log ', 'logi', 'sign')
    >>> openings(r"^\\W*(?:ad|advert)[\\s\\p{P}]*$")
    ('ad',)
    >>> openings(r"(?<!\\w)(?:click here)") is None  # not anchored
    True
    """
    try:
        opened, done = _alternation(source, {None}, _MARKS if after_marks else "")
    except (_Unsure, ValueError):
        return None
    found = opened | done
    if None in found or "" in found or _MARKS in found:
        return None
    # a string that starts with a shorter one adds nothing to a startswith test
    kept = sorted(s for s in found if not any(s != t and s.startswith(t) for t in found))
    if len(kept) > MAX_OPENINGS:
        return None
    return tuple(kept)


# --------------------------------------------------------------------------------------
# Width: how many characters a match spans at most.
# --------------------------------------------------------------------------------------

#: A character of a pattern matches at most this many characters of a line: with full
#: case folding "ß" matches "ss", and "ΐ" matches the three characters it folds to.
MAX_FOLD_CHARS = 3


def max_width(frag: str) -> float | None:
    """The most pattern characters a match of ``frag`` spans (``inf`` with an unbounded
    repetition), each matching up to ``MAX_FOLD_CHARS`` characters of the line; ``None``
    when the reading does not follow a construct. Look-arounds and anchors span nothing.

    >>> max_width(r"(?:getty images|alamy)(?<!\\bthe\\s(?:alamy))\\)?\\.?$")
    14
    >>> max_width(r"photo:\\s+\\w+")
    inf
    """
    try:
        return _alternation_width(frag)
    except (_Unsure, ValueError):
        return None


def _alternation_width(frag: str) -> float:
    return max(_sequence_width(branch) for branch in _branches(frag))


def _sequence_width(branch: str) -> float:
    total: float = 0
    i, n = 0, len(branch)
    while i < n:
        c = branch[i]
        width: float = 1
        if c in "^$":
            width, i = 0, i + 1
        elif c == "(":
            close = _skip_group(branch, i)
            if branch.startswith(("(?=", "(?!", "(?<=", "(?<!", "(?#"), i):
                width = 0
            elif branch.startswith(("(?:", "(?>"), i):
                width = _alternation_width(branch[i + 3 : close - 1])
            elif branch.startswith("(?", i):
                colon = branch.find(":", i, close)
                if colon < 0 or not set(branch[i + 2 : colon]) <= {"i", "-"}:
                    raise _Unsure
                width = _alternation_width(branch[colon + 1 : close - 1])
            else:
                width = _alternation_width(branch[i + 1 : close - 1])
            i = close
        elif c == "\\":
            atom, i = _escape_atom(branch, i)
            if atom is None:
                width = 0
        elif c == "[":
            i = _skip_class(branch, i)
        elif c in ")|":
            raise _Unsure
        else:
            i += 1
        _, high, i = _quantifier(branch, i)
        total += width * high if width else 0
    return total
