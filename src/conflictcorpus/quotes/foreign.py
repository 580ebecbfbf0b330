"""Attribution in the languages of war reporting other than English, as data.

The English sieves of :mod:`.attribution` rest on an English grammar of mentions ("the
minister", "Russian President Vladimir Putin"). News in French, Spanish, Italian,
Portuguese, German, Russian, Ukrainian and Arabic attributes quotes in two shapes that
need no such grammar, and this module reads those two:

* after the quote, the reporting verb and then the speaker (the newspaper inversion of
  the Romance languages and Russian, and German after a comma): « … », a déclaré le
  ministre de la Défense, Oleksiï Reznikov. / „…“, sagte er. / «…», — заявил министр
  обороны Алексей Резников.
* before the quote, the speaker and the verb and a colon (or, in Arabic, the verb first):
  Selenskyj sagte: „…“ / Путин заявил: «…» / وقال المتحدث باسم الجيش: «…»

The speaker phrase is read up to the next clause mark. A name in it (a run of
capitalised words, or one after a comma: "le ministre de la Défense, Oleksiï Reznikov")
is the mention and the words before it are the role; without a name the phrase itself is
the mention ("le porte-parole du ministère"). A subject pronoun ("il", "sie", "он") is a
pronoun mention, resolved like "he" and "she". Only these verb forms are cues, so an
English text never reaches these patterns through an English word.

>>> from conflictcorpus.quotes import extract_quotes
>>> q = extract_quotes("« Nous tiendrons », a déclaré le ministre, Oleksiï Reznikov.")[0]
>>> q.attribution.speaker, q.attribution.role
('Oleksiï Reznikov', 'le ministre')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import regex

from .attribution import Found
from .cues import trie_pattern

__all__ = [
    "FOREIGN_ACCORDING",
    "FOREIGN_CUES",
    "FOREIGN_PRONOUNS",
    "FOREIGN_VERBS",
    "find_foreign_after",
    "find_foreign_before",
]


def _words(text: str) -> tuple[str, ...]:
    """The space-separated words of a vocabulary line."""
    return tuple(text.split())


FOREIGN_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "fr": (
            *(
                f"a {p}"
                for p in _words(
                    "déclaré dit affirmé ajouté expliqué indiqué souligné assuré estimé précisé "
                    "averti annoncé confié lancé répondu reconnu insisté martelé dénoncé écrit "
                    "tweeté raconté poursuivi rappelé"
                )
            ),
            *_words(
                "déclare dit affirme ajoute explique indique souligne estime précise "
                "avertit annonce confie répond reconnaît insiste martèle dénonce écrit "
                "raconte poursuit rappelle"
            ),
        ),
        "es": (
            *_words(
                "dijo afirmó declaró señaló explicó aseguró añadió agregó indicó advirtió "
                "sostuvo manifestó subrayó destacó apuntó comentó escribió relató insistió "
                "afirma declara señala explica asegura añade agrega indica advierte "
                "sostiene subraya destaca"
            ),
            *(
                f"ha {p}"
                for p in _words(
                    "dicho afirmado declarado señalado explicado asegurado añadido indicado "
                    "advertido subrayado destacado escrito"
                )
            ),
        ),
        "it": (
            *(
                f"ha {p}"
                for p in _words(
                    "detto dichiarato affermato spiegato aggiunto sottolineato annunciato "
                    "scritto assicurato ribadito precisato avvertito raccontato"
                )
            ),
            *_words(
                "afferma dichiara spiega aggiunge sottolinea disse dichiarò affermò spiegò aggiunse"
            ),
        ),
        "pt": (
            *_words(
                "disse afirmou declarou explicou acrescentou garantiu ressaltou destacou "
                "sublinhou avisou alertou escreveu contou diz afirma declara explica "
                "acrescenta garante ressalta destaca"
            ),
        ),
        "de": (
            *_words(
                "sagte sagt erklärte erklärt betonte betont warnte warnt schrieb schreibt "
                "meinte meint bekräftigte unterstrich versicherte antwortete ergänzte "
                "berichtete sagten erklärten"
            ),
        ),
        "ru": (
            *_words(
                "заявил заявила заявили сказал сказала сказали отметил отметила отметили "
                "подчеркнул подчеркнула добавил добавила сообщил сообщила сообщили пояснил "
                "пояснила написал написала признал признала заверил заверила уточнил "
                "уточнила рассказал рассказала говорит заявляет отмечает"
            ),
        ),
        "uk": (
            *_words(
                "заявив заявила заявили сказав сказала сказали зазначив зазначила наголосив "
                "наголосила додав додала повідомив повідомила повідомили пояснив пояснила "
                "написав написала розповів розповіла каже"
            ),
        ),
        "ar": _words("قال قالت أضاف أضافت أكد أكدت أوضح أوضحت صرح صرحت أعلن أعلنت تابع تابعت"),
    }
)
"""Reporting verbs, in the forms news uses after and before a quote.

