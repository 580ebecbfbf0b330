"""Boilerplate vocabularies and line rules, as data.

Every rule has a short stable name (``"nav.icon_row"``, ``"tail.author_bio"``), the
removal category it assigns, the zone of the page where it may fire, the longest line it
may fire on, and its vocabulary grouped by language. The vocabularies are regular
expression fragments (matched case-insensitively); most are plain phrases. Everything is
compiled once, at import.

Zones:

* ``any``: anywhere on the page (strong cues: "ADVERTISEMENT", "Read more:", a lone number);
* ``head``: only before the first body paragraph;
* ``tail``: only after the last body paragraph;
* ``edge``: in the head or the tail, never between body paragraphs.

How a vocabulary is matched is the rule's ``match``:

* ``whole``: the whole line is one of the phrases (trailing punctuation and counts allowed);
* ``start``: the line starts with one of the phrases;
* ``contains``: one of the phrases occurs in the line (such rules are limited to short
  lines, so a long paragraph that merely mentions the word never matches);
* ``tokens``: the line is three or more vocabulary words and nothing else;
* ``regex``: the vocabulary entries are whole patterns (language-neutral shapes).

:func:`catalogue_rst` renders all of this as the reStructuredText rule catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

import regex

from ..metadata import DATE_FILLER_WORDS, MONTHS, WEEKDAYS
from ..models import REMOVAL_CATEGORIES
from .gates import (
    MAX_FOLD_CHARS,
    MAX_LITERALS,
    MAX_OPENINGS,
    SHORT_LITERAL,
    compile_gate,
    fold_case,
    gate_passes,
    max_width,
    openings,
    required_chars,
    required_marks,
)

__all__ = [
    "CONTEXT_RULES",
    "LANGUAGES",
    "RULES",
    "RULES_BY_NAME",
    "STOPWORDS",
    "Rule",
    "catalogue_rst",
]

Zone = Literal["any", "head", "tail", "edge"]
Match = Literal["whole", "start", "contains", "tokens", "regex"]

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "pt", "it", "ru")
"""Languages every cue vocabulary covers (``"*"`` marks language-neutral patterns)."""

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION1


@dataclass(frozen=True)
class Rule:
    """One named line rule.

    Attributes:
        name: Short stable identifier, recorded in :attr:`Removal.rule`.
        category: The removal category it assigns (one of ``REMOVAL_CATEGORIES``).
        description: One sentence for the catalogue.
        zone: Where on the page the rule may fire (see the module docstring).
        match: How the vocabulary is matched against a line.
        max_chars: The rule never fires on a line longer than this.
        vocabulary: Regular expression fragments grouped by language code (``"*"`` for
            language-neutral patterns).
        prefix: A language-neutral pattern put before the vocabulary alternatives (for
            ``regex`` rules), e.g. the name that starts an author bio.
        suffix: A language-neutral pattern put after them (``regex`` rules).
        after: When set, the rule fires only on a line right below a line removed with
            this category (a prompt's second line).
        own_block: The rule fires only on a line that is its block's only line (blank
            lines above and below it): a number between paragraphs is a page's remnant, the
            same number among the lines of a table is the table's.
        facts: A second vocabulary, one concept per entry, searched anywhere in the line.
        min_facts: The rule fires only when this many different ``facts`` entries occur.
        from_end: Search from the end of the line backwards (``regex.REVERSE``). Only for
            patterns whose every alternative is anchored at the end (``$``): the answer is
            the same, but a miss is known after one attempt at the end of the line instead
            of one at every position. Speed only; such a pattern must not use atomic groups
            or possessive quantifiers, which read differently backwards.
        gate: Set at construction for ``contains`` and ``regex`` rules whose every
            vocabulary entry needs one of a few plain strings (see :mod:`.gates`), or
            whose pattern needs one in its look-arounds or one of a few marks (a
            breadcrumb's signs): a line without any of them is not searched. Speed only.
        branches: Set at construction for ``from_end`` rules: each vocabulary entry as a
            pattern of its own (with the prefix and suffix), searched forwards: a branch is
            searched only on a line with what it needs (:attr:`branch_needs`), and there
            the forward search is the faster (``caption.credit`` on the lines of
            ``aeb_dev.jsonl`` that pass: 0.11 ms against 0.83 ms backwards). Speed only
            (see :meth:`search_branches`).
        branch_needs: For each of the :attr:`branches`, what a line needs for it to be
            searched: the ASCII punctuation every match has (:func:`.gates.required_chars`),
            its literal gate and its openings (``None`` when it has none). Speed only.
        openings: Set at construction for rules anchored at the start of the line (see
            :func:`.gates.openings`): the case-folded strings, at most four characters
            long, one of which begins every line that the rule matches through an entry
            of its vocabulary with openings and that starts with a letter or a digit.
            ``None`` when no entry has openings. Speed only.
        unopened_gate: Set with :attr:`openings`: the literal gate of the vocabulary
            entries without openings (``()`` when every entry has some). A line that
            starts with a letter or a digit but with none of the openings is searched
            only when it has one of these strings. Speed only.
        marks_openings: As :attr:`openings`, for lines that start with marks (neither
            letters nor digits: quotation marks, dashes, brackets) and then a letter or a
            digit: the line after its marks begins with one of them. Speed only.
        marks_unopened_gate: As :attr:`unopened_gate`, with :attr:`marks_openings`.
    """

    name: str
    category: str
    description: str
    zone: Zone
    match: Match
    max_chars: int
    vocabulary: Mapping[str, tuple[str, ...]]
    prefix: str = ""
    suffix: str = ""
    after: str | None = None
    own_block: bool = False
    facts: Mapping[str, tuple[str, ...]] | None = None
    min_facts: int = 0
    from_end: bool = False
    pattern: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    fact_patterns: tuple[regex.Pattern[str], ...] = field(
        init=False, repr=False, compare=False, default=()
    )
    gate: tuple[str, ...] | None = field(init=False, repr=False, compare=False, default=None)
    branches: tuple[regex.Pattern[str], ...] = field(
        init=False, repr=False, compare=False, default=()
    )
    branch_needs: tuple[
        tuple[frozenset[str], tuple[str, ...] | None, tuple[str, ...] | None], ...
    ] = field(init=False, repr=False, compare=False, default=())
    openings: tuple[str, ...] | None = field(init=False, repr=False, compare=False, default=None)
    unopened_gate: tuple[str, ...] | None = field(
        init=False, repr=False, compare=False, default=None
    )
    marks_openings: tuple[str, ...] | None = field(
        init=False, repr=False, compare=False, default=None
    )
    marks_unopened_gate: tuple[str, ...] | None = field(
        init=False, repr=False, compare=False, default=None
    )
    _branch_tests: tuple = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        if self.category not in REMOVAL_CATEGORIES:
            raise ValueError(f"rule {self.name}: unknown category {self.category!r}")
        fragments = [frag for frags in self.vocabulary.values() for frag in frags]
        source = self._source("|".join(f"(?:{frag})" for frag in fragments))
        flags = _FLAGS | regex.REVERSE if self.from_end else _FLAGS
        object.__setattr__(self, "pattern", regex.compile(source, flags))
        object.__setattr__(self, "vocabulary", MappingProxyType(dict(self.vocabulary)))
        if self.match in ("contains", "regex") and not self.from_end:
            # from the vocabulary, or else from all the pattern with its look-arounds, or
            # else the marks one of which it needs (a breadcrumb's signs)
            gate = (
                compile_gate(fragments)
                or compile_gate([source], lookarounds=True, min_literal=SHORT_LITERAL)
                or _marks_gate(source)
            )
            object.__setattr__(self, "gate", gate)
        found, others = self._read_openings(source, fragments)
        object.__setattr__(self, "openings", found)
        object.__setattr__(self, "unopened_gate", others)
        found, others = self._read_openings(source, fragments, after_marks=True)
        object.__setattr__(self, "marks_openings", found)
        object.__setattr__(self, "marks_unopened_gate", others)
        if self.from_end and self.match == "regex":
            sources = [f"{self.prefix}(?:{frag}){self.suffix}" for frag in fragments]
            object.__setattr__(self, "branches", tuple(regex.compile(s, _FLAGS) for s in sources))
            needs = tuple((required_chars(s), compile_gate([s]), openings(s)) for s in sources)
            object.__setattr__(self, "branch_needs", needs)
            # a branch of bounded width has all its matches in the line's last characters
            widths = [max_width(s) for s in sources]
            windows = [
                None if w is None or w == float("inf") else MAX_FOLD_CHARS * int(w) + 1
                for w in widths
            ]
            tests = tuple(
                (b.search, tuple(sorted(chars)), gate, opening, window)
                for b, (chars, gate, opening), window in zip(
                    self.branches, needs, windows, strict=True
                )
            )
            object.__setattr__(self, "_branch_tests", tests)
        if self.facts is not None:
            facts = tuple(
                regex.compile(rf"(?<!\w)(?:{frag})(?!\w)", _FLAGS)
                for frags in self.facts.values()
                for frag in frags
            )
            object.__setattr__(self, "fact_patterns", facts)
            object.__setattr__(self, "facts", MappingProxyType(dict(self.facts)))

    def _source(self, alternatives: str) -> str:
        """The rule's pattern around ``alternatives`` (the vocabulary, or a part of it)."""
        if self.match == "whole":
            return rf"^\W*(?:{alternatives})[\s\p{{P}}\p{{S}}\d]*$"
        if self.match == "start":
            return rf"^\W*(?:{alternatives})(?!\w){self.suffix}"
        if self.match == "tokens":
            return rf"^(?:(?:{alternatives})\s+){{2,}}(?:{alternatives})$"
        if self.match == "contains":
            return rf"(?<!\w)(?:{alternatives})(?!\w)"
        return f"{self.prefix}(?:{alternatives}){self.suffix}"

    def _read_openings(
        self, source: str, fragments: list[str], *, after_marks: bool = False
    ) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
        """:attr:`openings` and :attr:`unopened_gate` (with ``after_marks``, their
        ``marks_`` forms): the openings of the vocabulary entries that have them, each
        read in the whole pattern, and a gate for the others (:func:`_entries_gate`);
        ``(None, None)`` when no entry has openings or the others have no gate."""
        if self.match == "tokens":  # every token is one of the entries: read them together
            return openings(source, after_marks=after_marks), ()
        found: set[str] = set()
        unopened: list[str] = []
        for frag in fragments:
            some = openings(self._source(f"(?:{frag})"), after_marks=after_marks)
            if some is None:
                unopened.append(frag)
            else:
                found.update(some)  # none at all: the entry never matches such a line
        others = self._entries_gate(unopened) if unopened else ()
        if len(unopened) == len(fragments) or others is None:
            return None, None
        kept = sorted(s for s in found if not any(s != t and s.startswith(t) for t in found))
        if len(kept) > MAX_OPENINGS:
            return None, None
        return tuple(kept), others

    def _entries_gate(self, fragments: list[str]) -> tuple[str, ...] | None:
        """One gate for the vocabulary ``fragments``: for each, its literal gate, or the
        marks one of which it needs (:func:`.gates.required_marks`, read in the whole
        pattern) when there are fewer of them (``caption.credit``: a ``(``, a ``/``);
        ``None`` when a fragment has neither."""
        out: set[str] = set()
        for frag in fragments:
            gate = compile_gate([frag])
            marks = required_marks(self._source(f"(?:{frag})"))
            if marks and (gate is None or len(marks) < len(gate)):
                gate = tuple(marks)
            if gate is None:
                return None
            out.update(gate)
        kept = {lit for lit in out if not any(o != lit and o in lit for o in out)}
        return tuple(sorted(kept)) if len(kept) <= MAX_LITERALS else None

    def matches(self, text: str, folded: str | None = None) -> bool:
        """Whether the rule's vocabulary matches ``text`` (zone, length limit checked; the
        ``after`` condition is the caller's). ``folded`` is :func:`.gates.fold_case` of
        ``text`` when the caller has it already."""
        if len(text) > self.max_chars:
            return False
        if self.gate is not None:
            if folded is None:
                folded = fold_case(text)
            if not gate_passes(self.gate, folded):
                return False
        if self.branches:
            if not self.search_branches(text, folded):
                return False
        elif self.pattern.search(text) is None:
            return False
        if self.min_facts:
            found = sum(1 for fact in self.fact_patterns if fact.search(text))
            return found >= self.min_facts
        return True

    def search_branches(self, text: str, folded: str | None = None) -> bool:
        """Whether one of the :attr:`branches` matches ``text``: the same answer as
        ``pattern.search(text) is not None``, since an alternation matches where one of
        its alternatives does. ``folded`` is :func:`.gates.fold_case` of ``text`` when the
        caller has it already.

        Backwards, ``regex`` tries every alternative of an alternation at every position
        of the line; one alternative at a time it keeps its fast paths: for
        ``caption.credit`` on the lines of ``aeb_dev.jsonl``, six searches take about
        half the time of the one search of the alternation. A branch is not searched on a
        line that lacks one of the characters all its matches have, begins with none of
        its openings or has none of its gate's strings (:attr:`branch_needs`): most lines
        have no ``)`` or ``/`` and no photo credit's words, and then the six searches of
        ``caption.credit`` come down to one at most. A branch's matches end the line (the
        rule is ``from_end``), so the strings of a branch of bounded width
        (:func:`.gates.max_width`) are looked for in the line's last characters only.
        """
        word = None  # whether the line starts with a letter or a digit, when asked
        # Plain loops throughout: all() and any() over generators cost more than the few
        # tests they would run (gate_passes() made these checks twice as slow).
        for search, chars, gate, opening, window in self._branch_tests:
            if chars:
                for ch in chars:
                    if ch not in text:
                        break
                else:
                    ch = None
                if ch is not None:
                    continue  # a character that every match of the branch has is missing
            if opening is not None:
                if word is None:
                    first = text[:1]
                    word = first.isalpha() or first.isdecimal()  # opens_with_word, inlined
                if word:
                    if folded is None:
                        folded = fold_case(text)
                    if not folded.startswith(opening):
                        continue  # the line begins with none of the branch's openings
            if gate is not None:
                if window is not None and len(text) > window:  # the end is enough
                    hay = fold_case(text[-window:])
                else:
                    if folded is None:
                        folded = fold_case(text)
                    hay = folded
                for literal in gate:
                    if literal in hay:
                        break
                else:
                    continue  # none of the strings the branch needs is in the line
            if search(text) is not None:
                return True
        return False


def _marks_gate(source: str) -> tuple[str, ...] | None:
    """:func:`.gates.required_marks` as a gate (one-character literals), or ``None``."""
    marks = required_marks(source)
    return tuple(sorted(marks)) if marks else None


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            _wordset(
                "the a an and or but of to in on at for with by from as is was are were be "
                "been has have had that this it its he she they we you his her their not "
                "which who will would said"
            )
        ),
        "de": frozenset(
            _wordset(
                "der die das und oder aber ein eine einen von zu in im auf an für mit bei "
                "aus als ist war sind waren hat haben dass nicht es er sie wir den dem des "
                "sich auch"
            )
        ),
        "fr": frozenset(
            _wordset(
                "le la les un une des et ou mais de du à au aux en dans sur pour par avec "
                "est était sont ont a que qui ne pas il elle ils nous vous ce se"
            )
        ),
        "es": frozenset(
            _wordset(
                "el la los las un una unos y o pero de del a al en por para con es era son "
                "fue ha han que no se lo su sus como más"
            )
        ),
        "pt": frozenset(
            _wordset(
                "o a os as um uma e ou mas de do da dos das em no na nos nas por para com é "
                "foi são que não se seu sua como mais ao"
            )
        ),
        "it": frozenset(
            _wordset(
                "il lo la i gli le un una e o ma di del della a al in nel su per con è era "
                "sono che non si come più da"
            )
        ),
        "ru": frozenset(
            _wordset(
                "и в во не что он на я с со как а то все она так его но да ты к у же вы за "
                "бы по из от о это для"
            )
        ),
    }
)
"""Function words; prose has many, menus and lists of names have few (jusText's signal)."""


