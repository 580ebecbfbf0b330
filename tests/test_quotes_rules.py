"""Rules added for precision, recall and attribution, each with rows it must leave alone."""

from __future__ import annotations

import pytest

from conflictcorpus.quotes import extract_quotes, find_terms


def _speech(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text) if q.kind != "indirect"]


# (case, text, marked spans that must be speech)
NOT_SPEECH_IN_CONTEXT = [
    # a title of a show or work after a possessive or "on", "told", "for"
    (
        "show after a possessive",
        "“I was wrong,” Perez said Sunday on NBC's “Meet the Press.”",
        [("direct", "I was wrong,")],
    ),
    (
        "show after told",
        "“He is fair game,” Fiorina told “Fox and Friends,” reminding the hosts of it.",
        [("direct", "He is fair game,")],
    ),
    ("show, one word", "Wednesday on Fox News Channel’s “Hannity,” Gingrich said so.", []),
    # negative rows: a lower-case fragment after a possessive is still a partial quote
    (
        "fragment after a possessive",
        "Trump said the justice’s “mind is shot” and called on her to resign.",
        [("partial", "mind is shot")],
    ),
    (
        "capitalised utterance after a cue",
        "He told reporters on Monday: “We Will Never Surrender.”",
        [("direct", "We Will Never Surrender.")],
    ),
    # an attribute value left in the text by markup
    (
        "attribute value",
        '<tweet tweet-date="February 10, 2016">Sanders promises to raise the minimum wage.',
        [],
    ),
    # a headline with its byline
    (
        "headline and byline",
        'NOW OPEN—"Pop-up art show strives to confront gentrification," by DNAinfo\'s Eddie Small.',
        [],
    ),
    # negative row: "by" with a lower-case word after it is no byline
    (
        "by contrast",
        '"We will win this state by ten points," by contrast, Smith said.',
        [("direct", "We will win this state by ten points,")],
    ),
    # a title after "in", "of", "and", "the" or the kind of work
    (
        "titles in a list",
        "Okafor, who starred in “Night Shift” and “Children of the River,” posted the clip.",
        [],
    ),
    ("title after of", "He was the founder of “Veterans for Peace 2012.” He left in May.", []),
    ("title after the kind of work", "She said so in May on the podcast “Here’s the Thing.”", []),
    ("term after the", "Nixon’s use of the “Southern Strategy” changed the party.", []),
    # negative row: a chant after "of" is speech
    (
        "chant after of",
        "Walking in to chants of “Ruiz! Ruiz!,” the mayor said the race was close.",
        [("partial", "Ruiz! Ruiz!,")],
    ),
    # a headline cited in parentheses with its source
    (
        "headline cited in parentheses",
        "I agree with the mayor (“Ruiz blasts the council as a ‘disgrace’ voters reject,” "
        "Herald.com, Thursday).",
        [],
    ),
    # a title opening a paragraph, unpunctuated, with nothing attributing it
    ("unpunctuated title", "Getty.\n\n“Orange is the New Black” star Ana Ruiz spoke up.", []),
    # negative row: a capitalised sentence ending in its own period is still a quote
    (
        "capitalised sentence",
        "The sign read nothing else.\n\n“Stop Them at the Border Door.”\n\nThe crowd left.",
        [("direct", "Stop Them at the Border Door.")],
    ),
    # a heading in single marks or a title opening a paragraph after a quoted speaker
    (
        "heading after a quoted paragraph",
        "“We will not leave,” Ruiz said.\n\n'A fight from start to finish.'\n\nThe merger failed.",
        [("direct", "We will not leave,")],
    ),
    (
        "title opening a paragraph after a quoted speaker",
        "“We laugh at our tragedies,” Ruiz said.\n\n“Sons of the General” is a play in Lima.",
        [("direct", "We laugh at our tragedies,")],
    ),
    ("long title after called", "They staged a play called “Los Hijos de la Guerra,” in Lima.", []),
    ("title after the kind of work and a comma", "She wrote in her memoir, “Hard Choices.”", []),
    # negative row: a quote paragraph after a quoted speaker is still that speaker's
    (
        "continuation after a quoted paragraph",
        "“We will not leave,” Ruiz said. She sat down.\n\n“Nobody will make us leave.”",
        [("direct", "We will not leave,"), ("direct", "Nobody will make us leave.")],
    ),
    # a nickname between names
    ("nickname", 'Gov. C.L. "Butch" Otter said the West was won.', []),
    # negative row: a capitalised word in marks that is not between two names
    (
        "one capitalised word after a name",
        "Smith said, “Dead.” Nobody answered.",
        [("direct", "Dead.")],
    ),
    # a heading in single marks on a line of its own, with nothing to attribute it
    (
        "heading in single marks",
        "The plant closed in May.\n\n'Pretty cool working there.'\n\nOn a rainy Thursday they met.",
        [],
    ),
    # negative rows: the same line in double marks, or with its speaker after it
    (
        "line in double marks",
        "The plant closed in May.\n\n“It was pretty cool working there.”\n\nOn Thursday they met.",
        [("direct", "It was pretty cool working there.")],
    ),
    (
        "single marks with a speaker",
        "The plant closed in May.\n\n‘It was pretty cool working there,’ she said.",
        [("direct", "It was pretty cool working there,")],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), NOT_SPEECH_IN_CONTEXT)
