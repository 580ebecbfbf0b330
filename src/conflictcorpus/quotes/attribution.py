"""Link quotes to speakers and cues with a cascade of sieves, most precise first.

After Muzny et al. (EACL 2017): each sieve only fills what the earlier ones left.

1. ``after``: the quote is followed by mention + verb or verb + mention (“…,” Safi said /
   “…,” said the minister), or by a dash and a name (“…” —Commissioner Geoffrey Starks).
2. ``before``: the quote is introduced in its own sentence ("X said:", "X told reporters,",
   "a report by X:", "according to X,", "X said the connection … “…”").
3. ``sentence``: a mention and a cue elsewhere in the sentence (“…” against IS, as the
   former chairman Leslie Gelb proposes).
4. ``line_before``: the paragraph before ends with a colon and names a source.
5. ``paragraph``: an earlier quote in the same paragraph ("…," he said. "…").
6. ``previous``: a paragraph that is one quote continues the speaker of the paragraph before.

Every window a pattern reads is bounded, so the cost per quote is constant.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .cues import (
    CUE_NOUN_ALT,
    CUE_VERB_ALT,
    INDIRECT_VERB_ALT,
    INDIRECT_VERB_FORMS,
    INVERTED_CUES,
    MANNER_VERBS,
    REPORTING_VERBS,
    compile_backwards,
    trie_pattern,
    verb_forms,
)
from .names import given_name_gender
from .speakers import (
    DESCRIPTIVE,
    DESCRIPTIVE_SHORTEST,
    KIN_OF_RE,
    MENTION_ALT,
    NAME_SEQ,
    OF_TITLE_HEADS,
    ORG_WORDS,
    ROLE_ALT,
    ROLE_NOUNS,
    SPEECH_THING_NOUNS,
    is_organisation,
    is_place_or_event,
    org_person_start,
    strip_title,
)

__all__ = [
    "Found",
    "Sentences",
    "find_after",
    "find_before",
    "find_in_sentence",
    "find_next_line_dash",
    "find_subject_colon",
    "previous_org_subject",
]

_WIN = 160
_WIN_AFTER = 320
"""After a quote, the window reaches a cue after a long appositive (up to 200 characters):
“…,” Trump, the 2016 GOP presidential frontrunner nationally and …, said."""
_ADV = r"(?:\p{Ll}+ly[^\S\n]+)?"
_AUX_WORDS: tuple[str, ...] = (
    *("has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "once"),
    *("again", "previously", "recently", "now", "just", "still", "first", "would", "will"),
    *("could", "can", "may", "might", "did", "does"),
)
"""Words that may stand between a speaker and a cue ("has also said", "was asked")."""
_BE_FORMS = frozenset(["was", "were", "is", "are"])


def _aux(words: tuple[str, ...]) -> str:
    return rf"(?:(?:{'|'.join(words)})[^\S\n]+){{0,2}}"


_AUX = _aux(_AUX_WORDS)
_AUX_ACTIVE = _aux(tuple(w for w in _AUX_WORDS if w not in _BE_FORMS))
""":data:`_AUX` without the forms of "be": "were asked" is a passive, its subject the one
asked."""
_AUX_IND = r"(?:(?:has|have|had|also|later|then|previously|recently)[^\S\n]+){0,2}"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TIME_WORD = (
    rf"(?:{_WEEKDAY}|week|weekend|month|year|night|morning"
    r"|afternoon|evening|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|\d{4})"
)
_WHEN_PHRASE = (
    rf"[^\S\n]+(?:(?:on|last|this|in|at|early|late)[^\S\n]+{_TIME_WORD}"
    rf"|(?:{_WEEKDAY}(?:[^\S\n]+(?:night|morning|afternoon|evening))?"
    r"|yesterday|today|tonight)"
    r"(?=[^\S\n]+(?:that|he|she|they|it|we|I|the|a|an|while|whilst|when|\p{Lu})\b))"
)
_WHEN = rf"(?:{_WHEN_PHRASE})?"
"""A time between a reporting verb and its clause: "said on Monday that"."""

_DASHES = "—–―-"
_PAREN = r"(?:[^\S\n]*\([^()\n]{1,40}\))?"
"""A parenthesis after a name: "Rep. Gwen Moore (D-Wis.)"."""
_PAREN_COMMA = r"(?:[^\S\n]*\([^()\n]{1,40}\),?)?"
"""The same, and the comma some writers put after it: "Gov. John Kasich (R-OH), said"."""
_APPOS_BODY = r"[^,“”\"\n]{2,200}(?:“[^,“”\"\n]{1,40}”[^,“”\"\n]{0,120})?"
"""The words of an appositive: no comma, and no quote mark but one short title in curly
marks ("wearing a cowboy hat and “Ted Cruz” campaign pins"). Runs of a character class,
not an alternation per character: these patterns run on every quote."""
_APPOSITIVE = rf"(?:,(?P<appos>{_APPOS_BODY}),)?"
"""An appositive between a mention and its cue: "Louay Safi, a spokesman for …, said"."""

# 1. after the quote -------------------------------------------------------------------
_AFTER_MENTION_VERB = regex.compile(
    rf"^[^\S\n]*[,.!?;:]?[^\S\n]*(?:[—–-]{{1,2}}[^\S\n]*)?{MENTION_ALT}{_PAREN}{_APPOSITIVE}"
    rf"[^\S\n]+{_AUX}{_ADV}(?P<cue>{CUE_VERB_ALT})\b"
)
_ROLE_WORDS: tuple[str, ...] = (
    *ROLE_NOUNS,
    "chairman",
    "host",
    "co-host",
    "anchor",
    "president",
    "secretary",
    "manager",
    "adviser",
    "advisor",
    "leader",
    "lawyer",
    "attorney",
    "counsel",
    "founder",
    "executive",
    "editor",
    "analyst",
    "pollster",
    "professor",
    "nominee",
    "coordinator",
    "campaigner",
    "activist",
    "chief",
)
# Words that may stand before a role ("Trump campaign", "Blaze co-host"): not a
# preposition or conjunction, which would make the role another person's ("the widow of
# slain commander Ahmed Khalil" is not Ahmed Khalil).
_ROLE_MODIFIER = (
    r"(?:(?!(?:of|for|to|with|by|from|and|or|at|in|on)[^\S\n])[\p{L}\p{N}\-’'.]+[^\S\n]+)"
)
_AFTER_ROLE_NAME_VERB = regex.compile(
    rf"^[^\S\n]*[,.!?;:]?[^\S\n]*{_ROLE_MODIFIER}{{0,4}}?"
    rf"(?:{trie_pattern(_ROLE_WORDS)})[^\S\n]+(?P<name>{NAME_SEQ}){_PAREN}(?:,{_APPOS_BODY},)?"
    rf"[^\S\n]+{_AUX}{_ADV}(?P<cue>{CUE_VERB_ALT})\b"
)
"""A name after a lower-case role, then a cue: “…,” Trump campaign spokeswoman Hope Hicks
said; “…,” Blaze co-host Stu Burguiere mused. The mention is the name."""
_NOT_PREP = r"(?!(?:of|for|to|with|by|from|and|or|at|in|on)[^\S\n])"
"""Not a preposition or conjunction: a name after one belongs to another noun ("the widow
of slain commander Ahmed Khalil" is not Ahmed Khalil)."""
_AFTER_NAME_WORD = r"(?:of|from|who|in|at|on|during|after|before|while|when|to|for|with|about|as)"
"""Words that end the phrase naming a speaker after an inverted cue ("said X during …")."""
_NP_END_WORD = (
    r"(?:who|whose|familiar|close|speaking|involved|briefed|with|from|in|at|on|during|after"
    r"|while|when|as)"
)
"""Words that end a description after an inverted cue: a relative clause, an adjective or
participle phrase, or a preposition ("said a senior official familiar with the talks";
not "of": "said the head of the UN mission" is one description)."""
_AFTER_VERB_ROLE_NAME = regex.compile(
    rf"^[^\S\n]*[,.!?;:]?[^\S\n]*(?P<cue>{CUE_VERB_ALT})[^\S\n]+"
    rf"{_ROLE_MODIFIER}{{0,4}}?"
    rf"(?:{trie_pattern(_ROLE_WORDS)})[^\S\n]+(?P<name>{NAME_SEQ})[^\S\n]*"
    rf"(?=[,.;:!?(]|$|[^\S\n]+{_AFTER_NAME_WORD}\b)"
)
"""A cue, then a role before a name: “…,” said Blaze co-host Stu Burguiere; “…,” said
Republican National Committee chairman Reince Priebus. The mention is the name."""
_AFTER_VERB_MENTION = regex.compile(
    rf"^[^\S\n]*[,.!?;:]?[^\S\n]*(?P<cue>{CUE_VERB_ALT})[^\S\n]+{MENTION_ALT}"
)
_AFTER_NP_VERB = regex.compile(
    r"^[^\S\n]*[,.!?;:]?[^\S\n]*"
    r"(?P<desc>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)"
    r"(?:[^\S\n]+[\p{L}\p{N}\-’']+){1,6}?)"
    rf"[^\S\n]+{_AUX}{_ADV}(?P<cue>{CUE_VERB_ALT})\b"
)
_AFTER_VERB_PREFIXED_NAME = regex.compile(
    rf"^[^\S\n]*[,.!?;:]?[^\S\n]*(?P<cue>{CUE_VERB_ALT})[^\S\n]+"
    rf"(?:{_NOT_PREP}[\p{{Ll}}\p{{N}}][\p{{L}}\p{{N}}/\-’']*[^\S\n]+)"
    rf"(?:(?:of[^\S\n]+)?{_NOT_PREP}[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}/\-’'.&]*[^\S\n]+){{0,5}}?"
    rf"(?P<name>{NAME_SEQ})[^\S\n]*(?=[,.;:!?(]|$|[^\S\n]+{_AFTER_NAME_WORD}\b)"
)
"""A cue, then lower-case words (and capitalised ones among them), then a name that ends
the phrase: “…,” said former Massachusetts congressman Barney Frank; “…,” said former tech
executive Carly Fiorina during the debate; “…,” said head of the regional military
administration Oleh Syniehubov. The mention is the name."""
_AFTER_APPOSITIVE_NAME_VERB = regex.compile(
    r"^[^\S\n]*[,.!?;:]?[^\S\n]*"
    r"(?P<desc>(?:[\p{L}\p{N}][\p{L}\p{N}’'\-.]*[^\S\n]+){0,5}[\p{L}\p{N}][\p{L}\p{N}’'\-.]*),"
    rf"[^\S\n]+(?P<name>{NAME_SEQ}){_PAREN},[^\S\n]+{_AUX}{_ADV}(?P<cue>{CUE_VERB_ALT})\b"
)
"""A description, then the name in commas, then the cue: “…,” Sanders's campaign manager,
Jeff Weaver, said; “…,” his wife, Gabriela Lazar, wrote. The mention is the name."""
_AFTER_VERB_NP = regex.compile(
    r"^[^\S\n]*[,.!?;:]?[^\S\n]*(?!(?:call|describ|referr|cit)\w*[^\S\n])"  # no naming cue
    rf"(?P<cue>{CUE_VERB_ALT})[^\S\n]+"
    r"(?P<desc>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:[^\S\n]+[\p{L}\p{N}\-’']+){1,5}?)[^\S\n]*(?=[,.;:!?]|$)"
)
_INVERTING_CUE = trie_pattern(
    [
        f
        for lemma in (
            "say",
            "add",
            "write",
            "ask",
            "explain",
            "note",
            "recall",
            "reply",
            "warn",
            "insist",
            "argue",
            "admit",
            "continue",
            "conclude",
            "state",
        )
        for f in REPORTING_VERBS[lemma]
        if not f.endswith("ing")
    ]
)
"""The cues that come before their speaker after a quote (“…,” said X), for the pattern
that cuts a description at a clause; not "described" or "called", whose object follows."""
_AFTER_VERB_NP_CUT = regex.compile(
    rf"^[^\S\n]*[,.!?;:]?[^\S\n]*(?P<cue>{_INVERTING_CUE})[^\S\n]+"
    r"(?![Aa][^\S\n]+(?:lot|bit|little|great[^\S\n]+deal)\b)"  # “…” says a great deal about
    r"(?P<desc>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:[^\S\n]+[\p{L}\p{N}\-’']+){1,6}?)"
    r"(?<!ed)"  # not a participle: "the family of a soldier killed in Bakhmut"
    rf"(?=[^\S\n]+{_NP_END_WORD}\b)"
)
"""A cue, then a description that opens with an article and ends where a clause or phrase
about it starts: “…,” said one of the witnesses who saw it; “…,” said one well-connected
Democrat familiar with the talks. (A description that runs to a punctuation mark is
:data:`_AFTER_VERB_NP`'s.)"""
_AFTER_DASH = regex.compile(
    rf"^[^\S\n]*[—–―-]{{1,2}}[^\S\n]*(?P<name>{NAME_SEQ})[^\S\n]*(?:[,.(]|$)"
)
_MANNER_WORD_RE = re.compile(trie_pattern(MANNER_VERBS))
"""A cheap test before :data:`_AFTER_MANNER`, which most quotes fail."""
_AFTER_MANNER = regex.compile(
    r"^[^\S\n]*[,.!?;:]?[^\S\n]*(?:(?:[Aa]n?|[Tt]he)[^\S\n]+\p{Ll}+[^\S\n]+(?=\p{Lu}))?"
    rf"{MENTION_ALT}[^\S\n]+{_ADV}"
    rf"(?P<cue>{trie_pattern(MANNER_VERBS)})[^\S\n]*(?:[.,;]|$)"
)
_AFTER_ACCORDING = regex.compile(
    rf"^[^\S\n]*[,.]?[^\S\n]*(?P<cue>according[^\S\n]+to)[^\S\n]+{MENTION_ALT}"
)

# 2. before the quote, in its sentence --------------------------------------------------
# Patterns anchored at the end of their window carry (?r): the regex engine then searches
# backwards from the quote, one attempt instead of one per character of the window, and
# finds the cue nearest the quote ("a passage from a report by X" gives "report by X").
# Where the window's end is the only place the pattern can end, ``match`` is used: a
# reverse match is anchored there and makes the one attempt without the search loop.
_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!\b{d} )" for d in ("the", "The", "a", "A", "an", "this", "his", "her", "its", "their")
)
"""Fixed-width look-behinds for a determiner before a cue word: then it is a noun ("called
the report “a pack of lies”", "his claims that …"), not a verb."""
_CUE_FIRST = "".join(sorted({re.escape(f[0]) for f in verb_forms()}))
_CUE_RE = re.compile(
    rf"(?=[{_CUE_FIRST}])(?<![^\W\d_])(?<!-){_NOT_AFTER_DETERMINER}(?:{CUE_VERB_ALT})\b"
)
"""A reporting verb not glued to a word before it, nor after a determiner. Searched on
every quote's window, so compiled with ``re``, whose fixed-width lookbehind is cheaper
here than ``regex``'s; the look-ahead for a verb's first letter spares the eleven
look-behinds at most positions (about a fifth faster)."""
_MENTION_BEFORE_CUE = compile_backwards(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-.]){MENTION_ALT}{_PAREN_COMMA}{_APPOSITIVE}[^\S\n]+{_AUX}{_ADV}\Z"
)
"""A mention (and appositive) ending right before a cue; searched backwards from the cue,
so one attempt per cue instead of one per character of the window."""
_MENTION_NEXT_TO_CUE = compile_backwards(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-.]){MENTION_ALT}[^\S\n]+{_AUX}{_ADV}\Z"
)


_MENTION_WHO_CUE = compile_backwards(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-.]){MENTION_ALT}{_PAREN}(?P<comma>,)?[^\S\n]+who[^\S\n]+{_AUX}{_ADV}\Z"
)
"""A mention and "who" right before a cue: "Mike Lee, who declared …" (Lee speaks)."""


_COUNT_DET = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ome|[Mm]any"
    r"|[Ss]everal|\d+)"
)
"""Words that open a description of people: an article, a number, "some", "several"."""
_DET_START_RE = regex.compile(rf"(?:{_COUNT_DET}|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[^\S\n]")
_DET_INSIDE_RE = regex.compile(rf"(?r)(?:^|[^\S\n])(?P<det>{_COUNT_DET}[^\S\n])")


def _who_description(m: regex.Match[str], offset: int) -> tuple[str, int] | None:
    """The description before "who" from its last determiner, when words before it were
    taken in: "three residents" of "Reuters interviewed three residents who said"."""
    desc = m.group("desc")
    if not desc:
        return None
    d = _DET_INSIDE_RE.search(desc)
    if d is None or d.start("det") == 0 or len(desc[d.start("det") :].split()) > 3:
        return None
    return desc[d.start("det") :], offset + m.start("desc") + d.start("det")


def _who_names(m: regex.Match[str]) -> bool:
    """Whether a mention before "who" names someone: a description that opens with a
    determiner or is one word ("three residents who said"; not "Reuters interviewed three
    residents"), a name after a comma ("Lynch, who told") or of two words or more
    ("Rikkie Wells who tweeted"); not a pronoun or one capitalised word without a comma
    ("Candidates who think …": a plural noun opening a sentence)."""
    if m.group("pron"):
        return False
    desc = m.group("desc")
    if desc:  # "three residents who said"; not "Reuters interviewed three residents" nor
        # "The UN envoy met Hamas officials" (a verb among the words is not told apart)
        words = len(desc.split())
        return words == 1 or (words <= 3 and _DET_START_RE.match(desc) is not None)
    if m.group("comma"):
        return True
    return len(_mention(m, 0)[0].split()) >= 2  # type: ignore[index]


