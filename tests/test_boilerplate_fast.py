"""The fast paths of the line classifier give the answers of running every rule plainly.

``_first_rule`` tries only the rules of a zone, skips rules by line length, and searches
end-anchored patterns backwards; ``analyze`` asks each question once per page. The
reference below runs every rule forwards on every line, as the catalogue describes them.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictcorpus as cc
from conflictcorpus.boilerplate import analyze, classify
from conflictcorpus.boilerplate.rules import RULES
from conflictcorpus.lines import split_lines

ZONES = ("head", "middle", "tail")
CATEGORIES = (None, *sorted({r.category for r in RULES}))


def _forward(rule):
    return regex.compile(rule.pattern.pattern, rule.pattern.flags & ~regex.REVERSE)


FORWARD = {r.name: _forward(r) for r in RULES}


def reference_first_rule(text, zone, previous=None):
    """Every rule, in catalogue order, searched forwards."""
    for rule in RULES:
        if rule.after is not None and rule.after != previous:
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
]


def _sample_lines():
    out = []
    for path in cc.samples.paths():
        out += [ln.text for ln in split_lines(path.read_text(encoding="utf-8"))]
    return out


def test_first_rule_matches_the_reference_on_real_lines():
    lines = _sample_lines() + CAPTIONS
    assert len(lines) > 100
    for text in lines:
        for zone in ZONES:
            for previous in CATEGORIES:
                assert classify._first_rule(text, zone, previous) is reference_first_rule(
                    text, zone, previous
                ), (text, zone, previous)


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
