"""Page metadata from single lines: dates, bylines, kickers, sections and bio names.

Text-first helpers used by :mod:`conflictcorpus.boilerplate` on the lines it marks as
metadata. Each returns ``None`` (or an empty list) when the line is not what it looks
for: absent is never a guess.

Dates are parsed by python-dateutil; month and weekday names of the supported languages
are mapped to English first (vocabularies below), and a line counts as a date only when
it is nothing but a date (optionally with a time and a "Published"/"Updated" label).

>>> parse_date("March 4, 2017"), parse_date("4 de março de 2017"), parse_date("04.03.2017")
(datetime.date(2017, 3, 4), datetime.date(2017, 3, 4), datetime.date(2017, 3, 4))
>>> parse_byline("By Kyle Orton and Jane Doe")
['Kyle Orton', 'Jane Doe']
>>> split_kicker("Analysis: ‘The West Helped the Assad Regime’")
('Analysis', 'The West Helped the Assad Regime')
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping

import regex
from dateutil import parser as _dateparser

__all__ = [
    "AGENCIES",
    "BYLINE_PREFIXES",
    "BYLINE_ROLES",
    "DATE_FILLER_WORDS",
    "DATE_SECOND_STAMPS",
    "KICKERS",
    "MONTHS",
    "NEWSROOM_CREDITS",
    "NEWSROOM_PREFIXES",
    "SECTION_LABELS",
    "WEEKDAYS",
    "bio_name",
    "byline_date",
    "is_agency",
    "is_byline_prefix",
    "is_dateline",
    "is_newsroom_byline",
    "parse_bare_byline",
    "parse_byline",
    "parse_date",
    "parse_dateline",
    "parse_names",
    "parse_section",
    "parse_update_stamp",
    "split_kicker",
    "strip_enclosing_quotes",
]

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION1

MONTHS: Mapping[str, Mapping[str, int]] = {
    "en": {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
    "de": {
        "januar": 1,
        "jänner": 1,
        "februar": 2,
        "märz": 3,
        "maerz": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "dezember": 12,
        "okt": 10,
        "dez": 12,
    },
    "fr": {
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
        "janv": 1,
        "févr": 2,
        "avr": 4,
        "juil": 7,
        "déc": 12,
    },
    "es": {
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
        "ene": 1,
        "abr": 4,
        "ago": 8,
        "set": 9,
        "dic": 12,
    },
    "pt": {
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "marco": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
        "fev": 2,
        "abr": 4,
        "ago": 8,
        "set": 9,
        "out": 10,
        "dez": 12,
    },
    "it": {
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
        "gen": 1,
        "genn": 1,
        "mag": 5,
        "magg": 5,
        "giu": 6,
        "lug": 7,
        "ago": 8,
        "set": 9,
        "sett": 9,
        "ott": 10,
        "dic": 12,
    },
    "ru": {
        "январь": 1,
        "января": 1,
        "февраль": 2,
        "февраля": 2,
        "март": 3,
        "марта": 3,
        "апрель": 4,
        "апреля": 4,
        "май": 5,
        "мая": 5,
        "июнь": 6,
        "июня": 6,
        "июль": 7,
        "июля": 7,
        "август": 8,
        "августа": 8,
        "сентябрь": 9,
        "сентября": 9,
        "октябрь": 10,
        "октября": 10,
        "ноябрь": 11,
        "ноября": 11,
        "декабрь": 12,
        "декабря": 12,
        "янв": 1,
        "фев": 2,
        "февр": 2,
        "мар": 3,
        "апр": 4,
        "июн": 6,
        "июл": 7,
        "авг": 8,
        "сен": 9,
        "сент": 9,
        "окт": 10,
        "ноя": 11,
        "нояб": 11,
        "дек": 12,
    },
}
"""Month names and common abbreviations, by language, mapped to the month number. An
abbreviation shared by languages ("set", "ago") means the same month in each."""

WEEKDAYS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
    ),
    "de": (
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
    ),
    "fr": (
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lun",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
    ),
    "es": (
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        "domingo",
    ),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "terca-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
        "segunda",
        "terça",
        "quarta",
        "quinta",
        "sexta",
    ),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
"""Weekday names and abbreviations, dropped before parsing ("mar." is left out: it is
March as often as mardi)."""

DATE_FILLER_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": ("published", "updated", "posted", "last", "on", "at", "the", "of", "first", "date"),
    "de": ("veröffentlicht", "aktualisiert", "am", "um", "uhr", "den", "stand", "zuletzt"),
    "fr": ("publié", "le", "mis", "à", "jour", "h", "du"),
    "es": ("publicado", "actualizado", "el", "de", "del", "a", "las", "hrs"),
    "pt": ("publicado", "atualizado", "em", "de", "às", "as", "h"),
    "it": ("pubblicato", "aggiornato", "il", "alle", "ore", "di"),
    "ru": ("опубликовано", "обновлено", "в", "г", "года"),
}
"""Words that may surround a date on a date line; dropped before parsing."""

DATE_SECOND_STAMPS: Mapping[str, tuple[str, ...]] = {
    "en": ("updated", "last updated", "modified", "last modified", "edited", "last edited"),
    "de": ("aktualisiert", "zuletzt aktualisiert", "geändert", "zuletzt geändert"),
    "fr": (
        "modifié",
        "mis à jour",
        "mise à jour",
        "actualisé",
        "dernière mise à jour",
        "dernière modification",
    ),
    "es": ("actualizado", "modificado", "última actualización", "última modificación"),
    "pt": ("atualizado", "modificado", "última atualização", "última modificação"),
    "it": ("aggiornato", "modificato", "ultima modifica", "ultimo aggiornamento"),
    "ru": ("обновлено", "изменено", "последнее обновление", "последнее изменение"),
}
"""Words of an update or modification stamp. After the publication date on the same line,
after a comma ("Publié le 21 novembre 2023 à 10h02, modifié le …"), they end the date: the
line's date is the first. At the start of a date line they make it an update stamp
(:func:`parse_update_stamp`), which is never the publication date."""

_TIME_WORDS = (
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "et",
    "est",
    "edt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "msk",
    "mez",
    "mesz",
)

BYLINE_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "author:", "authors:"),
    "de": ("von", "autor:", "autorin:", "text:"),
    "fr": ("par", "auteur:", "auteure:"),
    "es": ("por", "autor:", "autora:"),
    "pt": ("por", "autor:", "autora:"),
    "it": ("di", "autore:", "autrice:", "a cura di"),
    "ru": ("автор:", "автор", "текст:"),
}
"""Words that introduce a byline."""

_NAME_JOINERS = (
    *(",", "&", " and ", " und ", " et ", " y ", " e ", " и "),
    *(" with ", " mit ", " avec ", " con ", " com ", " с "),
)
"""What joins the names of a byline: "and" and "with" in each language ("Jane Doe with
Reuters", "Le Monde avec AFP")."""

AGENCIES: tuple[str, ...] = (
    "associated press",
    "the associated press",
    "ap",
    "reuters",
    "afp",
    "agence france-presse",
    "dpa",
    "epa",
    "efe",
    "ansa",
    "tass",
    "ria novosti",
    "interfax",
    "xinhua",
    "anadolu agency",
    "bloomberg",
    "upi",
    "kyodo",
    "yonhap",
    "pa media",
    "wire services",
    "agencies",
    "news agencies",
    "agences",
    "agencias",
    "agências",
    "agenzie",
    "agenturen",
    "nachrichtenagenturen",
    "агентства",
)
"""News agencies: credited on a byline, but not people (never put in ``authors``). The
word for "agencies" in each language stands for the wires together ("Al Jazeera and news
agencies", "El País con agencias")."""

BYLINE_ROLES: Mapping[str, tuple[str, ...]] = {
    "en": (
        "staff",
        "staff writer",
        "staff reporter",
        "reporter",
        "correspondent",
        "senior correspondent",
        "editor",
        "contributor",
        "contributing writer",
        "columnist",
        "special correspondent",
    ),
    "de": ("korrespondent", "korrespondentin", "redakteur", "redakteurin", "redaktion"),
    "fr": ("correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "rédaction"),
    "es": ("corresponsal", "redacción", "enviado especial", "enviada especial"),
    "pt": ("correspondente", "redação", "enviado especial", "enviada especial"),
    "it": ("corrispondente", "redazione", "inviato", "inviata"),
    "ru": ("корреспондент", "редакция", "обозреватель"),
}
"""Job titles that follow a name on a byline ("Jane Doe, Staff Writer"); dropped."""

_NOT_PEOPLE = frozenset(
    [a.lower() for a in AGENCIES] + [r.lower() for rs in BYLINE_ROLES.values() for r in rs]
)

_OUTLET_NAME = (
    r"(?-i:[\p{Lu}\d][\p{L}\d'’.&-]*)(?:\s+(?:of|the|(?-i:[\p{Lu}\d][\p{L}\d'’.&-]*))){0,4}"
)
"""An outlet's name before "Staff": capitalised words ("Al Jazeera", "Times of Israel")."""
_FROM_OUTLET = r"(?:\s+(?-i:\p{Lu})[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,3})?"
"""The outlet after a newsroom word and a preposition ("… du Monde", "… del País")."""

NEWSROOM_CREDITS: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"(?:our|a|an) (?:own |special |foreign |staff |chief |senior |political |diplomatic "
        r"|defen[cs]e |security |military |war )?(?:correspondent|reporter|writer)s?",
        r"(?:our )?(?:own |foreign |political |news |web |online |city |world |metro "
        r"|national |international |digital |wire )?(?:staff|desk|newsroom)"
        r"(?: (?:writer|reporter)s?)?",
        r"(?:the )?editorial (?:board|staff|team)",
        r"the editors",
        _OUTLET_NAME + r"\s+(?:staff|desk|newsroom|team|reporters|correspondents)"
        r"(?: (?:writer|reporter)s?)?",
    ),
    "de": (
        r"(?:unser(?:em|er|en|e)?|eine[mnr]?) (?:eigenen? )?(?:sonder)?(?:korrespondent(?:en|in)?"
        r"|reporter(?:in)?|berichterstatter(?:in)?)",
        r"(?:der |die |unsere[rn]? )?[\p{L}-]*redaktion",
    ),
    "fr": (
        r"(?:notre|un|une) (?:envoyée? spéciale?|correspondante?|journaliste|reporter)",
        r"(?:la )?rédaction(?: (?:de|du|des|de la))?" + _FROM_OUTLET,
    ),
    "es": (
        r"(?:nuestr[oa]|una?) (?:enviad[oa] especial|corresponsal|reporter[oa]|periodista)",
        r"(?:la )?redacción(?: (?:de|del|de la))?" + _FROM_OUTLET,
    ),
    "pt": (
        r"(?:(?:d?[oa] )?noss[oa]|uma?) (?:enviad[oa] especial|correspondente|repórter"
        r"|jornalista)",
        r"(?:da )?redação(?: (?:de|d[oa]s?))?" + _FROM_OUTLET,
    ),
    "it": (
        r"(?:(?:il |la |dal |dalla )?nostr[oa]|una?) (?:inviat[oa](?: speciale)?|corrispondente"
        r"|giornalista)",
        r"(?:la )?redazione(?: (?:di|del|della))?" + _FROM_OUTLET,
    ),
    "ru": (
        r"(?:наш(?:его|ему|им)?|собственн\w+) (?:специальн\w+ )?(?:корреспондент\w*"
        r"|обозревател\w*)",
        r"редакци\w*(?: «[^»]{1,40}»)?" + _FROM_OUTLET,
        r"собкор\w*",
    ),
}
"""Credits to the newsroom rather than a person, by language: "Our Correspondent", "Staff",
"News Desk", "Reuters Staff", "Al Jazeera Staff", "notre envoyée spéciale", "la rédaction",
"Redacción", "нашего корреспондента". With ``AGENCIES`` and ``BYLINE_ROLES`` they are no
authors; a byline of nothing else is still a byline (:func:`is_newsroom_byline`)."""

