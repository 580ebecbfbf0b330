"""Page anatomy: every line of a scraped article as body, metadata or boilerplate.

>>> from conflictcorpus.boilerplate import analyze
>>> from conflictcorpus.lines import split_lines
>>> text = "Rebels take the town\\n\\n" + "Rebels said on Monday that the town had fallen. " * 3
>>> anatomy = analyze(split_lines(text.strip()))
>>> anatomy.title
'Rebels take the town'
"""

from .classify import Anatomy, analyze
from .repeated import as_rules, repeated_lines
from .rules import RULES, Rule, catalogue_rst

__all__ = ["RULES", "Anatomy", "Rule", "analyze", "as_rules", "catalogue_rst", "repeated_lines"]
