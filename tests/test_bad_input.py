"""Bad input: each case gives a correct Document or a typed error naming source, record and
reason; in a batch the error goes to ``on_error`` and the batch goes on."""

from __future__ import annotations

import gzip
import json
import re

import pytest

import conflictcorpus as cc
from readers_helpers import ARTICLE, collect, write_container

GOOD = "good.txt"

# (file name, bytes, expected body or None, error type or None, error message pattern)
CASES = [
    ("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode(), ARTICLE, None, None),
    ("nul.txt", b"Rebels said\x00 the town fell.", "Rebels said the town fell.", None, None),
    ("cr.txt", b"First line.\rSecond line.\r\rNext paragraph.", None, None, None),
    ("crlf.txt", b"First line.\r\nSecond line.\r\n", "First line.\nSecond line.", None, None),
    (
        "mojibake.txt",
        "The regimeâ€™s forces shelled CafÃ© Aleppo.".encode(),
        "The regime’s forces shelled Café Aleppo.",
        None,
        None,
    ),
    (
        "mixed.txt",
        "“We will stay,” she said in Alep.\n".encode()
        + "Le ministre a déclaré que la ville était tombée.".encode("cp1252"),
        "“We will stay,” she said in Alep.\nLe ministre a déclaré que la ville était tombée.",
        None,
        None,
    ),
    ("cp1251.txt", "Война в Сирии, заявил министр.".encode("cp1251"), None, None, None),
    ("empty.txt", b"", "", None, None),
    ("empty.txt.gz", gzip.compress(b""), "", None, None),
    ("binary.txt", bytes(range(256)) * 8, None, cc.BinaryInputError, r"not text"),
    (
        "cut.txt.gz",
        gzip.compress(ARTICLE.encode() * 50)[:-30],
        None,
        cc.CorruptInputError,
        r"truncated",
    ),
    ("notgzip.txt.gz", b"plain text, not gzip", None, cc.CorruptInputError, r"corrupt"),
    ("cut.tar.gz", None, None, cc.CorruptInputError, r"tar"),
    ("header-cut.tar.gz", b"\x1f\x8b\x08", None, cc.CorruptInputError, r"not a readable tar"),
    ("notzip.zip", b"PK\x03\x04 not really", None, cc.CorruptInputError, r"not a readable zip"),
    ("empty.zip", None, None, None, None),
    ("empty.jsonl", b"", None, None, None),
    ("blank.jsonl", b"\n\n  \n", None, None, None),
    ("crlf.jsonl", b'{"text": "a"}\r\n{"text": "b"}\r\n', None, None, None),
    ("bom.jsonl", b'\xef\xbb\xbf{"text": "a"}\n', None, None, None),
    ("nul.jsonl", b'{"text": "a\x00b"}\n', "ab", None, None),
    ("empty.csv", b"", None, None, None),
    ("header.csv", b"id,text\n", None, None, None),
]


def _bytes_for(tmp_path, name, data):
    if name == "cut.tar.gz":
        full = write_container(tmp_path / "full.tar.gz", {"a.txt": ARTICLE.encode() * 200})
        data = full.read_bytes()[:300]
        full.unlink()
    if name == "empty.zip":
        return write_container(tmp_path / name, {})
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "body", "error", "reason"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input_in_a_batch(tmp_path, name, data, body, error, reason):
    path = _bytes_for(tmp_path, name, data)
    (tmp_path / GOOD).write_text(ARTICLE)
    docs, errors = collect([path, tmp_path / GOOD])
    assert docs[-1].source == str(tmp_path / GOOD) and docs[-1].text == ARTICLE  # goes on
    docs = docs[:-1]
    if error is None:
        assert errors == []
        if body is not None:
            (doc,) = docs
            assert doc.text == body
    else:
        (err,) = errors
        assert type(err) is error
        assert str(err).startswith(str(path))
        assert re.search(reason, err.reason)


def test_cr_only_line_endings_split_lines():
    doc = cc.load_text("First line.\rSecond line.\r\rNext paragraph.")
    assert doc.text == "First line.\nSecond line.\n\nNext paragraph."


def test_damaged_zip_member_names_the_member_and_the_others_load(tmp_path):
    path = write_container(
        tmp_path / "a.zip", {"one.txt": ARTICLE.encode() * 20, "two.txt": ARTICLE.encode()}
    )
    data = bytearray(path.read_bytes())
    pos = data.find(b"one.txt") + 7 + 40  # inside the first member's compressed data
    data[pos : pos + 8] = b"\x00" * 8
    path.write_bytes(bytes(data))
    docs, errors = collect(path)
    assert [d.source for d in docs] == [f"{path}!two.txt"]
    (err,) = errors
    assert isinstance(err, cc.CorruptInputError)
    assert str(err).startswith(f"{path}!one.txt: ")


def test_truncated_jsonl_gz_keeps_the_records_before_the_cut(tmp_path):
    lines = "".join(json.dumps({"text": f"record {i} " + "x" * 50}) + "\n" for i in range(400))
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(lines.encode(), mtime=0)[:-40])
    docs, errors = collect(path)
    assert 0 < len(docs) < 400
    assert docs[0].text.startswith("record 0 ")
    (err,) = errors
    assert isinstance(err, cc.CorruptInputError) and "truncated" in str(err)