NEWSROOM_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": ("from", "with"),
    "de": ("von", "mit"),
    "fr": ("de", "avec"),
    "es": ("de", "desde", "con"),
    "pt": ("de", "do", "da", "com"),
    "it": ("da", "dal", "dalla", "con"),
    "ru": ("от", "с"),
}
"""Words that introduce a newsroom credit besides the byline words ("From our correspondent
in Kyiv", "De notre correspondant à Kiev", "Dal nostro inviato a Kiev", "With AFP", "Avec
AFP")."""

_PLACE_AFTER_CREDIT = (
    r"(?:,?\s+(?:in|at|à|au|en|em|no|na|a|aus|в|во)\s+(?-i:\p{Lu})[\p{L}'’.-]*"
    r"(?:\s+(?-i:\p{Lu})[\p{L}'’.-]*){0,2})?"
)
_NEWSROOM_RE = regex.compile(
    r"^(?:"
    + "|".join(f for fs in NEWSROOM_CREDITS.values() for f in fs)
    + r")"
    + _PLACE_AFTER_CREDIT
    + r"$",
    regex.IGNORECASE | regex.UNICODE | regex.VERSION1,
)


@functools.cache
def _newsroom_gate() -> tuple[tuple[str, ...] | None, object]:
    """The literal gate of ``_NEWSROOM_RE`` (:func:`.boilerplate.gates.compile_gate`: one
    of these case-folded strings is in every credit it matches, "correspondent",
    "staff", "rédaction" …) and the case folding to look for them with. Made at the first
    call: the boilerplate package imports this module."""
    from .boilerplate.gates import compile_gate, fold_case

    return compile_gate(f for fs in NEWSROOM_CREDITS.values() for f in fs), fold_case


