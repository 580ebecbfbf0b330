"""Load the bundled sample articles and print a one-line summary of each.

Run it with ``python examples/01_quickstart.py``.
"""

from collections import Counter

import conflictcorpus as cc


def main() -> None:
    for doc in cc.load(cc.samples.directory()):
        name = doc.source.rsplit("/", 1)[-1] if doc.source else "(text)"
        removed = Counter(r.category for r in doc.removed)
        print(f"{name}  id={doc.id}  lang={doc.language} ({doc.language_probability:.2f})")
        print(f"  title:     {doc.title or '-'}")
        print(f"  authors:   {', '.join(doc.authors) or '-'}   published: {doc.published or '-'}")
        print(f"  body:      {len(doc.paragraphs)} paragraphs, {len(doc.text.split())} words")
        print(f"  removed:   {dict(removed) or '-'}")
        print(f"  quotes:    {len(doc.quotes)}")


if __name__ == "__main__":
    main()
