"""The ``conflictcorpus`` command: a thin layer over the public API.

Exit status: 0 when every input loaded, 1 when some inputs failed (the rest are still
written), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import samples
from ._version import __version__
from .batch import process
from .errors import ConflictCorpusError
from .models import document_json_schema

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
    proc.add_argument(
        "-o", "--output", required=True, help="output file: .jsonl, .jsonl.gz or .parquet"
    )
    proc.add_argument("-w", "--workers", type=int, default=1, help="processes to use")
    proc.add_argument("--errors", metavar="FILE", help="write a JSONL report of failed inputs")
    proc.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    sub.add_parser("schema", help="print the JSON Schema of the Document record")
    return parser


def _process(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    inputs: list[object] = list(args.inputs)
    if args.samples:
        inputs.append(samples.directory())
    if not inputs:
        parser.error("process needs at least one INPUT, or --samples")
    if args.workers < 1:
        parser.error("--workers must be at least 1")

    def report(exc: ConflictCorpusError) -> None:
        print(f"error: {exc}", file=sys.stderr)

    summary = process(
        inputs,
        args.output,
        workers=args.workers,
        progress=False if args.no_progress else None,
        errors_path=args.errors,
        on_error=report,
    )
    print(summary.format().replace("\n", f"  -> {args.output}\n", 1))
    return 1 if summary.errors else 0


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
