"""Who said what: the quotes of the sample articles as a CSV file and a pandas summary.

Needs pandas (``pip install pandas``) for the summary.
"""

import csv
import tempfile
from pathlib import Path

import pandas as pd

import conflictcorpus as cc

COLUMNS = ["document", "speaker", "role", "cue", "kind", "quote"]


def main() -> None:
    rows = []
    for doc in cc.load(cc.samples.directory()):
        for q in doc.quotes:
            a = q.attribution
            rows.append(
                {
                    "document": doc.title or doc.id,
                    "speaker": a.speaker if a else None,
                    "role": a.role if a else None,
                    "cue": a.cue if a else None,
                    "kind": q.kind,
                    "quote": q.text,
                }
            )

    out = Path(tempfile.mkdtemp(prefix="conflictcorpus-")) / "quotes.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} quotes to {out}")

    df = pd.read_csv(out)
    print("\nquotes by kind:")
    print(df["kind"].value_counts().to_string())
    print("\nquotes by speaker:")
    print(df.groupby("speaker", dropna=False).size().sort_values(ascending=False).to_string())
    print("\nwhat each named speaker said:")
    for speaker, group in df.dropna(subset=["speaker"]).groupby("speaker"):
        role = next((r for r in group["role"] if isinstance(r, str)), "")
        print(f"- {speaker}{' (' + role + ')' if role else ''}")
        for text in group["quote"]:
            print(f"    “{text[:90]}{'…' if len(text) > 90 else ''}”")


if __name__ == "__main__":
    main()
