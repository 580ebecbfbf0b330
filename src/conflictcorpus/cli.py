"""The ``conflictcorpus`` command: a thin layer over the public API.

Commands: ``process`` (a corpus to JSONL / Parquet), ``inspect`` (one article as a reader
would check it), ``quotes`` (the who-said-what table), ``schema`` (the JSON Schema).

Exit status: 0 when every input loaded, 1 when some inputs failed (the rest are still
written), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import samples
from ._version import __version__
from .batch import process, write_error_report
from .errors import ConflictCorpusError
from .models import Document, document_json_schema
from .pipeline import load
from .readers import ReaderOptions
from .writers import quote_rows

EPILOG = """examples:
  conflictcorpus process --samples -o samples.jsonl
  conflictcorpus process corpus/ -o corpus.parquet --workers 4 --errors errors.jsonl
  conflictcorpus inspect article.txt
  conflictcorpus inspect --samples | less -R
  conflictcorpus quotes corpus/ -o quotes.csv
  conflictcorpus schema > document.schema.json
"""

FIELD_OPTIONS = ("text_field", "id_field", "url_field", "title_field", "date_field")
"""Record-field options shared by the commands (see :class:`~conflictcorpus.ReaderOptions`)."""

QUOTE_COLUMNS = ("document", "source", "speaker", "mention", "role", "cue", "kind", "quote")
"""Columns of ``conflictcorpus quotes`` output."""

CATEGORY_STYLES = {
    "metadata": "bold cyan",
    "navigation": "magenta",
    "comment_notice": "yellow",
    "newsletter": "yellow",
    "donation": "yellow",
    "caption": "blue",
    "author_bio": "green",
    "related": "magenta",
    "social": "magenta",
    "advertisement": "red",
    "legal": "bright_black",
    "stray": "red",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictcorpus",
        description="Turn scraped articles into clean, typed, auditable records.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("inputs", nargs="*", metavar="INPUT", help="files, directories or globs")
        p.add_argument("--samples", action="store_true", help="use the bundled sample articles")
        p.add_argument("--format", help="read every input as this format (see docs: formats)")
        for name in FIELD_OPTIONS:
            p.add_argument(
                f"--{name.replace('_', '-')}",
                metavar="NAME",
                help=f"JSONL/CSV: the record field holding the {name.split('_')[0]}",
            )

    proc = sub.add_parser(
        "process",
        help="process articles into JSONL, JSONL.gz or Parquet",
        description="Process articles and write one record per document; print a summary.",
    )
    inputs(proc)
    proc.add_argument(
        "-o", "--output", required=True, help="output file: .jsonl, .jsonl.gz or .parquet"
    )
    proc.add_argument("-w", "--workers", type=int, default=1, help="processes to use")
    proc.add_argument(
        "--errors",
        metavar="FILE",
        help="JSONL report of failed inputs (default: OUTPUT.errors.jsonl, when any failed)",
    )
    proc.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    insp = sub.add_parser(
        "inspect",
        help="show articles with their metadata, body, removed lines and quotes",
        description="Show each article as a reader would check it: metadata, body, every "
        "removed line with its category and rule, every quote with speaker, role and cue.",
    )
    inputs(insp)
    insp.add_argument("--json", action="store_true", help="print the records as JSON lines")
    insp.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour output (default: only on a terminal)",
    )

    quo = sub.add_parser(
        "quotes",
        help="the who-said-what table as CSV or JSONL",
        description="One row per quote: " + ", ".join(QUOTE_COLUMNS) + ".",
    )
    inputs(quo)
    quo.add_argument("-o", "--output", help="output .csv or .jsonl (default: CSV on stdout)")

    sub.add_parser("schema", help="print the JSON Schema of the Document record")
    return parser


def _inputs(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[object]:
    items: list[object] = list(args.inputs)
    if args.samples:
        items.append(samples.directory())
    if not items:
        parser.error(f"{args.command} needs at least one INPUT, or --samples")
    return items


def _reader(args: argparse.Namespace) -> ReaderOptions | None:
    given = {name: getattr(args, name) for name in FIELD_OPTIONS if getattr(args, name)}
    return ReaderOptions(**given) if given else None


def _report(exc: ConflictCorpusError) -> None:
    print(f"error: {exc}", file=sys.stderr)


def _process(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    items = _inputs(args, parser)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    failures: list[ConflictCorpusError] = []

    def report(exc: ConflictCorpusError) -> None:
        failures.append(exc)
        _report(exc)

    summary = process(
        items,
        args.output,
        workers=args.workers,
        format=args.format,
        reader=_reader(args),
        progress=False if args.no_progress else None,
        on_error=report,
    )
    print(summary.format().replace("\n", f"  -> {args.output}\n", 1))
    # The report goes where --errors says, or, when something failed, beside the output.
    errors_path = args.errors or (f"{args.output}.errors.jsonl" if failures else None)
    if errors_path:
        write_error_report(failures, errors_path)
        print(f"error report: {errors_path}")
    return 1 if summary.errors else 0


def _docs(args: argparse.Namespace, parser: argparse.ArgumentParser, failed: list) -> Iterator:
    def handle(exc: ConflictCorpusError) -> None:
        failed.append(exc)
        _report(exc)

    return load(
        _inputs(args, parser),
        on_error=handle,
        format=args.format,
        reader=_reader(args),
        progress=False,
    )


def _name(doc: Document) -> str:
    return Path(doc.source).name if doc.source else doc.id


def _inspect(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    failed: list[ConflictCorpusError] = []
    docs = _docs(args, parser, failed)
    if args.json:
        for doc in docs:
            print(doc.model_dump_json())
        return 1 if failed else 0
    from rich.console import Console

    force = {"always": True, "never": False}.get(args.color)
    console = Console(
        force_terminal=force,
        no_color=args.color == "never",
        highlight=False,
        soft_wrap=True,
    )
    for doc in docs:
        _show(console, doc)
    return 1 if failed else 0


def _show(console, doc: Document) -> None:
    from rich.text import Text

    def field(label: str, value: object) -> None:
        line = Text()
        line.append(f"{label:<10} ", style="bold")
        line.append(str(value) if value not in (None, [], "") else "-")
        console.print(line)

    console.print(Text(f"══ {_name(doc)}", style="bold reverse"))
    field("id", doc.id)
    field("language", f"{doc.language} ({doc.language_probability:.2f})")
    field("title", doc.title)
    field("subtitle", doc.subtitle)
    field("authors", ", ".join(doc.authors))
    field("published", doc.published)
    field("section", doc.section)
    if doc.url:
        field("url", doc.url)

    console.print(Text(f"── body: {len(doc.paragraphs)} paragraphs", style="bold"))
    quoted = Text(doc.text)
    for q in doc.quotes:
        quoted.stylize("bold green" if q.attribution else "green", q.start, q.end)
    console.print(quoted)

    console.print(Text(f"── removed: {len(doc.removed)} lines", style="bold"))
    for r in doc.removed:
        line = Text()
        line.append(f"{r.category:<15} {r.rule:<28} ", style=CATEGORY_STYLES.get(r.category))
        line.append(r.text)
        console.print(line)

    console.print(Text(f"── quotes: {len(doc.quotes)}", style="bold"))
    for q in doc.quotes:
        a = q.attribution
        line = Text()
        line.append(f"{q.kind:<8} ", style="green")
        line.append(f"“{q.text}”")
        if a is not None:
            who = a.speaker + (f", {a.role}" if a.role else "")
            line.append(f"  — {who}", style="bold")
            if a.cue:
                line.append(f" [{a.cue}]", style="cyan")
        console.print(line)
    console.print()


def _quote_rows(docs) -> Iterator[dict]:
    """The library's flat quote rows, narrowed to :data:`QUOTE_COLUMNS` for reading."""
    for doc in docs:
        for row in quote_rows(doc):
            yield {
                "document": row["doc_id"],
                "source": doc.source,
                **{k: row[k] for k in ("speaker", "mention", "role", "cue", "kind")},
                "quote": row["words"],
            }