# --------------------------------------------------------------------------------------
# Vocabularies, by category and language.
# --------------------------------------------------------------------------------------

NAV_ICON_WORDS: Mapping[str, tuple[str, ...]] = {
    "*": (
        "clock",
        "menu",
        "more-arrow",
        "arrow",
        "no",
        "yes",
        "mobile",
        "search",
        "close",
        "facebook",
        "twitter",
        "email",
        "e-mail",
        "share",
        "print",
        "comment",
        "comments",
        "chevron",
        "chevron-down",
        "chevron-right",
        "hamburger",
        "play",
        "pause",
        "rss",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "instagram",
        "youtube",
        "link",
        "copy",
        "bookmark",
        "user",
        "home",
        "x",
        "plus",
        "minus",
        "caret",
        "icon",
    ),
}
"""Words of icon-font rows that scrapers flatten into text ("clock menu more-arrow")."""

NAV_MENU_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "home",
        "menu",
        "main menu",
        "navigation",
        "search",
        "events",
        "past events",
        "upcoming events",
        "about",
        "about us",
        "contact",
        "contact us",
        "topics",
        "sections",
        "skip to (?:main )?content",
        "skip navigation",
        "back to top",
        "filed under:?",
        "latest",
        "trending",
        "categories",
        "tags",
        "archives",
        "newsletters",
        "podcasts",
        "video",
        "videos",
        "toggle navigation",
        "jump to",
        "previous (?:story|article|post)",
        "next (?:story|article|post)",
        "newer (?:story|article|post)",
        "older (?:story|article|post)",
    ),
    "de": (
        "startseite",
        "navigation",
        "suche",
        "veranstaltungen",
        "über uns",
        "kontakt",
        "themen",
        "ressorts",
        "zum inhalt springen",
        "nach oben",
        "schlagworte",
        "vorheriger artikel",
        "nächster artikel",
    ),
    "fr": (
        "accueil",
        "rechercher",
        "recherche",
        "événements",
        "à propos",
        "contact",
        "rubriques",
        "aller au contenu",
        "retour en haut",
        "article précédent",
        "article suivant",
    ),
    "es": (
        "inicio",
        "portada",
        "buscar",
        "eventos",
        "sobre nosotros",
        "contacto",
        "secciones",
        "ir al contenido",
        "volver arriba",
        "artículo anterior",
        "artículo siguiente",
    ),
    "pt": (
        "início",
        "página inicial",
        "pesquisar",
        "buscar",
        "eventos",
        "sobre nós",
        "contato",
        "contacto",
        "seções",
        "ir para o conteúdo",
        "voltar ao topo",
        "artigo anterior",
        "próximo artigo",
    ),
    "it": (
        "home page",
        "cerca",
        "eventi",
        "chi siamo",
        "contatti",
        "sezioni",
        "vai al contenuto",
        "torna su",
        "articolo precedente",
        "articolo successivo",
    ),
    "ru": (
        "главная",
        "меню",
        "поиск",
        "события",
        "о нас",
        "контакты",
        "разделы",
        "рубрики",
        "наверх",
        "предыдущая статья",
        "следующая статья",
    ),
}
"""Whole short lines that are menu entries, breadcrumbs or section switches."""

NAV_LOGIN: Mapping[str, tuple[str, ...]] = {
    "en": (
        "(?:members['’]? )?log ?in",
        "sign ?in",
        "sign ?up",
        "register",
        "log ?out",
        "my account",
        "create (?:an )?account",
    ),
    "de": ("anmelden", "einloggen", "registrieren", "abmelden", "mein konto"),
    "fr": ("connexion", "se connecter", "s['’]inscrire", "mon compte", "déconnexion"),
    "es": ("iniciar sesión", "acceder", "regístrate", "registrarse", "mi cuenta"),
    "pt": ("entrar", "iniciar sessão", "cadastre-se", "registrar", "minha conta"),
    "it": ("accedi", "registrati", "il mio account", "esci"),
    "ru": ("войти", "вход", "регистрация", "выйти", "личный кабинет"),
}
"""Log-in and account links (whole short line; "Members' log in")."""

NAV_READING_TIME: Mapping[str, tuple[str, ...]] = {
    "en": (r"\d+\s*min(?:ute)?s?\s+read", "reading time", "estimated reading time"),
    "de": ("lesezeit", r"\d+\s*min(?:uten)?\.?\s+lesezeit"),
    "fr": ("temps de lecture", r"lecture\s*:?\s*\d+\s*min"),
    "es": ("tiempo de lectura", r"\d+\s*min(?:utos)?\.?\s+de lectura"),
    "pt": ("tempo de leitura", r"\d+\s*min(?:utos)?\.?\s+de leitura"),
    "it": ("tempo di lettura", r"\d+\s*min(?:uti)?\.?\s+di lettura"),
    "ru": ("время чтения", r"\d+\s*мин(?:ут[ы]?)?\.?\s+чтения"),
}
"""Reading-time widgets ("Tempo de leitura: 1 minuto", "4 min read")."""

COMMENT_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "comments?",
        r"\d+\s+comments?",
        "no comments",
        "add your two cents",
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "join the discussion",
        "join the conversation",
        "show comments",
        "view comments",
        "load comments",
        "comments are closed",
    ),
    "de": ("kommentare?", "kommentar schreiben", "diskutieren sie mit"),
    "fr": ("commentaires?", "laisser un commentaire", "réagir", "réagissez"),
    "es": ("comentarios?", "deja un comentario", "dejar un comentario", "comenta"),
    "pt": ("comentários?", "deixe um comentário", "deixe seu comentário", "comente"),
    "it": ("commenti", "commento", "lascia un commento", "commenta"),
    "ru": ("комментарии", "комментарий", "оставить комментарий"),
}
"""Comment-section headers and prompts (whole short line)."""

NEWSLETTER_START: Mapping[str, tuple[str, ...]] = {
    "en": (
        "subscribe to",
        "subscribe now",
        "subscribe today",
        "subscribe for",
        "sign up (?:for|to) (?:our|my|free)",
        # the words in between without case folding, (?-i:…): a class of word characters
        # matches the same ones either way, and regex runs it much faster
        r"sign up (?:for|to) the (?:(?-i:[\w+-]+) ){0,3}(?:newsletter|briefing|digest|alerts)",
        r"get (?:our|the) (?:(?-i:[\w+-]+) ){0,3}newsletter",
        "click here to subscribe",
        "join our (?:mailing list|newsletter)",
        r"get (?:(?-i:[\w'’]+) ){1,5}delivered",
        "enter your e-?mail",
    ),
    "de": ("abonnieren sie", "jetzt abonnieren", "newsletter abonnieren", "melden sie sich"),
    "fr": ("abonnez-vous", "inscrivez-vous", "recevez notre newsletter", "s['’]abonner"),
    "es": ("suscríbete", "suscribirse", "regístrate (?:en|a) nuestro", "recibe nuestro"),
    "pt": ("assine", "inscreva-se", "cadastre-se (?:em|na) nossa", "receba nossa"),
    "it": ("iscriviti", "abbonati", "ricevi la nostra newsletter"),
    "ru": ("подпишитесь", "подписывайтесь", "подписаться на"),
}
"""Starts of subscription and newsletter prompts (short lines only)."""