def test_not_speech_in_context(case, text, expected):
    assert _speech(text) == expected


def test_titles_are_exposed_as_terms():
    text = "“I was wrong,” Perez said Sunday on NBC's “Meet the Press.”"
    assert [text[a:b] for a, b in find_terms(text)] == ["Meet the Press."]


# (case, text, quote, mention, speaker)
ROLE_BEFORE_NAME = [
    (
        "role between organisation and name",
        "“He is innocent,” Trump campaign spokeswoman Hope Hicks said in a statement.",
        "He is innocent,",
        "Hope Hicks",
        "Hope Hicks",
    ),
    (
        "hyphenated role",
        "“Imagine him on the same stage,” Blaze co-host Stu Burguiere said.",
        "Imagine him on the same stage,",
        "Stu Burguiere",
        "Stu Burguiere",
    ),
    (
        "role then a middle part",
        "“Try they might,” Cruz spokesman Rick Tyler said, “and he has the record.”",
        "Try they might,” Cruz spokesman Rick Tyler said, “and he has the record.",
        "Rick Tyler",
        "Rick Tyler",
    ),
]


@pytest.mark.parametrize(("case", "text", "qtext", "mention", "speaker"), ROLE_BEFORE_NAME)
def test_role_before_name(case, text, qtext, mention, speaker):
    (q,) = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.text == qtext
    assert (q.attribution.mention, q.attribution.speaker) == (mention, speaker)


def test_words_before_a_name_without_a_role_do_not_make_a_mention():
    # negative row: "after" is no role, so "Obama" is not read as the speaker here
    text = "“We are done,” the crowd shouted after Obama spoke."
    (q,) = _speech(text) or [("none", "")]
    assert q == ("direct", "We are done,")
    (quote,) = [x for x in extract_quotes(text) if x.kind == "direct"]
    assert quote.attribution is None or quote.attribution.mention != "Obama"


# (case, text, expected non-indirect (kind, text))
RECALL = [
    # a whole short utterance right after its cue
    ("yelled", "When Rubio thanked Miami, a man yelled “Stay there!”", [("direct", "Stay there!")]),
    (
        "by saying",
        "He ended his list by saying “Too many.” The room fell silent.",
        [("direct", "Too many.")],
    ),
    ("chanting", 'Protesters were chanting "Dump Trump."', [("direct", "Dump Trump.")]),
    # negative rows: a naming verb, a lower-case term, no end punctuation
    ("called", "He called them “Losers.” Nobody laughed.", []),
    ("declared term", "He would not enforce a publicly declared “red line” then.", []),
    ("no end punctuation", "A man yelled “Stay there” and left.", []),
    # speech verbs of the lexicon
    (
        "elaborated",
        "“The way I see it,” she elaborated, “no one ever questioned his service.”",
        [("direct", "The way I see it,” she elaborated, “no one ever questioned his service.")],
    ),
    (
        "beamed",
        "“This is fantastic!” beamed Donald Hartley of Madison.",
        [("direct", "This is fantastic!")],
    ),
    # a ” typed as an opener after invisible direction marks, or before an ellipsis
    (
        "direction mark",
        "Palin posted it.\n\n\u202a”Sorry Sarah, you should have said it!!” posted Sharon Geyer.",
        [("direct", "Sorry Sarah, you should have said it!!")],
    ),
    (
        "ellipsis",
        "The paper urged her.\n\n” … if the president can visit, so can she,” it read.",
        [("direct", "… if the president can visit, so can she,")],
    ),
    # negative row: a lone ” before a space and a word opens nothing
    ("stray closer", "He said ” and then stopped talking.", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECALL)
def test_recall_rules(case, text, expected):
    assert _speech(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moore thanked him for “stepping up and taking action when Congress won’t do it.”",
            [("partial", "stepping up and taking action when Congress won’t do it.")],
        ),
        # negative rows: a short scare quote, a long title, a capitalised headline
        ("Moore thanked him for “stepping up.”", []),
        (
            "One Sunday, according to “Perfect Enough: Carly Fiorina and the Reinvention of "
            "Hewlett-Packard” by George Anders, she sat in the study.",
            [],
        ),
        ("He loved “The Rise And Fall Of The Third Reich In Eight Long Volumes” as a boy.", []),
    ],
)
def test_long_unattributed_fragment_is_speech(text, expected):
    assert _speech(text) == expected
    if expected:
        (q,) = [q for q in extract_quotes(text) if q.kind == "partial"]
        assert q.attribution is None


