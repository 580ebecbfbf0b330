"""The quote stage: marks -> spans -> cue and speaker -> in-document name resolution.

>>> text = '“We will not stop,” said Foreign Minister Ana Ruiz. Ruiz said the talks had failed.'
>>> [(q.kind, q.text, q.attribution.speaker) for q in extract_quotes(text)]
[('direct', 'We will not stop,', 'Ana Ruiz'), ('indirect', 'the talks had failed', 'Ana Ruiz')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..config import Config, resolve_config
from ..errors import expect_str
from ..models import Attribution, Quote, QuoteKind
from .attribution import (
    Found,
    Sentences,
    dash_heading_start,
    find_after,
    find_before,
    find_cue_before,
    find_here_is,
    find_in_sentence,
    find_in_words,
    find_indirect,
    find_inverted_start,
    find_line_before,
    find_name_colon,
    find_next_line_dash,
    find_second_speaker,
    find_sentence_before,
    find_subject_colon,
    indirect_cue_offsets,
    opens_before,
    previous_org_subject,
    previous_subject,
    subject_person,
)
from .cues import CUE_NOUN_RE, CUE_VERB_ALT
from .foreign import FOREIGN_PRONOUNS, find_foreign_after, find_foreign_before
from .marks import CLOSERS, OPENERS
from .names import given_name_gender
from .spans import MarkSpan, Paragraph, pair_marks, paragraphs
from .speakers import (
    QUANTIFIERS,
    ROLE_NOUNS,
    SpeakerIndex,
    appositive,
    described_gender,
    is_address_only,
    is_name_particle,
    is_organisation,
    is_pronoun,
    org_person_start,
    role_before,
    strip_title,
)

__all__ = ["extract_quotes", "find_terms"]

_SPACE_SPLIT_RE = re.compile(r"\S+")
_WORD_RE = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
"""A word (letters and digits, inner apostrophes and hyphens); ``re`` counts them faster."""
_TERM_INTRO_RE = regex.compile(
    r"(?r)(?:\bso[- ]called|\bcalled|\bdubbed|\btermed|\blabell?ed|\bbranded|\bknown[ \t]+as"
    r"|\bas|\bthe[ \t]+(?:word|term|phrase|label|slogan|title)|\bnamed|\btitled)[ \t]*[,:]?[ \t]*$",
    regex.IGNORECASE,
)
_TERM_INTRO_LAST_LETTERS = "dsmeln"
"""The last letters of the words :data:`_TERM_INTRO_RE` ends in (called, as, term, title,
label, slogan)."""


def _may_introduce_term(tail: str) -> bool:
    """Whether :data:`_TERM_INTRO_RE` may find its word at the end of ``tail``: the text,
    spaces, a comma or a colon and a final newline stripped, ends in one of the words' last
    letters (or in a letter outside ASCII, which may match one ignoring case). Most text
    before a quote does not; the test costs less than the reverse search."""
    last = tail.rstrip(" \t\n,:")[-1:]
    return bool(last) and (not last.isascii() or last.lower() in _TERM_INTRO_LAST_LETTERS)


_ELISION_END_RE = regex.compile(r"(?:\.[ \t]?\.[ \t]?\.|…)[ \t]*[”\"]?$")
_TITLE_CASE_RE = regex.compile(r"\p{Lu}")

_TITLE_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "to",
        "for",
        "with",
        "at",
        "by",
        "from",
        "is",
        "be",
        "are",
        "as",
        "vs",
        "de",
        "la",
        "le",
    ]
)
"""Words a title of a work leaves in lower case ("State of the Union", "Meet the Press")."""
_TITLE_AFTER_RE = regex.compile(
    r"(?r)(?:\p{L}[’']s?|\b(?:on|told|for|to|watch|watched|watching|in|of|and|with|the|podcast"
    r"|show|film|movie|book|series|program|programme|documentary|novel|album|song|play"
    r"|musical|column|essay|headline|memoir))(?:,[^\S\n]*)?[^\S\n]*$"
)
"""What a title of a show or work follows: a possessive ("CNN’s “State of the Union”"),
"on", "told", "for", "to", "watch", "in", "of", "and", "with", "the" ("said on “Meet the
Press”", "told “Fox and Friends”", "starred in “Parks and Recreation” and “Guardians of
the Galaxy”", "the founder of “Indian Americans for Hillary 2008”") or the kind of work
("the podcast “Here’s the Thing”")."""
_CITATION_AFTER_RE = regex.compile(r"[^\S\n]+[\p{Lu}\p{N}][^,()\n“”\"]{0,40},")
"""A source after a headline cited in parentheses: (“Romney blasts Trump,” USATODAY.com, …)."""
_BYLINE_RE = regex.compile(r"[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?\p{Lu}")
"""A byline after a headline in marks: “Met accused of whitewashing,” by Post's X."""
_NICKNAME_LEFT_RE = regex.compile(r"(?r)\p{Lu}[\p{L}.]*[^\S\n]$")
_NICKNAME_RIGHT_RE = regex.compile(r"[^\S\n]\p{Lu}")
_SINGLE_OPENERS = frozenset("‘'‚")
# The patterns above that end in $ and are only asked whether they occur carry (?r): the
# search then starts at the end, where $ is, instead of trying every character before it.
_MAX_HEADING_WORDS = 10
_MAX_TITLE_WORDS = 12

_FORMAT_CHARS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
"""Invisible direction marks a copy from a web page leaves before a paragraph."""
_INNER_BOUNDARY_RE = regex.compile(r"[.!?…][”’\"')\]]?[^\S\n]+[“‘\"'(\[]?\p{Lu}[^“”\"]*[.!?]")
"""A sentence that ends before another begins: the words between two quotes are more than
one sentence."""
_CONNECTIVE_LEFT_RE = regex.compile(
    r"[^\S\n]*(?:But|And|Yet|Still|So|Also|Then|However|Plus|Instead)[,]?[^\S\n]*"
)
"""A sentence that opens with a connective and then a quote goes on with the speaker
before it (“…,” he said. But “…”)."""
_MAX_CONJOINED_GAP = 20
_CLAUSE_END_RE = regex.compile(r"[^\S\n]*(?:[,.;:!?)]|\n|$)")
"""After a quote joined by a conjunction: the clause ends there ("and “Stop the war.”"),
so the quote is not the first word of a new one ("and “air raid” alerts sounded")."""
_MIN_PARTICIPLE_WORDS = 4
"""A quote attributed by a participle's sentence subject alone has at least this many
words; a shorter one stays a term."""
_CONJOINED_RE = regex.compile(r"[^\S\n]*[,;]?[^\S\n]+(?:and|or)(?:[^\S\n]+then)?[,:]?[^\S\n]+")
"""Only a conjunction between two quotes: the second goes on with the first's speaker."""
_MAX_SENTENCE_SCAN = 1000
"""How far from a quote its sentence is searched for a speaker and a cue: far beyond a
real sentence, and a bound on the work per quote in text that never ends a sentence."""
_TRAILING_PUNCT = " \t\xa0.,;:!?)]"
_NEXT_WORD_RE = regex.compile(r"[^\S\n]+\p{Lu}")
_SENTENCE_GOES_ON_RE = regex.compile(r"[^\S\n]+\p{Ll}")
"""After a quote's closing mark: a lower-case word, so its sentence goes on."""
_VOCAL_CUES = ("chant", "shout", "yell", "scream", "cried", "cry", "sang", "sing")
"""Cues of a voice raised: what they quote is a whole utterance however it is written
("chanting “no contract, no peace” outside")."""
_LOWER_FIRST_RE = regex.compile(r"[^\p{L}\p{N}\n]{0,3}\p{Ll}")
"""Quoted words whose first letter is lower case ("it gets me mad"): a fragment."""
_NAMING_CUES = ("call", "describ", "refer", "dub", "term", "label", "nam", "cit")
"""Cues that name or cite rather than utter: a short capitalised quote after them stays a
term."""

_MIN_UNATTRIBUTED_FRAGMENT_WORDS = 8
"""A fragment in marks this long is someone's words even when nothing names a speaker;
scare quotes, terms and titles are shorter."""

_INTRO_CUE_RE = regex.compile(
    r"(?:(?P<cue>\p{Ll}+ing)|\b(?:and|then)[^\S\n]+(?P<cue>\p{Ll}+))[^\S\n]*[,:]$"
)
"""A cue that introduces what follows: "…, adding," "before adding:", "and added:"."""
_CUE_WORD_RE = regex.compile(CUE_VERB_ALT)

_MAX_TERM_WORDS = 3
_MIN_DIRECT_WORDS = 4
_MIN_BLOCK_WORDS = 8
_MAX_MIDDLE_GAP = 250


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: QuoteKind
    found: Found | None
    mark_end: int = -1
    paragraph: int = -1
    joined: bool = False
    parts: tuple[tuple[int, int], ...] = ()  # the runs of quoted words, once joined

    def join(self, a: int, b: int, mark_end: int, paragraph: int, joined: bool) -> _Cand:
        """This quote continued by the quoted words at ``[a, b)``."""
        runs = (*(self.parts or ((self.start, self.end),)), (a, b))
        return _Cand(self.start, b, "direct", self.found, mark_end, paragraph, joined, runs)


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


@lru_cache(maxsize=256)
def _content_words(content: str) -> tuple[str, ...]:
    """The words of a quote's content. Several tests read them for the same quote (its
    length, title case, title of a work), so they are found once; the cache is keyed by
    the exact text, so a hit gives what a new search would."""
    return tuple(_WORD_RE.findall(content))


def _starts_upper(word: str) -> bool:
    """Whether ``word`` starts with an upper-case letter (``\\p{Lu}``); ASCII is decided
    without the regex engine, which costs more than the test itself."""
    c = word[0]
    if c < "\x80":
        return "A" <= c <= "Z"
    return _TITLE_CASE_RE.match(c) is not None


@lru_cache(maxsize=1024)  # pure, and asked again for every quote of the same speaker
def _looks_like_person(name: str) -> bool:
    """A capitalised name that is not a description ("Sources", "Officials")."""
    tokens = name.split()
    return (
        bool(tokens)
        and tokens[0][:1].isupper()
        and all(t[:1].isupper() or is_name_particle(t) for t in tokens[1:])  # "al-Burhan"
        and not any(t.lower() in ROLE_NOUNS for t in tokens)
        and name not in QUANTIFIERS  # "Several said …" is no one to resolve "he" to
    )


def _is_he_or_she(mention: str | None) -> bool:
    return mention is not None and mention.lower() in ("he", "she")


def _is_initial(left: str) -> bool:
    """Whether a quote preceded by ``left`` (its sentence so far) starts an utterance."""
    s = left.rstrip().rstrip(_FORMAT_CHARS).rstrip()
    return not s or s[-1] in ":—–-" or s.endswith(("…", "..."))


def _is_term(words: int, left: str, content: str) -> bool:
    """A term after "so-called", "dubbed", "called"…: three words at most, or a title
    (a play called “Los Hijos de Trump”)."""
    if words > _MAX_TERM_WORDS and not (words <= _MAX_TITLE_WORDS and _is_work_title(content)):
        return False
    tail = left[-40:]
    return _may_introduce_term(tail) and _TERM_INTRO_RE.search(tail) is not None


def _is_clause(content: str) -> bool:
    """Words that read as running speech, not a title or a list of names: not in title
    case and mostly lower-case words."""
    return not _is_title_case(content) and not _is_work_title(content)


def _is_unpunctuated_title(content: str) -> bool:
    """Capitalised like a title and not ending as a sentence does: “Orange is the New
    Black” star X (a sentence in title case, “Stop DC at the Bathroom Door.”, may be a
    slogan someone shouted)."""
    return content.rstrip()[-1:] not in ".!?" and _is_work_title(content)


def _is_work_title(content: str) -> bool:
    """Capitalised like the title of a work: every word capitalised but the short function
    words, the first one included ("Meet the Press", "Hannity", "State of the Union")."""
    words = _content_words(content)
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_FUNCTION_WORDS for w in words
    )