def _is_credit(part: str) -> bool:
    """Whether one part of a byline credits an agency, a job title or the newsroom."""
    if part.lower() in _NOT_PEOPLE:
        return True
    gate, fold_case = _newsroom_gate()
    if gate is not None:
        folded = fold_case(part)
        for literal in gate:  # a plain loop: any() over a generator costs more
            if literal in folded:
                break
        else:
            return False  # no newsroom word: the expression cannot match
    return _NEWSROOM_RE.match(part) is not None


KICKERS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "analysis",
        "opinion",
        "commentary",
        "comment",
        "editorial",
        "exclusive",
        "breaking",
        "breaking news",
        "update",
        "interview",
        "explainer",
        "review",
        "feature",
        "essay",
        "op-ed",
        "perspective",
        "watch",
        "live",
        "podcast",
    ),
    "de": (
        "analyse",
        "meinung",
        "kommentar",
        "interview",
        "exklusiv",
        "eilmeldung",
        "hintergrund",
        "gastbeitrag",
    ),
    "fr": (
        "analyse",
        "opinion",
        "tribune",
        "éditorial",
        "entretien",
        "exclusif",
        "décryptage",
        "chronique",
    ),
    "es": ("análisis", "opinión", "editorial", "entrevista", "exclusiva", "última hora", "tribuna"),
    "pt": ("análise", "opinião", "editorial", "entrevista", "exclusivo", "urgente", "artigo"),
    "it": ("analisi", "opinione", "editoriale", "intervista", "esclusiva", "commento"),
    "ru": ("аналитика", "мнение", "комментарий", "интервью", "эксклюзив", "колонка"),
}
"""Genre labels that precede a headline ("Analysis: …") or stand alone above it."""

