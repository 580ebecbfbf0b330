"""Speaker mentions and their resolution within one document.

A *mention* is the speaker as written next to a quote ("Safi", "he", "the minister",
"The U.S. Defence Department"). Resolution turns it into the fullest name the document
gives: a surname into the full name introduced earlier, a pronoun into the last named
person who spoke, titles stripped; organisations stay organisations.

>>> strip_title("Russian President Vladimir Putin")
('Vladimir Putin', 'Russian President')
>>> strip_title("Sen. John McCain")
('John McCain', 'Sen.')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from .cues import INVERTED_CUES, backwards, trie_pattern, word_alternation
from .names import given_name_gender

__all__ = [
    "MENTION_ALT",
    "NAME_SEQ",
    "PRONOUNS",
    "SpeakerIndex",
    "is_pronoun",
    "strip_title",
]

TITLE_WORDS: frozenset[str] = frozenset(
    w.lower()
    for w in [
        "President",
        "Vice",
        "Prime",
        "Minister",
        "Secretary",
        "Sen.",
        "Senator",
        "Rep.",
        "Rep",
        "Representative",
        "Gov.",
        "Governor",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Miss",
        "Dr.",
        # without the full stop, as British, Irish, African and South Asian outlets
        # write them ("Mr Healey", "Dr Esther Kahindo")
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        # Burmese honorifics ("Daw Aung San Suu Kyi", "U Kyaw Zaw")
        "Daw",
        "U",
        "Gen.",
        "General",
        "Lt.",
        "Col.",
        "Colonel",
        "Adm.",
        "Admiral",
        "Maj.",
        "Major",
        "Capt.",
        "Captain",
        "Sgt.",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Commissioner",
        "Judge",
        "Justice",
        "Mayor",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Sheikh",
        "Ayatollah",
        "Pope",
        "Ambassador",
        "Chancellor",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Director",
        "Chief",
        "Speaker",
        "Leader",
        "Attorney",
        "Nominee",
        "Candidate",
        "Pastor",
        "Rev.",
        "Professor",
        "Prof.",
        "Sir",
        "Lord",
        "Lady",
        "Dame",
        "Emir",
        "Sultan",
        "Envoy",
        "Commander",
        "Councilman",
        "Councilwoman",
        "Assemblyman",
        "Assemblywoman",
        "Alderman",
        "Superintendent",
        "Whip",
        "Lawmaker",
        "Legislator",
        # parliamentary titles, written as acronyms ("Labour MP Jess Phillips")
        "MP",
        "MEP",
        "MK",
        "Congressman",
        "Congresswoman",
        "Sens.",
        "Reps.",
        "Gens.",
        "Minister-President",
        "Premier",
        "Dictator",
        "CEO",
        "Founder",
        "Editor",
        "Correspondent",
        "Mufti",
        "Imam",
        "Sheriff",
        "Recorder",
        "Advocate",
        "Treasurer",
        "Secretary-Treasurer",
        "Deputy",
        # occupations written as titles before a name ("Actress Rosario Dawson")
        "Actor",
        "Actress",
        "Singer",
        "Rapper",
        "Comedian",
        "Author",
        "Novelist",
        "Filmmaker",
        "Journalist",
        "Reporter",
        "Anchor",
        "Host",
        "Columnist",
        "Commentator",
        "Economist",
        "Historian",
        "Analyst",
        "Activist",
        "Blogger",
        "Rabbi",
        "Cleric",
        "Bishop",
        "Archbishop",
        "Cardinal",
        "Patriarch",
        # military ranks, as war reporting writes them
        "Brig.",
        "Brigadier",
        "Lieutenant",
        "Sergeant",
        "Cpl.",
        "Corporal",
        "Pvt.",
        "Cmdr.",
        "Marshal",
        "Field",
    ]
)
"""Words that are titles, not names: stripped from the left of a name into the role."""

_TITLE_PREFIXES = ("then-", "ex-", "former-", "acting-", "deputy-")

INSTITUTION_NOUNS: tuple[str, ...] = (
    *("junta", "militia", "militias", "embassy", "consulate", "presidency", "mission"),
    *("brigade", "battalion", "regiment", "corps", "faction", "movement", "observatory"),
    *("watchdog", "bloc", "service", "services", "intelligence", "broadcaster"),
)
"""Institutions of wars and states that speak in reports ("the junta said", "the UN
nuclear watchdog said", "Ukraine’s security service said"): speakers as descriptions,
and organisations, so never the person a "he" or "she" stands for."""
ORG_WORDS: frozenset[str] = frozenset([*INSTITUTION_NOUNS]) | frozenset(
    w.lower()
    for w in [
        "Department",
        "Ministry",
        "Council",
        "Coalition",
        "Army",
        "Party",
        "Times",
        "News",
        "Post",
        "Journal",
        "Press",
        "Media",
        "Agency",
        "Office",
        "Committee",
        "Commission",
        "Institute",
        "University",
        "Center",
        "Centre",
        "Campaign",
        "Administration",
        "Government",
        "Kremlin",
        "Pentagon",
        "House",
        "Senate",
        "Congress",
        "Foundation",
        "Association",
        "Organization",
        "Organisation",
        "Group",
        "Network",
        "Company",
        "Corp.",
        "Inc.",
        "Bank",
        "Court",
        "Police",
        "Forces",
        "Force",
        "Guard",
        "Guards",
        "Brigade",
        "Brigades",
        "Front",
        "Movement",
        "Union",
        "Nations",
        "Service",
        "Services",
        "Bureau",
        "Tribune",
        "Herald",
        "Telegraph",
        "Guardian",
        "Watch",  # "Human Rights Watch", "Airwars"-like monitors
        "International",  # "Amnesty International"
        "Crescent",
        "Authority",
        "Assembly",
        "Parliament",
        "Cabinet",
        "Command",
        "Directorate",
        "Alliance",
        "Federation",
        "Fund",
        "Programme",
        "Division",
        "Navy",
        "Project",  # "the Armed Conflict Location and Event Data Project"
        "Initiative",
        "Forum",
        "Tribunal",
        "Society",
        "Reuters",
        "AP",
        "AFP",
        "CNN",
        "BBC",
        "Fox",
        "MSNBC",
        "NBC",
        "CBS",
        "ABC",
        "Twitter",
        "Facebook",
        "Poll",
        "Survey",
        "State",
        "States",
    ]
)
"""Words that mark a capitalised run as an organisation rather than a person."""
_PLACE_EVENT_TEXT = (
    "day eve street avenue square road highway bridge airport station port hospital province "
    "region oblast district county city island islands peninsula sea river valley mountains "
    "palace hotel stadium summit conference convention war offensive"
)
PLACE_EVENT_WORDS: frozenset[str] = frozenset(_PLACE_EVENT_TEXT.split())
"""Last words that mark a capitalised run as a place or an event ("Election Day", "Maidan
Square", "Donetsk Oblast", "Munich Security Conference"): see :func:`is_place_or_event`."""

_PLACE_FIRST_TEXT = (
    "new north south east west northern southern eastern western central upper lower "
    "greater los las san santa são saint st. fort port mount lake gulf"
)
PLACE_FIRST_WORDS: frozenset[str] = frozenset(_PLACE_FIRST_TEXT.split())
"""First words that mark a capitalised run as a place ("New Hampshire", "South Carolina",
"Los Angeles", "Northern Ireland"): none of them is a given name."""

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "it"})

