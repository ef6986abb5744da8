"""Hostile runs against the real service (part of ./scripts/loadtest).

1. Slow clients: hundreds of connections that send nothing, trickle their head or their
   body, or never read their answer, held open and re-opened as the server closes them,
   while wrk sends the reference article and a prober times /healthz.
2. Pathological text: the largest texts the body limit allows, of tokens repeated and of
   plain prose; each timed against the prose in the shape that reads slower.
3. Cut bodies: bodies over the limit in chunks, and bodies shorter than their
   Content-Length; none may be answered 200.
4. Metrics: requests with invented methods and paths; /metrics keeps its series.

Every connection goes to 127.0.0.1; every loop is bounded in count and time.
"""

from __future__ import annotations

import http.client
import json
import random
import selectors
import socket
import string
import threading
import time
from pathlib import Path
from typing import Any

from bench.run import REFERENCE, RESULTS, wrk

#: What the slow connections do, in turn: send nothing, trickle the head, trickle the body.
KINDS = ("idle", "head", "body")
#: Connections (of the slow ones) that send a batch of 100 with provenance and never read
#: the few MB of its answer.
UNREAD = 2
#: Seconds after which a connection that never reads its answer is dropped and opened again.
UNREAD_SECONDS = 30
#: Tokens whose repetition made a scan slow before it was made linear (tests/test_linear.py).
TOKENS = ("CHINA RUSSIA AGREE ", "AA BB ", "U.S. ", "12:30 ", "Sept. 10, 2024 11:30 ", "• ", " \n")
PROSE = "The council met on Monday as residents weighed the new figures from the city's water board. "


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


class SlowClients:
    """``count`` slow connections, each re-opened when the server closes it, driven by one
    thread that sends a byte on each trickling connection every half second."""

    def __init__(self, port: int, count: int) -> None:
        self.port, self.count = port, count
        self.opened = self.closed_by_server = 0
        self._stop = threading.Event()
        self._selector = selectors.DefaultSelector()
        self._unread_socks: list[tuple[socket.socket, float]] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        text = REFERENCE.read_text(encoding="utf-8")
        batch = {"items": [{"id": str(i), "text": text} for i in range(100)], "options": {"provenance": True}}
        self._unread = json.dumps(batch).encode()

    def __enter__(self) -> SlowClients:
        for index in range(self.count):
            self._open("unread" if index < UNREAD else KINDS[index % len(KINDS)])
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        for key in list(self._selector.get_map().values()):
            key.fileobj.close()  # type: ignore[union-attr]
        self._selector.close()
        for sock, _ in self._unread_socks:
            sock.close()

    def _open(self, kind: str) -> None:
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        except OSError:
            return
        if kind == "unread":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            head = "POST /v1/normalise/batch HTTP/1.1\r\nContent-Type: application/json\r\n"
            sock.sendall(f"{head}Content-Length: {len(self._unread)}\r\n\r\n".encode() + self._unread)
        elif kind == "body":
            sock.sendall(b"POST /v1/normalise HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")
        elif kind == "head":
            sock.sendall(b"POST /v1/normalise HTTP/1.1\r\n")
        sock.setblocking(False)
        if kind == "unread":  # never read, nor watched (its answer would keep it readable)
            self._unread_socks.append((sock, time.monotonic()))
        else:
            self._selector.register(sock, selectors.EVENT_READ, kind)
        self.opened += 1

    def _run(self) -> None:
        next_tick = time.monotonic()
        while not self._stop.is_set():
            for key, _ in self._selector.select(timeout=max(0.0, next_tick - time.monotonic())):
                try:
                    closed = key.fileobj.recv(65536) == b""  # type: ignore[union-attr]
                except BlockingIOError:
                    closed = False
                except OSError:
                    closed = True
                if closed:
                    self._reopen(key)
            if time.monotonic() < next_tick:
                continue
            next_tick += 0.5
            for key in list(self._selector.get_map().values()):
                if key.data in ("head", "body"):
                    try:
                        key.fileobj.send(b"X" if key.data == "head" else b"a")  # type: ignore[union-attr]
                    except OSError:
                        self._reopen(key)
            for sock, opened in list(self._unread_socks):
                if time.monotonic() - opened > UNREAD_SECONDS:
                    self._unread_socks.remove((sock, opened))
                    sock.close()
                    self._open("unread")

    def _reopen(self, key: selectors.SelectorKey) -> None:
        self._selector.unregister(key.fileobj)
        key.fileobj.close()  # type: ignore[union-attr]
        self.closed_by_server += 1
        self._open(key.data)


