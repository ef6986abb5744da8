"""newsnorm's benchmark, one command: ``./scripts/bench`` (or ``python -m bench``).

It measures, in one run, on this machine:

1. in-process ``normalise_article``: the reference article and the golden corpus
   (median and p99 per article, articles per second, peak memory);
2. HTTP: the real service under gunicorn on 127.0.0.1, driven by wrk, against a bare
   Flask app under the same gunicorn settings that parses and dumps the same JSON
   without normalising (bench/baseline_app.py); the ratio of the two;
3. scaling: inputs of 4 KB, 40 KB, 400 KB and 1 MB, and the time per KB of each;
4. batch: articles per second through /v1/normalise/batch with 100 items, against
   single requests;
5. start-up: from launching gunicorn to /readyz answering;
6. bulk: ``newsnorm bulk`` over the corpus's pages (text and HTML records) with one
   process and with two, and the Dask recipe on a LocalCluster of two worker processes
   over the same records (its records/s per worker against ``--jobs 1``).

Machines are noisy: HTTP runs alternate between the baseline and the service and the
table quotes medians over rounds. Results go to bench/results/<time>.json.

Every figure is of one build of the core, named at the top: the sources as they are
(pure Python), or with ``--compiled`` the build the image ships, compiled by mypyc
(bench/compiled.py makes it): the run starts again under it, and so do the servers
and the bulk runs it starts.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import compiled
from service.server import available_cpus

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
REFERENCE = GOLDEN / "cgtn" / "reference-china-russia-2024-09-11.txt"
RESULTS = ROOT / "bench" / "results"
LUA = ROOT / "bench" / "post.lua"
SERVICE_APP = "service:create_app()"
BASELINE_APP = "bench.baseline_app:create_app()"
SIZES = (4_000, 40_000, 400_000, 1_000_000)
BATCH_ITEMS = 100
#: Set in the benchmark's environment when it starts again under the compiled build.
_RESTARTED = "NEWSNORM_BENCH_COMPILED"

TARGETS = {
    "reference_median_ms": ("<=", 0.25),
    "corpus_median_ms": ("<=", 0.5),
    "unknown_median_ms": ("<=", 3.0),
    "html_median_ms": ("<=", 10.0),
    "http_ratio": (">=", 0.60),
    "one_mb_ms": ("<=", 300.0),
    "batch_speedup": (">=", 3.0),
    "startup_s": ("<", 3.0),
    "bulk_speedup": (">=", 1.7),
    "engine_per_worker": (">=", 0.8),
}


# -- in-process ----------------------------------------------------------------


def _timings(function: Callable[[], object], repeat: int) -> list[float]:
    """Seconds per call, after a warm-up, with the collector out of the way."""
    for _ in range(min(repeat, 50)):
        function()
    gc.collect()
    gc.disable()
    try:
        result = []
        for _ in range(repeat):
            start = time.perf_counter()
            function()
            result.append(time.perf_counter() - start)
        return result
    finally:
        gc.enable()


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98] if len(values) > 1 else values[0]


def golden_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(GOLDEN.glob("*/*.txt"))]


def scaled_article(size: int) -> str:
    """An article of about ``size`` characters: the reference's header and footer around
    body paragraphs taken, in turn, from the golden corpus."""
    from service.normalise import normalise_article

    paragraphs = [p for text in golden_texts() for p in normalise_article(text).body]
    reference = REFERENCE.read_text(encoding="utf-8")
    head, _, _ = reference.partition("China is willing")
    footer = "\n\nSource(s): Xinhua News Agency\nCopyright © \n\nRELATED STORIES"
    body: list[str] = []
    length = len(head) + len(footer)
    index = 0
    while length < size:
        paragraph = paragraphs[index % len(paragraphs)]
        body.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return (head + "\n\n".join(body) + footer)[:size]


def unknown_outlets(rounds: int) -> dict[str, Any] | None:
    """Real pages of outlets without a profile: the held-out pages of the development
    corpus, as copied (None without the corpus)."""
    from bench import accuracy
    from service.normalise import normalise_article

    pages = [page.text for page in accuracy.select(accuracy.load_pages(accuracy.corpus_path(), html=False), "held-out")]
    if not pages:
        return None
    per_page = [min(_timings(lambda text=text: normalise_article(text), rounds)) for text in pages]
    return {"pages": len(pages), "median_ms": statistics.median(per_page) * 1e3, "p99_ms": _p99(per_page) * 1e3}


def html_pages(rounds: int) -> dict[str, Any] | None:
    """The same held-out pages as HTML, through normalise_html (markup read, text
    rendered and read); None without the corpus."""
    from bench import accuracy
    from service.normalise import normalise_html

    pages = [p for p in accuracy.select(accuracy.load_pages(accuracy.corpus_path()), "held-out") if p.html]
    if not pages:
        return None
    per_page = [
        min(_timings(lambda page=page: normalise_html(page.html, address=page.url or None), rounds)) for page in pages
    ]
    return {"pages": len(pages), "median_ms": statistics.median(per_page) * 1e3, "p99_ms": _p99(per_page) * 1e3}


def in_process(repeat: int) -> dict[str, Any]:
    from service.normalise import normalise_article, warm_up

    warm_up()
    reference = REFERENCE.read_text(encoding="utf-8")
    reference_times = _timings(lambda: normalise_article(reference), repeat)

    corpus = golden_texts()
    per_article: list[float] = []
    rounds = max(1, repeat // len(corpus))
    for text in corpus:
        per_article += _timings(lambda text=text: normalise_article(text), rounds)

    scaling = {}
    for size in SIZES:
        text = scaled_article(size)
        times = _timings(lambda text=text: normalise_article(text), max(3, 2_000_000 // size // 10))
        scaling[str(size)] = {
            "median_ms": statistics.median(times) * 1e3,
            "us_per_kb": statistics.median(times) * 1e6 / (size / 1000),
        }

    tracemalloc.start()
    for text in corpus:
        normalise_article(text)
    corpus_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    normalise_article(scaled_article(1_000_000))
    one_mb_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # After the memory figures: the corpus is loaded for this alone, and would count in them.
    max_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    unknown = unknown_outlets(2)
    html = html_pages(2)

    return {
        "reference": {"median_ms": statistics.median(reference_times) * 1e3, "p99_ms": _p99(reference_times) * 1e3},
        "corpus": {
            "articles": len(corpus),
            "median_ms": statistics.median(per_article) * 1e3,
            "p99_ms": _p99(per_article) * 1e3,
            "articles_per_s": len(per_article) / sum(per_article),
        },
        "unknown": unknown,
        "html": html,
        "scaling": scaling,
        "memory": {
            "corpus_peak_kib": corpus_peak / 1024,
            "one_mb_peak_mib": one_mb_peak / 1024 / 1024,
            "process_max_rss_mib": max_rss_mib,
        },
    }


def sources_in_process(repeat: int) -> dict[str, Any]:
    """The in-process figures of the sources (pure Python), measured in this run beside
    the compiled build's: the same code, so the ratio is the compiler's."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH", _RESTARTED)}
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "sources.json"
        command = [sys.executable, "-m", "bench", "--in-process-only", "--repeat", str(repeat), "--output", str(output)]
        subprocess.run(command, cwd=ROOT, env=env, check=True)
        return json.loads(output.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# -- HTTP ----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def gunicorn(
    app: str, workers: int, env: dict[str, str] | None = None
) -> Iterator[tuple[str, float, subprocess.Popen[bytes]]]:
    """Run ``app`` under gunicorn with the service's settings (and ``env`` over them); yield
    its URL, the seconds from launch to /readyz answering, and the master process."""
    port = _free_port()
    env = {**os.environ, **(env or {}), "WEB_CONCURRENCY": str(workers), "NEWSNORM_BIND": f"127.0.0.1:{port}"}
    command = [sys.executable, "-m", "gunicorn", "--config", "python:service.gunicorn_conf", app]
    # The service logs a line per request: to a file, since an unread pipe would fill and block it.
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"gunicorn exited: {log.read().decode()[-2000:]}")
                try:
                    with urllib.request.urlopen(url + "/readyz", timeout=1) as answer:
                        if answer.status == 200:
                            break
                except OSError:
                    time.sleep(0.02)
            yield url, time.perf_counter() - started, process
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