_PARTICLE = r"(?:al|el|bin|ibn|abu|abd|de|del|della|van|von|der|den|da|di|du|la|le|ul)"
_CAP_FUNCTION_WORDS: tuple[str, ...] = tuple(
    (
        r"The|A|An|This|That|These|Those|In|On|At|By|To|Of|Off|Up|But|And|Or|Nor|If|When|"
        r"While|As|For|It|He|She|They|We|I|You|His|Her|Their|Its|Our|My|Your|So|Yet|After|"
        r"Before|Then|Now|There|Here|What|Who|Why|How|Where|Which|Not|No|Yes|With|From|Into|"
        r"Over|Under|Against|About|Despite|During|Since|Until|Because|Although|Though|Also|"
        r"Still|Even|Just|Only|Some|Many|Most|All|Both|Each|Every|Any|Such|Meanwhile|However|"
        r"Instead|Indeed|Here|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|"
        r"Friday|Saturday|Sunday|Asked|According|Later|Earlier|Afterward|Afterwards|"
        + "|".join(INVERTED_CUES)
        + r"|Outside|Inside|Alongside|Amid|Among|Across|Around|Behind|Beyond|Near|Through|"
        r"Throughout|Within|Without|Upon|Unlike|Following|Toward|Towards|Beside|Besides|Like|"
        r"Regarding|Concerning|"
        # a question's auxiliary ("Don’t Republicans run the risk …?")
        r"Don’t|Don't|Doesn’t|Doesn't|Didn’t|Didn't|Isn’t|Isn't|Aren’t|Aren't|Won’t|Won't|"
        r"Can’t|Can't|Wasn’t|Wasn't|Weren’t|Weren't|"
        # numbers and spans of time open a sentence ("Eight years ago, he said", "Minutes
        # later, she wrote") but never a speaker's name
        r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Dozens|"
        r"Hundreds|Thousands|Millions|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Moments|"
        r"Decades|Another|Others|Several|Everyone|Someone|Somebody|Nobody|Anyone|One|Last|Next|"
        # questions open with an auxiliary ("Does Iowa really want …?"); not "Do", "Will",
        # "Can" or "May", which are also names
        r"Does|Did|Is|Are|Was|Were|Has|Have|Had|Should|Would|Could|"
        # participles that open a sentence ("Having announced that …, Judge Berman …")
        r"Having|Being|Speaking|Addressing|Responding|Referring|Commenting|Reacting"
    ).split("|")
)
"""Capitalised words that open sentences but never a name."""
_CAP_FUNCTION = f"(?:{trie_pattern(_CAP_FUNCTION_WORDS)})"
"""The same as a pattern, prefix-factored: it is tried before every name token."""
_ABBREV_TITLE = (
    r"(?:Sens?|Reps?|Gov|Gens?|Dr|Mr|Mrs|Ms|Lt|Col|St|Mt|Ft|Jr|Sr|Adm|Capt|Sgt|Maj|Prof"
    r"|Rev|Gen|Brig|Cpl|Pvt|Cmdr)\."
)
_NAME_TOKEN = (
    rf"(?!{_CAP_FUNCTION}\b)"
    rf"(?:{_PARTICLE}[-\s]){{0,2}}(?:{_ABBREV_TITLE}|\p{{Lu}}(?:\.\p{{Lu}})*\.(?!\p{{L}})"
    rf"|\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*)"
    r"(?<![’'])"
)
NAME_SEQ = rf"{_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN}){{0,5}}"
"""One to six capitalised tokens (particles such as al- and von allowed)."""

ROLE_NOUNS: tuple[str, ...] = tuple(
    [
        "minister",
        "ministers",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "source",
        "sources",
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "lawmaker",
        "lawmakers",
        "senator",
        "president",
        "campaign",
        "statement",
        "report",
        "department",
        "ministry",
        "government",
        "agency",
        "police",
        "military",
        "army",
        "group",
        "groups",
        "organization",
        "diplomat",
        "diplomats",
        "commander",
        "commanders",
        "officer",
        "officers",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "activist",
        "activists",
        "candidate",
        "nominee",
        "leader",
        "leaders",
        "media",
        "press",
        "newspaper",
        "paper",
        "website",
        "poll",
        "survey",
        "study",
        "lawyer",
        "lawyers",
        "attorney",
        "authorities",
        "administration",
        "secretary",
        "general",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "director",
        "representative",
        "representatives",
        "spokespeople",
        "people",
        "doctors",
        "doctor",
        "researchers",
        "researcher",
        "scientist",
        "scientists",
        "observers",
        "monitor",
        "critics",
        "critic",
        "supporters",
        "opponents",
        "insiders",
        "operative",
        "operatives",
        "strategist",
        "strategists",
        "staffer",
        "staffers",
        "economist",
        "economists",
        "author",
        "authors",
        "historian",
        "reporter",
        "reporters",
        "investigators",
        "investigator",
        "prosecutors",
        "prosecutor",
        "judge",
        "court",
        "company",
        "firm",
        "network",
        "outlet",
        "channel",
        "agencies",
        "ministries",
        "governments",
        "coalition",
        "alliance",
        "regime",
        "rebels",
        "militants",
        "opposition",
        "forces",
        "troops",
        "protesters",
        "kremlin",
        "demonstrators",
        "marchers",
        # military bodies that report ("the air force said", "the navy said")
        "force",
        "navy",
        "guard",
        "mourners",
        "onlookers",
        "spectators",
        "committee",
        "council",
        "commission",
        "office",
        "party",
        "spokesperson",
        # people and the things that speak for them in reporting ("one employee told …",
        # "the crowd chanted", "the email said")
        "employee",
        "employees",
        "worker",
        "workers",
        "commenter",
        "commenters",
        "user",
        "users",
        "person",
        "voter",
        "voters",
        "member",
        "members",
        "delegate",
        "delegates",
        "attendee",
        "attendees",
        "pollster",
        "pollsters",
        "consultant",
        "consultants",
        "executive",
        "executives",
        "student",
        "students",
        "soldier",
        "soldiers",
        "fighter",
        "fighters",
        "civilian",
        "civilians",
        "refugee",
        "refugees",
        "survivor",
        "survivors",
        "friend",
        "friends",
        "wife",
        "husband",
        "mother",
        "father",
        "crowd",
        "audience",
        "announcer",
        "host",
        "anchor",
        "email",
        "memo",
        "letter",
        "editorial",
        "tweet",
        "ad",
        # ordinary people, as war and protest reporting describes them ("a man yelled",
        # "another child answered", "one villager told …")
        "man",
        "men",
        "woman",
        "women",
        "child",
        "children",
        "boy",
        "girl",
        "son",
        "daughter",
        "brother",
        "sister",
        "parent",
        "parents",
        "relative",
        "relatives",
        "neighbor",
        "neighbors",
        "neighbour",
        "neighbours",
        "villager",
        "villagers",
        "farmer",
        "farmers",
        "veteran",
        "veterans",
        "volunteer",
        "volunteers",
        "nurse",
        "nurses",
        "medic",
        "medics",
        "teacher",
        "teachers",
        "journalist",
        "journalists",
        "correspondent",
        "editor",
        "heckler",
        "protester",
        "demonstrator",
        "envoy",
        "ambassador",
        "negotiator",
        "negotiators",
        "inspector",
        "inspectors",
        "head",
        "chief",
        "manager",
        "managers",
        # the actors of wars, as reports name them (their institutions: ORG_WORDS)
        *("rebel", "militant", "insurgent", "insurgents", "jihadist", "jihadists"),
        *("separatist", "separatists", "guerrilla", "guerrillas", "paramilitaries", "elder"),
        *("elders", "mediator", "mediators", "peacekeeper", "peacekeepers", "paramedic"),
        *("paramedics", "rescuer", "rescuers", "hostage", "hostages", "detainee"),
        *("detainees", "prisoner", "prisoners", "pilot", "pilots", "generals", "monitors"),
        *("envoys", "deputy", "deputies", "legislator", "legislators", "commissioner"),
        *("commissioners", "rapporteur", "rapporteurs", "coordinator", "coordinators"),
        # the civilians of war reporting, by trade and kin
        *("surgeon", "surgeons", "pharmacist", "pharmacists", "schoolteacher"),
        *("schoolteachers", "engineer", "engineers", "driver", "drivers", "shopkeeper"),
        *("shopkeepers", "widow", "widows", "fisherman", "fishermen", "photographer"),
        *("photographers", "priest", "priests", "imam", "imams", "cleric", "clerics"),
        *("trader", "traders", "merchant", "merchants", "grandmother", "grandfather"),
        *INSTITUTION_NOUNS,
    ]
)