SECTION_LABELS: Mapping[str, tuple[str, ...]] = {
    "en": ("filed under", "section", "category", "posted in"),
    "de": ("ressort", "rubrik", "kategorie"),
    "fr": ("rubrique", "catégorie"),
    "es": ("sección", "categoría"),
    "pt": ("seção", "secção", "categoria", "editoria"),
    "it": ("sezione", "categoria"),
    "ru": ("рубрика", "раздел", "категория"),
}
"""Labels that name the site section on a line of their own ("Filed under: Syria")."""


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_MONTH_TO_EN = {
    name: _dt.date(2000, number, 1).strftime("%B")
    for names in MONTHS.values()
    for name, number in names.items()
}
_MONTH_RE = regex.compile(rf"(?<!\w)({_alternation(list(_MONTH_TO_EN))})\.?(?!\w)", _FLAGS)
_DROP_RE = regex.compile(
    r"(?<!\w)(?:"
    + _alternation(
        [w for ws in WEEKDAYS.values() for w in ws]
        + [w for ws in DATE_FILLER_WORDS.values() for w in ws]
    )
    + r")(?!\w)\.?",
    _FLAGS,
)
_TIME_RE = regex.compile(rf"(?<!\w)(?:{_alternation(list(_TIME_WORDS))})(?!\w)", _FLAGS)
_TERMINAL_END = regex.compile(r"[.!?:;]\s*$")
_SEGMENT_SPLIT = regex.compile(r"\s+[/|·•]\s+")
_CLOCK_RE = regex.compile(
    r"(?<=\d\D{1,8})\b(\d{1,2})(?:\.|\s?h\s?)(\d{2})(?![\d.])"
)  # "10h30", "10 h 30", "12.00", after the date ("2023, 10h02", "2023 à 10h02")
_SECOND_STAMP = regex.compile(
    r"[,;]\s*(?="
    + _alternation([w for ws in DATE_SECOND_STAMPS.values() for w in ws])
    + r"(?!\w))",
    _FLAGS,
)
_UPDATE_START = regex.compile(
    r"^\W*(?:"
    + _alternation([w for ws in DATE_SECOND_STAMPS.values() for w in ws])
    + r")(?!\w)\W*",
    _FLAGS,
)
_EN_MONTHS = {m.lower() for m in _MONTH_TO_EN.values()}
_TOKEN_RE = regex.compile(r"[\p{L}]+|\d+")
_NUMERIC_DMY = regex.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})[./-](\d{2,4})\s*$")
_ISO = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?\s*$")
_DATE_PUNCT = regex.compile(r"[|,•·–—:](?!\d)")
_NAME_SEPARATOR = regex.compile(r"\s[|—–-]\s")
_BYLINE_DETAIL = regex.compile(r"\s[|•·—–]\s|\s*\|\s*")
_LETTERS = regex.compile(r"\p{L}+")
#: The runs of letters (``_TOKEN_RE``'s), case-folded, of everything :func:`parse_date`
#: takes out of a line or turns into a month's English name: a date line has no other.
_DATE_WORDS = frozenset(
    run.casefold()
    for word in (
        *_MONTH_TO_EN,
        *(m.lower() for m in _MONTH_TO_EN.values()),
        *_TIME_WORDS,
        *(w for ws in WEEKDAYS.values() for w in ws),
        *(w for ws in DATE_FILLER_WORDS.values() for w in ws),
        "h",  # of a clock time ("10h30")
    )
    for run in _LETTERS.findall(word.lower())
)
_ASCII_DIGIT = re.compile("[0-9]")
_DEFAULT_A = _dt.datetime(1900, 1, 1)
_DEFAULT_B = _dt.datetime(1904, 2, 2)


