"""The fast paths of the line classifier give the answers of running every rule plainly.

``_first_rule`` tries only the rules of a zone, skips rules by line length, and searches
end-anchored patterns backwards; ``analyze`` asks each question once per page. The
reference below runs every rule forwards on every line, as the catalogue describes them.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictcorpus as cc
from conflictcorpus.boilerplate import analyze, classify
from conflictcorpus.boilerplate.gates import (
    MARK_LETTER_FOLDS,
    fold_case,
    gate_passes,
    max_width,
    openings,
    opens_with_word,
    required_chars,
    required_literals,
    required_marks,
)
from conflictcorpus.boilerplate.rules import RULES
from conflictcorpus.lines import split_lines
from folding_helpers import assert_fold_case_covers

ZONES = ("head", "middle", "tail")
CATEGORIES = (None, *sorted({r.category for r in RULES}))


def _forward(rule):
    return regex.compile(rule.pattern.pattern, rule.pattern.flags & ~regex.REVERSE)


FORWARD = {r.name: _forward(r) for r in RULES}


def reference_first_rule(text, zone, previous=None, alone=True):
    """Every rule, in catalogue order, searched forwards."""
    for rule in RULES:
        if rule.after is not None and rule.after != previous:
            continue
        if rule.own_block and not alone:
            continue
        if not classify._zone_ok(rule, zone) or len(text) > rule.max_chars:
            continue
        if FORWARD[rule.name].search(text) is None:
            continue
        if rule.min_facts and sum(1 for f in rule.fact_patterns if f.search(text)) < rule.min_facts:
            continue
        return rule
    return None


CAPTIONS = [
    "Syrian refugees wait at the border. Photo by Mario Tama/Getty Images",
    "Syrian refugees wait at the border (Photo: REUTERS/Omar Sanadiki)",
    "Rebels near Aleppo. Photograph: Khalil Ashawi",
    "A destroyed tank outside the city. AP Photo/Hussein Malla",
    "Smoke rises over the city. Shutterstock.",
    "REUTERS",
    "(AFP)",
    "Displaced families in Idlib. (Pictures: UNHCR / A. Name) ",
    "Fighters in Raqqa. EPA/Stringer",
    "Photo by a local resident",
    "The photo agency said it would not comment / further",
    "He spoke to Reuters on Monday.",
    "A Getty Images photographer was wounded, the agency said on Monday in a statement.",
    "The (photo: none) caption is in the middle of this line and the line goes on",
    "Displaced families in Rafah. Reuters/Ahmed al-Masri",
    "Support for more weapons slipped to 38%, according to a Reuters/Ipsos poll.",
    "The pictures were later sold to Getty Images.",
]


def _sample_lines():
    out = []
    for path in cc.samples.paths():
        out += [ln.text for ln in split_lines(path.read_text(encoding="utf-8"))]
    return out


def _assert_first_rule_as_reference(lines):
    for text in lines:
        for zone in ZONES:
            for previous in CATEGORIES:
                assert classify._first_rule(text, zone, previous) is reference_first_rule(
                    text, zone, previous
                ), (text, zone, previous)
            # a line that shares its block: with and without a category above
            for previous in (None, "newsletter"):
                assert classify._first_rule(
                    text, zone, previous, alone=False
                ) is reference_first_rule(text, zone, previous, alone=False), (
                    text,
                    zone,
                    previous,
                )


def test_first_rule_matches_the_reference_on_real_lines():
    lines = _sample_lines() + CAPTIONS
    assert len(lines) > 100
    _assert_first_rule_as_reference(lines)


def test_reverse_search_finds_the_caption_credits():
    rule = classify.RULES_BY_NAME["caption.credit"]
    assert rule.from_end
    found = [t for t in CAPTIONS if rule.matches(t)]
    assert found == [t for t in CAPTIONS if FORWARD[rule.name].search(t)]
    assert len(found) >= 8


_PIECES = st.sampled_from(
    [
        "Photo",
        "photo by ",
        "Photograph: ",
        "(Photo: ",
        "(credit: ",
        ")",
        "/",
        "Getty Images",
        "Reuters",
        "AFP",
        "AP Photo/",
        " ",
        ".",
        "Mario Tama",
        "the rebels said",
        "Subscribe to",
        "comments",
        "moderated",
        "© 2017",
        "all rights reserved",
        "\u00e9",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.sampled_from(ZONES))
def test_first_rule_matches_the_reference_on_generated_lines(text, zone):
    for previous in CATEGORIES:
        assert classify._first_rule(text, zone, previous) is reference_first_rule(
            text, zone, previous
        )


def test_analyze_matches_the_reference_classifier(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in cc.samples.paths()]
    fast = [analyze(split_lines(t)) for t in texts]
    monkeypatch.setattr(classify, "_first_rule", reference_first_rule)
    slow = [analyze(split_lines(t)) for t in texts]
    assert fast == slow


# --------------------------------------------------------------------------------------
# Literal gates: a gate may let a line through that the rule rejects, never the reverse.
# --------------------------------------------------------------------------------------

GATED = [r for r in RULES if r.gate is not None]


@pytest.mark.parametrize(
    ("fragment", "literals"),
    [
        ("leave a reply", ["leave a reply"]),
        ("sign ?up|register", ["sign", "register"]),
        (r"(?:may|might) (?:earn|receive) (?:a )?commission", ["commission"]),
        (r"(?:members['’]? )?log ?in", ["log"]),
        (r"\d+\s*min", ["min"]),
        (r"\d+\s*(?:\w+)?", None),
        (r"[^.]{0,80}\bcontributed (?:reporting|to this)", ["contributed "]),
        (r"copyright\.?", ["copyright"]),
        (r"(?:spende|donat)\w*", ["spende", "donat"]),
        (r"(?:a|b)?xyz{2,3}", ["xy"]),
        (r"(?-i:Foo)bar", ["bar"]),
        (r"\(photo\)", ["(photo)"]),
        # constructs the reading does not follow give no literal
        (r"\x41bc", None),
        (r"(a)\1bc", None),
        (r"\N{LATIN SMALL LETTER A}bc", None),
        (r"(?x) foo bar", None),
        (r"foo(?#a comment (with brackets)", None),
        (r"\pLfoo", None),
        (r"\p{Lu}foo", ["foo"]),
    ],
)
def test_required_literals(fragment, literals):
    assert required_literals(fragment) == literals


def test_some_rules_are_gated():
    assert {"legal.disclosure", "tail.author_promo", "comments.moderation"} <= {
        r.name for r in GATED
    }


def _gate_passes(rule, text):
    return gate_passes(rule.gate, fold_case(text))


def test_gates_never_hold_back_a_match_on_real_lines():
    lines = _sample_lines() + CAPTIONS
    for rule in GATED:
        for text in lines:
            if FORWARD[rule.name].search(text):
                assert _gate_passes(rule, text), (rule.name, text)


def _vocabulary_words(rule):
    out = set()
    for frags in rule.vocabulary.values():
        for frag in frags:
            out.update(regex.findall(r"\w+", regex.sub(r"\\.", " ", frag)))
    return sorted(out)


WORDS = sorted({w for r in GATED for w in _vocabulary_words(r)})
CASED = st.sampled_from(WORDS).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title(), w.replace("i", "İ")])
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(CASED, st.sampled_from([" ", ". ", ", ", "-", "'"])), max_size=14))
def test_gates_never_hold_back_a_match_on_generated_lines(parts):
    text = "".join(parts)
    for rule in GATED:
        if FORWARD[rule.name].search(text):
            assert _gate_passes(rule, text), (rule.name, text)


def test_case_folding_covers_every_character_the_regex_module_equates():
    """Every character that matches a literal's character case-insensitively in ``regex``
    contains it after :func:`fold_case`."""
    chars = sorted(
        {ch for r in GATED for lit in _literals(r) for ch in lit if ch.lower() != ch.upper()}
    )
    assert_fold_case_covers(chars)


def _literals(rule):
    return [
        lit
        for frags in rule.vocabulary.values()
        for frag in frags
        for lit in (required_literals(frag) or [])
    ]


# --------------------------------------------------------------------------------------
# Rules searched one alternative at a time (``Rule.branches``) and the per-line plans.

BRANCHED = [r for r in RULES if r.branches]


def test_end_anchored_rules_are_searched_branch_by_branch():
    assert [r.name for r in BRANCHED] == ["caption.credit"]
    for rule in BRANCHED:
        assert len(rule.branches) == sum(len(f) for f in rule.vocabulary.values())


def test_branch_search_equals_the_alternation_on_real_lines():
    for rule in BRANCHED:
        for text in _sample_lines() + CAPTIONS:
            assert rule.search_branches(text) == (rule.pattern.search(text) is not None), text
            assert rule.search_branches(text) == (FORWARD[rule.name].search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_branch_search_equals_the_alternation_on_generated_lines(text):
    for rule in BRANCHED:
        assert rule.search_branches(text) == (FORWARD[rule.name].search(text) is not None)


_LIMITS = sorted({r.max_chars for r in RULES})


@pytest.mark.parametrize("limit", _LIMITS)
def test_first_rule_matches_the_reference_at_every_length_limit(limit):
    """Lines one shorter than, as long as and one longer than each rule's ``max_chars``:
    the per-length plans leave out exactly the rules the length test would."""
    stems = [*CAPTIONS, "ADVERTISEMENT", "Subscribe to our newsletter", "Related:"]
    sizes = [n for n in (limit - 1, limit, limit + 1) if n > 0]
    # padded after the stem (line-start cues) and before it (line-end credits)
    lines = [(stem + " x" * n)[:n] for stem in stems for n in sizes]
    lines += [("x " * n + stem)[-n:] for stem in stems for n in sizes]
    _assert_first_rule_as_reference(lines)


# --------------------------------------------------------------------------------------
# Openings: on a line that starts with a letter or a digit, a rule anchored at the start of
# the line fires only when the line begins with one of its openings.
# --------------------------------------------------------------------------------------

OPENED = [r for r in RULES if r.openings is not None]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"^\W*(?:(?:subscribe)|(?:sign ?up))(?!\w)", ("sign", "subs")),
        (r"^\W*(?:ad|advert)[\s\p{P}\p{S}\d]*$", ("ad",)),
        (r"^\W*(?:(?:members['’]? )?log ?in)", ("log ", "logi", "memb")),
        (r"^(?:(?:a|b)\s+){2,}(?:a|b)$", ("a", "b")),
        (r"\A(?=\w)[\s\p{P}]*(?:on|to)(?!\w)", ("on", "to")),
        (r"^\W*(?:r[eé]sumé|ß)", ("resu", "résu", "ss")),  # folded: "ß" is "ss"
        (r"^\W*(?:İstanbul)", ("ista",)),  # the dot above is dropped, as in fold_case
        (r"^\s*[-_=*]{3,}\s*$", ("*", "-", "=", "_")),  # no letter: no line of words
        (r"^<[a-z]+>|^\[/?[a-z]+\]", ("<", "[")),
        (r"^\W*(?:\(?reporting by)", ("(rep", "repo")),
        (r"^\W*(?:(?-i:Sie) lesen)", ("sie ",)),
        # no openings: not anchored, any character first, or a construct not followed
        (r"(?<!\w)(?:click here)(?!\w)", None),
        (r"^\W*(?:\d+ min read)", None),
        (r"^[^.]{0,80}contributed", None),
        (r"^\W*(?:\p{Lu}\w+ is a)", None),
        (r"^\W*(?:news)|reuters", None),
        (r"(?m)^news", None),
        (r"^\W*(?:\x41bc)", None),
        (r"^(?=.*\d)", None),  # matches an empty string
    ],
)
def test_openings(source, expected):
    assert openings(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"^\W*(?:(?:subscribe)|(?:sign ?up))(?!\w)", ("sign", "subs")),
        (r"^\W*(?:\(?reporting by)", ("repo",)),  # "(" is one of the marks
        (r"\A(?=\w)[\s\p{P}\p{S}]*(?:on|to)(?!\w)", ("on", "to")),
        (r"^\s*[-_=*]{3,}\s*$", ()),  # marks only, and the line goes on: never
        (r"^[^\p{L}\p{N}_]{1,8}$", ()),
        (r"^\W*(?:©)", None),  # marks only: the rest of the line is free
        (r"^\W*(?:©|sign up)", None),
        (r"^.(?:sign up)", None),  # any character may be the first letter
        (r"^\W*(?:\d+ min read)", None),
    ],
)
def test_openings_after_marks(source, expected):
    assert openings(source, after_marks=True) == expected


def test_rules_anchored_at_the_start_have_openings():
    names = {r.name for r in OPENED}
    assert {"caption.start", "newsletter.prompt", "social.share", "social.share_row"} <= names
    assert {"stray.markup", "nav.menu", "meta.updated", "related.start"} <= names
    assert not names & {"tail.author_bio", "ad.click_here"}
    # a credit that is the whole line opens it; the others need "(", "/" or their words
    credit = classify.RULES_BY_NAME["caption.credit"]
    assert "reut" in credit.openings and {"(", "/", "photo"} <= set(credit.unopened_gate)
    # entries that may match anywhere in the line have a gate instead
    tail_credit = classify.RULES_BY_NAME["tail.credit"]
    assert tail_credit.openings and "contributed " in tail_credit.unopened_gate
    assert classify.RULES_BY_NAME["caption.start"].unopened_gate == ()


def test_a_gate_read_from_look_arounds():
    """``tail.about_org``'s entries need only short words ("is a"); the pattern's look-ahead
    for the company's own wording ("portfolio", "provider of") gives the gate."""
    gate = classify.RULES_BY_NAME["tail.about_org"].gate
    assert gate is not None and "portfolio" in gate