_DET = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Oo]ne|[Tt]wo|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal"
    r"|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
    # a count: "about 50 protesters", "more than 200 residents", "hundreds of soldiers"
    r"|(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Aa]round|[Rr]oughly|[Oo]ver|[Aa]t[^\S\n]+least"
    r"|[Mm]ore[^\S\n]+than|[Uu]p[^\S\n]+to)[^\S\n]+"
    r"|(?<![\p{L}\p{N}][^\S\n]))(?!(?:1[89]|20)\d\d\b)\d[\d,]{0,9}"
    r"|(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores)[^\S\n]+of(?:[^\S\n]+the)?)"
)
_FILLER = (
    r"(?!(?i:that|which|who|and|or|but|yet|however|meanwhile|said|says|the|a|an|of|to|in|on|for|with|at|by|from"
    r"|after|before|during|as|into|over|under|about|against|without|despite|since|until"
    r"|among|amid|like|if|when|while|what|whom|whose|where|how|why"
    # a possessive inside a description starts another noun phrase ("The minister shook
    # his head and said"): "his" leads a description only as its determiner
    r"|his|her|their|its|my|our|your)\b)"
    rf"(?:{_ABBREV_TITLE}|(?:\p{{L}}\.){{2,}}|\p{{L}}[\p{{L}}\-’']*(?:\.\p{{L}}[\p{{L}}\-’']*)*)"
)
"""A word before a described speaker's noun; a full stop only inside it, after single
letters ("U.S.") or ending a title ("Mr. Rubio's advisers"), so a sentence's end ("Olena
asked. Her husband") is never crossed."""
ROLE_ALT = word_alternation(ROLE_NOUNS)
"""The role nouns as an alternation, prefix-factored: the longest that fits is taken, as
from an alternation listed longest first, with fewer comparisons."""
OF_TITLE_HEADS: frozenset[str] = frozenset(
    [
        "head",
        "chief",
        "master",
        "director",
        "commander",
        "mayor",
        "governor",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "leader",
        "member",
        "founder",
        "editor",
        "ambassador",
        "envoy",
        "speaker",
        "deputy",
        "advisor",
        "adviser",
        "coordinator",
        "representative",
        # not "king", "queen", "prince": surnames too ("Rep. Peter King of New York")
        "emir",
        "sultan",
        "archbishop",
        "patriarch",
        "chancellor",
        "commissioner",
        "secretary-general",
        "director-general",
        "commander-in-chief",
    ]
)
"""The singular heads of a title phrase with "of" before a name ("head of the regional
administration Oleh Syniehubov"); a plural ("supporters of Imran Khan") makes the name
another person's."""
_OF_HEAD_CAP = word_alternation(
    sorted(
        "-".join(p if p == "in" else p.capitalize() for p in w.split("-"))  # Commander-in-Chief
        for w in OF_TITLE_HEADS
    )
)
_TITLED_OF_PREFIX = (
    r"(?:(?:\p{Lu}[\p{L}\p{M}.’'\-]*[^\S\n]+){0,3}"  # "US", "UN", "Ukraine’s", "Deputy"
    rf"(?:{_OF_HEAD_CAP})[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?)?"
)
"""A capitalised title phrase before the object and the name that end it: "Secretary of"
of "Secretary of State John F. Kerry", "Minister of" of "Minister of Defence Ben Wallace"
(:func:`strip_title` splits the whole)."""

ORG_CONNECTORS: tuple[str, ...] = ("of", "for", "to", "on")
"""Lower-case words that join the parts of an organisation's name after a word of
:data:`ORG_WORDS` ("Ministry of Defence", "Office for the Coordination of Humanitarian
Affairs", "Committee to Protect Journalists", "Council on Foreign Relations"); not "in" or
"and", which as often end the name ("the Council in Brussels", "the Ministry and Ivan
Petrov")."""
ORG_CAP_CONNECTORS: tuple[str, ...] = ("Without", "Against")
"""Capitalised words that join the parts of a name, which only an organisation's (or a
work's) has: "Doctors Without Borders", "Mothers Against Drunk Driving"."""
_NOT_IN_ORG_NAME = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday"
    "|The|A|An|And|But|Or|He|She|They|It|We|I"
)
_ORG_HEAD_CAP = word_alternation(sorted(w.capitalize() for w in ORG_WORDS if w.isalpha()))
_ORG_HEAD_BEHIND = backwards(_ORG_HEAD_CAP)
"""The same for a look-behind, which is matched backwards."""
_ORG_WORD = rf"(?!(?:{_NOT_IN_ORG_NAME})\b)\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*(?<![’'])"
_ORG_PART = rf"(?:[^\S\n]+the)?(?:[^\S\n]+{_ORG_WORD}){{1,4}}"
ORG_TAIL = (
    rf"(?:(?=[^\S\n]+(?:{'|'.join(ORG_CONNECTORS + ORG_CAP_CONNECTORS)})[^\S\n])"
    rf"(?:(?<=\b(?:{_ORG_HEAD_BEHIND}))[^\S\n]+(?:{'|'.join(ORG_CONNECTORS)})"
    rf"|[^\S\n]+(?:{'|'.join(ORG_CAP_CONNECTORS)})){_ORG_PART}"
    rf"(?:[^\S\n]+(?:of|for){_ORG_PART}){{0,2}})"
)
"""The rest of an organisation's name after its first capitalised words: a connector and
more capitalised words, up to three times ("… for the Coordination of Humanitarian
Affairs"). The first connector follows a word of :data:`ORG_WORDS` (or is a capitalised
one); the later ones are "of" and "for" ("the Office of the President on Bankova Street"
ends before "on"). A month, a weekday or a word that opens a sentence never starts or continues a
part ("the Ministry on Monday", "the Ministry on March 3"). Other capitalised words are
part of the name ("the Movement for Justice Across Darfur"), and the words are plain
capitalised words, which keeps the patterns that hold this small."""
_ORG_OF_FILLER = (
    rf"(?:(?=[^\S\n]+(?:of|for)[^\S\n])(?<=\b(?:{_ORG_HEAD_BEHIND}))"
    rf"[^\S\n]+(?:of|for)(?:[^\S\n]+the)?[^\S\n]+{_ORG_WORD}(?:[^\S\n]+{_ORG_WORD})?)?"
)
"""An organisation's name with "of" or "for" inside a description ("A Ministry of Defence
spokesperson", "an Office for Budget Responsibility economist"). The look-ahead asks for
the "of" or "for" the rest needs before the look-behind reads the word backwards: this is
tried after every word of a description, and at every letter the engine gives back."""
_ROLE_HYPHEN_END = r"(?:-(?:general|in-chief|elect|designate))?"
"""A hyphenated end of a role ("commissioner-general", "commander-in-chief")."""
DESCRIPTIVE = (
    rf"(?:{_DET}[^\S\n]+)?(?:{_FILLER}{_ORG_OF_FILLER}[^\S\n]+){{0,4}}(?:{ROLE_ALT})"
    rf"{_ROLE_HYPHEN_END}\b(?!-)"
)
"""A described speaker: "the minister", "state media", "Opposition sources"."""
DESCRIPTIVE_SHORTEST = (
    rf"(?:{_DET}[^\S\n]+)?(?:{_FILLER}{_ORG_OF_FILLER}[^\S\n]+){{0,4}}?(?:{ROLE_ALT})"
    rf"{_ROLE_HYPHEN_END}\b(?!-)(?:[^\S\n]+(?:{ROLE_ALT}){_ROLE_HYPHEN_END}\b(?!-))*"
)
"""The same, ending at the first run of person nouns ("The UN envoy" of "The UN envoy met
Hamas officials", "Clinton’s campaign manager")."""

