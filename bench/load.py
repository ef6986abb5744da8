"""Load and fault runs against the real service under gunicorn on 127.0.0.1.

    ./scripts/loadtest            # 60 s of sustained load, then the fault runs
    ./scripts/loadtest --quick    # a short version (CI)

1. Maximum throughput: wrk for a few seconds on the reference article.
2. Sustained load at 80% of it, from a rate-limited client: 5xx, connection errors,
   p50/p99 latency, and the workers' memory (RSS) in the first and last stretch.
3. A worker killed (SIGKILL) mid-load: gunicorn replaces it; failed requests counted.
4. SIGTERM under load: requests sent before it must complete; new ones are refused.
5. Hostile runs (bench/hostile.py): 200 slow or idle connections held while the
   reference article is sent, the largest pathological texts, cut bodies, invented
   methods and paths against /metrics.

Every request goes to 127.0.0.1; every loop is bounded in count and time. Exit status 1
when a check fails. Results go to bench/results/load-<time>.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bench import hostile
from bench.run import REFERENCE, RESULTS, SERVICE_APP, gunicorn, wrk
from service.config import DEFAULTS
from service.server import available_cpus

MEMORY_GROWTH_LIMIT = 0.10
#: The reference article's rate with slow clients held, as a share of its rate without.
SLOW_CLIENT_RATE_SHARE = 0.80
#: Seconds /healthz may take while slow clients are held.
HEALTH_LIMIT_S = 1.0
#: A pathological text may take this many times as long as plain prose of its size (in
#: the prose's slower shape, see bench/hostile.py).
PATHOLOGICAL_RATIO = 3.0
WORKER_TIMEOUT_S = int(os.environ.get("NEWSNORM_WORKER_TIMEOUT", "30"))


@dataclass
class Tally:
    """What a load run saw."""

    latencies: list[float] = field(default_factory=list)
    ok: int = 0
    server_errors: int = 0
    client_errors: int = 0
    connection_errors: int = 0
    #: Requests sent before a given moment that did not complete.
    lost_before: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        pick = (lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3) if ordered else (lambda q: 0.0)
        return {
            "ok": self.ok,
            "server_errors": self.server_errors,
            "client_errors": self.client_errors,
            "connection_errors": self.connection_errors,
            "lost_before_signal": self.lost_before,
            "p50_ms": pick(0.50),
            "p99_ms": pick(0.99),
        }


def _client(port: int, body: bytes, rate: float, until: float, tally: Tally, cutoff: list[float]) -> None:
    """Send requests at ``rate`` per second until ``until``, reconnecting when needed."""
    connection: http.client.HTTPConnection | None = None
    interval, next_at = 1.0 / rate, time.monotonic()
    while time.monotonic() < until:
        next_at += interval
        sent = time.monotonic()
        try:
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("POST", "/v1/normalise", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            with tally.lock:
                tally.latencies.append(time.monotonic() - sent)
                if response.status >= 500:
                    tally.server_errors += 1
                elif response.status >= 400:
                    tally.client_errors += 1
                else:
                    tally.ok += 1
        except (OSError, http.client.HTTPException):
            with tally.lock:
                tally.connection_errors += 1
                if cutoff and sent < cutoff[0]:
                    tally.lost_before += 1
            if connection is not None:
                connection.close()
            connection = None
            time.sleep(0.05)
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    if connection is not None:
        connection.close()


def _load(
    port: int, body: bytes, rate: float, seconds: float, threads: int = 4, cutoff: list[float] | None = None
) -> tuple[Tally, list[threading.Thread]]:
    tally, until = Tally(), time.monotonic() + seconds
    workers = [
        threading.Thread(target=_client, args=(port, body, rate / threads, until, tally, cutoff or []))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    return tally, workers


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def sustained(url: str, master: int, body: bytes, rate: float, seconds: float) -> dict[str, Any]:
    port = int(url.rsplit(":", 1)[1])
    tally, workers = _load(port, body, rate, seconds)
    samples: list[tuple[float, int]] = []
    started = time.monotonic()
    while any(w.is_alive() for w in workers):
        samples.append((time.monotonic() - started, sum(_rss_kib(c) for c in _children(master))))
        time.sleep(1)
    for worker in workers:
        worker.join()
    window = max(2.0, min(10.0, seconds / 4))
    first = [rss for at, rss in samples if at <= window and rss]
    last = [rss for at, rss in samples if at >= seconds - window and rss]
    growth = (statistics.mean(last) - statistics.mean(first)) / statistics.mean(first) if first and last else 0.0
    return {
        **tally.summary(),
        "rate": rate,
        "seconds": seconds,
        "achieved_rps": len(tally.latencies) / seconds,
        "rss_first_kib": statistics.mean(first) if first else 0,
        "rss_last_kib": statistics.mean(last) if last else 0,
        "rss_growth": growth,
    }


def kill_a_worker(url: str, master: int, body: bytes, rate: float, seconds: float) -> dict[str, Any]:
    port = int(url.rsplit(":", 1)[1])
    tally, workers = _load(port, body, rate, seconds)
    time.sleep(seconds / 2)
    victims = _children(master)
    if victims:
        os.kill(victims[0], signal.SIGKILL)
    for worker in workers:
        worker.join()
    replaced = victims and victims[0] not in _children(master) and len(_children(master)) == len(victims)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", "/readyz")
    answering = conn.getresponse().status == 200
    conn.close()
    return {**tally.summary(), "killed": victims[:1], "replaced": bool(replaced), "answering_after": answering}


def sigterm_under_load(body: bytes, rate: float, workers: int) -> dict[str, Any]:
    with gunicorn(SERVICE_APP, workers) as (url, _, process):
        port, master = int(url.rsplit(":", 1)[1]), process.pid
        cutoff: list[float] = []
        tally, threads = _load(port, body, rate, 4.0, cutoff=cutoff)
        time.sleep(1.5)
        cutoff.append(time.monotonic())
        os.kill(master, signal.SIGTERM)
        for thread in threads:
            thread.join()
        try:
            stopped = process.wait(timeout=30) == 0
        except subprocess.TimeoutExpired:
            stopped = False
    return {**tally.summary(), "master_exited": stopped}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="length of the sustained run")
    parser.add_argument("--quick", action="store_true", help="short runs (CI): 8 s sustained")
    parser.add_argument("--workers", type=int, default=available_cpus(), help="default: the service's own")
    args = parser.parse_args(argv)
    seconds = 8.0 if args.quick else args.seconds
    body = json.dumps({"text": REFERENCE.read_text(encoding="utf-8")}).encode()
    result: dict[str, Any] = {"when": datetime.now(UTC).isoformat(timespec="seconds")}

    with gunicorn(SERVICE_APP, args.workers) as (url, _, process):
        body_file = RESULTS / ".load-body.json"
        body_file.parent.mkdir(parents=True, exist_ok=True)
        body_file.write_bytes(body)
        try:
            maximum = wrk(url + "/v1/normalise", body_file, 3 if args.quick else 5, 8)["requests_per_s"]
        finally:
            body_file.unlink(missing_ok=True)
        rate = 0.8 * maximum
        result["max_rps"] = maximum
        result["sustained"] = sustained(url, process.pid, body, rate, seconds)
        result["kill"] = kill_a_worker(url, process.pid, body, rate, 4.0 if args.quick else 10.0)
        result["hostile"] = hostile.run(url, quick=args.quick, limit=int(DEFAULTS["MAX_BODY_BYTES"]))
    result["sigterm"] = sigterm_under_load(body, rate, args.workers)
    slow, patho = result["hostile"]["slow_clients"], result["hostile"]["pathological"]
    cut, metrics = result["hostile"]["cut_bodies"], result["hostile"]["metrics"]

    checks = {
        "no 5xx under sustained load": result["sustained"]["server_errors"] == 0,
        "no connection errors under sustained load": result["sustained"]["connection_errors"] == 0,
        f"worker memory grows less than {MEMORY_GROWTH_LIMIT:.0%}": result["sustained"]["rss_growth"]
        < MEMORY_GROWTH_LIMIT,
        "a killed worker is replaced and the service answers": result["kill"]["replaced"]
        and result["kill"]["answering_after"]
        and result["kill"]["server_errors"] == 0,
        "SIGTERM: requests sent before it complete, master exits": result["sigterm"]["lost_before_signal"] == 0
        and result["sigterm"]["server_errors"] == 0
        and result["sigterm"]["master_exited"],
        f"slow clients: /healthz within {HEALTH_LIMIT_S:g} s, never failing": slow["health_max_s"] < HEALTH_LIMIT_S
        and not slow["health_failures"],
        f"slow clients: the article at >= {SLOW_CLIENT_RATE_SHARE:.0%} of its rate, no 5xx": slow["rate_share"]
        >= SLOW_CLIENT_RATE_SHARE
        and slow["non_2xx"] == 0,
        "pathological text: answered 200 or 422, never near the worker timeout": all(
            row["status"] in (200, 422) and row["seconds"] < WORKER_TIMEOUT_S / 2 for row in patho["rows"]
        ),
        "cut bodies: none answered 200": cut["answered_200"] == 0,
        "metrics: no new series from invented methods and paths": metrics["series_after"] == metrics["series_before"],
    }
    result["checks"] = checks
    output = RESULTS / f"load-{result['when'].replace(':', '')}.json"
    output.write_text(json.dumps(result, indent=2), encoding="utf-8")

    s, k, t = result["sustained"], result["kill"], result["sigterm"]
    failed = k["connection_errors"] + k["server_errors"]
    closed = t["connection_errors"] - t["lost_before_signal"]
    print(f"max throughput (wrk)      {maximum:.0f} req/s; load at 80% = {rate:.0f} req/s for {seconds:g} s")
    print(
        f"sustained                 {s['achieved_rps']:.0f} req/s achieved, ok {s['ok']}, 5xx {s['server_errors']}, "
        f"connection errors {s['connection_errors']}, p50 {s['p50_ms']:.1f} ms, p99 {s['p99_ms']:.1f} ms"
    )
    print(
        f"worker RSS                {s['rss_first_kib'] / 1024:.1f} MiB -> {s['rss_last_kib'] / 1024:.1f} MiB "
        f"({s['rss_growth']:+.1%})"
    )
    print(
        f"SIGKILL a worker          replaced {k['replaced']}, answering after {k['answering_after']}, "
        f"failed requests {failed} of {k['ok'] + failed}"
    )
    print(
        f"SIGTERM under load        lost before the signal {t['lost_before_signal']}, 5xx {t['server_errors']}, "
        f"refused or closed after {closed}, master exited {t['master_exited']}"
    )
    print(
        f"slow clients ({slow['connections']}) rate {slow['attacked_rps']:.0f} of {slow['normal_rps']:.0f} req/s "
        f"({slow['rate_share']:.0%}), non-2xx {slow['non_2xx']}, /healthz max {slow['health_max_s'] * 1e3:.0f} ms, "
        f"re-opened {slow['slow_closed_by_server']}"
    )
    worst = max(patho["rows"], key=lambda row: row["ratio"])
    verdict = "met" if patho["worst_ratio"] <= PATHOLOGICAL_RATIO else "missed"
    print(
        f"pathological ({patho['size'] // 1000} KB)  worst {worst['token']!r} {worst['shape']}: "
        f"{worst['seconds']:.2f} s, {patho['worst_ratio']:.1f}x plain prose "
        f"(target <= {PATHOLOGICAL_RATIO:g}x: {verdict})"
    )
    print(f"cut bodies                answered 200: {cut['answered_200']} of {cut['requests']} ({cut['statuses']})")
    print(
        f"metrics                   series {metrics['series_before']} -> {metrics['series_after']} "
        f"after {metrics['requests']} invented methods and paths"
    )
    for name, passed in checks.items():
        print(f"  {'ok  ' if passed else 'FAIL'} {name}")
    print(f"results: {output.relative_to(RESULTS.parent.parent)}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
