"""Quote attribution in French, Spanish, Italian, Portuguese, German, Russian, Ukrainian and
Arabic: the verb after the quote or before its colon, the speaker phrase, its name and
role."""

from __future__ import annotations

import pytest

from conflictcorpus.quotes import extract_quotes
from conflictcorpus.quotes.foreign import FOREIGN_CUES

AFTER = [
    (
        "fr, role then a name in commas",
        "« Nous ne céderons pas un mètre », a déclaré le ministre de la Défense, Oleksiï Reznikov.",
        "Oleksiï Reznikov",
        "le ministre de la Défense",
    ),
    (
        "es, role then a name in commas",
        "«No vamos a ceder ni un metro», dijo el ministro de Defensa, Oleksiï Reznikov.",
        "Oleksiï Reznikov",
        "el ministro de Defensa",
    ),
    (
        "it, a title ending in a capitalised noun before the name",
        "«Non cederemo un metro», ha detto il ministro della Difesa Guido Crosetto.",
        "Guido Crosetto",
        "il ministro della Difesa",
    ),
    (
        "pt, a description without a name",
        "“Não vamos ceder”, disse o porta-voz do exército.",
        "o porta-voz do exército",
        None,
    ),
    (
        "de, a title stripped and a time after the name",
        "„Wir geben die Stadt nicht auf“, sagte der ukrainische Präsident Wolodymyr "
        "Selenskyj am Montag.",
        "Wolodymyr Selenskyj",
        "der ukrainische Präsident",
    ),
    (
        "ru, a dash before the verb",
        "«Мы не отдадим город», — заявил министр обороны Алексей Резников.",
        "Алексей Резников",
        "министр обороны",
    ),
    (
        "uk",
        "«Місто не впаде», — заявив президент Володимир Зеленський.",
        "Володимир Зеленський",
        "президент",
    ),
    (
        "fr, according to a ministry",
        "« Les frappes continuent », selon le ministère ukrainien de la Défense.",
        "le ministère ukrainien de la Défense",
        None,
    ),
]


AFTER += [
    (
        "de, a place after the name",
        "„Wir halten“, sagte Verteidigungsminister Boris Pistorius in Berlin.",
        "Boris Pistorius",
        "Verteidigungsminister",
    ),
    (
        "fr, a medium after the name",
        "« Nous tenons », a affirmé Evguéni Prigojine sur Telegram.",
        "Evguéni Prigojine",
        None,
    ),
    (
        "it, a city after the name",
        "«Non cederemo», ha dichiarato il ministro della Difesa Guido Crosetto a Bruxelles.",
        "Guido Crosetto",
        "il ministro della Difesa",
    ),
    (
        "es, a day before the description",
        "«No cederemos», dijo este martes el presidente ucraniano, Volodímir Zelenski.",
        "Volodímir Zelenski",
        "el presidente ucraniano",
    ),
    (
        "ru, a day before the description",
        "«Мы не отдадим город», заявил в понедельник министр обороны Алексей Резников.",
        "Алексей Резников",
        "министр обороны",
    ),
    (
        "ru, the object of a title",
        "«Мы не отдадим город», заявил глава Чечни Рамзан Кадыров в своем Telegram-канале.",
        "Рамзан Кадыров",
        "глава Чечни",
    ),
    (
        "es, an organisation and a communiqué",
        "«No cederemos», dijo el Ministerio de Defensa ruso en un comunicado.",
        "el Ministerio de Defensa ruso",
        None,
    ),
    (
        "pt, an organisation with a country",
        "“Não vamos ceder”, de acordo com o Ministério da Defesa do Reino Unido.",
        "o Ministério da Defesa do Reino Unido",
        None,
    ),
    (
        "it, a first name that is also a pronoun",
        "«Non cederemo», ha detto Ella Schlein.",
        "Ella Schlein",
        None,
    ),
]


@pytest.mark.parametrize(("case", "text", "speaker", "role"), AFTER)
def test_verb_after_the_quote(case, text, speaker, role):
    (q,) = extract_quotes(text)
    assert q.kind == "direct"
    assert q.attribution is not None
    assert (q.attribution.speaker, q.attribution.role) == (speaker, role)
    assert text[q.attribution.mention_start : q.attribution.mention_end] == q.attribution.mention


BEFORE_ROLES = [
    (
        "fr, a description",
        "Le chef de l'état-major ukrainien a déclaré : « Nous tenons. »",
        "Le chef de l'état-major ukrainien",
        None,
    ),
    (
        "fr, a role and a name",
        "Le ministre Sébastien Lecornu a déclaré : « Nous tenons. »",
        "Sébastien Lecornu",
        "Le ministre",
    ),
    (
        "de, capitalised nouns",
        "Ein Sprecher der Bundeswehr sagte: „Wir halten die Stellung.“",
        "Ein Sprecher der Bundeswehr",
        None,
    ),
    (
        "de, a title and a name",
        "Der ukrainische Präsident Wolodymyr Selenskyj sagte: „Wir halten die Stellung.“",
        "Wolodymyr Selenskyj",
        "Der ukrainische Präsident",
    ),
]


