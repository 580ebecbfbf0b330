"""The English shortcut of language detection: fires only on clear English, and agrees.

The shortcut answers ``"en"`` without langdetect; it must never fire on another language
(these rows are long prose, where a loose rule would be tempted), and where it fires the
answer must be the one langdetect gives.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictcorpus as cc
from conflictcorpus.language import detect_language, is_clearly_english, language_sample

SLOW = cc.Config(language_fast_english=False)

# (language, prose): the shortcut must not fire, and langdetect must answer the language
NOT_ENGLISH = [
    (
        "fr",
        "Les forces gouvernementales ont bombardé les quartiers est de la ville lundi, selon "
        "des habitants, alors que les pourparlers entre les deux camps sont bloqués depuis "
        "trois semaines. Les agences humanitaires affirment que la nourriture manque.",
    ),
    (
        "de",
        "Regierungstruppen haben am Montag die östlichen Stadtteile beschossen, wie Anwohner "
        "berichteten, während die Gespräche zwischen den beiden Seiten seit drei Wochen "
        "stocken. Hilfsorganisationen warnen, dass Lebensmittel und Medikamente knapp werden.",
    ),
    (
        "es",
        "Las fuerzas del gobierno bombardearon los barrios del este de la ciudad el lunes, "
        "según los vecinos, mientras las conversaciones entre las dos partes siguen "
        "estancadas desde hace tres semanas. Las agencias de ayuda advierten que faltan "
        "alimentos.",
    ),
    (
        "nl",
        "Regeringstroepen hebben maandag de oostelijke wijken van de stad beschoten, zeggen "
        "bewoners, terwijl de gesprekken tussen de twee partijen al drie weken vastzitten. "
        "Hulporganisaties waarschuwen dat voedsel en medicijnen op raken in de belegerde "
        "gebieden.",
    ),
    (
        "it",
        "Le forze governative hanno bombardato lunedì i quartieri orientali della città, "
        "secondo i residenti, mentre i colloqui tra le due parti sono fermi da tre settimane. "
        "Le agenzie umanitarie avvertono che cibo e medicine stanno finendo nelle zone "
        "assediate.",
    ),
    (
        "pt",
        "As forças do governo bombardearam os bairros do leste da cidade na segunda-feira, "
        "segundo moradores, enquanto as conversas entre os dois lados estão paradas há três "
        "semanas. As agências humanitárias alertam que a comida e os remédios estão acabando.",
    ),
    (
        "da",
        "Regeringsstyrker beskød mandag de østlige bydele, siger beboere, mens forhandlingerne "
        "mellem de to parter har stået stille i tre uger. Nødhjælpsorganisationer advarer om, "
        "at mad og medicin er ved at slippe op i de belejrede områder, og at mange er flygtet.",
    ),
    (
        "id",
        "Pasukan pemerintah menembaki distrik timur kota itu pada hari Senin, kata warga, "
        "sementara pembicaraan antara kedua pihak terhenti selama tiga minggu. Lembaga bantuan "
        "memperingatkan bahwa makanan dan obat-obatan mulai habis di daerah yang dikepung dan "
        "ribuan keluarga telah mengungsi.",
    ),
    (
        "tl",
        "Binomba ng mga puwersa ng gobyerno ang silangang bahagi ng lungsod noong Lunes, ayon sa "
        "mga residente, habang natigil ang pag-uusap ng dalawang panig sa loob ng tatlong "
        "linggo. Nagbabala ang mga ahensya na nauubos na ang pagkain at gamot sa mga lugar na "
        "kinubkob.",
    ),
    (
        "sw",
        "Vikosi vya serikali vilishambulia mitaa ya mashariki ya mji siku ya Jumatatu, kwa "
        "mujibu wa wakazi, wakati mazungumzo kati ya pande hizo mbili yamekwama kwa wiki tatu. "
        "Mashirika ya misaada yanaonya kwamba chakula na dawa vinakwisha katika maeneo "
        "yaliyozingirwa na maelfu ya familia wamekimbia.",
    ),
]

ENGLISH = [
    "Government forces shelled the eastern districts of the city on Monday, residents said, "
    "as talks between the two sides stalled for a third week in a row. Aid agencies warned "
    "that food and medicine were running out in the besieged areas.",
    "The United Nations envoy said he would travel to the region next week to meet both "
    "delegations, but he gave no sign that a ceasefire was close, and the opposition said "
    "that it had not been invited to the talks, which it called a farce.",
]


@pytest.mark.parametrize(("lang", "text"), NOT_ENGLISH, ids=[r[0] for r in NOT_ENGLISH])
def test_shortcut_does_not_fire_on_other_languages(lang, text):
    assert len(text.split()) >= 30
    assert not is_clearly_english(text)
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize(
    "text",
    [
        # half English, half French: left to langdetect
        ENGLISH[0][:200] + " " + NOT_ENGLISH[0][1],
        # too short to be sure
        "The rebels said that the town had fallen.",
        # English words with many non-ASCII letters
        "The Łódź Żołnierz said that the Świętokrzyskie Ćwiczenia were not over, and that "
        "the Łęczyca Żółć had been moved from their Ślęża positions by the Gdańsk Wrocław "
        "ministry, which has said it would not comment on the Przemyśl Bydgoszcz Kraków move.",
    ],
    ids=["mixed", "short", "non-ascii"],
)
def test_shortcut_leaves_doubtful_samples_to_langdetect(text):
    assert not is_clearly_english(text)


@pytest.mark.parametrize("text", ENGLISH)
def test_shortcut_fires_on_english_and_agrees_with_langdetect(text):
    assert is_clearly_english(text)
    assert detect_language(text) == ("en", 1.0)
    lang, prob = detect_language(text, config=SLOW)
    assert lang == "en"
    assert 0.7 <= prob <= 1.0


def test_shortcut_agrees_on_the_sample_articles(seed_paths):
    fired = 0
    for path in seed_paths:
        doc = cc.load_text(path.read_text(encoding="utf-8"))
        sample = language_sample(doc.text.split("\n"), max_chars=400)
        fired += is_clearly_english(sample)
        assert detect_language(doc.text)[0] == detect_language(doc.text, config=SLOW)[0]
    assert fired >= 1


def test_switched_off_the_probability_is_langdetects():
    doc = cc.load_text(ENGLISH[1], config=SLOW)
    assert doc.language == "en"
    assert doc.language_probability < 1.0
    assert cc.load_text(ENGLISH[1]).language_probability == 1.0


def _reference_sample(paragraphs, *, max_chars):
    """language_sample with the address pattern run on every paragraph."""
    from conflictcorpus import language

    cut = max_chars * language._PARAGRAPH_SLACK
    prose, short = [], []
    size = short_size = 0
    for para in paragraphs:
        p = language._URLISH.sub(" ", para[:cut]).strip()
        if len(p) >= 40:
            prose.append(p)
            size += len(p) + 1
            if size >= max_chars:
                break
        elif p and not prose and short_size < max_chars:
            short.append(p)
            short_size += len(p) + 1
    out, size = [], 0
    for p in prose or short:
        if size >= max_chars:
            break
        take = p[: max_chars - size]
        out.append(take)
        size += len(take) + 1
    return "\n".join(out)


_PIECES = st.sampled_from(
    ["word ", "http://x.org/a ", "https://y ", "www.z.com ", "a@b.org ", "@ ", "http", "www.", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=20).map("".join), max_size=6), st.integers(50, 120))
def test_sample_skips_the_address_pattern_only_where_it_cannot_match(paragraphs, max_chars):
    assert language_sample(paragraphs, max_chars=max_chars) == _reference_sample(
        paragraphs, max_chars=max_chars
    )


# --------------------------------------------------------------------------------------
# The letter count: _has_letters stops at the n-th letter; the answer is the full count's.


def _slow_has_letters(text, n):
    from conflictcorpus.language import _LETTER

    return len(_LETTER.findall(text)) >= n


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "1 2 3",
        "Filed under:",
        "ab" * 12 + "1",
        "ab" * 13,
        "中文" * 12 + "。",
        "é\u0301" * 25,
    ],
)
@pytest.mark.parametrize("n", [1, 2, 24, 25, 26])
def test_has_letters_table(text, n):
    from conflictcorpus.language import _has_letters

    assert _has_letters(text, n) == _slow_has_letters(text, n)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60), st.integers(min_value=1, max_value=40))
def test_has_letters_equals_counting_every_letter(text, n):
    from conflictcorpus.language import _has_letters

    assert _has_letters(text, n) == _slow_has_letters(text, n)
