"""Decoding files: encodings, BOMs, binary input, missing and unreadable paths."""

from __future__ import annotations

import pytest

import conflictcorpus as cc
from conflictcorpus.readers import decode_bytes, read_text_file

FRENCH = (
    "La guerre en Syrie a fait des centaines de milliers de morts. Les civils d’Alep ont "
    "fui les bombardements, et l’opposition accuse le régime d’avoir utilisé des armes "
    "chimiques à plusieurs reprises. « Nous n’avons plus rien », a déclaré un réfugié."
)
GERMAN = "Der Krieg in Syrien: Flüchtlinge berichten über Gräuel, sagte der Außenminister."
RUSSIAN = "Война в Сирии унесла сотни тысяч жизней, заявил министр обороны."

ENCODINGS = [
    # (text, how it is encoded, the encoding we report)
    (FRENCH, "utf-8", "utf-8"),
    (FRENCH, "utf-8-sig", "utf-8-sig"),
    (FRENCH, "utf-16", "utf-16"),
    (FRENCH, "utf-16-be-bom", "utf-16"),
    (FRENCH, "utf-32", "utf-32"),
    (FRENCH, "cp1252", "cp1252"),
    (GERMAN, "cp1252", "cp1252"),
    ("Les réfugiés ont fui Alep en été. Ça coûte cher, selon le ministère.", "latin-1", "cp1252"),
    (RUSSIAN, "cp1251", "cp1251"),
]


def _encode(text: str, how: str) -> bytes:
    if how == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(how)


@pytest.mark.parametrize(("text", "how", "reported"), ENCODINGS)
def test_encodings_decode_correctly(text, how, reported):
    raw = decode_bytes(_encode(text, how), source="x")
    assert raw.text == text
    assert raw.encoding == reported


def test_cp1252_french_file_loads_as_french_with_accents(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    doc = next(cc.load(path))
    assert doc.language == "fr"
    assert "réfugié" in doc.text and "d’Alep" in doc.text and "« Nous" in doc.text
    assert doc.encoding == "cp1252"


def test_utf8_with_a_stray_nul_is_still_text():
    raw = decode_bytes(b"Assad said the war was over.\x00 It was not.")
    assert raw.text.startswith("Assad said")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" + bytes(range(40)) * 5,
        b"\x00\x01\x02\x03" * 300,
        b"\xff\xfe" + b"\x00\xd8" * 10,  # UTF-16 BOM followed by lone surrogates
    ],
)
def test_binary_bytes_raise_a_typed_error(data):
    with pytest.raises(cc.BinaryInputError) as info:
        decode_bytes(data, source="blob.bin")
    assert info.value.source == "blob.bin"
    assert isinstance(info.value, cc.ConflictCorpusError)


def test_binary_file_raises_naming_the_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(cc.ConflictCorpusError, match=r"image\.png"):
        list(cc.load(path))


def test_missing_path_raises_at_the_call(tmp_path):
    with pytest.raises(cc.SourceNotFoundError, match=r"nope\.txt"):
        cc.load(tmp_path / "nope.txt")


def test_glob_matching_nothing_raises(tmp_path):
    with pytest.raises(cc.SourceNotFoundError, match="glob"):
        cc.load(str(tmp_path / "*.txt"))


def test_directory_given_as_a_file_is_unreadable(tmp_path):
    with pytest.raises(cc.UnreadableSourceError, match="directory"):
        read_text_file(tmp_path)


def test_permission_denied_is_unreadable(tmp_path, monkeypatch):
    from conflictcorpus.readers import streams

    path = tmp_path / "secret.txt"
    path.write_text("x")

    def deny(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(streams, "open", deny, raising=False)  # root could read a chmod-0 file
    with pytest.raises(cc.UnreadableSourceError, match="permission"):
        read_text_file(path)


def test_empty_file_gives_an_empty_document(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = next(cc.load(path))
    assert doc.text == "" and doc.language == "und" and doc.removed == [] and doc.quotes == []


def test_bytes_given_to_load_text_name_the_fix():
    with pytest.raises(cc.InputTypeError, match="decode_bytes"):
        cc.load_text(b"bytes")  # type: ignore[arg-type]
