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


def test_work_runs_on_a_thread_of_its_own() -> None:
    thread = WorkThread(on_overrun=lambda: None)
    assert thread.run(threading.get_ident, time.monotonic() + 5) != threading.get_ident()


def test_work_that_waited_past_its_deadline_is_busy_not_run() -> None:
    thread, ran = WorkThread(on_overrun=lambda: None), []
    first = server.gevent.spawn(thread.run, lambda: time.sleep(0.3), time.monotonic() + 5)
    server.gevent.sleep(0.05)
    with pytest.raises(Busy):
        thread.run(lambda: ran.append(1), time.monotonic() + 0.1)
    first.get()
    assert ran == []


def test_work_already_out_of_time_runs_and_stops_itself() -> None:
    """A batch's later items: the core's own check of the deadline answers them (422)."""
    thread = WorkThread(on_overrun=lambda: None)
    assert thread.run(lambda: "ran", time.monotonic() - 1) == "ran"


def test_work_past_its_deadline_and_grace_retires_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "OVERRUN_GRACE", 0.1)
    retired: list[bool] = []
    thread = WorkThread(on_overrun=lambda: retired.append(True))
    started = time.monotonic()
    with pytest.raises(Overrun):
        thread.run(lambda: time.sleep(1), time.monotonic() + 0.1)
    assert time.monotonic() - started < 0.9 and retired == [True]
    with pytest.raises(Overrun):  # the thread is still busy: nothing else is queued behind it
        thread.run(lambda: "never", time.monotonic() + 5)


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
