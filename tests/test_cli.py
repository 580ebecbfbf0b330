"""The command line: exit codes, summary, output file."""

from __future__ import annotations

import json

import conflictcorpus as cc
from conflictcorpus.cli import main


def test_process_samples_writes_jsonl(tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    assert main(["process", "--samples", "-o", str(out)]) == 0
    docs = list(cc.read_jsonl(out))
    assert len(docs) == 5
    assert "documents: 5" in capsys.readouterr().out


def test_process_with_a_bad_input_exits_1_and_writes_the_rest(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("The ceasefire collapsed on Tuesday, officials said.")
    out = tmp_path / "o.jsonl"
    assert main(["process", str(good), str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert len(list(cc.read_jsonl(out))) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    import pytest

    with pytest.raises(SystemExit) as info:
        main(["process", "-o", "x.jsonl"])
    assert info.value.code == 2
    assert main([]) == 2


def test_schema_prints_the_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == json.loads(json.dumps(cc.document_json_schema()))
