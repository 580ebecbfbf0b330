"""The word 4-shingle score shared by the body benchmarks (``boilerplate.py``,
``html_extraction.py``): lower-case ``\\w+`` tokens, shingles compared as multisets."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+")
N = 4


def shingles(text: str, *, n: int = N) -> Counter[tuple[str, ...]]:
    """Multiset of word n-shingles of ``text`` (a text under n words: the whole text)."""
    toks = _TOKEN.findall(text.lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Shingle precision, recall and F1 of ``pred`` against ``gold``."""
    p, g = shingles(pred), shingles(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else (1.0 if not g else 0.0)
    recall = overlap / sum(g.values()) if g else (1.0 if not p else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
