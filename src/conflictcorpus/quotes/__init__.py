"""Quotes and their attribution: who said what, with speaker, role and cue.

``marks`` (quote-mark pairs as data) -> ``spans`` (pairing) -> ``cues`` (reporting verbs)
and ``attribution`` (sieve cascade) -> ``speakers`` (in-document resolution); ``extract``
composes them.

>>> from conflictcorpus.quotes import extract_quotes
>>> q = extract_quotes('“The city has fallen,” the governor said.')[0]
>>> q.kind, q.text, q.attribution.mention, q.attribution.cue
('direct', 'The city has fallen,', 'the governor', 'said')
"""

from .extract import extract_quotes, find_terms

__all__ = ["extract_quotes", "find_terms"]
