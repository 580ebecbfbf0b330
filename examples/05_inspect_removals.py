"""What was removed from each sample article, and why.

Every non-blank input line is either in the body or in ``doc.removed`` with its category
and the rule that decided it, and its offsets slice the normalized input back to it.
"""

from collections import Counter

import conflictcorpus as cc


def main() -> None:
    totals: Counter[str] = Counter()
    for doc in cc.load(cc.samples.directory()):
        print(f"== {doc.source.rsplit('/', 1)[-1]}: {doc.title or '(no title found)'}")
        for r in doc.removed:
            assert doc.input_text[r.start : r.end] == r.text  # traceable to its characters
            text = r.text if len(r.text) <= 70 else r.text[:67] + "..."
            print(f"  {r.category:<15} {r.rule:<28} {text}")
            totals[r.category] += 1
        if not doc.removed:
            print("  (nothing removed)")
    print()
    print("removed lines by category:", dict(totals.most_common()))


if __name__ == "__main__":
    main()
