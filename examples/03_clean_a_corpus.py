"""Clean a folder of scraped articles into JSONL and Parquet, and print the summary.

Run it with ``python examples/03_clean_a_corpus.py [FOLDER]``; without a folder it uses a
copy of the bundled sample articles with one unreadable file added, to show that a bad
input is reported and the rest of the batch is still written.
"""

import shutil
import sys
import tempfile
from pathlib import Path

import conflictcorpus as cc


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="conflictcorpus-"))
    if len(sys.argv) > 1:
        corpus = Path(sys.argv[1])
    else:
        corpus = work / "corpus"
        shutil.copytree(cc.samples.directory(), corpus)
        (corpus / "broken.txt").write_bytes(bytes(range(256)) * 4)  # not text at all

    for output in (work / "corpus.jsonl.gz", work / "corpus.parquet"):
        summary = cc.process(corpus, output, workers=2, errors_path=work / "errors.jsonl")
        print(f"wrote {output.name}")
        print(summary.format())
        for source, reason in summary.errors:
            print(f"  failed: {Path(source).name}: {reason}")
        print()

    docs = list(cc.read_jsonl(work / "corpus.jsonl.gz"))
    print(f"read back {len(docs)} documents; quotes table: corpus.quotes.parquet")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