NEWSLETTER_TAIL_START: Mapping[str, tuple[str, ...]] = {
    "en": (
        "get access to",
        "want more stories like this",
        "get the best of",
        "start your day with",
        "delivered to your inbox",
        "get (?:our|the) app",
        r"get the latest (?:(?-i:[\w'’-]+) ){0,3}(?:news|updates|headlines|stories)",
        r"listen (?:to )?(?:(?-i:[\w'’-]+) ){0,3}live (?:at|on|from|every|weekdays)\b",
        "listen again (?:here|on|to)",
    ),
    "de": (
        "holen sie sich (?:unseren|den|die)",
        "jetzt (?:testen|gratis lesen)",
        "lesen sie weiter mit",
        "erhalten sie die neuesten",
        "hören sie (?:die sendung|uns) live",
    ),
    "fr": (
        "recevez (?:notre|nos|gratuitement)",
        "découvrez nos offres",
        "profitez de (?:notre|nos) offres?",
        "recevez les dernières",
        "écoutez (?:l['’]émission|en direct)",
    ),
    "es": (
        "recibe (?:nuestr[oa]s?|gratis)",
        "descubre nuestras ofertas",
        "accede a (?:todo|nuestr[oa]s?)",
        "recibe las últimas",
        "escucha (?:el programa|en directo)",
    ),
    "pt": (
        "receba (?:nossa|nossos|gratuitamente|as últimas)",
        "ouça (?:o programa|ao vivo)",
        "tenha acesso (?:a todo|ilimitado)",
    ),
    "it": (
        "ricevi (?:la nostra|gratis|le ultime)",
        "ascolta (?:la puntata|in diretta)",
        "scopri le offerte",
        "accedi a tutti",
    ),
    "ru": (
        "получайте (?:наши|новости|последние)",
        "слушайте (?:нас|в прямом эфире)",
        "получите доступ",
    ),
}
"""Starts of promotional prompts that are only trusted after the body."""

NEWSLETTER_PROMISE: Mapping[str, tuple[str, ...]] = {
    "en": (
        "in your inbox",
        "from our editors",
        "straight to your inbox",
        "our best (?:stories|journalism)",
        r"the (?:day|week)['’]s (?:big|biggest|top|best|most important) (?:stories|news|headlines)",
    ),
    "de": ("die wichtigsten (?:nachrichten|news|themen) des tages", "in ihr postfach"),
    "fr": ("l['’]essentiel de l['’]actualité", "dans votre boîte"),
    "es": ("las noticias más importantes del día", "en tu (?:bandeja|correo)"),
    "pt": ("as principais notícias do dia", "no seu e-?mail", "na sua caixa de entrada"),
    "it": ("le notizie più importanti del giorno", "nella tua casella"),
    "ru": ("главные новости дня", "на почту"),
}
"""What only a newsletter promises ("in your inbox", "the day's top stories"): enough on
the line right below a newsletter prompt."""

NEWSLETTER_FREQUENCY: Mapping[str, tuple[str, ...]] = {
    "en": ("every (?:week|day|morning|weekday|friday)", "weekly", "daily"),
    "de": ("jede woche", "jeden (?:tag|morgen)", "wöchentlich", "täglich"),
    "fr": ("chaque (?:semaine|jour|matin)", "hebdomadaire", "quotidienne"),
    "es": ("cada (?:semana|día|mañana)", "semanal", "diari[oa]"),
    "pt": ("toda semana", "todos os dias", "semanal", "diári[oa]"),
    "it": ("ogni (?:settimana|giorno|mattina)", "settimanale", "quotidiana"),
    "ru": ("каждую неделю", "каждый день", "еженедельн\\w*", "ежедневн\\w*"),
}
"""How often a newsletter comes ("every week", "täglich"). News says it as often
("Shelling has become a daily routine"), so these count only on a line that also speaks to
the reader or names the newsroom (``NEWSLETTER_SENDER``)."""

NEWSLETTER_SENDER: Mapping[str, tuple[str, ...]] = {
    "en": ("you", "your", "we", "us", "our", "editors", "newsroom"),
    "de": ("(?-i:Sie|Ihr\\w*)", "wir", "uns", "unser\\w*", "redaktion"),
    "fr": ("vous", "votre", "vos", "nous", "notre", "nos", "rédaction"),
    "es": ("tu", "tus", "te", "usted\\w*", "nosotros", "nuestr\\w*", "redacción"),
    "pt": ("você\\w*", "seu", "sua", "seus", "suas", "nós", "noss\\w*", "redação"),
    "it": ("tu", "tuo", "tua", "tuoi", "tue", "ti", "vostr\\w*", "noi", "nostr\\w*", "redazione"),
    "ru": ("вы", "вам", "ваш\\w*", "мы", "нас", "наш\\w*", "редакци\\w*"),
}
"""Words that speak to the reader or name the sender of a newsletter ("sent to you",
"from our editors", "de la rédaction")."""


def _blurb_vocabulary() -> dict[str, tuple[str, ...]]:
    """Per language: each promise as it is, and the frequency words behind a lookahead for
    a sender word (``newsletter.blurb`` is matched as ``regex``)."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, promises in NEWSLETTER_PROMISE.items():
        sender = "|".join(NEWSLETTER_SENDER[lang])
        frequency = "|".join(NEWSLETTER_FREQUENCY[lang])
        out[lang] = (
            *(rf"(?<!\w)(?:{p})(?!\w)" for p in promises),
            rf"^(?=.*?(?<!\w)(?:{sender})(?!\w)).*?(?<!\w)(?:{frequency})(?!\w)",
        )
    return out


NEWSLETTER_BLURB: Mapping[str, tuple[str, ...]] = _blurb_vocabulary()
"""What the second line of a newsletter prompt promises ("… every week, from our
editors"); only trusted right below a newsletter line."""

NEWSLETTER_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": ("subscribe", "newsletter", "sign up", "subscription", "in your inbox"),
    "de": ("abonnieren", "newsletter", "abo"),
    "fr": ("s['’]abonner", "newsletter", "lettre d['’]information"),
    "es": ("suscribirse", "suscríbete", "boletín"),
    "pt": ("assinar", "assine", "boletim"),
    "it": ("abbonarsi", "iscriviti", "newsletter"),
    "ru": ("подписаться", "рассылка", "рассылку"),
}
"""A whole short line that is only a subscription button ("SUBSCRIBE", "Newsletter")."""

CAPTION_START: Mapping[str, tuple[str, ...]] = {
    "en": (
        "image:",
        "image copyright",
        "image caption",
        "media caption",
        "photo credit",
        "picture credit",
        "photo:",
        "picture:",
        "photograph:",
        "pictured:",
        "caption:",
        "credit:",
        "image credit:",
        "photo credit:",
        "top image:",
        "cover image:",
        "header image:",
        "featured image:",
        "file photo:",
        "this slideshow requires javascript",
    ),
    "de": ("bild:", "foto:", "bildquelle:", "quelle:", "bildunterschrift:"),
    "fr": ("photo ?:", "image ?:", "crédit photo ?:", "légende ?:", "illustration ?:"),
    "es": ("foto:", "imagen:", "fotografía:", "crédito:"),
    "pt": ("foto:", "imagem:", "fotografia:", "crédito:", "legenda:"),
    "it": ("foto:", "immagine:", "credito:", "didascalia:"),
    "ru": ("фото:", "изображение:", "иллюстрация:", "источник фото:"),
}
"""Starts of captions and photo credits."""


def _not_in_a_clause(names: str) -> str:
    """One of ``names`` with no article or preposition right before it, so the agency's
    name is not part of a sentence ("sold to Getty Images.", "according to Reuters/Ipsos.").
    The lookbehind comes after the names, which are looked for first."""
    return rf"(?:{names})(?<!\b(?:a|an|the|to|of|from|for|with|in|on|at|and|or)\s(?:{names}))"


_PHOTOGRAPHER = (
    r"(?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}'’.-]*|(?:al|el|ad|as|az)-[\p{L}'’-]+"
    r"|al|el|de|van|von|da|di|bin|ibn|la|le|du|del)){0,5}"
)
"""A photographer's name (or "Stringer", "File"): capitalised words and name particles."""

CAPTION_CREDIT_END: Mapping[str, tuple[str, ...]] = {
    "*": (
        r"\((?:photo|foto|фото|image|picture|credit)s?\s*:[^()]{1,120}\)\W{0,3}$",
        r"photo(?:graph)?\s+(?:by|:)\s+(?-i:\p{Lu})[^.!?/]{0,60}/[^.!?/]{1,60}\.?$",
        r"photo(?:graph)?\s+(?:by|:)\s+(?-i:\p{Lu})[^.!?]{1,60}$",
        _not_in_a_clause(r"getty images|shutterstock|istock(?:photo)?|alamy|ap photo") + r"\)?\.?$",
        r"^\(?(?:reuters|afp|ap|epa|dpa|efe|ansa|xinhua|tass|anadolu agency)\)?\.?$",
        r"\b"
        + _not_in_a_clause(r"reuters|afp|ap|epa|dpa|xinhua|sipa")
        + r"(?: photo)?/"
        + _PHOTOGRAPHER
        + r"\)?\.?$",
    ),
}
"""Photo credits that end a caption line ("… Photo by Mario Tama/Getty Images"). After an
agency's slash comes a photographer's name, not a poll ("a Reuters/Ipsos poll.")."""

_RESEARCH_PLACE = (
    r"[^.]{0,80}?\b(?:at|with)\s+[^.]{0,60}?\b"
    r"(?:institute|institution|university|studies|think[- ]tank|endowment)\b"
)
"""A post at a research institution ("… at the Center for Strategic and International
Studies"), which makes a bio of an office that alone is no journalist's or scholar's."""

AUTHOR_BIO: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"(?:is|serves as)\s+(?:a|an|the)?\s*[^.]{0,50}?\b(?:fellow|associate|professor|"
        r"journalist|writer|editor|correspondent|analyst|researcher|contributor|reporter|"
        r"author|columnist|scholar|curator|lecturer|producer|photographer|blogger)s?\b",
        r"(?:is|serves as)\s+(?:a|an|the)?\s*[^.]{0,50}?\b(?:director|chair|head|coordinator|"
        r"manager|consultant|officer|advisor|adviser|president|ceo|founder|expert|specialist|"
        r"member)s?\b" + _RESEARCH_PLACE,
        r"(?:covers|reports on|writes about|writes on)\b",
    ),
    "de": (
        r"(?:berichtet|schreibt) (?:über|aus)\b",
        r"ist\s+[^.]{0,80}?(?:journalist|redakteur|korrespondent|professor|autor|"
        r"wissenschaftler|analyst|fellow)(?:in)?\b",
        r"ist\s+[^.]{0,80}?(?:direktor|leiter|mitarbeiter)(?:in)?\b[^.]{0,80}?"
        r"(?:institut|universität|hochschule)",
    ),
    "fr": (
        r"(?:couvre|écrit sur)\b",
        r"est\s+[^.]{0,80}?(?:journaliste|chercheur|chercheuse|professeur|correspondant|"
        r"rédacteur|rédactrice|analyste|auteur|autrice)\b",
        r"est\s+[^.]{0,80}?(?:directeur|directrice)\b[^.]{0,80}?(?:institut|université)",
    ),
    "es": (
        r"(?:cubre|escribe sobre)\b",
        r"es\s+[^.]{0,80}?(?:periodista|investigador|investigadora|profesor|profesora|"
        r"corresponsal|analista|autor|autora|editor|editora)\b",
        r"es\s+[^.]{0,80}?(?:director|directora)\b[^.]{0,80}?(?:instituto|universidad)",
    ),
    "pt": (
        r"(?:cobre|escreve sobre)\b",
        r"é\s+[^.]{0,80}?(?:jornalista|pesquisador|pesquisadora|professor|professora|"
        r"correspondente|analista|autor|autora|editor|editora)\b",
        r"é\s+[^.]{0,80}?(?:diretor|diretora)\b[^.]{0,80}?(?:instituto|universidade)",
    ),
    "it": (
        r"(?:scrive di|scrive per)\b",
        r"è\s+[^.]{0,80}?(?:giornalista|ricercatore|ricercatrice|professore|professoressa|"
        r"corrispondente|analista|autore|autrice)\b",
        r"è\s+[^.]{0,80}?(?:direttore|direttrice)\b[^.]{0,80}?(?:istituto|università)",
    ),
    "ru": (
        r"(?:пишет о|освещает)\b",
        r"(?:[—–-]|является)\s+[^.]{0,80}?(?:журналист|обозреватель|корреспондент|"
        r"аналитик|профессор|исследователь|редактор)\w*",
        r"(?:[—–-]|является)\s+[^.]{0,80}?(?:директор|эксперт)\w*[^.]{0,80}?"
        r"(?:институт|университет)\w*",
    ),
}
"""What follows the name in a tail bio ("<Name> is a research associate …"): a journalist's
or a scholar's role, in the present ("was the head of …", "was a war correspondent who
was killed …" are news about someone), or an office such as director or head at a research
institution. An office alone ("is the head of Hamas in Gaza", "a member of the council")
is news."""