def _write_rows(rows: Iterator[dict], fh, as_jsonl: bool) -> int:
    if as_jsonl:

        def emit(row: dict) -> None:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    else:
        writer = csv.DictWriter(fh, fieldnames=QUOTE_COLUMNS)
        writer.writeheader()
        emit = writer.writerow
    count = 0
    for row in rows:
        emit(row)
        count += 1
    return count


def _quotes(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    failed: list[ConflictCorpusError] = []
    out_path = args.output
    if out_path and not out_path.endswith((".csv", ".jsonl")):
        parser.error("--output must end in .csv or .jsonl")
    rows = _quote_rows(_docs(args, parser, failed))
    if not out_path:
        _write_rows(rows, sys.stdout, as_jsonl=False)
        return 1 if failed else 0
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        n = _write_rows(rows, fh, as_jsonl=out_path.endswith(".jsonl"))
    print(f"quotes: {n}  errors: {len(failed)}  -> {out_path}")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    commands = {"process": _process, "inspect": _inspect, "quotes": _quotes}
    if args.command in commands:
        try:
            return commands[args.command](args, parser)
        except ConflictCorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2 if isinstance(exc, ValueError) else 1
    if args.command == "schema":
        print(json.dumps(document_json_schema(), indent=2, ensure_ascii=False))
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
