import datetime as dt

import pytest

from conflictcorpus import metadata as meta

D = dt.date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 4, 2017", D(2017, 3, 4)),
        ("4 March 2017", D(2017, 3, 4)),
        ("2017-03-04", D(2017, 3, 4)),
        ("2017-03-04T10:00:00Z", D(2017, 3, 4)),
        ("Mar. 4, 2017", D(2017, 3, 4)),
        ("Saturday, March 4, 2017 10:31 AM", D(2017, 3, 4)),
        ("Published: March 4, 2017", D(2017, 3, 4)),
        ("Posted on March 4, 2017 at 10:00 am", D(2017, 3, 4)),
        ("Updated March 4, 2017 at 1:23 p.m. ET", D(2017, 3, 4)),
        ("Sun 5 Mar 2017 12.00 GMT", D(2017, 3, 5)),
        ("4. März 2017", D(2017, 3, 4)),
        ("4. März 2017, 10:31 Uhr", D(2017, 3, 4)),
        ("04.03.2017", D(2017, 3, 4)),
        ("4 mars 2017", D(2017, 3, 4)),
        ("le 4 mars 2017 à 10h30", D(2017, 3, 4)),
        ("4 de marzo de 2017", D(2017, 3, 4)),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", D(2010, 10, 22)),
        ("4 marzo 2017", D(2017, 3, 4)),
        ("4 марта 2017 года", D(2017, 3, 4)),
        ("13/04/2017", D(2017, 4, 13)),
        # negative rows: not a date line, incomplete, or ambiguous
        ("03/04/2017", None),
        ("March 2017", None),
        ("4 March", None),
        ("10:30", None),
        ("2", None),
        ("2017", None),
        ("In March 2017 the rebels took the town", None),
        ("Palmira", None),
        ("The Orton Report", None),
    ],
)
def test_parse_date(line, expected):
    assert meta.parse_date(line) == expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Kyle Orton", ["Kyle Orton"]),
        ("by Kyle Orton and Jane Doe", ["Kyle Orton", "Jane Doe"]),
        ("By Kyle Orton | March 4, 2017", ["Kyle Orton"]),
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Por María García", ["María García"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("By Ahmad al-Khatib", ["Ahmad al-Khatib"]),
        ("By JANE DOE, Associated Press", ["JANE DOE"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Von Anna Schmidt, Korrespondentin", ["Anna Schmidt"]),
        ("By Reuters", []),
        # an outlet, a place, a note or a time stamp after the names is no author
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("By Jane Doe, Al Jazeera", ["Jane Doe"]),
        ("By Jane Doe, BBC News", ["Jane Doe"]),
        ("By JANE DOE and JOHN ROE Associated Press", ["JANE DOE", "JOHN ROE"]),
        ("By Thulani Mbeki-Dlamini in Johannesburg", ["Thulani Mbeki-Dlamini"]),
        (
            "By Sarah Whitfield (now) and Karim Haddad (earlier)",
            ["Sarah Whitfield", "Karim Haddad"],
        ),
        ("By Daniel Okafor  Updated Jan 28, 2024, 9:10am EST", ["Daniel Okafor"]),
        ("By Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
        ("By Anna Reuters", ["Anna Reuters"]),
        # negative rows
        ("by", []),
        ("By the way, this is it", []),
        ("Bystanders fled the shelling", []),
        ("By Tuesday the rebels had withdrawn from the town", []),
    ],
)
def test_parse_byline(line, names):
    assert meta.parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [("by", True), ("By", True), ("Von", True), ("by Kyle Orton", False), ("Bye", False)],
)
def test_is_byline_prefix(line, expected):
    assert meta.is_byline_prefix(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Analysis: ‘The West Helped the Assad Regime and Its Allies Take Palmyra’",
            ("Analysis", "The West Helped the Assad Regime and Its Allies Take Palmyra"),
        ),
        ("Opinion: Why the siege failed", ("Opinion", "Why the siege failed")),
        ("Meinung: Der Krieg geht weiter", ("Meinung", "Der Krieg geht weiter")),
        ("Analyse | La guerre continue", ("Analyse", "La guerre continue")),
        ("Analysis", ("Analysis", "")),
        # negative rows: a colon that is part of the headline
        ("Assad: the war is over", (None, "Assad: the war is over")),
        ("Syria: Analysis of a stalemate", (None, "Syria: Analysis of a stalemate")),
    ],
)
def test_split_kicker(line, expected):
    assert meta.split_kicker(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘The West Helped’", "The West Helped"),
        ("“Quoted headline”", "Quoted headline"),
        ("«Titre»", "Titre"),
        ('"Straight"', "Straight"),
        # negative rows: quotes that do not enclose the whole
        ("‘Hope’ and ‘fear’", "‘Hope’ and ‘fear’"),
        ("The ‘realists’ were wrong", "The ‘realists’ were wrong"),
    ],
)
def test_strip_enclosing_quotes(text, expected):
    assert meta.strip_enclosing_quotes(text) == expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Heiko Wimmen is a research associate at SWP in Berlin.", "Heiko Wimmen"),
        ("Faysal Itani is a resident fellow with the Atlantic Council.", "Faysal Itani"),
        ("Anna Schmidt ist Korrespondentin in Beirut.", "Anna Schmidt"),
        ("The regime is a threat to its own people.", None),
        ("Assad is taking a victory lap.", None),
    ],
)
def test_bio_name(line, name):
    assert meta.bio_name(line) == name


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Filed under: Middle East", "Middle East"),
        ("Rubrik: Ausland", "Ausland"),
        ("Filed under:", None),
        ("Section 3 of the treaty says", None),
    ],
)
def test_parse_section(line, section):
    assert meta.parse_section(line) == section


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Reuters", True), ("(AP)", True), ("Associated Press", True), ("Reuters said", False)],
)
def test_is_agency(line, expected):
    assert meta.is_agency(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 4, 2017 / 10:31 AM / Updated 2 hours ago", D(2017, 3, 4)),
        ("4 March 2017 | 10:31", D(2017, 3, 4)),
        ("Syria / Iraq | 2017", None),
    ],
)
def test_parse_date_first_segment(line, expected):
    assert meta.parse_date(line) == expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Jane Doe | Reuters", ["Jane Doe"]),
        # negative rows: column names and labels that look like names
        ("Common Sense", []),
        ("Economic Scene.", []),
        ("TOP STORIES.", []),
        ("Letter From America", []),
    ],
)
def test_parse_bare_byline(line, names):
    assert meta.parse_bare_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the newsroom or a wire service next to a person is no author
        ("By Jane Doe and Reuters Staff", ["Jane Doe"]),
        ("By Jane Doe and Our Correspondent in Kyiv", ["Jane Doe"]),
        ("By Jane Doe, Al Jazeera Staff", ["Jane Doe"]),
        ("Von Anna Schmidt und unserem Korrespondenten in Kiew", ["Anna Schmidt"]),
        # negative rows: names are still names
        ("By Jane Staffordshire", ["Jane Staffordshire"]),
        ("Par Jean de La Fontaine", ["Jean de La Fontaine"]),
    ],
)
def test_parse_byline_drops_newsroom_credits(line, names):
    assert meta.parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Staff Reporter", True),
        ("By Our Correspondent", True),
        ("By Staff Writer", True),
        ("By AFP", True),
        ("By Reuters Staff", True),
        ("By Al Jazeera Staff", True),
        ("By Times of Israel Staff", True),
        ("By Guardian staff and agencies", True),
        ("From our correspondent in Kyiv", True),
        ("From our special correspondent in Gaza City", True),
        ("By News Desk | November 21, 2023", True),
        ("Von unserem Korrespondenten in Kiew", True),
        ("Von Redaktion", True),
        ("Par notre correspondant à Kiev", True),
        ("De notre envoyée spéciale à Kherson", True),
        ("Par la rédaction", True),
        ("Por Redacción", True),
        ("De nuestro corresponsal en Kiev", True),
        ("Por Redação", True),
        ("Do nosso correspondente em Kiev", True),
        ("Dal nostro corrispondente a Kiev", True),
        ("di Redazione", True),
        ("Автор: Редакция", True),
        ("От нашего корреспондента в Киеве", True),
        # negative rows: a person, a sentence, an agency alone (is_agency's), a place alone,
        # the newsroom without a byline word (only under a headline, see below)
        ("Staff Reporter", False),
        ("STAFF", False),
        ("By Jane Doe", False),
        ("By Jane Doe and Reuters Staff", False),
        ("From Kyiv", False),
        ("From our correspondent's notebook: the long winter", False),
        ("By the staff of the hospital, the wounded were moved", False),
        ("Our correspondent was detained for two days.", False),
        ("From the staff", False),
        ("Reuters", False),
        ("De Kiev à Moscou", False),
    ],
)
def test_is_newsroom_byline(line, expected):
    assert meta.is_newsroom_byline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Staff Reporter", True),
        ("Special Correspondent", True),
        ("La rédaction", True),
        ("Al Jazeera Staff", True),
        # negative rows: one word is a heading as often ("STAFF" over a list of credits)
        ("STAFF", False),
        ("Redaktion", False),
        ("Reuters", False),
    ],
)
def test_is_newsroom_byline_bare(line, expected):
    assert meta.is_newsroom_byline(line, bare=True) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the time after a comma or a dash, or with spaces round the "h"
        ("21 de novembro de 2023, 10h02", D(2023, 11, 21)),
        ("Atualizado em 21/11/2023 - 10h02", D(2023, 11, 21)),
        ("21 mars 2023 à 10 h 02", D(2023, 3, 21)),
        # "a.m." is no Spanish "a" before "m."
        ("November 21, 2023 10:02 a.m. EST", D(2023, 11, 21)),
        ("Nov. 21, 2023 at 9:15 a.m.", D(2023, 11, 21)),
        # abbreviated months
        ("21 déc. 2023", D(2023, 12, 21)),
        ("jeu. 21 déc. 2023", D(2023, 12, 21)),
        ("21 нояб. 2023, 10:02", D(2023, 11, 21)),
        ("21 дек 2023", D(2023, 12, 21)),
        ("21 gen 2023", D(2023, 1, 21)),
        ("21 giu 2023", D(2023, 6, 21)),
        ("21 set. 2023", D(2023, 9, 21)),
        # a publication stamp and an update stamp on one line: the first
        (
            "Publié le 21 novembre 2023 à 10h02, modifié le 22 novembre 2023 à 12h30",
            D(2023, 11, 21),
        ),
        ("Published 21 November 2023, updated 22 November 2023", D(2023, 11, 21)),
        ("Publicado el 21/11/2023; actualizado el 22/11/2023", D(2023, 11, 21)),
        # negative rows
        ("21 set of rules 2023", None),
        ("Updated figures show 212 dead", None),
        ("21 de novembro de 2023, 10h02 em Kiev", None),
    ],
)
def test_parse_date_more_layouts(line, expected):
    assert meta.parse_date(line) == expected