_QUOTE_IN_TAIL = regex.compile(r"[“”\"]")
_MAX_TAIL = 150
_TAIL_WORD_RE = re.compile(r"[^\W_]+")
_NOUN_CUE_RE = regex.compile(rf"\b(?:{CUE_NOUN_ALT})\b")
_NOUN_BY_MENTION = regex.compile(rf"[^\S\n]+(?:by|from|in|of)[^\S\n]+{MENTION_ALT}")
"""After a speech noun: "a statement by X", "reports in state media"."""
_BEFORE_ACCORDING = compile_backwards(
    r"(?r)"
    rf"(?P<cue>[Aa]ccording[^\S\n]+to)[^\S\n]+{MENTION_ALT}[^\S\n]*(?P<punct>[,:])[^“”\"]{{0,60}}$"
)
_BEFORE_POSSESSIVE = compile_backwards(
    r"(?r)"
    rf"(?P<name>{NAME_SEQ})[’']s?[^\S\n]+(?:\p{{Ll}}+[^\S\n]+){{0,2}}(?P<cue>{CUE_NOUN_ALT})\b"
    rf"(?P<tail>[^“”\"]{{0,60}}?)[^\S\n]*(?P<punct>[:,]?)[^\S\n]*$"
)

_SUBJECT_RE = regex.compile(
    r"[^\S\n]*(?:(?:And|But|So|Then|Later|Earlier|Still|Now|Meanwhile)(?:[^\S\n]+then)?"
    r"[^\S\n]*,?[^\S\n]+)?"
    rf"{MENTION_ALT}{_PAREN}{_APPOSITIVE}(?=[^\S\n]+\p{{Ll}})"
)
"""The subject at the start of a sentence, before a lower-case word: the speaker of a
cue that has no mention next to it ("Trump then appears in a clip, saying, “…”")."""
_CUE_OBJECT = (
    r"[^\S\n]+(?:reporters|supporters|voters|the[^\S\n]+(?:crowd|audience|room)|him|her|them|us"
    r"|(?:his|her|their)[^\S\n]+(?:supporters|followers|audience|listeners|members))"
)
"""Whom a cue addresses before a comma: "told his supporters, “…”", "telling the crowd, “…”"."""
_BEFORE_CUE_ONLY = compile_backwards(
    r"(?r)"
    rf"\b(?P<cue>(?i:{CUE_VERB_ALT})|read)\b"
    rf"(?:(?:{_CUE_OBJECT}|[^\S\n]+(?:on|in|at)[^\S\n]+[^,:“”\"]{{1,40}})?[^\S\n]*[,:]|[^\S\n]*)[^\S\n]*$"
)

# 3. elsewhere in the sentence ------------------------------------------------------------
# 4. the line before --------------------------------------------------------------------
_LINE_CUE = compile_backwards(
    r"(?r)"
    rf"(?<![\p{{L}}\p{{N}}’'\-.]){MENTION_ALT}{_APPOSITIVE}[^\S\n]+{_AUX}{_ADV}"
    rf"(?P<cue>{CUE_VERB_ALT})\b[^:“”\"]{{0,80}}?:[^\S\n]*$"
)
"""A line ending in a colon, with a mention and a cue before it and no quote mark between
("She went on to say:"; not the "Kovalenko said" of a quote earlier in the line), the cue
nearest the colon ("… Olena asked. Her husband answered:" gives her husband)."""
_LINE_NOUN = compile_backwards(
    r"(?r)"
    rf"(?:(?P<cue>{CUE_NOUN_ALT})[^\S\n]+(?:by|from|of|in)[^\S\n]+{MENTION_ALT}"
    rf"|(?<![\p{{L}}\p{{N}}’'\-.])(?P<name2>{NAME_SEQ})[’']s?[^\S\n]+(?:\p{{Ll}}+[^\S\n]+){{0,2}}"
    rf"(?P<cue2>{CUE_NOUN_ALT})\b)"
    r"[^:]{0,100}:[^\S\n]*$"
)
_ANY_NOUN_RE = re.compile(CUE_NOUN_ALT)
_ANY_CUE_RE = re.compile(rf"(?:{CUE_VERB_ALT})\b")
"""Cheap ``re`` checks that a window holds a speech noun or verb at all, before the
reverse patterns that need one run on it."""
_LINE_FROM = regex.compile(
    rf"^(?:And[^\S\n]+)?(?:[Ff]rom)[^\S\n]+(?P<name>{NAME_SEQ})[^\S\n]*:[^\S\n]*$"
)

# indirect speech ----------------------------------------------------------------------------
_LISTENER = (
    r"(?:reporters|journalists|him|her|them|us|me|the[^\S\n]+\p{Ll}+"
    r"|\p{Lu}[\p{L}.]+(?:[^\S\n]+\p{Lu}[\p{L}.]+){0,2}"
    # "told the Kyiv Independent that": a named outlet, before "that" only
    r"|the[^\S\n]+\p{Lu}[\p{L}.]+(?:[^\S\n]+\p{Lu}[\p{L}.]+){0,2}(?=[^\S\n]+that\b))"
)
_NOT_CLAUSE = (
    r"(?:in|on|at|to|by|for|with|of|about|and|but|so|it|this|as|after|before|during|from"
    r"|over|the[^\S\n]+\p{Ll}+[^\S\n]+(?:of|in)"
    # "said a few words", not "said a boy was killed", "said a drone struck the village"
    r"|(?:a|an)(?![^\S\n]+(?:(?!(?:who|whom|whose|which|that|into|to|for|with|by|from|at"
    r"|on|about)\b)[\p{L}\p{N}\-]+[^\S\n]+){1,3}?"
    r"(?:was|were|had|has|is|are|would|will|could|\p{Ll}{2,}ed|struck|hit|fell|shot)\b))"
)
_SUBJECT_WORD = (
    r"(?:he|she|they|it|we|I|you|there|the|a|an|this|these|those|his|her|their|its|our|no"
    r"|some|many|most|all|\p{Lu}\S*)\b"
)
"""A word that can open a clause's subject (after "that": "that the front was stable")."""
_NUMBER_WORDS = (
    *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand"),
    *("thousands", "dozens", "several", "both", "each", "every", "none", "nobody"),
    "everyone",
)
_THAT_SUBJECT_WORD = (
    rf"(?:{_SUBJECT_WORD}|(?:{trie_pattern(_NUMBER_WORDS)}|{trie_pattern(ROLE_NOUNS)})\b(?![\-’'])"
    # a bare noun phrase and its verb ("said on Telegram that rescue workers were …")
    r"|\p{Ll}[\p{Ll}\-]*(?:[^\S\n]+\p{Ll}[\p{Ll}\-]*){0,2}[^\S\n]+"
    r"(?:had|has|have|was|were|is|are|would|will|could|remained|remains)\b)"
)
"""After a phrase and "that", also a count or people ("said in a statement that two
citizens had been detained", "that residents were tired"), whole words only (not "that
two-day summit"), or a bare noun phrase right before a verb ("that rescue workers were
still searching"): a "that" so followed opens a clause. Without "that" such a word is as
often the verb's object ("wrote hundreds of songs"), so only here."""
_NOT_BARE_CLAUSE = (
    r"(?:when[^\S\n]+(?:asked|pressed|questioned)|whil(?:e|st)[^\S\n]+\p{Ll}+ing)\b"
    rf"(?:(?!\bthat[^\S\n]+{_SUBJECT_WORD})[^,.;:!?\n])*(?:[.;:!?]|$)"
)
"""What follows a reporting verb without "that" and is no reported clause: a participle
phrase that runs to the sentence's end with no clause after a comma ("told reporters when
asked about …", "said while visiting …"). Not "said while Russian forces had pulled back,
they …" nor "said when asked to surrender, the garrison refused"; after "that" it is a
clause ("said that while he …")."""
_IND_CUE_RE = re.compile(rf"(?<![^\W\d_])(?<!-){_NOT_AFTER_DETERMINER}(?:{INDIRECT_VERB_ALT})\b")
_LEAD_CONNECTIVES = "But|And|Yet|So|Still|Now|Meanwhile|However"
"""Capitalised connectives that may open a sentence before its subject."""
_LEAD_CONNECTIVE = rf"(?:(?:{_LEAD_CONNECTIVES}),?[^\S\n]+)"
_IND_ROLE_PREFIX = (
    rf"(?P<rolepre>(?:(?!(?:{_LEAD_CONNECTIVES}|Or|Then)\b)"
    r"\p{Lu}[\p{L}\p{M}’'\-.]*[^\S\n]+){0,3}(?:\p{Ll}[\p{Ll}\-]*[^\S\n]+){0,2}"
    rf"(?:{ROLE_ALT}))[^\S\n]+(?=\p{{Lu}})|"
)
"""The words of a role before a name that opens a sentence: "Kremlin spokesman" of
"Kremlin spokesman Dmitry Peskov said the operation would continue"."""
_IND_ANCHOR = (
    rf"(?:^{_LEAD_CONNECTIVE}?|(?<=[,;][^\S\n])|(?<=\b(?:and|but|while|as|because|when|although|though|whereas)"
    r"[^\S\n]))"
)
_IND_MENTION = compile_backwards(rf"(?r){_IND_ANCHOR}{MENTION_ALT}[^\S\n]+{_AUX_IND}{_ADV}\Z")
"""The subject of a reporting verb that leads indirect speech, right before it: at the
sentence's start (after a connective at most: "But the ministry said …") or after a comma
or a conjunction."""
_IND_MENTION_LONG = compile_backwards(
    rf"(?r)(?:^{_LEAD_CONNECTIVE}?"
    rf"(?:{_IND_ROLE_PREFIX})|{_IND_ANCHOR})"
    rf"{MENTION_ALT}{_APPOSITIVE}[^\S\n]+{_AUX_IND}{_ADV}\Z"
)
"""The same, after a role at the sentence's start ("Kremlin spokesman Dmitry Peskov
said") or with an appositive before the verb ("Oleksiy Danilov, secretary of the security
council, said"); tried only when the short form fails and :data:`_APPOS_END_RE` or
:data:`_ROLE_LEAD_RE` finds what it needs."""
_APPOS_END_RE = regex.compile(r",[^\S\n]*(?:\p{Ll}+[^\S\n]+){0,2}\Z")
_ROLE_LEAD_RE = regex.compile(
    rf"{_LEAD_CONNECTIVE}?"
    r"(?:\p{Lu}[\p{L}\p{M}’'\-.]*[^\S\n]+){0,3}(?:\p{Ll}[\p{Ll}\-]*[^\S\n]+){0,2}"
    rf"(?:{ROLE_ALT})[^\S\n]+\p{{Lu}}"
)
"""What :data:`_IND_MENTION_LONG` needs to find anything: an appositive's comma before the
verb, or a role then a capital at the sentence's start."""
_CONTENT = r"(?:[^.!?;]|\.(?=[\p{L}\p{N},])|(?<=(?:^|[^\p{L}])\p{Lu})\.)"
"""A character of a clause: a period only inside an abbreviation ("the U.S.-led") or
after a single capital ("the U.S. talks", "John F. Kennedy")."""
_PARTICIPLE_THEN_THAT = (
    r"[^\S\n]+(?:when[^\S\n]+(?:asked|pressed|questioned)|whil(?:e|st)[^\S\n]+\p{Ll}+ing)\b"
    r"[^,.;:!?\n“”\"]{0,100}?[^\S\n]+(?P<that>that[^\S\n]+)"
    rf"(?={_SUBJECT_WORD})"
)
"""A participle phrase between a reporting verb and the "that" of its clause, which opens
with a subject: "said while visiting troops in the east that the front was stable" (not
"said while visiting the front that was shelled": a relative clause)."""
_CLAUSE_VERB = (
    r"(?:had|has|have|was|were|is|are|would|will|could|can|may|might|did|does|do|must"
    r"|should|remained|remains)\b"
)
"""An auxiliary or a verb that shows a clause has begun: "said it had", "said 30 people
had been killed"."""
_CLAUSE_LEAD = (
    rf"(?:(?:it|this)[^\S\n]+{_CLAUSE_VERB}"
    r"|(?:at[^\S\n]+least|more[^\S\n]+than|about|nearly|almost|around|up[^\S\n]+to|over)"
    r"[^\S\n]+\p{N}"
    r"|\p{N}[\p{N},.]*(?![^\S\n]+(?:days?|weeks?|months?|years?|hours?|minutes?)[^\S\n]+"
    r"(?:ago|later|earlier|before|after)\b)"
    rf"(?:[^\S\n]+[\p{{L}}\p{{N}}\-]+){{1,5}}?[^\S\n]+{_CLAUSE_VERB})"
)
"""A clause that opens with what is otherwise an object or a preposition: "it" or "this"
before a verb ("said it had repelled the attack", not "said it best"), or a count ("said
at least 30 people had been killed", "said 30 people had been killed")."""
_PREP_THEN_THAT = (
    r"[^\S\n]+(?:in|on|at|during|via|through|from|after|before)[^\S\n]+"
    r"[^,.;:!?\n“”\"]{1,60}[^\S\n]+(?P<that>that[^\S\n]+)"
    rf"(?={_THAT_SUBJECT_WORD}|{_CLAUSE_LEAD})"
)
"""A phrase between a reporting verb and the "that" of its clause, which opens with a
subject: "said in a statement that the proposal fell short", "said on Telegram that". The
last such "that" (greedy): in "said in a statement that it issued on Sunday that the talks
had stalled" the first is a relative pronoun."""
_IND_AFTER = regex.compile(
    rf"(?!{_WHEN_PHRASE}[^\S\n]+{_NOT_BARE_CLAUSE})"  # not even after a time ("said late
    rf"{_WHEN}(?:{_PARTICIPLE_THEN_THAT}|{_PREP_THEN_THAT}"  # Monday while …")
    rf"|[^\S\n]+(?:(?P<that>that[^\S\n]+)|(?!{_NOT_BARE_CLAUSE})))"
    rf"(?P<content>(?:(?={_CLAUSE_LEAD})"  # after "that", a clause however it opens
    rf"|(?(that)|(?!{_NOT_CLAUSE}\b)(?!\S+[^\S\n]+to[^\S\n]+\p{{Ll}}))(?=\p{{L}}))"
    rf"[\p{{L}}\p{{N}}]{_CONTENT}{{15,400}}[.!?]?)"
)
"""After a reporting verb: an optional time or phrase, an optional "that", then the clause
(not a preposition, not an object with a to-infinitive: "told Bush to quiet down")."""
_IND_LISTENER = regex.compile(rf"[^\S\n]+{_LISTENER}(?=[^\S\n])")
_CLAUSE_START = regex.compile(rf"(?:that\b|{_CLAUSE_LEAD}|{_SUBJECT_WORD})")
_BARE_CLAUSE_VERBS = frozenset(
    {"say", "says", "said", "tell", "tells", "told", "add", "adds", "added"}
)
"""Verbs whose clause often comes without "that"; the others need "that" or a clause that
visibly starts with a subject ("confirmed there were", not "claimed responsibility")."""
_FINITE_VERB_RE = regex.compile(
    r"\b(?:had|has|have|was|were|is|are|would|will|could|can|may|might|did|does|do|must"
    r"|should|shall|remained|remains|\p{Ll}{2,}ed|fled|shot|hit|struck|took|gave|made|went|came"
    r"|left|lost|won|held|kept|led|fell|broke|sent|built|fought|sought|stood|saw|knew|began"
    r"|became|told|said|\p{Ll}+n[’']t)\b"
)
"""A word that shows a verb in what follows a reporting verb without "that": in
"confirmed the soldiers were killed" there is one, in "reported the attack on Monday"
(an object, not a clause) there is none."""
_PRONOUN_SUBJECT_RE = regex.compile(r"(?:that|he|she|they|we|I)\b")
"""A clause's start that no object has: "that", a subject pronoun ("claims he's worth")."""
_ACCORDING_RE = regex.compile(r"\b[Aa]ccording[^\S\n]+to\b")
_ACCORDING_INDIRECT = regex.compile(
    rf"^(?P<cue>[Aa]ccording[^\S\n]+to)[^\S\n]+{MENTION_ALT}[^,]{{0,60}},[^\S\n]+"
    rf"(?P<content>\p{{L}}{_CONTENT}{{15,400}}[.!?]?)"
)

_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "st",
        "jr",
        "sr",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "co",
        "corp",
        "vs",
        "prof",
        "rev",
        "adm",
        "capt",
        "sgt",
        "maj",
        "cmdr",
        "brig",
        "cpl",
        "pvt",
        "ft",
        "mt",
        "e.g",
        "i.e",
        "u.s",
        "u.n",
        "u.k",
        "d.c",
        "a.m",
        "p.m",
    ]
)
_BOUNDARY_RE = regex.compile(
    r"[.!?…][”’\"')\]»“]?[^\S\n]+(?=[“‘\"'(\[]?\p{Lu}|[«„‹][^\S\n]?\p{Lu})"
)
"""End punctuation, an optional closing mark, spaces, then a capital: a sentence starts."""
_ON_X_RE = regex.compile(r"(?r)\b(?:on|via)[^\S\n]+X$")
"""The platform X before a full stop ("wrote in a post on X. He said …"): no initial."""
_WORD_BEFORE_RE = regex.compile(r"(?r)[\p{L}.]+$")
"""The word before a period. Searched backwards from the period: the same longest run of
letters and dots that a forward search finds, in one attempt instead of one per character."""


@dataclass(frozen=True, slots=True)
class Found:
    """A mention and cue found for a quote, with the sieve that found them."""

    mention: str | None
    mention_start: int | None
    cue: str | None
    cue_start: int | None
    sieve: str
    introduced: bool = False
    antecedent: str | None = None
    """For a pronoun mention: the name it stands for when its own sentence gives it."""
    antecedent_start: int | None = None
    role: str | None = None
    """The role the sieve read with the mention (the non-English sieves give it)."""
    antecedent_weak: bool = False
    """The antecedent is a guess that a fitting person quoted before overrides."""


