"""The records: JSONL round trip, JSON Schema, span checks, determinism, language."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conflictcorpus as cc
from conflictcorpus.language import detect_language


def _sample_doc() -> cc.Document:
    body = "“We will win,” Assad said.\n\nThe war went on.\n\n“Hold,” he said. “Now.”"
    interrupted_at = body.index("Hold")
    interrupted = cc.Quote(
        text="Hold,” he said. “Now.",
        start=interrupted_at,
        end=interrupted_at + 21,
        kind="direct",
        parts=[(interrupted_at, interrupted_at + 5), (interrupted_at + 17, interrupted_at + 21)],
    )
    quote = cc.Quote(
        text="We will win,",
        start=1,
        end=13,
        kind="direct",
        attribution=cc.Attribution(
            speaker="Bashar al-Assad",
            mention="Assad",
            mention_start=15,
            mention_end=20,
            cue="said",
            cue_start=21,
            cue_end=25,
        ),
    )
    return cc.Document(
        id="abc",
        source="x.txt",
        site="Example News",
        title="T",
        authors=["A B"],
        published=dt.date(2017, 3, 4),
        retrieved=dt.datetime(2017, 3, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc),
        language="en",
        language_probability=0.99,
        text=body,
        input_text="Menu\n" + body,
        removed=[cc.Removal(text="Menu", start=0, end=4, category="navigation", rule="r")],
        quotes=[quote, interrupted],
    )


def test_jsonl_round_trip_is_lossless(tmp_path, seed_docs):
    docs = [*seed_docs, _sample_doc(), cc.load_text("")]
    for name in ("out.jsonl", "out.jsonl.gz"):
        path = tmp_path / name
        assert cc.write_jsonl(iter(docs), path) == len(docs)
        assert list(cc.read_jsonl(path)) == docs
    with gzip.open(tmp_path / "out.jsonl.gz", "rt", encoding="utf-8") as fh:
        assert json.loads(fh.readline())["schema_version"] == cc.SCHEMA_VERSION


def test_records_of_schema_1_0_still_read(tmp_path):
    old = json.loads(_sample_doc().model_dump_json())
    del old["site"], old["retrieved"]
    old["schema_version"] = "1.0"
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(old) + "\n", encoding="utf-8")
    (doc,) = cc.read_jsonl(path)
    assert (doc.site, doc.retrieved, doc.schema_version) == (None, None, "1.0")


RETRIEVED = [
    # (value, valid)
    (dt.datetime(2017, 3, 5, tzinfo=dt.timezone.utc), True),
    ("2017-03-05T06:07:08Z", True),
    (dt.datetime(2017, 3, 5), False),  # naive: the contract is timezone-aware
    ("2017-03-05", False),
    (None, True),
]


@pytest.mark.parametrize(("value", "valid"), RETRIEVED)
def test_retrieved_is_timezone_aware(value, valid):
    if valid:
        assert cc.Document(id="x", retrieved=value).retrieved == (
            value
            if not isinstance(value, str)
            else dt.datetime(2017, 3, 5, 6, 7, 8, tzinfo=dt.timezone.utc)
        )
    else:
        with pytest.raises(ValueError):
            cc.Document(id="x", retrieved=value)


def test_reading_a_bad_record_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(_sample_doc().model_dump_json() + "\n" + '{"id": 3}\n', encoding="utf-8")
    with pytest.raises(cc.RecordError, match=r"bad.jsonl:2"):
        list(cc.read_jsonl(path))
    with pytest.raises(cc.SourceNotFoundError):
        cc.read_jsonl(tmp_path / "none.jsonl")


def test_write_jsonl_rejects_non_documents(tmp_path):
    with pytest.raises(cc.RecordError):
        cc.write_jsonl([{"id": "x"}], tmp_path / "o.jsonl")  # type: ignore[list-item]


# (parts of "Hold,” he said. “Now." at offset 10, its words, or None when invalid)
QUOTE_PARTS = [
    ([], "Hold,” he said. “Now."),
    ([(10, 15), (27, 31)], "Hold, Now."),
    ([(10, 15), (20, 24), (27, 31)], "Hold, said Now."),
    ([(10, 31)], None),  # one run is no interruption: leave parts empty
    ([(11, 15), (27, 31)], None),  # must start where the quote starts
    ([(10, 15), (27, 30)], None),  # must end where it ends
    ([(10, 20), (15, 31)], None),  # overlapping
    ([(10, 15), (15, 15), (27, 31)], None),  # empty run
    ([(27, 31), (10, 15)], None),  # out of order
]


@pytest.mark.parametrize(("parts", "words"), QUOTE_PARTS)
def test_quote_parts_are_checked(parts, words):
    text = "Hold,” he said. “Now."
    make = lambda: cc.Quote(text=text, start=10, end=31, kind="direct", parts=parts)  # noqa: E731
    if words is None:
        with pytest.raises(ValueError):
            make()
        return
    q = make()
    assert q.spans == (parts or [(10, 31)])
    assert q.words == words


def test_words_of_an_interrupted_quote_leave_the_attribution_out():
    q = next(q for q in _sample_doc().quotes if q.parts)
    assert q.words == "Hold, Now."
    assert "said" in q.text and "said" not in q.words


def test_spans_must_match_their_text():
    with pytest.raises(ValueError, match="length"):
        cc.Removal(text="Menu", start=0, end=3, category="navigation", rule="r")
    with pytest.raises(ValueError):
        cc.Removal(text="Menu", start=0, end=4, category="not-a-category", rule="r")
    with pytest.raises(ValueError):
        cc.Quote(text="x", start=0, end=1, kind="shouted")


def test_json_schema_is_generated_and_validates_real_output(seed_docs):
    schema = cc.document_json_schema()
    assert schema["type"] == "object"
    assert set(schema["properties"]) == set(cc.Document.model_fields)
    removal = schema["$defs"]["Removal"]["properties"]["category"]
    assert set(removal["enum"]) == set(cc.REMOVAL_CATEGORIES)
    # every real record, serialized, has exactly the schema's top-level fields
    for doc in seed_docs:
        data = json.loads(doc.model_dump_json())
        assert set(data) == set(schema["properties"])
        assert cc.Document.model_validate(data) == doc


def test_offsets_of_real_output_slice_to_their_text(seed_docs):
    for doc in seed_docs:
        for r in doc.removed:
            assert doc.input_text[r.start : r.end] == r.text
        for q in doc.quotes:
            assert doc.text[q.start : q.end] == q.text


LANGS = [
    ("Der Krieg in Syrien dauert nun schon viele Jahre, und die Zivilisten leiden sehr.", "de"),
    ("La guerra en Siria ha dejado cientos de miles de muertos y millones de desplazados.", "es"),
    ("A guerra na Síria deixou centenas de milhares de mortos e milhões de deslocados.", "pt"),
    ("La guerra in Siria ha causato centinaia di migliaia di morti e milioni di sfollati.", "it"),
    ("Война в Сирии унесла сотни тысяч жизней и вынудила миллионы людей бежать.", "ru"),
    ("Filed under:", "und"),
    ("", "und"),
    ("12 345 — 678 !!!", "und"),
]


@pytest.mark.parametrize(("text", "lang"), LANGS)
def test_language_cases(text, lang):
    assert detect_language(text)[0] == lang


def test_language_is_deterministic_and_leaves_langdetect_global_alone():
    from langdetect import DetectorFactory

    text = "Mixed text with some words. Quelques mots en français. Ein paar deutsche Wörter."
    answers = {detect_language(text) for _ in range(20)}
    assert len(answers) == 1
    assert DetectorFactory.seed is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_load_text_is_deterministic_and_offsets_hold(text):
    a = cc.load_text(text)
    b = cc.load_text(text)
    assert a == b
    for r in a.removed:
        assert a.input_text[r.start : r.end] == r.text
    for q in a.quotes:
        assert a.text[q.start : q.end] == q.text
    assert cc.Document.model_validate_json(a.model_dump_json()) == a


def test_parquet_round_trip_keeps_quote_parts(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    doc = _sample_doc()
    path = tmp_path / "x.parquet"
    cc.write([doc], path)
    assert list(cc.read_parquet(path)) == [doc]
    rows = pq.read_table(tmp_path / "x.quotes.parquet").to_pylist()
    assert [r["words"] for r in rows] == ["We will win,", "Hold, Now."]
