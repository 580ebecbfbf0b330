"""Batch runs: parallel equals serial, order, errors in a batch, summary, writers."""

from __future__ import annotations

import builtins
import datetime as dt
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import conflictcorpus as cc
from conflictcorpus.batch import Summary, build_many, process
from conflictcorpus.readers.base import RawText
from conflictcorpus.writers import (
    QUOTE_ROW_FIELDS,
    quote_rows,
    read_parquet,
    write,
    write_parquet,
)


@pytest.fixture
def corpus(tmp_path, seed_paths):
    """Seeds repeated with variations, a binary file and an empty file among them."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(4):
        for p in seed_paths:
            text = p.read_text(encoding="utf-8")
            (folder / f"{i}_{p.name}").write_text(f"Variant {i}\n\n{text}", encoding="utf-8")
    (folder / "2_zz_binary.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "3_empty.txt").write_bytes(b"")
    return folder


def test_parallel_output_equals_serial_and_keeps_order(corpus):
    serial_errors: list[cc.ConflictCorpusError] = []
    parallel_errors: list[cc.ConflictCorpusError] = []
    serial = list(cc.load(corpus, on_error=serial_errors.append))
    parallel = list(cc.load(corpus, on_error=parallel_errors.append, workers=2, chunksize=3))
    assert parallel == serial
    assert len(serial) == 21
    assert [str(e) for e in parallel_errors] == [str(e) for e in serial_errors]
    assert len(serial_errors) == 1 and "2_zz_binary.bin" in serial_errors[0].source


# Run in a fresh interpreter, since this test process has long imported every stage.
STAGES_CHILD = """
import json, sys, tempfile
from pathlib import Path
import conflictcorpus as cc

STAGES = ("conflictcorpus.boilerplate", "conflictcorpus.language", "conflictcorpus.metadata",
          "conflictcorpus.normalize", "conflictcorpus.quotes", "ftfy", "langdetect")

def loaded():
    return sorted(m for m in sys.modules if m.startswith(STAGES))