CREDIT_LINES: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"\(?(?:additional )?reporting by\b",
        r"[^.]{0,80}\bcontributed (?:reporting|to this)",
        r"\(?(?:writing|editing) by\b",
        "have a tip",
        r"[^.]{0,80}\b(?:may|can) be reached at\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+"
        r"|\+?\d[\d ().-]{5,}\d|(?:https?://|www\.)\S+)",
        r"\(?compiled by\b",
        r"\(?with reporting (?:from|by)\b",
        r"sources?\s*:\s*[^.:]{1,60}$",
    ),
    "de": (
        r"quellen?\s*:\s*[^.:]{1,60}$",
        r"mitarbeit:",
        r"mit material von\b",
        r"\(?mit agenturmaterial",
    ),
    "fr": (
        r"sources?\s*:\s*[^.:]{1,60}$",
        r"avec l['’]?afp",
        r"\(?avec agences?\)?",
        r"propos recueillis par\b",
    ),
    "es": (r"fuentes?\s*:\s*[^.:]{1,60}$", r"con información de\b", r"\(?redacción:"),
    "pt": (r"fontes?\s*:\s*[^.:]{1,60}$", r"com informações d[aeo]s?\b", r"\(?reportagem de\b"),
    "it": (r"fonti?\s*:\s*[^.:]{1,60}$", r"ha collaborato\b", r"\(?con la collaborazione di\b"),
    "ru": (r"источники?\s*:\s*[^.:]{1,60}$", r"при участии\b", r"по материалам\b"),
}
"""Wire and contributor credits in the tail ("Reporting by … editing by …"). "Can be reached
at" is a credit only with an address after it ("… at jdoe@example.com"): "the road can be
reached at night only on foot" is news."""

_PROSE_AFTER_COLON = r"""(?!\s*(?-i:\p{Ll})(?=(?:\S+\s+){4})[^\n]*[.!?]['"’”»)]*\s*$)"""
"""After a cue's colon: not an ordinary sentence (a lower-case start, five words or more,
a full stop at the end), which makes the cue a word of the article's own."""

RELATED_START: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"related(?: \w+){0,2}:" + _PROSE_AFTER_COLON,
        "read more:",
        r"read more\W*$",
        "see more:",
        "see also:",
        "also read:",
        "also:",
        "more:",
        r"also on [^\s:,;]+(?:\s+[^\s:,;]+){0,2}\s*:",
        r"also on (?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?!\w)",
        r"also on (?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3}\s*$",
        "more on this:",
        "more on this story",
        "recommended:",
        "watch:",
        "listen:",
        r"\[related:",
        "related post:",
        "tags?:",
        "topics:",
        r"buyer['’]s guide:",
    ),
    "de": ("lesen sie auch", "mehr zum thema", "auch interessant", "siehe auch", "schlagworte:"),
    "fr": ("lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "mots-clés ?:"),
    "es": ("lee también", "lea también", "leer más", "ver también", "te puede interesar"),
    "pt": ("leia também", "leia mais", "veja também", "saiba mais", "tags:"),
    "it": ("leggi anche", "leggi di più", "vedi anche", "potrebbe interessarti"),
    "ru": ("читайте также", "смотрите также", "читайте еще", "по теме:", "теги:"),
}
"""Starts of related-links lines ("Related Experts: …", "Read more: …"). A cue that also
opens ordinary sentences needs a link's shape: "Also on" a colon, a domain name ("Also on
rt.com …") or a site's name alone on the line, "Read more" a colon or the whole line
("Also on Monday, a strike …" and "Read more carefully, …" are the article's)."""

RELATED_HEADERS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "related",
        "related articles",
        "related stories",
        "related posts",
        "related content",
        "related coverage",
        "you may also like",
        "you might also like",
        "recommended for you",
        "recommended",
        "more stories",
        "more from \\w+",
        r"more (?:great )?\w+ stories",
        "popular",
        r"popular (?:on|in|at) .{1,40}",
        "most popular",
        "most read",
        "trending now",
        "don['’]t miss",
        "read next",
        "what to read next",
        "further reading",
        "more:",
        "see more",
    ),
    "de": (
        "mehr zum thema",
        "das könnte sie auch interessieren",
        "meistgelesen",
        "weitere artikel",
    ),
    "fr": ("à lire aussi", "sur le même sujet", "les plus lus", "vous aimerez aussi"),
    "es": ("te puede interesar", "lo más leído", "noticias relacionadas", "más noticias"),
    "pt": ("leia também", "mais lidas", "notícias relacionadas", "você também pode gostar"),
    "it": ("leggi anche", "i più letti", "articoli correlati", "potrebbe interessarti"),
    "ru": ("читайте также", "по теме", "самое читаемое", "похожие статьи"),
}
"""Whole-line headers of lists of other headlines; the headline lines after them go too."""

SOCIAL_WHOLE: Mapping[str, tuple[str, ...]] = {
    "en": (
        "sharing is caring!?",
        "share this(?: story| article| post)?",
        "share",
        "tweet",
        "share on (?:facebook|twitter|linkedin|whatsapp)",
        "share all sharing options",
        "share all sharing options for:.{0,200}",
        "follow us",
        "like us on facebook",
        "pin it",
        "email this",
        "print this",
        r"(?:like|liked|enjoy|enjoyed) this (?:story|article|post)\?.{0,60}",
    ),
    "de": (
        "teilen",
        "artikel teilen",
        "folgen sie uns",
        "jetzt teilen",
        r"(?:hat|gefällt) ihnen (?:dieser|der) artikel(?: gefallen)?\?.{0,60}",
    ),
    "fr": (
        "partager",
        "partagez",
        "suivez-nous",
        "partager cet article",
        r"vous avez aimé cet article\s?\?.{0,60}",
    ),
    "es": (
        "compartir",
        "comparte",
        "síguenos",
        "compartir en (?:facebook|twitter)",
        r"¿te (?:gustó|ha gustado) (?:este|el) artículo\?.{0,60}",
    ),
    "pt": (
        "compartilhar",
        "compartilhe",
        "partilhar",
        "siga-nos",
        r"gostou (?:deste|do) artigo\?.{0,60}",
    ),
    "it": (
        "condividi",
        "condividi su (?:facebook|twitter)",
        "seguici",
        r"ti è piaciuto (?:questo |l['’])articolo\?.{0,60}",
    ),
    "ru": ("поделиться", "подписывайтесь на нас", "мы в соцсетях", r"понравилась статья\?.{0,60}"),
}
"""Whole short lines that are share buttons or follow prompts."""

SHARE_VERBS: Mapping[str, tuple[str, ...]] = {
    "en": ("share", "shares", "sharing", "tweet", "pin"),
    "de": ("teilen", "twittern"),
    "fr": ("partager", "partagez", "partage", "tweeter"),
    "es": ("compartir", "comparte", "compártelo", "tuitear"),
    "pt": ("compartilhar", "compartilhe", "partilhar", "partilhe"),
    "it": ("condividi", "condividere"),
    "ru": ("поделиться", "поделитесь", "отправить"),
}
"""The verb of a share button ("Share", "Teilen", "Partager")."""

SHARE_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "this",
        "article",
        "story",
        "post",
        "page",
        "on",
        "via",
        "to",
        "with",
        "by",
        "link",
        "copy",
        "copied",
        "print",
        "options",
        "all",
        "more",
    ),
    "de": (
        "diesen",
        "den",
        "artikel",
        "beitrag",
        "auf",
        "per",
        "über",
        "via",
        "link",
        "kopieren",
        "drucken",
        "mehr",
    ),
    "fr": ("cet", "l", "article", "sur", "par", "via", "lien", "copier", "le", "imprimer", "plus"),
    "es": (
        "este",
        "el",
        "artículo",
        "en",
        "por",
        "vía",
        "via",
        "enlace",
        "copiar",
        "imprimir",
        "más",
    ),
    "pt": (
        "este",
        "o",
        "artigo",
        "matéria",
        "no",
        "na",
        "por",
        "via",
        "link",
        "copiar",
        "imprimir",
        "mais",
    ),
    "it": ("questo", "l", "articolo", "su", "via", "per", "link", "copia", "stampa", "altro"),
    "ru": (
        "в",
        "по",
        "статьей",
        "статьёй",
        "ссылку",
        "ссылка",
        "скопировать",
        "копировать",
        "этой",
        "новостью",
        "печать",
    ),
}
"""The other words of a row of share buttons ("Share *this article on* …", "*Copy link*")."""

SHARE_TARGETS: tuple[str, ...] = (
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "tumblr",
    "flipboard",
    "messenger",
    "bluesky",
    "threads",
    "viber",
    "vk",
    "вконтакте",
    "одноклассники",
    "email",
    "e-mail",
    "mail",
    "sms",
)
"""Where a share button sends the article: networks, messengers, mail."""


def _share_row_vocabulary() -> dict[str, tuple[str, ...]]:
    """One whole-line pattern for every language at once (a row may mix them): share words
    only (``SHARE_VERBS``, ``SHARE_WORDS``, ``SHARE_TARGETS``), at least two of them, with a
    share verb and a target among them. It is anchored at the line's start and first asks
    for a share word there, so an ordinary line fails at its first word (one pattern per
    language, each with its look-aheads tried first, cost about fifteen times as much)."""
    verb = "|".join(v for vs in SHARE_VERBS.values() for v in vs)
    targets = "|".join(regex.escape(t) for t in SHARE_TARGETS)
    words = "|".join(w for ws in SHARE_WORDS.values() for w in ws)
    token = f"{verb}|{words}|{targets}"
    return {
        "*": (
            rf"\A(?=[\s\p{{P}}\p{{S}}]*(?:{token})(?!\w))"
            rf"(?=.*?(?<!\w)(?:{verb})(?!\w))(?=.*?(?<!\w)(?:{targets})(?!\w))"
            rf"[\s\p{{P}}\p{{S}}]*(?:{token})(?!\w)"
            rf"(?:[\s\p{{P}}\p{{S}}]+(?:{token})(?!\w)){{1,20}}[\s\p{{P}}\p{{S}}]*\Z",
        )
    }


SHARE_ROW: Mapping[str, tuple[str, ...]] = _share_row_vocabulary()
"""A row of share buttons flattened into one line ("Share on Facebook Share on Twitter Share
via Email", "Share this article Facebook Twitter WhatsApp"): nothing but share words, a share
verb and a network among them. A sentence about the networks ("Facebook, Twitter and
WhatsApp were blocked") has other words and no share verb."""

SOCIAL_FOLLOW: Mapping[str, tuple[str, ...]] = {
    "en": (r"follow\s+[^.]{1,60}\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok)",),
    "de": (r"folgen sie\s+[^.]{1,60}\s+auf\s+(?:twitter|facebook|instagram|youtube)",),
    "fr": (r"suivez\s+[^.]{1,60}\s+sur\s+(?:twitter|facebook|instagram|youtube)",),
    "es": (r"sigue\s+[^.]{1,60}\s+en\s+(?:twitter|facebook|instagram|youtube)",),
    "pt": (r"siga\s+[^.]{1,60}\s+n[oa]\s+(?:twitter|facebook|instagram|youtube)",),
    "it": (r"segui\s+[^.]{1,60}\s+su\s+(?:twitter|facebook|instagram|youtube)",),
    "ru": (
        r"подписывайтесь на\s+[^.]{1,60}\s+в\s+(?:twitter|facebook|instagram|youtube|telegram)",
    ),
}
"""Short "Follow X on Twitter" prompts."""