_WRK_LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def wrk(url: str, body: Path, seconds: int, connections: int) -> dict[str, float]:
    result = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(LUA), url],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NEWSNORM_BENCH_BODY": str(body)},
    )
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    latency = {q: float(v) * _UNITS[u] for q, v, u in _WRK_LATENCY.findall(out)}
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "requests_per_s": rps,
        "p50_ms": latency.get("50", float("nan")),
        "p99_ms": latency.get("99", float("nan")),
        "non_2xx": int(errors[1]) if errors else 0,
        "socket_errors": sum(int(n) for n in sockets.groups()) if sockets else 0,
    }


def http(seconds: int, rounds: int, connections: int, workers: int) -> dict[str, Any]:
    reference = REFERENCE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        single = Path(folder) / "single.json"
        single.write_text(json.dumps({"text": reference}), encoding="utf-8")
        batch = Path(folder) / "batch.json"
        items = [{"id": str(i), "text": reference} for i in range(BATCH_ITEMS)]
        batch.write_text(json.dumps({"items": items}), encoding="utf-8")

        runs: dict[str, list[dict[str, float]]] = {"baseline": [], "service": [], "batch": []}
        startups: list[float] = []
        for _ in range(rounds):
            with gunicorn(BASELINE_APP, workers) as (url, _, _process):
                runs["baseline"].append(wrk(url + "/v1/normalise", single, seconds, connections))
            with gunicorn(SERVICE_APP, workers) as (url, startup, _process):
                startups.append(startup)
                runs["service"].append(wrk(url + "/v1/normalise", single, seconds, connections))
                runs["batch"].append(wrk(url + "/v1/normalise/batch", batch, seconds, connections))

    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    summary = {name: {key: median(name, key) for key in runs[name][0]} for name in runs}
    summary["batch"]["articles_per_s"] = summary["batch"]["requests_per_s"] * BATCH_ITEMS
    return {
        "runs": runs,
        "summary": summary,
        "ratio": summary["service"]["requests_per_s"] / summary["baseline"]["requests_per_s"],
        "batch_speedup": summary["batch"]["articles_per_s"] / summary["service"]["requests_per_s"],
        "startup_s": statistics.median(startups),
        "settings": {"seconds": seconds, "rounds": rounds, "connections": connections, "workers": workers},
    }