class Sentences:
    """Sentence boundaries of one text, computed once per paragraph.

    Args:
        text: The document text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[tuple[int, int], list[int]] = {}

    def starts(self, start: int, end: int) -> list[int]:
        """Sentence start offsets in the paragraph ``text[start:end]``."""
        key = (start, end)
        got = self._cache.get(key)
        if got is not None:
            return got
        out = [start]
        text = self.text
        for m in _BOUNDARY_RE.finditer(text, start, end):
            p = m.start()
            if text[p] == ".":
                w = _WORD_BEFORE_RE.search(text, max(start, p - 12), p)
                if w:
                    word = w.group().lower()
                    if word in _ABBREV or (
                        len(word) == 1 and word.isalpha() and not _ON_X_RE.search(text, start, p)
                    ):
                        continue
            out.append(m.end())
        self._cache[key] = out
        return out

    def bounds(self, pos: int, para_start: int, para_end: int) -> tuple[int, int]:
        """The sentence around ``pos`` in its paragraph, as (start, end)."""
        starts = self.starts(para_start, para_end)
        k = bisect.bisect_right(starts, pos)
        s = starts[k - 1] if k else para_start
        e = starts[k] if k < len(starts) else para_end
        return s, e


def _mention(m: regex.Match[str], offset: int) -> tuple[str, int] | None:
    for g in ("pron", "name", "name3", "desc", "name2"):
        try:
            val = m.group(g)
        except IndexError:
            continue
        if val:
            return val, offset + m.start(g)
    return None


def _cue(m: regex.Match[str], offset: int) -> tuple[str | None, int | None]:
    for g in ("cue", "cue2"):
        try:
            val = m.group(g)
        except IndexError:
            continue
        if val:
            return val, offset + m.start(g)
    return None, None


def _found(m: regex.Match[str], offset: int, sieve: str, *, introduced: bool = False) -> Found:
    men = _mention(m, offset)
    cue, cue_start = _cue(m, offset)
    return Found(
        men[0] if men else None,
        men[1] if men else None,
        cue,
        cue_start,
        sieve,
        introduced,
    )


_AFTER_QUOTED_AS = regex.compile(
    r"^[^\S\n]*[,.!?]?[^\S\n]*(?P<gap>[^,.;:!?\n“”\"]{1,80}?)[^\S\n]+(?:quoted|cited)[^\S\n]+"
    rf"(?:(?P<name3>{NAME_SEQ})|(?P<desc>{DESCRIPTIVE})){_APPOSITIVE}"
    r"[^\S\n]+as[^\S\n]+(?P<cue>saying|telling|stating)\b"
)
"""The wire convention after a quote: “…,” the Interfax news agency quoted Denis Pushilin
as saying (the speaker is the one quoted, not the agency)."""
_AFTER_PATTERNS: tuple[tuple[regex.Pattern[str], str, bool], ...] = (
    (_AFTER_QUOTED_AS, "after_quoted_as", False),
    (_AFTER_MENTION_VERB, "after", False),
    (_AFTER_ROLE_NAME_VERB, "after_role", False),
    (_AFTER_APPOSITIVE_NAME_VERB, "after_appositive", False),  # see _AFTER_CHECKS
    (_AFTER_VERB_ROLE_NAME, "after_inverted_role", True),
    (_AFTER_VERB_MENTION, "after_inverted", True),
    (_AFTER_VERB_NP, "after_inverted_np", True),
    (_AFTER_VERB_NP_CUT, "after_inverted_np", True),
    (_AFTER_VERB_PREFIXED_NAME, "after_inverted_prefixed", True),
    (_AFTER_NP_VERB, "after_np", False),
    (_AFTER_ACCORDING, "after_according", False),
    (_AFTER_DASH, "after_dash", False),
)
"""Sieve 1's patterns in order, each with whether it needs the cue right at the start (after
the spaces and the one punctuation mark every pattern allows there)."""
_LEAD_RE = re.compile(r"[^\S\n]*[,.!?;:]?[^\S\n]*")


def _titled_or_full(name: str) -> str | None:
    """The name without its titles when it has a title or two words or more (as a
    person's name in commas does), else None."""
    bare, title = strip_title(name)
    return bare if title is not None or len(bare.split()) >= 2 else None


def _is_appositive_name(m: regex.Match[str]) -> bool:
    """Whether the name in commas after a description is a person's ("his wife, Gabriela
    Lazar, wrote"), and not the country after a place ("a resident of Mariupol, Ukraine,
    said"). After a place ("the governor of Donetsk, Vadym Filashkin, said") a listed given
    name or a title tells a person from a region."""
    return _appositive_name(m.group("name"), m.group("desc")) is not None


def _appositive_name(name: str, desc: str | None) -> str | None:
    """``name``, without its titles, when it names the person a description before it
    describes: titled, of two words or more, or a listed given name alone ("her husband,
    Mykola"); after a place in the description, only with a title or a listed given name
    (not "a resident of Mariupol, Ukraine"); never an organisation."""
    bare, title = strip_title(name)
    tokens = bare.split()
    if not tokens or is_organisation(bare):
        return None
    given = given_name_gender(tokens[0]) is not None
    if title is None and len(tokens) < 2 and not given:
        return None
    if desc and _RELATED_DESC_RE.search(desc) and title is None and not given:
        return None  # "a nurse at al-Shifa Hospital, Gaza City", "a spokesman for the
        # militia, Kataib Hezbollah": the place or the group, not a person
    return bare


_RELATED_DESC_RE = regex.compile(
    r"(?:^|[^\S\n])(?:of|from|in|at|near|outside|for|with)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:\S*\p{Lu}|[\p{Ll}\-]+[^\S\n]*$)"
)
"""A description that relates its person to a place or a group ("a nurse at al-Shifa
Hospital", "a spokesman for the militia"): the name in commas after it may be the place's
or the group's, so only a title or a listed given name shows a person."""


_OF_RE = regex.compile(r"[^\S\n]+of\b")


_OF_HEAD_RE = regex.compile(r"([\p{L}\-]+)[^\S\n]+of[^\S\n]")
_PERSON_NOUNS = frozenset(ROLE_NOUNS) - ORG_WORDS - SPEECH_THING_NOUNS


def _prefixed_person(m: regex.Match[str]) -> bool:
    """Whether the name a phrase with "of" ends in is the speaker: "said head of the
    regional administration Oleh Syniehubov", "said master of ceremonies Asab Al-Tabchi";
    not an organisation ("said the head of the Ukrainian Armed Forces") nor a person the
    phrase relates the speaker to: a person noun right before the name ("the widow of slain
    commander Ahmed Khalil") or a kinship before "of"; nor an organisation's first word
    before its "of" ("said a Ministry of Defence spokesperson")."""
    if " of " not in m.group():
        return not (
            is_organisation(m.group("name")) and _OF_RE.match(m.string, m.end("name")) is not None
        )
    head = _OF_HEAD_RE.search(m.group())
    before = m.string[: m.start("name")].split()
    return (
        head is not None
        and head.group(1).lower() in OF_TITLE_HEADS
        and _titled_or_full(m.group("name")) is not None
        and not is_organisation(m.group("name"))
        and not (before and before[-1].lower() in _PERSON_NOUNS)
        and KIN_OF_RE.search(m.group()) is None
    )


def _name_after_of(found: Found) -> Found:
    """A name of three words or more that ends a title phrase with "of" keeps its last
    two: the word before them is the phrase's object ("said a member of the Knesset Yuli
    Edelstein", "said the head of security of Kharkiv Oblast Roman Semenukha")."""
    mention, start = found.mention, found.mention_start
    if mention is None or start is None or len(mention.split()) < 3:
        return found
    cut = mention.rstrip().rfind(" ", 0, mention.rstrip().rfind(" ")) + 1  # the last two words
    return replace(found, mention=mention[cut:], mention_start=start + cut)


def _not_before_named_of(m: regex.Match[str]) -> bool:
    """Whether a description after an inverted cue is the speaker, and not the start of a
    phrase that ends in a name: in “…,” said head of the regional administration Oleh
    Syniehubov, the speaker is the name (read by the next patterns)."""
    desc = m.group("desc")
    if not desc or not (_OF_RE.match(m.string, m.end()) or " of " in desc):
        return True
    named = _AFTER_VERB_PREFIXED_NAME.match(m.string)
    return named is None or not _prefixed_person(named)


def _quoted_as_first(m: regex.Match[str]) -> bool:
    """Whether "quoted Y as saying" is the quote's first attribution: no cue of its own
    before it (“…,” the sergeant said as a paper quoted his commander as saying …)."""
    return _CUE_RE.search(m.group("gap")) is None


_AFTER_CHECKS = {
    "after_quoted_as": _quoted_as_first,
    "after_appositive": _is_appositive_name,
    "after_inverted": _not_before_named_of,
    "after_inverted_np": _not_before_named_of,
    "after_inverted_prefixed": _prefixed_person,
}
"""Sieve 1 patterns whose match must also pass a check; a match that fails it lets the
next pattern try."""
_ROLE_WORD_SET = frozenset(_ROLE_WORDS)
_ROLE_FIRST_PATTERNS = (_AFTER_ROLE_NAME_VERB, _AFTER_VERB_ROLE_NAME)


def _opens_with_role(window: str) -> bool:
    """Whether a role word (:data:`_ROLE_WORDS`) is one of the first words of ``window``,
    as the patterns that read a role before a name need: they take it as a whole word,
    after the cue and four other words at most ("said Blaze co-host Stu Burguiere"). A
    cheap test that passes whenever they can match; most windows fail it."""
    return any(w.lstrip(",.!?;:") in _ROLE_WORD_SET for w in window.split(None, 9)[:9])


def find_after(text: str, end: int, limit: int) -> Found | None:
    """Sieve 1: attribution right after a quote ending at ``end`` (up to ``limit``)."""
    stop = min(limit, end + _WIN_AFTER)
    window = text[end:stop]
    head = window.lstrip(" \t\xa0,.!?;:")
    if not head or not (head[0].isalnum() or head[0] in _DASHES):
        return None  # the quote ends its paragraph or is followed by other marks
    if _CUE_RE.search(window) is None and "ccording" not in window:
        m = _AFTER_DASH.match(window)  # only a dash attribution needs no cue
        if m is None:  # or a manner-of-speaking verb that ends its clause (“…?” Hannity pressed.)
            m = _AFTER_MANNER.match(window) if _MANNER_WORD_RE.search(window) else None
            return _found(m, end, "after_manner") if m else None
        return _found(m, end, "after_dash")
    lead = _LEAD_RE.match(window).end()  # type: ignore[union-attr]
    first = _CUE_RE.match(window, lead)
    # a gerund after a quote opens a phrase about it (“…,” referring to the Islamic
    # State), never an inversion like “…,” said the minister
    inverted = first is not None and not first.group().split()[0].endswith("ing")
    quoted_as = "quoted " in window or "cited " in window
    role_first: bool | None = None  # _opens_with_role(window), once a pattern needs it
    for pat, name, needs_cue_first in _AFTER_PATTERNS:
        if needs_cue_first and not inverted:
            continue  # the cue must come first and does not: skip the pattern
        if pat is _AFTER_QUOTED_AS and not quoted_as:
            continue
        # what a pattern cannot match without, tested without it
        if pat in _ROLE_FIRST_PATTERNS:
            if role_first is None:
                role_first = _opens_with_role(window)
            if not role_first:
                continue
        if pat is _AFTER_APPOSITIVE_NAME_VERB and window.count(",") < 2:
            continue  # the name in commas
        if pat is _AFTER_ACCORDING and "according" not in window:
            continue
        m = pat.match(window)  # every pattern here is anchored at the start
        check = _AFTER_CHECKS.get(name)
        if m and (check is None or check(m)):
            found = _appositive_person(m, end, _found(m, end, name))
            if name == "after_inverted_prefixed" and " of " in m.group():
                found = _name_after_of(found)
            if needs_cue_first and m.groupdict().get("desc"):
                found = _named_after_description(window, m, end, found)
            if name == "after_according":
                found = _according_whole(text, found)
            return _past_anonymity(text, found)
    return None


_NAME_AFTER_DESC_RE = regex.compile(
    r"(?P<of>[^\S\n]+(?:of|for|at|in)[^\S\n]+[^,.;:!?\n“”\"]{1,60}?)?"
    rf",[^\S\n]*(?P<name>{NAME_SEQ})[^\S\n]*(?=[,.;:!?]|$)"
)
"""After a description read after an inverted cue, a name in commas, after the rest of
the description at most: “…,” said the head of the regional administration, Vadym
Filashkin."""


def _named_after_description(window: str, m: regex.Match[str], end: int, found: Found) -> Found:
    """``found``, or the person named in commas after the description an inverted cue
    gives: in “…,” said the defence minister, Ana Ruiz. the speaker is Ana Ruiz and the
    description is her role (not in "a resident of Mariupol, Ukraine": a place)."""
    after = _NAME_AFTER_DESC_RE.match(window, m.end())
    if after is None:
        return found
    desc = (m.group("desc") + (after.group("of") or "")).strip()
    if _appositive_name(after.group("name"), desc) is None:
        return found
    return replace(
        found,
        mention=after.group("name"),
        mention_start=end + after.start("name"),
        role=desc,
    )


def _as_person(found: Found, name: str, start: int, *, role: str | None = None) -> Found:
    """``found`` with ``name`` (at ``start``) as its mention when the name is a person's
    (titled, or two words or more, and no organisation); else ``found`` unchanged."""
    if _appositive_name(name, found.mention) is None:
        return found
    return replace(found, mention=name, mention_start=start, role=role or found.role)


def _mention_before(text: str, lo: int, cue_start: int, pat: regex.Pattern[str]):
    """Match ``pat`` (a reverse pattern anchored at its end) on the text before a cue."""
    w_lo = max(lo, cue_start - 2 * _WIN)
    # a window that starts inside a word starts after it: "gn manager" of "campaign
    # manager" is no mention (the patterns' look-behinds cannot see before the slice)
    while (
        0 < w_lo < cue_start
        and text[w_lo].isalnum()
        and (text[w_lo - 1].isalnum() or text[w_lo - 1] in "’'-.")
    ):
        w_lo += 1
    m = pat.search(text[w_lo:cue_start])
    return (m, w_lo) if m else None


def _from_parts(
    m: regex.Match[str],
    m_off: int,
    cue: regex.Match[str],
    sieve: str,
    *,
    introduced: bool = False,
    text: str | None = None,
    sent_start: int = 0,
    things: bool = True,
) -> Found:
    """A :class:`Found` from a mention match ``m`` (on a window starting at ``m_off``) and
    its cue. Given the ``text`` and sentence start, a mention that is the object of a
    preposition gives way to the phrase that owns it (:func:`_owner`)."""
    men = _mention(m, m_off)
    if men and text is not None:
        owned = _owner(text, sent_start, men[0], men[1], things=things)
        if owned is not None:
            named = _NAME_BEFORE_DESC_RE.search(text, max(sent_start, owned[1] - 80), owned[1])
            bare = _titled_or_full(named.group("name")) if named is not None else None
            if named is not None and bare is not None and not is_organisation(bare):
                # "Scott Pruitt, the attorney general of Oklahoma, one of the states
                # suing, said": the name the description stands beside
                men = (named.group("name"), named.start("name"))
            else:
                men = owned
    return Found(
        men[0] if men else None,
        men[1] if men else None,
        cue.group(),
        cue.start(),
        sieve,
        introduced,
    )


_NAME_BEFORE_DESC_RE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-.])(?P<name>{NAME_SEQ}){_PAREN},[^\S\n]*\Z"
)
_OWNER_RE = compile_backwards(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-.])(?P<desc>{DESCRIPTIVE})(?![\p{{L}}\-])"
    r"(?:[^\S\n]+\p{Ll}[\p{Ll}\-]*)?"  # "close to", "familiar with", "speaking to"
    r"[^\S\n]+(?P<prep>of|for|with|from|at|to|in|near|by|inside|within)[^\S\n]+\Z"
)
_SOURCE_PREPS = frozenset({"of", "from", "by", "in"})
_INDEFINITE_RE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


def _owner(
    text: str, sent_start: int, mention: str, m_start: int, *, things: bool = True
) -> tuple[str, int] | None:
    """The phrase a mention belongs to when a described person and a preposition lead it:
    in "A spokesman for the Syrian Coalition said" or "An official with the ministry told"
    the spokesman or the official speaks, so the mention is the whole phrase ("A spokesman
    for the Syrian Coalition"; "A spokesman for Putin"). ``None`` for a full name, which
    may carry its own title phrase ("China’s ambassador to Britain Liu Xiaming said"), a
    speaking thing from its source ("A statement from the military said": the military
    speaks) or no described person right before the preposition ("footage of Putin
    saying": Putin speaks). Without ``things`` a speaking thing never owns the mention
    (anywhere in a sentence, "sent an email to journalists stating" is the object of the
    subject's verb)."""
    m = _OWNER_RE.search(text, max(sent_start, m_start - 100), m_start)
    if m is None or org_person_start(mention):
        return None  # "the chairman of the Council of Foreign Affairs Leslie Gelb": a name
    if (
        " " in mention.strip()
        and mention[:1].isupper()
        and not is_organisation(mention)
        and not _INDEFINITE_RE.match(m.group("desc"))
    ):  # "China’s ambassador to Britain Liu Xiaming said": a titled name (but "a
        return None  # spokesman for Bernie Sanders": an unnamed person speaks)
    if m.group("desc").split()[-1].lower() in SPEECH_THING_NOUNS and (
        not things or m.group("prep") in _SOURCE_PREPS
    ):
        return None  # "A statement from the military": the military speaks (but "A letter
        # to committee members calls for …": the letter does)
    return text[m.start("desc") : m_start + len(mention)], m.start("desc")


def _introduces(tail: str) -> bool:
    """Whether the words between a cue and its quote introduce it: a comma or a colon at
    most four words after the cue ("said, “…”", "told reporters on Monday: “…”")."""
    stripped = tail.rstrip()
    return stripped.endswith((":", ",")) and len(_TAIL_WORD_RE.findall(stripped)) <= 4


