"""The command line: exit codes, summaries, output files, inspect and quotes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

import conflictcorpus as cc
from conflictcorpus.cli import QUOTE_COLUMNS, main


def test_process_samples_writes_jsonl(tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    assert main(["process", "--samples", "-o", str(out)]) == 0
    docs = list(cc.read_jsonl(out))
    assert len(docs) == 5
    assert "documents: 5" in capsys.readouterr().out


def test_process_to_parquet_with_workers(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    out = tmp_path / "s.parquet"
    assert main(["process", "--samples", "-o", str(out), "--workers", "2", "--no-progress"]) == 0
    assert list(cc.read_parquet(out)) == list(cc.load(cc.samples.directory()))
    assert (tmp_path / "s.quotes.parquet").exists()


def test_process_with_a_bad_input_exits_1_writes_the_rest_and_reports(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("The ceasefire collapsed on Tuesday, officials said.")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(256)) * 4)
    out, report = tmp_path / "o.jsonl", tmp_path / "errors.jsonl"
    args = ["process", str(good), str(bad), str(tmp_path / "missing.txt"), "-o", str(out)]
    assert main([*args, "--errors", str(report)]) == 1
    assert len(list(cc.read_jsonl(out))) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "bad.bin" in err
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    assert [r["type"] for r in rows] == ["BinaryInputError", "SourceNotFoundError"]


@pytest.mark.parametrize(
    "argv",
    [
        ["process", "-o", "x.jsonl"],
        ["process", "--samples"],
        ["process", "--samples", "-o", "x.jsonl", "--workers", "0"],
        ["inspect"],
        ["quotes", "--samples", "-o", "quotes.txt"],
        ["nonsense"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "process" in capsys.readouterr().out


def test_unknown_format_is_a_usage_error(capsys, tmp_path):
    assert main(["process", "--samples", "--format", "bogus", "-o", str(tmp_path / "x.jsonl")]) == 2
    assert "unknown format" in capsys.readouterr().err


def test_output_format_must_be_known(capsys, tmp_path):
    assert main(["process", "--samples", "-o", str(tmp_path / "x.txt")]) == 2


def test_schema_prints_the_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == json.loads(json.dumps(cc.document_json_schema()))


def test_inspect_plain_when_piped_shows_every_part(seed_paths):
    proc = subprocess.run(
        [sys.executable, "-m", "conflictcorpus", "inspect", str(seed_paths[4])],
        capture_output=True,
        text=True,
        check=True,
    )
    out = proc.stdout
    assert "\x1b[" not in out  # no colour codes when piped
    doc = next(cc.load(seed_paths[4]))
    assert doc.id in out and "── body" in out and "── removed" in out and "── quotes" in out
    assert doc.paragraphs[1] in out
    for r in doc.removed:
        assert r.text in out and r.rule in out


def test_inspect_color_always_uses_colour(capsys, seed_paths):
    assert main(["inspect", str(seed_paths[0]), "--color", "always"]) == 0
    assert "\x1b[" in capsys.readouterr().out


def test_inspect_json_prints_records(capsys):
    assert main(["inspect", "--samples", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    docs = [cc.Document.model_validate_json(line) for line in lines]
    assert docs == list(cc.load(cc.samples.directory()))


def test_inspect_missing_file_exits_1(capsys, tmp_path):
    assert main(["inspect", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_quotes_table(tmp_path, capsys, suffix):
    text = "“We will win this war,” Assad said on Tuesday.\n\nThe fighting went on."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / f"q{suffix}"
    assert main(["quotes", str(tmp_path / "a.txt"), "-o", str(out)]) == 0
    doc = cc.load_text(text)
    assert doc.quotes, "the sample text has a quote to write"
    if suffix == ".csv":
        with open(out, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
        assert tuple(reader.fieldnames) == QUOTE_COLUMNS
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(doc.quotes)
    assert [r["quote"] for r in rows] == [q.text for q in doc.quotes]
    assert f"quotes: {len(doc.quotes)}" in capsys.readouterr().out


def test_quotes_to_stdout_is_csv_with_a_header(capsys):
    assert main(["quotes", "--samples"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header == ",".join(QUOTE_COLUMNS)


def test_record_field_options_reach_the_reader(tmp_path, capsys):
    corpus = tmp_path / "dump.jsonl"
    rows = [
        {"body": "Shelling resumed overnight in the north as talks stalled again.", "link": "u1"},
        {"nobody": "x"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    args = ["process", str(corpus), "--text-field", "body", "--url-field", "link"]
    assert main([*args, "-o", str(out)]) == 1
    (doc,) = cc.read_jsonl(out)
    assert doc.url == "u1" and doc.text.startswith("Shelling")
    assert "dump.jsonl:2" in capsys.readouterr().err


def test_failed_inputs_get_a_report_beside_the_output_by_default(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("The ceasefire collapsed on Tuesday, officials said.")
    out = tmp_path / "o.jsonl"
    assert main(["process", str(good), str(tmp_path / "gone.txt"), "-o", str(out)]) == 1
    report = tmp_path / "o.jsonl.errors.jsonl"
    (row,) = [json.loads(line) for line in report.read_text().splitlines()]
    assert row["type"] == "SourceNotFoundError" and row["source"].endswith("gone.txt")
    assert str(report) in capsys.readouterr().out


def test_no_report_file_when_nothing_failed(tmp_path):
    out = tmp_path / "o.jsonl"
    assert main(["process", "--samples", "-o", str(out)]) == 0
    assert not (tmp_path / "o.jsonl.errors.jsonl").exists()