def _assert_openings_hold(lines):
    for text in lines:
        folded = fold_case(text)
        word = classify._first_word_char(text)
        if word < 0:
            continue
        rest = fold_case(text[word:])
        for rule in RULES:
            found, others = (
                (rule.openings, rule.unopened_gate)
                if word == 0
                else (rule.marks_openings, rule.marks_unopened_gate)
            )
            if found is not None and FORWARD[rule.name].search(text):
                assert rest.startswith(found) or gate_passes(others, folded), (rule.name, text)


MARKS = ["“", '"', "— ", "(", "[", "« ", "* ", "\u0345", "¿", "- "]


def _cased(lines):
    cased = [v for t in lines for v in (t, t.upper(), t.title(), t.lower())]
    return cased + [mark + t for mark in MARKS[:3] for t in lines]


def test_openings_hold_on_real_lines():
    _assert_openings_hold(_cased(_sample_lines() + CAPTIONS))


def _leading_words(rule):
    """Vocabulary entries with their regex syntax taken out: text a rule's line may open
    with."""
    out = set()
    for frags in rule.vocabulary.values():
        for frag in frags:
            for part in frag.split("|"):
                plain = regex.sub(r"\\[dswDSW]|\\.|[\\^$()?*+{}\[\]]|:\w*", " ", part)
                out.add(" ".join(plain.split()))
    return sorted(w for w in out if w)