ADVERTISEMENT_WHOLE: Mapping[str, tuple[str, ...]] = {
    "en": (
        "advertisement",
        "advert",
        "advertising",
        "sponsored",
        "sponsored content",
        "ad",
        "continue reading below",
        "story continues below(?: advertisement)?",
        "article continues below(?: advertisement)?",
        "scroll to continue",
        "scroll to continue with content",
        "paid content",
        "partner content",
    ),
    "de": ("anzeige", "werbung", "weiterlesen nach der anzeige", "gesponsert"),
    "fr": ("publicité", "sponsorisé", "la suite après la publicité", "contenu sponsorisé"),
    "es": ("publicidad", "anuncio", "patrocinado", "contenido patrocinado"),
    "pt": ("publicidade", "anúncio", "patrocinado", "conteúdo patrocinado"),
    "it": ("pubblicità", "sponsorizzato", "contenuto sponsorizzato"),
    "ru": ("реклама", "спонсорский материал", "на правах рекламы"),
}
"""Advertisement markers (whole line)."""

PROMO_CLICK: Mapping[str, tuple[str, ...]] = {
    "en": ("click here", "clicking here", "tap here"),
    "de": ("klicken sie hier", "hier klicken"),
    "fr": ("cliquez ici",),
    "es": ("haga clic aquí", "haz clic aquí", "pulse aquí"),
    "pt": ("clique aqui",),
    "it": ("clicca qui",),
    "ru": ("нажмите здесь", "нажмите сюда"),
}
"""Calls to click in a short promotional line ("CLICK HERE TO GET THE … APP")."""

META_UPDATED: Mapping[str, tuple[str, ...]] = {
    "en": (
        "updated",
        "last updated",
        "published",
        "posted",
        "first published",
        "updated on",
        "(?:last )?modified",
    ),
    "de": (
        "aktualisiert",
        "veröffentlicht",
        "zuletzt aktualisiert",
        "stand:",
        "(?:zuletzt )?geändert",
    ),
    "fr": ("mis à jour", "publié", "mise à jour", "modifié", "dernière modification"),
    "es": ("actualizado", "publicado", "última actualización", "modificado", "última modificación"),
    "pt": ("atualizado", "publicado", "atualizado em", "modificado", "última modificação"),
    "it": ("aggiornato", "pubblicato", "modificato", "ultima modifica"),
    "ru": ("обновлено", "опубликовано", "изменено", "последнее изменение"),
}
"""Starts of publication, update and modification stamps ("Updated at 1:23 p.m.", "Last
modified on Tue 21 Nov 2023 10.02 GMT"). A modification stamp is removed as metadata but
gives no publication date."""

STAMP_DAYS: Mapping[str, tuple[str, ...]] = {
    "en": ("today", "yesterday"),
    "de": ("heute", "gestern"),
    "fr": ("aujourd['’]hui", "hier"),
    "es": ("hoy", "ayer"),
    "pt": ("hoje", "ontem"),
    "it": ("oggi", "ieri"),
    "ru": ("сегодня", "вчера"),
}
"""Relative days that may follow a stamp's word ("Updated yesterday at 10:35")."""

_STAMP_WORDS = "|".join(
    sorted(
        {
            *(regex.escape(w) for names in MONTHS.values() for w in names),
            *(regex.escape(w) for words in WEEKDAYS.values() for w in words),
            *(regex.escape(w) for words in DATE_FILLER_WORDS.values() for w in words),
            *(w for words in STAMP_DAYS.values() for w in words),
        },
        key=len,
        reverse=True,
    )
)
_STAMP_FOLLOWS = rf"(?!\W*(?!(?:{_STAMP_WORDS})(?!\w))(?-i:\p{{Ll}})\p{{L}}{{3,}}(?!\w)(?!\W*\d))"
"""After a stamp's word comes the time, not a lower-case word (other than a month, a
weekday, a relative day or a word like "on" or "le") that no number follows: in
"Published casualty lists include 14 children." the word is an adjective."""

# --------------------------------------------------------------------------------------
# Rules, in the order they are tried on a line (first match wins).
# --------------------------------------------------------------------------------------

_SEPARATOR_MARKS = r"[-_=*~#.•·—–―─━+]"
SEPARATOR: Mapping[str, tuple[str, ...]] = {
    "*": (rf"^\s*{_SEPARATOR_MARKS}(?:\s?{_SEPARATOR_MARKS}){{2,}}\s*$",),
}
"""A line of three or more dashes, underscores, asterisks, equals signs, dots and the like
("___", "* * *", "-----"): a horizontal rule or a section break. It holds no words, so
removing it loses none. Between paragraphs it marks where one part of the article ends
("___" between the entries of a wire service's running story): the break is recorded, and
it says nothing about the lines around it (no context rule counts it as furniture)."""

_STRAY: Mapping[str, tuple[str, ...]] = {
    "*": (
        r"^[^\p{L}\p{N}_]{1,8}$",  # a lone symbol
        r"^[\p{N}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\s]{1,6}$",  # a lone number ("2", "1.")
        r"^\d{8,}$",  # a long bare id ("191119052250266")
    ),
}
"""Lines with no words: a lone number or symbol, a bare numeric id."""

MARKUP: Mapping[str, tuple[str, ...]] = {
    "*": (
        r"^<[a-z][\w-]*(?:\s+[\w:-]+=[^<>]*)?/?>(?:</[a-z][\w-]*>)?$",
        r"^</[a-z][\w-]*>$",
        r"^\[/?[a-z_]+(?:\s[^\[\]]*)?\][^\[\]]*\[/[a-z_]+\]$",
        r"^\[[a-z_]+\s[^\[\]]*=[^\[\]]*\]$",
    ),
}
"""Leftover HTML tags and CMS shortcodes."""

_SEGMENT = r"\p{L}(?:[^>»›→/|·\n]{0,28}[^>»›→/|·\s:])?"
_LAST_SEGMENT = r"\p{L}[^>»›→/|·\n]{0,160}"
_ARROW = r"\s*(?:[>»›→]|::)\s*"
_CRUMB_WORD = r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*+"
_CRUMB = rf"\p{{L}}[\p{{L}}\p{{N}}'’.&-]*+(?: {_CRUMB_WORD}){{0,2}}+"
_SHORT_CRUMB = rf"\p{{L}}[\p{{L}}\p{{N}}'’.&-]*+(?: {_CRUMB_WORD})?+"
_SPACED_SIGN = r"\s+(?:[-–—>»›→/|·]|::)\s+"
_DASH = r"\s+[-–]\s+"
_DASH_AHEAD = r"(?=\S++(?: [\p{L}\p{N}]\S*+)?+\s+[-–]\s)"
"""A dash after the first one or two words: most lines fail this at once."""
_HEADLINE_END = r"\p{L}[^\n]{0,160}"
HOME_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": ("home", "home ?page", "front page"),
    "de": ("startseite", "home"),
    "fr": ("accueil", "page d['’]accueil"),
    "es": ("inicio", "portada", "página principal"),
    "pt": ("início", "inicio", "página inicial", "capa"),
    "it": ("home", "home ?page", "prima pagina"),
    "ru": ("главная", "главная страница"),
}
"""The first link of a breadcrumb trail, the site's home page."""
_HOME = "(?:" + "|".join(w for ws in HOME_WORDS.values() for w in ws) + ")"
_SIGN_TRAILS = (
    rf"{_SEGMENT}(?:\s*[>»›→/|·]\s*{_SEGMENT}){{2,7}}\s*[>»›→]?$",
    rf"{_SEGMENT}(?:{_ARROW}{_SEGMENT}){{1,6}}{_ARROW}{_LAST_SEGMENT}$",
    rf"{_SEGMENT}(?:\s*[/|·]\s*{_SEGMENT}){{2,6}}\s*[/|·]\s*{_LAST_SEGMENT}$",
    rf"{_CRUMB}(?:\s*::\s*{_CRUMB}){{1,7}}$",
)
BREADCRUMB: Mapping[str, tuple[str, ...]] = {
    "*": (
        # one look ahead for the sign after the first segment serves all four shapes
        r"(?-i:(?=[^>»›→/|·\n]{1,30}\s*(?:[>»›→/|·]|::))(?:" + "|".join(_SIGN_TRAILS) + "))",
        rf"(?-i:{_DASH_AHEAD}{_SHORT_CRUMB}(?:{_DASH}{_SHORT_CRUMB}){{3,7}}"
        rf"(?:{_DASH}{_HEADLINE_END})?$)",
        rf"{_HOME}(?-i:(?:{_SPACED_SIGN}{_CRUMB}){{1,7}}(?:{_SPACED_SIGN}{_HEADLINE_END})?$)",
    ),
}
"""A breadcrumb or a flattened menu: three to eight short segments joined by ``>``, ``»``,
``›``, ``→``, ``/``, ``|`` or ``·`` ("Home > World > Middle East"), two or more joined by
``::`` ("Home :: News"), four or more of one or two words joined by a spaced dash ("News -
World - Europe - Middle East"; three dashed words are a headline as often: "Ukraine -
Russia - Talks"), or a trail that starts at the home page (``HOME_WORDS``) with any of
these signs or a spaced dash ("Home - World", "Startseite – Politik – Ausland"). The
trail may end with the page's own headline, a long last segment, after two short ones
joined by an arrow or ``::`` ("Home > News > Russian strikes …"), three joined by a slash
or a bar ("News | World | Europe | Russian strikes …"), four by a dash, or the home page
and one more ("Home / News / Russian strikes …"): a headline has one such sign at most
("Iraq / Syria: the long war"). Segments start with a letter and end without a space or
a colon; a dashed or home-led segment is at most three words with no spaced sign inside,
so the pattern cannot backtrack between them. Every pattern is anchored at the start of
the line (the rule's prefix ``^``); letters are matched without case folding (``(?-i:…)``),
which costs the engine much time, and only the home page's name folds case."""


DONATION_START: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"support the(?: (?-i:\p{Lu})[\w'’-]*){0,4}\s*$",
        "support (?:us|our (?:work|mission|journalism))",
        r"donate(?: now| today| here)?\s*$",
        "donate to (?:us|our)",
        "become a (?:member|supporter|patron)",
        "chip in",
    ),
    "de": ("jetzt spenden", "spenden sie", "unterstützen sie (?:uns|unsere)"),
    "fr": ("faire un don", "faites un don", "soutenez-nous", "soutenez notre"),
    "es": ("dona ahora", "donar ahora", "haz una donación", "apóyanos", "apoya nuestro"),
    "pt": ("doe agora", "doar agora", "faça uma doação", "apoie-nos", "apoie o nosso"),
    "it": ("dona ora", "fai una donazione", "sostienici", "sostieni il nostro"),
    "ru": ("поддержать проект", "поддержите нас", "поддержите проект", "пожертвовать"),
}
"""Starts of donation and membership appeals (head or tail, short lines). Single words
that are also names or verbs in prose ("Doe", "Dona", "support the troops") are not
here."""

DONATION_TERMS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "donat(?:e|ion|ions|ing)",
        "generosity of",
        "philanthrop\\w*",
        "make a (?:tax-deductible )?contribution",
        "support our (?:work|mission|journalism)",
    ),
    "de": ("spende\\w*", "unterstützung unserer arbeit"),
    "fr": ("faire un don", "faites un don", "générosité"),
    "es": ("donaci\\w+", "donativo\\w*", "generosidad"),
    "pt": ("doaç\\w+", "generosidade"),
    "it": ("donazion\\w+", "generosità"),
    "ru": ("пожертвовани\\w*", "щедрост\\w*"),
}
"""Appeal words that make a short first-person edge line a donation prompt."""