def _not_speech(text: str, s: MarkSpan, content: str, words: int, line_left: str) -> bool:
    """Marks that hold no speech whatever surrounds them.

    - an attribute value in markup left in the text: ``tweet-date="March 4, 2016"``;
    - a title of a show or work after a possessive or "on", "told", "for", "to"
      (“…,” Fiorina told “Fox and Friends”; on CBS's “Face the Nation”);
    - a headline with its byline: “Met accused of whitewashing baby Jesus,” by Post's X,
      or cited in parentheses: (“Romney blasts Trump,” USATODAY.com, Thursday);
    - a nickname between names: Gov. C.L. “Butch” Otter.
    """
    if line_left.endswith("="):
        return True
    if "!" not in content and _is_work_title(content) and _TITLE_AFTER_RE.search(line_left[-40:]):
        return True  # not a chant: to chants of “Marco! Marco!” (the pattern last: most
        # contents are no title, and their words are already counted)
    if content.endswith(",") and _BYLINE_RE.match(text, s.end, s.end + 20):
        return True
    if (
        content.endswith(",")
        and line_left.rstrip().endswith("(")
        and _CITATION_AFTER_RE.match(text, s.end, s.end + 44)
    ):
        return True
    return (
        words <= 2
        and content[:1].isupper()
        and _NICKNAME_LEFT_RE.search(line_left[-30:]) is not None
        and _NICKNAME_RIGHT_RE.match(text, s.end, s.end + 2) is not None
    )