def _has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``): in ASCII text only
    0-9 are, found with one search instead of a test per character."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def parse_date(text: str, *, max_chars: int = 80) -> _dt.date | None:
    """Parse a line that is nothing but a date (with an optional time and label).

    Args:
        text: One line, e.g. ``"March 4, 2017"``, ``"4 March 2017"``, ``"2017-03-04"``,
            ``"sexta-feira, 22 de outubro de 2010 às 20:13"``, ``"4. März 2017"``,
            ``"04.03.2017"`` (dotted numeric dates are day first, as everywhere they are
            used).
        max_chars: Longer lines are never date lines.

    Returns:
        The date, or ``None`` when the line holds anything else, lacks the day, month
        or year, or is an ambiguous all-numeric date such as ``03/04/2017``.
    """
    if len(text) > max_chars or not _has_digit(text):
        return None
    head = _SEGMENT_SPLIT.split(text, maxsplit=1)[0]
    stamp = _SECOND_STAMP.search(head)  # "…, modifié le …": the date before it
    if stamp is not None:
        head = head[: stamp.start()].rstrip()
    if head != text:  # "March 4, 2017 / 10:31 AM / Updated 2 hours ago": the first part
        return parse_date(head, max_chars=max_chars)
    iso = _ISO.match(text)
    if iso:
        try:
            return _dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    lowered = text.lower()
    for word in _LETTERS.findall(lowered):
        if word.casefold() not in _DATE_WORDS:
            # No step below takes this word out or makes it a month: each takes whole
            # words that match _DATE_WORDS up to case, and leaves spaces where it took
            # them. So the test on what remains would fail: not a date.
            return None
    s = _MONTH_RE.sub(lambda m: " " + _MONTH_TO_EN[m[1].lower()] + " ", lowered)
    s = _TIME_RE.sub(" ", s)  # before the filler words: "a.m." is no Spanish "a"
    s = _CLOCK_RE.sub(r" \1:\2 ", s)  # before them too: the "h" of "10 h 02" is French
    s = _DROP_RE.sub(" ", s)
    s = _DATE_PUNCT.sub(" ", s)
    words = [t for t in _TOKEN_RE.findall(s) if not t.isdigit()]
    if any(w.lower() not in _EN_MONTHS for w in words):
        return None  # something other than a date is on the line
    numeric = _NUMERIC_DMY.match(s)
    dayfirst = True
    if numeric:
        a, b = int(numeric[1]), int(numeric[3])
        if numeric[2] != "." and a <= 12 and b <= 12 and a != b:
            return None  # 03/04/2017: March or April? not a guess
        dayfirst = numeric[2] == "." or a > 12
    try:
        first = _dateparser.parse(s, default=_DEFAULT_A, dayfirst=dayfirst)
        second = _dateparser.parse(s, default=_DEFAULT_B, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None  # day, month or year missing
    if not 1800 <= first.year <= 2200:
        return None
    return first.date()


def parse_update_stamp(text: str, *, max_chars: int = 80) -> _dt.date | None:
    """The date of an update or modification stamp: a date line that opens with one of the
    ``DATE_SECOND_STAMPS`` words ("Last updated: 21 November 2023", "Mis à jour le …",
    "Zuletzt aktualisiert am …", "Обновлено …").

    Such a date says when the page was changed, not when it was published, so the page
    anatomy removes the line as metadata (rule ``meta.updated``) and never takes its date
    for ``published``, even when it is the page's only date. The date is not kept in a
    field of its own; call this function on the removal's text to read it.

    >>> parse_update_stamp("Last updated: 21 November 2023, 10:02")
    datetime.date(2023, 11, 21)
    >>> parse_update_stamp("Published: 21 November 2023") is None
    True

    Returns:
        The date, or ``None`` for any other line (a publication date line included).
    """
    if len(text) > max_chars:
        return None
    m = _UPDATE_START.match(text)  # first: most lines fail here at once
    if m is None:
        return None
    return parse_date(text[m.end() :], max_chars=max_chars)


_DATELINE_DASH = regex.compile(r"[—–-]{1,2}(?=\s|$)")
"""The dash that ends a dateline (" - ", " — ", " -- ", ".- "); a hyphen inside a word or a
numeric date ("Port-au-Prince", "2024-03-12") is none."""


def _before_dash(text: str, dash: regex.Match[str]) -> str:
    """The text before a dateline's dash, without the period right before it ("(EFE).-")
    and the spaces."""
    before = text[: dash.start()]
    return (before[:-1] if before.endswith(".") else before).rstrip()


_DATELINE_AGENCY = regex.compile(r"\s*(?:\([^()]{1,30}\)|/[^/]{1,30}/)\s*\.?\s*$")
"""The agency credit that may end a dateline: "(Reuters)", "(AFP)", "/PRNewswire/"."""
_PLACE_PARTICLES = frozenset(
    {
        *("de", "del", "da", "do", "dos", "das", "di", "la", "le", "les", "el", "al", "am"),
        *("an", "der", "den", "du", "des", "y", "e", "i", "upon", "on", "sur"),
    }
)
_PLACE_WORD = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|as|ash|az|ar)-\p{Lu}[\p{L}'’.-]*)$",
    regex.UNICODE | regex.VERSION1,
)
_NOT_PLACE = frozenset(
    [w for ws in WEEKDAYS.values() for w in ws if len(w) >= 4]
    + [w for ws in MONTHS.values() for w in ws if len(w) >= 4]
    + ["in", "at", "on", "by", "for", "from", "after", "before", "since", "until", "during"]
    + ["this", "that", "today", "yesterday", "tomorrow", "last", "next"]
    + ["published", "updated", "posted"]
)
"""Words that never open a dateline's place: weekday and month names ("Monday, 12 March
2024 —"; not the short forms, which are places too: "Mon State", "Mar del Plata"; inside a
place a month may stand: "Rio de Janeiro") and the words that open a sentence ("On Monday,
…", "In Gaza City, …"; "The Hague" is a place)."""


def _is_place(text: str, *, max_words: int = 5) -> bool:
    """Whether ``text`` can be a dateline's place or region: one to five words, each
    capitalised (or a particle inside: "Rio de Janeiro"), no digit, not opening with a date
    or sentence word ("Monday", "In"), at most 40 characters."""
    words = text.split()
    if not 1 <= len(words) <= max_words or len(text) > 40 or _has_digit(text):
        return False
    if words[0].lower().strip(".") in _NOT_PLACE:
        return False
    return all(
        _PLACE_WORD.match(w) or (k > 0 and w in _PLACE_PARTICLES) for k, w in enumerate(words)
    )


def _dateline(text: str, max_chars: int) -> tuple[int, str] | None:
    """Where a dateline that opens ``text`` ends, and its date's text (``""`` when it has
    none), or ``None`` when ``text`` does not open with one. A place and a dash alone are
    no dateline ("Ukraine — the long winter"): an agency credit or a date must follow the
    place."""
    dash = _DATELINE_DASH.search(text, 0, max_chars)
    if dash is None:
        return None
    prefix = _before_dash(text, dash)
    head = _DATELINE_AGENCY.sub("", prefix)
    segments = [seg.strip() for seg in head.split(",")]
    if not _is_place(segments[0]):
        return None
    # after the place: a region or two ("Lebanon", "D.C."), then the date
    k = next(
        (k for k in range(1, len(segments)) if not _is_place(segments[k], max_words=3)),
        len(segments),
    )
    when = ", ".join(segments[k:])
    if when:
        if len(when) > 40 or not _has_digit(when):
            return None
        return dash.end(), when
    if head != prefix:
        return dash.end(), ""  # "KYIV, Ukraine (AP) —", "Kiew (dpa) -"
    if len(segments) > 1:
        return None
    # "Khartoum — Tuesday 12 March 2024 — …": the date between two dashes
    second = _DATELINE_DASH.search(text, dash.end(), dash.end() + 50)
    if second is None:
        return None
    when = _DATELINE_AGENCY.sub("", _before_dash(text, second)[dash.end() :]).strip()
    return (second.end(), when) if parse_date(when) is not None else None


def is_dateline(text: str, *, max_chars: int = 100) -> bool:
    """Whether ``text`` opens with a wire dateline, dated or not: a place (and a region),
    an agency credit or a date (a year is not needed), then a dash.

    >>> is_dateline("KYIV, Nov. 3 (Reuters) - Ukrainian forces …"), is_dateline("Kyiv")
    (True, False)
    """
    return _dateline(text, max_chars) is not None


