"""newsnorm over partitions: the adapter for engines that map a function over a
partition of records at a time (Dask's ``Bag.map_partitions``, Spark's
``RDD.mapPartitions``).

The core is a pure function, so scaling out is a map: each worker process makes one
:class:`~service.records.Normaliser` on first use, from the ``NEWSNORM_*`` settings of
its environment, and keeps it for every partition it is given. Nothing here imports an
engine; :mod:`service.dask_bulk` is the recipe for one.

Two shapes, the same results as ``newsnorm bulk`` and the batch endpoint:

- :func:`normalise_records`: records as parsed JSON values in, results as dicts out;
- :func:`normalise_lines`: records as JSON text (a line of JSON Lines) in, results as
  JSON text out (no line ending), parsed and encoded on the worker. A line that holds
  no JSON value gets a problem result with a null id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .bodies import parse_json, parse_json_text
from .problems import Problem, problem_body
from .records import Normaliser
from .responses import encode_json

_normaliser: Normaliser | None = None


def normaliser() -> Normaliser:
    """This process's normaliser, made the first time a partition needs it."""
    global _normaliser
    if _normaliser is None:
        _normaliser = Normaliser()
    return _normaliser


def start_worker() -> None:
    """Make this process's normaliser now (imports, the date parser's warm-up), so that
    the first partition does not wait for it."""
    normaliser()


def normalise_records(records: Iterable[Any]) -> list[dict[str, Any]]:
    """The results of a partition's records, in order."""
    return list(normaliser().results(records))


def normalise_lines(lines: Iterable[str | bytes]) -> list[str]:
    """The results of a partition's JSON Lines, in order, as JSON text."""
    made = normaliser()
    results = []
    for line in lines:
        try:
            # Engines read text files as str: parsed as it is, not encoded to be decoded again.
            record = parse_json_text(line.rstrip("\r\n")) if isinstance(line, str) else parse_json(line.rstrip(b"\r\n"))
        except Problem as problem:
            result = {"id": None, "error": problem_body(400, f"The line holds no record: {problem.description}")}
        else:
            result = made.guarded_result(record)
        results.append(encode_json(result).decode("utf-8"))
    return results