def _is_heading(text: str, s: MarkSpan, p: Paragraph, words: int) -> bool:
    """A short line that is only a quote in single marks, the headline convention
    ('Pretty cool working there.' between two paragraphs): a heading, not speech, when
    nothing attributes it."""
    if text[s.start] not in _SINGLE_OPENERS or words > _MAX_HEADING_WORDS:
        return False
    if text[p.start : s.start].strip() or s.paragraph != s.last_paragraph:
        return False
    return text[s.end : p.end].strip() in ("", ".", ":")


def _exclaimed(text: str, found: Found, start: int, content: str) -> bool:
    """A whole short utterance right after its cue: a man yelled “Stay there!”, by saying
    “Too many.”, chanting "Dump Trump." Capitalised, ending in its own . ! or ?, with only
    spaces, a comma or a colon between the cue and the mark; not after a naming verb
    (called them “Losers.”)."""
    if found.cue is None or found.cue_start is None or found.sieve.startswith("after"):
        return False
    if not content[:1].isupper() or content.rstrip()[-1:] not in ".!?":
        return False
    if text[found.cue_start + len(found.cue) : start].strip(" \t\xa0,:"):
        return False
    return not found.cue.lower().startswith(_NAMING_CUES)


_OWN_CLAUSE_RE = regex.compile(
    r"[^\S\n]+(?:that(?![^\S\n]+(?:on|in|at|during|after|before|to|last|again|twice|earlier"
    r"|later|yesterday|today|tonight|himself|herself|themselves)\b)|he|she|they|we|I)[^\S\n]"
)
"""After a cue, the start of a reported clause: the cue reports that clause ("it" is left
out: "Safi said it twice" repeats the quote; so is "that" before a time or place: "X said
that on Saturday")."""


_SENTENCE_END_AFTER_RE = regex.compile(r"[.!?][^\S\n]+[“‘\"']?\p{Lu}")
"""The sentence ends right after the closing mark, and another one starts."""


def _after_starts_new_sentence(text: str, content: str, end: int) -> bool:
    """Whether the quote ends its sentence inside the marks and a capitalised word follows."""
    if content.rstrip()[-1:] not in ".!?":
        return False
    m = _NEXT_WORD_RE.match(text, end, end + 8)
    return m is not None


def _is_utterance_after_comma(content: str, left: str, words: int) -> bool:
    """A whole sentence in marks after a comma: capitalised, four words or more, ending in
    its own punctuation, and not a title."""
    return (
        left.rstrip().endswith(",")
        and content[:1].isupper()
        and words >= _MIN_DIRECT_WORDS
        and content.rstrip()[-1:] in ".?!,"
        and not _is_title_case(content)
    )


def _is_title_case(content: str) -> bool:
    """Whether most words are capitalised, as in the title of a work or a headline."""
    words = _content_words(content)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if _starts_upper(w))
    return caps >= 0.7 * len(words)


@lru_cache(maxsize=1024)  # pure, and asked again for every quote of the same mention
def _person_offset(mention: str) -> int:
    """Where the name starts in a long capitalised mention: after its titles ("Judicial
    Watch President Tom Fitton" -> "Tom Fitton", "SEC Chair Mary Jo White" -> "Mary Jo
    White") or after a possessive ("American Action Forum’s Douglas Holtz-Eakin").
    Otherwise its last two words. Descriptions ("a New Hampshire Republican") and
    organisations stay whole (0)."""
    org_person = org_person_start(mention)
    if org_person and strip_title(mention)[1] is None:
        return org_person  # "the Council of Foreign Affairs Leslie Gelb" (a title phrase
        # is cut below: "Governor of the Bank of England Andrew Bailey")
    tokens = list(_SPACE_SPLIT_RE.finditer(mention))
    if (
        len(tokens) < 4
        or not mention[:1].isupper()
        or not tokens[-1].group()[:1].isupper()  # "A senior military intelligence officer"
        or tokens[1].group()[:1].islower()  # "A man with the Red Cross": a description
        or is_organisation(mention)
    ):
        return 0
    name, title = strip_title(mention)
    if title is not None:
        return tokens[len(tokens) - len(name.split())].start()
    for i, tok in enumerate(tokens[:-2]):
        if tok.group().endswith(("’s", "'s")):
            return tokens[i + 1].start()
    # "Council of Foreign Affairs Leslie Gelb": the last two words, and the word before a
    # middle initial or a suffix ("Chicago Alderman Jason C. Ervin", "… Robert Casey Jr.")
    k = len(tokens) - 2
    if _NAME_SUFFIX_RE.fullmatch(tokens[-1].group()):
        k -= 1
    while k > 1 and _INITIAL_RE.fullmatch(tokens[k].group()):
        k -= 1
    return tokens[k].start()


_INITIAL_RE = regex.compile(r"\p{Lu}\.")
_NAME_SUFFIX_RE = regex.compile(r"(?:Jr|Sr)\.?|II|III|IV")


_MAX_PRONOUN_CANDIDATES = 6


