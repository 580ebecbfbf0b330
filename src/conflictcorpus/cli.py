"""The ``conflictcorpus`` command: a thin layer over the public API.

Exit status: 0 when every input loaded, 1 when some inputs failed (the rest are still
written), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence

from . import samples
from ._version import __version__
from .errors import ConflictCorpusError
from .models import Document, document_json_schema
from .pipeline import load
from .writers import write_jsonl

EPILOG = """examples:
  conflictcorpus process --samples -o samples.jsonl
  conflictcorpus process corpus/ -o corpus.jsonl.gz
  conflictcorpus schema > document.schema.json
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictcorpus",
        description="Turn scraped articles into clean, typed, auditable records.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    proc = sub.add_parser("process", help="process articles into a JSONL file")
    proc.add_argument("inputs", nargs="*", metavar="INPUT", help="files, directories or globs")
    proc.add_argument("--samples", action="store_true", help="process the bundled samples")
    proc.add_argument("-o", "--output", required=True, help="output .jsonl or .jsonl.gz")

    sub.add_parser("schema", help="print the JSON Schema of the Document record")
    return parser


def _process(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    inputs: list[object] = list(args.inputs)
    if args.samples:
        inputs.append(samples.directory())
    if not inputs:
        parser.error("process needs at least one INPUT, or --samples")
    errors: list[ConflictCorpusError] = []
    removals: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    quotes = 0

    def counted(docs):
        nonlocal quotes
        for doc in docs:
            doc: Document
            removals.update(r.category for r in doc.removed)
            languages[doc.language] += 1
            quotes += len(doc.quotes)
            yield doc

    def report(exc: ConflictCorpusError) -> None:
        errors.append(exc)
        print(f"error: {exc}", file=sys.stderr)

    n = write_jsonl(counted(load(inputs, on_error=report)), args.output)
    print(f"documents: {n}  errors: {len(errors)}  quotes: {quotes}  -> {args.output}")
    if languages:
        print("languages: " + ", ".join(f"{k} {v}" for k, v in languages.most_common()))
    if removals:
        print("removed lines: " + ", ".join(f"{k} {v}" for k, v in removals.most_common()))
    return 1 if errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "process":
        try:
            return _process(args, parser)
        except ConflictCorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    if args.command == "schema":
        print(json.dumps(document_json_schema(), indent=2, ensure_ascii=False))
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