# (case, text, quote text, mention); None when nothing may be named
SPEAKER = [
    (
        "subject of a cue without a mention",
        "He then adopted a fake accent and joked, “But I am just gonna make it easier.”",
        "But I am just gonna make it easier.",
        "He",
    ),
    (
        "subject of a participle",
        "Trump then appears in a clip from a speech, saying, “We are calling for a shutdown.”",
        "We are calling for a shutdown.",
        "Trump",
    ),
    # negative row: a name in a subordinate clause is not the subject; the crowd is
    (
        "no subject",
        "When Obama spoke, the crowd chanted “Four more years!”",
        "Four more years!",
        "the crowd",
    ),
    (
        "description with a year",
        "“She didn’t like that,” said a 2008 Clinton veteran.",
        "She didn’t like that,",
        "a 2008 Clinton veteran",
    ),
    (
        "introduced before, a new sentence after",
        "Brafman said, “The zeal in this case is unusual.” He added, “Things happened.”",
        "The zeal in this case is unusual.",
        "Brafman",
    ),
    # negative row: with no introduction before it, the words after still name the speaker
    (
        "nothing before, a new sentence after",
        "Then silence. “The city has fallen.” Safi said it twice.",
        "The city has fallen.",
        "Safi",
    ),
    (
        "attribution between two quotes across a paragraph break",
        "“It was a hate,” Sexton said. “Trump events are outlets.\n"
        "“There is another side,” Sexton said. “I do not know if it was cathartic.”",
        "I do not know if it was cathartic.",
        "Sexton",
    ),
    (
        "cue, organisation and role before a name",
        "“The ceasefire is holding,” said Red Crescent field coordinator Leila Haddad.",
        "The ceasefire is holding,",
        "Leila Haddad",
    ),
    (
        "cue, role and name before a place",
        "“We counted forty trucks,” said the border commander Omar Nasser in Rafah.",
        "We counted forty trucks,",
        "Omar Nasser",
    ),
    (
        "titles before a three-word name",
        "“No talks today,” Deputy Foreign Minister Ana Maria Ruiz said.",
        "No talks today,",
        "Ana Maria Ruiz",
    ),
    (
        "possessive before a name",
        "“Prices will rise,” American Grain Council’s Douglas Holt-Baker said.",
        "Prices will rise,",
        "Douglas Holt-Baker",
    ),
    (
        "phrasal speech verb",
        "“You have no plan for the port,” Haddad shot back.",
        "You have no plan for the port,",
        "Haddad",
    ),
    (
        "phrasal speech verb with a colon before the quote",
        "Ruiz fired back: “The convoy left on time.”",
        "The convoy left on time.",
        "Ruiz",
    ),
    (
        "subject after an introductory phrase",
        "At the Sunday debate, Ruiz compared herself to Haddad, saying, “I have been there.”",
        "I have been there.",
        "Ruiz",
    ),
    (
        "subject after a time phrase",
        "Later on Sunday, Ruiz posted a photo of the school, writing “They shelled this too.”",
        "They shelled this too.",
        "Ruiz",
    ),
    # negative row: an introductory phrase names no one; the subject after it does
    (
        "no subject in the phrase",
        "As the convoy passed, the crowd chanted, “Open the crossing now!”",
        "Open the crossing now!",
        "the crowd",
    ),
    (
        "no subject at all",
        "As the convoy passed, chants rose: “Open the crossing now!”",
        "Open the crossing now!",
        None,
    ),
    (
        "name and colon",
        "Turnout was low. Republican pollster Maya Lindqvist: “Late deciders broke for the "
        "challenger in every county.”",
        "Late deciders broke for the challenger in every county.",
        "Maya Lindqvist",
    ),
    # negative rows: capitals, an organisation or a noun before the colon name no one
    (
        "capitals and colon",
        "UN: “The corridor is closed to all traffic until further notice.”",
        "The corridor is closed to all traffic until further notice.",
        None,
    ),
    (
        "noun and colon",
        "The message was clear: “Nobody crosses the river after dark.”",
        "Nobody crosses the river after dark.",
        None,
    ),
    (
        "sentence opening with the cue",
        "The house is a museum now. Said Rana Aziz, who grew up next door, “We were all "
        "so proud of him.”",
        "We were all so proud of him.",
        "Rana Aziz",
    ),
    (
        "cue and name before a colon",
        "Continued Haddad: “So I think it is a very real problem.”",
        "So I think it is a very real problem.",
        "Haddad",
    ),
    (
        "cue with an addressee",
        "Haddad named no rivals but told his supporters, “our town is in terrible trouble "
        "and we must act.”",
        "our town is in terrible trouble and we must act.",
        "Haddad",
    ),
    (
        "the cue nearest the quote",
        "After Ana Ruiz asked him who would win, Haddad replied, “If I had to bet, the mayor.”",
        "If I had to bet, the mayor.",
        "Haddad",
    ),
    (
        "a speaker after a cue-like noun",
        "Amid union calls for a strike, a senior official said, “The mines stay open.”",
        "The mines stay open.",
        "a senior official",
    ),
    (
        "an ordinary person described",
        "The crowd grew angry. A man yelled “Get out of our town!”",
        "Get out of our town!",
        "A man",
    ),
    (
        "another of them",
        "A boy asked who the soldier was. Another child answered, “That is my uncle.”",
        "That is my uncle.",
        "Another child",
    ),
    (
        "no word led by a question word",
        "He often thinks of what his parents told him: “Keep your head down.”",
        "Keep your head down.",
        "his parents",
    ),
    (
        "a participle with an object after a comma",
        "Minister Olga Stefanishyna defended the decision, calling the strike “a necessary "
        "response to months of shelling by the enemy.”",
        "a necessary response to months of shelling by the enemy.",
        "Minister Olga Stefanishyna",
    ),
    (
        "according to, then a colon",
        "According to Reuters: “The convoy was hit twice near the bridge.”",
        "The convoy was hit twice near the bridge.",
        "Reuters",
    ),
    (
        "a second quote joined by a conjunction",
        "General Ivan Petrov took questions, telling the crowd, “We will hold the bridge,” "
        "and, “Nobody will leave this city.”",
        "Nobody will leave this city.",
        "General Ivan Petrov",
    ),
    (
        "the phrase that owns an organisation after a preposition",
        "A spokesman for the Syrian Coalition said, “The convoy left at dawn.”",
        "The convoy left at dawn.",
        "A spokesman for the Syrian Coalition",
    ),
    (
        "a source close to a government",
        "A source close to the Kremlin told Reuters, “There will be no talks this year.”",
        "There will be no talks this year.",
        "A source close to the Kremlin",
    ),
    (
        "the head of an administration",
        "The head of the regional military administration told Reuters, “The convoy left.”",
        "The convoy left.",
        "The head of the regional military administration",
    ),
    (
        "a long description",
        "A senior Ukrainian military intelligence officer said, “The column was destroyed "
        "near the river.”",
        "The column was destroyed near the river.",
        "A senior Ukrainian military intelligence officer",
    ),
    (
        "a person after 'of' speaks",
        "The video cuts to footage of Putin saying, “We will not give up the city.”",
        "We will not give up the city.",
        "Putin",
    ),
    (
        "a described person owns the phrase next to the preposition, not the sentence",
        "The soldier was still in surgery when a spokesman for the ministry said, “He will "
        "survive the night.”",
        "He will survive the night.",
        "a spokesman for the ministry",
    ),
    (
        "a capitalised organisation inside a description",
        "A man with the Red Cross said, “We could not reach the wounded for two days.”",
        "We could not reach the wounded for two days.",
        "A man with the Red Cross",
    ),
    (
        "a speaking thing from a source leaves the source as speaker",
        "A statement from the Ukrainian military said, “Eleven drones were destroyed.”",
        "Eleven drones were destroyed.",
        "the Ukrainian military",
    ),
    (
        "a person after 'of' in a described sentence",
        "A spokesman played footage of Putin saying, “We will not give up the city.”",
        "We will not give up the city.",
        "Putin",
    ),
    (
        "a hyphenated kinship noun stays whole",
        "“He was a hero,” said the brother-in-law of the pilot.",
        "He was a hero,",
        "the brother-in-law of the pilot",
    ),
    (
        "a name before a description with its own appositive",
        "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said, “We "
        "will win this case in court.”",
        "We will win this case in court.",
        "Scott Pruitt",
    ),
    (
        "a name, a role at an organisation and the organisation's appositive",
        "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based intelligence "
        "firm, told Reuters, “The group is fairly secular by regional standards.”",
        "The group is fairly secular by regional standards.",
        "Omar Lamrani",
    ),
    (
        "a described person for a person",
        "A spokesman for Putin said, “There will be no talks this year.”",
        "There will be no talks this year.",
        "A spokesman for Putin",
    ),
    # negative rows: a participle whose subject cannot be told
    (
        "an adjective before the subject's noun",
        "Ukrainian soldiers held the line overnight, telling commanders they had “no more "
        "ammunition left for the guns at all.”",
        "no more ammunition left for the guns at all.",
        None,
    ),
    (
        "a second clause with its own subject",
        "Kyiv rejected the proposal, and Moscow accused Ukraine of sabotage, calling the "
        "talks “a waste of everyone's time and of our patience.”",
        "a waste of everyone's time and of our patience.",
        None,
    ),
    (
        "a subordinate clause with its own subject",
        "Biden spoke hours after Putin addressed the Duma, warning the West of "
        "“catastrophic consequences for anyone in the world who interferes.”",
        "catastrophic consequences for anyone in the world who interferes.",
        None,
    ),
    (
        "another source named between",
        "Russian troops shelled the town overnight, according to the governor, calling the "
        "attack “pure terror against the civilians of our region.”",
        "pure terror against the civilians of our region.",
        "the governor",
    ),
    (
        "a cue nearer the quote than the participle",
        "The court jailed the blogger for seven years, citing his posts calling the war “a "
        "crime against our own people and our future.”",
        "a crime against our own people and our future.",
        None,
    ),
    (
        "a verb inside the described subject",
        "The general visited troops near the front, promising them “new equipment before "
        "the winter comes to the front.”",
        "new equipment before the winter comes to the front.",
        None,
    ),
    (
        "a possessive subject",
        "Ryan’s campaign shrugged off the comments, telling the room they were “a good sign "
        "for all of us in the end.”",
        "a good sign for all of us in the end.",
        "Ryan’s campaign",
    ),
    # negative row: a long description stays whole
    (
        "long description",
        "“I will not vote,” a New Hampshire Republican said.",
        "I will not vote,",
        "a New Hampshire Republican",
    ),
]


