"""Process the sample articles on a local Dask cluster and write Parquet partitions.

Needs the ``dask`` and ``parquet`` extras: ``pip install "conflictcorpus[dask,parquet]"``.
The same code runs on a real cluster: pass its scheduler address to ``Client``.
"""

import shutil
import tempfile
from pathlib import Path

from distributed import Client, LocalCluster

import conflictcorpus as cc
from conflictcorpus import dask as ccd


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="conflictcorpus-dask-"))
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        print(f"cluster with {len(client.scheduler_info()['workers'])} worker processes")
        bag = ccd.from_paths(cc.samples.directory(), npartitions=2, on_error="keep")
        print(f"errors: {ccd.errors(bag).compute()}")
        paths = ccd.to_parquet(bag, out)
        print("wrote", ", ".join(Path(p).name for p in paths))

    docs = [d for p in paths for d in cc.read_parquet(p)]
    serial = list(cc.load(cc.samples.directory()))
    print(f"{len(docs)} documents; identical to a serial run: {docs == serial}")
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
