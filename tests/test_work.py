"""Where the work runs: the worker's work thread, its two failures, and the CPU count
the server sizes itself by."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from service import server
from service.server import WorkThread, available_cpus
from service.work import Busy, Overrun


def test_work_runs_on_a_thread_of_its_own_with_its_budget_from_its_start() -> None:
    thread = WorkThread(on_overrun=lambda: None)
    started = time.monotonic()
    ident, deadline = thread.run(lambda deadline: (threading.get_ident(), deadline), 5)
    assert ident != threading.get_ident()
    assert started + 5 <= deadline <= time.monotonic() + 5


def test_what_the_work_raises_reaches_the_request_and_nothing_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    thread = WorkThread(on_overrun=lambda: None)

    def refuse(deadline: float) -> None:
        raise ValueError("a client's error")

    with pytest.raises(ValueError, match="a client's error"):
        thread.run(refuse, 5)
    assert thread.run(lambda deadline: "next", 5) == "next"
    assert capsys.readouterr().err == ""


def test_work_that_waits_for_the_thread_past_its_budget_is_busy_not_run() -> None:
    thread, ran = WorkThread(on_overrun=lambda: None), []
    first = server.gevent.spawn(thread.run, lambda deadline: time.sleep(0.3), 5)
    server.gevent.sleep(0.05)
    with pytest.raises(Busy):
        thread.run(lambda deadline: ran.append(1), 0.1)
    first.get()
    assert ran == []


def test_a_queue_longer_than_the_limit_is_busy_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "MAX_WAITING", 2)
    thread = WorkThread(on_overrun=lambda: None)
    waiting = [server.gevent.spawn(thread.run, lambda deadline: time.sleep(0.2), 5) for _ in range(3)]
    server.gevent.sleep(0.05)
    started = time.monotonic()
    with pytest.raises(Busy):
        thread.run(lambda deadline: None, 5)
    assert time.monotonic() - started < 0.05
    server.gevent.joinall(waiting, raise_error=True)


def test_work_past_its_budget_and_grace_retires_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "OVERRUN_GRACE", 0.1)
    retired: list[bool] = []
    thread = WorkThread(on_overrun=lambda: retired.append(True))
    queued = server.gevent.spawn(thread.run, lambda deadline: "never", 5)
    started = time.monotonic()
    with pytest.raises(Overrun):
        thread.run(lambda deadline: time.sleep(1), 0.1)
    assert time.monotonic() - started < 0.9 and retired == [True]
    with pytest.raises(Overrun):  # what waited behind it is not left waiting
        queued.get()
    with pytest.raises(Overrun):  # and nothing new is queued behind it
        thread.run(lambda deadline: "never", 5)


def test_the_worker_accepts_again_when_its_work_is_done() -> None:
    events: list[str] = []
    thread = WorkThread(
        on_overrun=lambda: None, on_busy=lambda: events.append("busy"), on_idle=lambda: events.append("idle")
    )
    thread.run(lambda deadline: None, 5)
    assert events == ["busy", "idle"]


@pytest.mark.parametrize(
    ("files", "cpus"),
    [
        ({"cpu.max": "200000 100000"}, 2),
        ({"cpu.max": "150000 100000"}, 2),
        ({"cpu.max": "50000 100000"}, 1),
        ({"cpu.max": "max 100000"}, 64),
        ({"cpu/cpu.cfs_quota_us": "300000", "cpu/cpu.cfs_period_us": "100000"}, 3),
        ({"cpu/cpu.cfs_quota_us": "-1", "cpu/cpu.cfs_period_us": "100000"}, 64),
        ({}, 64),
    ],
)
def test_the_cpu_count_honours_a_containers_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, files: dict[str, str], cpus: int
) -> None:
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content + "\n")
    monkeypatch.setattr(server, "CGROUP_ROOT", tmp_path)
    monkeypatch.setattr(server.os, "sched_getaffinity", lambda pid: set(range(64)))
    assert available_cpus() == cpus