@pytest.mark.parametrize(("case", "text", "qtext", "mention"), SPEAKER)
def test_speaker_rules(case, text, qtext, mention):
    (q,) = [q for q in extract_quotes(text) if q.text == qtext]
    got = q.attribution.mention if q.attribution else None
    assert got == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naming cue right before the marks names rather than utters: a fragment
        (
            "Haddad said the council, which he called “a cartel for the rich and the old,” "
            "should go.",
            [("partial", "a cartel for the rich and the old,")],
        ),
        # negative rows: a speech cue right before the marks introduces an utterance
        (
            "Haddad said “the council has failed every family in this town.”",
            [("direct", "the council has failed every family in this town.")],
        ),
        (
            "After Ruiz asked who would win, Haddad replied, “If I had to bet, the mayor.”",
            [("direct", "If I had to bet, the mayor.")],
        ),
    ],
)
def test_naming_cue_before_a_fragment(text, expected):
    assert _speech(text) == expected


# (case, text, marked speech): one utterance interrupted by its attribution is one quote
JOINED = [
    (
        "role and name in the middle, found in the sentence",
        "“We will hold the bridge,” former councilman Omar Haddad said. “The river is ours.”",
        [
            (
                "direct",
                "We will hold the bridge,” former councilman Omar Haddad said. “The river is ours.",
            )
        ],
    ),
    (
        "next paragraph continues the quote",
        "“The shelling stopped at dawn,” Ruiz said.\n\n“By noon the market was open again.”",
        [
            (
                "direct",
                "The shelling stopped at dawn,” Ruiz said.\n\n“By noon the market was open again.",
            )
        ],
    ),
    (
        "three paragraphs",
        "“The shelling stopped at dawn,” said Ruiz.\n\n“By noon the market was open.”\n\n"
        "“Nobody believes it will last.”",
        [
            (
                "direct",
                "The shelling stopped at dawn,” said Ruiz.\n\n“By noon the market was open.”\n\n"
                "“Nobody believes it will last.",
            )
        ],
    ),
    (
        "title of a show in the middle",
        "“We will hold the bridge,” Haddad said on “Meet the Press.” “The river is ours.”",
        [
            (
                "direct",
                "We will hold the bridge,” Haddad said on “Meet the Press.” “The river is ours.",
            )
        ],
    ),
    (
        "a speech noun ends the attribution",
        "“The shelling stopped at dawn,” Ruiz said in her remarks. “By noon it was open.”",
        [
            (
                "direct",
                "The shelling stopped at dawn,” Ruiz said in her remarks. “By noon it was open.",
            )
        ],
    ),
    # negative rows: a cue of its own introduces the second part
    (
        "adding",
        "“The shelling stopped at dawn,” Ruiz said, adding, “By noon it was open.”",
        [("direct", "The shelling stopped at dawn,"), ("direct", "By noon it was open.")],
    ),
    (
        "and added",
        "“The shelling stopped at dawn,” Ruiz said on Monday and added: “By noon it was open.”",
        [("direct", "The shelling stopped at dawn,"), ("direct", "By noon it was open.")],
    ),
    # negative rows: a sentence after the attribution, words after the second quote, a
    # second speaker, the attribution before the first quote
    (
        "another sentence after the attribution",
        "“The shelling stopped at dawn,” Ruiz said. She then left.\n\n“By noon it was open.”",
        [("direct", "The shelling stopped at dawn,"), ("direct", "By noon it was open.")],
    ),
    (
        "words after the second quote",
        "“The shelling stopped at dawn,” Ruiz said.\n\n“By noon it was open.” Trucks came in.",
        [("direct", "The shelling stopped at dawn,"), ("direct", "By noon it was open.")],
    ),
    (
        "a speaker of its own",
        "“The shelling stopped at dawn,” Ruiz said.\n\n“By noon it was open,” Safi said.",
        [("direct", "The shelling stopped at dawn,"), ("direct", "By noon it was open,")],
    ),
    (
        "introduced before",
        "Ruiz said: “The shelling stopped at dawn.”\n\n“By noon the market was open again.”",
        [
            ("direct", "The shelling stopped at dawn."),
            ("direct", "By noon the market was open again."),
        ],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), JOINED)
