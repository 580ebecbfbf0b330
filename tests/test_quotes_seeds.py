"""The bundled real articles: the quotes the issue names, with their speakers."""

from __future__ import annotations

import pytest

from conflictcorpus.quotes import extract_quotes, find_terms


@pytest.fixture(scope="module")
def seed_texts(seed_paths) -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in seed_paths}


def _find(texts, seed, fragment):
    """The innermost quote containing ``fragment`` (a block contains the quotes in it)."""
    quotes = [q for q in extract_quotes(texts[seed]) if fragment in q.text]
    assert quotes, f"no quote containing {fragment!r} in seed {seed}"
    return min(quotes, key=lambda q: q.end - q.start)


# (seed, fragment of the quote, kind, resolved speaker)
NAMED = [
    ("000", "ISIS and the regime are working together", "direct", "John Rogin"),
    ("000", "has never been so intimately interwound", "partial", "Louay Safi"),
    ("000", "These advancements have not been interrupted", "direct", "Louay Safi"),
    ("000", "In a chilling alliance", "block", "Bridget Johnson"),
    ("001", "plausible ground force", "partial", "Leslie Gelb"),
    ("002", "unshakeable bravery and strength", "partial", "state media"),
    ("003", "prevent the city falling at all costs", "partial", "the pro-regime coalition"),
    ("003", "part of the [Russian] battle space", "partial", "The U.S. Defence Department"),
    ("003", "don’t coordinate … activities", "partial", "The U.S."),
    ("004", "I passed to [Putin]", "direct", "Bashar al-Assad"),
    ("004", "We still have a long way to go", "direct", "Vladimir Putin"),
    ("004", "he and Assad were getting closer", "indirect", "Vladimir Putin"),
    ("004", "its $250 million effort", "indirect", "the Defense Department"),
    ("002", "many of them would negotiate", "indirect", "Opposition sources"),
]


@pytest.mark.parametrize(("seed", "fragment", "kind", "speaker"), NAMED)
def test_named_quotes(seed_texts, seed, fragment, kind, speaker):
    q = _find(seed_texts, seed, fragment)
    assert q.kind == kind
    assert q.attribution is not None
    assert q.attribution.speaker == speaker


def test_safi_role(seed_texts):
    q = _find(seed_texts, "000", "These advancements")
    assert q.attribution.mention == "Safi"
    assert q.attribution.role == "spokesman for the Syrian Coalition"


def test_gelb_role(seed_texts):
    q = _find(seed_texts, "001", "plausible ground force")
    assert q.attribution.role == "former chairman of the Council of Foreign Affairs"


def test_putin_role(seed_texts):
    q = _find(seed_texts, "004", "We still have a long way to go")
    assert q.attribution.role == "Russian President"


SCARE = [
    ("000", "realists"),
    ("001", "heretic"),
    ("001", "moderate"),
    ("003", "economy of force"),
    ("003", "The West Helped the Assad Regime"),
    ("004", "red line"),
    ("004", "moderate"),
    ("004", "terrorists"),
]


@pytest.mark.parametrize(("seed", "term"), SCARE)
def test_scare_quotes_are_not_speech(seed_texts, seed, term):
    text = seed_texts[seed]
    marked = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert not any(q.text.strip(" ,.") == term or q.text.startswith(term) for q in marked)
    assert any(text[a:b].startswith(term) for a, b in find_terms(text))


def test_documents_carry_quotes(seed_docs):
    assert sum(len(d.quotes) for d in seed_docs) >= 10
    for doc in seed_docs:
        for q in doc.quotes:
            assert doc.text[q.start : q.end] == q.text


def test_block_contains_the_direct_quotes_inside_it(seed_texts):
    quotes = extract_quotes(seed_texts["000"])
    johnson = [q for q in quotes if q.kind == "block" and "Louay Safi" in q.text]
    assert len(johnson) == 1
    inside = [
        q for q in quotes if q.kind != "block" and johnson[0].start <= q.start < johnson[0].end
    ]
    assert {q.kind for q in inside} == {"partial", "direct"}


@pytest.mark.xfail(
    strict=True,
    reason="a block runs on only while its paragraphs end in an elision (. . .); the second "
    "paragraph of Johnson's first excerpt does not",
)
def test_first_block_takes_both_quoted_paragraphs(seed_texts):
    q = _find(seed_texts, "000", "In a chilling alliance")
    assert "This includes assassinating key Assad opponents" in q.text