_ORG_LINK_WORDS = frozenset({*ORG_CONNECTORS, "the", *ORG_CAP_CONNECTORS})


def org_person_start(mention: str) -> int:
    """Where a person's name starts in a mention that runs an organisation's name into it
    ("the Council of Foreign Affairs Leslie Gelb", "Bank of England Andrew Bailey"); 0
    when there is none. After the organisation's last connector, the name is the last two
    words (with a middle initial or lower-case particles before the surname, more) when
    at least one word of the organisation's name is left before it, and either two words
    are left or the name's first word is a listed given name; so "the Office for the
    Coordination of Humanitarian Affairs" and "the Organization of the Petroleum
    Exporting Countries" stay whole."""
    tokens = mention.split()
    last = max((i for i, t in enumerate(tokens) if t in _ORG_LINK_WORDS), default=-1)
    if last < 1:
        return 0
    head = [t for t in tokens[:last] if t not in ("the", "The")]
    tail = tokens[last + 1 :]
    if not head or not tail[:1] or not tail[0][:1].isupper() or not is_organisation(" ".join(head)):
        return 0  # "the widow of slain commander Ahmed Khalil": no organisation's name
    k = len(tail) - 2
    while k >= 1 and (tail[k].islower() or _INITIALS_RE.match(tail[k])):
        k -= 1  # "… Jeffrey M. Jones", "… Ursula von der Leyen"
    if k < 1 or (k < 2 and given_name_gender(tail[k]) is None):
        return 0
    return len(" ".join(tokens[: last + 1 + k])) + 1


PRONOUN_ALT = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
QUANTIFIERS: frozenset[str] = frozenset(["Some", "Others", "Many", "Several", "Most", "Both"])
"""Capitalised quantifiers that stand for people as a mention ("Some chanted “…”"); never a
person's name."""

MENTION_ALT = (
    rf"(?:(?P<pron>{PRONOUN_ALT})\b"
    rf"|(?P<name>{_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN}){{1,3}})"
    rf"(?<!\b(?:{backwards(_OF_HEAD_CAP)}))(?<!\b(?:{_ORG_HEAD_BEHIND}))"
    rf"[^\S\n]+(?:of|from|at)[^\S\n]+(?:the[^\S\n]+)?{NAME_SEQ}{ORG_TAIL}?"
    rf"|(?P<name3>{_TITLED_OF_PREFIX}(?:[Tt]he[^\S\n]+)?{NAME_SEQ}{ORG_TAIL}?)"
    rf"|(?P<desc>{DESCRIPTIVE})"
    rf"|(?P<desc>{word_alternation(sorted(QUANTIFIERS | {'others'}))}(?![\p{{L}}\-’'])))"
)
"""A speaker mention: a pronoun, a (possibly "the"-led) capitalised name, or a description,
or a quantifier that stands for people ("Some chanted “…”", "and others shouted").
Groups: ``pron``, ``name`` (a person "of" an organisation), ``name3``, ``desc``."""

_CAP_RUN_RE = regex.compile(
    r"(?<![\p{L}\-’'])\p{Lu}[\p{L}\p{M}’'.\-]*"
    rf"(?:[^\S\n]+(?:{_PARTICLE}[-\s]){{0,2}}\p{{Lu}}[\p{{L}}\p{{M}}’'.\-]*){{1,5}}"
)
"""Runs of two or more capitalised words; :func:`_split_run` cuts them into names."""
_CAP_PAIR_END_RE = regex.compile(
    r"(?r)\p{Lu}[\p{L}\p{M}’'.\-]*"
    rf"[^\S\n]+(?:{_PARTICLE}[-\s]){{0,2}}\p{{Lu}}[\p{{L}}\p{{M}}’'.\-]*\Z"
)
"""The last two words of a run of :data:`_CAP_RUN_RE` ending where it is matched: a run can
end there only if they are there (read backwards from that end, one attempt)."""
_SPLIT_TOKENS_RE = regex.compile(r"[^\S\n]+")
_ROLE_BEFORE_RE = regex.compile(
    r"(?r)(?:^|[\s(])(?:[Tt]he|[Aa]n?)\s+(?P<role>\p{Ll}[^,.;:“”\"()—–]{2,80}?)\s*$"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_THING_NOUNS: frozenset[str] = _words(
    "statement report poll survey study email memo letter editorial tweet ad website "
    "newspaper paper press media network outlet channel"
)
"""Things that speak in reporting ("the statement said", "a tweet from the ministry")."""
_NOT_PERSON_NOUNS = SPEECH_THING_NOUNS | _words("campaign head")
"""Mentions that are never a role: speaking things. ("head" is a role only before "of",
see _ROLE_NOUN_RE.)"""
_PERSON_ROLE_ALT = trie_pattern([w for w in ROLE_NOUNS if w not in _NOT_PERSON_NOUNS])
_ROLE_NOUN_RE = regex.compile(
    rf"\b(?:{_PERSON_ROLE_ALT}|chairman|founder|head(?=[^\S\n]+of\b)|member|chief|professor|scholar|fellow|treasurer"
    r"|manager|columnist|writer|commentator|pastor|priest|cleric|imam|rabbi|bishop|coordinator"
    r"|organizer|organiser|advocate|counsel|chair|deputy|specialist|lecturer|administrator)\b"
)
_ROLE_PREP_RE = regex.compile(
    r"\b(?:of|for|at|by|from|to|with|in|on|against|about|than|over|without|like|after|before"
    r"|during|since|until|as|because)\b"
)
KIN_ALT = (
    r"(?:son|daughter|brother|sister|wife|husband|widow|mother|father|parent|cousin|niece"
    r"|nephew|uncle|aunt|grandson|granddaughter|friend|relative)"
)
"""Nouns that relate one person to another ("the widow of …")."""
KIN_OF_RE = regex.compile(rf"\b{KIN_ALT}[^\S\n]+of\b")
"""A kinship before "of" ("the widow of …"): what follows names another person."""


def _role_headed(role: str) -> bool:
    """Whether a phrase describes a person by its head: a role noun before any preposition
    ("the 30-year-old daughter of …", "spokesman for the coalition"), not a phrase that
    only mentions one further on ("a new book by political journalist …", "a woman more
    qualified than …" keeps "woman" as its head, the check on the end rejects it)."""
    if _CLAUSE_IN_ROLE_RE.search(role, 0, _clause_free_end(role)):
        return False  # "a soldier was still in surgery when", "the army said"
    head = _ONE_OF_RE.match(role) or _LEAD_ARTICLE_RE.match(role)
    at = head.end() if head else 0  # "one of Clinton's most vocal supporters"
    prep = _ROLE_PREP_RE.search(role, at)
    noun = _ROLE_NOUN_RE.search(role, at)
    if noun is None or (prep is not None and prep.start() < noun.start()):
        return False
    return not _DETERMINER_RE.search(role, at, noun.start())  # "the day the soldiers came"


_LEAD_ARTICLE_RE = regex.compile(r"(?:the|a|an|his|her|their|its|our)[^\S\n]+")
_RELATIVE_RE = regex.compile(r"\b(?:who|whom|whose|which|that)\b")


def _clause_free_end(role: str) -> int:
    """Where a relative clause starts in a role ("an economist who is the director of
    …"): its verbs belong to the clause, not to the role's head."""
    rel = _RELATIVE_RE.search(role)
    return rel.start() if rel else len(role)


_DETERMINER_RE = regex.compile(r"\b(?:the|a|an|his|her|their|its|this|that|these|those)\b")
_CLAUSE_IN_ROLE_RE = regex.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|said|says|told|when|while|until|whereas"
    r"|asked|asks|urged|pressed|questioned|interviewed|thanked)\b"
)
"""Words that make a phrase before a name a clause, not a role ("the reporter asked Tom
Barrack", "the army said")."""


