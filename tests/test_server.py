"""The service as it runs: gunicorn with newsnorm's worker, on 127.0.0.1, spoken to with
raw sockets the way slow, careless and hostile clients do.

Slow and idle clients hold a connection, never a worker; a body is read whole or
answered with a problem (413, 408, 400), never read in part; gunicorn's own rejections
are problem documents; liveness is answered while an article is being read.
"""

from __future__ import annotations

import http.client
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.run import SERVICE_APP, gunicorn

from .conftest import REFERENCE

CLIENT_TIMEOUT = 2
MAX_BODY = 2 * 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """gunicorn on the service's own settings, two workers, a short client timeout; the
    temporary folder it may use is its own, so that what it leaves there can be seen."""
    tmp = tmp_path_factory.mktemp("server-tmp")
    env = {"NEWSNORM_CLIENT_TIMEOUT": str(CLIENT_TIMEOUT), "TMPDIR": str(tmp)}
    with gunicorn(SERVICE_APP, 2, env) as (url, _, process):
        yield {"port": int(url.rsplit(":", 1)[1]), "tmp": tmp, "process": process}


def _wait_until_ready(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the server did not become ready")


def _connect(port: int, timeout: float = 10) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def _answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP answer from ``sock``: status, headers (lower-cased names), body."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before an answer: {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (h.partition(":") for h in header_lines)}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(status_line.split()[1]), headers, body


def _request(port: int, raw: bytes, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    with _connect(port, timeout) as sock:
        sock.sendall(raw)
        return _answer(sock)


def _problem(answer: tuple[int, dict[str, str], bytes], status: int) -> dict[str, Any]:
    got, headers, body = answer
    assert got == status, body[:500]
    assert headers["content-type"] == "application/problem+json"
    assert headers.get("x-request-id")
    problem = json.loads(body)
    assert problem["status"] == status and problem["type"] == "about:blank" and problem["detail"]
    return dict(problem)


def _get(port: int, path: str, timeout: float = 5) -> tuple[int, bytes, float]:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read(), time.monotonic() - started
    finally:
        connection.close()


def _post(port: int, body: bytes, content_type: str = "application/json", path: str = "/v1/normalise") -> Any:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", path, body, {"Content-Type": content_type})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _chunked(head: str, data: bytes, chunk: int = 65536) -> bytes:
    parts = [
        f"{len(data[i : i + chunk]):x}\r\n".encode() + data[i : i + chunk] + b"\r\n" for i in range(0, len(data), chunk)
    ]
    return head.encode() + b"Transfer-Encoding: chunked\r\n\r\n" + b"".join(parts) + b"0\r\n\r\n"


# -- slow and idle clients ------------------------------------------------------


def test_slow_and_idle_clients_do_not_hold_the_workers(server: dict[str, Any]) -> None:
    port = server["port"]
    held: list[socket.socket] = []
    try:
        for kind in range(120):
            sock = _connect(port)
            if kind % 3 == 1:  # the head, trickled and never finished
                sock.sendall(b"POST /v1/normalise HTTP/1.1\r\nHost: x\r\n")
            elif kind % 3 == 2:  # the head, then a body far shorter than it says
                sock.sendall(
                    b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nab"
                )
            held.append(sock)  # kind % 3 == 0: connected, sends nothing
        for _ in range(10):
            status, _, seconds = _get(port, "/healthz")
            assert status == 200 and seconds < 1.0
        status, body = _post(port, json.dumps({"text": REFERENCE.with_suffix(".txt").read_text()}).encode())
        assert status == 200 and json.loads(body)["outlet"] == "CGTN"
    finally:
        for sock in held:
            sock.close()


def test_an_idle_connection_is_closed_after_the_client_timeout(server: dict[str, Any]) -> None:
    with _connect(server["port"], timeout=CLIENT_TIMEOUT + 5) as sock:
        started = time.monotonic()
        assert sock.recv(1) == b""
        assert time.monotonic() - started < CLIENT_TIMEOUT + 3


def test_a_head_trickled_past_the_timeout_is_cut_off(server: dict[str, Any]) -> None:
    with _connect(server["port"], timeout=CLIENT_TIMEOUT + 5) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        for header in range(CLIENT_TIMEOUT * 4):  # one header line every half second
            time.sleep(0.5)
            try:
                sock.sendall(f"X-Slow-{header}: 1\r\n".encode())
            except OSError:
                break
        assert sock.recv(1) == b""
        assert time.monotonic() - started < CLIENT_TIMEOUT + 3


def test_a_body_slower_than_the_timeout_gets_408(server: dict[str, Any]) -> None:
    with _connect(server["port"], timeout=CLIENT_TIMEOUT * 3 + 5) as sock:
        sock.sendall(b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nA slow")
        started = time.monotonic()
        problem = _problem(_answer(sock), 408)
        assert time.monotonic() - started < CLIENT_TIMEOUT * 2 + 2
        assert f"within {CLIENT_TIMEOUT} s" in problem["detail"]


def test_a_body_trickled_a_byte_at_a_time_gets_408_at_the_timeout(server: dict[str, Any]) -> None:
    with _connect(server["port"], timeout=CLIENT_TIMEOUT * 3 + 5) as sock:
        sock.sendall(b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n")
        started = time.monotonic()
        # Each byte comes well within the socket's timeout, and the whole never does.
        while time.monotonic() - started < CLIENT_TIMEOUT * 2 and not select.select([sock], [], [], 0.5)[0]:
            sock.sendall(b"a")
        problem = _problem(_answer(sock), 408)
        assert time.monotonic() - started < CLIENT_TIMEOUT + 1.5
        assert f"within {CLIENT_TIMEOUT} s" in problem["detail"]


def test_a_client_that_never_reads_its_answer_holds_no_worker(server: dict[str, Any]) -> None:
    port = server["port"]
    text = REFERENCE.with_suffix(".txt").read_text()
    batch = {"items": [{"id": str(i), "text": text} for i in range(100)], "options": {"provenance": True}}
    body = json.dumps(batch).encode()
    stalled = []
    try:
        for _ in range(4):  # two answers of a few MB per worker, none of them read
            sock = _connect(port)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.sendall(
                b"POST /v1/normalise/batch HTTP/1.1\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            stalled.append(sock)
        time.sleep(1)
        for _ in range(5):
            status, _, seconds = _get(port, "/healthz")
            assert status == 200 and seconds < 1.0
    finally:
        for sock in stalled:
            sock.close()


def _cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to see the workers' CPU time")
def test_kept_alive_connections_opened_at_once_spread_over_the_workers(server: dict[str, Any]) -> None:
    master = server["process"].pid
    with open(f"/proc/{master}/task/{master}/children", encoding="ascii") as handle:
        workers = [int(pid) for pid in handle.read().split()]
    before = {pid: _cpu_ticks(pid) for pid in workers}
    body = json.dumps({"text": REFERENCE.with_suffix(".txt").read_text()}).encode()
    connections = [http.client.HTTPConnection("127.0.0.1", server["port"], timeout=30) for _ in range(8)]
    for connection in connections:
        connection.connect()

    def client(connection: http.client.HTTPConnection) -> None:
        for _ in range(60):
            connection.request("POST", "/v1/normalise", body, {"Content-Type": "application/json"})
            connection.getresponse().read()

    threads = [threading.Thread(target=client, args=(connection,)) for connection in connections]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for connection in connections:
        connection.close()
    used = [_cpu_ticks(pid) - before[pid] for pid in workers]
    assert min(used) >= 0.25 * sum(used), f"CPU ticks per worker: {used}"


# -- bodies: whole, or a problem -------------------------------------------------


def test_a_chunked_body_over_the_limit_gets_413_not_a_cut_article(server: dict[str, Any]) -> None:
    text = ("A paragraph of the article, long enough to count as one of its body.\n" * 40_000).encode()
    assert len(text) > MAX_BODY
    head = "POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\n"
    _problem(_request(server["port"], _chunked(head, text), timeout=30), 413)


def test_a_chunked_json_body_over_the_limit_gets_413(server: dict[str, Any]) -> None:
    body = json.dumps({"text": "A paragraph of the article. " * 90_000}).encode()
    assert len(body) > MAX_BODY
    head = "POST /v1/normalise HTTP/1.1\r\nContent-Type: application/json\r\n"
    _problem(_request(server["port"], _chunked(head, body), timeout=30), 413)


def test_a_chunked_body_within_the_limit_is_read_whole(server: dict[str, Any]) -> None:
    paragraphs = [
        f"Paragraph {n} of the article, which goes on long enough to be a body paragraph." for n in range(2000)
    ]
    head = "POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\n"
    status, _, body = _request(server["port"], _chunked(head, "\n\n".join(paragraphs).encode(), chunk=1000))
    assert status == 200
    assert json.loads(body)["body"][-1] == paragraphs[-1]


def test_a_body_shorter_than_its_content_length_gets_400(server: dict[str, Any]) -> None:
    with _connect(server["port"]) as sock:
        sock.sendall(
            b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 500\r\n\r\nShort text."
        )
        sock.shutdown(socket.SHUT_WR)
        problem = _problem(_answer(sock), 400)
    assert "ended after 11 of the 500 bytes" in problem["detail"]


def test_malformed_chunks_get_400(server: dict[str, Any]) -> None:
    head = b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
    raw = head + b"zz\r\nabc\r\n0\r\n\r\n"
    _problem(_request(server["port"], raw), 400)


# -- gunicorn's own rejections are problem documents ---------------------------


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET /healthz HTTP/1.1\r\n" + b"".join(b"X-H%d: 1\r\n" % n for n in range(200)) + b"\r\n", 431),
        (b"GET /healthz HTTP/1.1\r\nX-Big: " + b"a" * 10_000 + b"\r\n\r\n", 431),
        (b"GET /healthz HTTP/9.9\r\n\r\n", 400),
    ],
    ids=["request-line", "uri-too-long", "too-many-headers", "header-too-large", "http-version"],
)
def test_requests_gunicorn_rejects_are_answered_as_problems(server: dict[str, Any], raw: bytes, status: int) -> None:
    _problem(_request(server["port"], raw), status)


# -- liveness while an article is read --------------------------------------------


def test_liveness_is_answered_while_an_article_is_read(server: dict[str, Any]) -> None:
    port = server["port"]
    # One long collapsed page per worker, sent without waiting for the answers.
    text = ("Sept. 10, 2024 11:30 The market rose on Monday as traders weighed the figures. " * 12_000)[:900_000]
    body = json.dumps({"text": text}).encode()
    busy = []
    try:
        for _ in range(2):
            sock = _connect(port, timeout=30)
            sock.sendall(
                b"POST /v1/normalise HTTP/1.1\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            busy.append(sock)
        time.sleep(0.3)
        status, _, seconds = _get(port, "/healthz")
        assert status == 200 and seconds < 1.0
        still_at_work, _, _ = select.select(busy, [], [], 0)
        assert still_at_work == [], "the articles were answered before /healthz: nothing was measured"
        assert [_answer(sock)[0] for sock in busy] == [200, 200]
    finally:
        for sock in busy:
            sock.close()


# -- what the server leaves behind --------------------------------------------------


def test_the_server_removes_its_metrics_folder_when_it_stops(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"},
        "NEWSNORM_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "TMPDIR": str(tmp_path),
    }
    command = [sys.executable, "-m", "service.cli", "serve"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_until_ready(port, process)
        assert list(tmp_path.glob("newsnorm-metrics-*")), "the server made its metrics folder"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert not list(tmp_path.glob("newsnorm-metrics-*"))


def test_a_stopping_server_waits_for_work_not_for_slow_clients(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"},
        "NEWSNORM_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "NEWSNORM_GRACEFUL_TIMEOUT": "20",
    }
    command = [sys.executable, "-m", "gunicorn", "--config", "python:service.gunicorn_conf", "service:create_app()"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    slow = None
    try:
        _wait_until_ready(port, process)
        slow = _connect(port, timeout=30)
        slow.sendall(b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nabc")
        time.sleep(0.3)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert time.monotonic() - started < 5  # not the 20 s of grace
        _problem(_answer(slow), 503)
    finally:
        if slow is not None:
            slow.close()
        if process.poll() is None:
            process.kill()


def test_a_given_metrics_folder_loses_only_old_metrics_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "counter_123.db").write_bytes(b"old samples")
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import service.gunicorn_conf"], env=env, check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