DONATION_ADDRESS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "you",
        "your",
        r"(?:our|my) (?:work|journalism|reporting|mission|newsroom|coverage|site|website|"
        r"organi[sz]ation|independence|publication)",
        r"(?:support|help|fund|back|join) us",
    ),
    "de": (
        r"(?-i:Sie|Ihr\w*)",
        r"unser\w* (?:arbeit|journalismus|redaktion|berichterstattung|angebot|projekt\w*)",
        r"(?:unterstützen|helfen) sie uns",
    ),
    "fr": (
        "vous",
        "votre",
        "vos",
        r"(?:notre|nos) (?:travail|journalisme|rédaction|indépendance|média|site|mission)",
        r"(?:soutenez|aidez)-nous",
    ),
    "es": (
        "tú",
        "tu",
        "tus",
        r"usted\w*",
        r"nuestr[oa]s? (?:trabajo|periodismo|redacción|independencia|medio|misión)",
        "apóyanos",
        "ayúdanos",
    ),
    "pt": (
        r"você\w*",
        r"(?:nosso|nossa)s? (?:trabalho|jornalismo|redação|independência|missão)",
        r"(?:apoie|ajude)-nos",
    ),
    "it": (
        "tu",
        r"tuo\w*",
        "tua",
        "voi",
        r"vostr\w*",
        r"(?:nostro|nostra|nostri|nostre) (?:lavoro|giornalismo|redazione|indipendenza|missione)",
        "sostienici",
        "aiutaci",
    ),
    "ru": (
        "вы",
        "вам",
        r"ваш\w*",
        r"наш\w* (?:работ\w*|журналистик\w*|редакци\w*|проект\w*|издани\w*)",
        "поддержите нас",
        "помогите нам",
    ),
}
"""Who gives and who receives in a donation appeal: the reader is spoken to ("your
donation"), or the money is for the publication's own work ("our work is only possible
through …", "support us"). The newsroom's reporting voice ("our reporter saw", "doctors
told us") does not count: a hospital that depends on donations is news."""

DONOR_ADDRESSED = (
    r"^(?=.*?(?<!\w)(?:"
    + "|".join(frag for frags in DONATION_ADDRESS.values() for frag in frags)
    + r")(?!\w))"
)
"""Lookahead for a ``DONATION_ADDRESS`` phrase anywhere in the line."""

LEGAL_START: Mapping[str, tuple[str, ...]] = {
    "en": (
        "©",
        r"copyright\s*(?:©|\(c\)|\d{4}|\s*$)",
        r"copyright\s+(?-i:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:©\s*)?\d{4}",
        r"\(c\)\s*\d{4}",
        "all rights reserved",
        "terms of (?:use|service)",
        "privacy policy",
        "cookie policy",
    ),
    "de": (
        r"urheberrecht\s*(?:©|\d{4})",
        "alle rechte vorbehalten",
        r"impressum\s*$",
        r"datenschutz(?:erklärung)?\s*$",
    ),
    "fr": ("tous droits réservés", "mentions légales", "politique de confidentialité"),
    "es": ("todos los derechos reservados", "aviso legal", "política de privacidad"),
    "pt": ("todos os direitos reservados", "política de privacidade", "proibida a reprodução"),
    "it": ("tutti i diritti riservati", "riproduzione riservata"),
    "ru": ("все права защищены", "при использовании материалов", "перепечатка материалов"),
}
"""Starts of copyright and legal lines (head or tail)."""

_SHOPPING = r"(?<!\w)(?:links?|purchas\w*|buy\w*|bought|shop\w*)(?!\w)"
"""Words of an affiliate disclosure's setting: links, buying, purchases."""

LEGAL_TERMS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "all rights reserved",
        "we use cookies",
        "affiliate (?:links?|partnerships?|commission)",
        r"(?:may|might) (?:earn|receive|get) (?:a |an )?(?:small )?(?:commission|share of)"
        rf"(?:(?<={_SHOPPING}.*)|(?=.*{_SHOPPING}))",
        "if you buy something through",
    ),
    "de": ("alle rechte vorbehalten", "wir verwenden cookies", "affiliate-links?"),
    "fr": ("tous droits réservés", "nous utilisons des cookies", "liens? d['’]affiliation"),
    "es": ("todos los derechos reservados", "utilizamos cookies", "enlaces? de afiliados?"),
    "pt": ("todos os direitos reservados", "utilizamos cookies", "links? de afiliados?"),
    "it": ("tutti i diritti riservati", "utilizziamo (?:i )?cookie", "link affiliat\\w+"),
    "ru": ("все права защищены", "мы используем cookie", "партнёрск\\w+ ссылк\\w+"),
}
"""Legal, cookie and affiliate-disclosure phrases (anywhere in a short edge line). "May earn
a commission" and "may receive a share of" count only on a line about links or purchases:
"families of the victims may receive a share of a compensation fund" is news."""


def _opening_a_sentence(subject: str, rest: str) -> str:
    """``subject`` at the start of the line or of a sentence (after "Notice:" too), then
    ``rest``. The lookbehind comes after the subject, whose words are looked for first."""
    return rf"(?:{subject})(?<=(?:^\W*|[.!?:]\s{{1,3}})(?:{subject})){rest}"


COMMENT_TERMS: Mapping[str, tuple[str, ...]] = {
    "en": (
        _opening_a_sentence(r"comments?", r" (?:are|will|must|may|should|can|containing|deemed)"),
        r"(?:all|your|our|reader['’]?s?|user) comments?",
        "commenters?",
        r"comments? (?:policy|section|thread|guidelines|moderation|system|form)",
        r"comments? (?:on|under|to) (?:this|our) (?:article|story|page|site|post|website|blog)",
        r"commenting (?:policy|guidelines|rules|system|is)",
        r"our community (?:guidelines|standards|rules)",
    ),
    "de": (
        _opening_a_sentence(r"(?:alle )?kommentare", r" (?:werden|sind|müssen|können|mit)"),
        r"(?:ihre?|ihren|unsere?) kommentar\w*",
        r"kommentar(?:funktion|bereich|spalte|regeln|richtlinien)\w*",
    ),
    "fr": (
        _opening_a_sentence(
            r"(?:les |tous les )?commentaires", r" (?:sont|seront|doivent|injurieux)"
        ),
        r"(?:vos|votre|nos) commentaires?",
        r"espace (?:des )?commentaires",
        "charte des commentaires",
    ),
    "es": (
        _opening_a_sentence(
            r"(?:los |todos los )?comentarios", r" (?:son|serán|deben|ofensivos|están)"
        ),
        r"(?:tus|vuestros|nuestros) comentarios?",
        "sección de comentarios",
    ),
    "pt": (
        _opening_a_sentence(
            r"(?:os |todos os )?comentários", r" (?:são|serão|devem|ofensivos|estão)"
        ),
        r"(?:vossos|nossos) comentários?",
        "seção de comentários",
    ),
    "it": (
        _opening_a_sentence(r"(?:i |tutti i )?commenti", r" (?:sono|saranno|devono|offensivi)"),
        r"(?:i tuoi|i vostri|il tuo|il vostro) comment[oi]",
        "sezione (?:dei )?commenti",
    ),
    "ru": (
        _opening_a_sentence(
            r"(?:все )?комментарии", r" (?:проходят|будут|должны|публикуются|модерируются)"
        ),
        r"ваши? комментари\w*",
        "правила комментирования",
    ),
}
"""Comment words as a notice uses them: the page's comments as the subject of a sentence
("Comments are moderated", "Tous les commentaires sont …"), the readers' or the site's
comments, commenters, the comment section or policy. "Declined to comment" and "a request
for comment" are news."""
MODERATION_TERMS: Mapping[str, tuple[str, ...]] = {
    "en": ("moderat\\w*", "civility", "civil discourse", "guidelines", "banned"),
    "de": ("moderation", "moderiert\\w*", "netiquette"),
    "fr": ("modération", "modéré\\w*", "charte"),
    "es": ("moderación", "moderador\\w*", "moderad\\w*"),
    "pt": ("moderação", "moderador\\w*", "aprovados?"),
    "it": ("moderazione", "moderat\\w*"),
    "ru": ("модерац\\w*", "модератор\\w*"),
}
"""A moderation word after a comment notice's wording (``COMMENT_TERMS``) in the first 300
characters: a comment notice."""


_STAFF = r"(?:\d[\d  .,]*|(?:around|about|approximately|some|over|nearly|more than) [\d.,]+)"
ORG_PROFILE: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"headquarter(?:s|ed)",
        rf"(?:employs (?:{_STAFF}|[\d.,]+)|{_STAFF} (?:employees|people worldwide|staff))",
        "subsidiaries",
        "listed on|stock exchange",
        r"(?:was )?founded in \d{4}",
    ),
    "de": (
        "hauptsitz|mit sitz in",
        r"beschäftigt (?:rund |etwa |über |mehr als )?[\d.,]+|[\d.,]+ mitarbeite(?:r|nde)\w*",
        "tochtergesellschaften",
        "börsennotiert|an der börse",
        r"gegründet \d{4}|\d{4} gegründet",
    ),
    "fr": (
        "siège social|dont le siège",
        r"emploie (?:environ |plus de |près de )?[\d  .,]+|[\d  .,]+ (?:collaborateurs|salariés)",
        "filiales",
        "cotée? (?:en|à la) bourse",
        r"fondée? en \d{4}",
    ),
    "es": (
        "con sede (?:central )?en|sede central",
        r"emplea a (?:unas |más de |cerca de )?[\d.,]+|[\d.,]+ (?:empleados|trabajadores)",
        "filiales",
        "cotiza en",
        r"fundada en \d{4}",
    ),
    "pt": (
        "com sede em|sede (?:mundial|global)",
        r"emprega (?:cerca de |mais de )?[\d.,]+|[\d.,]+ (?:funcionários|colaboradores)",
        "subsidiárias",
        "listada na|cotada na",
        r"fundada em \d{4}",
    ),
    "it": (
        "con sede (?:centrale )?a|sede centrale",
        r"impiega (?:circa |oltre |più di )?[\d.,]+|[\d.,]+ (?:dipendenti|collaboratori)",
        "controllate",
        "quotata (?:in|alla) borsa",
        r"fondata nel \d{4}",
    ),
    "ru": (
        r"штаб-квартир\w*",
        r"[\d  .,]+ сотрудник\w*",
        r"дочерн\w+ компани\w*",
        r"бирж\w*",
        r"основан\w* в \d{4}",
    ),
}
"""Facts about a company that a reporter writes as well as the company: head office, staff,
subsidiaries, stock listing, founding year."""

ORG_SELF_DESCRIPTION: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"(?:solutions|services|technology|software) provider|(?:leading|global) provider of",
        "portfolio",
        "products and services",
        r"for more information|www\.\S+",
    ),
    "de": (r"(?:führender|globaler) anbieter von|lösungsanbieter", "portfolio"),
    "fr": (r"fournisseur (?:mondial |leader )?de solutions", "portefeuille"),
    "es": (r"proveedor (?:global |líder )?de soluciones", "cartera de productos"),
    "pt": (r"fornecedora? (?:global |líder )?de soluções", "portfólio"),
    "it": (r"fornitore (?:globale |leader )?di soluzioni", "portafoglio"),
    "ru": (r"поставщик\w* (?:\w+ )?решений", r"портфел\w+"),
}
"""How a company describes itself and no reporter does: "a leading provider of", "solutions
provider", its portfolio, "for more information" and its web address. An "About us"
paragraph needs one of these: "Rheinmetall is a German arms maker headquartered in
Düsseldorf that employs about 30,000 people" is news."""

ORG_FACTS: Mapping[str, tuple[str, ...]] = {
    lang: ORG_PROFILE[lang] + ORG_SELF_DESCRIPTION[lang] for lang in ORG_PROFILE
}
"""Facts a company's boilerplate paragraph states about itself (head office, staff,
listing, "solutions provider"), one concept per entry; ``tail.about_org`` needs two
different entries in the line, one of them from ``ORG_SELF_DESCRIPTION``."""

