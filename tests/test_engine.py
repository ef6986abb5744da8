"""The engine recipe, run for real: a Dask LocalCluster of two worker processes over a
few hundred pages (the corpus's, else the golden pages many times over), giving the
results that the same records give in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import accuracy
from service.partitions import normalise_lines, normalise_records
from service.records import Normaliser

from .conftest import GOLDEN

PAGES = 300


def _records() -> list[dict[str, Any]]:
    """A few hundred records: corpus pages as text and as HTML where the corpus is here."""
    corpus = accuracy.corpus_path()
    pages = accuracy.load_pages(corpus)[: PAGES // 2] if corpus.exists() else []
    records: list[dict[str, Any]] = []
    for page in pages:
        records.append({"id": f"{page.id}.txt", "text": page.text})
        if page.html:
            records.append({"id": f"{page.id}.html", "html": page.html})
    golden = sorted(GOLDEN.glob("*/*.txt")) + sorted(GOLDEN.glob("*/*.html"))
    copy = 0
    while len(records) < PAGES:
        for path in golden:
            kind = "html" if path.suffix == ".html" else "text"
            records.append({"id": f"{path.parent.name}/{path.name}#{copy}", kind: path.read_text(encoding="utf-8")})
        copy += 1
    return records[:PAGES]


def test_the_adapter_gives_the_records_results() -> None:
    records = _records()[:20]
    expected = [Normaliser().result(record) for record in records]
    assert normalise_records(records) == expected
    lines = [json.dumps(record) + "\n" for record in records] + ["not JSON\n"]
    made = [json.loads(line) for line in normalise_lines(lines)]
    assert made[:-1] == expected
    assert made[-1]["id"] is None and made[-1]["error"]["status"] == 400


def test_the_dask_recipe_on_two_worker_processes(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the [dask] extra is not installed")
    from service import dask_bulk

    records = _records()
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    client, cluster = dask_bulk.local_cluster(2)
    with cluster, client:
        # Small blocks: several partitions, so that both workers take some.
        files = dask_bulk.run(str(source), str(tmp_path / "results"), client, block_bytes=source.stat().st_size // 6)
        workers = client.run(lambda: __import__("service.partitions").partitions._normaliser is not None)
        profiling = client.run(lambda: __import__("dask").config.get("distributed.worker.profile.enabled"))
        client.restart()  # a worker the nanny starts again keeps the setting
        restarted = client.run(lambda: __import__("dask").config.get("distributed.worker.profile.enabled"))
    assert len(files) >= 4
    results = [json.loads(line) for path in files for line in Path(path).read_text(encoding="utf-8").splitlines()]
    assert results == [Normaliser().result(record) for record in records]
    assert len(workers) == 2 and all(workers.values())  # one normaliser in each worker process
    assert list(profiling.values()) == [False, False]  # the recipe's cluster has its workers' profiler off
    assert list(restarted.values()) == [False, False]


def test_a_fault_on_one_record_fails_that_record_not_the_partition(monkeypatch: pytest.MonkeyPatch) -> None:
    from service import records

    def faulty(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a fault in the core")

    monkeypatch.setattr(records, "normalise_article", faulty)
    made = normalise_records([{"id": "a", "text": "Some text."}, {"id": "b", "text": "More text."}])
    assert [(result["id"], result["error"]["status"]) for result in made] == [("a", 500), ("b", 500)]
