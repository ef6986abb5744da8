"""The Dask recipe: ``newsnorm bulk`` beyond one machine.

    pip install 'newsnorm[dask]'
    python -m service.dask_bulk 'records/*.jsonl' results/ --workers 8
    python -m service.dask_bulk 's3://bucket/records/*.jsonl' s3://bucket/results/ --scheduler tcp://host:8786

Reads JSON Lines of records (the files of ``newsnorm bulk``'s input, split into blocks
at line ends), maps :func:`service.partitions.normalise_lines` over the partitions, and
writes one file of results per partition, ``000000.jsonl``, ``000001.jsonl``, ...: read
in their names' order, the results are in input order, a line for each line. Each Dask worker
process keeps one normaliser, made from its own ``NEWSNORM_*`` settings.

Without ``--scheduler``, a LocalCluster of ``--workers`` processes of one thread each
(the work is CPU-bound: more threads per process would only share its GIL), with the
workers' statistical profiler off (:data:`WORKER_CONFIG`). On a cluster of your own, set
``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False`` in the workers' environment for the same.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import dask.bag as db
from dask.distributed import Client, LocalCluster

from .partitions import normalise_lines, start_worker

#: Bytes of input per partition: large enough that a task's overhead is small against
#: its work (some hundreds of pages), small enough to spread over many workers.
BLOCK_BYTES = 16 * 1024 * 1024
#: Dask's workers sample the running task's stack every 10 ms for the dashboard's profile:
#: on this CPU-bound work that costs a worker about 6% of its records/s (measured on two
#: workers over 2,000 corpus records), for a view that a batch run does not read.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def results(inputs: str | list[str], *, block_bytes: int = BLOCK_BYTES) -> db.Bag:
    """The results' bag of the records in ``inputs`` (paths or globs, any fsspec URL)."""
    lines = db.read_text(inputs, blocksize=block_bytes, linedelimiter="\n")
    bag: db.Bag = lines.map_partitions(normalise_lines)
    return bag


def run(inputs: str | list[str], output: str, client: Client, *, block_bytes: int = BLOCK_BYTES) -> list[str]:
    """Write the results of ``inputs`` to ``output`` (a folder) on ``client``'s cluster;
    the files written, in input order."""
    client.run(start_worker)  # each worker's normaliser, made before the work is timed by anyone
    folder = output.rstrip("/")
    written = db.core.to_textfiles(
        results(inputs, block_bytes=block_bytes),
        folder + "/*.jsonl",
        name_function=_part_name,
        last_endline=True,
        compute=False,
    )
    client.gather(client.compute(written))
    return [f"{folder}/{_part_name(index)}.jsonl" for index in range(len(written))]


def local_cluster(workers: int) -> tuple[Client, LocalCluster]:
    """A client of a new LocalCluster on this machine: ``workers`` processes of one thread,
    each started under :data:`WORKER_CONFIG` (each nanny keeps it for the workers it starts,
    a worker restarted after a fault too)."""
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, config=WORKER_CONFIG
    )
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def _part_name(index: int) -> str:
    """A partition's file name, so that the names' order is the input's."""
    return f"{index:06d}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.dask_bulk", description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines files or globs (local paths or fsspec URLs)")
    parser.add_argument("output", help="the folder for the results' files")
    parser.add_argument("--scheduler", help="a Dask scheduler's address; default: a LocalCluster on this machine")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--block-mib", type=int, default=BLOCK_BYTES >> 20, help="MiB of input per partition")
    args = parser.parse_args(argv)
    cluster: Any = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client, cluster = local_cluster(args.workers)
    try:
        started = time.perf_counter()
        files = run(args.inputs, args.output, client, block_bytes=args.block_mib << 20)
        print(
            f"newsnorm: {len(files)} result files in {args.output} in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