def test_interrupted_quote_is_one(case, text, expected):
    assert _speech(text) == expected


# (case, text, quote text, mention, speaker): a pronoun after the quote stands for the name
# that introduces the quote in the same sentence, not for the last speaker
PRONOUN_IN_SENTENCE = [
    (
        "name and cue before, pronoun after",
        "“We will rebuild,” Safi said. Asked about Ruiz, Lina Haddad said “I have not met "
        "her, and I will not,” she said.",
        "I have not met her, and I will not,",
        "she",
        "Lina Haddad",
    ),
    # negative row: without a name in its sentence the last speaker stands
    (
        "no name in the sentence",
        "“We will rebuild,” Lina Haddad said. “Not this year,” she said.",
        "Not this year,",
        "she",
        "Lina Haddad",
    ),
]


@pytest.mark.parametrize(("case", "text", "qtext", "mention", "speaker"), PRONOUN_IN_SENTENCE)
def test_pronoun_named_in_its_sentence(case, text, qtext, mention, speaker):
    (q,) = [q for q in extract_quotes(text) if q.text == qtext]
    assert (q.attribution.mention, q.attribution.speaker) == (mention, speaker)


# (text, the quoted words of its one quote): runs joined, the attribution left out
INTERRUPTED_WORDS = [
    (
        "“We will hold the bridge,” former councilman Omar Haddad said. “The river is ours.”",
        "We will hold the bridge, The river is ours.",
    ),
    (
        "“The shelling stopped at dawn,” Ruiz said.\n\n“By noon the market was open again.”",
        "The shelling stopped at dawn, By noon the market was open again.",
    ),
    (
        "“We have no fuel left,” the mayor said on “Morning Report.” “None at all.”",
        "We have no fuel left, None at all.",
    ),
    # one run: words are the text
    ("Ruiz said: “The shelling stopped at dawn.”", "The shelling stopped at dawn."),
]


