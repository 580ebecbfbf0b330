"""Reporting verbs and phrases as data, compiled once.

Each verb is listed with its forms (base, third person, past, participle, gerund), so every
tense matches: "said", "says", "has said", "is saying". Speech nouns ("a statement by",
"reports in") are kept apart because they attach to the speaker differently; "according
to" is a pattern of its own in :mod:`.attribution`.

>>> bool(CUE_VERB_RE.fullmatch("conceded"))
True
>>> bool(CUE_VERB_RE.fullmatch("sad"))
False
"""

from __future__ import annotations

import regex

__all__ = [
    "COMPLEMENT_VERBS",
    "CUE_NOUNS",
    "CUE_NOUN_RE",
    "CUE_VERB_ALT",
    "CUE_VERB_RE",
    "INDIRECT_VERB_FORMS",
    "MANNER_VERBS",
    "REPORTING_VERBS",
    "verb_forms",
]

REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "note": ("note", "notes", "noted", "noting"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "report": ("report", "reports", "reported", "reporting"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "state": ("states", "stated", "stating"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "continue": ("continued", "continues"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "observe": ("observe", "observes", "observed", "observing"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasised"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "ask": ("ask", "asks", "asked", "asking"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "contend": ("contend", "contends", "contended", "contending"),
    "maintain": ("maintains", "maintained"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "promise": ("promise", "promises", "promised", "promising"),
    "urge": ("urge", "urges", "urged", "urging"),
    "caution": ("caution", "cautions", "cautioned", "cautioning"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "lament": ("lament", "laments", "lamented", "lamenting"),
    "propose": ("propose", "proposes", "proposed", "proposing"),
    "describe": ("describe", "describes", "described", "describing"),
    "call": ("called", "calls", "calling"),
    "refer": ("referred to", "refers to", "referring to"),
    "agree": ("agree", "agrees", "agreed", "agreeing"),
    "believe": ("believe", "believes", "believed"),
    "think": ("think", "thinks", "thought"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "chant": ("chant", "chants", "chanted", "chanting"),
    "cite": ("cite", "cites", "cited", "citing"),
    "answer": ("answered", "answers", "answering"),
    "sing": ("sing", "sings", "sang", "singing"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "charge": ("charged", "charges"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "go on": ("went on", "goes on", "going on"),
    "put it": ("put it", "puts it"),
    "read": ("reads", "read"),
    "elaborate": ("elaborates", "elaborated", "elaborating"),
    "muse": ("muses", "mused", "musing"),
    "interject": ("interjects", "interjected", "interjecting"),
    "retort": ("retorts", "retorted", "retorting"),
    "counter": ("countered", "countering"),
    "scoff": ("scoffs", "scoffed", "scoffing"),
    "whisper": ("whispers", "whispered", "whispering"),
    "cry": ("cried",),
    "plead": ("pleads", "pleaded", "pleading"),
    "assure": ("assures", "assured", "assuring"),
    "mock": ("mocks", "mocked", "mocking"),
    "gush": ("gushes", "gushed", "gushing"),
    "marvel": ("marvels", "marveled", "marvelled", "marveling"),
    "beam": ("beamed",),
    "scream": ("screams", "screamed", "screaming"),
    "reason": ("reasoned",),
    "tease": ("teases", "teased", "teasing"),
    "shoot back": ("shot back", "shoots back", "shooting back"),
    "fire back": ("fired back", "fires back", "firing back"),
    "hit back": ("hits back", "hit back", "hitting back"),
    "chime in": ("chimed in", "chimes in", "chiming in"),
    "recount": ("recounts", "recounted", "recounting"),
    "snap": ("snapped",),
    "fume": ("fumes", "fumed", "fuming"),
    "wonder": ("wonders", "wondered", "wondering"),
    "bark": ("barks", "barked"),
    "boom": ("boomed",),
    "echo": ("echoed",),
    "opine": ("opines", "opined", "opining"),
    "proclaim": ("proclaims", "proclaimed", "proclaiming"),
    "surmise": ("surmises", "surmised"),
    "exhort": ("exhorts", "exhorted", "exhorting"),
    "blog": ("blogged",),
    "confess": ("confess", "confesses", "confessed", "confessing"),
    "confide": ("confides", "confided", "confiding"),
    "sigh": ("sighs", "sighed"),
    "cut in": ("cut in", "cutting in"),
}
"""Reporting verbs by lemma, every form listed (a few lemmas only in their unambiguous
forms: "state" as a verb is "states"/"stated", never the noun "state")."""

COMPLEMENT_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "insist",
        "warn",
        "claim",
        "concede",
        "argue",
        "report",
        "write",
        "explain",
        "state",
        "declare",
        "announce",
        "acknowledge",
        "admit",
        "assert",
        "confirm",
        "deny",
        "contend",
        "maintain",
        "allege",
        "predict",
        "suggest",
        "testify",
    }
)
"""Lemmas that lead indirect speech ("X said (that) …"); the rest only attach to marks."""

CUE_NOUNS: tuple[str, ...] = (
    "statement",
    "statements",
    "report",
    "reports",
    "reported",
    "remarks",
    "comments",
    "interview",
    "speech",
    "claim",
    "claims",
    "decision",
    "warning",
    "pledge",
    "promise",
    "assurance",
    "assurances",
    "announcement",
    "testimony",
    "tweet",
    "post",
    "op-ed",
    "editorial",
    "letter",
    "message",
)
"""Nouns that carry speech: "a statement by X", "reports in state media", "X's report"."""


def verb_forms(*, lemmas: frozenset[str] | None = None) -> list[str]:
    """All listed forms, longest first, optionally only for ``lemmas``."""
    forms = {
        f for lemma, fs in REPORTING_VERBS.items() if lemmas is None or lemma in lemmas for f in fs
    }
    return sorted(forms, key=lambda f: (-len(f), f))


def _char(ch: str) -> str:
    """One character of a vocabulary word as a pattern (a space matches any run of spaces)."""
    return r"[^\S\n]+" if ch == " " else regex.escape(ch)


def trie_pattern(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes.

    "said|says|say" becomes "sa(?:id|y(?:s)?)": the engine compares a character or two at
    each position instead of trying every word, which matters when a pattern is run over
    a whole document.

    >>> trie_pattern(["said", "says", "say"])
    'sa(?:id|y(?:s)?)'
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [_char(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _trie_order(word: str) -> tuple[int, ...]:
    """Where :func:`trie_pattern` tries ``word`` among its words: by its characters, and
    after the longer words it begins ("says" before "say")."""
    return (*map(ord, word), 0x110000)


def backward_trie_pattern(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """The alternation of :func:`trie_pattern` factored by common suffixes, for a pattern
    matched backwards (``(?r)``, a look-behind).

    Read backwards, a prefix-factored alternation is tried word by word, the whole
    vocabulary at every attempt; factored by suffixes, it compares a character or two at
    each step. The words that can end at one position are suffixes of one another, and
    they are tried in the order :func:`trie_pattern` tries them (a longer word before or
    after the one it ends with, as they sort), so either alternation gives the same
    matches, groups included.

    >>> backward_trie_pattern(["spokesman", "chairman", "man"])
    '(?:chair||spokes)man'
    """
    ordered = sorted(set(words), key=_trie_order)

    def emit(group: list[str], depth: int) -> str:
        # the alternation of the words' beginnings: all of them end in the same `depth`
        # characters, which the caller matches
        def branches(sub: list[str]) -> list[str]:
            by_char: dict[str, list[str]] = {}
            for w in sub:
                by_char.setdefault(w[-depth - 1], []).append(w)
            return [emit(g, depth + 1) + _char(ch) for ch, g in by_char.items()]

        longer = [w for w in group if len(w) > depth]
        if len(longer) == len(group):
            alts = branches(longer)
        else:  # a word ends here: the longer ones that sort before it are tried first
            key = _trie_order(next(w for w in group if len(w) == depth))
            alts = [
                *branches([w for w in longer if _trie_order(w) < key]),
                "",
                *branches([w for w in longer if _trie_order(w) > key]),
            ]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(ordered, 0)


_BACKWARD: dict[str, str] = {}
"""Alternations of :func:`word_alternation` and their :func:`backward_trie_pattern`."""


def word_alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """:func:`trie_pattern` of a vocabulary that patterns matched backwards also hold;
    :func:`backwards` gives those its :func:`backward_trie_pattern`."""
    forward = trie_pattern(words)
    if not forward.startswith("(?:") or any(forward in f or f in forward for f in _BACKWARD):
        raise ValueError("a word alternation must be a group of its own")  # so that the
        # text :func:`backwards` replaces is this alternation and nothing else
    _BACKWARD[forward] = backward_trie_pattern(words)
    return forward


def backwards(pattern: str) -> str:
    """``pattern``, matched backwards (``(?r)``), with each :func:`word_alternation` in it
    factored by suffixes: the same matches, found with far fewer comparisons."""
    for forward, backward in _BACKWARD.items():
        pattern = pattern.replace(forward, backward)
    return pattern


def compile_backwards(pattern: str) -> regex.Pattern[str]:
    """``regex.compile`` of a reverse (``(?r)``) pattern, through :func:`backwards`."""
    return regex.compile(backwards(pattern))


PLURAL_NOUN_FORMS: tuple[str, ...] = (
    *("states", "reports", "claims", "remarks", "notes", "tweets", "answers", "replies"),
    *("jokes", "shouts", "whispers", "promises", "vows", "demands", "calls", "charges"),
    *("recalls", "boasts", "screams"),
)
"""Verb forms that are also plural nouns ("Baltic states said", "Media reports
suggest"): see :data:`NOT_A_PLURAL_NOUN`."""
_AFTER_A_PLURAL_NOUN: tuple[str, ...] = (
    *("said", "say", "says", "told", "tell", "have", "has", "had", "are", "were", "is"),
    *("was", "will", "would", "could", "can", "may", "might", "suggest", "suggested"),
    *("show", "showed", "shown", "indicate", "indicated"),
)
NOT_A_PLURAL_NOUN = (
    "(?:"
    + "".join(rf"(?<!\b{w})" for w in PLURAL_NOUN_FORMS)
    + rf"|(?![^\S\n]+(?:{'|'.join(_AFTER_A_PLURAL_NOUN)})\b))"
)
"""Put right after a verb form: one of :data:`PLURAL_NOUN_FORMS` is no verb when a verb
follows it, for then it is a plural noun and that verb's subject ("Baltic states said";
not "he demands of his commanders", where a preposition follows a verb)."""


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return trie_pattern(words)


CUE_VERB_ALT = word_alternation(verb_forms()) + NOT_A_PLURAL_NOUN
"""Alternation of every verb form (for building larger patterns), prefix-factored, with
:data:`NOT_A_PLURAL_NOUN` after it."""

INDIRECT_VERB_FORMS: tuple[str, ...] = tuple(
    f for f in verb_forms(lemmas=COMPLEMENT_VERBS) if not f.endswith("ing")
)
"""Finite forms of the complement-taking verbs (no gerunds: "warning that" is a noun)."""
INDIRECT_VERB_ALT = _alt(INDIRECT_VERB_FORMS) + NOT_A_PLURAL_NOUN

CUE_VERB_RE = regex.compile(rf"\b(?:{CUE_VERB_ALT})\b", regex.IGNORECASE)
"""Matches one reporting-verb form."""

CUE_NOUN_ALT = word_alternation(sorted(CUE_NOUNS, key=lambda w: (-len(w), w)))
CUE_NOUN_RE = regex.compile(rf"\b(?:{CUE_NOUN_ALT})\b", regex.IGNORECASE)
"""Matches one speech noun."""


MANNER_VERBS: tuple[str, ...] = (
    "pressed",
    "persisted",
    "retaliated",
    "laughed",
    "smiled",
    "shrugged",
    "chuckled",
    "sneered",
    "snorted",
)
"""Verbs that attribute the quote before them only when they end their clause: “…?” Hannity
pressed. / “…,” she laughed. / “…,” an angry Hollande retaliated. ("He pressed the button"
is no attribution.)"""

INVERTED_CUES: tuple[str, ...] = (
    "Said",
    "Says",
    "Added",
    "Adds",
    "Stated",
    "Continued",
    "Wrote",
    "Writes",
    "Replied",
    "Explained",
    "Noted",
    "Recalled",
    "Concluded",
)
"""Capitalised cues that open a sentence before their speaker ("Said Dorothy Poynter, …");
never the first word of a name."""
