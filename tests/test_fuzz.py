"""Fuzz ``load_text`` and every reader with hypothesis.

For any input: nothing but :class:`~conflictcorpus.ConflictCorpusError` subclasses escapes
(and in ``load(on_error=...)`` not even those), removal offsets slice ``input_text``, quote
offsets slice ``text``, and every non-blank input line is in the body or in ``removed``
exactly once. The default run is short; ``benchmarks/fuzz.py`` runs the ``slow`` variants
with many more examples (``--run-slow``).
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conflictcorpus as cc
from readers_helpers import check_invariants

LONG_EXAMPLES = int(os.environ.get("CONFLICTCORPUS_FUZZ_EXAMPLES", "2000"))

# Characters that stress the normalizers, line splitting and quote handling.
TRICKY = [
    *" \t\n\r\x00\x0b\x0c\x85\u2028\u00a0\u200b\u200c\u200d\ufeff\u00ad",
    *"\"'“”‘’«»„:;—-.?!ÃƒÂ©€™\ufffd",
    *["said", "Reuters", "Subscribe", "\r\n", "é", "e\u0301", "Война", "سوريا", "🙂"],
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(TRICKY) | st.text(max_size=8), max_size=120).map("".join),
)


def _run_load_text(text: str) -> None:
    try:
        doc = cc.load_text(text)
    except cc.ConflictCorpusError:
        return
    check_invariants(doc)


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=LONG_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@FAST
@given(texts)
def test_load_text_fuzz(text):
    _run_load_text(text)


@pytest.mark.slow
@LONG
@given(texts)
def test_load_text_fuzz_long(text):
    _run_load_text(text)


# --- readers ---------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _tar(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
jsonl_lines = st.one_of(
    st.fixed_dictionaries({"text": texts}, optional={"title": json_values, "date": json_values})
    .map(json.dumps)
    .map(str.encode),
    json_values.map(json.dumps).map(str.encode),
    st.binary(max_size=60),
)
jsonl_bytes = st.lists(jsonl_lines, max_size=8).map(b"\n".join)
csv_bytes = st.lists(
    st.lists(st.text(alphabet=st.sampled_from('ab ,"\t\n\r\x00é“'), max_size=12), max_size=4),
    max_size=6,
).map(lambda rows: ("id,text\n" + "\n".join(",".join(r) for r in rows)).encode())
html_bytes = st.lists(
    st.sampled_from(
        [
            "<html>",
            "<body>",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<!--",
            "-->",
            "<script>",
            "<meta charset='cp1251'>",
            "<title>",
            "</title>",
            "&amp;",
            "&#0;",
            "<",
            ">",
            "\x00",
        ]
    )
    | texts,
    max_size=60,
).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """Maybe truncate ``data`` or overwrite a few bytes of it."""
    how = draw(st.sampled_from(["keep", "cut", "flip"]))
    if how == "keep" or not data:
        return data
    pos = draw(st.integers(0, len(data) - 1))
    if how == "cut":
        return data[:pos]
    return data[:pos] + draw(st.binary(min_size=1, max_size=4)) + data[pos + 4 :]


READER_INPUTS = {
    "a.txt": st.binary(max_size=600) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    "a.jsonl": jsonl_bytes,
    "a.csv": csv_bytes | st.binary(max_size=300),
    "a.tsv": csv_bytes.map(lambda b: b.replace(b",", b"\t")),
    "a.html": html_bytes | st.binary(max_size=300),
    "a.txt.gz": st.binary(max_size=300).map(gzip.compress).flatmap(damaged),
    "a.jsonl.bz2": jsonl_bytes.map(bz2.compress).flatmap(damaged),
    "a.zip": st.dictionaries(
        st.sampled_from(["x.txt", "y.jsonl", "z.csv", "d/", "p.html"]), jsonl_bytes, max_size=3
    )
    .map(_zip)
    .flatmap(damaged),
    "a.tar.gz": st.dictionaries(st.sampled_from(["x.txt", "y.jsonl"]), jsonl_bytes, max_size=3)
    .map(_tar)
    .flatmap(damaged),
    "a.warc": st.binary(max_size=300),
}


def _run_reader(name: str, data: bytes) -> None:
    if name.endswith((".html", ".warc")):
        pytest.importorskip("trafilatura")
    if name.endswith(".warc"):
        pytest.importorskip("warcio")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        errors: list[cc.ConflictCorpusError] = []
        for doc in cc.load(path, on_error=errors.append):
            check_invariants(doc)
        for err in errors:
            assert isinstance(err, cc.InputError)
            assert str(err).startswith(str(path))


@pytest.mark.parametrize("name", list(READER_INPUTS))
def test_reader_fuzz(name):
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(READER_INPUTS[name])
    def run(data):
        _run_reader(name, data)

    run()


@pytest.mark.slow
@pytest.mark.parametrize("name", list(READER_INPUTS))
def test_reader_fuzz_long(name):
    @LONG
    @given(READER_INPUTS[name])
    def run(data):
        _run_reader(name, data)

    run()
