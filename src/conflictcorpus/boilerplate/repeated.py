"""Template lines of one site: lines that recur verbatim across many of its articles.

A line that stands, word for word, in most articles of one site is the site's template
("Sign up for the newsletter Sign up for Vox Recommends"), not anyone's article. Counting
lines per site is an explainable signal that no vocabulary can give: feed the result to
``Config(extra_boilerplate=...)`` after a look at it.

>>> pages = [f"Menu\\nShare this story\\n\\nArticle {i} says something new." for i in range(4)]
>>> repeated_lines(pages, min_documents=3)
['Menu', 'Share this story']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from ..config import Config
from ..errors import ConfigError, expect_str
from ..lines import split_lines
from ..normalize import normalize_text

__all__ = ["as_rules", "repeated_lines"]


def repeated_lines(
    texts: Iterable[str],
    *,
    min_documents: int = 3,
    min_share: float = 0.5,
    max_chars: int = 200,
    config: Config | None = None,
) -> list[str]:
    """Lines that recur verbatim in many documents of one site, most frequent first.

    Args:
        texts: Raw texts of articles from ONE site (mixing sites dilutes the counts).
        min_documents: A line must appear in at least this many documents.
        min_share: ... and in at least this share of all documents.
        max_chars: Longer lines are never reported: a long repeated paragraph is more
            likely a quoted statement than chrome, and worth a human look.
        config: Normalization options (the lines are compared after normalization).

    Returns:
        The lines (stripped), most frequent first, ties in first-seen order.
    """
    if min_documents < 1 or not 0 < min_share <= 1:
        raise ConfigError("min_documents must be >= 1 and min_share in (0, 1]")
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    n_docs = 0
    for text in texts:
        n_docs += 1
        normalized = normalize_text(expect_str(text), config=config)
        # page order, each line once per document: the result does not depend on hashing
        seen = dict.fromkeys(ln.text.strip() for ln in split_lines(normalized))
        for line in seen:
            if len(line) <= max_chars:
                counts[line] += 1
                order.setdefault(line, len(order))
    threshold = max(min_documents, min_share * n_docs)
    found = [line for line, c in counts.items() if c >= threshold]
    return sorted(found, key=lambda line: (-counts[line], order[line]))


def as_rules(lines: Iterable[str], category: str) -> tuple[tuple[str, str], ...]:
    """Exact-line rules for ``Config(extra_boilerplate=...)``: each line, escaped.

    >>> as_rules(["Share this story (2 min)"], "social")
    (('social', 'Share\\\\ this\\\\ story\\\\ \\\\(2\\\\ min\\\\)'),)
    """
    return tuple((category, regex.escape(line)) for line in lines)