@pytest.mark.parametrize(("case", "text", "speaker", "role"), BEFORE_ROLES)
def test_the_whole_subject_before_the_colon(case, text, speaker, role):
    (q,) = extract_quotes(text)
    assert (q.attribution.speaker, q.attribution.role) == (speaker, role)


ACCORDING = [
    (
        "fr",
        "Selon le ministre Oleksiï Reznikov, « la ville ne tombera pas ».",
        "Oleksiï Reznikov",
        "le ministre",
    ),
    ("fr, a city", "D'après Kiev, « les frappes continuent ».", "Kiev", None),
    (
        "de",
        "Laut Verteidigungsminister Boris Pistorius, „die Lage ist ernst“.",
        "Boris Pistorius",
        "Verteidigungsminister",
    ),
    ("ru", "По словам Пескова, «переговоры продолжаются».", "Пескова", None),
]


@pytest.mark.parametrize(("case", "text", "speaker", "role"), ACCORDING)
def test_according_to_before_the_quote(case, text, speaker, role):
    (q,) = extract_quotes(text)
    assert (q.attribution.speaker, q.attribution.role) == (speaker, role)


def test_two_quotes_with_their_own_verbs_stay_two():
    text = "„Wir brauchen Panzer“, sagte Selenskyj. „Das geht nicht“, sagte Scholz."
    quotes = extract_quotes(text)
    assert [(q.text, q.attribution.speaker) for q in quotes] == [
        ("Wir brauchen Panzer", "Selenskyj"),
        ("Das geht nicht", "Scholz"),
    ]


def test_an_english_name_that_is_a_foreign_pronoun_stays_a_name():
    text = "“We will fight,” said John Smith. “We will win,” said Ella."
    assert [q.attribution.speaker for q in extract_quotes(text)] == ["John Smith", "Ella"]


BEFORE = [
    ("de", "Selenskyj sagte: „Wir geben die Stadt nicht auf.“", "Selenskyj", "sagte"),
    ("ru", "Путин заявил: «Мы не отдадим город».", "Путин", "заявил"),
    (
        "fr, space before the colon",
        "Le général Dupont a déclaré : « Nous tenons. »",
        "Dupont",
        "a déclaré",
    ),
    (
        "ar, the verb first",
        "وقال المتحدث باسم الجيش: «لن نتخلى عن المدينة».",
        "المتحدث باسم الجيش",
        "قال",
    ),
]


@pytest.mark.parametrize(("case", "text", "speaker", "cue"), BEFORE)
def test_verb_before_the_colon(case, text, speaker, cue):
    (q,) = extract_quotes(text)
    assert (q.attribution.speaker, q.attribution.cue) == (speaker, cue)


def test_a_subject_pronoun_takes_the_speaker_named_before():
    text = (
        "« Nous tiendrons la ville », a déclaré le ministre, Oleksiï Reznikov.\n\n"
        "« Elle ne tombera pas », a-t-il ajouté."
    )
    quotes = extract_quotes(text)
    assert [q.attribution.speaker for q in quotes] == ["Oleksiï Reznikov", "Oleksiï Reznikov"]
    assert quotes[-1].attribution.mention == "il"


def test_a_pronoun_with_nobody_named_stays_itself():
    (q,) = extract_quotes("„Die Lage ist ernst“, sagte er.")
    assert (q.attribution.mention, q.attribution.speaker) == ("er", "er")


# negative rows: capitalised nouns and English words are no speakers
def test_a_capitalised_noun_after_an_article_is_not_a_name():
    (q,) = extract_quotes("„Die Lage ist ernst“, sagte der Sprecher des Ministeriums.")
    assert q.attribution.speaker == "der Sprecher des Ministeriums"


def test_english_inverted_cue_with_a_name_after_the_description():
    text = "“We will not give up the city,” said the defence minister, Ana Ruiz."
    (q,) = extract_quotes(text)
    assert (q.attribution.speaker, q.attribution.cue) == ("Ana Ruiz", "said")


def test_no_cue_is_an_english_word():
    english = {"dice", "lance", "assure", "so", "die", "also", "e", "said"}
    cues = {c for forms in FOREIGN_CUES.values() for c in forms}
    assert not english & cues


def test_a_relative_pronoun_ends_the_speakers_phrase():
    text = (
        "« Ils ont séparé les jeunes des vieux », raconte un éleveur qui a fui vers la Mauritanie."
    )
    (q,) = extract_quotes(text)
    assert q.attribution.mention == "un éleveur"


def test_a_medium_after_the_verb_is_no_speaker():
    text = (
        "El presidente Gustavo Petro suspendió el diálogo. "
        '"El ELN escogió el camino de la guerra", escribió en la red social X.'
    )
    (q,) = extract_quotes(text)
    assert q.attribution is None or q.attribution.speaker != "X"
