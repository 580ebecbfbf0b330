"""Run the examples in every module's docstrings."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import conflictcorpus

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(conflictcorpus.__path__, prefix="conflictcorpus.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_there_are_docstring_examples_to_run():
    finder = doctest.DocTestFinder()
    examples = sum(
        len(t.examples) for n in MODULES for t in finder.find(importlib.import_module(n))
    )
    assert examples >= 20
