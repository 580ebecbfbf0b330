"""Line decisions: body, metadata or boilerplate, each removal with its rule.

The page is read as three zones, found from the lines themselves:

* the **head**: lines before the first body paragraph (a prose line that no rule claims);
* the **tail**: lines after the last such paragraph;
* the **middle**: everything between, which is body unless a strong cue says otherwise.

Pass 1 matches every line against the vocabulary rules of :mod:`.rules` (each rule
names the zones where it may fire), dates and bylines. Pass 2 decides from position and
neighbours, in the spirit of jusText's second pass: the headline, dek and kicker in the
head; the short lines above the headline; lines in a block with a removed line; headline
lists under a "Related" header; short lines below the first removed tail line. Whatever
is not decided stays in the body: losing article text is worse than keeping a little
chrome.
"""

from __future__ import annotations

import bisect
import collections
import datetime as _dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from .. import metadata as meta
from ..config import Config, resolve_config
from ..lines import Line
from ..models import Removal
from .gates import OPENING_CHARS, fold_case
from .rules import RULES, RULES_BY_NAME, STOPWORDS, Rule

__all__ = ["Anatomy", "analyze", "is_prose"]

_WORD = regex.compile(r"\w+", regex.UNICODE)
#: At least as many words (``_WORD`` runs) as the repeat count plus one, from the start.
_EIGHT_WORDS = regex.compile(r"\W*(?:\w+\W+){7}\w", regex.UNICODE)
#: Searched backwards (``regex.REVERSE``): the pattern ends at the end of the line, so a
#: miss is known after one attempt there instead of one at every position (the same
#: answer; only whether it matches is asked).
_TERMINAL = regex.compile(r"[.!?…。！？]['\"’”»)\]]*\s*$", regex.REVERSE)
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}'’-]*", regex.UNICODE | regex.VERSION1)
_RELATED_HEADER = RULES_BY_NAME["related.header"]
_ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?]['’”\"]?\s+\p{Lu}", regex.UNICODE | regex.VERSION1)


def _sentence_breaks(text: str) -> int:
    """How many sentence breaks ``_SENTENCE_BREAK`` finds in ``text``, up to two; each
    has one of ".!?", so a line with fewer of them is not searched."""
    ends = text.count(".") + text.count("!") + text.count("?")
    if not ends:
        return 0
    if ends == 1:
        return 1 if _SENTENCE_BREAK.search(text) else 0
    return min(len(_SENTENCE_BREAK.findall(text)), 2)


_BULLET = regex.compile(r"^\s*[-–•*·▪]\s+(?=\S)")
#: "HAYWARD, Calif. (AP) — …", "KYIV, Ukraine (AP) — …": the lede's dateline, never a dek.
_DATELINE = regex.compile(
    r"^\p{Lu}{2,}[\p{Lu}\s,.'-]*(?:\p{Lu}\p{L}*\.?,?\s*){0,3}(?:\([^)]{1,30}\)\s*)?[—–-]\s"
)


def _opens_with_dateline(text: str) -> bool:
    """A lede's dateline, in capitals or not, dated or not: the line is the article's."""
    return bool(_DATELINE.match(text)) or meta.is_dateline(text)


_LATIN = regex.compile(r"\p{Latin}")
_LINKISH = regex.compile(r"https?://|www\.|@\w|#\w", regex.IGNORECASE)
#: Categories of the lines that may open a page above its headline (a breadcrumb, a menu, a
#: rule): the headline below them is still the page's first line.
OPENING_CHROME_CATEGORIES = frozenset({"navigation", "stray"})
#: Categories whose lines pull a short line between two of them along.
BETWEEN_CATEGORIES = frozenset(
    {"navigation", "social", "newsletter", "related", "legal", "comment_notice", "donation"}
)
#: Removal categories after which the rest of the tail is treated as page furniture.
TAIL_TRIGGER_CATEGORIES = frozenset(
    {"navigation", "comment_notice", "newsletter", "donation", "author_bio", "legal", "social"}
)

#: Rules whose lines say nothing about the lines around them: a separator line is a break
#: between parts of the page, not furniture, so no context rule takes a neighbour along
#: because of it (the text after a section break stays).
NEUTRAL_RULES = frozenset({"stray.separator"})

#: Rules that fire only right below a line of some category (``Rule.after``): the second
#: line of a prompt. Such a line never qualifies the line below it in turn, or a blurb
#: would make every line under it a blurb.
_SECOND_LINE_RULES = frozenset(r.name for r in RULES if r.after is not None)

#: A body paragraph has at least this many characters (with terminal punctuation) ...
PROSE_MIN_CHARS = 100
#: ... or at least this many without it.
PROSE_LONG_CHARS = 200
#: ... and at least this many words.
PROSE_MIN_WORDS = 8
#: A sentence-case first line ending in a period is a headline only below this share of
#: function words (headlines drop articles and auxiliaries).
HEADLINE_MAX_STOPWORDS = 0.28
#: A standfirst between the headline and the byline is at most this long.
STANDFIRST_MAX_CHARS = 300
#: Context rules only move lines at most this long out of the body.
CONTEXT_MAX_CHARS = 200
#: A short sentence below tail furniture has at least this many words ("The border stays
#: shut."); shorter ones ("Thanks for reading.") are taken for furniture.
BODY_SENTENCE_MIN_WORDS = 4


@dataclass(frozen=True)
class Anatomy:
    """The decision for every line of one page, and the metadata read from them.

    Attributes:
        body: The lines that make the article body, in order.
        removed: Every other line, as a :class:`~conflictcorpus.Removal` with offsets into
            the normalized input (the lines' ``start``/``end``).
        title: The headline, with a kicker split off and enclosing quotes dropped.
        subtitle: The standfirst (dek) under the headline.
        authors: Author names from bylines and tail bios, in page order.
        published: The publication date, when a date line, a byline or, failing those, the
            dateline that opens the body gives one; never the date of an update stamp ("Last
            updated: …", rule ``meta.updated``).
        section: The section or genre label (a kicker such as "Analysis").
    """

    body: list[Line]
    removed: list[Removal]
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: _dt.date | None = None
    section: str | None = None

    def document_fields(self) -> dict[str, Any]:
        """The :class:`~conflictcorpus.Document` fields this anatomy fills (not the body)."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": self.published,
            "section": self.section,
            "removed": list(self.removed),
        }


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _stopword_ratio(words: Sequence[str]) -> float:
    if not words:
        return 0.0
    return sum(map(_ALL_STOPWORDS.__contains__, map(str.lower, words))) / len(words)


def _is_title_case(text: str) -> bool:
    long_words = [w for w in _LETTER_WORD.findall(text) if len(w) >= 4]
    if len(long_words) < 2:
        return False
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words) >= 0.6


def is_prose(text: str) -> bool:
    """Whether a line reads like a body paragraph (long, sentence-final, with function words).

    >>> is_prose("Home News World Middle East")
    False
    """
    if len(text) < PROSE_MIN_CHARS:  # the length test below fails too, at once
        return False
    ends = bool(_TERMINAL.search(text))
    if not (len(text) >= PROSE_LONG_CHARS or (ends and len(text) >= PROSE_MIN_CHARS)):
        return False
    if ends:  # the tests below are for lines that do not end a sentence
        return _EIGHT_WORDS.match(text) is not None  # PROSE_MIN_WORDS, without listing all
    words = _words(text)
    if len(words) < PROSE_MIN_WORDS:
        return False
    if _stopword_ratio(words) < 0.08 and _LATIN.search(text):
        return False  # a long row of names or links
    return not (_is_title_case(text) and len(text) < PROSE_LONG_CHARS)


def _is_short_prose(text: str) -> bool:
    """A short sentence: the body test for pages that have no long paragraph."""
    if not _TERMINAL.search(text):
        return False
    words = _words(text)
    return len(words) >= 6 and _stopword_ratio(words) > 0


def _headline_like(text: str) -> bool:
    """A short line that could be a headline (in a related list or as the title)."""
    if len(text) > 200:
        return False
    words = _words(text)
    if not 2 <= len(words) <= 25:
        return False
    t = text.rstrip()
    if t.endswith((":", ";", ",")):
        return False
    return not t.endswith(".") or _is_title_case(t)


def _body_sentence(text: str) -> bool:
    """A short line that reads as a sentence of the article ("Two of the dead were
    children."): it ends like a sentence, does not open in lower case, has at least
    ``BODY_SENTENCE_MIN_WORDS`` words with a function word among them, and no link. A
    title-case line is a headline, not a sentence."""
    if not _TERMINAL.search(text):
        return False
    words = _words(text)
    if len(words) < BODY_SENTENCE_MIN_WORDS:
        return False
    if text.lstrip()[:1].islower() or _LINKISH.search(text) or _is_title_case(text):
        return False
    return _stopword_ratio(words) > 0


def _title_like(text: str, *, first_line: bool) -> bool:
    """A headline: short, one sentence at most, not shouted, no links or field lists.

    A sentence-case line that ends with a period counts only as the first line of the
    page and only when it reads like a headline (few function words: "Rebels seize
    airport.", not "The rebels have seized the airport.").
    """
    _, core = meta.split_kicker(text)
    core = meta.strip_enclosing_quotes(core)
    if not core:
        return False
    words = _words(core)
    if first_line and core.rstrip().endswith(";") and 2 <= len(words) <= 20:
        return not _sentence_breaks(core)  # some feeds end the headline with ";"
    if not 2 <= len(words) <= 25 or len(core) > 200 or core.rstrip().endswith((":", ";", ",")):
        return False
    if _sentence_breaks(core) or _LINKISH.search(core) or core.count(":") > 1:
        return False
    if _all_capitals(core):
        return False  # a button, a dateline or a subheading
    if not _TERMINAL.search(core):
        return True
    if _is_title_case(core):
        return True
    return (
        first_line
        and core.rstrip().endswith(".")
        and len(words) <= 20
        and _stopword_ratio(words) <= HEADLINE_MAX_STOPWORDS
    )


def _all_capitals(text: str) -> bool:
    """More than eight cased characters (none in Arabic or Hebrew), all of them capitals;
    a loop that stops at the first small letter, most lines' second character."""
    count = 0
    for ch in text:
        if ch.lower() != ch.upper():
            if not ch.isupper():
                return False
            count += 1
    return count > 8


def _short_label(text: str) -> bool:
    return len(text) <= 50 and len(_words(text)) <= 5 and not _TERMINAL.search(text)


def _zone_ok(rule: Rule, zone: str) -> bool:
    if rule.zone == "any":
        return True
    if rule.zone == "edge":
        return zone in ("head", "tail")
    return rule.zone == zone


#: The rules that may fire in each zone, in catalogue order (the zone test, done once).
_ZONE_RULES: dict[str, tuple[Rule, ...]] = {
    z: tuple(r for r in RULES if _zone_ok(r, z)) for z in ("head", "middle", "tail")
}
#: The longest line a second-line rule may fire on, by zone.
_SECOND_LINE_CHARS = {
    z: max((r.max_chars for r in RULES if r.after is not None and _zone_ok(r, z)), default=0)
    for z in ("head", "middle", "tail")
}
# _first_rule returns a rule with branches as soon as one matches, so such a rule must not
# also count facts; checked at import, where a catalogue edit that breaks it shows first.
_BAD_RULES = [r.name for r in RULES if r.branches and r.min_facts]
if _BAD_RULES:  # pragma: no cover - a catalogue error, not an input error
    raise RuntimeError(f"rules searched backwards cannot count facts: {_BAD_RULES}")
#: No rule fires on a line longer than this.
_LONGEST_RULE = max(r.max_chars for r in RULES)


def _rules_by_opening(marks: bool) -> dict[str, frozenset[str]]:
    """Each opening (:attr:`Rule.openings`, or with ``marks`` :attr:`Rule.marks_openings`)
    and the names of the rules that have it."""
    out: dict[str, frozenset[str]] = {}
    for rule in RULES:
        for opening in (rule.marks_openings if marks else rule.openings) or ():
            out[opening] = out.get(opening, frozenset()) | {rule.name}
    return out


_OPENING_RULES = _rules_by_opening(marks=False)
_MARKS_OPENING_RULES = _rules_by_opening(marks=True)
_NO_RULES: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4096)  # a line's first four folded characters: few differ
def _opened(head: str, marks: bool = False) -> frozenset[str]:
    """The names of the rules with an opening that ``head`` begins with, the first
    ``OPENING_CHARS`` case-folded characters of a line that starts with a letter or a
    digit (with ``marks``, of the line after its marks: the ``marks_`` openings). Those
    and the rules without openings are the only ones that may fire on the line."""
    table = _MARKS_OPENING_RULES if marks else _OPENING_RULES
    found = _NO_RULES
    for size in range(1, OPENING_CHARS + 1):  # an opening is the line's first 1 to 4 chars
        names = table.get(head[:size])
        if names is not None:
            found = found | names
    return found


def _first_word_char(text: str) -> int:
    """The index of the first letter or digit of ``text``, or -1 when it has none."""
    for i, ch in enumerate(text):
        if ch.isalpha() or ch.isdecimal():
            return i
    return -1


def _folded_head(text: str, start: int = 0) -> str:
    """The first ``OPENING_CHARS`` case-folded characters of ``text[start:]`` (all of them
    when it is shorter): a character folds to one or more, but a dot above (U+0307) to
    none, so all of a line whose first characters fold short is folded."""
    head = fold_case(text[start : start + 2 * OPENING_CHARS])
    if len(head) < OPENING_CHARS and len(text) > start + 2 * OPENING_CHARS:
        head = fold_case(text[start:])
    return head[:OPENING_CHARS]


@functools.cache  # zones x categories above x alone or not x the rule sets of _opened
def _plan(
    zone: str,
    previous: str | None,
    alone: bool = True,
    opened: frozenset[str] | None = None,
    marks: bool = False,
) -> tuple[list[int], tuple[tuple, ...]]:
    """The rules that may fire in ``zone`` below a line of category ``previous`` on a line
    that is (``alone``) or is not its block's only line, by the longest line they accept,
    unpacked for the loop in :func:`_first_rule`.

    ``opened`` is :func:`_opened` for a line that starts with a letter or a digit (the
    rules with openings that may fire on it; the others only through their entries
    without openings, with :attr:`Rule.unopened_gate` for gate), and with ``marks`` for a
    line that starts with marks and then a letter or a digit (with the ``marks_`` forms);
    ``None`` for other lines (every rule may).

    Returns the distinct ``max_chars`` values, ascending, and for each one the rules (in
    catalogue order) whose ``max_chars`` is at least that value, as (rule, gate literals or
    None, the gate's ASCII literals, pattern search or None for a rule searched branch by
    branch). A line of ``n``
    characters needs only the rules of the first value that is at least ``n``: the zone,
    ``after``, ``own_block``, length and opening tests are done here, once, instead of for
    every rule on every line.
    """
    entries = []
    for r in _ZONE_RULES[zone]:
        if (r.after is not None and r.after != previous) or (r.own_block and not alone):
            continue
        gate = r.gate
        some, others = (
            (r.marks_openings, r.marks_unopened_gate) if marks else (r.openings, r.unopened_gate)
        )
        if opened is not None and some is not None and r.name not in opened:
            if not others:
                continue  # every line the rule matches begins with one of its openings
            gate = others  # only the entries without openings may match
        # an ASCII line has none of the literals with other characters (most lines)
        ascii_gate = None if gate is None else tuple(lit for lit in gate if lit.isascii())
        entries.append((r, gate, ascii_gate, None if r.branches else r.pattern.search))
    limits = sorted({e[0].max_chars for e in entries})
    plans = tuple(tuple(e for e in entries if e[0].max_chars >= limit) for limit in limits)
    return limits, plans


def _first_rule(
    text: str, zone: str, previous: str | None = None, alone: bool = True
) -> Rule | None:
    """The first rule that fires on ``text`` in ``zone``, below a line of category
    ``previous`` (``None`` when the line above stayed or there is none); ``alone`` when the
    line is its block's only line.

    The same answer as trying ``rule.matches(text)`` for every rule of the zone in order,
    with the rules that cannot fire on the line (zone, ``after``, ``own_block``, length,
    openings) left out once per kind of line (:func:`_plan`).
    """
    size = len(text)
    if size > _LONGEST_RULE:
        return None
    folded = None  # the whole line case-folded, made at most once, for the literal gates
    first = text[:1]
    if first.isalpha() or first.isdecimal():  # .gates.opens_with_word, inlined
        limits, plans = _plan(zone, previous, alone, _opened(_folded_head(text)))
    else:
        word = _first_word_char(text)
        if word < 0:  # no letter or digit: every rule may fire
            limits, plans = _plan(zone, previous, alone)
        else:  # marks, then a letter or a digit
            opened = _opened(_folded_head(text, word), True)
            limits, plans = _plan(zone, previous, alone, opened, True)
    at = bisect.bisect_left(limits, size)
    if at == len(limits):
        return None
    for rule, gate, ascii_gate, search in plans[at]:
        if gate is not None:
            if folded is None:
                folded = fold_case(text)
            for literal in ascii_gate if folded.isascii() else gate:
                if literal in folded:
                    break
            else:
                continue  # none of the strings the rule needs is in the line
        if search is None:  # a rule searched one alternative at a time
            if not rule.search_branches(text, folded):
                continue
            return rule  # such rules have no facts to count (checked at import)
        if search(text) is None:
            continue
        if rule.min_facts and not rule.matches(text, folded):
            continue
        return rule
    return None


class _LineFacts:
    """Rule and date answers for the lines of one page, each question answered once.

    The body bounds and pass 1 ask about the same lines; the answers depend only on the
    line (and the zone and the category above), so they are kept for the page, never
    across pages.
    """

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.rules: dict[tuple[int, str, str | None], Rule | None] = {}
        self.dates: dict[int, _dt.date | None] = {}
        self.stamps: dict[int, bool] = {}
        self.block_sizes = collections.Counter(ln.block for ln in lines)

    def rule(self, i: int, zone: str, previous: str | None = None) -> Rule | None:
        """:func:`_first_rule` for line ``i``."""
        key = (i, zone, previous)
        try:
            return self.rules[key]
        except KeyError:
            line = self.lines[i]
            alone = self.block_sizes[line.block] == 1
            rule = self.rules[key] = _first_rule(line.text, zone, previous, alone)
            return rule

    def date(self, i: int) -> _dt.date | None:
        """:func:`metadata.parse_date` for line ``i``."""
        try:
            return self.dates[i]
        except KeyError:
            date = self.dates[i] = meta.parse_date(self.lines[i].text)
            return date

    def stamp(self, i: int) -> bool:
        """Whether line ``i`` is an update stamp (:func:`metadata.parse_update_stamp`)."""
        try:
            return self.stamps[i]
        except KeyError:
            stamp = self.stamps[i] = meta.parse_update_stamp(self.lines[i].text) is not None
            return stamp


class _Page:
    """Working state for one page: the decision per line."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = list(lines)
        self.n = len(self.lines)
        self.decision: list[tuple[str, str] | None] = [None] * self.n  # (category, rule)

    def remove(self, i: int, category: str, rule: str) -> None:
        if self.decision[i] is None:
            self.decision[i] = (category, rule)


@functools.lru_cache(maxsize=32)
def _user_rules(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, regex.Pattern], ...]:
    """Compile ``Config.extra_boilerplate`` once per distinct configuration."""
    return tuple((cat, regex.compile(pat, regex.IGNORECASE)) for cat, pat in pairs)


def _find_body_bounds(
    lines: Sequence[Line], skip: frozenset[int] = frozenset(), facts: _LineFacts | None = None
) -> tuple[int, int] | None:
    """Indices of the first and last body paragraphs, or ``None`` when there is none.

    A line of a hard-wrapped paragraph (a block of several lines that reads as prose when
    joined, with no line claimed by a rule) counts as prose too.
    """
    facts = facts if facts is not None else _LineFacts(lines)

    def ruled(i: int, zone: str) -> bool:
        """Whether a rule fires on line ``i`` in ``zone``, below the line above as it is
        classified there. A rule that fires below a kept line fires below any line (the
        plans below a removed line only add rules), so the line above is asked only when
        a second-line rule (``Rule.after``) may fire on this one."""
        if facts.rule(i, zone) is not None:
            return True
        if i == 0 or len(lines[i].text) > _SECOND_LINE_CHARS.get(zone, 0):
            return False
        above = facts.rule(i - 1, zone)
        return above is not None and facts.rule(i, zone, above.category) is not None

    def claimed(i: int, zone: str) -> bool:
        text = lines[i].text
        return (
            ruled(i, zone)
            or facts.date(i) is not None
            or facts.stamp(i)
            or bool(meta.parse_byline(text))
        )

    blocks: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        blocks.setdefault(ln.block, []).append(i)
    wrapped: set[int] = set()
    for members in blocks.values():
        if (
            len(members) > 1
            and is_prose(" ".join(lines[i].text for i in members))
            and not any(claimed(i, "middle") for i in members)
        ):
            wrapped.update(members)

    def opening_chrome(i: int) -> bool:
        rule = facts.rule(i, "head")
        return rule is not None and rule.category in OPENING_CHROME_CATEGORIES

    # the first line below a breadcrumb or a menu is the page's first line
    lead = next((i for i in range(len(lines)) if not opening_chrome(i)), len(lines))

    def solid(i: int, zone: str, prose) -> bool:
        if i in skip:  # a line the user declared boilerplate never bounds the body
            return False
        text = lines[i].text
        if not (prose(text) or i in wrapped) or claimed(i, zone):
            return False
        if i == lead and _title_like(text, first_line=True):
            return i in wrapped and not text.rstrip().endswith(";")
        return True

    def byline_or_date(i: int) -> bool:
        text = lines[i].text
        return (
            facts.date(i) is not None
            or facts.stamp(i)
            or bool(meta.parse_byline(text))
            or meta.is_newsroom_byline(text, bare=True)
            or meta.is_agency(text)
            or meta.is_byline_prefix(text)
            or bool(meta.parse_bare_byline(text))
        )

    def standfirst(i: int) -> bool:
        """Whether the first paragraph ``i`` is a standfirst: one or two sentences, not a
        dateline lede, right below a headline-like line that only chrome precedes, and right
        above a byline or date line. Then the body starts at the next paragraph."""
        text = lines[i].text
        if i in wrapped or len(text) > STANDFIRST_MAX_CHARS or _opens_with_dateline(text):
            return False
        if i == 0 or i + 1 >= len(lines) or _sentence_breaks(text) > 1:
            return False
        if claimed(i - 1, "head") or not _title_like(lines[i - 1].text, first_line=i - 1 == lead):
            return False
        if any(not claimed(j, "head") for j in range(i - 1)):
            return False  # other lines above the headline: the layout is not clear
        return byline_or_date(i + 1)

    for prose in (is_prose, _is_short_prose):  # pages of short paragraphs: a looser test
        start = next((i for i in range(len(lines)) if solid(i, "head", prose)), None)
        if start is not None and standfirst(start):
            later = next((i for i in range(start + 2, len(lines)) if solid(i, "head", prose)), None)
            start = later if later is not None else start
        if start is not None:
            end = next(
                i
                for i in range(len(lines) - 1, start - 1, -1)
                if i == start or solid(i, "tail", prose)
            )
            return start, end
    return None


def analyze(lines: Sequence[Line], *, config: Config | None = None) -> Anatomy:
    """Decide for every line whether it is body, metadata or boilerplate.

    Args:
        lines: The non-blank lines of one normalized page (:func:`~conflictcorpus.lines.
            split_lines`).
        config: Options (reserved; the defaults suit most corpora).

    Returns:
        The :class:`Anatomy`: body lines, removals with category and rule, and the
        metadata read from the removed metadata lines. Every input line is either in
        ``body`` or in ``removed``, exactly once.
    """
    cfg = resolve_config(config)
    user_rules = _user_rules(cfg.extra_boilerplate)
    page = _Page(lines)
    n = page.n
    # Pass 0: the user's site-specific lines, anywhere on the page.
    if user_rules:
        for i, ln in enumerate(page.lines):
            stripped = ln.text.strip()
            for category, pattern in user_rules:
                if pattern.fullmatch(stripped):
                    page.remove(i, category, f"user.{category}")
                    break

    user_claimed = frozenset(i for i, d in enumerate(page.decision) if d is not None)
    facts = _LineFacts(page.lines)
    bounds = _find_body_bounds(page.lines, user_claimed, facts)
    start, end = bounds if bounds is not None else (0, n - 1)
    has_edges = bounds is not None

    def zone(i: int) -> str:
        if not has_edges:
            return "middle"
        return "head" if i < start else "tail" if i > end else "middle"

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = []
    published: _dt.date | None = None
    section: str | None = None

    # Pass 1: vocabulary rules, dates, bylines, sections.
    for i, ln in enumerate(page.lines):
        if page.decision[i] is not None:
            continue
        z = zone(i)
        if z != "middle" and facts.stamp(i):
            page.remove(i, "metadata", "meta.updated")  # a modification date: not published
            continue
        date = facts.date(i) if z != "middle" else None
        if date is not None:
            page.remove(i, "metadata", "meta.date")
            published = published or date
            continue
        if z == "head" and (meta.is_agency(ln.text) or meta.is_newsroom_byline(ln.text, bare=True)):
            page.remove(i, "metadata", "meta.byline")  # "Reuters", "Staff Reporter"
            continue
        above = page.decision[i - 1] if i > 0 else None
        qualifies = above is not None and above[1] not in _SECOND_LINE_RULES
        rule = facts.rule(i, z, above[0] if qualifies else None)
        if rule is not None:
            page.remove(i, rule.category, rule.name)
            if rule.name == "tail.author_bio":
                name = meta.bio_name(ln.text)
                if name and name not in authors:
                    authors.append(name)
            continue
        if z == "middle":
            continue
        names = meta.parse_byline(ln.text)
        if names or meta.is_newsroom_byline(ln.text):  # "By Staff Reporter": no author
            page.remove(i, "metadata", "meta.byline")
            authors.extend(nm for nm in names if nm not in authors)
            published = published or meta.byline_date(ln.text)  # "By X | March 4, 2017"
            continue
        if meta.is_byline_prefix(ln.text) and i + 1 < n and zone(i + 1) == z:
            names = meta.parse_names(page.lines[i + 1].text)
            if names:
                page.remove(i, "metadata", "meta.byline")
                page.remove(i + 1, "metadata", "meta.byline")
                authors.extend(nm for nm in names if nm not in authors)
            continue
        sect = meta.parse_section(ln.text)
        if sect is not None:
            page.remove(i, "metadata", "meta.section")
            section = section or sect

    # Pass 2a: the head - site names broken over lines, kicker, headline, dek.
    if has_edges:
        _same_block(page, range(start))
        title, subtitle, kicker = _head(page, start, authors)
        section = section or kicker

    # Pass 2b: neighbours.
    _related_lists(page)
    _between(page)
    if has_edges:
        _same_block(page, range(end + 1, page.n))
        _tail_context(page, end)

    if published is None:
        published = _dateline_date(page, start if has_edges else 0)

    body: list[Line] = []
    removed: list[Removal] = []
    for ln, dec in zip(page.lines, page.decision, strict=True):
        if dec is None:
            body.append(ln)
        else:
            removed.append(
                Removal(text=ln.text, start=ln.start, end=ln.end, category=dec[0], rule=dec[1])
            )
    return Anatomy(
        body=body,
        removed=removed,
        title=title,
        subtitle=subtitle,
        authors=authors,
        published=published,
        section=section,
    )


def _dateline_date(page: _Page, start: int) -> _dt.date | None:
    """The date of a wire dateline that opens the body ("GAZA CITY, March 12, 2024 (AP) —
    …"), on the first body paragraph or on a line of its own above it.

    Only asked when no date line or byline gave a date: as with those, the first date of
    the page is the publication date, and a dateline comes below them. The line stays in
    the body whole, the article's text after the dash with it.
    """
    for i in range(min(start + 1, page.n)):
        if page.decision[i] is None:
            date = meta.parse_dateline(page.lines[i].text)
            if date is not None:
                return date
    return None


def _head(page: _Page, start: int, authors: list[str]) -> tuple[str | None, str | None, str | None]:
    """Find the headline among the undecided head lines; mark it, its kicker and dek.

    The headline is the first headline-like line of four or more words, looking past
    short labels (site or section names) above it; failing that, a headline-like first
    line of three or more words. Short labels above the headline are navigation; a line
    of bare person names right below it is a byline (added to ``authors``); the next
    undecided line is the dek when more non-body lines follow before the body starts.

    Returns:
        ``(title, subtitle, kicker)``, each ``None`` when absent.
    """
    head = [i for i in range(start) if page.decision[i] is None]
    # the page's first line, below a breadcrumb, a menu or a rule line if any
    lead = next(
        (
            i
            for i in range(start)
            if page.decision[i] is None or page.decision[i][0] not in OPENING_CHROME_CATEGORIES
        ),
        start,
    )
    title_idx = None
    for i in head:
        text = page.lines[i].text
        kicker, core = meta.split_kicker(text)
        if kicker and not core:
            continue
        if _title_like(text, first_line=i == lead) and len(_words(core)) >= 4:
            title_idx = i
            break
        if not _short_label(text):
            break
    if title_idx is None and head:
        first = head[0]
        text = page.lines[first].text
        if _title_like(text, first_line=first == lead) and len(_words(text)) >= 3:
            title_idx = first
    if title_idx is None:
        return None, None, None
    kicker, core = meta.split_kicker(page.lines[title_idx].text)
    title = meta.strip_enclosing_quotes(core).rstrip(" ;")
    page.remove(title_idx, "metadata", "meta.title")
    for i in head:
        if i >= title_idx:
            break
        label, rest = meta.split_kicker(page.lines[i].text)
        if label and not rest:
            page.remove(i, "metadata", "meta.kicker")
            kicker = kicker or label
        elif _short_label(page.lines[i].text):
            page.remove(i, "navigation", "head.above_title")
    subtitle = None
    after = [i for i in head if i > title_idx]
    if after and (names := meta.parse_bare_byline(page.lines[after[0]].text)):
        page.remove(after[0], "metadata", "meta.byline")  # a bare byline under the headline
        authors.extend(nm for nm in names if nm not in authors)
        after = after[1:]
    if after:
        cand = after[0]
        text = page.lines[cand].text
        later_removed = any(page.decision[j] is not None for j in range(cand + 1, start))
        # a dek that runs straight into the body reads as a phrase, not a sentence
        unfinished = (
            len(_words(text)) >= 6
            and not _TERMINAL.search(text)
            and not text.rstrip().endswith((":", ";", ","))
            and not _opens_with_dateline(text)
        )
        if (
            (later_removed or unfinished)
            and len(text) <= 300
            and len(_words(text)) >= 4
            and not _opens_with_dateline(text)  # the lede, whatever was removed after it
        ):
            subtitle = text
            page.remove(cand, "metadata", "meta.subtitle")
    return title, subtitle, kicker


def _related_lists(page: _Page) -> None:
    """Headline-like lines right under a related header go with it."""
    i = 0
    while i < page.n:
        dec = page.decision[i]
        header = dec is not None and (
            dec[1] == "related.header"
            or (dec[0] == "related" and _RELATED_HEADER.matches(page.lines[i].text))
        )
        if header:
            j = i + 1
            while j < page.n:
                dj = page.decision[j]
                if dj is not None:
                    if dj[0] != "related":
                        break
                    j += 1
                    continue
                if not _headline_like(page.lines[j].text):
                    break
                page.remove(j, "related", "related.list")
                j += 1
            i = j
        else:
            i += 1


def _between(page: _Page) -> None:
    """A short non-sentence line between two lines of the same furniture category joins them.

    jusText's observation for blocks holds for lines: chrome clusters. Advertisement
    markers and captions do not count (a subheading may well sit between two of them).
    """
    for i in range(1, page.n - 1):
        if page.decision[i] is not None:
            continue
        before, after = page.decision[i - 1], page.decision[i + 1]
        if before is None or after is None or before[0] != after[0]:
            continue
        if before[0] not in BETWEEN_CATEGORIES:
            continue
        text = page.lines[i].text
        if len(text) <= 80 and not _TERMINAL.search(text):
            page.remove(i, before[0], "context.between")


def _same_block(page: _Page, indices: range) -> None:
    """Short lines sharing a block with a removed line take its category; only the lines
    of ``indices`` move. The neighbours are looked at before the line's own length and
    words: most lines have no removed line beside them."""
    for i in indices:
        if page.decision[i] is not None:
            continue
        ln = page.lines[i]
        for j in (i - 1, i + 1):
            if 0 <= j < page.n and page.lines[j].block == ln.block:
                dj = page.decision[j]
                if dj is not None and dj[0] != "metadata" and dj[1] not in NEUTRAL_RULES:
                    if _short_label(ln.text):
                        page.remove(i, dj[0], "context.same_block")
                    break
    # a second sweep reaches lines two steps away from the removed one ("Henry Jackson")
    for i in reversed(indices):
        if page.decision[i] is not None:
            continue
        ln = page.lines[i]
        j = i - 1
        if j >= 0 and page.lines[j].block == ln.block and page.decision[j] is not None:
            cat, rule = page.decision[j]
            if cat != "metadata" and rule not in NEUTRAL_RULES and _short_label(ln.text):
                page.remove(i, cat, "context.same_block")


def _tail_context(page: _Page, end: int) -> None:
    """Short lines below the first tail furniture line, and trailing headline lists.

    Only page furniture (notices, prompts, bios, legal lines, navigation) starts the run;
    a caption or an advertisement marker can sit between paragraphs and does not. Nor does
    furniture with a sentence of the article below it (:func:`_body_sentence`): a live
    blog's "Share" closes one entry of many, and a newsletter prompt can stand before the
    article's last short paragraphs. The run starts at the first furniture line below the
    last such sentence. Lines that read as sentences stay in the body.
    """
    last_sentence = max(
        (
            i
            for i in range(end + 1, page.n)
            if page.decision[i] is None and _body_sentence(page.lines[i].text)
        ),
        default=end,
    )
    first_removed = next(
        (
            i
            for i in range(last_sentence + 1, page.n)
            if page.decision[i] is not None and page.decision[i][0] in TAIL_TRIGGER_CATEGORIES
        ),
        None,
    )
    if first_removed is not None:
        category = page.decision[first_removed][0]
        for i in range(first_removed + 1, page.n):
            dec = page.decision[i]
            if dec is not None:
                if dec[1] not in NEUTRAL_RULES:
                    category = dec[0]
                continue
            text = page.lines[i].text
            sentence = bool(_TERMINAL.search(text)) and _EIGHT_WORDS.match(text) is not None
            if len(text) <= CONTEXT_MAX_CHARS and not sentence:
                page.remove(i, category, "tail.after_chrome")
    # two or more title-case headlines that end the page
    run: list[int] = []
    for i in range(page.n - 1, end, -1):
        if page.decision[i] is not None:
            if run:
                break
            continue
        text = page.lines[i].text
        if _headline_like(text) and _is_title_case(text) and not _TERMINAL.search(text):
            run.append(i)
        else:
            break
    introduced = bool(run) and page.lines[run[-1] - 1].text.rstrip().endswith(":")
    if len(run) >= 2 and not introduced:  # a list after "The demands:" is the article's
        for i in run:
            page.remove(i, "related", "tail.headline_list")
    _bullet_headlines(page, end)


def _bullet_headline(text: str) -> bool:
    """A list item that reads as a title-case headline ("- 15 Amazing Images of Stars")."""
    bullet = _BULLET.match(text)
    if bullet is None:
        return False
    item = text[bullet.end() :]
    return _headline_like(item) and _is_title_case(item) and not _TERMINAL.search(item)


def _bullet_headlines(page: _Page, end: int) -> None:
    """Two or more title-case headline list items in a row after the body: a related list.

    An HTML extractor writes the links of a "related" box as list items. A list that a
    line ending with a colon introduces is the article's own and stays.
    """
    i = end + 1
    while i < page.n:
        j = i
        while j < page.n and page.decision[j] is None and _bullet_headline(page.lines[j].text):
            j += 1
        if j - i >= 2 and not page.lines[i - 1].text.rstrip().endswith(":"):
            for k in range(i, j):
                page.remove(k, "related", "tail.bullet_headlines")
        i = max(j, i + 1)