ORG_OPENING: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"(?:is|are)\s+(?:a|an|the|one of the)\b",
        r"(?:is|was)\s+(?:headquartered|based|founded|established)\b",
        r"employs\b",
    ),
    "de": (
        r"ist\s+(?:ein|eine|einer|der|die|das)\b",
        r"(?:hat|mit)\s+(?:seinen\s+)?(?:haupt)?sitz\b",
        r"beschäftigt\b",
    ),
    "fr": (r"est\s+(?:un|une|le|la|l['’])", r"(?:a été )?fondée?\b", r"emploie\b"),
    "es": (r"es\s+(?:un|una|el|la)\b", r"fue fundada\b", r"emplea\b", r"tiene su sede\b"),
    "pt": (r"é\s+(?:um|uma|o|a)\b", r"foi fundada\b", r"emprega\b", r"tem sede\b"),
    "it": (r"è\s+(?:un|una|il|la|l['’])", r"è stata fondata\b", r"impiega\b", r"ha sede\b"),
    "ru": (r"(?:—|–|-)\s", r"является\b", r"была основана\b", r"насчитывает\b"),
}
"""What follows the company name that opens an "About us" paragraph ("Ascom is a …")."""

AUTHOR_PROMO: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"follow (?:him|her|them|me) on (?:twitter|facebook|instagram|threads|bluesky|x)",
        r"(?:he|she) tweets (?:at|as) @\w+",
        r"\w+['’]s? (?:new |latest |debut )?(?:book|novel|memoir)\b[^.]{0,160}?\b"
        r"(?:is|are) (?:out now|available now|now available|out|available (?:from|at|wherever))\b",
    ),
    "de": (
        r"folgen sie (?:ihm|ihr) auf (?:twitter|facebook|instagram|x)",
        r"(?:sein|ihr) (?:neues |aktuelles )?buch\b[^.]{0,160}?\b(?:ist|erscheint) "
        r"(?:soeben |gerade |jetzt )?(?:erschienen|im handel)",
    ),
    "fr": (
        r"suivez-(?:le|la) sur (?:twitter|facebook|instagram|x)",
        r"(?:son|le) (?:dernier |nouveau )?(?:livre|roman|essai)\b[^.]{0,160}?\b"
        r"(?:vient de paraître|est paru|est disponible)",
    ),
    "es": (
        r"síguel[oa] en (?:twitter|facebook|instagram|x)",
        r"su (?:último |nuevo )?libro\b[^.]{0,160}?\b(?:ya está a la venta|acaba de publicarse)",
    ),
    "pt": (
        r"siga-(?:o|a) no (?:twitter|facebook|instagram|x)",
        r"seu (?:último |novo )?livro\b[^.]{0,160}?\b(?:já está à venda|acaba de ser lançado)",
    ),
    "it": (
        r"seguil[oa] su (?:twitter|facebook|instagram|x)",
        r"il suo (?:ultimo |nuovo )?libro\b[^.]{0,160}?\b(?:è in libreria|è appena uscito)",
    ),
    "ru": (
        r"подписывайтесь на (?:него|неё|нее) в (?:twitter|facebook|instagram|telegram)",
        r"(?:его|её|ее) (?:новая )?книга\b[^.]{0,160}?\b(?:уже в продаже|вышла)",
    ),
}
"""Author promotion after the body: "Follow him on Twitter", "X's book … is out now"."""

_TITLE_WORDS = r"(?-i:[\p{Lu}\d][\p{L}\d'’&+.-]*)(?:\s+(?-i:[\p{Lu}\d][\p{L}\d'’&+.-]*)){0,3}"
NEWSLETTER_NAME: Mapping[str, tuple[str, ...]] = {
    "en": (_TITLE_WORDS + r"\s+(?:newsletter|briefing)",),
    "de": (_TITLE_WORDS + r"[-\s]newsletter", r"newsletter\s+" + _TITLE_WORDS),
    "fr": (r"(?:la\s+)?(?:newsletter|lettre d['’]information)\s+" + _TITLE_WORDS,),
    "es": (r"(?:boletín|newsletter)\s+(?:de\s+)?" + _TITLE_WORDS,),
    "pt": (r"(?:boletim|newsletter)\s+(?:d[aeo]\s+)?" + _TITLE_WORDS,),
    "it": (r"(?:la\s+)?newsletter\s+(?:di\s+)?" + _TITLE_WORDS,),
    "ru": (r"рассылка\s+" + _TITLE_WORDS,),
}
"""The name of a newsletter on a line of its own ("Pick Six Newsletter", "Newsletter
Morgenlage"): a newsletter word and up to four capitalized words."""


NEWSLETTER_MENTION: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"(?:sign up|subscribe) (?:for|to) [^.]{0,60}?newsletters?",
        r"newsletters? delivered (?:straight |right )?to your inbox",
        r"thank(?:s| you) for reading(?!\w).{0,80}?(?<!\w)(?:subscri(?:be|ption|bers?)|sign up"
        r"|newsletter)",
        r"is a reader-supported publication",
        r"receive new posts and support (?:my|our) work",
    ),
    "de": (
        r"(?:melden sie sich|abonnieren sie) [^.]{0,60}?newsletter",
        r"newsletter (?:kostenlos )?abonnieren",
        r"(?:vielen )?danke?,? f(?:ü|ue)r(?:s| das| ihr)? lesen(?!\w).{0,80}?(?<!\w)"
        r"(?:abonnier\w*|abonnement|newsletter)",
    ),
    "fr": (
        r"(?:inscrivez-vous|abonnez-vous) (?:à|aux?) [^.]{0,60}?(?:newsletters?|lettres?)",
        r"merci (?:d['’]avoir lu|de (?:nous |me )?lire|pour (?:votre )?lecture)(?!\w).{0,80}?"
        r"(?<!\w)(?:abonne\w*|inscri\w*|newsletter)",
        r"recevoir (?:les )?nouveaux (?:articles|posts|billets) et soutenir",
    ),
    "es": (
        r"(?:suscríbete|regístrate) (?:a|en) [^.]{0,60}?(?:newsletter|boletín)",
        r"gracias por (?:leer|tu lectura|su lectura)(?!\w).{0,80}?(?<!\w)"
        r"(?:suscr[ií]b\w*|suscripci[oó]n|bolet[ií]n|newsletter)",
    ),
    "pt": (
        r"(?:assine|inscreva-se n)[^.]{0,60}?(?:newsletter|boletim)",
        r"obrigad[oa] (?:por ler|pela (?:sua )?leitura)(?!\w).{0,80}?(?<!\w)"
        r"(?:assin\w*|inscrev\w*|newsletter|boletim)",
    ),
    "it": (
        r"iscriviti (?:a|al|alla|alle) [^.]{0,60}?newsletter",
        r"grazie (?:per (?:aver letto|averci letto|la lettura)|di aver letto)(?!\w).{0,80}?"
        r"(?<!\w)(?:iscriv\w*|abbona\w*|newsletter)",
    ),
    "ru": (
        r"подпишитесь на [^.]{0,60}?рассылк\w*",
        r"спасибо,? (?:что (?:читаете|прочитали|дочитали)|за (?:чтение|прочтение))(?!\w)"
        r".{0,80}?(?<!\w)(?:подпи\w*|рассылк\w*)",
    ),
}
"""A newsletter sign-up inside a promotional sentence ("… Sign up for the free daily
newsletter"), and the prompt a newsletter platform puts under every post ("Thanks for
reading X! Subscribe for free to receive new posts and support my work.", "X is a
reader-supported publication"): thanks for reading with a subscription word after it.
Trusted only before or after the body."""

COMMENT_INVITE: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"we(?:['’]d| would) (?:like|love) to hear (?:what you think|your thoughts) "
        r"(?:about|on|of) (?:this|our|the)",
        r"^\W*(?:tell|let) us (?:know )?what you think",
    ),
    "de": (r"schreiben sie uns ihre meinung", r"wir freuen uns auf ihre (?:meinung|kommentare)"),
    "fr": (r"donnez-nous votre avis", r"dites-nous ce que vous en pensez"),
    "es": (r"déjanos tu opinión", r"cuéntanos (?:qué|lo que) piensas"),
    "pt": (r"deixe (?:a )?sua opinião", r"diga-nos o que (?:você )?acha"),
    "it": (r"dicci cosa ne pensi", r"lasciaci (?:la tua opinione|un commento)"),
    "ru": (r"поделитесь (?:своим )?мнением", r"напишите нам,? что вы думаете"),
}
"""An invitation to write to the editors or to comment, after the body."""


def _alt(vocab: Mapping[str, tuple[str, ...]]) -> str:
    return "|".join(f for frags in vocab.values() for f in frags)


_NAME = (
    r"^(?!(?:the|this|that|these|those|a|an|it|he|she|they|we|our|his|her|their)\s)"
    r"(?-i:\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]*|(?:al|el|ad|as|az)-\p{Lu}[\p{L}'’-]*"
    r"|de|van|von|al|el|da|di|bin|ibn|la|le)){1,4}),?\s+"
)
"""The name that opens an author bio: two to five capitalized words, case-sensitive."""

_ORG = (
    r"^(?!(?:the|this|that|these|those|a|an|it|he|she|they|we|our|his|her|their|there|here|"
    r"but|and|in|on|at|after|when|if)\s)"
    r"(?-i:[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&.'’-]*|of|de|and|und|et|y|e|di"
    r"|du|des|für)){0,5})"
    r"(?:,?\s+(?-i:Inc|Ltd|LLC|AG|GmbH|SA|S\.A|plc|PLC|NV|N\.V|SE|SpA|S\.p\.A|Corp|Co)\.?)?"
    r"(?:\s*\([^)]{1,40}\))?,?\s+"
)
"""The organisation name that opens an "About us" paragraph, case-sensitive."""