STARTS = sorted({w for r in OPENED for w in _leading_words(r)})
CASED_START = st.sampled_from(STARTS).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title(), w.replace("i", "İ"), w.replace("ss", "ß")])
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(MARKS), max_size=2).map("".join),
    CASED_START,
    st.lists(st.sampled_from([" ", ": ", ". ", "!", "2", "Reuters", "now", "-"]), max_size=5),
)
def test_openings_hold_on_generated_lines(marks, start, rest):
    text = marks + start + "".join(rest)
    _assert_openings_hold([text])
    for zone in ZONES:
        assert classify._first_rule(text, zone) is reference_first_rule(text, zone)


def test_no_letter_or_digit_is_a_non_word_character():
    """The reading takes ``\\W``, ``\\s``, punctuation and symbol classes to match no
    letter and no decimal digit (so ``^\\W*`` matches nothing before one), and the first
    case-folded character of a letter or a digit to be one as well."""
    alphabet = "".join(
        chr(c)
        for c in range(0x110000)
        if not 0xD800 <= c <= 0xDFFF and (chr(c).isalpha() or chr(c).isdecimal())
    )
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION1
    non_word = r"[\W\s\p{P}\p{S}\p{Z}]"
    assert regex.search(non_word, alphabet, flags) is None
    assert regex.search(r"[^\p{L}\p{N}_]", alphabet, flags) is None
    assert all(opens_with_word(fold_case(ch)) for ch in alphabet)