def _probe_health(port: int, until: float, latencies: list[float], failures: list[str]) -> None:
    while time.monotonic() < until:
        started = time.monotonic()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz")
            status = connection.getresponse().status
            connection.close()
            if status != 200:
                failures.append(str(status))
        except (OSError, http.client.HTTPException) as error:
            failures.append(type(error).__name__)
        latencies.append(time.monotonic() - started)
        time.sleep(0.25)


def slow_clients(url: str, body_file: Path, seconds: int, connections: int) -> dict[str, Any]:
    """The reference article's rate with ``connections`` slow connections held, against
    its rate without them, measured just before; /healthz latency throughout."""
    normal = wrk(url + "/v1/normalise", body_file, seconds, 8)
    latencies: list[float] = []
    failures: list[str] = []
    with SlowClients(_port(url), connections) as slow:
        time.sleep(1)  # let them all connect
        prober = threading.Thread(
            target=_probe_health, args=(_port(url), time.monotonic() + seconds, latencies, failures)
        )
        prober.start()
        attacked = wrk(url + "/v1/normalise", body_file, seconds, 8)
        prober.join()
        opened, recycled = slow.opened, slow.closed_by_server
    return {
        "connections": connections,
        "seconds": seconds,
        "normal_rps": normal["requests_per_s"],
        "attacked_rps": attacked["requests_per_s"],
        "rate_share": attacked["requests_per_s"] / normal["requests_per_s"],
        "non_2xx": attacked["non_2xx"],
        "socket_errors": attacked["socket_errors"],
        "health_max_s": max(latencies, default=float("inf")),
        "health_failures": failures,
        "slow_opened": opened,
        "slow_closed_by_server": recycled,
    }


def _post(port: int, body: bytes, timeout: float = 60) -> tuple[int, float]:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/v1/normalise", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    finally:
        connection.close()