_NOT_ROLE_START_RE = regex.compile(
    r"(?:and|or|but|also|then|still|just|not|will|would|could|should|can|may|might|must|has"
    r"|have|had|is|was|are|were|does|did|said|says|who|which|that|as|while|when|where|after"
    r"|before|until|since|because|if|though|although|hours|days|minutes|weeks|months|years"
    r"|\p{Ll}+ed|\p{Ll}+ing[^\S\n]+(?:the|a|an|his|her|their|its|my|our|him|them|it)"
    r")\b"
)
"""Words that open a clause after a name, not an appositive: "…, also praised the
president", "…, will air an ad", "…, angered that party leaders …", "…, clutching her
son", "…, as her children played" (but "…, founding director of …" is a role; a
description with a past participle takes an article: "a seasoned operative"). Checked on
appositives only: before a name the article is outside the phrase ("the retired general
Ben Hodges")."""


_ONE_OF_RE = regex.compile(
    r"(?:one|some|many|several|two|three|a[^\S\n]+few)[^\S\n]+of[^\S\n]+"
    r"(?:(?:the|his|her|their|its)[^\S\n]+)?"
)


_FUNCTION_WORDS: frozenset[str] = frozenset(_CAP_FUNCTION_WORDS)
_TOKEN_RE = regex.compile(r"\S+")
_ABBREV_TITLES: frozenset[str] = frozenset(
    t + "." for t in _ABBREV_TITLE[3:-3].replace("s?", "").split("|")
) | frozenset({"Sens.", "Reps.", "Gens."})


def _split_run(run: str, offset: int) -> list[tuple[int, int]]:
    """Split a run of capitalised words into name candidates: at function words ("And",
    "The"), after a word ending a sentence, after a possessive."""
    out: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    for m in _TOKEN_RE.finditer(run):
        tok, a, b = m.group(), offset + m.start(), offset + m.end()
        if tok in _FUNCTION_WORDS:
            if cur:
                out.append((cur[0][0], cur[-1][1]))
            cur = []
            continue
        stop = False
        if tok.endswith((".", ",")) and tok not in _ABBREV_TITLES and not _INITIALS_RE.match(tok):
            b -= 1
            stop = True
        elif tok.endswith(("’s", "'s")):
            b -= 2
            stop = True
        elif tok.endswith(("’", "'")):
            b -= 1
            stop = True
        cur.append((a, b))
        if stop:
            out.append((cur[0][0], cur[-1][1]))
            cur = []
    if cur:
        out.append((cur[0][0], cur[-1][1]))
    return out


_INITIALS_RE = regex.compile(r"^(?:\p{Lu}\.)+$")


def is_pronoun(mention: str) -> bool:
    """Whether ``mention`` is a personal pronoun."""
    return mention.strip().lower() in PRONOUNS


HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "daw", "u"}
)
"""Titles that say only how to address a person: a role or an appositive, when the
document gives one, says more ("Dr. Esther Kahindo, an MSF coordinator")."""


ADDRESS_ONLY: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "daw", "u"})
"""Honorifics that say nothing of what a person does ("Mr", "Daw"): never a role on their
own, unlike "Dr" and "Prof"."""


def is_address_only(title: str | None) -> bool:
    """Whether ``title`` is only a form of address ("Mr", "Mrs.", "U"), which describes no
    one: as a role it gives way to none."""
    return title is not None and title.strip().rstrip(".").lower() in ADDRESS_ONLY


def is_honorific(title: str | None) -> bool:
    """Whether ``title`` is only an honorific ("Mr.", "Dr", "Mrs"), not a role."""
    return title is not None and title.strip().rstrip(".").lower() in HONORIFICS


_DOTLESS_RANKS = frozenset(["Lt", "Gen", "Col", "Maj", "Brig", "Capt", "Sgt", "Adm", "Cpl"])
"""Military ranks written without the full stop ("Lt Gen Tadesse Werede"). They are also
given names ("Gen Nakatani"), so such a word is a title only next to another rank, before
another title word or before a name of two words or more."""