def parse_dateline(text: str, *, max_chars: int = 100) -> _dt.date | None:
    """The date of a wire dateline that opens ``text``: a place, an optional region, a full
    date, an optional agency credit, then a dash.

    "KYIV, Nov. 3, 2023 (Reuters) - …", "Gaza City, 12 March 2024 — …", "BEIRUT, Lebanon,
    March 12, 2024 (AP) — …", "Gaza, 12 de marzo de 2024 (EFE).- …", "Khartoum — Tuesday
    12 March 2024 — …". The text after the dash is the article's and is not read. A
    dateline without a year ("KYIV, Nov. 3 (Reuters) -") or without a date ("Khartoum —
    Monday") gives ``None``: the year is never guessed.

    >>> parse_dateline("GAZA CITY, March 12, 2024 (AP) — Israeli strikes hit …")
    datetime.date(2024, 3, 12)

    Returns:
        The date, or ``None`` when ``text`` does not open with a dated dateline.
    """
    found = _dateline(text, max_chars)
    if found is None or not found[1]:
        return None
    return parse_date(found[1])


_BYLINE_PREFIX_RE = regex.compile(
    r"^\W*(?:" + _alternation([w for ws in BYLINE_PREFIXES.values() for w in ws]) + r")(?!\w)\s*",
    _FLAGS,
)
_PERSON = regex.compile(
    r"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|as|ash|az|ar)-\p{Lu}[\p{L}'’.-]*"
    r"|de|van|von|der|den|al|el|da|di|du|dos|bin|ibn|la|le|del))*$",
    regex.UNICODE | regex.VERSION1,
)


def is_byline_prefix(text: str) -> bool:
    """Whether ``text`` is only a byline word ("by", "Von"), its names on the next line."""
    m = _BYLINE_PREFIX_RE.match(text)
    return bool(m) and m.end() >= len(text.rstrip())


