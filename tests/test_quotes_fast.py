"""The shortcuts of the quote stage give the answers of the plain tests they stand for.

Each shortcut (a cache keyed by the exact text, an ASCII test before a regex, a literal
check before a pattern) is compared here with the plain computation it replaces, on a
table of cases and on generated text.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictcorpus.quotes import attribution as at
from conflictcorpus.quotes import extract as ex
from conflictcorpus.quotes import speakers as sp
from conflictcorpus.quotes.spans import pair_marks, paragraphs

_LU = regex.compile(r"\p{Lu}")

WORDS = ["Syria", "syria", "Élysée", "élysée", "İdlib", "Ⅻ", "ǅemal", "1990s", "ß", "Ω", "_x"]


def test_starts_upper_matches_the_regex_on_a_table():
    for w in WORDS:
        assert ex._starts_upper(w) == (_LU.match(w) is not None), w


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=4))
def test_starts_upper_matches_the_regex(word):
    assert ex._starts_upper(word) == (_LU.match(word) is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab AB’'-_.,1Éé"), max_size=40))
def test_content_words_are_the_words_found_afresh(content):
    assert ex._content_words(content) == tuple(ex._WORD_RE.findall(content))
    assert ex._content_words(content) == tuple(ex._WORD_RE.findall(content))  # cached


# Reverse patterns anchored at their window's end: ``match`` (one attempt at the end) must
# find what ``search`` (the backwards scan) finds.
_TOKENS = [
    "the",
    "a",
    "former",
    "chairman",
    "of",
    "spokesman",
    "said",
    "told",
    "reporters",
    "saying",
    "Said",
    "read",
    "on",
    "Monday",
    "Safi",
    "Ana",
    "Ruiz",
    "’s",
    "statement",
    "report",
    "by",
    "from",
    ",",
    ":",
    ".",
    "(",
    ")",
    "“",
    "”",
    " ",
    "  ",
    "\n",
    "\t",
    "\xa0",
    "back",
    "pointed",
    "out",
    "put",
    "it",
    "unsaid",
    "so-called",
    "Read",
]
_windows = st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join)

WINDOWS = [
    "Trump then appears in a clip, saying, ",
    "He told his supporters, ",
    "Ryan said ",
    "the former chairman of the committee ",
    "A statement by the ministry read: ",
    "Safi’s statement said: ",
    "according to the report, \n",
    "",
]


def _same(a, b):
    return (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@pytest.mark.parametrize("window", WINDOWS)
def test_reverse_match_is_the_search_on_a_table(window):
    _check_reverse(window)


@settings(max_examples=300, deadline=None)
@given(_windows)
def test_reverse_match_is_the_search(window):
    _check_reverse(window)


def _check_reverse(window):
    assert _same(sp._ROLE_BEFORE_RE.search(window), sp._ROLE_BEFORE_RE.match(window))
    stripped = window.rstrip()
    assert _same(at._LINE_NOUN.search(stripped), at._LINE_NOUN.match(stripped))
    text = window + "“quoted”"
    end = len(window)
    for lo in range(0, end + 1, 7):
        # find_cue_before searches instead when the window ends with a newline
        expected = at._BEFORE_CUE_ONLY.search(text, lo, end)
        got = at.find_cue_before(text, lo, end)
        assert (expected is None) == (got is None)
        if expected is not None:
            assert (got.cue, got.cue_start) == (expected.group("cue"), expected.start("cue"))


def _indirect_cue_offsets_plainly(text):
    """Every indirect cue word found with a leading ``\\b``, as before the shortcut."""
    out = [m.start() for m in at._IND_WORDS_RE.finditer(text)]
    out.extend(m.start() for m in at._ACCORDING_RE.finditer(text))
    return sorted(out)


@pytest.mark.parametrize(
    "text",
    [
        "said the minister",
        "He said, “no.” She told reporters-said (claimed) _said 3said Xsaid said_ said",
        "“said” —said\nsaid\tsaid according to them; According to",
        "unsaid saidx sayings told, tells. ",
        "",
    ],
)
def test_indirect_cue_offsets_on_a_table(text):
    assert at.indirect_cue_offsets(text) == _indirect_cue_offsets_plainly(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "told",
                "tells",
                "according to",
                "x",
                "_",
                "3",
                "-",
                "“",
                "\n",
                " ",
                "é",
                "Said",
                "claims",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_indirect_cue_offsets_are_the_plain_scan(text):
    assert at.indirect_cue_offsets(text) == _indirect_cue_offsets_plainly(text)


def _forward(pattern):
    return regex.compile(pattern.pattern.replace("(?r)", "", 1), pattern.flags & ~regex.REVERSE)


_ASKED_IF_THEY_OCCUR = [ex._TERM_INTRO_RE, ex._TITLE_AFTER_RE, ex._NICKNAME_LEFT_RE]
_LEFTS = st.lists(
    st.sampled_from(
        [
            "so-called",
            "called",
            "as",
            "the term",
            "CNN’s",
            "on",
            "told",
            "the podcast",
            "Gov.",
            "C.L.",
            "Butch",
            "said",
            ",",
            ":",
            " ",
            "\t",
            "\n",
            "é",
            "’s",
            "x",
        ]
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_LEFTS)
def test_end_anchored_patterns_searched_backwards_find_what_forwards_finds(left):
    for pat in _ASKED_IF_THEY_OCCUR:
        assert (pat.search(left) is None) == (_forward(pat).search(left) is None)
    fwd = _forward(at._WORD_BEFORE_RE)
    for lo in range(0, len(left) + 1, 5):
        for hi in range(lo, len(left) + 1, 3):
            a, b = at._WORD_BEFORE_RE.search(left, lo, hi), fwd.search(left, lo, hi)
            assert (a and a.span()) == (b and b.span())


# pair_marks scans the whole text once and hands each paragraph its marks: given only some
# paragraphs, it must pair what it pairs when the other lines are blank.
_LINES = st.lists(
    st.lists(
        st.sampled_from(["“", "”", "‘", "’", '"', "'", "«", "»", "word", "don’t", " ", "s’"]),
        max_size=8,
    ).map("".join),
    max_size=5,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_LINES, st.integers(min_value=0, max_value=4))
def test_pair_marks_on_some_paragraphs_ignores_the_marks_of_the_others(text, keep):
    paras = paragraphs(text)
    if not paras:
        return
    p = paras[keep % len(paras)]
    blanked = "".join(
        ch if p.start <= i < p.end or ch == "\n" else " " for i, ch in enumerate(text)
    )
    got = [(s.start, s.end, s.opener, s.depth) for s in pair_marks(text, paras=[p])]
    want = [(s.start, s.end, s.opener, s.depth) for s in pair_marks(blanked)]
    assert got == want


@pytest.mark.parametrize(
    "window",
    ["He fired back ", "so-called ", "unsaid ", "He put it\xa0", "She said\u2009", "Read ", "x, "],
)
def test_cue_pre_check_passes_wherever_the_pattern_matches(window):
    text = window + "“quoted”"
    for lo in range(len(window) + 1):
        if at._BEFORE_CUE_ONLY.match(text, lo, len(window)) is not None:
            assert at._may_end_with_cue(text, lo, len(window)), (window, lo)


def test_cue_pre_check_turns_away_a_plain_word():
    text = "crossed the “red line”"
    assert not at._may_end_with_cue(text, 0, text.index("“"))


# Word lists compiled as prefix tries must match what the plain alternation, longest word
# first, matches.
_LIST_WORDS = [*sp.ROLE_NOUNS[:40], *sp._CAP_FUNCTION_WORDS[:60], "Thes", "Whe", "minis", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LIST_WORDS), min_size=1, max_size=3).map("".join))
def test_prefix_tries_match_like_the_plain_alternations(s):
    for words, trie in ((sp.ROLE_NOUNS, sp.ROLE_ALT), (sp._CAP_FUNCTION_WORDS, sp._CAP_FUNCTION)):
        plain = "|".join(sorted(set(words), key=lambda w: (-len(w), w)))
        for tail in ("", r"\b"):
            a = regex.match(rf"(?:{trie}){tail}", s)
            b = regex.match(rf"(?:{plain}){tail}", s)
            assert (a and a.span()) == (b and b.span()), (s, tail)


_IND_TOKENS = [
    "Ruiz", "the", "minister", "said", "says", "told", "reporters", "that", "he", "she",
    "warned", "claimed", "the army", "would", "hold", "the port", ",", ".", "according",
    "to", "officials", "-said", "unsaid", "and", "Kyiv", "denied", "it", "was", "over",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_IND_TOKENS), min_size=3, max_size=30).map(" ".join))
def test_indirect_with_the_documents_cue_offsets_is_the_sentence_scan(text):
    offsets = at.indirect_cue_offsets(text)
    assert at.find_indirect(text, 0, len(text), offsets) == at.find_indirect(text, 0, len(text))


def test_indirect_with_cue_offsets_on_a_table():
    text = "Ruiz said the army would hold the port until spring. Kyiv denied it was over."
    offsets = at.indirect_cue_offsets(text)
    got = at.find_indirect(text, 0, 52, offsets)
    assert got and got == at.find_indirect(text, 0, 52)
    assert got[0][0].mention == "Ruiz"


def test_given_name_lists_are_disjoint_and_lower_case():
    from conflictcorpus.quotes.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

    assert not MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES
    assert all(n == n.lower() for n in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES)