Forms that are also English words ("dice", "lance", "assure") are left out: these
patterns run on English text too, after the English sieves found nothing."""

FOREIGN_ACCORDING: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "fr": ("selon", "d’après", "d'après"),
        "es": ("según",),
        "it": ("secondo",),
        "pt": ("segundo", "de acordo com"),
        "de": ("laut",),
        "ru": ("по словам",),
        "uk": ("за словами",),
    }
)
""""According to": after a quote with its source (« … », selon le ministère), or before it
with a comma (Selon X, « … »)."""
FOREIGN_CUES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {lang: (*verbs, *FOREIGN_ACCORDING.get(lang, ())) for lang, verbs in FOREIGN_VERBS.items()}
)
"""Every cue that may follow a quote: the verbs and "according to"."""

FOREIGN_PRONOUNS: Mapping[str, str] = MappingProxyType(
    {
        "il": "he",
        "elle": "she",
        "él": "he",
        "ella": "she",
        "lui": "he",
        "lei": "she",
        "ele": "he",
        "ela": "she",
        "er": "he",
        "sie": "she",
        "он": "he",
        "она": "she",
        "він": "he",
        "вона": "she",
    }
)
"""Subject pronouns after a reporting verb, with the English pronoun they resolve like."""


def _alternation(phrases) -> str:
    """A regex alternation of ``phrases``, longest first, any run of spaces inside one."""
    escaped = {regex.escape(c).replace(r"\ ", r"[^\S\n]+") for c in phrases}
    return "|".join(sorted(escaped, key=lambda c: (-len(c), c)))


_CUE_ALT = _alternation(c for cues in FOREIGN_CUES.values() for c in cues)
_CUE_TRIE = trie_pattern([c for cues in FOREIGN_CUES.values() for c in cues])
"""The same words factored by common prefixes, for the pattern after a quote, which every
quote not attributed in English tries: the longest that fits is taken, as from
:data:`_CUE_ALT`, with far fewer comparisons."""
_AR_CUE_ALT = "|".join(FOREIGN_CUES["ar"])


_FR_INVERTED = (
    r"a-t-(?P<tpron>il|elle|on)[^\S\n]+\p{Ll}+[ée]"
    r"|\p{Ll}+(?:-t)?-(?P<tpron2>il|elle)"  # "dit-il", "ajoute-t-elle"
)
_AFTER_RE = regex.compile(
    r"[^\S\n]*[,.!?]?[^\S\n]*(?:[—–-]{1,2}[^\S\n]*)?"
    rf"(?P<cue>{_FR_INVERTED}|(?<![\p{{L}}\-])(?:{_CUE_TRIE}))(?![\p{{L}}\-])"
)
_PHRASE_RE = regex.compile(
    r"[^\S\n]+(?P<np>[^,.;:!?«»“”„\"()\n]{1,100}?)[^\S\n]*(?=[,.;:!?()«»“”„\"\n]|$)"
)
_APPOS_NAME_RE = regex.compile(
    r",[^\S\n]*(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}’'\-]*){0,3})"
    r"[^\S\n]*(?=[,.;:!?()\n]|$)"
)
_BEFORE_RE = regex.compile(
    r"(?r)(?:^|(?<=[\s,;(]))"
    rf"(?:(?P<np>[^,.;:!?«»“”„\"()\n]{{1,80}})[^\S\n]+(?P<cue>(?<![\p{{L}}\-])(?:{_CUE_ALT}))"
    rf"|(?:و)?(?P<cue2>{_AR_CUE_ALT})[^\S\n]+(?P<np2>[^:،\n«»“”\"]{{1,80}}?))"
    r"[^\S\n]*[:،][^\S\n]*\Z"
)
_ACCORDING_BEFORE_RE = regex.compile(
    r"(?r)(?:^|(?<=[\s(]))(?P<cue>(?i:"
    + _alternation(c for forms in FOREIGN_ACCORDING.values() for c in forms)
    + r"))[^\S\n]+(?P<np>[^,.;:!?«»“”„\"()\n]{1,80}),[^\S\n]*\Z"
)
""""According to" in another language, its source and a comma before the quote."""
_CAP_TOKEN_RE = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-.]*")
_TOKEN_RE = regex.compile(r"\S+")
_TITLES = frozenset(
    _words(
        "président présidente ministre premier chef général porte-parole präsident "
        "präsidentin minister ministerin kanzler kanzlerin bundeskanzler außenminister "
        "verteidigungsminister sprecher sprecherin general presidente ministro ministra "
        "portavoz primer portavoce generale porta-voz президент министр премьер генерал "
        "глава президент міністр прем'єр генерал речник"
    )
)
_MAX_PHRASE_WORDS = 12
_MAX_SUBJECT_WORDS = 6
_TIME_WORDS = frozenset(
    _words(
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir matin "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute abend "
        "lunes martes miércoles jueves viernes sábado domingo ayer hoy noche mañana "
        "lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi sera mattina "
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira ontem hoje noite "
        "понедельник вторник среду четверг пятницу субботу воскресенье вчера сегодня "
        "понеділок вівторок середу четвер п'ятницю суботу неділю вчора сьогодні"
    )
)
"""Days and times that sit between a verb and its speaker ("dijo este martes el …")."""
_TIME_LEADERS = frozenset(
    _words("am ce cette este esta nesta neste questo questa в во у a al le il el o")
)
_TAIL_WORDS = frozenset(
    _words("in bei vor nach mit im sur dans pour avec par en con em à au a в на для з із في")
)
"""Prepositions that start a place, a medium or a circumstance after the speaker ("in
Kiew", "sur Telegram", "en un comunicado", "в своем Telegram-канале")."""
_RELATIVE_WORDS = frozenset(
    _words("qui que dont lequel laquelle quien quienes cuyo cuya который которая которое которые")
)
"""Relative pronouns that end the speaker's phrase ("un éleveur qui a fui …")."""
_FUNCTION_WORDS = frozenset(
    _words(
        "le la les l' l’ de du des d' d’ un une au aux et à en "
        "der die das des dem den ein eine einer am im vom zum zur und "
        "el los las lo del al y en un una "
        "il lo gli i della dello delle dei degli di da e "
        "o os as do dos da das na no nas nos em um uma "
        "в на из по для с со у и та від до з за "
        "في من عن على"
    )
)
"""Articles and prepositions: a capitalised word after one is a noun (German capitalises
every noun) or the end of a title ("de la Défense"), not a name."""


def _skip_time(tokens: list[regex.Match[str]], k: int) -> int:
    """The index of the first token at or after ``k`` that is not part of a time ("este
    martes", "am Montag", "в понедельник", "mardi soir")."""
    while k < len(tokens):
        word = tokens[k].group().lower().strip(",")
        if word in _TIME_WORDS:
            k += 1
        elif (
            word in _TIME_LEADERS
            and k + 1 < len(tokens)
            and tokens[k + 1].group().lower().strip(",") in _TIME_WORDS
        ):
            k += 2
        else:
            return k
    return k


def _speaker_in(text: str, start: int, end: int) -> tuple[str, int, str | None] | None:
    """The mention (and its offset) and role in the speaker phrase ``text[start:end]``.

    A time at its start is skipped ("dijo este martes el presidente …") and the phrase ends
    where a place, a time or a medium begins after its head ("Selenskyj am Montag in Kiew",
    "el Ministerio de Defensa en un comunicado"). The first run of capitalised words that
    names a person is the mention and the words before it the role; a capitalised noun
    after an article first ("der Sprecher des Ministeriums", "o Ministério da Defesa")
    makes the whole phrase a description."""
    tokens = list(_TOKEN_RE.finditer(text, start, end))
    if not tokens:
        return None
    lead = _skip_time(tokens, 0)
    medium_first = lead < len(tokens) and tokens[lead].group().lower() in _TAIL_WORDS
    stop = next(
        (
            k
            for k in range(lead + 1, len(tokens))
            if tokens[k].group().lower() in _TAIL_WORDS
            or tokens[k].group().lower() in _RELATIVE_WORDS
            or _skip_time(tokens, k) > k
        ),
        len(tokens),
    )
    tokens = tokens[lead:stop]
    if not tokens or len(tokens) > _MAX_PHRASE_WORDS:
        return None
    if len(tokens) == 1 and tokens[0].group() in FOREIGN_PRONOUNS:
        # "sagte er am Montag", "dijo él" (not "Ella Schlein", not "il ministro …")
        return tokens[0].group(), tokens[0].start(), None
    start = tokens[0].start()
    runs: list[list[int]] = []
    for k, tok in enumerate(tokens):
        if _CAP_TOKEN_RE.fullmatch(tok.group().rstrip(",")):
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    for run in runs:
        if tokens[run[0]].group().lower() in _FUNCTION_WORDS:
            run = run[1:]  # "Le ministre …" at the start of a clause
        while run and tokens[run[0]].group().lower() in _TITLES:  # "Präsident Selenskyj"
            run = run[1:]
        if not run or (medium_first and len(run) == 1):
            continue  # "sagte in Kiew der …", "escribió en la red social X": the medium's name
        before = tokens[run[0] - 1].group().lower() if run[0] else ""
        if len(run) >= 3 and (before in _FUNCTION_WORDS or before in _TITLES):
            # "il ministro della Difesa Guido Crosetto", "глава Чечни Рамзан Кадыров": the
            # first word ends the title
            run = run[1:]
        elif len(run) == 1 and before in _FUNCTION_WORDS:
            break  # "der Sprecher des …", "de la Défense": a noun, so a description
        name_start, name_end = tokens[run[0]].start(), tokens[run[-1]].end()
        role = text[start:name_start].strip()
        if all(w.lower() in _FUNCTION_WORDS for w in role.split()):
            role = ""  # "el Estado Mayor": an article is no role
        return text[name_start:name_end], name_start, role or None
    if medium_first:
        return None  # only a place or a medium after the verb: the speaker was named before
    return text[start : tokens[-1].end()], start, None


def find_foreign_after(text: str, end: int, limit: int) -> Found | None:
    """A reporting verb of another language right after a quote ending at ``end``, then
    the speaker: « … », a déclaré le ministre. / „…“, sagte er. / «…», — заявил Лавров."""
    m = _AFTER_RE.match(text, end, min(limit, end + 200))
    if m is None:
        return None
    cue = m.group("cue")
    tpron = m.group("tpron") or m.group("tpron2")
    if tpron is not None:  # « … », a-t-il déclaré.
        at = m.start("tpron") if m.group("tpron") else m.start("tpron2")
        return Found(tpron, at, cue, m.start("cue"), "after_foreign", False)
    phrase = _PHRASE_RE.match(text, m.end(), min(limit, m.end() + 120))
    if phrase is None:
        return None
    appos = _APPOS_NAME_RE.match(text, phrase.end(), min(limit, phrase.end() + 80))
    if appos is not None:  # "le ministre de la Défense, Oleksiï Reznikov"
        words = list(_TOKEN_RE.finditer(text, phrase.start("np"), phrase.end("np")))
        lead = _skip_time(words, 0)  # "dijo este martes el presidente ucraniano, X"
        role = text[words[lead].start() : phrase.end("np")].strip() if lead < len(words) else ""
        return Found(
            appos.group("name"),
            appos.start("name"),
            cue,
            m.start("cue"),
            "after_foreign",
            False,
            role=role or None,
        )
    got = _speaker_in(text, phrase.start("np"), phrase.end("np"))
    if got is None:
        return None
    return Found(got[0], got[1], cue, m.start("cue"), "after_foreign", False, role=got[2])


def find_foreign_before(text: str, sent_start: int, start: int) -> Found | None:
    """A speaker and a reporting verb of another language before the colon that opens a
    quote at ``start``: Selenskyj sagte: „…“ / وقال المتحدث باسم الجيش: «…»"""
    tail = text[max(sent_start, start - 4) : start]
    if "," in tail:  # Selon le ministère, « … » / По словам Пескова, «…»
        acc = _ACCORDING_BEFORE_RE.search(text, max(sent_start, start - 120), start)
        got = _speaker_in(text, acc.start("np"), acc.end("np")) if acc is not None else None
        if got is None:
            return None
        return Found(
            got[0],
            got[1],
            acc.group("cue"),
            acc.start("cue"),
            "before_foreign",
            True,
            role=got[2],
        )
    if ":" not in tail and "،" not in tail:
        return None  # the pattern ends in a colon: most quotes are not introduced by one
    lo = max(sent_start, start - 160)
    m = _BEFORE_RE.search(text, lo, start)
    if m is None:
        return None
    np_group, cue_group = ("np", "cue") if m.group("cue") else ("np2", "cue2")
    words = list(_TOKEN_RE.finditer(text, m.start(np_group), m.end(np_group)))
    if not words:
        return None
    # the clause before the verb, at most its last six words: the subject
    got = _speaker_in(text, words[-_MAX_SUBJECT_WORDS:][0].start(), m.end(np_group))
    if got is None:
        return None
    return Found(
        got[0], got[1], m.group(cue_group), m.start(cue_group), "before_foreign", True, role=got[2]
    )