def _noun_by(text: str, lo: int, start: int) -> Found | None:
    """A speech noun and its source before the quote, nearest the quote first."""
    for cue in reversed(list(_NOUN_CUE_RE.finditer(text, lo, start))):
        m = _NOUN_BY_MENTION.match(text, cue.end(), start)
        if m is None:
            continue
        tail = text[m.end() : start]
        if len(tail) > _MAX_TAIL or _QUOTE_IN_TAIL.search(tail):
            continue
        men = _mention(m, 0)
        return Found(
            men[0] if men else None,
            men[1] if men else None,
            cue.group(),
            cue.start(),
            "before_noun",
            _introduces(tail),
        )
    return None


_COMMA_END_RE = re.compile(r",[^\S\n]*\Z")
_PREP_BEFORE_RE = re.compile(
    r"(?:^|[\s,(])(?:to|on|in|at|from|for|into|onto|via|through|across|over|under)[^\S\n]+\Z"
)


def _may_lead_participle(text: str, sent_start: int, mention_start: int) -> bool:
    """Whether a mention right before a participle ("… saying") may be its speaker. Not
    when a preposition leads it: then it is where or to whom the sentence's subject spoke
    ("sent an email to supporters stating, “…”", "posted on Facebook writing, “…”"), and
    the subject speaks. After a verb, a comma, "of" or "with" it stays the speaker ("The ad
    shows Clinton saying, “…”", "footage of Putin telling his generals, “…”")."""
    return _PREP_BEFORE_RE.search(text, max(sent_start, mention_start - 10), mention_start) is None


_PERSON_NAME_RE = regex.compile(rf"[^\S\n]*(?P<name>{NAME_SEQ})[^\S\n]*")


_DESC_START_RE = regex.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[^\S\n]+\p{Ll}")


def _appositive_person(m: regex.Match[str], offset: int, found: Found) -> Found:
    """``found``, or the person an appositive names when the mention is a description:
    in "The mother of the soldier, Olena Ivanova, said" the speaker is Olena Ivanova."""
    groups = m.groupdict()
    appos = groups.get("appos")
    if not appos or not (groups.get("desc") or _DESC_START_RE.match(found.mention or "")):
        return found  # "The head of the WHO, Tedros …, said": a description too
    name = _PERSON_NAME_RE.fullmatch(appos)
    if name is None:
        return found
    return _as_person(
        found,
        name.group("name"),
        offset + m.start("appos") + name.start("name"),
        role=found.role or (found.mention or "").strip() or None,  # the description
    )


_DOCUMENT_NOUNS = frozenset(["statement", "email", "memo", "letter", "editorial", "tweet", "ad"])
"""What someone issues, sends or posts, and what then "says" something in their name (only
nouns that are also mentions: see ``ROLE_NOUNS``)."""
_PUT_OUT_BEFORE_RE = regex.compile(
    r"(?r)(?<![\p{L}\-’'])(?<!(?:was|were|been|being|be|is|are|get|got)[^\S\n]+)"
    r"(?:issu|releas|publish|post|send|sent|tweet|writ|wrote|penn|shar|sign|circulat"
    r"|distribut|email|put[^\S\n]+out)"
    r"(?:e|es|ed|d|s|ing|ten|ted)?(?:[^\S\n]+out)?[^\S\n]+\Z"
)
"""A verb that puts a document out, in the active voice, right before it ("released",
"issued", "sent", "posted", "put out"; not "were sent" nor "found" or "received")."""


def _document_verb(text: str, sent_start: int, m: regex.Match[str], offset: int) -> int | None:
    """Where the verb starts when the mention before a participle is a document its
    sentence's subject put out: "a statement" in "She released a statement saying, “…”",
    "an email" in "he sent an email saying, “…”"; else None. Only a new document (after
    "a" or "an") right after such a verb (:data:`_PUT_OUT_BEFORE_RE`); "A statement from
    the ministry said", "Reporters were handed a statement saying" and "Investigators
    found a letter saying" keep the document."""
    desc = m.groupdict().get("desc")
    if not desc or m.group("appos"):
        return None
    words = desc.split()
    if len(words) < 2 or words[0] not in ("a", "an") or words[-1].lower() not in _DOCUMENT_NOUNS:
        return None
    start = offset + m.start("desc")
    verb = _PUT_OUT_BEFORE_RE.search(text, max(sent_start, start - 40), start)
    return None if verb is None else verb.start()


_ACCORDING_STOP = (
    r"(?:on|last|this|early|late|in|at|who|which|that|as|when|after|before|yesterday|today"
    rf"|tonight|{_WEEKDAY})(?![\p{{L}}\p{{N}}])"
)
_ACCORDING_REST_RE = regex.compile(
    rf"(?:[^\S\n]+(?!{_ACCORDING_STOP})[\p{{L}}\p{{M}}’'\-.&]+){{1,6}}"
    rf"(?=[^\S\n]*(?:[,;:!?“”\"()]|\.(?:[^\S\n]|$)|$|[^\S\n]+{_ACCORDING_STOP}))"
)
"""After the mention of "according to", the rest of its noun phrase, up to a comma, a
sentence's end or a time or clause: "the Syrian Observatory" + " for Human Rights", "the
UN" + " refugee agency", "Israeli" + " media"."""


_ANONYMITY_CUE_RE = regex.compile(rf"[^,\n]{{0,100}},[^\S\n]*{_AUX}{_ADV}(?P<cue>{CUE_VERB_ALT})\b")


def _past_anonymity(text: str, found: Found) -> Found:
    """``found`` with the cue after a relative clause between commas when the cue read is
    the clause's own: in “…,” an aid worker, who asked not to be named, told AFP the cue is
    "told", not "asked"."""
    if found.cue is None or found.cue_start is None or found.cue.lower() not in _CLAUSE_CUES:
        return found
    if not text[max(0, found.cue_start - 5) : found.cue_start].endswith("who "):
        return found
    later = _ANONYMITY_CUE_RE.match(text, found.cue_start + len(found.cue))
    if later is None:
        return found
    return replace(found, cue=later.group("cue"), cue_start=later.start("cue"))


_CLAUSE_CUES = frozenset(["asked", "spoke", "requested", "declined", "insisted"])
"""Cues that open a clause about a source's terms ("who asked not to be named", "who spoke
on condition of anonymity")."""


def _according_whole(text: str, found: Found) -> Found:
    """``found`` with the mention of "according to X" running to the end of X's phrase (the
    mention patterns stop at a lower-case word: "the Institute for the Study of War")."""
    men = found.mention
    if (
        men is None
        or found.mention_start is None
        or men == men.lower()
        or men.endswith(("’s", "'s"))  # "Lazar's plea agreement": Lazar's words
        or (_titled_or_full(men) is not None and not is_organisation(men))  # "Paul Sperry"
    ):
        return found
    end = found.mention_start + len(found.mention)
    rest = _ACCORDING_REST_RE.match(text, end)
    if rest is None or _CUE_RE.search(rest.group()):
        return found
    stop = rest.end()
    if text[stop - 1] == "." and not _ABBREV_END_RE.search(text, found.mention_start, stop):
        stop -= 1  # the sentence's full stop, not an abbreviation's ("the U.S.")
    return replace(found, mention=text[found.mention_start : stop])


_ABBREV_END_RE = regex.compile(r"(?:\b\p{L}\.){2,}\Z")


def _with_subject(text: str, sent_start: int, cue: re.Match[str]) -> tuple[str, int] | None:
    """The subject a "with" phrase gives a participle right after it: "…, with many
    marchers and spectators chanting “…”", "…, with Zelensky saying “…”"."""
    if (
        not cue.group().endswith("ing")
        or "ith " not in text[max(sent_start, cue.start() - 2 * _WIN) : cue.start()]
    ):
        return None
    got = _mention_before(text, sent_start, cue.start(), _WITH_SUBJECT_RE)
    if got is None:
        return None
    m, off = got
    return m.group("np"), off + m.start("np")


_OBJECT_PREP_RE = regex.compile(r"\b(?:from|of|among|at|in)[^\S\n]+\Z")
"""A preposition right before a mention: the mention is its object ("Soldiers from the
brigade said"), not the cue's subject."""


_NAME_AT_END_RE = regex.compile(rf"(?r)(?P<name>{NAME_SEQ})[^\S\n]*\Z")


def _person_name(words: str) -> bool:
    """Whether ``words`` end in a person's name: titled, or two words or more, and no
    organisation, place or event."""
    m = _NAME_AT_END_RE.search(words.rstrip())
    if m is None:
        return False
    bare = _titled_or_full(m.group("name"))
    return bare is not None and not is_organisation(bare) and not is_place_or_event(bare)


_COUNT_OF_RE = regex.compile(
    r"(?i:percent|%|majority|most|some|many|half|third|quarter|all|none|each|one|two|three"
    r"|several|few|dozens|hundreds|thousands|millions)[^\S\n]+of[^\S\n]+\Z"
)


_GROUP_BEFORE_PREP_RE = compile_backwards(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-])(?P<desc>{DESCRIPTIVE})[^\S\n]+(?:in|of|from|at)[^\S\n]+\Z"
)
_PEOPLE_BEFORE_PREP_RE = regex.compile(
    r"(?r)(?:(?<![\p{L}\p{N}’'\-])(?:\p{N}[\p{N},]*|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome"
    r"|[Tt]he)[^\S\n]+)?(?<![\p{L}\p{N}’'\-])(?P<noun>\p{L}+)[^\S\n]+(?:in|of|from|at)[^\S\n]+\Z"
)
_TRAILING_AUX_RE = regex.compile(rf"(?:[^\S\n]+(?:{'|'.join(_AUX_WORDS)}))+\Z")


def _group_or_none(m: regex.Match[str], name: str) -> str | None:
    """``m.group(name)``, or None when the pattern has no such group (cheaper than
    building :meth:`~regex.Match.groupdict` for one group)."""
    try:
        return m.group(name)
    except IndexError:
        return None


def _prep_object(text: str, lo: int, got: tuple[regex.Match[str], int]) -> bool | tuple[str, int]:
    """Whether a mention read before a cue is the object of a preposition, so not the
    cue's subject ("Pilots from the air force said"): ``False`` when it is no object (an
    appositive follows it: "Omar Lamrani, an analyst at Stratfor, told"; a count leads
    the "of": "75 percent of Democrats said"; a document: "A statement from the ministry
    said"; a person's name ends a title phrase: "the former chairman of the Council of
    Foreign Affairs Leslie Gelb"), ``True`` when it is, or the people described before the
    preposition with it, who speak (mention, start): "Residents in Gaza City told AFP",
    "Soldiers from the brigade said"."""
    m, off = got
    start = off + m.start()
    lead = text[max(lo, start - 40) : start]
    prep = _OBJECT_PREP_RE.search(lead)
    if prep is None or _group_or_none(m, "appos") or _COUNT_OF_RE.search(lead) is not None:
        return False
    before = lead[: prep.start()].split()
    if before and before[-1].lower() in SPEECH_THING_NOUNS:
        return False  # "A statement from the ministry said": the ministry's words
    group = _GROUP_BEFORE_PREP_RE.search(text, max(lo, start - 2 * _WIN), start)
    if group is not None:
        mention = _TRAILING_AUX_RE.sub("", text[group.start("desc") : off + m.end()].rstrip())
        return mention, group.start("desc")
    head = _PEOPLE_BEFORE_PREP_RE.search(text, max(lo, start - 60), start)
    if head is not None and head.group("noun").lower() in _PERSON_NOUNS:
        # "Residents in Gaza City", "Two doctors at Nasser Hospital": capitalised, which
        # the description pattern (lower-case nouns) does not read
        mention = _TRAILING_AUX_RE.sub("", text[head.start() : off + m.end()].rstrip())
        return mention, head.start()
    return not _person_name(text[start : off + m.end()])


