"""Site-specific boilerplate: user rules in Config and template lines learned per site."""

from __future__ import annotations

import pytest

import conflictcorpus as cc
from conflictcorpus.boilerplate import as_rules, repeated_lines

BODY = (
    "Government forces retook the northern town on Sunday after three weeks of heavy "
    "fighting, according to residents reached by telephone."
)
SECOND = "The siege had cut the town off since May, and aid convoys were turned back twice."
PAGE = f"Weekly Dispatch Desk\n\n{BODY}\n\n{SECOND}\n\nPowered by Dispatch Desk 4.2"


def test_user_rule_removes_a_site_line_anywhere_with_its_category():
    cfg = cc.Config(
        extra_boilerplate={"navigation": [r"weekly dispatch desk"], "legal": [r"powered by .*"]}
    )
    doc = cc.load_text(PAGE, config=cfg)
    got = {(r.text, r.category, r.rule) for r in doc.removed}
    assert ("Weekly Dispatch Desk", "navigation", "user.navigation") in got
    assert ("Powered by Dispatch Desk 4.2", "legal", "user.legal") in got
    assert doc.text.startswith("Government forces") and doc.text.endswith("turned back twice.")


@pytest.mark.parametrize(
    "pattern",
    [r"Government forces", r"fighting", r"weekly dispatch"],  # none matches a WHOLE line
)
def test_user_rules_match_whole_lines_only(pattern):
    doc = cc.load_text(PAGE, config=cc.Config(extra_boilerplate={"navigation": [pattern]}))
    assert BODY in doc.text
    assert not any(r.rule == "user.navigation" for r in doc.removed)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"metadata": ["x"]}, "category"),
        ({"nonsense": ["x"]}, "category"),
        ({"navigation": ["(unclosed"]}, "valid expression"),
        ({"navigation": "a string, not a list"}, "list of patterns"),
    ],
)
def test_bad_user_rules_are_config_errors(value, message):
    with pytest.raises(cc.ConfigError, match=message):
        cc.Config(extra_boilerplate=value)


def test_config_with_rules_stays_hashable_and_equal():
    a = cc.Config(extra_boilerplate={"navigation": ["menu"]})
    b = cc.Config(extra_boilerplate=(("navigation", "menu"),))
    assert a == b and hash(a) == hash(b)


def test_repeated_lines_finds_template_lines_of_a_site():
    pages = [
        f"Menu\nSubscribe to The Ledger\n\nStory {i}: {BODY}\n\nShare this article\n\nMore stories"
        for i in range(5)
    ]
    pages.append(f"Menu\n\nA different layout. {BODY}")
    found = repeated_lines(pages, min_documents=3, min_share=0.6)
    assert found == ["Menu", "Subscribe to The Ledger", "Share this article", "More stories"]
    # a sentence repeated in only two articles is not template text
    assert not any("Story" in line for line in found)


def test_learned_lines_round_trip_into_a_config():
    pages = [f"Share this (opens in new window)\n\nStory {i}. {BODY}" for i in range(3)]
    cfg = cc.Config(extra_boilerplate=as_rules(repeated_lines(pages), "social"))
    doc = cc.load_text(pages[0], config=cfg)
    assert [(r.text, r.rule) for r in doc.removed] == [
        ("Share this (opens in new window)", "user.social")
    ]


def test_repeated_lines_is_deterministic_and_checks_its_options():
    pages = [f"B line\nA line\n\nText {i}. {BODY}" for i in range(4)]
    assert repeated_lines(pages) == repeated_lines(list(reversed(pages))) == ["B line", "A line"]
    with pytest.raises(cc.ConfigError):
        repeated_lines(pages, min_share=0)