class _Resolver:
    """Turns a :class:`Found` into an :class:`Attribution`, remembering who spoke last."""

    def __init__(
        self,
        text: str,
        outer: list[tuple[int, int]] | None = None,
        paras: list[Paragraph] | None = None,
        sents: Sentences | None = None,
        index: SpeakerIndex | None = None,
    ) -> None:
        self.text = text
        self._paras = paras or []
        self._para_starts = [p.start for p in self._paras]
        self._sents = sents
        self._outer = outer or []  # the outermost marked spans, in order
        self._outer_starts = [a for a, _ in self._outer]
        self.index = index if index is not None else SpeakerIndex(text)
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.quoted: list[str] = []  # the persons quoted so far, in order (last_person last)
        self._pronoun_gender: dict[str, str] = {}  # "Feinstein said …, she said": "f"
        self._gender: dict[str, str | None] = {}
        self._roles: dict[str, str] = {}  # the role each person was quoted with

    def _gender_of(self, name: str, before: int) -> str | None:
        """The gender the document gives ``name``: a pronoun it was named with in its own
        sentence before, else the title or role it was quoted with, or an honorific
        (:meth:`SpeakerIndex.gender`)."""
        if name in self._pronoun_gender:
            return self._pronoun_gender[name]
        if name not in self._gender:
            self._gender[name] = self.index.gender(name, self._roles.get(name))
        return self._gender[name]

    def _remember(self, person: str) -> None:
        """``person`` was just quoted: the last person, and the latest of :attr:`quoted`."""
        self.last_person = person
        if not self.quoted or self.quoted[-1] != person:
            self.quoted.append(person)

    def _org_before(self, pos: int) -> str | None:
        """The organisation that opens the sentence before the one at ``pos``, for "it"
        (:func:`previous_org_subject`)."""
        if self._sents is None or not self._paras:
            return None
        k = bisect.bisect_right(self._para_starts, pos) - 1
        if k < 0:
            return None
        p = self._paras[k]
        sent_start, _ = self._sents.bounds(pos, p.start, p.end)
        prev = _sentence_before_in(k, sent_start, self._paras, self._sents, self.text)
        if prev is None:
            return None
        got = previous_org_subject(self.text, prev[0], prev[1])
        return got[0] if got is not None else None

    def _in_marks(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the outermost marked spans."""
        k = bisect.bisect_right(self._outer_starts, pos)
        return k > 0 and pos < self._outer[k - 1][1]

    def _person_for(self, pronoun: str, before: int) -> str | None:
        """The person "he", "she" or "I" at ``before`` stands for: the last person quoted,
        else one quoted earlier (nearest first), skipping those the document gives the
        other gender; with no one quoted yet, the last person named before it, unless the
        document gives them the other gender; when no one quoted fits, that person only if
        the document gives them the pronoun's gender. ``None`` when no candidate fits."""
        want = {"he": "m", "she": "f"}.get(pronoun)
        if self.quoted and want is None:
            return self.last_person
        seen: set[str] = set()
        for cand in reversed(self.quoted):
            if cand in seen:
                continue
            seen.add(cand)
            if len(seen) > _MAX_PRONOUN_CANDIDATES:
                break
            if self._gender_of(cand, before) in (None, want):
                return cand
        named = self.index.last_person_before(before)
        if named is None or named in seen:
            return None  # "she" after quoting two men and naming one of them: no guess
        gender = self._gender_of(named, before)
        if want is None or gender == want or (not seen and gender is None):
            return named  # after people quoted who do not fit, only one known to fit
        return None

    def attribution(self, found: Found | None) -> Attribution | None:
        if found is None or found.mention is None or found.mention_start is None:
            return None
        text = self.text
        mention, m_start = found.mention, found.mention_start
        # the foreign sieves cut their phrase themselves (German capitalises every noun)
        foreign = found.sieve.endswith("_foreign")  # read by the non-English sieves
        skip = 0 if foreign else _person_offset(mention)
        written = mention  # as written, titles and all
        if skip:
            m_start += skip
            mention = mention[skip:]
        m_end = m_start + len(mention)
        role: str | None = None
        pronoun = (  # "a-t-il", "sagte er": a foreign pronoun, as read by the foreign sieves
            FOREIGN_PRONOUNS.get(mention, mention) if foreign else mention
        )
        if is_pronoun(pronoun):
            low = pronoun.lower()
            weak_for = (
                self._person_for(low, m_start)
                if found.antecedent_weak and low in ("he", "she") and self.quoted
                else None
            )  # "The mayor told reporters …": a person quoted before who fits comes first
            if weak_for is not None:
                speaker, role = weak_for, self.index.resolve(weak_for, before=m_start)[1]
            elif found.antecedent is not None:
                speaker, role = self.index.resolve(found.antecedent, before=found.antecedent_start)
                self._remember(speaker)
                if low in ("he", "she"):
                    self._pronoun_gender.setdefault(speaker, "m" if low == "he" else "f")
            elif low in ("he", "she", "i") and pronoun is not mention:
                speaker = self.last_person or mention  # "sagte er": a speaker named before
            elif low == "i" and not self._in_marks(m_start):
                speaker = mention  # outside marks "I" is the writer, whom the text does not name
            elif low in ("he", "she", "i"):
                speaker = self._person_for(low, m_start) or mention
                if speaker != mention:
                    role = self.index.resolve(speaker, before=m_start)[1]
            elif low == "it" and (org := self._org_before(m_start)) is not None:
                speaker = self.last_org = org  # "Trump’s campaign backtracked. … it said"
            else:
                speaker = self.last_org or mention
        elif foreign and " " in mention:
            # a full name read between a title and a clause mark: the index, which knows
            # English titles only, would take "Präsident" or "Difesa" into the name
            speaker = mention
            if _looks_like_person(speaker):
                self._remember(speaker)
        else:
            # "Trump’s remarks", "according to Axelrod’s": the owner of the speech speaks
            # (not of "Zelensky’s rival … said": another person)
            owner = (
                mention[:-2]
                if mention.endswith(("’s", "'s"))
                and len(mention) > 3
                and found.cue is not None
                and (CUE_NOUN_RE.fullmatch(found.cue) or found.cue.lower() == "according to")
                else mention
            )
            speaker, role = self.index.resolve(owner, before=m_start)
            if foreign and found.cue and found.cue in speaker:
                speaker, role = mention, None  # "D'après Kiev" is no name
            if is_organisation(speaker):
                self.last_org = speaker
            elif _looks_like_person(speaker):
                self._remember(speaker)
        if role is None and found.role is not None:
            role = found.role
        if role is None and not is_pronoun(pronoun):
            role = appositive(text, m_end) or role_before(text, m_start)
        if role is None and not is_organisation(speaker):  # "the Prime Minister's Office"
            _, role = strip_title(mention)
        if role is None and skip:  # "Vice President Joseph R. Biden Jr.": the title cut off
            _, title = strip_title(written)  # above, when short (a longer run of capitals
            if title is not None and len(title.split()) <= 3:  # may be an organisation's
                role = title  # name cut short: "Relations National Executive Director")
        if role is not None and speaker == self.last_person:
            self._roles.setdefault(speaker, role)
        cue, c_start = found.cue, found.cue_start
        return Attribution(
            speaker=speaker,
            mention=mention,
            mention_start=m_start,
            mention_end=m_end,
            role=None if is_address_only(role) else role,  # "Mr" describes no one
            cue=cue,
            cue_start=c_start,
            cue_end=None if c_start is None or cue is None else c_start + len(cue),
        )


_PRONOUN_LEAD_RE = regex.compile(
    r"[^\S\n]*(?:(?:And|But|So|Then|Later|Earlier|Still|Now|Meanwhile)[^\S\n]*,?[^\S\n]+)?"
    r"(?P<pron>[Hh]e|[Ss]he)\b"
)
_MAX_PRONOUN_HOPS = 2
"""Sentences opening with the same "he" or "she" looked past for its antecedent."""


def _para_start(p: Paragraph) -> int:
    return p.start


def _gender_hint(mention: str, *, described: bool) -> str | None:
    """``"m"``, ``"f"`` or ``None``: a description's gender by its words ("His wife",
    "the chairman"), a name's by its given name."""
    if described:
        return described_gender(mention)
    name, title = strip_title(mention)  # "Mr. Bennett": the title; else the given name
    return (described_gender(title) if title else None) or given_name_gender(name.split()[0])


def _pronoun_opens(text: str, sent_start: int, s: MarkSpan, mention_start: int, pron: str) -> bool:
    """Whether "he" or "she" at ``mention_start`` is the first mention of a person in the
    quote's sentence: the quote opens the sentence and the pronoun follows it (“…,” he
    said), or the sentence opens with the pronoun ("But he said: “…”")."""
    if mention_start >= s.end:
        return not text[sent_start : s.start].strip()
    lead = _PRONOUN_LEAD_RE.match(text, sent_start, s.start)
    if lead is not None and lead.end() == mention_start + len(pron):
        return True
    # "In a video posted in August, he said …": after an opening phrase
    return opens_before(text, sent_start, mention_start)


def _sentence_before(
    s: MarkSpan, sent_start: int, paras: list[Paragraph], sents: Sentences, text: str
) -> tuple[int, int] | None:
    """The sentence before the one that opens at ``sent_start`` in the quote's paragraph
    (:func:`_sentence_before_in`)."""
    return _sentence_before_in(s.paragraph, sent_start, paras, sents, text)


def _sentence_before_in(
    k: int, sent_start: int, paras: list[Paragraph], sents: Sentences, text: str
) -> tuple[int, int] | None:
    """The sentence before the one that opens at ``sent_start`` in paragraph ``k``: in
    that paragraph, or the last one of the paragraph before when the sentence opens its
    own."""
    p = paras[k]
    if text[p.start : sent_start].strip():
        return sents.bounds(sent_start - 1, p.start, p.end)
    if k == 0:
        return None
    pp = paras[k - 1]
    return sents.bounds(max(pp.start, pp.end - 1), pp.start, pp.end)


def _marked(
    text: str,
    paras: list[Paragraph],
    spans: list[MarkSpan],
    sents: Sentences,
    index: SpeakerIndex | None = None,
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Classify the outermost marked spans into quotes and terms. ``index`` (the
    document's names, shared with the resolver) tells a surname named in full before."""
    known = index.full_name_before if index is not None else None
    cands: list[_Cand] = []
    terms: list[tuple[int, int]] = []
    prev_para_speaker: dict[int, Found] = {}
    last_in_para: dict[int, Found] = {}  # the last attributed quote ending in a paragraph
    prev_span: MarkSpan | None = None  # the outermost span before this one
    # the end, attribution and kind of the last quote kept
    last_attr: tuple[int, Found, QuoteKind] | None = None
    subjects: dict[tuple[int, int], tuple[str, int, bool] | None] = {}  # sentence -> subject
    for s in spans:
        if s.depth != 0:
            continue
        before, prev_span = prev_span, s
        a, b = _strip_span(text, s.inner_start, s.inner_end)
        if a >= b:
            continue
        content = text[a:b]
        p, plast = paras[s.paragraph], paras[s.last_paragraph]
        sent_start, _ = sents.bounds(s.start, p.start, p.end)
        dash = (
            dash_heading_start(text, sent_start, s.start)
            if ":" in text[s.start - 3 : s.start]
            else None
        )
        if dash is not None:  # "Pollsters agree - Carl Bialik: “…”": the quote's own line
            sent_start = dash
        _, sent_end = sents.bounds(max(s.end - 1, plast.start), plast.start, plast.end)
        left = text[sent_start : s.start]
        if _merge_middle(text, cands, s, a, b, sents, p):
            continue
        words = len(_content_words(content))
        if _is_term(words, left, content) or _not_speech(
            text, s, content, words, text[p.start : s.start]
        ):
            terms.append((a, b))
            continue
        initial = _is_initial(left)
        found = find_after(text, s.end, plast.end)
        if found is not None and _SENTENCE_END_AFTER_RE.match(text, s.end):
            own = find_before(text, sent_start, s.start) or find_cue_before(
                text, sent_start, s.start
            )
            if own is not None:  # Putin said the goals were “…”. Lavrov said …: the quote's
                found = own  # sentence has its own attribution; the next one speaks for itself
        if (
            found is not None
            and found.cue_start is not None
            and _after_starts_new_sentence(text, content, s.end)
            and text[s.end : plast.end].rstrip().endswith(":")
            and not any(
                found.cue_start < st < plast.end and text[st : plast.end].strip()
                for st in sents.starts(plast.start, plast.end)
            )
        ):  # “…” She went on to say:¶ the attribution's own sentence ends in the colon that
            found = None  # introduces the next paragraph (not “…?” Olena asked. X answered:)
        if (
            found is not None
            and found.cue is not None
            and found.cue_start is not None
            and (found.mention_start or 0) > s.end
            and _after_starts_new_sentence(text, content, s.end)
            and _OWN_CLAUSE_RE.match(text, found.cue_start + len(found.cue))
        ):  # “… in Nice.” He said he had called Paris: a statement of its own
            found = None
        if found is not None and _after_starts_new_sentence(text, content, s.end):
            # “…” He added, “…”: a new sentence after the quote speaks of the next quote;
            # an introduction before this one ("Brafman said, “…”") names its speaker
            intro = find_before(text, sent_start, s.start)
            if intro is None or not intro.introduced:  # "…, saying, “…”"
                intro = find_cue_before(text, sent_start, s.start)
            if intro is not None and intro.introduced:
                found = intro
        if found is None:
            found = (
                (_dash_name(text, sent_start, s.start) if dash is not None else None)
                or find_in_words(text, sent_start, s.start)
                or find_before(text, sent_start, s.start)
            )
        if found is None or (
            found.sieve in ("before", "before_participle") and not found.introduced
        ):
            # "X mocked the plan on Monday, tweeting, “…”": the cue right before the quote
            # introduces it, and names the sentence's subject, over a cue further back
            cue_only = find_cue_before(text, sent_start, s.start)
            if found is None or (
                cue_only is not None and cue_only.introduced and cue_only.mention is not None
            ):
                found = cue_only
        if found is None:
            found = find_inverted_start(text, sent_start, s.start)
        if found is None and _is_clause(content):  # a headline ("Cruz: ‘It Is Over’") is not
            found = find_name_colon(text, sent_start, s.start)
        if found is None:
            found = find_in_sentence(
                text, max(sent_start, s.start - _MAX_SENTENCE_SCAN), s.start
            ) or find_in_sentence(text, s.end, min(sent_end, s.end + _MAX_SENTENCE_SCAN))
        if found is None:
            found = find_here_is(text, sent_start, s.start) or find_subject_colon(
                text, sent_start, s.start
            )
        if found is None:  # another language: « … », a déclaré X. / X sagte: „…“
            found = find_foreign_after(text, s.end, plast.end) or find_foreign_before(
                text, sent_start, s.start
            )
        if found is None and initial and sent_start > p.start:  # "Bystrom agreed. “…”"
            prev_start, _ = sents.bounds(sent_start - 1, p.start, p.end)
            found = find_sentence_before(text, prev_start, sent_start)
        if found is None and s.start == _first_char(text, p) and s.paragraph > 0:
            prev_p = paras[s.paragraph - 1]
            found = find_line_before(text, prev_p.start, prev_p.end, sents)
            if found is not None:
                initial = True
        if (
            found is None
            and s.last_paragraph + 1 < len(paras)
            and not text[s.end : plast.end].strip(_TRAILING_PUNCT)
        ):  # the quote ends its paragraph and the next one is "- Bernie Sanders."
            nxt = paras[s.last_paragraph + 1]
            found = find_next_line_dash(text, nxt.start, nxt.end)
            if found is not None:
                initial = True
        if (
            found is None
            and initial
            and before is not None
            and before.last_paragraph == s.paragraph
            and s.start - before.end <= _MAX_MIDDLE_GAP
            and not _INNER_BOUNDARY_RE.search(text, before.end, s.start)
        ):  # “…,” Sexton said. “…”: the attribution of the quote before this one
            f = find_second_speaker(text, before.end, s.start) or find_after(
                text, before.end, s.start
            )  # “…,” Ebeling said, and her husband cut in. “…”: the husband's
            if f is not None:
                found = replace(f, sieve="between", introduced=False)
        if (
            before is not None
            and last_attr is not None
            and (
                found is None  # or the quote before's own cue, read again from the sentence
                or (found.sieve == "sentence" and found.cue_start == last_attr[1].cue_start)
            )
            and last_attr[0] == before.end
            and last_attr[1].mention is not None
            and s.start - before.end <= _MAX_CONJOINED_GAP
            and _CONJOINED_RE.fullmatch(text, before.end, s.start)
            and (content.rstrip()[-1:] in ".!?,…" or _CLAUSE_END_RE.match(text, s.end))
        ):  # telling the crowd, “…,” and, “…”; chanting “…” and “…”: one speaker for both
            found = replace(last_attr[1], sieve="conjoined", introduced=False)
            initial = initial or last_attr[2] == "direct"
        if (
            found is None
            and s.paragraph in last_in_para
            and (initial or _CONNECTIVE_LEFT_RE.fullmatch(left))
        ):  # “…,” he said. But “…”: the speaker of the quote before, in the same paragraph
            f = last_in_para[s.paragraph]
            found = replace(f, sieve="paragraph", introduced=False)
        if (
            found is None
            and initial
            and s.paragraph - 1 in prev_para_speaker
            and not _is_heading(text, s, p, words)  # 'A fight from start to finish.' alone
            and not _is_unpunctuated_title(content)  # “Sons of Trump” is an adaptation of …
        ):
            f = prev_para_speaker[s.paragraph - 1]
            if s.start == _first_char(text, p):
                if _merge_paragraph(text, cands, s, a, b, paras, sents, f):
                    prev_para_speaker[s.last_paragraph] = f
                    continue
                found = replace(f, sieve="previous", introduced=False)
        if (
            found is not None
            and found.mention_start is not None
            and _in_quote(cands, found.mention_start)
        ):  # “I think …,” Graham said, adding, “…”: "I" is quoted, not the speaker
            prev = last_in_para.get(s.paragraph)
            if prev is not None and prev.mention is not None:
                found = replace(
                    prev,
                    cue=found.cue,
                    cue_start=found.cue_start,
                    sieve=found.sieve,
                    introduced=found.introduced,
                )
            else:
                found = replace(found, mention=None, mention_start=None, role=None)
        if found is None and _is_utterance_after_comma(content, left, words):
            initial = True  # "X, who grew up with him, “We were all so proud of him.”"
        if found is None:
            if (
                initial
                and words >= _MIN_DIRECT_WORDS
                and not _is_title_case(content)
                and not _is_unpunctuated_title(content)
                and not _is_heading(text, s, p, words)
            ):
                cands.append(_Cand(a, b, "direct", None))
            elif not initial and words >= _MIN_UNATTRIBUTED_FRAGMENT_WORDS and _is_clause(content):
                # thanked him for “stepping up and taking action when Congress won’t.”
                cands.append(_Cand(a, b, "partial", None))
            else:
                terms.append((a, b))
            continue
        if (
            found.antecedent is None
            and _is_he_or_she(found.mention)
            and s.end <= (found.mention_start or 0)
        ):  # Feinstein said "…," she said: the name in the sentence before the quote
            named = find_in_sentence(text, max(sent_start, s.start - _MAX_SENTENCE_SCAN), s.start)
            if named is not None and named.mention and _looks_like_person(named.mention):
                found = replace(
                    found, antecedent=named.mention, antecedent_start=named.mention_start
                )
        if (
            found.antecedent is None
            and _is_he_or_she(found.mention)
            and sent_start < (found.mention_start or 0) < s.start
        ):  # "Ed Krayewski may have said it best when he blogged: “…”": the subject before
            # the pronoun in its own sentence, unless its given name says otherwise
            subj = subject_person(text, sent_start, found.mention_start or 0)
            want = "m" if (found.mention or "").lower() == "he" else "f"
            if subj is not None and given_name_gender(strip_title(subj[0])[0].split()[0]) in (
                None,
                want,
            ):
                found = replace(found, antecedent=subj[0], antecedent_start=subj[1])
        if (
            found.antecedent is None
            and _is_he_or_she(found.mention)
            and _pronoun_opens(text, sent_start, s, found.mention_start or 0, found.mention or "")
        ):  # "Richard Hecht rejected the criticism. “…,” he said.": the person who opens the
            # sentence before, unless its given name says otherwise
            prev = _sentence_before(s, sent_start, paras, sents, text)
            subj = None
            for _ in range(_MAX_PRONOUN_HOPS + 1):
                if prev is None:
                    break
                if prev not in subjects:
                    subjects[prev] = previous_subject(text, prev[0], prev[1], known)
                subj = subjects[prev]
                lead = _PRONOUN_LEAD_RE.match(text, prev[0], prev[1])
                if subj is not None or lead is None:
                    break
                if lead.group("pron").lower() != (found.mention or "").lower():
                    break
                # "I met Anahit Grigoryan … She keeps the key … “…,” she said": a sentence
                # that opens with the same pronoun speaks of the same person; look past it
                k = bisect.bisect_right(paras, prev[0], key=_para_start) - 1
                prev = _sentence_before_in(k, prev[0], paras, sents, text)
            if subj is not None and _in_quote(cands, subj[1]):
                subj = None  # “… Hillary Clinton represents …,” she said. ¶ “…” she added.
            want = "m" if (found.mention or "").lower() == "he" else "f"
            # a surname's gender is its full name's ("Trump" named before as Donald Trump)
            full = known(subj[0], subj[1]) if subj is not None and known is not None else None
            if subj is not None and _gender_hint(full or subj[0], described=subj[2]) in (
                None,
                want,
            ):
                found = replace(
                    found, antecedent=subj[0], antecedent_start=subj[1], antecedent_weak=subj[2]
                )
        weak = found.sieve.startswith("sentence") or (
            found.sieve.startswith("before") and not found.introduced
        )
        exclaimed = _exclaimed(text, found, s.start, content)
        if not initial and weak and words <= _MAX_TERM_WORDS - 1 and not exclaimed:
            terms.append((a, b))
            continue
        if found.sieve == "before_participle" and words < _MIN_PARTICIPLE_WORDS:
            # "pressed the minister, asking whether the “special military operation” …":
            # a subject read from the sentence's start is not enough for a short term
            terms.append((a, b))
            continue
        introduced = (
            found.introduced
            or exclaimed
            or (
                found.sieve.startswith("before")
                and words >= _MIN_DIRECT_WORDS
                and found.cue is not None
                and not found.cue.lower().startswith(_NAMING_CUES)
                and found.cue_start is not None
                and not text[found.cue_start + len(found.cue) : s.start].strip()
                and not (
                    _LOWER_FIRST_RE.match(content)
                    and content.rstrip()[-1:] not in ".!?"  # “… soldier!” and walked out
                    and _SENTENCE_GOES_ON_RE.match(text, s.end)
                    and not found.cue.lower().startswith(_VOCAL_CUES)
                )
            )
        )  # "Ryan said “…”": the cue right before a whole utterance, not a naming cue (he
        # called it “a cartel for higher education”), nor a fragment its sentence goes on
        # after (Obama said “it gets me mad” every time …) unless it was chanted or shouted
        kind: QuoteKind = "direct" if initial or introduced else "partial"
        if kind == "partial" and _is_title_case(content):
            terms.append((a, b))  # a title inside a sentence: “The Axe Files,” Henry said
            continue
        cands.append(_Cand(a, b, kind, found, s.end, s.last_paragraph))
        last_in_para[s.last_paragraph] = found
        last_attr = (s.end, found, kind)
        if kind == "direct" or (
            found.sieve.startswith("after")
            and found.mention is not None
            and _looks_like_person(found.mention)
        ):  # “… buffoon,” Susan said as she turned.¶“…”: a named speaker after a fragment
            prev_para_speaker[s.last_paragraph] = found
    return cands, terms


def _dash_name(text: str, dash: int, start: int) -> Found | None:
    """The name between a dash and the colon before the quote ("Pollsters agree - Carl
    Bialik: “…”"), by the same evidence as any name before a colon."""
    found = find_name_colon(text, dash, start)
    return None if found is None else replace(found, sieve="before_dash_colon")


def _in_quote(cands: list[_Cand], offset: int) -> bool:
    """Whether ``offset`` lies inside the words of a quote found before (the latest ones
    are checked first; the search stops at the first quote ending before ``offset``)."""
    for c in reversed(cands):
        if c.end <= offset:
            return False
        if c.start <= offset and any(a <= offset < b for a, b in c.parts or ((c.start, c.end),)):
            return True
    return False


def _merge_middle(
    text: str,
    cands: list[_Cand],
    s: MarkSpan,
    inner_start: int,
    inner_end: int,
    sents: Sentences,
    p: Paragraph,
) -> bool:
    """Join “…,” he said, “…” into one quote when the attribution sits between the parts.

    The quote before must be in the same paragraph and attributed by the words right
    after it; those words (one sentence at most) must be all that separates the parts,
    and the second part must not carry an attribution of its own after it.
    """
    if not cands:
        return False
    prev = cands[-1]
    f = prev.found
    if (
        prev.kind != "direct"
        or f is None
        or not (f.sieve.startswith(("after", "sentence")))
        or f.mention_start is None
        or prev.paragraph != s.paragraph
        or not prev.mark_end <= f.mention_start < s.start
        or s.start - prev.mark_end > _MAX_MIDDLE_GAP
    ):
        return False
    gap = text[prev.mark_end : s.start].rstrip()
    if gap.endswith(("”", '"')):  # he said on “Meet the Press.” “…”: a title ends the gap
        gap = gap[:-1]
    if not gap.endswith((",", ".", ":", ";", "!", "?", "—", "–")):
        return False  # the second part continues the sentence: “…,” he said, urging “…”
    last = _INTRO_CUE_RE.search(gap)
    if (
        last is not None
        and prev.mark_end + last.start("cue") != f.cue_start
        and _CUE_WORD_RE.fullmatch(last.group("cue"))
    ):
        return False  # a cue of its own introduces the second part: “…,” X said, adding, “…”
    second = find_second_speaker(text, prev.mark_end, s.start)
    if second is not None and (second.mention_start or 0) > f.mention_start:
        return False  # “…,” Ebeling said, and her husband cut in. “…”: another speaker
    own = find_cue_before(text, prev.mark_end, s.start)
    if own is not None and own.introduced and own.cue_start != f.cue_start:
        return False  # “…,” Ryan said on CNN, though he said, “…”: a second attribution
    gap_start = (
        prev.mark_end
        + len(text[prev.mark_end : s.start])
        - len(text[prev.mark_end : s.start].lstrip(" \t,.!?"))
    )  # “…?” Trump asked: the boundary after the ? is not a sentence of the gap
    inside = [st for st in sents.starts(p.start, p.end) if gap_start < st < s.start]
    if len(inside) > 1 or (inside and inside[0] != s.start):
        return False
    if find_after(text, s.end, p.end) is not None or find_foreign_after(text, s.end, p.end):
        return False  # the second part has an attribution of its own
    cands[-1] = prev.join(inner_start, inner_end, s.end, s.last_paragraph, False)
    return True


def _merge_paragraph(
    text: str,
    cands: list[_Cand],
    s: MarkSpan,
    inner_start: int,
    inner_end: int,
    paras: list[Paragraph],
    sents: Sentences,
    f: Found,
) -> bool:
    """Join a paragraph that is one unattributed quote to the quote before it, when that
    quote ends the paragraph before with its attribution: “…,” Safi said.¶“…”

    The paragraph before must end with the attribution sentence alone (its mention after
    the marks, nothing else after it), and this paragraph must be the quote alone.
    """
    if not cands:
        return False
    prev = cands[-1]
    if (
        prev.kind != "direct"
        or prev.found is not f
        or prev.paragraph != s.paragraph - 1
        or f.mention_start is None
        or not (f.sieve.startswith(("after", "sentence")))
    ):
        return False
    if not (prev.mark_end <= f.mention_start or prev.joined):
        return False
    if text[s.end : paras[s.last_paragraph].end].strip(" \t\xa0.,"):
        return False  # more follows the quote in its paragraph
    pp = paras[prev.paragraph]
    gap_start = (
        prev.mark_end
        + len(text[prev.mark_end : pp.end])
        - len(text[prev.mark_end : pp.end].lstrip(" \t,.!?"))
    )
    if any(gap_start < st for st in sents.starts(pp.start, pp.end)):
        return False  # the attribution is followed by another sentence
    cands[-1] = prev.join(inner_start, inner_end, s.end, s.last_paragraph, True)
    return True


def _first_char(text: str, p: Paragraph) -> int:
    i = p.start
    while i < p.end and text[i].isspace():
        i += 1
    return i


def _blocks(text: str, paras: list[Paragraph]) -> list[_Cand]:
    out: list[_Cand] = []
    for i in range(len(paras) - 1):
        p = paras[i]
        if not text[p.start : p.end].rstrip().endswith(":"):
            continue
        nxt = paras[i + 1]
        first = _first_char(text, nxt)
        if first < nxt.end and text[first] in OPENERS:
            continue
        found = find_line_before(text, p.start, p.end)
        if found is None or found.sieve == "line_before_from":
            continue
        if _words(text[nxt.start : nxt.end]) < _MIN_BLOCK_WORDS:
            continue
        j = i + 1
        while j + 1 < len(paras) and (
            _ELISION_END_RE.search(text[paras[j].start : paras[j].end].rstrip())
            or _ELISION_END_RE.search(text[paras[j + 1].start : paras[j + 1].end].rstrip())
        ):
            if text[paras[j + 1].start : paras[j + 1].end].rstrip().endswith(":"):
                break
            j += 1
        a, b = _strip_span(text, nxt.start, paras[j].end)
        out.append(_Cand(a, b, "block", found))
    return out


def _indirect(
    text: str,
    paras: list[Paragraph],
    sents: Sentences,
    taken: list[tuple[int, int]],
    terms: Sequence[tuple[int, int]] = (),
) -> list[_Cand]:
    """Indirect speech in the sentences that hold a reporting verb and no marked quote.
    A clause that would end inside a term in marks ("said the plan was “Dead.”") runs on
    to the term's closing mark, so no span cuts a pair of marks in two."""
    cues = indirect_cue_offsets(text)
    if not cues:
        return []
    taken = sorted(taken)
    taken_starts = [a for a, _ in taken]
    taken_ends = [b for _, b in taken]  # sliced below: max() of a list, not of a generator
    out: list[_Cand] = []
    for p in paras:
        k = bisect.bisect_left(cues, p.start)
        if k == len(cues) or cues[k] >= p.end:
            continue
        starts = sents.starts(p.start, p.end)
        bounds = [*starts[1:], p.end]
        for lo, hi in zip(starts, bounds, strict=True):
            k = bisect.bisect_left(cues, lo)
            if k == len(cues) or cues[k] >= hi:
                continue
            t = bisect.bisect_left(taken_starts, hi)
            if t and max(taken_ends[max(0, t - 8) : t]) > lo:
                continue  # a marked quote overlaps this sentence
            if text[lo:hi].rstrip().endswith(":"):
                continue  # introduces a quote or a block
            for found, c_start, c_end in find_indirect(text, lo, hi, cues):
                a, b = _strip_span(text, c_start, c_end)
                while b > a and text[b - 1] in ".!?" and text[b : b + 1] != ",":
                    b -= 1  # not the full stop of "4 a.m.," before a trailing attribution
                b = _past_term(text, terms, a, b)
                if _words(text[a:b]) >= _MIN_DIRECT_WORDS:
                    out.append(_Cand(a, b, "indirect", found))
    return out


def _past_term(text: str, terms: Sequence[tuple[int, int]], a: int, b: int) -> int:
    """``b``, or the end of the closing mark of a term that starts in ``[a, b)`` and ends
    after ``b`` (the words of a term in marks run from ``ta`` to ``tb``)."""
    for ta, tb in terms:
        if a <= ta < b < tb or (a <= ta <= b == tb):
            end = tb
            while end < len(text) and text[end] in ".,!?;:":
                end += 1  # the term's own punctuation inside its marks
            if end < len(text) and text[end] in CLOSERS:
                end += 1
            return end
    return b


def _non_overlapping(cands: list[_Cand]) -> list[_Cand]:
    cands = sorted(cands, key=lambda c: (c.start, -c.end, c.kind))
    blocks = [c for c in cands if c.kind == "block"]
    kept_blocks: list[_Cand] = []
    for bl in blocks:
        if all(bl.end <= k.start or k.end <= bl.start for k in kept_blocks):
            kept_blocks.append(bl)
    out: list[_Cand] = list(kept_blocks)
    last_end = -1
    for c in cands:
        if c.kind == "block":
            continue
        if c.start < last_end:
            continue
        if any(
            bl.start < c.end and c.start < bl.end and not (bl.start <= c.start and c.end <= bl.end)
            for bl in kept_blocks
        ):
            continue
        out.append(c)
        last_end = c.end
    return sorted(out, key=lambda c: (c.start, -c.end))


def _prepare(text: str) -> tuple[list[Paragraph], list[MarkSpan], Sentences]:
    paras = paragraphs(text)
    return paras, pair_marks(text, paras=paras), Sentences(text)


def extract_quotes(text: str, *, config: Config | None = None) -> list[Quote]:
    """Find the reported speech in ``text``, with who said it.

    Kinds: ``direct`` (a whole utterance in marks), ``partial`` (a marked fragment inside
    reported speech), ``block`` (paragraphs after a line that ends with a colon and names
    a source), ``indirect`` (a reporting verb with a speaker and a clause, no marks). A
    quote interrupted by its own attribution (“…,” he said. “…”) is one ``direct`` quote
    from the first part to the last; its mention and cue lie inside it, and its ``parts``
    give the runs of quoted words. Quote text is the words inside the marks, without the
    marks.

    Args:
        text: Any text; offsets of the result point into it.
        config: Options (the defaults suit most corpora).

    Returns:
        Quotes sorted by start. ``text[q.start:q.end] == q.text`` for each; they do not
        overlap unless one is a ``block`` that contains others. Scare quotes, terms and
        titles are not included (see :func:`find_terms`). Never raises on odd text
        (unpaired marks, apostrophes, empty input); only a non-``str`` is an error.
    """
    text = expect_str(text)
    resolve_config(config)
    if not text.strip():
        return []
    paras, spans, sents = _prepare(text)
    index = SpeakerIndex(text)
    marked, terms = _marked(text, paras, spans, sents, index)
    taken = [(c.start, c.end) for c in marked]
    cands = marked + _blocks(text, paras) + _indirect(text, paras, sents, taken, terms)
    outer = [(s.start, s.end) for s in spans if s.depth == 0]
    resolver = _Resolver(text, outer, paras, sents, index)
    quotes: list[Quote] = []
    for c in sorted(
        _non_overlapping(cands),
        key=lambda c: (
            c.found.mention_start if c.found and c.found.mention_start is not None else c.start,
            c.start,
        ),
    ):
        quotes.append(
            Quote(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                kind=c.kind,
                attribution=resolver.attribution(c.found),
                parts=list(c.parts),
            )
        )
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def find_terms(text: str) -> list[tuple[int, int]]:
    """The marked spans that are not speech: scare quotes, terms, titles, nicknames.

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` offsets of the words inside the marks, sorted.

    >>> text = 'so-called “moderate” rebels'
    >>> [text[a:b] for a, b in find_terms(text)]
    ['moderate']
    """
    text = expect_str(text)
    if not text.strip():
        return []
    paras, spans, sents = _prepare(text)
    _, terms = _marked(text, paras, spans, sents)
    return sorted(terms)