@pytest.mark.parametrize(
    ("line", "names", "date"),
    [
        ("By Jane Doe | November 21, 2023", ["Jane Doe"], D(2023, 11, 21)),
        ("By Jane Doe, November 21, 2023", ["Jane Doe"], D(2023, 11, 21)),
        ("Par Jean Dupont, le 21 novembre 2023 à 10h02", ["Jean Dupont"], D(2023, 11, 21)),
        ("Von Anna Schmidt, 21. November 2023", ["Anna Schmidt"], D(2023, 11, 21)),
        ("Por María García | 21 de noviembre de 2023", ["María García"], D(2023, 11, 21)),
        ("Por João Silva — 21 de novembro de 2023, 10h02", ["João Silva"], D(2023, 11, 21)),
        ("di Mario Rossi, 21 novembre 2023", ["Mario Rossi"], D(2023, 11, 21)),
        ("Автор: Иван Петров, 21 ноября 2023", ["Иван Петров"], D(2023, 11, 21)),
        # negative rows: no date on the byline
        ("By Jane Doe", ["Jane Doe"], None),
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
        ("By Jane Doe | Kyiv", ["Jane Doe"], None),
    ],
)
def test_byline_with_a_date(line, names, date):
    assert meta.parse_byline(line) == names
    assert meta.byline_date(line) == date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a date line that opens with an update or modification word, in every language
        ("Last updated: 21 November 2023, 10:02", D(2023, 11, 21)),
        ("Updated: Nov. 21, 2023 at 9:15 a.m. ET", D(2023, 11, 21)),
        ("UPDATED 21/11/2023", D(2023, 11, 21)),
        ("Last modified on Tue 21 Nov 2023 10.02 GMT", D(2023, 11, 21)),
        ("Zuletzt aktualisiert am 21.11.2023, 10:02 Uhr", D(2023, 11, 21)),
        ("Aktualisiert: 21. November 2023", D(2023, 11, 21)),
        ("Mis à jour le 21 novembre 2023 à 10h02", D(2023, 11, 21)),
        ("Dernière mise à jour : 21 novembre 2023", D(2023, 11, 21)),
        ("Actualizado el 21 de noviembre de 2023", D(2023, 11, 21)),
        ("Última actualización: 21/11/2023 10:02", D(2023, 11, 21)),
        ("Atualizado em 21/11/2023 às 10h02", D(2023, 11, 21)),
        ("Ultimo aggiornamento: 21 novembre 2023", D(2023, 11, 21)),
        ("Aggiornato il 21 novembre 2023", D(2023, 11, 21)),
        ("Последнее обновление: 21 ноября 2023", D(2023, 11, 21)),
        ("Обновлено 21 ноября 2023, 10:02", D(2023, 11, 21)),
        # negative rows: a publication stamp, a bare date, a sentence, no full date
        ("Published: 21 November 2023", None),
        ("Publié le 21 novembre 2023, modifié le 22 novembre 2023", None),
        ("21 November 2023", None),
        ("Updated figures show 212 dead", None),
        ("Updated 2 hours ago", None),
        ("Updated 21 November", None),
    ],
)
def test_parse_update_stamp(line, expected):
    assert meta.parse_update_stamp(line) == expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe | Updated November 22, 2023", ["Jane Doe"]),
        ("By Jane Doe, updated November 22, 2023", ["Jane Doe"]),
        ("Par Jean Dupont, mis à jour le 22 novembre 2023", ["Jean Dupont"]),
        ("Von Anna Schmidt | Aktualisiert am 22.11.2023", ["Anna Schmidt"]),
    ],
)
def test_an_update_stamp_on_a_byline_is_no_publication_date(line, names):
    assert meta.parse_byline(line) == names
    assert meta.byline_date(line) is None


