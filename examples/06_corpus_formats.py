"""Read a JSONL corpus with its own field names from inside a zip, and see what was skipped.

Run it with ``python examples/06_corpus_formats.py``; it writes its small corpus to a
temporary folder first.
"""

import gzip
import json
import tempfile
import zipfile
from pathlib import Path

import conflictcorpus as cc


def make_corpus(folder: Path) -> Path:
    """A zip with a gzipped news dump (one bad line in it) and a plain-text article."""
    records = [
        {
            "maintext": "Rebels said on Monday that the town had fallen after weeks of fighting.",
            "url": "https://news.example.org/town-falls",
            "title": "Town falls after weeks of fighting",
            "date_publish": "2024-03-01 08:00:00",
            "authors": ["Jane Doe"],
        },
        "this line is not JSON",
        {"headline": "a record without the text field"},
    ]
    lines = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records)
    path = folder / "dump.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("2024/news.jsonl.gz", gzip.compress(lines.encode()))
        z.writestr("2024/notes.txt", "The ceasefire held overnight, officials said on Tuesday.")
        z.writestr("2024/", b"")
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = make_corpus(Path(tmp))
        options = cc.ReaderOptions(text_field="maintext", date_field="date_publish")
        stats = cc.ReadStats()
        errors: list[cc.ConflictCorpusError] = []
        for doc in cc.load(path, reader=options, on_error=errors.append, stats=stats):
            print(f"{Path(doc.source).name}: {doc.title or '-'} | {doc.published or '-'}")
            print(f"  url: {doc.url or '-'}  authors: {', '.join(doc.authors) or '-'}")
            print(f"  body: {doc.text}")
        for err in errors:
            print(f"error: {Path(str(err)).name}")
        print(
            f"documents: {stats.documents}  errors: {stats.errors}  skipped: {dict(stats.skipped)}"
        )


if __name__ == "__main__":
    main()