_BYLINE_PAREN_RE = regex.compile(r"\s*\([^()]{0,40}\)")
"""A note in brackets after a name on a byline ("Sarah Whitfield (now)")."""
_BYLINE_TAIL_RE = regex.compile(
    r"\s+(?:Updated|Published|Posted|Last\s+updated|Last\s+modified)\b.*$", _FLAGS
)
"""A time stamp run on after the names ("By Daniel Okafor  Updated Jan 28, 2024")."""
_PLACE_TAIL_RE = regex.compile(
    r"\s+(?:in|from|at|aus|à|au|en|em|desde|a|в|во|из)\s+\p{Lu}[\p{L}\s.'’-]*$",
    regex.UNICODE | regex.VERSION1,
)
"""Where the writer files from, after a name ("Thulani Mbeki-Dlamini in Johannesburg",
"Anna Schmidt aus Kiew", "Jean Dupont à Kiev", "Иван Петров в Киеве"). Not "da" or "de":
they are particles of names too ("Lula da Silva")."""
_TITLE_SMALL_WORDS = frozenset(
    {
        *("a", "an", "the", "and", "or", "but", "not", "no", "of", "on", "to", "for", "with"),
        *("at", "by", "from", "into", "as", "up", "out", "off", "over", "under", "after"),
        *("before", "is", "are", "was", "goes", "comes"),
    }
)
"""Short words that title case capitalises: no word of a person's name ("Life Goes On in
Kharkiv", "Gaza Under Fire in Winter" are headings, not bylines)."""
_AGENCY_TAIL_RE = regex.compile(
    r"[\s,]+(?:(?:and|with|und|mit|et|avec|y|con|e|com|и|с|&)\s+)?(?:"
    + _alternation(list(AGENCIES))
    + r")\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
"""An agency's name run on after the last name ("JOHN ROE Associated Press", "Jane Doe
with Reuters")."""
OUTLET_WORDS: frozenset[str] = frozenset(
    [
        "news",
        "times",
        "post",
        "press",
        "journal",
        "agency",
        "radio",
        "tv",
        "television",
        "network",
        "channel",
        "broadcasting",
        "media",
        "daily",
        "herald",
        "tribune",
        "guardian",
        "observer",
        "telegraph",
        "gazette",
        "magazine",
        "wire",
        "online",
        "jazeera",
        "arabiya",
        "monitor",
        "chronicle",
        "insider",
        "bureau",
        "service",
    ]
)
"""Words of a news outlet's name, credited after the writer on a byline."""


def _is_outlet(part: str) -> bool:
    """Whether a byline part after the first name is an outlet: an acronym ("CNN", "BBC")
    or a name with an outlet word ("Al Jazeera", "The Kyiv Independent" is not caught)."""
    words = part.split()
    if len(words) == 1 and part.isupper() and 2 <= len(part) <= 6:
        return True
    return any(w.lower().strip(".,") in OUTLET_WORDS for w in words)


_OUTLET_ARTICLES = frozenset(
    {"the", "le", "la", "les", "der", "die", "das", "el", "los", "las", "il", "lo", "o", "os"}
)
"""Articles that open a newspaper's name ("The Guardian", "Le Monde", "Der Spiegel", "El
País", "La Repubblica", "O Globo"); a person's name does not open with one."""


def _is_outlet_name(part: str) -> bool:
    """Whether a byline part names an outlet: :func:`_is_outlet`, or an article and
    capitalised words ("Le Monde", "Der Spiegel")."""
    if _is_outlet(part):
        return True
    words = part.split()
    return (
        2 <= len(words) <= 5
        and words[0].lower() in _OUTLET_ARTICLES
        and all(w[:1].isupper() for w in words[1:])
    )


_JOINER_SPLIT = regex.compile("|".join(regex.escape(j) for j in _NAME_JOINERS))


def _joined_parts(text: str) -> list[str]:
    """The parts of a byline between its joiners (commas, "and", "with" …), stripped."""
    parts = (p.strip(" .;:|") for p in _JOINER_SPLIT.split(text.strip()))
    return [p for p in parts if p]


def parse_names(text: str, *, max_names: int = 6) -> list[str]:
    """Split a line of person names ("Kyle Orton and Jane Doe") into names.

    Returns:
        The names, or an empty list when any part does not look like a person's name
        (2 to 5 words, each starting with a capital, particles such as "al" allowed).
    """
    text = _BYLINE_PAREN_RE.sub("", _BYLINE_TAIL_RE.sub("", text))
    agency = _AGENCY_TAIL_RE.search(text)
    if agency is not None and (
        "," in agency.group() or len(text[: agency.start()].split()) >= 2
    ):  # "JOHN ROE Associated Press" (not "Anna Reuters", a name)
        text = text[: agency.start()]
    names = [_PLACE_TAIL_RE.sub("", p) for p in _joined_parts(text)]
    names = [nm for nm in names if not _is_credit(nm)]
    if len(names) > 1:  # "By Jane Doe, CNN", "By Jane Doe, Al Jazeera": the outlet
        names = names[:1] + [nm for nm in names[1:] if not _is_outlet(nm)]
    if not names or len(names) > max_names:
        return []
    for name in names:
        if not _PERSON.match(name) or not 2 <= len(name.split()) <= 5:
            return []
    return names


def parse_bare_byline(text: str, *, max_chars: int = 80) -> list[str]:
    """Names from a byline without "By": only when the line shows it is one.

    A single pair of capitalized words ("Common Sense", "Economic Scene") could be a
    column name as well as a person, so one name counts only with a job title, an agency
    or the newsroom after it ("Jane Doe, Staff Writer", "Jane Doe and AFP", "Jane Doe with
    Reuters") or with the place the writer files from ("Jane Doe in Kyiv", "Anna Schmidt
    aus Kiew"; two or three words, none a short word that title case capitalises: "Life
    Goes On in Kharkiv" is a heading); two or more names need no more ("Jane Doe and John
    Roe"). A newsroom with an agency ("Le Monde avec AFP") names no one.

    Returns:
        The names, or an empty list.
    """
    t = text.strip()
    if len(t) > max_chars or _TERMINAL_END.search(t):
        return []
    t = _NAME_SEPARATOR.sub(", ", t)
    names = parse_names(t)
    if len(names) >= 2:
        return names
    if not names or is_newsroom_byline(t, bare=True):
        return []
    parts = _joined_parts(t)
    if any(_is_credit(p) for p in parts[1:]):
        return names
    place = _PLACE_TAIL_RE.search(parts[0]) if len(parts) == 1 else None
    if place is not None:
        words = parts[0][: place.start()].split()
        if len(words) <= 3 and not any(w.lower() in _TITLE_SMALL_WORDS for w in words):
            return names
    return []


_CREDIT_PREFIX_RE = regex.compile(
    r"^\W*(?:"
    + _alternation(
        [w for ws in BYLINE_PREFIXES.values() for w in ws]
        + [w for ws in NEWSROOM_PREFIXES.values() for w in ws]
    )
    + r")(?!\w)\s*",
    _FLAGS,
)


def is_newsroom_byline(text: str, *, bare: bool = False, max_chars: int = 120) -> bool:
    """Whether ``text`` is a byline that credits no person, only the newsroom or agencies.

    "By Staff Reporter", "By Reuters Staff", "By AFP", "From our correspondent in Kyiv",
    "Par la rédaction", "От нашего корреспондента в Киеве"; a detail after ``|`` or ``—``
    is ignored.

    An outlet's name counts with an agency or the newsroom beside it ("Le Monde avec AFP",
    "The Times of Israel and AFP", "Al Jazeera and news agencies"), and so does the place
    the newsroom files from after a comma ("Staff Reporter, Islamabad").

    Args:
        text: One line.
        bare: Accept a line without a byline word when it names the newsroom in two words
            or more ("Staff Reporter", "La rédaction"; for the lines under a headline). A
            single word ("STAFF" over a list of credits) is a heading as often, and an
            agency's name alone is :func:`is_agency`'s.
        max_chars: Longer lines are never bylines.

    >>> is_newsroom_byline("By Reuters Staff"), is_newsroom_byline("By Jane Doe")
    (True, False)
    """
    if len(text) > max_chars:
        return False
    m = _CREDIT_PREFIX_RE.match(text)
    rest = text[m.end() :] if m else text
    if not rest.strip() or (m is None and not (bare and len(rest.split()) >= 2)):
        return False
    rest = _BYLINE_DETAIL.split(rest, maxsplit=1)[0]
    parts = _credit_parts(rest)
    placed = False
    if parts is None:  # "Staff Reporter, Islamabad": the credit, then its place
        credit, comma, place = rest.rpartition(",")
        if not comma or not _is_place(place.strip(), max_words=3):
            return False
        parts, placed = _credit_parts(credit), True
        rest = credit
    if not parts or (m is None and not (bare and len(rest.split()) >= 2)):
        return False
    return (
        m is not None or placed or len(parts) > 1 or any(p.lower() not in AGENCIES for p in parts)
    )


def _credit_parts(text: str) -> list[str] | None:
    """The parts of ``text`` when they credit the newsroom or agencies only: each one a
    credit (:func:`_is_credit`) or an outlet's name beside one ("Le Monde avec AFP");
    ``None`` otherwise."""
    parts = _joined_parts(text)
    credited = False
    for part in parts:  # a plain loop: most lines stop at their first part
        if _is_credit(part):
            credited = True
        elif not _is_outlet_name(part):
            return None
    return parts if credited else None


def is_agency(text: str) -> bool:
    """Whether ``text`` is only a news agency's name ("Reuters", "(AP)")."""
    return text.strip(" ()[].,—–-").lower() in AGENCIES


_DATE_AFTER_COMMA = regex.compile(r",\s*")


def _split_date(text: str) -> tuple[str, _dt.date | None]:
    """``text`` without a date that ends it after a comma, and that date ("Jean Dupont, le
    21 novembre 2023 à 10h02" -> "Jean Dupont", 2023-11-21); ``(text, None)`` without. An
    update stamp after the comma is cut off too, but gives no date."""
    if not _has_digit(text):
        return text, None
    for comma in _DATE_AFTER_COMMA.finditer(text):
        rest = text[comma.end() :]
        if parse_update_stamp(rest) is not None:
            return text[: comma.start()], None
        date = parse_date(rest)
        if date is not None:
            return text[: comma.start()], date
    return text, None


def _byline_parts(text: str, max_chars: int) -> tuple[str, str] | None:
    """The names part of a byline and the detail after ``|``, ``•`` or ``—`` (or ``""``),
    or ``None`` when the line does not open with a byline word."""
    if len(text) > max_chars:
        return None
    m = _BYLINE_PREFIX_RE.match(text)
    if not m or m.end() >= len(text.rstrip()):
        return None
    parts = _BYLINE_DETAIL.split(text[m.end() :], maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def parse_byline(text: str, *, max_chars: int = 120) -> list[str]:
    """The author names of a byline line ("By Kyle Orton", "Von Anna Schmidt").

    A date or other detail after ``|``, ``•`` or ``—`` is ignored, and so is a date after a
    comma ("Par Jean Dupont, le 21 novembre 2023"; see :func:`byline_date`).

    Returns:
        The names, or an empty list when the line is not a byline.
    """
    parts = _byline_parts(text, max_chars)
    if parts is None:
        return []
    return parse_names(_split_date(parts[0])[0])


def byline_date(text: str, *, max_chars: int = 120) -> _dt.date | None:
    """The date on a byline line, after ``|``, ``•`` or ``—`` or after a comma; not the date
    of an update stamp there ("By Jane Doe | Updated November 22, 2023" gives ``None``).

    >>> byline_date("By Jane Doe | November 21, 2023"), byline_date("By Jane Doe")
    (datetime.date(2023, 11, 21), None)
    """
    parts = _byline_parts(text, max_chars)
    if parts is None:
        return None
    names, detail = parts
    if detail and parse_update_stamp(detail) is None and (date := parse_date(detail)):
        return date
    return _split_date(names)[1]


_KICKER_RE = regex.compile(
    r"^(" + _alternation([w for ws in KICKERS.values() for w in ws]) + r")\s*[:|]\s+(\S.*)$",
    _FLAGS,
)
_KICKER_ALONE_RE = regex.compile(
    r"^(" + _alternation([w for ws in KICKERS.values() for w in ws]) + r")\s*:?$", _FLAGS
)
_QUOTE_PAIRS = {"‘": "’", "“": "”", '"': '"', "'": "'", "«": "»", "„": "“", "‚": "‘", "»": "«"}


def strip_enclosing_quotes(text: str) -> str:
    """Drop one pair of quotation marks that encloses the whole of ``text``."""
    t = text.strip()
    if len(t) >= 2 and _QUOTE_PAIRS.get(t[0]) == t[-1]:
        inner = t[1:-1].strip()
        if t[0] not in inner and t[-1] not in inner:
            return inner
    return t


def split_kicker(text: str) -> tuple[str | None, str]:
    """Split a genre label off a headline: ``"Analysis: ‘X’"`` -> ``("Analysis", "X")``.

    Enclosing quotation marks around the rest are dropped. A line that is only a label
    ("Analysis") gives ``(label, "")``.
    """
    alone = _KICKER_ALONE_RE.match(text.strip())
    if alone:
        return alone[1], ""
    m = _KICKER_RE.match(text.strip())
    if not m:
        return None, text.strip()
    return m[1], strip_enclosing_quotes(m[2])


_SECTION_RE = regex.compile(
    r"^(?:"
    + _alternation([w for ws in SECTION_LABELS.values() for w in ws])
    + r")\s*:\s*(\S.{0,60})$",
    _FLAGS,
)


def parse_section(text: str) -> str | None:
    """The section named by a label line ("Filed under: Middle East" -> "Middle East")."""
    m = _SECTION_RE.match(text.strip())
    return m[1].strip() if m else None


_BIO_NAME = regex.compile(
    r"^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|al|el|da|di|bin|ibn|la|le))"
    r"{1,4}),?\s+(?:is|was|has been|serves as|covers|reports on|writes|ist|war|berichtet|"
    r"schreibt|est|couvre|écrit|es|cubre|escribe|é|cobre|escreve|è|scrive|[—–-]|является|"
    r"пишет|освещает)\s",
    regex.UNICODE | regex.VERSION1,
)


def bio_name(text: str) -> str | None:
    """The person an author bio is about ("Heiko Wimmen is a research associate…")."""
    m = _BIO_NAME.match(text)
    return m[1] if m else None