report = {"after import": loaded()}
out = Path(tempfile.mkdtemp()) / "corpus.jsonl.gz"
docs = cc.load(cc.samples.directory(), workers=2, chunksize=2, progress=False)
report["written"] = cc.write(docs, out)
report["after a parallel run"] = loaded()
cc.load_text("Rebels took the town.", config=cc.Config(boilerplate=False, quotes=False))
report["without boilerplate and quotes"] = loaded()
report["quotes"] = len(cc.extract_quotes("“The town has fallen,” the governor said."))
report["attribution loaded"] = "conflictcorpus.quotes.attribution" in sys.modules
print(json.dumps(report))
"""


def test_the_main_process_of_a_parallel_run_does_not_load_the_stages(tmp_path):
    """Workers build the documents; the main process only reads and writes, so it never
    imports the stages (their compiled patterns are tens of MB); a stage that the config
    leaves out is not imported at all. They still load on use."""
    src = str(Path(cc.__file__).resolve().parents[1])
    path = [src, os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [src]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    proc = subprocess.run(
        [sys.executable, "-c", STAGES_CHILD],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["after import"] == []
    assert report["written"] == 5
    assert report["after a parallel run"] == []
    # a stage the config leaves out is not loaded either
    light = report["without boilerplate and quotes"]
    assert "conflictcorpus.normalize" in light and "conflictcorpus.language" in light
    left_out = ("conflictcorpus.boilerplate", "conflictcorpus.metadata", "conflictcorpus.quotes")
    assert not [m for m in light if m.startswith(left_out)]
    assert report["quotes"] == 1 and report["attribution loaded"]


def test_stopping_early_in_a_parallel_run_is_clean(corpus):
    it = cc.load(corpus, on_error="skip", workers=2, chunksize=2)
    first = [next(it) for _ in range(3)]
    it.close()
    assert len(first) == 3


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2"])
def test_bad_workers_is_a_config_error(bad, corpus):
    with pytest.raises(cc.ConfigError):
        cc.load(corpus, workers=bad)


def test_build_many_passes_errors_through_in_place():
    err = cc.SourceNotFoundError("no such file", source="gone.txt")
    items = [RawText("First text here.", "a"), err, RawText("Second text here.", "b")]
    out = list(build_many(items, config=cc.Config(), workers=1))
    assert [type(x).__name__ for x in out] == ["Document", "SourceNotFoundError", "Document"]


def test_an_internal_failure_is_reported_against_its_input(monkeypatch):
    import conflictcorpus.pipeline as pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "split_lines", broken)
    out = list(build_many([RawText("text", "x.txt")], config=cc.Config()))
    assert isinstance(out[0], cc.ProcessingError)
    assert out[0].source == "x.txt" and "boom" in out[0].reason


@pytest.mark.parametrize(
    "err",
    [
        cc.SourceNotFoundError("no such file", source="a.txt"),
        cc.RecordError("bad json", source="c.jsonl", line=7),
        cc.MissingDependencyError("pyarrow", "parquet", "Writing Parquet"),
        cc.ProcessingError("internal", source="x"),
    ],
)
def test_errors_survive_pickling(err):
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and str(back) == str(err)
    assert back.__dict__ == err.__dict__


def test_summary_counts(seed_docs):
    s = Summary()
    for doc in s.track(seed_docs):
        assert doc is not None
    s.add_error(cc.BinaryInputError("not text", source="b.bin"))
    assert s.documents == 5 and s.languages["en"] == 5
    assert s.quotes == sum(len(d.quotes) for d in seed_docs)
    assert sum(s.removals.values()) == sum(len(d.removed) for d in seed_docs)
    assert s.errors == [("b.bin", "not text")]
    assert "documents: 5  errors: 1" in s.format()


def test_process_writes_everything_that_loaded_and_reports_the_rest(corpus, tmp_path):
    out = tmp_path / "out.jsonl.gz"
    report = tmp_path / "errors.jsonl"
    seen: list[cc.ConflictCorpusError] = []
    summary = process(corpus, out, workers=2, errors_path=report, on_error=seen.append)
    assert summary.documents == 21 == len(list(cc.read_jsonl(out)))
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    assert rows == [
        {"source": seen[0].source, "reason": seen[0].reason, "type": "BinaryInputError"}
    ]


def test_parquet_round_trip_and_flat_quotes_table(tmp_path, seed_docs):
    pq = pytest.importorskip("pyarrow.parquet")
    quote = cc.Quote(
        text="We will win",
        start=1,
        end=12,
        kind="direct",
        attribution=cc.Attribution(speaker="Bashar al-Assad", mention="Assad", cue="said"),
    )
    extra = cc.Document(id="q1", text="“We will win,” Assad said.", quotes=[quote])
    fetched = cc.Document(
        id="w1",
        site="Example News",
        retrieved=dt.datetime(2023, 5, 6, 10, 0, 0, 123456, tzinfo=dt.timezone.utc),
    )
    docs = [*seed_docs, extra, fetched]
    path = tmp_path / "corpus.parquet"
    assert write(docs, path) == len(docs)
    assert list(read_parquet(path)) == docs
    table = pq.read_table(tmp_path / "corpus.quotes.parquet")
    assert table.column_names == list(QUOTE_ROW_FIELDS)
    expected = [row for d in docs for row in quote_rows(d)]
    assert table.to_pylist() == expected
    assert {"doc_id": "q1", "speaker": "Bashar al-Assad"}.items() <= table.to_pylist()[-1].items()


def test_empty_parquet_is_still_a_valid_file(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "none.parquet"
    assert write_parquet([], path) == 0
    assert list(read_parquet(path)) == []


def test_missing_pyarrow_names_the_extra(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError("No module named 'pyarrow'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    monkeypatch.delitem(__import__("sys").modules, "pyarrow", raising=False)
    monkeypatch.delitem(__import__("sys").modules, "pyarrow.parquet", raising=False)
    with pytest.raises(cc.MissingDependencyError, match=r"conflictcorpus\[parquet\]"):
        write_parquet([], tmp_path / "x.parquet")


def test_unknown_output_suffix_is_a_config_error(tmp_path):
    with pytest.raises(cc.ConfigError, match="output format"):
        write([], tmp_path / "out.csv")
