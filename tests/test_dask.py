"""Dask bags, checked against a real distributed LocalCluster with worker processes."""

from __future__ import annotations

import pytest

import conflictcorpus as cc

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
from conflictcorpus import dask as ccd  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture
def corpus(tmp_path, seed_paths):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        for p in seed_paths:
            (folder / f"{i}_{p.name}").write_text(f"Copy {i}\n\n" + p.read_text("utf-8"))
    return folder


def test_bag_from_paths_on_a_cluster_equals_the_serial_run(client, corpus):
    serial = list(cc.load(corpus))
    bag = ccd.from_paths(corpus, npartitions=4)
    assert bag.compute() == serial


def test_bag_from_texts_and_records(client, seed_paths):
    texts = [p.read_text("utf-8") for p in seed_paths]
    records = [{"text": t, "source": f"r{i}", "url": f"https://x/{i}"} for i, t in enumerate(texts)]
    got = ccd.from_texts(dask_bag.from_sequence(records, npartitions=2)).compute()
    assert [d.source for d in got] == ["r0", "r1", "r2", "r3", "r4"]
    assert [d.text for d in got] == [cc.load_text(t).text for t in texts]
    assert got[0].url == "https://x/0"
    plain = ccd.from_texts(dask_bag.from_sequence(texts, npartitions=2)).compute()
    assert [d.id for d in plain] == [d.id for d in got]


def test_write_partitions_to_jsonl_and_parquet(client, corpus, tmp_path):
    serial = list(cc.load(corpus))
    bag = ccd.from_paths(corpus, npartitions=3)
    paths = ccd.to_jsonl(bag, tmp_path / "out")
    assert len(paths) == 3
    back = [d for p in paths for d in cc.read_jsonl(p)]
    assert back == serial
    ppaths = ccd.to_parquet(bag, tmp_path / "pq")
    assert [d for p in ppaths for d in cc.read_parquet(p)] == serial
    assert len(list((tmp_path / "pq" / "quotes").glob("*.parquet"))) == 3


def test_bad_inputs_raise_or_are_kept(client, corpus, tmp_path):
    (corpus / "9_bad.bin").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(cc.BinaryInputError):
        ccd.from_paths(corpus).compute()
    kept = ccd.from_paths(corpus, on_error="keep", npartitions=2)
    assert len(ccd.documents(kept).compute()) == 15
    (err,) = ccd.errors(kept).compute()
    assert err.source.endswith("9_bad.bin")
    paths = ccd.to_jsonl(kept, tmp_path / "kept")
    assert any(p.endswith(".jsonl") and "errors-" in p for p in paths)


def test_missing_text_field_is_a_record_error_value():
    bag = dask_bag.from_sequence([{"body": "x"}, "A real text about the war."], npartitions=1)
    items = ccd.from_texts(bag, on_error="keep").compute(scheduler="sync")
    assert isinstance(items[0], cc.RecordError) and isinstance(items[1], cc.Document)


def test_bad_on_error_is_a_config_error(corpus):
    with pytest.raises(cc.ConfigError):
        ccd.from_paths(corpus, on_error="skip")  # type: ignore[arg-type]