@pytest.mark.parametrize(("text", "words"), INTERRUPTED_WORDS)
def test_interrupted_quote_parts_hold_the_quoted_words(text, words):
    (q,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert q.words == words
    assert " ".join(text[a:b] for a, b in q.spans) == words
    assert len(q.parts) == (0 if q.text == words else words.count(", ") + 1)


# (case, text, quote, speaker or None): a name owned by another noun is not the speaker;
# a heading before a colon is not a person
SPEAKER_NOT_THE_NAME = [
    (
        "widow of a named commander, after the cue",
        "“We will fight for every street,” said the widow of slain commander Ahmed Khalil.",
        "We will fight for every street,",
        "the widow",  # the description after an inverted cue ends at its person noun
    ),
    (
        "widow of a named commander, before the cue",
        "“We will fight for every street,” the widow of slain commander Ahmed Khalil said.",
        "We will fight for every street,",
        "the widow of slain commander Ahmed Khalil",
    ),
    (
        "spokesman for a president",
        "“No talks are planned for this week,” the spokesman for President Ivan Dorn said.",
        "No talks are planned for this week,",
        "the spokesman for President Ivan Dorn",
    ),
    (
        "a title phrase is one title",
        "“No talks are planned for this week,” said Secretary of State Ana Ruiz.",
        "No talks are planned for this week,",
        "Ana Ruiz",
    ),
    (
        "a role and a name after the cue",
        "“No talks are planned for this week,” said ministry spokesman Ivan Dorn.",
        "No talks are planned for this week,",
        "Ivan Dorn",
    ),
    (
        "a heading with a colon",
        "Key Takeaways: “We are running out of shells and fuel.”",
        "We are running out of shells and fuel.",
        None,
    ),
    (
        "a place heading with a colon",
        "Update from Kharkiv Region: “We are running out of shells and fuel.”",
        "We are running out of shells and fuel.",
        None,
    ),
    (
        "a role word before the name and colon",
        "Military analyst Omar Haddad: “The front will not move before spring.”",
        "The front will not move before spring.",
        "Omar Haddad",
    ),
    (
        "a name and colon, named again later",
        "Omar Haddad: “The front will not move before spring.”\n\nHaddad served for years.",
        "The front will not move before spring.",
        "Omar Haddad",
    ),
]


@pytest.mark.parametrize(("case", "text", "qtext", "speaker"), SPEAKER_NOT_THE_NAME)
def test_speaker_is_not_a_name_owned_by_another_noun(case, text, qtext, speaker):
    (q,) = [q for q in extract_quotes(text) if q.text == qtext]
    assert (q.attribution.speaker if q.attribution else None) == speaker


def test_an_indirect_clause_does_not_cut_a_pair_of_marks():
    # the clause after "said" would end at the full stop inside the marks; it runs on to
    # the closing mark instead, so the span holds both marks of the pair
    text = "Smith said the plan was “Dead.” Nobody answered."
    indirect = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["the plan was “Dead.”"]
    assert indirect[0].attribution is not None
    assert indirect[0].attribution.mention == "Smith"


def test_a_short_term_after_a_participle_is_no_quote():
    text = (
        "Reporters pressed the minister at the briefing, asking whether the “special "
        "military operation” had failed in the east."
    )
    assert extract_quotes(text) == []


def test_a_joined_quote_opening_a_new_clause_is_a_term():
    text = (
        "The mayor spoke to residents, telling them, “Stay in the shelters tonight,” and "
        "“air raid” alerts sounded until dawn."
    )
    assert [q.text for q in extract_quotes(text)] == ["Stay in the shelters tonight,"]