# --- size limits and giant lines -------------------------------------------------------


def test_record_longer_than_max_bytes_is_skipped_with_its_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"text": "short"}) + "\n" + json.dumps({"text": "y" * 5000}) + "\n"
        '{"text": "after"}\n'
    )
    docs, errors = collect(path, reader=cc.ReaderOptions(max_bytes=1000))
    assert [d.text for d in docs] == ["short", "after"]
    (err,) = errors
    assert isinstance(err, cc.InputTooLargeError) and str(err).startswith(f"{path}:2: ")


@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.zip", "bomb.csv.gz"])
def test_decompression_bomb_is_bounded(tmp_path, name):
    data = b"id,text\n1," if name.endswith(".csv.gz") else b""
    data += b"A" * (8 * 2**20)
    member = "bomb.txt" if name.endswith(".zip") else name
    path = write_container(tmp_path / name, {member: data})
    docs, errors = collect(path, reader=cc.ReaderOptions(max_bytes=2**20))
    assert docs == []
    (err,) = errors
    assert isinstance(err, cc.InputTooLargeError)
    assert str(err).startswith(str(path))


def _giant_line(mib: int) -> str:
    sentence = "Shelling continued overnight near the frontline, officials said. "
    return sentence * (mib * 2**20 // len(sentence))


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_giant_single_line_file_loads(tmp_path, fmt):
    line = _giant_line(2)
    path = tmp_path / f"giant.{fmt}"
    path.write_text(json.dumps({"text": line}) if fmt == "jsonl" else line)
    (doc,), errors = collect(path)
    assert errors == [] and doc.text == line.strip() and doc.language == "en"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_giant_50mb_single_line_file_loads(tmp_path, fmt):
    line = _giant_line(50)
    path = tmp_path / f"giant.{fmt}"
    path.write_text(json.dumps({"text": line}) if fmt == "jsonl" else line)
    del line
    (doc,), errors = collect(path)
    assert errors == [] and len(doc.text) > 50 * 10**6 and doc.language == "en"


# --- hostile HTML ----------------------------------------------------------------------

HOSTILE_HTML = [
    ("deep-divs", "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000),
    ("deep-unclosed", "<html><body>" + "<p><b><i><span>" * 50_000 + "text"),
    ("unclosed-comment", "<html><body><p>before</p><!-- never closed " + "x" * 100_000),
    ("script-only", "<html><head><script>" + "var a=1;" * 50_000 + "</script></head></html>"),
    ("huge-attribute", '<html><body><p class="' + "a" * 1_000_000 + '">text</p></body></html>'),
    ("many-attributes", "<p " + " ".join(f"a{i}=x" for i in range(50_000)) + ">t</p>"),
    ("entities", "<html><body><p>" + "&amp;&#x1F600;&bogus;&#99999999;" * 20_000 + "</p>"),
    ("nul-bytes", "<html><body><p>a\x00b</p>\x00</body></html>"),
    (
        "xml-bomb",
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;&b;&b;</p></body></html>',
    ),
    ("only-tags", "<html></html>"),
    ("frameset", "<frameset><frame src='x'></frameset>"),
]


@pytest.mark.parametrize("html", [h for _, h in HOSTILE_HTML], ids=[i for i, _ in HOSTILE_HTML])
def test_hostile_html_gives_a_document_or_a_typed_error(tmp_path, html):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    docs, errors = collect([path, path])  # the second read shows the batch goes on
    assert len(docs) + len(errors) == 2
    for err in errors:
        assert isinstance(err, cc.FormatError) and str(err).startswith(str(path))


NOT_HTML = [
    ("plain-text.html", ARTICLE.encode(), cc.FormatError, r"not HTML"),
    ("png.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, cc.BinaryInputError, r"not text"),
    ("json.htm", b'{"text": "a"}', cc.FormatError, r"not HTML"),
]


@pytest.mark.parametrize(("name", "data", "error", "reason"), NOT_HTML)
def test_html_that_is_not_html_is_a_typed_error(tmp_path, name, data, error, reason):
    pytest.importorskip("trafilatura")
    path = tmp_path / name
    path.write_bytes(data)
    docs, errors = collect(path)
    assert docs == []
    (err,) = errors
    assert type(err) is error and str(err).startswith(str(path)) and re.search(reason, str(err))


@pytest.mark.parametrize("data", [b"", b"   \n", b"<html><body></body></html>"])
def test_empty_html_gives_an_empty_document(tmp_path, data):
    pytest.importorskip("trafilatura")
    path = tmp_path / "e.html"
    path.write_bytes(data)
    (doc,), errors = collect(path)
    assert errors == [] and doc.text == ""


def test_csv_line_longer_than_max_bytes_ends_the_file_with_an_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\n1,short\n2," + "y" * 5000 + "\n3,after\n")
    docs, errors = collect(path, reader=cc.ReaderOptions(max_bytes=1000))
    assert [d.text for d in docs] == ["short"]
    (err,) = errors
    assert isinstance(err, cc.InputTooLargeError)
    assert str(err).startswith(f"{path}:3: ") and "rest of the file is not read" in str(err)