def test_marks_fold_to_letters_only_as_the_reading_knows():
    """A mark (neither letter nor digit) whose case folding starts with a letter folds to
    one of ``MARK_LETTER_FOLDS`` (U+0345 to "ι"), and no other mark matches a letter that
    opens a rule's openings after marks case-insensitively in ``regex``."""
    marks = [
        chr(c)
        for c in range(0x110000)
        if not 0xD800 <= c <= 0xDFFF and not (chr(c).isalpha() or chr(c).isdecimal())
    ]
    folds = {fold_case(ch) for ch in marks if opens_with_word(fold_case(ch))}
    assert folds <= MARK_LETTER_FOLDS
    letters = sorted({o[0] for r in RULES for o in r.marks_openings or ()})
    alphabet = "\n".join(ch for ch in marks if ch != "\n")
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION1
    for ch in letters:
        for m in regex.finditer(regex.escape(ch), alphabet, flags):
            assert fold_case(m.group()) in MARK_LETTER_FOLDS, (ch, m.group())


# --------------------------------------------------------------------------------------
# What a branch of an end-anchored rule needs before it is searched.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\((?:photo|image)s?\s*:[^()]{1,120}\)\W{0,3}$", {"(", ")", ":"}),
        (r"photo\s+(?:by|:)\s+\w+/\w+\.?$", {"/"}),
        (r"(?:a/b|c/d)", {"/"}),
        (r"(?:a/b|c:d)", set()),
        (r"x(?=.*:)", {":"}),
        (r"x(?!.*:)", set()),
        (r"\)?\.?$", set()),
        (r"(?:/)*x", set()),
        (r"[/]x", set()),  # a class is not read
        (r"\x2f", set()),
    ],
)
def test_required_chars(source, expected):
    assert required_chars(source) == expected