def _repeated(token: str, size: int) -> str:
    return (token * (size // len(token) + 1))[:size]


def _body(text: str, limit: int) -> bytes:
    """The request for ``text``, cut to fit the body limit (a character may take 3 bytes)."""
    body = json.dumps({"text": text}, ensure_ascii=False).encode()
    while len(body) > limit:
        text = text[: int(len(text) * limit / len(body) * 0.99)]
        body = json.dumps({"text": text}, ensure_ascii=False).encode()
    return body


def pathological(url: str, size: int, tokens: tuple[str, ...], limit: int) -> dict[str, Any]:
    """Each token repeated to ``size`` characters (or what the body limit holds), run
    together and one to a line, timed over HTTP against prose of that size (best of two).
    The prose is the slower of its two shapes, run together or a word to a line, as in
    tests/test_linear.py: what an ordinary page of that size costs (prose run into one line
    reads in half the time, and measured against it alone, a one-line token would seem to
    grow costlier whenever plain prose got cheaper to read)."""
    port, rows = _port(url), []
    prose = max(
        min(_post(port, _body(text, limit))[1] for _ in range(2))
        for text in (_repeated(PROSE, size), _repeated(PROSE, size).replace(" ", "\n"))
    )
    for shape, join in (("one line", " "), ("line by line", "\n")):
        for token in tokens:
            body = _body(_repeated(token if join == " " else token.rstrip(" ") + "\n", size), limit)
            status, seconds = _post(port, body)
            # Against prose of the same length: the body limit may have cut the text.
            ratio = seconds / prose * size / len(json.loads(body)["text"])
            rows.append({"token": token, "shape": shape, "status": status, "seconds": seconds, "ratio": ratio})
    return {"size": size, "rows": rows, "worst_ratio": max(row["ratio"] for row in rows)}


def _raw(port: int, data: bytes, shut: bool = False) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(data)
        if shut:
            sock.shutdown(socket.SHUT_WR)
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                return 0
            answer += chunk
    return int(answer.split()[1])


def cut_bodies(url: str, limit: int, rounds: int) -> dict[str, Any]:
    """Bodies over the limit in chunks, and bodies that end before their Content-Length."""
    port = _port(url)
    text = ("A paragraph of the article, long enough to count as one of its body.\n" * (limit // 60)).encode()
    statuses: list[int] = []
    for index in range(rounds):
        media = "text/plain" if index % 2 else "application/json"
        data = text if index % 2 else json.dumps({"text": text.decode()}).encode()
        chunks = b"".join(
            f"{len(data[i : i + 65536]):x}\r\n".encode() + data[i : i + 65536] + b"\r\n"
            for i in range(0, len(data), 65536)
        )
        head = f"POST /v1/normalise HTTP/1.1\r\nContent-Type: {media}\r\nTransfer-Encoding: chunked\r\n\r\n"
        statuses.append(_raw(port, head.encode() + chunks + b"0\r\n\r\n"))
        short = f"POST /v1/normalise HTTP/1.1\r\nContent-Type: {media}\r\nContent-Length: 5000\r\n\r\n".encode()
        statuses.append(_raw(port, short + data[:1000], shut=True))
    return {"requests": len(statuses), "answered_200": statuses.count(200), "statuses": sorted(set(statuses))}


def _series(port: int) -> set[str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/metrics")
    lines = connection.getresponse().read().decode().splitlines()
    connection.close()
    return {line.rsplit(" ", 1)[0] for line in lines if not line.startswith("#")}


def metrics_growth(url: str, requests: int) -> dict[str, Any]:
    """/metrics series and size before and after ``requests`` invented methods and paths."""
    port, chance = _port(url), random.Random(7)
    letters = string.ascii_letters + string.digits

    def invent(count: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for _ in range(count):
            method = "".join(chance.choices(string.ascii_uppercase, k=chance.randint(3, 12)))
            path = "/" + "/".join("".join(chance.choices(letters, k=6)) for _ in range(chance.randint(1, 3)))
            try:
                connection.request(method, chance.choice([path, "/v1/normalise", "/healthz"]))
                connection.getresponse().read()
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.close()

    invent(100)  # every label value they can reach now has its series
    _series(port)  # and so has /metrics itself
    before = _series(port)
    invent(requests)
    after = _series(port)
    return {
        "requests": requests,
        "series_before": len(before),
        "series_after": len(after),
        "new": sorted(after - before)[:10],
    }


def run(url: str, *, quick: bool, limit: int) -> dict[str, Any]:
    body_file = RESULTS / ".hostile-body.json"
    body_file.parent.mkdir(parents=True, exist_ok=True)
    body_file.write_text(json.dumps({"text": REFERENCE.read_text(encoding="utf-8")}), encoding="utf-8")
    try:
        slow = slow_clients(url, body_file, 8 if quick else 60, 200)
    finally:
        body_file.unlink(missing_ok=True)
    # The largest text a JSON body within the limit holds (ASCII, a few escapes).
    size = 200_000 if quick else min(1_000_000, limit // 2)
    return {
        "slow_clients": slow,
        "pathological": pathological(url, size, TOKENS[:4] if quick else TOKENS, limit),
        "cut_bodies": cut_bodies(url, limit, 4 if quick else 20),
        "metrics": metrics_growth(url, 1_000 if quick else 10_000),
    }
