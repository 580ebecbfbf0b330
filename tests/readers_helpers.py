"""Builders for reader test inputs, and the invariants every Document must satisfy."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import conflictcorpus as cc
from conflictcorpus.lines import split_lines

ARTICLE = (
    "Rebels said on Monday that the town had fallen after weeks of heavy fighting.\n\n"
    "“We will not retreat,” the commander told reporters, according to a statement."
)

COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


def write_container(path: Path, members: dict[str, bytes]) -> Path:
    """Write ``members`` into the archive (or single compressed file) ``path`` names."""
    name = path.name
    if name.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for member, data in members.items():
                z.writestr(member, data)
        return path
    for suffix, mode in (
        (".tar.gz", "w:gz"),
        (".tgz", "w:gz"),
        (".tar.bz2", "w:bz2"),
        (".tar.xz", "w:xz"),
        (".tar", "w"),
    ):
        if name.endswith(suffix):
            with tarfile.open(path, mode) as t:
                for member, data in members.items():
                    info = tarfile.TarInfo(member)
                    info.size = len(data)
                    t.addfile(info, io.BytesIO(data))
            return path
    (data,) = members.values()
    for suffix, compress in COMPRESS.items():
        if name.endswith(suffix):
            path.write_bytes(compress(data))
            return path
    path.write_bytes(data)
    return path


def collect(source, **kwargs) -> tuple[list[cc.Document], list[cc.ConflictCorpusError]]:
    """Load ``source`` with errors collected; check every document's invariants."""
    errors: list[cc.ConflictCorpusError] = []
    docs = list(cc.load(source, on_error=errors.append, **kwargs))
    for doc in docs:
        check_invariants(doc)
    return docs, errors


def check_invariants(doc: cc.Document) -> None:
    """Offsets slice their texts; every non-blank input line is in the body or removed once."""
    assert doc.input_text is not None
    for r in doc.removed:
        assert doc.input_text[r.start : r.end] == r.text
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    input_lines = Counter(ln.text for ln in split_lines(doc.input_text))
    body_lines = Counter(ln.text for ln in split_lines(doc.text))
    removed_lines = Counter(r.text for r in doc.removed)
    assert body_lines + removed_lines == input_lines