RULES: tuple[Rule, ...] = (
    Rule(
        "stray.markup",
        "stray",
        "Leftover HTML tags or CMS shortcodes on a line of their own.",
        "any",
        "regex",
        400,
        MARKUP,
    ),
    Rule(
        "stray.separator",
        "stray",
        "A separator line of three or more marks (``___``, ``* * *``, ``-----``) anywhere on "
        "the page: a rule at the head or the foot of the page, a section break between "
        "paragraphs, a rule line inside a block of lines (a table, an underlined heading). It "
        "holds no words, so it is no paragraph; it never takes a line next to it along, so "
        "the text after a section break stays.",
        "any",
        "regex",
        120,
        SEPARATOR,
    ),
    Rule(
        "stray.lone_symbol",
        "stray",
        "A lone number or symbol between paragraphs (the remnant of a figure or a list), or a "
        "bare numeric id, on a line that is its block's only line: a number among the lines "
        "of a table stays. Three or more marks in a row are ``stray.separator``'s.",
        "any",
        "regex",
        20,
        _STRAY,
        own_block=True,
    ),
    Rule(
        "nav.icon_row",
        "navigation",
        'A row made only of icon-font words ("clock menu more-arrow no yes mobile").',
        "edge",
        "tokens",
        200,
        NAV_ICON_WORDS,
    ),
    Rule(
        "social.share_row",
        "social",
        'A row of share buttons ("Share on Facebook Share on Twitter Share via Email"): share '
        "words only, with a share verb and a network.",
        "any",
        "regex",
        200,
        SHARE_ROW,
    ),
    Rule(
        "nav.breadcrumb",
        "navigation",
        'A breadcrumb or flattened menu ("Home > World > Middle East", "Home :: News", '
        '"News - World - Europe - Middle East", "Startseite – Politik"), also one that ends '
        'with the headline ("Home > News > Russian strikes knock out power in Kharkiv", "Home '
        '/ News / Russian strikes …"); see ``BREADCRUMB``.',
        "edge",
        "regex",
        160,
        BREADCRUMB,
        prefix="^",
    ),
    Rule(
        "nav.reading_time",
        "navigation",
        "A reading-time widget.",
        "edge",
        "start",
        60,
        NAV_READING_TIME,
    ),
    Rule("nav.login", "navigation", "A log-in or account link.", "edge", "whole", 40, NAV_LOGIN),
    Rule(
        "nav.menu",
        "navigation",
        'A menu entry, section switch or "Filed under:" label.',
        "edge",
        "whole",
        40,
        NAV_MENU_WORDS,
    ),
    Rule(
        "ad.marker",
        "advertisement",
        'An advertisement marker ("ADVERTISEMENT", "Anzeige").',
        "any",
        "whole",
        60,
        ADVERTISEMENT_WHOLE,
    ),
    Rule(
        "caption.start",
        "caption",
        'A caption or credit introduced by "Image:", "Photo:", "Foto:" …; '
        '"This slideshow requires JavaScript."',
        "any",
        "start",
        600,
        CAPTION_START,
        suffix=r"\s*\S",
    ),
    Rule(
        "caption.credit",
        "caption",
        'A short line that ends with a photo credit ("… Photo by X/Getty Images", '
        '"(Photo: REUTERS/…)").',
        "any",
        "regex",
        400,
        CAPTION_CREDIT_END,
        from_end=True,
    ),
    Rule(
        "social.share",
        "social",
        'A share button or follow prompt ("Sharing is caring!").',
        "any",
        "whole",
        250,
        SOCIAL_WHOLE,
    ),
    Rule(
        "social.follow",
        "social",
        'A short "Follow X on Twitter …" prompt.',
        "any",
        "start",
        160,
        SOCIAL_FOLLOW,
    ),
    Rule(
        "related.start",
        "related",
        'A related-links line ("Related Experts: …", "Read more: …", "Also on …").',
        "any",
        "start",
        200,
        RELATED_START,
    ),
    Rule(
        "related.header",
        "related",
        'The header of a list of other headlines ("You may also like…", "Related").',
        "any",
        "whole",
        60,
        RELATED_HEADERS,
    ),
    Rule(
        "newsletter.button",
        "newsletter",
        'A bare subscription button ("SUBSCRIBE").',
        "any",
        "whole",
        30,
        NEWSLETTER_WORDS,
    ),
    Rule(
        "newsletter.prompt",
        "newsletter",
        'A short subscription or newsletter prompt ("Sign up for the newsletter …").',
        "any",
        "start",
        250,
        NEWSLETTER_START,
    ),
    Rule(
        "newsletter.tail_prompt",
        "newsletter",
        'A promotional prompt that only counts after the body ("Get curated picks …").',
        "tail",
        "start",
        400,
        NEWSLETTER_TAIL_START,
    ),
    Rule(
        "newsletter.blurb",
        "newsletter",
        'The line right below a newsletter prompt that describes it ("Get curated picks … '
        'every week, from our editors."): a promise only a newsletter makes, or how often it '
        "comes on a line that speaks to the reader or names the newsroom. It never makes the "
        "line below it a blurb too.",
        "any",
        "regex",
        200,
        NEWSLETTER_BLURB,
        after="newsletter",
    ),
    Rule(
        "comments.header",
        "comment_notice",
        'A comments header or prompt ("Leave a reply").',
        "edge",
        "whole",
        40,
        COMMENT_WORDS,
    ),
    Rule(
        "comments.moderation",
        "comment_notice",
        "A comment-moderation notice after the body: a notice's wording about the page's "
        'comments ("Comments are …", "your comments", "commenters", "our community '
        'guidelines") and a moderation word in its first 300 characters.',
        "tail",
        "regex",
        1500,
        MODERATION_TERMS,
        prefix=rf"^(?=.{{0,300}}?(?<!\w)(?:{_alt(COMMENT_TERMS)})(?!\w)).{{0,300}}?(?<!\w)",
    ),
    Rule(
        "donation.appeal",
        "donation",
        'A donation or membership appeal before or after the body ("Support the …").',
        "edge",
        "start",
        120,
        DONATION_START,
    ),
    Rule(
        "donation.terms",
        "donation",
        'A short line before or after the body that asks for money ("Our work is only '
        'possible through the generosity …"): an appeal word with the reader spoken to or the '
        "publication's own work named (see ``DONATION_ADDRESS``).",
        "edge",
        "regex",
        250,
        DONATION_TERMS,
        prefix=DONOR_ADDRESSED + r".*?(?<!\w)",
    ),
    Rule(
        "ad.click_here",
        "advertisement",
        'A short promotional line asking to click ("GET … BY CLICKING HERE").',
        "any",
        "contains",
        160,
        PROMO_CLICK,
    ),
    Rule(
        "legal.start",
        "legal",
        "A copyright or legal line before or after the body.",
        "edge",
        "start",
        300,
        LEGAL_START,
    ),
    Rule(
        "legal.disclosure",
        "legal",
        "A short line before or after the body with a legal, cookie or affiliate phrase.",
        "edge",
        "contains",
        400,
        LEGAL_TERMS,
    ),
    Rule(
        "tail.credit",
        "author_bio",
        'A wire or contributor credit ("Reporting by … editing by …", "X contributed reporting").',
        "tail",
        "start",
        400,
        CREDIT_LINES,
    ),
    Rule(
        "tail.author_bio",
        "author_bio",
        'An author bio after the body: a name followed by "is a <role>" where the role is a '
        "journalist's or a scholar's, or an office at a research institution (gives the "
        "author).",
        "tail",
        "regex",
        700,
        AUTHOR_BIO,
        prefix=_NAME,
    ),
    Rule(
        "tail.about_org",
        "author_bio",
        'An organisation\'s "About us" paragraph after the body: its name, "is a …" and at '
        "least two different facts about itself (head office, staff, stock listing, "
        '"solutions provider"; see ``ORG_FACTS``), one of them in its own words (a '
        '"leading provider of", its portfolio, its web address).',
        "tail",
        "regex",
        1500,
        ORG_OPENING,
        prefix=_ORG,
        suffix=rf"(?=.*?(?<!\w)(?:{_alt(ORG_SELF_DESCRIPTION)})(?!\w))",
        facts=ORG_FACTS,
        min_facts=2,
    ),
    Rule(
        "tail.author_promo",
        "author_bio",
        'Author promotion after the body ("Follow him on Twitter @…", "X\'s book … is out now").',
        "tail",
        "contains",
        500,
        AUTHOR_PROMO,
    ),
    Rule(
        "newsletter.name",
        "newsletter",
        'A newsletter\'s name on a line of its own after the body ("Pick Six Newsletter").',
        "tail",
        "regex",
        50,
        NEWSLETTER_NAME,
        prefix=r"^\W*",
        suffix=r"\W*$",
    ),
    Rule(
        "newsletter.mention",
        "newsletter",
        'A line before or after the body with a newsletter sign-up in it ("… Sign up for the '
        'free daily newsletter.").',
        "edge",
        "contains",
        300,
        NEWSLETTER_MENTION,
    ),
    Rule(
        "comments.invite",
        "comment_notice",
        "An invitation to write in or comment, after the body (\"We'd like to hear what you "
        'think …").',
        "tail",
        "contains",
        400,
        COMMENT_INVITE,
    ),
    Rule(
        "meta.updated",
        "metadata",
        'A publication or update stamp ("Updated at 1:23 p.m."): the stamp\'s word, then the '
        'time, not a lower-case word ("Published casualty lists include 14 children."). A date '
        'line that opens with an update or modification word ("Last updated: 21 November '
        '2023", "Mis à jour le …", "Обновлено …") goes under this name too: it says when the '
        "page changed, so its date is never taken for the publication date, even when it is "
        "the page's only date.",
        "edge",
        "regex",
        80,
        META_UPDATED,
        prefix=r"^\W*",
        suffix=r"(?!\w)(?=.*\d)" + _STAMP_FOLLOWS,
    ),
)
"""Line rules, in the order they are tried (first match wins)."""

CONTEXT_RULES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "meta.title": ("metadata", "The headline: the first headline-like line before the body."),
        "meta.subtitle": (
            "metadata",
            "The standfirst (dek): the line under the headline, when "
            "non-body lines follow it before the body starts; also a paragraph of one or two "
            "sentences (not a dateline lede) between the headline and a byline or date line.",
        ),
        "meta.kicker": ("metadata", "A genre label before the headline on a line of its own."),
        "meta.byline": (
            "metadata",
            'A byline ("By X", "by" / "X", "Von X", "Par X", "Por X", "Di X", "Автор: X"), '
            'also one that credits only the newsroom or an agency ("By Staff Reporter", '
            '"By Reuters Staff", "From our correspondent in Kyiv", "Staff Reporter, '
            'Islamabad", "Le Monde avec AFP", "Al Jazeera and news agencies", "Reuters"; no '
            "author), and right under the headline one without a byline word that shows it is "
            "one: two names, or a name with a job title, an agency or the place the writer "
            'files from ("Jane Doe and AFP", "Jane Doe in Kyiv"; the person is the author).',
        ),
        "meta.section": (
            "metadata",
            'A section label line ("Filed under: Syria"); gives the section.',
        ),
        "meta.date": (
            "metadata",
            "A line that is only a date (parsed with python-dateutil after "
            "month names are mapped to English), with an optional publication label; it gives "
            "the publication date. An update stamp is ``meta.updated``'s.",
        ),
        "head.above_title": (
            "navigation",
            "A short line above the headline (site name, section, tag).",
        ),
        "context.same_block": (
            "navigation",
            "A short line in the same block as a removed line "
            "(a site name broken over lines); takes that line's category.",
        ),
        "related.list": ("related", "A headline-like line in the list under a related header."),
        "context.between": (
            "navigation",
            "A short line between two removed lines of the same furniture category (share "
            "buttons, menus, prompts); takes their category.",
        ),
        "tail.headline_list": (
            "related",
            "A run of two or more title-case headlines at the very end of the page.",
        ),
        "tail.bullet_headlines": (
            "related",
            "Two or more title-case headline list items in a row after the body "
            '("- 15 Amazing Images of Stars"), unless a line ending with ":" introduces them.',
        ),
        "tail.after_chrome": (
            "navigation",
            "A short line below a removed tail furniture line with no sentence of the article "
            "after it; takes the category of the removed line above it.",
        ),
    }
)
"""Rules decided from position and neighbours rather than a vocabulary: name ->
(default category, description)."""

RULES_BY_NAME: Mapping[str, Rule] = MappingProxyType({r.name: r for r in RULES})


_ZONE_TEXT = {
    "any": "anywhere",
    "head": "before the body",
    "tail": "after the body",
    "edge": "before or after the body",
}


def _rst_heading(text: str, char: str) -> list[str]:
    return [text, char * len(text), ""]


def catalogue_rst() -> str:
    """Render the rule catalogue as reStructuredText.

    One section per removal category: each rule with its name, zone, length limit and
    description, then its vocabulary per language.

    Returns:
        The catalogue, ready to be included in the Sphinx docs.
    """
    out: list[str] = []
    out += _rst_heading("Boilerplate rule catalogue", "=")
    out += [
        "Every line that leaves the body is recorded as a ``Removal`` with a category and the",
        "name of the rule that decided it. Vocabulary entries are case-insensitive regular",
        "expression fragments; most are plain phrases.",
        "",
    ]
    for category in REMOVAL_CATEGORIES:
        vocab_rules = [r for r in RULES if r.category == category]
        ctx_rules = [(n, d) for n, (c, d) in CONTEXT_RULES.items() if c == category]
        if not vocab_rules and not ctx_rules:
            continue
        out += _rst_heading(f"``{category}``", "-")
        for rule in vocab_rules:
            out += _rst_heading(f"``{rule.name}``", "~")
            out += [
                rule.description,
                "",
                f"Fires {_ZONE_TEXT[rule.zone]}, on lines of at most {rule.max_chars} "
                f"characters"
                + (f", only right below a ``{rule.after}`` line" if rule.after else "")
                + (", only on a line that is its block's only line" if rule.own_block else "")
                + f"; vocabulary matched as ``{rule.match}``.",
                "",
            ]
            for lang, frags in rule.vocabulary.items():
                label = "any language" if lang == "*" else lang
                items = ", ".join(f"``{f}``" for f in frags)
                out += [f"* **{label}**: {items}", ""]
            if rule.facts:
                out += [f"It needs at least {rule.min_facts} different facts in the line:", ""]
                for lang, frags in rule.facts.items():
                    items = ", ".join(f"``{f}``" for f in frags)
                    out += [f"* **{lang}**: {items}", ""]
        for name, desc in ctx_rules:
            out += _rst_heading(f"``{name}``", "~")
            out += [desc, "", "Decided from position and neighbouring lines.", ""]
    return "\n".join(out).rstrip() + "\n"
