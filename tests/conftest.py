from __future__ import annotations

from pathlib import Path

import pytest

import conflictcorpus as cc

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", help="run the slow fuzz runs too")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: pass --run-slow to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return cc.samples.paths()


@pytest.fixture(scope="session")
def seed_docs(seed_paths) -> list[cc.Document]:
    return list(cc.load(seed_paths))