# -- bulk ----------------------------------------------------------------------


def bulk_records(limit: int) -> list[dict[str, Any]]:
    """Records for the bulk runs: the corpus's pages, as text and (every other one) as
    HTML with its address; the golden pages many times over without the corpus."""
    from bench import accuracy

    records: list[dict[str, Any]] = []
    folder = accuracy.corpus_path()
    for index, page in enumerate(accuracy.load_pages(folder) if folder.exists() else []):
        if index % 2 and page.html:
            record: dict[str, Any] = {"id": page.id, "html": page.html}
            url = page.url.strip()
            if re.match(r"https?://[^\s/?#]+\S*\Z", url):
                record["url"] = url
        else:
            record = {"id": page.id, "text": page.text}
        records.append(record)
    copy = 0
    while len(records) < limit:
        for path in sorted(GOLDEN.glob("*/*.txt")) + sorted(GOLDEN.glob("*/*.html")):
            kind = "html" if path.suffix == ".html" else "text"
            records.append({"id": f"{path.parent.name}/{path.name}#{copy}", kind: path.read_text(encoding="utf-8")})
        copy += 1
    return records[:limit]


def bulk(limit: int, rounds: int) -> dict[str, Any]:
    """Records/s of ``newsnorm bulk`` with one process and two, and of the Dask recipe
    with two worker processes (cluster started beforehand), alternating over rounds."""
    records = bulk_records(limit)
    runs: dict[str, list[float]] = {"jobs1": [], "jobs2": [], "dask2": []}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "records.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        engine = _dask_client()
        if engine is not None:
            from service.partitions import start_worker

            engine[0].run(start_worker)  # as a bulk process's start-up is outside its records/s
        try:
            for _ in range(rounds):
                for jobs in (1, 2):
                    command = [
                        sys.executable,
                        "-m",
                        "service.cli",
                        "bulk",
                        str(source),
                        "-o",
                        str(Path(folder) / "out"),
                    ]
                    done = subprocess.run(
                        [*command, "--jobs", str(jobs), "--no-progress"],
                        cwd=ROOT,
                        check=True,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                    # Its own figure, from its start to its last result (the interpreter's
                    # start-up is outside it, as the engine's workers' is).
                    runs[f"jobs{jobs}"].append(float(re.findall(r"\(([\d.]+) records/s\)", done.stderr)[-1]))
                if engine is not None:
                    from service import dask_bulk

                    shutil.rmtree(Path(folder) / "dask", ignore_errors=True)
                    started = time.perf_counter()
                    dask_bulk.run(
                        str(source),
                        str(Path(folder) / "dask"),
                        engine[0],
                        block_bytes=max(1 << 20, source.stat().st_size // 48),
                    )
                    runs["dask2"].append(len(records) / (time.perf_counter() - started))
        finally:
            if engine is not None:
                engine[0].close()
                engine[1].close()
    one, two = statistics.median(runs["jobs1"]), statistics.median(runs["jobs2"])
    dask = statistics.median(runs["dask2"]) if runs["dask2"] else None
    return {
        "records": len(records),
        "runs": runs,
        "records_per_s": {"jobs1": one, "jobs2": two, "dask2": dask},
        "bulk_speedup": two / one,
        "engine_per_worker": dask / 2 / one if dask is not None else None,
    }


def _dask_client() -> tuple[Any, Any] | None:
    """The recipe's LocalCluster of two one-thread worker processes and its client (None
    without the [dask] extra)."""
    try:
        from service import dask_bulk
    except ImportError:
        return None
    return dask_bulk.local_cluster(2)


# -- report --------------------------------------------------------------------


def _verdict(name: str, value: float) -> str:
    op, target = TARGETS[name]
    ok = value <= target if op == "<=" else value >= target if op == ">=" else value < target
    return f"{'met' if ok else 'MISSED'} (target {op} {target:g})"


def report(result: dict[str, Any]) -> str:
    proc, lines = result["in_process"], []
    add = lines.append
    add("newsnorm benchmark")
    add(f"  {result['machine']}")
    add(f"  core: {result.get('core', 'pure Python')}")
    add("")
    add("in-process normalise_article")
    ref, corpus = proc["reference"], proc["corpus"]
    add(
        f"  reference article     median {ref['median_ms']:.3f} ms   p99 {ref['p99_ms']:.3f} ms   "
        + _verdict("reference_median_ms", ref["median_ms"])
    )
    add(
        f"  golden corpus ({corpus['articles']:>2})    median {corpus['median_ms']:.3f} ms   "
        f"p99 {corpus['p99_ms']:.3f} ms   {corpus['articles_per_s']:.0f} articles/s   "
        + _verdict("corpus_median_ms", corpus["median_ms"])
    )
    unknown = proc.get("unknown")
    if unknown is None:
        add("  corpus pages          skipped: no corpus at ../shared/corpus (set NEWSNORM_CORPUS)")
    else:
        add(
            f"  corpus pages ({unknown['pages']})   median {unknown['median_ms']:.3f} ms   "
            f"p99 {unknown['p99_ms']:.3f} ms   (held out; outlets without a profile)   "
            + _verdict("unknown_median_ms", unknown["median_ms"])
        )
    html = proc.get("html")
    if html is not None:
        add(
            f"  corpus pages as HTML ({html['pages']})   median {html['median_ms']:.3f} ms   "
            f"p99 {html['p99_ms']:.3f} ms   (held out; markup and rendered text)   "
            + _verdict("html_median_ms", html["median_ms"])
        )
    sources = result.get("sources_in_process")
    if sources is not None:
        pairs = [
            (name, sources[key]["median_ms"], proc[key]["median_ms"])
            for name, key in (
                ("reference", "reference"),
                ("golden", "corpus"),
                ("text pages", "unknown"),
                ("HTML pages", "html"),
            )
            if sources.get(key) and proc.get(key)
        ]
        add("  the sources (pure Python) in this run, median:")
        for name, then, now in pairs:
            add(f"    {name:<12}{then:9.3f} ms   the compiled core x{then / now:.2f} as fast")
    memory = proc["memory"]
    add(
        f"  peak memory           corpus {memory['corpus_peak_kib']:.0f} KiB traced; "
        f"1 MB input {memory['one_mb_peak_mib']:.1f} MiB traced; "
        f"process max RSS {memory['process_max_rss_mib']:.0f} MiB"
    )
    add("")
    add("scaling (one article of each size)")
    first = proc["scaling"][str(SIZES[0])]["us_per_kb"]
    for size in SIZES:
        row = proc["scaling"][str(size)]
        add(
            f"  {size / 1000:>6.0f} KB   {row['median_ms']:9.2f} ms   {row['us_per_kb']:7.1f} us/KB "
            f"(x{row['us_per_kb'] / first:.2f} of 4 KB)"
        )
    add("  1 MB: " + _verdict("one_mb_ms", proc["scaling"]["1000000"]["median_ms"]))
    if "http" in result:
        web = result["http"]
        summary = web["summary"]
        add("")
        add(
            f"HTTP on 127.0.0.1 (gunicorn, {web['settings']['workers']} workers; wrk, "
            f"{web['settings']['connections']} connections, {web['settings']['seconds']:g} s x "
            f"{web['settings']['rounds']} rounds; medians)"
        )
        for name, label in (
            ("baseline", "bare Flask baseline"),
            ("service", "newsnorm /v1/normalise"),
            ("batch", f"newsnorm batch of {BATCH_ITEMS}"),
        ):
            row = summary[name]
            add(
                f"  {label:<26} {row['requests_per_s']:8.0f} req/s   p50 {row['p50_ms']:7.2f} ms   "
                f"p99 {row['p99_ms']:7.2f} ms   errors {row['non_2xx'] + row['socket_errors']:.0f}"
            )
        add(f"  service / baseline        {web['ratio']:.2f}   " + _verdict("http_ratio", web["ratio"]))
        add(
            f"  batch articles/s          {summary['batch']['articles_per_s']:.0f} = x{web['batch_speedup']:.1f} "
            "of single requests   " + _verdict("batch_speedup", web["batch_speedup"])
        )
        add(f"  start-up to ready         {web['startup_s']:.2f} s   " + _verdict("startup_s", web["startup_s"]))
    if "bulk" in result:
        run = result["bulk"]
        rate = run["records_per_s"]
        add("")
        add(f"bulk over {run['records']} records (medians of {len(run['runs']['jobs1'])} rounds)")
        add(f"  newsnorm bulk --jobs 1    {rate['jobs1']:8.0f} records/s")
        add(
            f"  newsnorm bulk --jobs 2    {rate['jobs2']:8.0f} records/s = x{run['bulk_speedup']:.2f}   "
            + _verdict("bulk_speedup", run["bulk_speedup"])
        )
        if run["engine_per_worker"] is None:
            add("  Dask recipe               skipped: the [dask] extra is not installed")
        else:
            add(
                f"  Dask recipe, 2 workers    {rate['dask2']:8.0f} records/s = {run['engine_per_worker']:.2f} of "
                "--jobs 1 per worker   " + _verdict("engine_per_worker", run["engine_per_worker"])
            )
    return "\n".join(lines)


#: The figures compared with an earlier run (--against): a path into the results, and
#: whether more is better.
FIGURES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("reference median ms", ("in_process", "reference", "median_ms"), False),
    ("golden corpus median ms", ("in_process", "corpus", "median_ms"), False),
    ("corpus pages median ms", ("in_process", "unknown", "median_ms"), False),
    ("corpus pages as HTML median ms", ("in_process", "html", "median_ms"), False),
    ("1 MB input ms", ("in_process", "scaling", "1000000", "median_ms"), False),
    ("bare Flask req/s", ("http", "summary", "baseline", "requests_per_s"), True),
    ("service req/s", ("http", "summary", "service", "requests_per_s"), True),
    ("service / bare Flask", ("http", "ratio"), True),
    ("batch articles/s", ("http", "summary", "batch", "articles_per_s"), True),
    ("batch / single", ("http", "batch_speedup"), True),
    ("start-up s", ("http", "startup_s"), False),
    ("bulk --jobs 1 records/s", ("bulk", "records_per_s", "jobs1"), True),
    ("bulk --jobs 2 records/s", ("bulk", "records_per_s", "jobs2"), True),
)


def _figure(result: dict[str, Any], path: tuple[str, ...]) -> float | None:
    value: Any = result
    for key in path:
        if not isinstance(value, dict) or value.get(key) is None:
            return None
        value = value[key]
    return float(value)


def comparison(result: dict[str, Any], earlier: dict[str, Any]) -> str:
    """Each figure both runs have: then, now, and now as a share of then. Figures from
    two runs carry the machine's drift between them: quote the ratios inside one run
    first (service / bare Flask, batch / single)."""
    lines = [f"against the run of {earlier.get('when', '?')}", f"  {'figure':<32}{'then':>10}{'now':>10}   now/then"]
    for label, path, more_is_better in FIGURES:
        then, now = _figure(earlier, path), _figure(result, path)
        if then is None or now is None or then == 0:
            continue
        better = now >= then if more_is_better else now <= then
        verdict = "same" if abs(now / then - 1) < 0.02 else "better" if better else "worse"
        lines.append(f"  {label:<32}{then:>10.3f}{now:>10.3f}   x{now / then:.2f} {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2000, help="timed calls of the reference article")
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="alternating baseline/service HTTP rounds")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument(
        "--workers", type=int, default=available_cpus(), help="gunicorn workers (the service's default)"
    )
    parser.add_argument("--no-http", action="store_true", help="no HTTP figures")
    parser.add_argument("--no-bulk", action="store_true", help="no bulk figures")
    parser.add_argument("--bulk-records", type=int, default=2000, help="records in each bulk run")
    parser.add_argument("--output", type=Path, help="result file (default bench/results/<time>.json)")
    parser.add_argument("--against", type=Path, help="an earlier result file: print each figure beside it")
    parser.add_argument(
        "--compiled", action="store_true", help="measure the core compiled by mypyc, as the image ships it"
    )
    parser.add_argument("--in-process-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.compiled and not compiled.is_compiled():
        if os.environ.get(_RESTARTED):
            print("bench: the compiled build did not load", file=sys.stderr)
            return 2
        try:
            folder = compiled.build()
        except compiled.Unavailable as why:
            print(f"bench: cannot compile the core here: {why}", file=sys.stderr)
            return 2
        command = [sys.executable, "-m", "bench", *(sys.argv[1:] if argv is None else argv)]
        os.execve(sys.executable, command, {**compiled.environment(folder), _RESTARTED: "1"})

    result: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "core": "compiled by mypyc" if compiled.is_compiled() else "pure Python",
        "machine": f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.machine()}, load {os.getloadavg()[0]:.2f}",
        "in_process": in_process(args.repeat),
    }
    if args.in_process_only:
        assert args.output is not None
        args.output.write_text(json.dumps(result["in_process"]), encoding="utf-8")
        return 0
    if compiled.is_compiled():
        result["sources_in_process"] = sources_in_process(args.repeat)
    if not args.no_http:
        if shutil.which("wrk") is None:
            print(
                "bench: wrk is not installed (Debian: apt-get install wrk); use --no-http to skip HTTP", file=sys.stderr
            )
            return 2
        result["http"] = http(args.seconds, args.rounds, args.connections, args.workers)
    if not args.no_bulk:
        result["bulk"] = bulk(args.bulk_records, max(1, args.rounds))
    output = args.output or RESULTS / f"{result['when'].replace(':', '')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(report(result))
    if args.against is not None:
        print("\n" + comparison(result, json.loads(args.against.read_text(encoding="utf-8"))))
    print(f"\nresults: {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    return 0