def _rank_title(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]``, a rank without its full stop, is a title here."""
    if tokens[i] not in _DOTLESS_RANKS or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (
        nxt in _DOTLESS_RANKS
        or _is_title(nxt)
        or (i > 0 and tokens[i - 1] in _DOTLESS_RANKS)  # "Lt Gen Tadesse"
        or len(tokens) - i - 1 >= 2
    )


def _is_title(token: str) -> bool:
    if token == "U":
        return True  # the Burmese honorific ("U Nay Phone Latt"); "U." is an initial
    if token.isupper() and token.lower().rstrip(".") in HONORIFICS:
        return False  # "DR Congo", "MS": an honorific is not written in capitals
    t = token.lower()
    for p in _TITLE_PREFIXES:
        if t.startswith(p):
            t = t[len(p) :]
    if t in TITLE_WORDS:
        return True
    parts = t.split("-")  # "Secretary-General", "Director-General", "Commander-in-Chief"
    return len(parts) > 1 and parts[0] in TITLE_WORDS and parts[-1] in _TITLE_ENDS


_NOUN_BEFORE_GIVEN = regex.compile(
    rf"(?!(?i:{_PARTICLE}|abdel|abdul|umm|ben|mac|mc)\b)\p{{Lu}}\p{{Ll}}+[^\S\n]+(?=\p{{Lu}})"
)
"""A first word that may be a noun of a title phrase, not a name particle (checked with a
given name after it)."""


_TITLE_ENDS = frozenset(["general", "chief", "elect", "designate"])
"""Last parts of a hyphenated title whose first part is a title word."""


_RELATIONS = frozenset({"of", "for", "to", "at", "with", "from", "by"})
"""Prepositions that make a title someone else's: "the spokesman *for* President X"."""
AFFILIATION_WORDS: frozenset[str] = frozenset(
    [
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "gop",
        "liberal",
        "conservative",
        "labour",
        "tory",
        "socialist",
        "communist",
        "independent",
    ]
)
"""Party words written before a name like a title ("Democrat Hillary Clinton")."""
_DESCRIPTOR_RE = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:-\p{Ll}[\p{L}\-]*|[’']s)")
"""A capitalised word that describes the name after it: a compound with a lower-case part
("Oscar-winner", "Kyiv-based") or a possessive ("Breitbart’s")."""


def _descriptor_end(tokens: list[str]) -> int:
    """The index of the last word of the descriptors that open a run with no title
    ("Democrat Hillary Clinton", "Liberal Oscar-winner Susan Sarandon", "Breitbart’s
    Joel Pollak"), when a name of two words or more follows that is no organisation's;
    else -1."""
    k = 0
    while k < len(tokens) and (
        tokens[k].lower() in AFFILIATION_WORDS or _DESCRIPTOR_RE.fullmatch(tokens[k])
    ):
        k += 1
    rest = tokens[k:]
    if k == 0 or len(rest) < 2 or not all(t[:1].isupper() for t in rest):
        return -1  # "Sanders's top advisers": a description, not a name
    if is_organisation(" ".join(rest)):
        return -1
    return k - 1


_INITIAL_RE = regex.compile(r"\p{Lu}\.?")


def _object_end(tokens: list[str], first: int) -> int:
    """Where the name starts after the object of a title phrase that begins at
    ``tokens[first]`` ("Secretary of State John F. Kerry", "Minister of Defence Ben
    Wallace"): at the first given name after the object's first word; else a middle
    initial goes with the two words around it; else the last two words (one when only two
    follow the preposition)."""
    start = first + (tokens[first].lower() == "the")
    for i in range(start + 1, len(tokens) - 1):
        if given_name_gender(tokens[i]) is not None:
            return i
    n = len(tokens) - start
    if n >= 4 and _INITIAL_RE.fullmatch(tokens[-2]):
        return len(tokens) - 3
    return len(tokens) - (2 if n >= 3 else 1)


@lru_cache(maxsize=4096)
def strip_title(name: str) -> tuple[str, str | None]:
    """Split a capitalised run into (name, title).

    Everything up to and including the last title word is the title ("Russian President",
    "Sen."); the rest is the name. A run that is only titles is returned unchanged.

    Args:
        name: A capitalised run such as "Russian President Vladimir Putin".

    Returns:
        The name and the title (``None`` when there was none).
    """
    tokens = _SPLIT_TOKENS_RE.split(name.strip())
    last = -1
    for i, tok in enumerate(tokens):
        if (
            _is_title(tok)
            or _rank_title(tokens, i)
            or (  # "Member of Parliament Jo Cox": a head of a title phrase
                tok.lower() in OF_TITLE_HEADS
                and i + 1 < len(tokens)
                and tokens[i + 1] in ("of", "for")
            )
        ):
            last = i
            if i + 1 < len(tokens) and tokens[i + 1] in ("of", "for"):
                break  # "Chief of the General Staff Valery Gerasimov": the rest is its object
    if last < 0:
        last = _descriptor_end(tokens)
        if last < 0:
            return name.strip(), None
        return " ".join(tokens[last + 1 :]), " ".join(tokens[: last + 1])
    if last == len(tokens) - 1:
        return name.strip(), None
    if not any(ch.isupper() for t in tokens[last + 1 :] for ch in t):
        return name.strip(), None  # "a reporter can be heard": no name after the title
    if any(
        t in _RELATIONS and tokens[j - 1][:1].islower()
        for j, t in enumerate(tokens[: last + 2])
        if j
    ):
        # "the spokesman for President Vladimir Putin", "the widow of slain commander
        # Ahmed Khalil", "the leader of Hezbollah Hassan Nasrallah": after a common noun,
        # the name belongs to the object of the preposition, or cannot be told from it,
        # so the run stays whole ("Secretary of State John Kerry" is one title)
        return name.strip(), None
    if tokens[last + 1] in _RELATIONS:
        # a title phrase: "Secretary of State John Kerry", "Minister of Defence Ben
        # Wallace"; its object is taken to leave a first name and a surname (or, when only
        # two words follow the preposition, a surname)
        tail = len(tokens) - last - 2
        if tail < 2:
            return name.strip(), None
        cut = _object_end(tokens, last + 2)
        return " ".join(tokens[cut:]), " ".join(tokens[:cut])
    return " ".join(tokens[last + 1 :]), " ".join(tokens[: last + 1])


@lru_cache(maxsize=4096)
def is_organisation(name: str) -> bool:
    """Whether a capitalised run names an organisation (by its words, the last part of a
    hyphenated word among them, "Sun-Times", or a leading "The")."""
    tokens = _SPLIT_TOKENS_RE.split(name.strip())
    if tokens and tokens[0].lower() == "the":
        return True
    return any(t.lower().strip(".,").rsplit("-", 1)[-1] in ORG_WORDS for t in tokens) or any(
        t.isupper()
        and len(t.strip(".,")) > 1
        and (t.lower() not in TITLE_WORDS or t.lower() in HONORIFICS)
        for t in tokens
    )  # an acronym ("NATO", "U.S.", "DR Congo"), not a middle initial ("Jeffrey M. Jones")
    # nor a title ("Labour MP Jess Phillips")


def tokens_are_org_name(name: str) -> bool:
    """Whether a run is an organisation's name by its last word ("Minister's Office",
    "Marco Rubio’s campaign"), and does not open with a listed given name ("Don
    Guardian" is a person)."""
    tokens = name.split()
    return (
        len(tokens) > 0
        and tokens[-1].lower().strip(".,") in ORG_WORDS
        and given_name_gender(tokens[0]) is None
    )


def is_place_or_event(name: str) -> bool:
    """Whether a capitalised run of two words or more ends in a word of
    :data:`PLACE_EVENT_WORDS` ("Election Day", "Maidan Square") or opens with one of
    :data:`PLACE_FIRST_WORDS` ("South Carolina"). Such a run without a
    title is no antecedent for "he" or "she" ("Lt. Col. Richard Day" is); a mention of the
    surname itself ("Day said") still resolves to a person so named ("Kristen Day")."""
    tokens = name.split()
    return len(tokens) > 1 and (
        tokens[-1].lower().strip(".,") in PLACE_EVENT_WORDS
        or tokens[0].lower() in PLACE_FIRST_WORDS
    )


_PARTICLE_TOKEN_RE = regex.compile(rf"{_PARTICLE}(?:-\p{{Lu}}.*)?")


def is_name_particle(token: str) -> bool:
    """Whether a lower-case token belongs inside a person's name: "al-Burhan", "bin",
    "von", "de"."""
    return _PARTICLE_TOKEN_RE.fullmatch(token) is not None


_PARTICLE_PREFIX_RE = regex.compile(rf"^(?:{_PARTICLE}[-\s]){{1,2}}")
_PARTICLE_PREFIX_CI_RE = regex.compile(rf"^(?:{_PARTICLE}[-\s]){{1,2}}", regex.IGNORECASE)


def _surname(token: str) -> str:
    """A surname without its particle: "al-Assad" -> "assad"."""
    return _PARTICLE_PREFIX_RE.sub("", token.lower().strip(".,’'"))


def role_before(text: str, start: int) -> str | None:
    """The descriptive phrase right before a name at ``start`` ("the former chairman of…")."""
    window = text[max(0, start - 120) : start]
    m = _ROLE_BEFORE_RE.match(window)  # reversed: anchored at the end, where \s*$ ends
    if m is None:
        return None
    role = m.group("role")
    if not _role_headed(role) or _ENDS_PREP_RE.search(role) or KIN_OF_RE.search(role):
        # "the brother of Hollywood legend Ron Howard" describes someone else
        return None
    return role.strip()


_ENDS_PREP_RE = regex.compile(
    r"\b(?:by|from|in|of|to|at|with|for|on|than|as|and|or|like|the|a|an|his|her|their|its)\s*$"
)
_APPOSITIVE_RE = regex.compile(
    r",[^\S\n]+(?!(?:who|whose|whom|which|that)\b)"
    r"(?P<role>(?:the[^\S\n]+|a[^\S\n]+|an[^\S\n]+)?\p{Ll}"
    rf"(?:[^,;:“”\"().—–\n]|(?<=\b(?:{_ABBREV_TITLE[3:-3]}|\p{{Lu}}))\.){{2,90}})"
    r"(?:,|\.(?=\s|$))"
)
"""An appositive: up to the comma that closes it, or the end of the sentence ("…,” said
Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary."); a full stop after an
abbreviation or an initial ("Mrs.", "George W. Bush") does not end it."""


def appositive(text: str, end: int) -> str | None:
    """The appositive right after a name ending at ``end`` ("…, spokesman for X,"); not a
    relative clause ("…, whose son was killed …,") nor a phrase whose head is no role."""
    if not text.startswith(",", end):
        return None  # the pattern opens with the comma: most names have none after them
    m = _APPOSITIVE_RE.match(text, end, min(len(text), end + 120))
    if m and not _NOT_ROLE_START_RE.match(m.group("role")) and _role_headed(m.group("role")):
        return m.group("role").strip()
    return None


_MALE_WORDS = frozenset(
    [
        *("mr", "sir", "king", "prince", "lord", "emir", "sultan", "sheikh", "congressman"),
        *("chairman", "spokesman", "assemblyman", "councilman", "businessman", "father"),
        *("husband", "son", "brother", "uncle", "nephew", "grandfather", "man", "boy"),
        *("actor", "widower"),
    ]
)
_FEMALE_WORDS = frozenset(
    [
        *("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sheikha", "daw"),
        *("congresswoman", "chairwoman", "spokeswoman", "assemblywoman", "councilwoman"),
        *("businesswoman", "mother", "wife", "daughter", "sister", "aunt", "niece"),
        *("grandmother", "woman", "girl", "actress", "widow"),
    ]
)
"""Words of a title or role that tell a person's gender (for "he" and "she")."""
_GENDER_WORD_RE = regex.compile(r"\p{L}+")


def described_gender(words: str) -> str | None:
    """``"m"``, ``"f"`` or ``None``: the gender a description's words give ("His wife",
    "the spokeswoman"), when they give one only."""
    found = {w.lower() for w in _GENDER_WORD_RE.findall(words)}
    male, female = bool(found & _MALE_WORDS), bool(found & _FEMALE_WORDS)
    return None if male == female else ("m" if male else "f")


_HONORIFIC_RE = regex.compile(r"\b(Mrs|Mr|Ms|Miss)\.?[^\S\n]+(\p{Lu}[\p{L}’'\-]+)")


def _of_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is "of"."""
    head = text[max(0, start - 5) : start].rstrip()
    return head.endswith("of") and (len(head) == 2 or not head[-3].isalnum())


@dataclass(slots=True)
class _Name:
    full: str
    start: int
    end: int
    title: str | None
    role: str | None = None
    role_known: bool = False


_PLACE_PREPS = r"\b(?:in|to|from|into|across|throughout|inside|near|towards?|at)\s+"
"""Prepositions of place: a word after one names a place ("in Israel")."""

_MODAL_NAMES = frozenset(["Will", "Can", "May", "Do", "Shall"])
"""Given names that are also the auxiliary opening a question."""


def _opens_question(text: str, start: int) -> bool:
    """Whether the sentence that opens at ``start`` is a question: at a line's start or
    after a sentence's end, and a question mark comes before any full stop."""
    before = text[max(0, start - 3) : start].rstrip(" \t\xa0")
    if before and before[-1] not in ".!?\n":
        return False
    rest = text[start : start + 200]
    q = rest.find("?")
    dot = rest.find(". ")
    return q != -1 and (dot == -1 or q < dot)


def _double_given(tokens: list[str]) -> bool:
    """Whether a four-word name opens with two listed given names, as Spanish and
    Portuguese names with two surnames do ("Luis Alberto Paredes Soto")."""
    return (
        len(tokens) == 4
        and given_name_gender(tokens[0]) is not None
        and given_name_gender(tokens[1]) is not None
    )


class SpeakerIndex:
    """The person names a document introduces, for resolving later mentions.

    Nothing is scanned up front: a surname is looked up where it occurs in the text (a
    plain string search), and the capitalised run that ends with it there gives the full
    name, with titles stripped and organisations set aside. Results are cached.

    Args:
        text: The document text.
    """

    _WINDOW = 100
    _MAX_NAMES = 64
    """Introductions kept per surname: enough to tell which "Trump" a document names
    most, and a bound on the work per mention in a page that repeats one name thousands
    of times."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs: Iterator[regex.Match[str]] | None = None  # read up to _next_run
        self._next_run: regex.Match[str] | None = None  # the first run not indexed yet
        self._person_starts: list[int] = []  # the persons named so far, by start
        self._persons: list[str] = []
        self._by_surname: dict[str, list[_Name]] = {}
        self._honorifics: dict[str, set[str]] | None = None  # surname -> {"m", "f"}
        self._org_roles: dict[str, str | None] = {}

    def _entry(self, start: int, end: int) -> _Name | None:
        name, title = strip_title(self._text[start:end])
        tokens = name.split()
        if tokens and tokens[0] in _MODAL_NAMES and _opens_question(self._text, start):
            return None  # "Will Sanders come down off the pique?": a question's verb
        if (
            len(tokens) >= 3
            and title is None
            and given_name_gender(tokens[0]) is None  # "the campaign of Donald J. Trump"
            and _of_before(self._text, start)
        ):
            # "the foreign minister of Turkey Mevlut Cavusoglu", "Secretary of State John
            # F. Kerry": the words after "of" start with the object of the title phrase
            cut = _object_end(tokens, 0)
            if len(tokens) > 3 or cut == 1 or len(tokens[1].rstrip(".")) > 1:
                tokens = tokens[cut:]
                name = " ".join(tokens)
        elif (
            len(tokens) == 3
            and title is not None
            and given_name_gender(tokens[0]) is None
            and given_name_gender(tokens[1]) is not None
            and _NOUN_BEFORE_GIVEN.match(name)
        ):
            # "the General Staff Valery Gerasimov": after the title, a noun of the phrase
            tokens = tokens[1:]
            name = " ".join(tokens)
        # "Ursula von der Leyen": lower-case particles do not count towards the length
        size = sum(1 for t in tokens if not t.islower())
        if size == 4 and _double_given(tokens):
            size = 3  # "Ana Lucía Ortega Villalba": two given names and two surnames
        if size < 2 or size > 3 or is_organisation(name):
            return None
        return _Name(name, start, end, title)

    def _runs_ending_at(self, end: int) -> list[tuple[int, int]]:
        """Name candidates of two or more words that end at ``end``."""
        text = self._text
        out: list[tuple[int, int]] = []
        if not _CAP_PAIR_END_RE.match(text, max(0, end - self._WINDOW), end):
            return out  # "said Trump": no run of two capitalised words ends here
        for run in _CAP_RUN_RE.finditer(text, max(0, end - self._WINDOW), end):
            if run.end() == end:
                out.extend((a, b) for a, b in _split_run(run.group(), run.start()) if b == end)
        return out

    def _names_for(self, token: str) -> list[_Name]:
        key = _surname(token)
        got = self._by_surname.get(key)
        if got is not None:
            return got
        text = self._text
        base = _PARTICLE_PREFIX_CI_RE.sub("", token.strip(".,’'"))
        got = []
        i = text.find(base) if base else -1
        while i != -1 and len(got) < self._MAX_NAMES:
            j = i + len(base)
            if j == len(text) or not text[j].isalpha():
                for a, b in self._runs_ending_at(j):
                    if " " in text[a:b] and (entry := self._entry(a, b)) is not None:
                        got.append(entry)
            i = text.find(base, j)
        self._by_surname[key] = got
        return got

    def full_name_before(self, name: str, before: int) -> str | None:
        """The full name of the person a one-word ``name`` (a surname) stands for, when
        the document named them in full before ``before`` ("Jimmy Chérizier" for
        "Chérizier"); else None."""
        token = name.strip()
        if not token or " " in token:
            return None
        for n in self._names_for(token):
            if n.start < before and n.full.endswith(" " + token):
                return n.full
        return None

    def _names_starting(self, token: str) -> list[_Name]:
        """The full names that open with ``token``, for a mention by the given name, as
        Ethiopian, Eritrean, Icelandic or Burmese names are shortened ("Abiy" for "Prime
        Minister Abiy Ahmed"). Only for a token the document never puts after a
        preposition of place ("in Israel", "to Jordan"): "Israel said" is the state, not
        "Israel Katz"."""
        key = "^" + token
        got = self._by_surname.get(key)
        if got is not None:
            return got
        text = self._text
        got = []
        word = re.escape(token)
        if token[:1].isupper() and not re.search(rf"{_PLACE_PREPS}{word}\b", text):
            for m in re.finditer(rf"(?<![\w\-]){word}(?!\w)", text):
                if len(got) >= self._MAX_NAMES:
                    break
                i = m.start()
                for run in _CAP_RUN_RE.finditer(text, max(0, i - self._WINDOW), i + 80):
                    if not run.start() <= i < run.end():
                        continue
                    for a, b in _split_run(run.group(), run.start()):
                        entry = self._entry(a, b) if a <= i < b else None
                        if entry is not None and entry.full.split()[0] == token:
                            got.append(entry)
        self._by_surname[key] = got
        return got

    def _role(self, n: _Name) -> str | None:
        if not n.role_known:
            title = None if is_honorific(n.title) else n.title
            n.role = (
                appositive(self._text, n.end)
                or title
                or role_before(self._text, n.start)
                or n.title  # "Dr", "Mrs.": only when nothing says more
            )
            n.role_known = True
        return n.role

    def resolve(self, mention: str, *, before: int | None = None) -> tuple[str, str | None]:
        """Resolve a non-pronoun mention to (speaker, role).

        Args:
            mention: The mention as written.
            before: Prefer names introduced before this offset.

        Returns:
            The fullest matching name and the title or appositive it was introduced with,
            or the mention with titles stripped.
        """
        name, title = strip_title(mention)
        if is_organisation(name) and not title:
            return name, self._org_role(name)
        if title is not None and not is_honorific(title) and tokens_are_org_name(name):
            return mention.strip(), None  # "the Prime Minister's Office": one name
        tokens = name.split()
        if not tokens:
            return mention, title
        candidates = self._names_for(tokens[-1])
        if len(tokens) > 1:
            candidates = [n for n in candidates if n.full.endswith(name) or name in n.full]
        elif not candidates and title is None:
            candidates = self._names_starting(name)  # "Abiy" for "Abiy Ahmed"
        if not candidates:  # an honorific says less than an appositive the caller may find
            return name, None if is_honorific(title) else title
        earlier = [n for n in candidates if before is None or n.start < before]
        pool = earlier or candidates
        counts: dict[str, int] = {}
        for n in pool:
            counts[n.full] = counts.get(n.full, 0) + 1
        for longer, k in list(counts.items()):  # "Hillary Clinton" is also named in
            for shorter in counts:  # "Why Progressives Are Celebrating Hillary Clinton"
                if shorter != name and longer.endswith(" " + shorter):  # (but "Le Pen"
                    counts[shorter] += k  # of "Marine Le Pen" is the mention itself)
        top = max(counts.values())
        pool = [n for n in pool if counts[n.full] == top][:8]  # "Mr. Trump": the Trump named most
        described = [n for n in pool if self._role(n)]
        best = (described or pool)[0]
        full = best.full if len(best.full) >= len(name) else name
        if is_honorific(title):  # "Dr. Esther Kahindo, an MSF coordinator": the appositive
            return full, self._role(best) or title
        return full, title or self._role(best)

    def _org_role(self, name: str) -> str | None:
        """The description an organisation is introduced with where the document first
        names it ("the conservative legal group Judicial Watch"), or None."""
        if name not in self._org_roles:
            i = self._text.find(name)
            self._org_roles[name] = role_before(self._text, i) if i > 0 else None
        return self._org_roles[name]

    def gender(self, name: str, role: str | None = None) -> str | None:
        """``"m"``, ``"f"`` or ``None``: what the document says of a person's gender, by
        the words of their title or role ("Mrs.", "spokeswoman", "chairman"), an
        honorific before their surname ("Mr. Ryan") when no other person in the document
        has that surname, or a given name listed for one gender (:mod:`.names`).
        Conflicting evidence gives ``None``: no guess."""
        words = {w.lower() for w in _GENDER_WORD_RE.findall(role or "")}
        male = bool(words & _MALE_WORDS)
        female = bool(words & _FEMALE_WORDS)
        tokens = name.split()
        if tokens and len({n.full for n in self._names_for(tokens[-1])} | {name}) == 1:
            if self._honorifics is None:  # one pass over the text, for every surname
                self._honorifics = {}
                for m in _HONORIFIC_RE.finditer(self._text):
                    g = "m" if m.group(1) == "Mr" else "f"
                    self._honorifics.setdefault(m.group(2), set()).add(g)
            said = self._honorifics.get(tokens[-1], set())
            male = male or "m" in said
            female = female or "f" in said
        given = given_name_gender(tokens[0]) if len(tokens) > 1 else None
        male = male or given == "m"  # "Donald Trump", "Olena Ivanova": the first name
        female = female or given == "f"
        if male == female:
            return None
        return "m" if male else "f"

    def last_person_before(self, offset: int) -> str | None:
        """The last full person name introduced before ``offset``.

        The runs of capitals are read once per document, in order and only as far as the
        latest offset asked about, so asking at every quote of a long page costs one pass
        over it, not one per quote."""
        if self._runs is None:
            self._runs = _CAP_RUN_RE.finditer(self._text)
            self._next_run = next(self._runs, None)
        while self._next_run is not None and self._next_run.start() < offset:
            self._add_persons(self._next_run)
            self._next_run = next(self._runs, None)
        k = bisect.bisect_left(self._person_starts, offset)
        return self._persons[k - 1] if k else None

    def _add_persons(self, run: regex.Match[str]) -> None:
        """Index the person names a run of capitals holds (not places or events, unless
        titled)."""
        text = self._text
        for a, b in _split_run(run.group(), run.start()):
            if (
                " " in text[a:b]
                and (entry := self._entry(a, b)) is not None
                and (entry.title is not None or not is_place_or_event(entry.full))
            ):
                self._person_starts.append(a)
                self._persons.append(entry.full)