def find_before(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 2: attribution in the same sentence, just before a quote opening at ``start``."""
    lo = max(sent_start, start - _WIN)
    nearest = True
    for cue in reversed(list(_CUE_RE.finditer(text, lo, start))):  # nearest the quote first
        first, nearest = nearest, False
        tail = text[cue.end() : start]
        if len(tail) > _MAX_TAIL or _QUOTE_IN_TAIL.search(tail):
            break  # a cue further away has a longer tail, or the same marks in it
        with_np = _with_subject(text, sent_start, cue) if first else None
        if with_np is not None:  # "…, with many marchers chanting “…”": the marchers chant
            return Found(*with_np, cue.group(), cue.start(), "before_with", _introduces(tail))
        got = _mention_before(text, sent_start, cue.start(), _MENTION_BEFORE_CUE)
        verdict = (
            _prep_object(text, sent_start, got)
            if got is not None and not cue.group().endswith("ing")
            else False
        )
        if isinstance(verdict, tuple):  # "Residents in Gaza City told AFP: “…”"
            return Found(*verdict, cue.group(), cue.start(), "before", _introduces(tail))
        if verdict:
            got = None  # "Pilots from the air force said": the subject is before "from"
        rel = _relative_subject(text, sent_start, cue.start()) if first else None
        if rel is not None and (got is None or got[1] + got[0].start() > rel[1]):
            # "An official who spoke on condition of anonymity because he was not authorised
            # to brief reporters said": the subject speaks, not a noun of its clause (only
            # with the cue nearest the quote: "An official who relayed the exchange said Reid
            # quieted the chatter, telling …" is Reid's)
            return Found(
                rel[0], rel[1], cue.group(), cue.start(), "before_relative", _introduces(tail)
            )
        if got is None:
            if not _TAIL_WORD_RE.search(tail):
                return None  # "…, saying, “…”": this cue introduces the quote (sieve 2b)
            if (
                first
                and cue.group().endswith("ing")
                and _COMMA_END_RE.search(text, lo, cue.start())
            ):  # "X defended the decision, calling the strike “…”": the participle after a
                # comma has the sentence's subject (only the cue nearest the quote: in
                # "…, citing his posts calling the war “…”" the posts' author speaks)
                got_subject = _participle_subject(text, sent_start, cue.start())
                if got_subject is not None:
                    mention, m_start = got_subject
                    return Found(
                        mention, m_start, cue.group(), cue.start(), "before_participle", False
                    )
            continue
        verb = (
            _document_verb(text, sent_start, got[0], got[1])
            if cue.group().endswith("ing")
            else None
        )
        if verb is not None:  # the subject of the verb that put the document out
            subject = _participle_subject(text, sent_start, cue.start(), verb=verb)
            if subject is not None:  # "She released a statement saying, “…”": she speaks
                return Found(
                    subject[0],
                    subject[1],
                    cue.group(),
                    cue.start(),
                    "before_document",
                    _introduces(tail),
                )
        if cue.group().endswith("ing") and (
            got[0].group("appos")
            or not _may_lead_participle(text, sent_start, got[1] + got[0].start())
        ):  # "an email to supporters stating, “…”": the words before are an object; and
            # "X, <clause>, saying" is a clause between commas, not an appositive
            continue
        found = _from_parts(
            got[0],
            got[1],
            cue,
            "before",
            introduced=_introduces(tail),
            text=text,
            sent_start=sent_start,
        )
        return _appositive_person(got[0], got[1], found)
    window = text[lo:start]
    if not _ANY_NOUN_RE.search(window) and "ccording" not in window:
        return None  # what follows needs a speech noun as written (or "according")
    noun = _noun_by(text, lo, start)
    if noun is not None:
        return noun
    for pat, name in (
        (_BEFORE_POSSESSIVE, "before_possessive"),
        (_BEFORE_ACCORDING, "before_according"),
    ):
        m = pat.search(window)  # backwards: the cue nearest the quote
        if m:
            punct = m.group("punct")
            tail = m.groupdict().get("tail") or ""
            introduced = bool(punct) and len(tail.split()) <= 4
            found = _found(m, lo, name, introduced=introduced)
            return _according_whole(text, found) if name == "before_according" else found
    return None


_COMMA_SPACE_RE = re.compile(r",[^\S\n]")
_PREP_NEXT_RE = re.compile(
    r"[^\S\n]+(?:of|for|to|with|by|from|and|or|at|in|on|after|before|during|since|until"
    r"|amid|despite|following)\b"
)
"""A preposition right after a candidate subject: a heading ("Update from Kharkiv
Region:") or an adverb ("Immediately after …"), not a subject and its verb."""


def _subject(text: str, sent_start: int, cue_start: int) -> regex.Match[str] | None:
    """The subject of the clause a cue belongs to: at the start of the sentence, or right
    after the comma that closes an introductory phrase ("At the debate, Sanders compared
    himself to Clinton, saying, “…”"). Only the commas before the cue's own clause are
    tried, nearest the sentence start first. A candidate followed by a preposition
    ("Immediately after the attacks, Trump issued …") gives way to one after a later comma
    that is not; with none, it stands ("Trump on Monday said, “…”")."""
    first = _SUBJECT_RE.match(text, sent_start, cue_start)
    if first is not None and not _PREP_NEXT_RE.match(text, first.end(), cue_start):
        return first
    # only the commas near the sentence start: an introductory phrase is short, and the
    # work per quote stays bounded however long the sentence
    for comma in _COMMA_SPACE_RE.finditer(text, sent_start, min(cue_start, sent_start + _WIN)):
        subj = _SUBJECT_RE.match(text, comma.start() + 1, cue_start)
        if subj is None:
            continue
        if not _PREP_NEXT_RE.match(text, subj.end(), cue_start):
            return subj
        first = first or subj
    return first


_SUBORDINATORS: tuple[str, ...] = (
    *("when", "as", "after", "before", "while", "if", "although", "though", "because"),
    *("since", "once", "until"),
)
"""Words that open a subordinate clause before the main one ("When I asked him, he …")."""
_REL_CLAUSE_RE = regex.compile(
    r"(?P<comp>[^\S\n]+(?:of|for|at|from|with|in)(?:[^\S\n]+[\p{L}\p{N}’'\-.]+){1,5}?)?"
    r"[^\S\n]+who[^\S\n]+(?P<clause>\p{Ll}(?:[^,;:!?“”\"\n.]|\.(?=\S))*)"
    rf",?[^\S\n]+{_AUX_ACTIVE}{_ADV}"
)
"""A restrictive relative clause that runs from its subject (and the subject's complement:
"a spokesman for the ministry") to the subject's own verb: "who spoke on condition of
anonymity because he was not authorised to brief reporters". No comma inside (", who …,"
is an appositive, read elsewhere), no sentence end, no marks. Only "who": after "that"
the clause is as often a complement ("has long maintained that she complied")."""
_SAYS_IN_CLAUSE_RE = regex.compile(rf"\b(?:{'|'.join(sorted(_BARE_CLAUSE_VERBS))})\b")
_CLAUSE_BREAK_RE = re.compile(r"[,;:!?“”\"\n]")
_PASSIVE_END_RE = regex.compile(
    r"\b(?:was|were|is|are|been|being|be|get|gets|got)(?:[^\S\n]+\p{Ll}+ly)?[^\S\n]*\Z"
)
_LEAD_SUBORDINATOR_RE = regex.compile(
    rf"(?:{'|'.join(w.capitalize() for w in (*_SUBORDINATORS, 'whereas'))})[^\S\n]+"
)


def _relative_subject(text: str, sent_start: int, cue_start: int) -> tuple[str, int] | None:
    """The subject of a cue that follows the subject's relative clause: in "A senior
    official who spoke on condition of anonymity because he was not authorised to brief
    reporters said", the official speaks, not "reporters"; in "A spokesman who asked not to
    be named told Reuters:", the cue is "told", not "asked". None unless the sentence (or
    its main clause after an introductory phrase) opens with a mention, then "who" and a
    clause with no comma up to the cue, a finite verb (in "An official who relayed the
    exchange said Reid quieted the chatter, telling …", Reid tells; so a clause that holds
    "said" or "told" of its own is no relative clause of this cue's subject). A name
    before the description ("Bill Bruch, a delegate who …, said") is the subject."""
    if cue_start - sent_start > _MAX_PARTICIPLE_REACH:
        return None  # a subject this far away is a guess
    who = text.rfind(" who ", sent_start, cue_start)
    if who == -1 or text[cue_start : cue_start + 12].split()[0].endswith("ing"):
        return None
    if _CLAUSE_BREAK_RE.search(text, who, max(who, cue_start - 2)):
        return None  # the clause after the last "who" has a comma: no restrictive clause
    subj = _subject(text, sent_start, cue_start)
    if subj is None or subj.group("appos") or subj.group("pron"):
        return None
    got = _mention(subj, 0)
    if (
        got is None
        or got[0].endswith(("’s", "'s"))
        or (subj.group("desc") and _FILLER_VERB_RE.search(got[0] + " "))
    ):  # "Friends of Mr. Clinton's who …"; "The general visited troops who …"
        return None
    rel = _REL_CLAUSE_RE.fullmatch(text, got[1] + len(got[0]), cue_start)
    if (
        rel is None
        or _SAYS_IN_CLAUSE_RE.search(rel.group("clause"))
        or _PASSIVE_END_RE.search(rel.group("clause"))  # "who survived were asked": passive
        or (rel.group("comp") or "").endswith(("’s", "'s"))  # "Friends of Mr. Clinton's"
    ):
        return None
    mention, at = got[0] + (rel.group("comp") or ""), got[1]
    lead = _LEAD_SUBORDINATOR_RE.match(mention)
    if lead is not None:  # "Though executives who have worked with him say …"
        mention, at = mention[lead.end() :], at + lead.end()
    if at > sent_start:  # after a comma: an appositive of a name before it?
        named = _NAME_BEFORE_DESC_RE.search(text, sent_start, subj.start() + 1)
        if named is not None and (
            not text[sent_start : named.start()].strip()
            or (  # "At the base, Lt. Col. Marta Ruiz, an officer who …, said"
                opens_before(text, sent_start, named.start())
                and _person_after_opener(named.group("name"))
            )
        ):
            return named.group("name"), named.start("name")
    return (mention, at) if mention else None


def subject_person(text: str, sent_start: int, end: int) -> tuple[str, int] | None:
    """The person named as the subject at the start of the sentence, before ``end``: a
    titled name or one of two words or more, not an organisation, place or event, and
    the subject of a reporting verb before ``end`` ("Ed Krayewski may have said it best
    when he blogged:" gives "Ed Krayewski"; not "Antony Blinken listened as he
    pleaded:"), else None."""
    subj = _SUBJECT_RE.match(text, sent_start, end)
    if subj is None or subj.start() != sent_start:
        return None
    for g in ("name", "name3"):
        name = subj.group(g)
        if name:
            bare = _titled_or_full(name)
            if bare is None or is_organisation(bare) or is_place_or_event(bare):
                return None
            if _CUE_RE.search(text, subj.end(g), end) is None:
                return None  # "Joe Biden met him, and he told Biden": a speaker, not a host
            return name, subj.start(g)
    return None


_NAME_ONLY_RE = regex.compile(NAME_SEQ)
_ASKS_RE = regex.compile(
    r"[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(?:asked|asks|pressed|questioned|interviewed|urged|thanked)\b"
)
"""A subject that asks someone: in "A reporter asked Sanders how he felt. He replied: “…”"
the one asked answers (:func:`_asked`)."""
_ASKED_WORD_RE = regex.compile(r"[^\S\n]+([\p{L}\p{M}’'.\-]+)")
_ASKED_STOP_TEXT = (
    "to how whether if why what when where about for on over at in with during after before that"
)
_ASKED_STOP = frozenset(_ASKED_STOP_TEXT.split())
"""Words that end the object of an asking verb ("asked Tom Barrack how …")."""
_ASKED_DETERMINER_TEXT = "the a an his her their its our one another"
_ASKED_DETERMINERS = frozenset(_ASKED_DETERMINER_TEXT.split())


def _asked(text: str, pos: int, end: int) -> tuple[str, int, bool] | bool | None:
    """Who a subject asks, from ``pos`` (right after the asking verb) on: the person's
    name when a full name is asked ("asked Tom Barrack how"), ``None`` when a person
    not named here is ("asked him", "pressed a reporter", "asked Sanders"), or ``False``
    when no one person is ("urged Western allies to", "urged lawmakers", "thanked the
    government"): then the subject stays the one who speaks next."""
    words: list[tuple[str, int]] = []
    while len(words) < 5:
        w = _ASKED_WORD_RE.match(text, pos, end)
        if w is None:
            break
        words.append((w.group(1), w.start(1)))
        pos = w.end()
        if not w.group(1)[-1:].isalnum():
            break  # a comma or a full stop ends the object
    if not words:
        return False
    first = words[0][0].strip(".,;:")
    if first in ("him", "her"):
        return None
    caps = 0
    while caps < len(words) and words[caps][0][:1].isupper():
        caps += 1
        if not words[caps - 1][0][-1:].isalnum():
            break
    if caps:
        name = " ".join(w for w, _ in words[:caps]).rstrip(".,;:")
        after = words[caps][0].strip(".,;:") if caps < len(words) else ""
        if after.endswith("s") and after.islower() and after not in _ASKED_STOP:
            return False  # "Western allies", "Gulf states": a group
        if is_organisation(name):
            return False
        bare = _titled_or_full(name)
        if bare is None or is_place_or_event(bare):
            return None  # "asked Sanders": the surname alone is not resolved here
        return name, words[0][1], False
    for w, _ in words:
        low = w.strip(".,;:").lower()
        if low in _ASKED_STOP:
            break
        if low in _ASKED_DETERMINERS:
            continue
        if low in _PERSON_NOUNS and not low.endswith("s"):
            return None  # "pressed the minister", "asked a reporter"
    return False


_OPENER_RE = regex.compile(
    r"(?:\p{Lu}\p{Ll}+ing|In|On|At|From|After|Before|During|Since|Asked|Later|Earlier"
    r"|Meanwhile|Separately|Elsewhere|However|Yesterday|Today|Last|This|For|With|Despite"
    r"|Following|Amid|Back|Outside|Inside|Nearby)\b[^,.;:!?\n“”\"]{0,80}"
    r"(?:,|[^\S\n][—–])[^\S\n]+"
)
"""A phrase that opens a sentence before its subject: "In Aden, …", "Speaking to Dawn,
…", "Addressing the assembly, …", "On Monday, …", "In a speech in Khankendi – the name
Azerbaijan uses for Stepanakert – …"."""
_OPENER_MORE_RE = regex.compile(r"[^,.;:!?\n“”\"]{1,40},[^\S\n]+")
"""A second part of an opening phrase: "Speaking at a conference in Sintra, Portugal, …"."""
_INDEFINITE = frozenset(["a", "an", "one", "another"])
_DESC_NEXT_RE = regex.compile(r"[^\S\n]+(\p{Ll}[\p{Ll}\-’']*)")
_SUBJECT_VERB_TEXT = (
    "was were is are has had have would could can will may might must should shall "
    "also then later never once still just who whose which that whom at in of from "
    "for with on by based working living speaking serving stationed near inside "
    "outside told said put spoke wrote took gave made went came saw got led fled left "
    "sat stood ran fought lost won met kept held brought thought felt became began knew "
    "found heard paid sent spent built broke chose drove fell flew hid hit hurt let "
    "rose sold set shot shut slept stole struck swore taught threw woke wore did does "
    "do sought drew bore tore himself herself themselves again too now first finally"
)
_SUBJECT_VERB_WORDS = frozenset(_SUBJECT_VERB_TEXT.split())
"""Words that may follow a described subject ("A doctor at …", "The nurse wrote …", "A
soldier who …"): prepositions, auxiliaries, relatives and irregular past tenses. After
"A fighter" the word "jet" is none of these, nor a regular verb form: the person noun is
not the head ("A fighter jet dropped …")."""


_DESC_PLACE_RE = regex.compile(
    rf"[^\S\n]+(?:at|in|of|from|for|with)[^\S\n]+(?:the[^\S\n]+)?(?:\p{{Ll}}+[^\S\n]+){{0,2}}"
    rf"{NAME_SEQ}(?=[,.;:]|[^\S\n]+\p{{Ll}})"
)
"""Where a described person is, or whom they serve, after the person noun ("A doctor at
the Saudi Hospital", "a member of the local People’s Defence Force")."""


def _described_head(text: str, after: int, *, participle: bool = True) -> bool:
    """Whether the person noun of a description ending at ``after`` heads its phrase: the
    next word is a verb form or a word that may follow a subject, not a noun it qualifies.
    Without ``participle`` a word in "-ing" is a noun ("The Rafah crossing stays shut")."""
    w = _DESC_NEXT_RE.match(text, after)
    if w is None:
        return True  # a comma, a parenthesis: the description ends there
    word = w.group(1)
    return (
        word in _SUBJECT_VERB_WORDS
        or word.endswith(("ed", "ly"))
        or (participle and word.endswith("ing"))
        or (word.endswith("s") and not word.endswith("ss"))
    )


def previous_subject(
    text: str, start: int, end: int, known: Callable[[str, int], str | None] | None = None
) -> tuple[str, int, bool] | None:
    """The person who opens the sentence ``text[start:end]`` as its subject, for "he" or
    "she" in the sentence after it: a name (titled, or of two words or more, not an
    organisation, place or event; the name in commas after a description: "One local
    woman, Karen Robison, pulled …"; a single name with a person described in commas:
    "Hiba, a former nurse, was …"), or a singular person described ("The mayor told
    reporters …"). The subject may follow an opening phrase ("In Aden, the foreign
    minister, Shaya al-Zindani, told …"). The flag says it is a definite description,
    a weaker guess than a person quoted before (definite descriptions mostly point
    back: "the former Mexican president"); an indefinite one introduces someone new
    ("A doctor at the hospital said …"). When the subject asks a person named in full,
    that person ("A reporter asked Tom Barrack how he felt."). ``known`` (a single word
    and its offset) gives the full name of a one-word subject that is the surname of a
    person named in full before ("Chérizier, who is under sanctions, has …" after
    "Jimmy Chérizier").
    None when the subject is not whole ("Former Arizona governor Jan Brewer", "Suu Kyi's
    fate") or asks someone not named. A person whose attribution ends the sentence
    ("Cruz electrified the crowds, Stovall said.") is the one who spoke in it."""
    got = _trailing_speaker(text, start, end, known)
    if got is not None:
        return got
    lead = _WRITER_MEETS_RE.match(text, start, end) or _WHEN_ASKED_RE.match(text, start, end)
    if lead is not None:  # "I met Anahit Grigoryan, a …", "When I asked Mrs Grigoryan …, she"
        asked = _asked(text, lead.end(), end)
        main = text.find(", ", lead.end(), end) if lead.re is _WHEN_ASKED_RE else start
        if (
            isinstance(asked, tuple)
            and main != -1
            and (lead.re is _WRITER_MEETS_RE or _PRONOUN_MAIN_RE.match(text, main + 2, end))
        ):
            return asked
    got = _subject_at(text, start, end, opened=False, known=known)
    if got is not None or not text[start : start + 1].isupper():
        return got
    opener = _OPENER_RE.match(text, start, end)
    for _ in range(2):  # an opening phrase of one or two parts
        if opener is None:
            return None
        got = _subject_at(text, opener.end(), end, opened=True, known=known)
        if got is not None:
            return got
        opener = _OPENER_MORE_RE.match(text, opener.end(), end)
    return None


def opens_before(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]`` is an opening phrase of one or two parts, ending where
    the subject at ``pos`` starts ("In Aden, ", "Speaking in Sintra, Portugal, ")."""
    opener = _OPENER_RE.match(text, start, pos)
    if opener is not None and opener.end() < pos:
        opener = _OPENER_MORE_RE.match(text, opener.end(), pos)
    return opener is not None and opener.end() == pos


_WRITER_MEETS_RE = regex.compile(
    r"(?:I|We)[^\S\n]+(?:met|interviewed|visited|reached|called)(?=[^\S\n]+\p{Lu})"
)
"""The writer meeting someone named ("I met Anahit Grigoryan in …"): that person is the
one the next sentences speak of."""
_WHEN_ASKED_RE = regex.compile(
    r"(?:When|After|As|Once)[^\S\n]+(?:I|we|he|she|they|reporters|journalists)[^\S\n]+"
    r"(?:asked|pressed|questioned)(?=[^\S\n]+\p{Lu})"
)
"""A clause in which someone named is asked, before a main clause with "he" or "she"
("When I asked Mrs Grigoryan whether …, she was quiet")."""
_PRONOUN_MAIN_RE = regex.compile(r"(?:he|she)\b")


def _person_after_opener(name: str) -> bool:
    """Whether a name after an opening phrase is a person's: titled, or with a listed
    given name. A place often follows such a phrase ("in Salem, New Hampshire, Trump went
    …", "In that sense, Sandy Hook wasn't …")."""
    if not name[:1].isupper():
        return False
    bare, title = strip_title(name)
    return title is not None or given_name_gender(bare.split()[0]) is not None


def _subject_at(
    text: str,
    start: int,
    end: int,
    *,
    opened: bool,
    known: Callable[[str, int], str | None] | None = None,
) -> tuple[str, int, bool] | None:
    """:func:`previous_subject` for a subject that starts at ``start`` (after an opening
    phrase when ``opened``: then it may open with a lower-case determiner)."""
    first = text[start : start + 1]
    if not first.isupper() and not (opened and first.islower()):
        return None  # a quote mark, a digit or a lower-case word opens it: no subject
    subj = _SUBJECT_RE.match(text, start, end)
    if subj is None or subj.start() != start:
        return None
    appos = subj.group("appos")
    for g in ("name", "name3", "desc"):
        name = subj.group(g)
        if not name:
            continue
        surname = (
            g != "desc"
            and known is not None
            and " " not in name
            and known(name, subj.start(g)) is not None
        )
        if opened and g != "desc":
            if not (surname or _person_after_opener(name)):
                return None
            if appos and _DESC_SUBJECT_RE.match(appos.strip() + ",") is None:
                return None  # "In Salem, New Hampshire, Trump went …": a place in commas
        after = subj.end(g)
        if name.endswith(("’s", "'s")):
            return None  # "Suu Kyi's fate …": not the person
        asks = _ASKS_RE.match(text, subj.end(), end)
        if asks is not None:
            asked = _asked(text, asks.end(), end)
            if asked is not False:
                return asked  # the one asked answers
        if _SUBJECT_NOT_WHOLE_RE.match(text, after):
            named = _ROLE_THEN_NAME_RE.match(text, after)
            if named is None or _ASKS_RE.match(text, named.end("name"), end):
                return None  # "Former Arizona governor …" is cut; "Ryan’s campaign" another's
            # "Republican presidential candidate Donald Trump has …": the name after the role
            return named.group("name"), named.start("name"), False
        if appos:
            inner = appos.strip()
            bare = _titled_or_full(inner) if _NAME_ONLY_RE.fullmatch(inner) else None
            if bare is not None and not is_organisation(bare) and not is_place_or_event(bare):
                return inner, subj.start("appos") + len(appos) - len(appos.lstrip()), False
        if g == "desc":
            words = name.split()
            k = next((i for i, w in enumerate(words) if w in _PERSON_NOUNS), -1)
            while k + 1 < len(words) and words[k + 1] in _PERSON_NOUNS:
                k += 1  # "A fighter pilot": the last of a run of person nouns
            if k < 0 or words[k].endswith("s"):
                return None  # "Israeli troops entered the town": not a "he"
            if k == len(words) - 1 and not appos and not _described_head(text, after):
                return None  # "A fighter jet dropped …": the noun after the person's heads
            indefinite = words[0].lower() in _INDEFINITE
            said = " ".join(words[: k + 1])
            if k == len(words) - 1 and (pp := _DESC_PLACE_RE.match(text, after, end)):
                said += pp.group()  # "A doctor at the Saudi Hospital", "an official in Bannu"
            return said, subj.start(g), not indefinite
        bare = _titled_or_full(name)
        if bare is None and appos and g in ("name", "name3"):
            desc = _DESC_SUBJECT_RE.match(appos.strip() + ",")
            if desc is not None and " " not in name.strip() and not is_organisation(name):
                return name, subj.start(g), False  # "Hiba, a former nurse, was …"
        if bare is None and surname:
            bare = name  # "Karimi, who has represented detainees, called …"
        if bare is None or is_organisation(bare) or is_place_or_event(bare):
            return None
        if _SUFFERS_RE.match(text, subj.end(), end):
            return None  # "Mohammed Hassan, 12, was killed …": the one spoken about
        if bare == name and not surname and not _person_by_given_name(bare):
            return None  # "Abu Dhabi has hosted …": "Abu" before no given name
        return name, subj.start(g), False
    return None


_LOWER_RUN_RE = regex.compile(r"(?:[^\S\n]+\p{Ll}[\p{Ll}\-]*){1,3}")


def previous_org_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The organisation that opens the sentence ``text[start:end]`` as its subject, for
    "it" as a speaker in the sentence after it: a name ("The Health Ministry issued a
    statement."), a description headed by a word of the organisation vocabulary ("The
    army released a video."), or one after a possessive ("Trump’s campaign backtracked.",
    "Ukraine’s air force reported …"). Plural heads ("forces") are no "it"."""
    if not text[start : start + 1].isupper():
        return None
    subj = _SUBJECT_RE.match(text, start, end)
    if subj is None or subj.start() != start:
        return None
    for g in ("name", "name3", "desc"):
        name = subj.group(g)
        if not name:
            continue
        if name.endswith(("’s", "'s")):
            run = _LOWER_RUN_RE.match(text, subj.end(g), end)
            words = run.group().split() if run else []
            k = max((i for i, w in enumerate(words) if _singular_org_word(w)), default=-1)
            if k < 0:
                return None
            return " ".join([name, *words[: k + 1]]), subj.start(g)
        if not _described_head(text, subj.end(g), participle=False):
            return None  # "The Arizona case faces …": the name qualifies a noun
        if g == "desc":
            return (name, subj.start(g)) if _singular_org_word(name.split()[-1]) else None
        if is_organisation(name) and not name.endswith("s"):
            return name, subj.start(g)
        return None
    return None


def _singular_org_word(word: str) -> bool:
    low = word.lower()
    return low in ORG_WORDS and (not low.endswith("s") or low in ("news", "press"))


_SUFFERS_RE = regex.compile(
    r"(?:,[^,\n]{1,40},)?[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?"
    r"(?:(?:was|were|has[^\S\n]+been|had[^\S\n]+been|is|are)[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?"
    r"(?:killed|wounded|injured|hurt|shot|arrested|detained|captured|kidnapped|abducted"
    r"|executed|buried|pulled|rescued|evacuated|hospitali[sz]ed|sentenced|jailed|imprisoned"
    r"|murdered|slain|stabbed|beaten|tortured|deported|expelled|found[^\S\n]+dead)\b"
    r"|died|dies|perished)"
)
"""A subject that violence or loss befalls ("was killed", "was pulled out alive", "died
in a plane crash"): the next quote is about that person, not by them. (A subject who is
only spoken of, "Putin has vowed to take Donetsk. “He will never get it,” he said", is
not told apart.)"""


def _person_by_given_name(name: str) -> bool:
    """Whether an untitled name may be a person's: one that opens with "Abu" or "Umm"
    only with a listed given name after it ("Abu Khalil"; not "Abu Dhabi")."""
    tokens = name.split()
    if not tokens:
        return False
    if tokens[0].lower() in ("abu", "umm", "um"):
        return len(tokens) > 1 and given_name_gender(tokens[1]) is not None
    return True  # a given name not listed tells nothing either way ("Dewayne Smithy")


_SUBORDINATE_START_RE = regex.compile(
    r"[^\S\n]*(?:[^,\n]{1,40},[^\S\n]*)?"
    rf"(?P<sub>(?i:{'|'.join(_SUBORDINATORS)}))"
    r"[^\S\n]"
)
"""A sentence opening with a subordinate clause, after a short phrase at most ("Last
month, when I asked him, he …"): the speaker is after the clause's comma."""
_QUOTED_AS_RE = compile_backwards(
    rf"(?r)\b(?:quoted|quotes|quoting|cited|cites|citing)[^\S\n]+{MENTION_ALT}"
    rf"{_PAREN}{_APPOSITIVE}[^\S\n]+as[^\S\n]+\Z"
)
"""The wire convention "X quoted Y as saying": the speaker is Y, not X."""


_CUE_LAST_WORDS = frozenset([f.split()[-1].lower() for f in verb_forms()] + ["read"])
"""The last word of every cue form: a cue that ends right before a quote ends in one."""


def _may_end_with_cue(text: str, lo: int, start: int) -> bool:
    """Whether :data:`_BEFORE_CUE_ONLY` can match before a quote at ``start``: the text
    before it ends in a comma or a colon (a cue may come before an object: "told
    reporters,"), or its last word is a cue's last word. The word is the run of word
    characters before the spaces, never reaching before ``lo``, so this passes whenever the
    pattern could match; most quotes fail it, at the cost of a slice instead of a reverse
    match of the whole cue alternation."""
    end = start
    while end > lo and text[end - 1].isspace() and text[end - 1] != "\n":
        end -= 1
    if end == lo:
        return False
    if text[end - 1] in ",:":
        return True
    begin = end
    while begin > lo and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    return text[begin:end].lower() in _CUE_LAST_WORDS


_APPOS_START_RE = regex.compile(
    r"[^\S\n]*(?:(?:a|an|the|his|her|their|its|one|another)[^\S\n]|\p{Lu})"
)
"""How an appositive starts ("Olena Ivanova, a nurse at the city hospital, grabbed …";
"his wife, Gabriela Lazar, said"), unlike a clause swallowed by the appositive pattern
("the council leader, was asked if Kyiv would talk, he …")."""


def _main_clause(text: str, sub: regex.Match[str], cue_start: int) -> tuple[int, int]:
    """After an opening subordinate clause (``sub``), where the main clause starts and the
    comma that ends the clause (-1 for none): the first comma followed by a subject and
    its verb ("When Ana Ruiz, the council leader, was asked …, he laughed and said": not
    the comma after "Ruiz"), else the first comma, and the main clause read from the
    sentence's start."""
    for comma in _COMMA_SPACE_RE.finditer(text, sub.end(), cue_start):
        subj = _SUBJECT_RE.match(text, comma.start() + 1, cue_start)
        if subj is not None and (
            not subj.group("appos") or _APPOS_START_RE.match(subj.group("appos"))
        ):
            return comma.start() + 1, comma.start()
    return sub.start(), text.find(",", sub.end(), cue_start)


def find_cue_before(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 2b: a cue right before the quote ("…, saying, “…”", "Ryan said “…”"), the
    mention taken from the sentence when it names one. ``introduced`` only with a comma or
    a colon after the cue (without one, "a publicly declared “red line”" is a term)."""
    lo = max(sent_start, start - _WIN)
    if start > lo and text[start - 1] == "\n":  # $ may match before a final newline
        m = _BEFORE_CUE_ONLY.search(text, lo, start)
    elif not _may_end_with_cue(text, lo, start):
        return None
    else:  # a reverse match is anchored at the window's end, where $ is: one attempt
        m = _BEFORE_CUE_ONLY.match(text, lo, start)
    if m is None:
        return None
    punct = text[m.end("cue") : start].rstrip().endswith((",", ":"))
    cue = m.group("cue")
    quoted = _QUOTED_AS_RE.search(text, max(sent_start, m.start("cue") - _WIN), m.start("cue"))
    if quoted is not None:  # "The agency quoted Lavrov as saying, “…”": Lavrov speaks
        got = _mention(quoted, 0)
        if got is not None:
            return Found(got[0], got[1], cue, m.start("cue"), "before_quoted_as", punct)
    men = find_in_sentence(text, lo, m.end("cue"))
    if men is not None and men.sieve == "sentence_who" and men.cue_start != m.start("cue"):
        men = None  # "met a mother who said …, and told reporters: “…”": not the mother
    # "When I asked him, he looked at me and said, “…”": the speaker is not the clause's "I"
    main_start = sent_start
    sub = _SUBORDINATE_START_RE.match(text, sent_start, m.start("cue"))
    if sub is not None:
        main_start, clause_end = _main_clause(text, sub, m.start("cue"))
        if (
            clause_end != -1
            and men is not None
            and men.cue_start != m.start("cue")
            and sub.start("sub") <= (men.mention_start or 0) < clause_end
        ):
            men = None
    mention, m_start = (men.mention, men.mention_start) if men else (None, None)
    if (
        men is not None
        and cue.endswith("ing")
        and men.cue_start == m.start("cue")
        and not _may_lead_participle(text, sent_start, men.mention_start or 0)
    ):  # "an email to supporters stating, “…”": the words before the cue are its object
        mention, m_start = None, None
    if mention is None and not _WHO_RIGHT_BEFORE_RE.search(
        text, max(sent_start, m.start("cue") - 40), m.start("cue")
    ):  # "He then adopted a fake accent and joked, “…”": the subject (but "The envoy met
        # Hamas officials who told him, “…”": not the envoy, and no one read)
        mention, m_start = _subject_mention(text, main_start, m.start("cue"))
        if (
            mention is not None
            and cue.endswith("ing")
            and _WHERE_GAP_RE.search(text, (m_start or 0) + len(mention), m.start("cue"))
        ):  # "Clinton spoke at the casino, where about 50 protesters had gathered,
            # chanting “…”": the participle is the where-clause's
            mention, m_start = None, None
    return Found(mention, m_start, cue, m.start("cue"), "before_cue", punct)


_SUBJECT_NOT_WHOLE_RE = regex.compile(
    rf"[’']s?\b|[^\S\n]+(?:{ROLE_ALT})\b"
    rf"|(?:[^\S\n]+\p{{Ll}}[\p{{Ll}}\-]*){{0,2}}[^\S\n]+(?:{ROLE_ALT})[^\S\n]+\p{{Lu}}"
)
"""After a subject mention: a possessive ("Ryan’s campaign"), a noun it qualifies
("Ukrainian soldiers", "The UN envoy") or a title before a name ("Former Pennsylvania
governor Ed Rendell"): the mention is not the whole subject."""
_WHO_RIGHT_BEFORE_RE = regex.compile(rf"\bwho[^\S\n]+{_AUX}{_ADV}\Z")
_DESC_SUBJECT_RE = regex.compile(rf"(?P<desc>{DESCRIPTIVE_SHORTEST})(?=[^\S\n]+\p{{Ll}}|,)")
_ROLE_THEN_NAME_RE = regex.compile(
    rf"(?:[^\S\n]+\p{{Ll}}[\p{{Ll}}\-]*){{0,2}}[^\S\n]+(?:{ROLE_ALT})[^\S\n]+(?P<name>{NAME_SEQ})"
    r"(?=[^\S\n]+\p{Ll}|,)"
)
"""After a subject's first words, a role and a name: "Republican presidential candidate
Donald Trump took to Twitter", "Band member Flea shared"."""
_WHERE_GAP_RE = regex.compile(r"[,—–][^\S\n]*where[^\S\n]")
_WITH_SUBJECT_RE = compile_backwards(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'\-])[Ww]ith[^\S\n]+"
    rf"(?P<np>(?:{DESCRIPTIVE}[^\S\n]+and[^\S\n]+)?{MENTION_ALT})[^\S\n]+\Z"
)
"""The subject of a participle in a "with" phrase, right before it: "…, with many marchers
and spectators chanting “…”", "…, with Zelensky saying “…”" (not the sentence's subject)."""
_SUBJECT_GAP_RE = regex.compile(
    r"ccording|,[^\S\n]+(?:and|but|or|while|whereas|where)\b|[—–][^\S\n]*where\b|;"
    r"|\b(?:after|before|when|while|as|until|because|since|although|though|if)[^\S\n]+\p{Lu}"
)
"""Between a subject and a participle: another source ("according to the governor"), a
second clause (", and Moscow accused …"), a clause with its own subject ("after Putin
addressed the Duma") or a place with its own ("…, where about 50 protesters had gathered,
chanting"): the participle may not be the first subject's."""
_POSSESSED_RE = regex.compile(
    rf"(?P<s>[’']s?)?[^\S\n]+(?:\p{{Ll}}[\p{{Ll}}\-]*[^\S\n]+){{0,2}}?(?:{ROLE_ALT})\b(?!-)"
    r"(?=[^\S\n]+\p{Ll})"
)
"""After a name, what it owns when that is who acts: "Ryan’s campaign", "the ministry’s
press office" (a role noun, after two words at most, before the verb)."""
_FILLER_VERB_RE = regex.compile(r"[^\S\n]\p{Ll}+ed[^\S\n]")
_MAX_PARTICIPLE_REACH = 400


def _participle_subject(
    text: str, sent_start: int, cue_start: int, *, verb: int | None = None
) -> tuple[str, int] | None:
    """The subject of a participle that follows a comma and has an object before the quote
    ("Trump defended the incident, calling the protester “…”"), when the sentence is plain
    enough to tell: the subject within reach and whole ("Ukrainian" of "Ukrainian
    soldiers" is not), no quote marks before the participle (the sentence began inside
    another quote), no other reporting verb or source between the subject and the
    participle ("…, according to the governor, calling …") and no clause with a subject of
    its own ("…, and Moscow accused Ukraine, calling …", "… after Putin addressed the
    Duma, warning …"). With ``verb``, the offset of the verb whose object the participle
    follows ("issued a statement saying"), only the words before that verb are checked."""
    if cue_start - sent_start > _MAX_PARTICIPLE_REACH:
        return None  # a subject this far away is a guess
    if _QUOTE_IN_TAIL.search(text, sent_start, cue_start):
        return None
    subj = _subject(text, sent_start, cue_start)
    got = _mention(subj, 0) if subj is not None else None
    if not got:
        return None
    end = got[1] + len(got[0])
    owned = _POSSESSED_RE.match(text, end, cue_start)
    if owned is not None and (owned.group("s") or got[0].endswith(("’s", "'s"))):
        # "Ryan’s campaign shrugged off the remarks, telling reporters, “…”": the campaign
        got, end = (text[got[1] : owned.end()], got[1]), owned.end()
    if (
        got[0].endswith(("’s", "'s"))
        or _SUBJECT_NOT_WHOLE_RE.match(text, end)
        or _CUE_RE.search(text, end, cue_start if verb is None else verb)
        or _SUBJECT_GAP_RE.search(text, end, cue_start if verb is None else verb)
        or (subj.group("desc") and _FILLER_VERB_RE.search(got[0]))  # "The general visited"
    ):
        return None
    return got


def _subject_mention(text: str, sent_start: int, cue_start: int) -> tuple[str | None, int | None]:
    """The mention and offset of the sentence's subject (see :func:`_subject`), or Nones."""
    subj = _subject(text, sent_start, cue_start)
    got = _mention(subj, 0) if subj is not None else None
    if got and _SUBJECT_NOT_WHOLE_RE.match(text, got[1] + len(got[0])):
        named = _ROLE_THEN_NAME_RE.match(text, got[1] + len(got[0]))
        if named is not None:  # "Band member Flea shared …": the name after the role
            return named.group("name"), named.start("name")
        desc = _DESC_SUBJECT_RE.match(text, got[1], cue_start)
        if desc is not None:  # "The UN envoy met …": the whole description
            return desc.group("desc"), got[1]
        return None, None  # "Ryan’s campaign …": not this mention
    return got if got else (None, None)


_NAME_COLON = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}’'.\-])(?P<name>{NAME_SEQ}){_PAREN}[^\S\n]*:[^\S\n]*$"
)


_ROLE_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}\-’'])(?!(?:of|for|to|at|with|from|by|in|on|and|or|the|a|an)[^\S\n])"
    r"\p{Ll}[\p{L}\-]+[^\S\n]+$"
)
"""A lower-case word right before a name, not a function word: a role ("pollster")."""

_INVERTED_START = regex.compile(
    rf"[^\S\n]*(?P<cue>{'|'.join(INVERTED_CUES)})[^\S\n]+(?P<name>{NAME_SEQ})(?=[^\S\n]*[,:])"
)
"""A sentence that opens with its cue and the speaker: "Said Dorothy Poynter, who grew up
with him, “…”", "Continued Stone: “…”"."""


def find_inverted_start(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 2d: the sentence before the quote opens with a cue and a name."""
    m = _INVERTED_START.match(text, sent_start, start)
    if m is None:
        return None
    tail = text[m.end() : start]
    if len(tail) > _MAX_TAIL or _QUOTE_IN_TAIL.search(tail):
        return None
    return _found(m, 0, "before_inverted", introduced=tail.rstrip().endswith((",", ":")))


_NOT_FIRST_NAMES = frozenset(
    [
        *("the", "a", "an", "and", "but", "mr", "mrs", "ms", "dr", "when", "if", "as", "for"),
        *("to", "read", "see", "our", "his", "her", "their", "its", "this", "that", "in"),
        *("on", "at", "by", "from", "with", "of", "after", "before", "latest", "more", "full"),
    ]
)
"""Capitalised words that may stand before a surname without being a first name."""
_FULL_NAME_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<first>\p{Lu}[\p{L}’'\-]+)\.?[^\S\n]+(?:\p{Lu}\.[^\S\n]+)?"
    r"(?P<last>\p{Lu}[\p{L}’'\-]{2,})(?![\p{L}\p{N}])"
)


@lru_cache(maxsize=1)
def _surnames(text: str) -> frozenset[str]:
    """Last words of the two-word names in a document that read as a person's: not an
    organisation ("News Analysis"), not led by a function word ("Read Analysis"). Built
    once per document, so each question about a surname is a set lookup; only the current
    document is kept, so no earlier text stays in memory."""
    out = set()
    for m in _FULL_NAME_RE.finditer(text, overlapped=True):
        first, last = m.group("first"), m.group("last")
        if first.lower() in _NOT_FIRST_NAMES or last.isupper():
            continue
        if is_organisation(f"{first} {last}"):
            continue
        out.add(last)
    return frozenset(out)


@lru_cache(maxsize=1)
def _word_cache(text: str) -> dict[str, tuple[int, ...]]:
    """Per-document memo for :func:`_word_starts` (only the current document is kept)."""
    return {}


def _word_starts(text: str, word: str) -> tuple[int, ...]:
    """Offsets of ``word`` standing alone (no letter or digit on either side) in
    ``text``, found once per document and word: a page of many headings of the same words
    ("Fact Check:") is then read once, not once per heading."""
    memo = _word_cache(text)
    got = memo.get(word)
    if got is None:
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])")
        got = memo[word] = tuple(o.start() for o in pattern.finditer(text))
    return got


def _is_surname_of_full_name(text: str, word: str) -> bool:
    """Whether ``word`` ends a person's name of two words somewhere in the document
    ("Clinton" after "Hillary Clinton"); a heading word alone before a colon does not."""
    return len(word) >= 3 and word[:1].isupper() and not word.isupper() and word in _surnames(text)


def find_name_colon(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 2c: a person's name and a colon right before the quote, the convention of
    round-ups and transcripts ("Republican pollster Daron Shaw: “…”"). The name must read
    as a person's: a first name and a surname, or a title and a name; capitals alone
    ("UN:"), organisations and places ("Kharkiv Region:") are headings."""
    lo = max(sent_start, start - 80)
    m = _NAME_COLON.search(text, lo, start)
    if m is None:
        return None
    name = m.group("name")
    if _ADDRESSEE_PREP_RE.search(text, max(sent_start, m.start() - 10), m.start()):
        return None  # "delivered a message to Trump:": the one spoken to ("from" is a source)
    bare, title = strip_title(name)
    tokens = bare.split()
    if not tokens or len(tokens) > 4:
        return None
    if title is None and len(tokens) < 2 and not _is_surname_of_full_name(text, tokens[0]):
        return None  # "Update:" is a heading; "Clinton:" is a speaker named in full elsewhere
    if is_organisation(bare):
        return None
    if any(t.isupper() and len(t) > 2 for t in tokens):
        return None
    if any(t.lower() in ROLE_NOUNS for t in tokens):
        return None
    role_before = title is not None or _ROLE_WORD_BEFORE.search(
        text, max(0, m.start() - 40), m.start()
    )
    if not role_before and is_place_or_event(bare):
        return None  # "Kharkiv Region:" (but "Dr. Anna Bridge:", "Rescue chief Marko Day:")
    if not role_before and not (
        _MIDDLE_INITIAL_RE.fullmatch(bare) and tokens[0].lower() not in _ENUMERATORS
    ):  # "Michael P. McDonald:" (but not "Option B. Evacuation:")
        # Two capitalised words and a colon are as often a heading ("Fact Check:", "Key
        # Takeaways:", "Kharkiv Region:"): without a title or a role word before them
        # ("pollster Daron Shaw:"), the surname must be named elsewhere in the document
        starts = _word_starts(text, tokens[-1])
        if not any(o < m.start() or o >= m.end() for o in starts):
            return None
    return Found(name, m.start("name"), None, None, "before_colon", True)


_ENUMERATOR_TEXT = (
    "option appendix annex plan part section chapter article exhibit figure table phase "
    "stage step scenario level category class type item point unit zone sector block "
    "building route gate company battery group"
)
_ENUMERATORS = frozenset(_ENUMERATOR_TEXT.split())
"""Words a lettered heading starts with ("Option B. Evacuation:", "Appendix C. Testimony:"):
not first names."""
_MIDDLE_INITIAL_RE = regex.compile(r"\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\.[^\S\n]+\p{Lu}\p{L}+")
"""A first name, a middle initial and a surname: a person's name, never a heading."""

_SHORT_MEDIUM = (
    r"(?P<medium>[^\S\n]+(?:in[^\S\n]+(?:a|an|its|his|her|their)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?"
    r"(?:statement|interview|email|post|letter|tweet|video|message)"
    r"|on[^\S\n]+(?:Twitter|Facebook|Telegram|X|Instagram|television|TV|radio))"
    r"(?:[^\S\n]+on[^\S\n]+(?:Twitter|Facebook|Telegram|X|Instagram|\p{Lu}\p{Ll}+day))?)?"
)
_SHORT_ATTRIBUTION = regex.compile(
    rf"[^\S\n]*{MENTION_ALT}{_PAREN}{_APPOSITIVE}[^\S\n]+{_AUX}{_ADV}(?P<cue>{CUE_VERB_ALT})"
    rf"{_SHORT_MEDIUM}(?:[^\S\n]+\p{{Ll}}+ly)?[^\S\n]*[.:][^\S\n]*"
)
_SHORT_CUES = frozenset(
    [
        *("agreed", "explained", "added", "continued", "recalled", "concluded"),
        *("countered", "replied", "answered", "warned", "noted", "insisted"),
        *("cautioned", "elaborated", "agrees", "explains", "adds", "continues", "warns"),
    ]
)
"""Cues that stand alone at a sentence's end and point to what follows ("X agreed.");
"said" or "told" alone end a sentence about something else, and "responded" may be an
army's ("The army responded.")."""


def find_sentence_before(text: str, prev_start: int, start: int) -> Found | None:
    """Sieve 2e: the sentence before the quote, in its paragraph, is only a mention and a
    cue that needs no object ("Bystrom agreed. “…”", "The minister explained: “…”") or a
    cue and its medium ("The ministry said in a statement on Telegram. “…”"), so the quote
    is what the speaker said."""
    if start - prev_start > _MAX_TAIL:
        return None
    m = _SHORT_ATTRIBUTION.fullmatch(text, prev_start, start)
    if m is None or (m.group("cue").lower() not in _SHORT_CUES and not m.group("medium")):
        return None  # "X said." alone ends a sentence about something else; "X said in a
        # statement." announces the statement
    return _found(m, 0, "before_sentence", introduced=True)


_IN_WORDS = compile_backwards(
    r"(?r)(?<![\p{L}\p{N}])"
    rf"(?:(?P<cue>[Ii]n[^\S\n]+the[^\S\n]+words[^\S\n]+of)[^\S\n]+{MENTION_ALT}"
    rf"|[Ii]n[^\S\n]+(?<![\p{{L}}\p{{N}}’'\-.]){MENTION_ALT}(?:[’']s?|[^\S\n]+own)?[^\S\n]+"
    r"(?:own[^\S\n]+)?(?P<cue2>words))"
    r"[^\S\n]*[,:]?[^\S\n]*\Z"
)
"""Right before a quote: "in the words of one commander, “…”", "in Forbes’ words, “…”"."""


def find_in_words(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 1c: the quote is someone's words, as the phrase right before it says ("in the
    words of X, “…”", "in X’s own words: “…”")."""
    lo = max(sent_start, start - 120)
    if "words" not in text[lo:start]:
        return None
    m = _IN_WORDS.search(text, lo, start)
    if m is None:
        return None
    men = _mention(m, 0)
    if men is None:
        return None
    cue = "cue" if m.group("cue") else "cue2"
    return Found(men[0], men[1], m.group(cue), m.start(cue), "before_words", True)


_HERE_IS = regex.compile(
    r"[^\S\n]*(?:And[^\S\n]+)?(?P<cue>Here(?:[’']s|[^\S\n]+is|[^\S\n]+was))[^\S\n]+"
    rf"{MENTION_ALT}[^:“”\"\n]{{0,60}}:[^\S\n]*"
)
"""A sentence that presents the speaker before a colon: "Here’s Clinton in December
1992:", "Here is the minister on the convoy:"."""


def find_here_is(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 2f: "Here’s X …:" right before the quote (or ending the line before it)."""
    if not text[sent_start:start].lstrip().startswith(("Here", "And Here")):
        return None
    m = _HERE_IS.fullmatch(text, sent_start, start)
    if m is None or m.group("pron"):
        return None
    men = _mention(m, 0)
    if (
        men is None
        or men[0].endswith(("’s", "'s"))
        or text.startswith(("’", "'"), men[1] + len(men[0]))
    ):
        return None  # "Here is Netanyahu’s response:": whose words, but not as a speaker
    return Found(men[0], men[1], m.group("cue"), m.start("cue"), "before_here", True)


_ADDRESSEE_PREP_RE = re.compile(
    r"(?:^|[\s,(])(?:to|for|at|on|into|onto|against|with|about|toward|towards)[^\S\n]+\Z"
)


_DASH_HEADING_RE = regex.compile(
    rf"(?r)(?<=[^\S\n])[—–―-][^\S\n]*{NAME_SEQ}{_PAREN}[^\S\n]*:[^\S\n]*\Z"
)


def dash_heading_start(text: str, sent_start: int, start: int) -> int | None:
    """Where "- Capitalised Words:" right before a quote begins (at its dash), or None.
    What comes before the dash is another headline or sentence ("Pollsters agree - Carl
    Bialik: “…”"): its verb does not speak the quote, whatever the words after the dash
    turn out to be. The caller then reads the quote's sentence from the dash: a name there
    (:func:`find_name_colon`) outranks any cue before it."""
    if not text[max(sent_start, start - 3) : start].rstrip().endswith(":"):
        return None
    m = _DASH_HEADING_RE.search(text, max(sent_start, start - 100), start)
    return None if m is None else m.start()


_COLON_TAIL_RE = re.compile(
    r"(?:[^\S\n]*:|(?<![^\W\d_])(?:statement|remarks|message|tweet|post|email|letter|note"
    r"|response|reply|warning|announcement)[^\S\n]*,)[^\S\n]*\Z"
)
"""A sentence that ends in a colon, or in a speech noun and a comma ("Trump issued a
statement, “…”"), right before the quote."""
_MAX_COLON_SENTENCE = 200
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|this|that)[^\S\n]+\Z")
_SPEECH_ACT_RE = regex.compile(
    r"\b(?:issued|issues|released|releases|made|makes|delivered|delivers|sent|sends|posted"
    r"|gave|gives|offered|offers|put[^\S\n]+out|published|shared|had|has)\b[^:“”\"]{0,80}?"
    rf"\b(?:{CUE_NOUN_ALT}|comment|message|words|answer|response|reply|note|plea|appeal)\b"
    r"|\bthe[^\S\n]+following\b|\bthis[^\S\n]+to[^\S\n]+say\b"
    r"|\b(?:addressed|addresses|demurred|apologi[sz]ed|spoke|speaks|weighed[^\S\n]+in"
    r"|summed[^\S\n]+(?:it[^\S\n]+)?up|preached|pleaded|lectured)\b"
)
"""A speech act between a subject and the colon: "delivered a blunt message to Trump",
"made the following comment", "issued a statement", "had this to say", or a verb of
speaking that does not lead speech without a colon ("addressed the crowd again:",
"demurred:", "apologized for what happened:")."""


def find_subject_colon(text: str, sent_start: int, start: int) -> Found | None:
    """Sieve 2e: a sentence that ends with a colon right before the quote and whose subject
    names a speaker ("Senate Majority Leader Mitch McConnell delivered a blunt message to
    Trump: “…”", "Clinton has since apologized for what happened: “…”"). Only a subject at
    the start of the sentence, or after an introductory phrase and its comma, counts."""
    if start - sent_start > _MAX_COLON_SENTENCE:
        return None
    colon = _COLON_TAIL_RE.search(text, sent_start, start)
    if colon is None:
        return None
    if _QUOTE_IN_TAIL.search(text, sent_start, colon.start()):
        return None  # the sentence quotes something else: its subject may not speak this
    subj = _subject(text, sent_start, colon.start())
    if subj is None or _PREP_NEXT_RE.match(text, subj.end(), colon.start()):
        return None  # "Update from Kharkiv Region:" is a heading, not a subject and verb
    if not (
        _SPEECH_ACT_RE.search(text, subj.end(), colon.end())
        or any(
            not _DETERMINER_BEFORE_RE.search(text, max(subj.end(), c.start() - 8), c.start())
            for c in _CUE_RE.finditer(text, subj.end(), colon.start())
        )
    ):  # "Reporters saw graffiti on the wall:" names who saw it, not who wrote it; in
        # "found a note left by …" the cue word is a noun
        return None
    got = _mention(subj, 0)
    if got is None:
        return None
    return Found(got[0], got[1], None, None, "before_subject_colon", True)


_NEXT_LINE_DASH = regex.compile(
    rf"[^\S\n]*[—–―-]{{1,2}}[^\S\n]*(?P<name>{NAME_SEQ})[^\S\n]*(?:[,.(]|$)"
)
_MAX_DASH_LINE = 120
_DASH_ITEM_AFTER_RE = regex.compile(r"\s*\n\s*[—–―\-•*]")


def find_next_line_dash(text: str, para_start: int, para_end: int) -> Found | None:
    """Sieve 4b: the paragraph after a quote is a dash and a name ("- Bernie Sanders." or
    "—President Obama, tweeting after the speech"), the convention of fact checks and
    pull quotes."""
    if para_end - para_start > _MAX_DASH_LINE:
        return None
    m = _NEXT_LINE_DASH.match(text, para_start, para_end)
    if m is None:
        return None
    if _DASH_ITEM_AFTER_RE.match(text, para_end):
        return None  # one of a list of dashed items, not a signature
    bare, title = strip_title(m.group("name"))
    tokens = bare.split()
    if not tokens or is_organisation(bare):
        return None
    if title is None:
        # "- Foreign Policy." is a list item; "- Sanders." or "- Bernie Sanders." signs a
        # quote from someone the document names elsewhere, in full
        last = tokens[-1]
        named_elsewhere = text.count(last) > text.count(last, para_start, para_end)
        if not (_is_surname_of_full_name(text, last) and named_elsewhere):
            return None
    return _found(m, 0, "next_line_dash", introduced=True)


def find_in_sentence(text: str, lo: int, hi: int) -> Found | None:
    """Sieve 3: a mention with a cue anywhere in ``text[lo:hi]`` (outside marks)."""
    for cue in _CUE_RE.finditer(text, lo, hi):
        got = _mention_before(text, lo, cue.start(), _MENTION_NEXT_TO_CUE)
        sieve = "sentence"
        if got is None and "who " in text[max(lo, cue.start() - 30) : cue.start()]:
            got = _mention_before(text, lo, cue.start(), _MENTION_WHO_CUE)
            if got is not None and not _who_names(got[0]):
                cut = _who_description(got[0], got[1])
                if cut is not None:  # "Reuters interviewed three residents who said"
                    return _past_anonymity(
                        text, Found(cut[0], cut[1], cue.group(), cue.start(), "sentence_who")
                    )
                got = None
            sieve = "sentence_who"
        if got is not None:
            found = _from_parts(got[0], got[1], cue, sieve, text=text, sent_start=lo, things=False)
            verdict = (
                _prep_object(text, lo, (got[0], found.mention_start - got[0].start()))
                if sieve == "sentence"  # "from Mike Lee, who declared": the relative's subject
                and not cue.group().endswith("ing")
                and found.mention_start is not None
                else False
            )
            if isinstance(verdict, tuple):  # "Residents in Gaza City said"
                return Found(*verdict, cue.group(), cue.start(), sieve)
            if verdict:
                continue  # "Pilots from the air force said": not the air force
            return _past_anonymity(text, found)
    return None


_SECOND_SPEAKER_RE = regex.compile(
    rf"[,;][^\S\n]+(?:and|but|while|as|then)[^\S\n]+{MENTION_ALT}[^\S\n]+"
    rf"(?:(?:also|then|quickly|suddenly)[^\S\n]+)?(?P<cue>{CUE_VERB_ALT})\b"
    r"[^\S\n]*[,.:;!?—–]?[^\S\n]*\Z"
)
"""The second speaker's cue ends the words between the quotes: in “…,” Hassan said, as his
wife said nothing. “…” the wife's "said" has an object and the second quote is Hassan's."""


def find_second_speaker(text: str, lo: int, hi: int) -> Found | None:
    """A second speaker joined to an attribution in ``text[lo:hi]``, the words between two
    quotes: in “…,” Ebeling said, and her husband cut in. “…” the second quote is the
    husband's (not the rest of the first)."""
    if hi - lo > 2 * _WIN:
        return None
    m = _SECOND_SPEAKER_RE.search(text, lo, hi)
    return _found(m, 0, "between_second") if m else None


def find_line_before(
    text: str, para_start: int, para_end: int, sents: Sentences | None = None
) -> Found | None:
    """Sieve 4: the paragraph ends with a colon and names a source (checked on its tail);
    with ``sents``, also by the subject of its last sentence."""
    lo = max(para_start, para_end - 240)
    window = text[lo:para_end].rstrip()
    if not window.endswith(":"):
        return None
    if _ANY_NOUN_RE.search(window):  # both alternatives of _LINE_NOUN hold a speech noun
        m = _LINE_NOUN.match(window)  # reversed, so anchored at the (stripped) end
        if m:
            return _found(m, lo, "line_before_noun", introduced=True)
    if _ANY_CUE_RE.search(window):
        m = _LINE_CUE.search(window)
        if m:  # "the agency's commissioner-general, Philippe Lazzarini, wrote:"
            return _appositive_person(m, lo, _found(m, lo, "line_before", introduced=True))
    m = _LINE_FROM.search(window)
    if m:
        return _found(m, lo, "line_before_from", introduced=True)
    m = _INVERTED_START.match(text, para_start, para_end)
    if m and len(text[m.end() : para_end]) <= _MAX_TAIL:
        return _found(m, 0, "line_before", introduced=True)
    if sents is not None:  # "Sanders made the following comment:": the line's subject
        end = lo + len(window)
        sent_start, _ = sents.bounds(end - 1, para_start, para_end)
        f = find_here_is(text, sent_start, end)
        if f is not None:
            return replace(f, sieve="line_before_here")
        f = find_subject_colon(text, sent_start, end)
        if f is not None:
            return replace(f, sieve="line_before_subject")
    return None


_IND_WORDS = trie_pattern([f for f in INDIRECT_VERB_FORMS if f.isalpha()])
_IND_WORDS_RE = re.compile(rf"\b(?:{_IND_WORDS})\b")
"""A word that can lead indirect speech. These patterns are run over whole documents, so
compiled with the standard library's ``re``: for a plain alternation of ASCII words it
scans about twice as fast as ``regex``."""


def _non_word_class() -> str:
    """``\\W`` as a class of explicit ranges: every character of the Basic Multilingual
    Plane that is not a word character (as ``re`` defines one: alphanumeric or "_"), and
    every character beyond it. ``re`` tests such a class with a table lookup, where ``\\W``
    costs a lookup in the Unicode database per character of the text."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        ch = chr(code)
        if ch.isalnum() or ch == "_":
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    ranges.append([0x10000, 0x10FFFF])  # tested one by one (see indirect_cue_offsets)
    return "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]"


_IND_WORDS_AFTER_RE = re.compile(rf"{_non_word_class()}(?:{_IND_WORDS})\b")
"""The same words with the character before them. The words start with a letter, so
``\b`` before one is a non-word character before it (or the text's start); a pattern
that opens with a character class lets ``re`` skip to its candidates, which a leading
``\b`` prevents (about a sixth faster over whole documents), and a class of explicit
ranges is scanned faster than ``\\W`` (a quarter)."""


def indirect_cue_offsets(text: str) -> list[int]:
    """Offsets of every word that can lead indirect speech, in order (one pass)."""
    out = [
        m.start() + 1
        for m in _IND_WORDS_AFTER_RE.finditer(text)
        if not text[m.start()].isalnum()  # a letter beyond the BMP is in the class
    ]
    if _IND_WORDS_RE.match(text):
        out.insert(0, 0)  # a word at the very start has no character before it
    if "ccording" in text:
        out.extend(m.start() for m in _ACCORDING_RE.finditer(text))
        out.sort()
    return out


_ROLE_SET = frozenset(ROLE_NOUNS)
_PRONOUN_SET = frozenset({"he", "she", "they", "we", "i", "it"})


def _may_end_mention(text: str, lo: int, cue_start: int) -> bool:
    """Whether one of the four words before a cue could end a mention (a pronoun, a word
    with a capital, a role noun): the mention ends at most three words (two auxiliaries
    and an adverb) before its cue. A cheap test before the reverse mention pattern."""
    before = text[max(lo, cue_start - 80) : cue_start]
    if before.rstrip().endswith(","):
        return True  # an appositive ends there: its mention is before it
    words = before.split()
    if len(words) <= 4 and cue_start - 80 > lo:
        return True  # long words: the window may have cut one, so no conclusion
    words = words[-4:]
    return any(w.lower() in _PRONOUN_SET or w in _ROLE_SET or not w.islower() for w in words)


def _ind_cues(text: str, lo: int, hi: int, offsets: list[int] | None) -> Iterator[re.Match[str]]:
    """The indirect cues in ``text[lo:hi]``: scanned, or matched only at ``offsets`` (from
    :func:`indirect_cue_offsets`, computed once per document). The two agree but for a
    cue glued to a digit or an underscore before it ("3said"), which only the scan takes."""
    if offsets is None:
        yield from _IND_CUE_RE.finditer(text, lo, hi)
        return
    for k in range(bisect.bisect_left(offsets, lo), len(offsets)):
        off = offsets[k]
        if off >= hi:
            return
        cue = _IND_CUE_RE.match(text, off, hi)
        if cue is not None:
            yield cue


def _appositive_subject(m: regex.Match[str]) -> bool:
    """Whether a mention with an appositive after it, inside its sentence, is a subject:
    a titled or full name, a description or a pronoun; not a single word ("Ohio")."""
    name = m.group("name3") or m.group("name")
    return not name or _titled_or_full(name) is not None


_CHAIN_TAIL = rf"[^\S\n]+{_AUX_IND}{_ADV}\Z"
_NAME_THEN_APPOS_RE = regex.compile(
    rf"(?P<name>{NAME_SEQ})(?:,[^\S\n]+[^,;:!?\n“”\"()]{{1,120}}){{1,3}},{_CHAIN_TAIL}"
)
"""A name that opens its clause, then one to three phrases in commas before the cue:
"Umm Khaled, 52, who was displaced from Shujayea, said"."""
_DESC_THEN_NAME_RE = regex.compile(
    rf"(?P<desc>\p{{L}}[^,;:!?\n“”\"()]{{2,100}}),[^\S\n]+(?P<name>{NAME_SEQ}),"
    rf"(?:[^\S\n]+[^,;:!?\n“”\"()]{{1,120}},)?{_CHAIN_TAIL}"
)
"""A description, then the person's name in commas (and one more phrase at most) before
the cue: "The United Nations' humanitarian coordinator for Sudan, Ingrid Halvorsen,
said"."""


def _appositive_chain_subject(text: str, lo: int, cue: re.Match[str]) -> Found | None:
    """The subject of an indirect cue that the mention patterns miss because phrases in
    commas stand between it and the cue: a person's name that opens the sentence (after
    an opening phrase at most) and one to three phrases in commas ("Umm Khaled, 52, who
    was displaced …, said"), or a description with a person's name in commas ("The
    regional governor, Oleh Syniehubov, said"; the description is the role). The name
    is a person's: titled or of two words or more, not an organisation or a place; after
    the name, titled or with a listed given name, or followed by an age, a role or a
    "who" clause; after the description, not the place a description ends with."""
    lead = _OPENER_RE.match(text, lo, cue.start())
    for pos in (lo, lead.end() if lead is not None else None):
        if pos is None:
            continue
        m = _NAME_THEN_APPOS_RE.fullmatch(text, pos, cue.start())
        role = None
        if m is not None:
            described = _person_after_opener(m.group("name")) or _PERSON_APPOS_RE.search(
                text, m.end("name"), cue.start()
            )
        else:
            m = _DESC_THEN_NAME_RE.fullmatch(text, pos, cue.start())
            if m is None or not _has_role_word(m.group("desc")):
                continue
            # the name stands for the whole description, not for a place that ends it
            # ("Residents of the northern town, Al Bab, said"), unless it is a person's
            last = m.group("desc").split()[-1].lower()
            described = last not in _PLACE_NOUNS or _person_after_opener(m.group("name"))
            role = m.group("desc").strip()
            sub = _LEAD_SUBORDINATOR_RE.match(role)
            if sub is not None:  # "When the F.B.I. director, James B. Comey, said"
                role = role[sub.end() :]
        name = m.group("name")
        bare = _titled_or_full(name)
        if not described or bare is None or is_organisation(bare) or is_place_or_event(bare):
            continue
        return Found(
            name, m.start("name"), cue.group(), cue.start(), "indirect_appositive", role=role
        )
    return None


_POSSESSIVE_END_RE = re.compile(r"[’']s?$")
_PLACE_NOUN_TEXT = (
    "town city village province region district country state area camp neighbourhood "
    "neighborhood county capital island border governorate municipality valley"
)
_PLACE_NOUNS = frozenset(_PLACE_NOUN_TEXT.split())
"""Nouns for places: a name in commas after a description ending in one is the place's."""
_PERSON_APPOS_RE = regex.compile(
    rf",[^\S\n]+(?:\p{{N}}{{1,3}}(?=,)|(?:(?:[Tt]he|[Aa]n?)[^\S\n]+)?(?:\p{{L}}[\p{{L}}\-’']*[^\S\n]+){{0,4}}"
    rf"(?:{ROLE_ALT})\b|who\b)"
)
"""A phrase in commas after a name that tells a person: an age (", 52,"), a role (", a
junior from Las Vegas,", ", chief executive of CloudFlare,") or a relative "who"."""


def _has_role_word(desc: str) -> bool:
    """Whether a description holds a word for a person's role ("coordinator",
    "spokesperson", "governor")."""
    return any(_POSSESSIVE_END_RE.sub("", w).lower() in _ROLE_SET for w in desc.split())


def find_indirect(
    text: str, lo: int, hi: int, cues: list[int] | None = None
) -> list[tuple[Found, int, int]]:
    """Indirect speech in the sentence ``text[lo:hi]``: (found, content start, content end).
    ``cues``: the document's :func:`indirect_cue_offsets`, when the caller has them, so
    the sentence is not scanned again."""
    for cue in _ind_cues(text, lo, hi, cues):
        if cue.start() - lo > 2 * _WIN:
            break
        relative = text.find(" who ", lo, cue.start()) != -1  # a subject's relative clause?
        if not relative and not _may_end_mention(text, lo, cue.start()):
            continue
        # what follows the cue first: it fails more often than the mention and costs less
        pos = cue.end()
        if cue.group() in ("tell", "tells", "told"):
            listener = _IND_LISTENER.match(text, pos, hi)
            if listener is None:
                continue
            pos = listener.end()
        after = _IND_AFTER.match(text, pos, hi)
        if after is None:
            continue
        if after.group("that") is None and cue.group() not in _BARE_CLAUSE_VERBS:
            content = after.group("content")
            if not _CLAUSE_START.match(content) or not (
                _PRONOUN_SUBJECT_RE.match(content) or _FINITE_VERB_RE.search(content, 0, 120)
            ):
                continue  # "reported the attack on Monday": an object, not a clause
        rel = _relative_subject(text, lo, cue.start()) if relative else None
        if rel is not None:  # "An official who spoke on condition of anonymity said …"
            found = Found(rel[0], rel[1], cue.group(), cue.start(), "indirect_relative")
            return [(found, after.start("content"), after.end("content"))]
        head = text[lo : cue.start()]
        m = _IND_MENTION.search(head)
        long = False
        if m is None and (_APPOS_END_RE.search(head) or _ROLE_LEAD_RE.match(head)):
            m = _IND_MENTION_LONG.search(head)
            long = True
        if m is None:
            got = _appositive_chain_subject(text, lo, cue)
            if got is not None:
                return [(got, after.start("content"), after.end("content"))]
            continue
        if long and m.group("appos") and m.start() > 0 and not _appositive_subject(m):
            continue  # "… travel to Columbus, Ohio, on Wednesday …, said": a place
        found = _from_parts(m, lo, cue, "indirect", text=text, sent_start=lo)
        if long and m.group("appos"):  # "Egypt's foreign minister, Badr Abdelatty, said …"
            found = _appositive_person(m, lo, found)
        if long and m.group("rolepre") and found.role is None and m.group("name3"):
            found = replace(found, role=m.group("rolepre"))  # "Kremlin spokesman"
        return [(found, after.start("content"), after.end("content"))]
    if "ccording" in text[lo : lo + 20]:
        window = text[lo:hi]
        m = _ACCORDING_INDIRECT.search(window)
        if m:
            found = _according_whole(text, _found(m, lo, "according"))
            return [(found, lo + m.start("content"), lo + m.end("content"))]
    return _trailing_attribution(text, lo, hi, cues)


_TRAILING_CUES: tuple[str, ...] = (
    *("said", "says", "told", "reported", "wrote", "added", "confirmed", "stated"),
    *("claimed", "announced", "warned", "alleged", "estimated"),
)
"""The verbs of an attribution that ends the sentence of its clause ("…, officials
said.")."""
_TRAILING_CUE_WORDS = (*_TRAILING_CUES, "according", "According")
_TRAILING_CUE_RE = regex.compile(trie_pattern(_TRAILING_CUES))
_TRAILING_SPEAKER_RE = regex.compile(
    rf",[^\S\n]+(?:(?P<name>{NAME_SEQ})[^\S\n]+(?:{trie_pattern(_TRAILING_CUES)})"
    rf"|(?:said|says|added|wrote)[^\S\n]+(?P<name2>{NAME_SEQ})(?:,[^,.;:!?\n“”\"]{{1,120}})?)"
    r"(?:[^\S\n]+(?:on|in|at|last|this)[^,;:!?\n“”\"]{1,40}?|[^\S\n]+\p{Lu}\p{Ll}+day)?"
    r"[^\S\n]*[.!?]?[^\S\n]*$"
)
"""A named person's attribution that ends a sentence: "…, Stovall said.", "…, said James
Henson, director of the Texas Politics Project."."""


def _trailing_speaker(
    text: str, start: int, end: int, known: Callable[[str, int], str | None] | None
) -> tuple[str, int, bool] | None:
    """The person whose attribution ends the sentence ``text[start:end]``
    (:data:`_TRAILING_SPEAKER_RE`, tried after each of its last two commas): a titled
    or full name, or the surname of a person ``known`` to be named in full before."""
    comma = end
    for _ in range(2):
        comma = text.rfind(",", start, comma)
        if comma < 0:
            return None
        m = _TRAILING_SPEAKER_RE.match(text, comma, end)
        if m is None:
            continue
        g = "name" if m.group("name") else "name2"
        name = m.group(g)
        bare = _titled_or_full(name)
        if bare is None and known is not None and known(name, m.start(g)) is not None:
            bare = name
        if bare is None or is_organisation(bare) or is_place_or_event(bare):
            return None
        return name, m.start(g), False
    return None


_BE_BEFORE_CUE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_BE_FORMS | {'be', 'been', 'being'}))})[^\S\n]+(?:\w+ly[^\S\n]+)?\Z"
)
"""A form of "be" right before a cue: a passive ("the court was told", "it was
reported")."""
_TRAILING_REST = (
    r"(?:[^\S\n]+(?:on|in|at|late|early|last|this|during|via|after|before|citing)"
    r"[^,;:!?\n“”\"]{1,50}?)?"
    # "…, the Air Force said, while 15 drones struck targets.": another clause follows
    r"(?:,[^\S\n]+(?:while|whereas|but|although|though|adding|saying|citing)\b[^\n“”\"]*?)?"
    r"[^\S\n]*[.!?]?[^\S\n]*$"
)
_TRAILING_END = rf"(?:[^\S\n]+\p{{Lu}}[\p{{L}}.]*)?{_TRAILING_REST}"
_TRAILING_END_RE = regex.compile(_TRAILING_END)
"""What may follow a trailing cue to the sentence's end: a day ("said Monday"), a time or
a medium ("said on Telegram"); not an object ("claimed the nomination on Tuesday")."""
_TRAILING_TOLD_END = (
    r"(?:[^\S\n]+(?:reporters|journalists|the[^\S\n]+\p{Ll}+|\p{Lu}[\p{L}.]*))?" + _TRAILING_REST
)
_TRAILING_TOLD_END_RE = regex.compile(_TRAILING_TOLD_END)
"""The same after "told", with its listener ("told reporters", "told the newspaper", "told
AFP")."""
_TRAILING_OTHER_RE = regex.compile(
    rf",[^\S\n]+(?:(?P<cue>according[^\S\n]+to)[^\S\n]+{MENTION_ALT}"
    rf"|(?P<cue>said|says)[^\S\n]+{MENTION_ALT}(?:,[^,.;:!?\n“”\"]{{1,80}})?)"
    rf"{_TRAILING_END}"
)
"""The other trailing attributions, after a comma: "…, according to the Gaza health
ministry.", "…, said Ivan Petrov, a UN spokesman." """
_TRAILING_MENTION_RE = regex.compile(
    rf",[^\S\n]+{MENTION_ALT}{_APPOSITIVE}[^\S\n]+{_AUX_IND}"
    rf"(?P<cue>{trie_pattern(_TRAILING_CUES)}){_TRAILING_TOLD_END}"
)
"""A mention after a comma, read forwards from the comma: the slow way, for when the
mention read backwards from the cue is not the whole phrase after the comma ("…, the
U.S. Attorney’s Office for the Western District of New York said")."""
_TRAILING_MIN_WORDS = 5


def _trailing_attribution(
    text: str, lo: int, hi: int, cues: list[int] | None
) -> list[tuple[Found, int, int]]:
    """Indirect speech whose attribution ends its sentence: the words before the comma,
    when they open the sentence with a capital and hold a clause's worth of words."""
    end = hi
    while end > lo and text[end - 1] in " \t\n":
        end -= 1
    first = text[lo : lo + 1]
    if not (first.isupper() or first.isdigit()):
        return []
    if cues is None:
        cues = [lo + c for c in indirect_cue_offsets(text[lo:end])]
    k = bisect.bisect_left(cues, end) - 1  # the last trailing cue, near the sentence's end
    while k >= 0 and cues[k] >= lo and end - cues[k] <= 90:
        if text.startswith(_TRAILING_CUE_WORDS, cues[k]):
            break
        k -= 1  # "according to a report": "report" is a cue too
    else:
        return []
    last = cues[k]
    if text.startswith(("according", "said", "says"), last) and text[last - 2 : last] == ", ":
        comma = last - 2  # "…, according to X." or "…, said X."
        m = _TRAILING_OTHER_RE.match(text, comma, end)
        if m is None:
            return []
        found = _appositive_person(m, 0, _found(m, 0, "indirect_trailing"))
        if m.group("cue").startswith("according"):
            found = _according_whole(text, found)
    else:  # "…, officials said.": the mention before the cue, and a comma before it
        cue = _TRAILING_CUE_RE.match(text, last)
        if (
            cue is None
            or not (_TRAILING_TOLD_END_RE if cue.group() == "told" else _TRAILING_END_RE).match(
                text, cue.end(), end
            )
            or not _may_end_mention(text, lo, last)
        ):
            return []
        got = _mention_before(text, lo, last, _MENTION_BEFORE_CUE)
        if got is None:
            return []
        m, w_lo = got
        if _BE_BEFORE_CUE_RE.search(text, w_lo + m.start(), last):
            return []  # "…, the court was told.": a passive names a listener, not a speaker
        comma = w_lo + m.start() - 1
        while comma > lo and text[comma] in " \t\xa0":
            comma -= 1
        if comma <= lo:
            return []
        if text[comma] == ",":
            found = _appositive_person(m, w_lo, _from_parts(m, w_lo, cue, "indirect_trailing"))
        else:  # the mention read backwards may be only the end of the phrase after a comma
            comma = text.rfind(",", max(lo, last - 160), w_lo + m.start())
            m = _TRAILING_MENTION_RE.match(text, comma, end) if comma > lo else None
            if m is None:
                return []
            found = _appositive_person(m, 0, _found(m, 0, "indirect_trailing"))
    a, b = lo, comma
    if len(text[a:b].split()) < _TRAILING_MIN_WORDS or _QUOTE_IN_TAIL.search(text, a, b):
        return []
    return [(found, a, b)]
