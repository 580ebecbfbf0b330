"""Every ``$ conflictcorpus …`` command shown in the docs runs, in a folder that has the
``corpus/`` and ``article.txt`` the examples name (copies of the bundled samples)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys

import pytest
import regex

import conflictcorpus as cc
from conftest import ROOT

_COMMAND = regex.compile(r"^\s*\$ (conflictcorpus .+?)\s*(?:#.*)?$", regex.MULTILINE)


def _commands() -> list[tuple[str, str]]:
    found = []
    for page in sorted((ROOT / "docs").glob("*.rst")):
        for m in _COMMAND.finditer(page.read_text(encoding="utf-8")):
            found.append((page.name, m.group(1)))
    return found


COMMANDS = _commands()


def test_the_docs_show_commands():
    assert len(COMMANDS) >= 5


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_docs_command_runs(page, command, tmp_path):
    shutil.copytree(cc.samples.directory(), tmp_path / "corpus")
    shutil.copy(cc.samples.paths()[0], tmp_path / "article.txt")
    line = command.split("|")[0]  # what a pager does with the output is not ours to test
    line = line.split(">")[0]  # the printed output is checked here instead of a file
    argv = shlex.split(line)
    assert argv[0] == "conflictcorpus"
    proc = subprocess.run(
        [sys.executable, "-m", "conflictcorpus", *argv[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, f"{page}: {command}\n{proc.stdout}\n{proc.stderr}"
    assert proc.stdout.strip()