def test_branch_needs_leave_most_branches_unsearched():
    rule = classify.RULES_BY_NAME["caption.credit"]
    needs = rule.branch_needs
    assert len(needs) == len(rule.branches)
    assert sum(1 for chars, gate, opening in needs if chars or gate or opening) >= 5


MARK_GATES = sorted({lit for r in RULES for lit in r.gate or () if len(lit) == 1})


def test_ascii_punctuation_and_gate_marks_match_only_themselves():
    """:func:`required_chars` and the marks of :func:`required_marks` gates are looked for
    without case folding."""
    assert {"»", "→", "/"} <= set(MARK_GATES)
    alphabet = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION1
    for ch in sorted(set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") | set(MARK_GATES)):
        assert {m.group() for m in regex.finditer(regex.escape(ch), alphabet, flags)} == {ch}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"^(?:[\w ]+(?:[>»|]|::)[\w ]+|\w+\s+[-–]\s+\w+)$", {"-", ":", ">", "|", "»", "–"}),
        (r"(?=\S+\s+[-–]\s)\w+", {"-", "–"}),  # a look-ahead's marks are in the line
        (r"(?!.*/)\w+", None),
        (r"a[-.]?b", None),  # optional
        (r"(?:a|b/)c", None),  # an alternative of the group has none
        (r"x(?:/|\.){2}", {"/", "."}),
        (r"[a-z/]x", None),  # a class with a letter
        (r"^\s*[-=]{3,}$", {"-", "="}),
    ],
)
def test_required_marks(source, expected):
    assert required_marks(source) == (None if expected is None else frozenset(expected))


_CRUMB_PIECES = st.sampled_from(
    [
        *("Home", "News", "World", "Middle East", "Startseite", "Politik", "Главная", "a"),
        *(" > ", " » ", " / ", " | ", " :: ", " - ", " – ", " · ", ">", "/", ": ", " ", "2024"),
        "Russian strikes knock out power in Kharkiv",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CRUMB_PIECES, min_size=1, max_size=9).map("".join), st.sampled_from(ZONES))
def test_mark_gates_on_generated_breadcrumbs(text, zone):
    for rule in RULES:
        if rule.gate and FORWARD[rule.name].search(text):
            assert _gate_passes(rule, text), (rule.name, text)
    assert classify._first_rule(text, zone) is reference_first_rule(text, zone)


# --------------------------------------------------------------------------------------
# The line tests of the classifier, in their plain forms.
# --------------------------------------------------------------------------------------

TERMINAL_FORWARD = regex.compile(classify._TERMINAL.pattern)


def _plain_is_prose(text):
    words = classify._words(text)
    if len(words) < classify.PROSE_MIN_WORDS:
        return False
    ends = bool(TERMINAL_FORWARD.search(text))
    if not (len(text) >= classify.PROSE_LONG_CHARS or (ends and len(text) >= 100)):
        return False
    if not ends and classify._stopword_ratio(words) < 0.08 and classify._LATIN.search(text):
        return False
    return not (not ends and classify._is_title_case(text) and len(text) < 200)


def _plain_all_capitals(text):
    cased = [ch for ch in text if ch.lower() != ch.upper()]
    return len(cased) > 8 and all(ch.isupper() for ch in cased)


