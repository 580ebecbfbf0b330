"""The examples in the quote modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "conflictcorpus.quotes",
    "conflictcorpus.quotes.marks",
    "conflictcorpus.quotes.spans",
    "conflictcorpus.quotes.cues",
    "conflictcorpus.quotes.speakers",
    "conflictcorpus.quotes.extract",
    "conflictcorpus.quotes.foreign",
    "conflictcorpus.quotes.names",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