_LEDE = "Ukrainian forces repelled an overnight attack, the governor said."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a place (and a region), a full date, an agency in brackets, a dash
        (f"KYIV, Nov. 3, 2023 (Reuters) - {_LEDE}", D(2023, 11, 3)),
        (f"Gaza City, 12 March 2024 — {_LEDE}", D(2024, 3, 12)),
        (f"BEIRUT, Lebanon, March 12, 2024 (AP) — {_LEDE}", D(2024, 3, 12)),
        (f"WASHINGTON, D.C., March 12, 2024 /PRNewswire/ -- {_LEDE}", D(2024, 3, 12)),
        (f"Khartoum — Tuesday 12 March 2024 — {_LEDE}", D(2024, 3, 12)),
        ("GAZA CITY, March 12, 2024 —", D(2024, 3, 12)),
        (f"KIEV, 12 mars 2024 (AFP) - {_LEDE}", D(2024, 3, 12)),
        (f"Kiew, 12. März 2024 (dpa) – {_LEDE}", D(2024, 3, 12)),
        (f"Gaza, 12 de marzo de 2024 (EFE).- {_LEDE}", D(2024, 3, 12)),
        (f"Lisboa, 12 de março de 2024 - {_LEDE}", D(2024, 3, 12)),
        (f"Roma, 12 marzo 2024 - {_LEDE}", D(2024, 3, 12)),
        (f"КИЕВ, 12 марта 2024 года — {_LEDE}", D(2024, 3, 12)),
        (f"Rio de Janeiro, 12 March 2024 - {_LEDE}", D(2024, 3, 12)),
        # negative rows: no year (never a guess), no date, no place, a sentence
        (f"KYIV, Nov. 3 (Reuters) - {_LEDE}", None),
        (f"Khartoum — Monday {_LEDE}", None),
        (f"KYIV, Ukraine (AP) — {_LEDE}", None),
        (f"On Monday, 12 March 2024 — {_LEDE}", None),
        (f"In Gaza City, 12 March 2024 - {_LEDE}", None),
        (f"The ceasefire, agreed on 12 March 2024 - {_LEDE}", None),
        (f"Gaza City, 12 March 2024, was the day the talks failed - {_LEDE}", None),
        ("12 March 2024", None),
        (_LEDE, None),
    ],
)
def test_parse_dateline(line, expected):
    assert meta.parse_dateline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # dated or not, with an agency or a date after the place
        (f"KYIV, Nov. 3 (Reuters) - {_LEDE}", True),
        (f"Kiew (dpa) - {_LEDE}", True),
        (f"Gaza City, Tuesday 12 March (EFE).- {_LEDE}", True),
        (f"Gaza City, 12 March 2024 — {_LEDE}", True),
        # negative rows: a place and a dash alone, a label, a sentence
        ("Ukraine — the long winter ahead", False),
        ("Opinion — Why the siege failed", False),
        ("Kyiv", False),
        (_LEDE, False),
    ],
)
def test_is_dateline(line, expected):
    assert meta.is_dateline(line) is expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a person with the place they file from, in several languages
        ("Jane Doe in Kyiv", ["Jane Doe"]),
        ("Anna Schmidt in Kiew", ["Anna Schmidt"]),
        ("Anna Schmidt aus Kiew", ["Anna Schmidt"]),
        ("Jean Dupont à Kiev", ["Jean Dupont"]),
        ("María García en Kiev", ["María García"]),
        ("João Silva em Kiev", ["João Silva"]),
        ("Иван Петров в Киеве", ["Иван Петров"]),
        # a person with an agency or the newsroom: the person is the author
        ("Jane Doe and AFP", ["Jane Doe"]),
        ("Jane Doe with Reuters", ["Jane Doe"]),
        ("Anna Schmidt mit dpa", ["Anna Schmidt"]),
        ("Jean Dupont avec AFP", ["Jean Dupont"]),
        # negative rows: a newsroom with an agency names no one; headings with a place
        ("Le Monde avec AFP", []),
        ("Al Jazeera and news agencies", []),
        ("The Times of Israel and AFP", []),
        ("Der Spiegel mit dpa", []),
        ("War in Ukraine", []),
        ("Life Goes On in Kharkiv", []),
        ("Gaza Under Fire in Winter", []),
        ("Da Silva", []),
    ],
)
def test_parse_bare_byline_with_a_place_or_an_agency(line, names):
    assert meta.parse_bare_byline(line) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the newsroom and the place it files from
        ("Staff Reporter, Islamabad", True),
        ("Our Correspondent, Gaza City", True),
        ("Correspondant, Kiev", False),  # one word is a heading as often
        # an outlet with an agency, two agencies
        ("Le Monde avec AFP", True),
        ("Le Figaro avec AFP et Reuters", True),
        ("The Times of Israel and AFP", True),
        ("Al Jazeera and news agencies", True),
        ("Der Spiegel mit dpa", True),
        ("El País con agencias", True),
        ("La Repubblica con agenzie", True),
        ("Reuters and AP", True),
        # negative rows: a person with an agency, places, an outlet alone
        ("Jane Doe and AFP", False),
        ("Jane Doe with Reuters", False),
        ("Kyiv and Moscow", False),
        ("Le Monde", False),
        ("Ukraine and the West", False),
    ],
)
def test_is_newsroom_byline_with_a_place_or_an_agency(line, expected):
    assert meta.is_newsroom_byline(line, bare=True) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("With AFP", True), ("Avec AFP", True), ("Mit dpa", True), ("With Jane Doe", False)],
)
def test_an_agency_credit_after_with(line, expected):
    assert meta.is_newsroom_byline(line) is expected