def _plain_stopword_ratio(words):
    return sum(1 for w in words if w.lower() in classify._ALL_STOPWORDS) / len(words)


def _assert_line_tests_as_plain(text):
    breaks = len(classify._SENTENCE_BREAK.findall(text))
    assert classify._sentence_breaks(text) == min(breaks, 2)
    assert bool(classify._TERMINAL.search(text)) == bool(TERMINAL_FORWARD.search(text))
    eight = classify._EIGHT_WORDS.match(text) is not None
    assert eight == (len(classify._words(text)) >= 8)
    assert classify._all_capitals(text) == _plain_all_capitals(text)
    assert classify.is_prose(text) == _plain_is_prose(text)
    words = classify._words(text)
    if words:
        assert classify._stopword_ratio(words) == _plain_stopword_ratio(words)


def test_line_tests_as_plain_on_real_lines():
    lines = _sample_lines() + CAPTIONS
    for text in [*lines, *(t.upper() for t in lines), " ".join(lines[:40])]:
        _assert_line_tests_as_plain(text)


_LINE_PIECES = st.sampled_from(
    [
        *("The", "rebels", "said", "on", "Monday", "ГАЗА", "Straße", "x_y", "42", "İ"),
        *("end. New", "it! Now", "why? The", "said.” He"),
        *(" ", "  ", ". ", ".", "!", "?", "…", "。", "”", "’", ")", "]", "\n", "\t", "\u00a0"),
        *("— ", "-", ",", ":", "“", '"', "ǅ", "ª"),
        "The rebels said on Monday that the town had fallen to them after a long siege",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=30).map("".join))
def test_line_tests_as_plain_on_generated_lines(text):
    _assert_line_tests_as_plain(text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?:getty images|alamy)\)?\.?$", 14),
        (r"^\(?(?:reuters|anadolu agency)\)?\.?$", 17),
        (r"a{2,3}(?=bcd)(?<!x)b", 4),
        (r"photo:\s+\w+", float("inf")),
        (r"x\x41", None),
    ],
)
def test_max_width(source, expected):
    assert max_width(source) == expected


def test_bounded_branches_look_at_the_line_end_only():
    rule = classify.RULES_BY_NAME["caption.credit"]
    windows = [test[-1] for test in rule._branch_tests]
    assert any(w is not None for w in windows)
    long_line = "Smoke rises over the city after the strike, witnesses said. " * 5
    for credit in ("Getty Images", "Getty Images.", "(Shutterstock)", "ALAMY"):
        assert rule.search_branches(long_line + credit)
        assert not rule.search_branches(credit + " " + long_line)


GATE_LITERALS = sorted({lit for r in RULES for lit in (r.gate or ())})


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(GATE_LITERALS),
            st.sampled_from(["The ", "rebels ", "said", ". ", ", ", "’", "“", "Comments ", "are "]),
        ),
        max_size=8,
    ).map("".join),
    st.sampled_from(ZONES),
)
def test_first_rule_matches_the_reference_with_gate_literals(text, zone):
    """Lines with the gates' strings, ASCII or not, in ASCII lines or not."""
    for previous in (None, "newsletter"):
        assert classify._first_rule(text, zone, previous) is reference_first_rule(
            text, zone, previous
        )


# classes that some vocabularies match without case folding, (?-i:[…])+, for speed
CASELESS_CLASSES = [r"[\w'’]", r"[\w+-]", r"[\w'’-]"]


@pytest.mark.parametrize("cls", CASELESS_CLASSES)
def test_classes_match_the_same_with_or_without_case_folding(cls):
    """A run of the class matches the same strings with full case folding as without:
    each character is in the class either way or neither, and where full case folding
    lets the class match several characters as one ("ss" for "ß"), each of them is in
    the class on its own."""
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION1
    folded, plain = regex.compile(cls, flags), regex.compile(cls, regex.UNICODE | regex.V1)
    alphabet = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert [m.start() for m in folded.finditer(alphabet)] == [
        m.start() for m in plain.finditer(alphabet)
    ]
    for ch in alphabet:
        for expansion in {ch.casefold(), ch.upper(), ch.lower(), ch.title()}:
            if len(expansion) > 1 and folded.fullmatch(expansion):
                assert all(plain.fullmatch(x) for x in expansion), (cls, ch)
