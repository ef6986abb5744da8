"""The gunicorn worker the service runs under: gevent for the connections, a thread for the work.

gunicorn's sync workers read each request themselves, so a client that sends its
request slowly, or never reads its answer, holds a whole worker; a handful of them take
the service down. Here every connection is a greenlet: a slow client holds a socket
and a greenlet and nothing else, and it has ``NEWSNORM_CLIENT_TIMEOUT`` seconds for its
request's head, as long again for its body, and as long for each part of the answer.

Normalising is CPU-bound and would stop the worker's event loop while it runs, so each
worker runs it on one native thread of its own (:class:`WorkThread`); more threads
would only contend for the GIL. The loop goes on reading requests, writing answers and
answering ``/healthz`` meanwhile: liveness waits behind no request, only for the loop's
turn at the GIL (milliseconds).

A worker whose loop is free would take every connection offered, busy or not, and keep
the kept-alive ones: one worker could get all of a client's connections while the
others idle. So each connection carries one request, and a worker with work in hand
leaves new connections to the others: it stops accepting until its work is done, or
for :data:`ACCEPT_DEFERRAL` at most, so that a busy service still takes connections.

Work that runs past its budget and :data:`OVERRUN_GRACE` cannot be stopped from outside
its thread: the request gets a 503, and the worker stops taking requests and is
replaced, as after ``max_requests``.

gunicorn answers the requests it cannot parse (400, 414, 431) itself, in HTML; this
worker answers them as problem documents like every other error.
"""

from __future__ import annotations

import logging
import math
import os
import socket
import ssl
import sys
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import gevent
from gevent.lock import BoundedSemaphore
from gevent.pool import Pool
from gevent.server import StreamServer
from gevent.threadpool import ThreadPool
from gunicorn import util
from gunicorn.arbiter import Arbiter
from gunicorn.http import errors
from gunicorn.workers.base_async import AsyncWorker
from gunicorn.workers.ggevent import GeventWorker

from .problems import PROBLEM_MEDIA_TYPE, STOPPING_DETAIL, problem_body, title_of
from .responses import encode_json
from .work import Busy, Overrun, Stopping

T = TypeVar("T")
WORKER_BOOT_ERROR = Arbiter.WORKER_BOOT_ERROR

#: Where the process's cgroup files are (a container's CPU limit is read there).
CGROUP_ROOT = Path("/sys/fs/cgroup")
#: Seconds a worker at work leaves new connections to the others before it takes them
#: itself: long enough for a free worker to take them, short enough that a busy service
#: still takes a liveness probe at once.
ACCEPT_DEFERRAL = 0.002
#: Seconds that work may run past its request's deadline before the worker gives up on it.
OVERRUN_GRACE = 5
#: Seconds a stopping worker gives its answers to reach their clients once its work is done.
DRAIN_GRACE = 1.0
#: Requests one worker lets wait for its work thread; any more are answered 503 at once.
MAX_WAITING = 16
#: Seconds a closing connection still takes what the client sends (a body answered 413
#: before its end): closing with unread data resets the connection, and the client may
#: lose the answer.
LINGER = 2.0

# gunicorn's errors, most specific first, and the status each answers with.
_STATUSES: tuple[tuple[type[BaseException], int], ...] = (
    (errors.InvalidResponseHeader, 500),
    (errors.InvalidResponseHeaderName, 500),
    (errors.ConfigurationProblem, 500),
    (errors.LimitRequestLine, 414),
    (errors.LimitRequestHeaders, 431),
    (errors.ForbiddenProxyRequest, 403),
    (errors.ExpectationFailed, 417),
    (errors.UnsupportedTransferCoding, 501),
    (errors.ParseException, 400),
    (ssl.SSLError, 400),
)
_DETAILS = {
    400: "The request could not be read as HTTP/1.1: {error}.",
    403: "Requests from this address are not taken.",
    414: "The request line is longer than this service reads.",
    417: "The request's Expect header asks for what this service does not do.",
    431: "The request's header fields are larger or more numerous than this service reads.",
    501: "The request's Transfer-Encoding is not one this service reads.",
}


def available_cpus() -> int:
    """The CPUs this process may use: its affinity, within a cgroup's CPU quota (a
    container's CPU limit), at least one."""
    count = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    quota = _cgroup_cpu_quota()
    return max(1, min(count, math.ceil(quota))) if quota is not None else count


def _cgroup_cpu_quota() -> float | None:
    """CPUs' worth of time the cgroup allows (cgroup v2 cpu.max, else v1 CFS), if limited."""
    for quota_file, period_file in (("cpu.max", None), ("cpu/cpu.cfs_quota_us", "cpu/cpu.cfs_period_us")):
        try:
            fields = (CGROUP_ROOT / quota_file).read_text(encoding="ascii").split()
            if period_file is not None:
                fields.append((CGROUP_ROOT / period_file).read_text(encoding="ascii").strip())
        except OSError:
            continue
        if len(fields) < 2 or fields[0] in ("max", "-1"):
            return None
        try:
            return int(fields[0]) / int(fields[1])
        except (ValueError, ZeroDivisionError):
            return None
    return None


class WorkThread:
    """One native thread that runs a gevent worker's CPU-bound work, one piece at a time.

    A piece waits for its turn at most its budget (else :class:`Busy`: the server's load),
    then has its whole budget to run, which the work checks itself; after its budget and
    :data:`OVERRUN_GRACE` it is given up (:class:`Overrun`), and since a thread cannot be
    stopped, nothing runs on it again: what waits, and what comes, gets Overrun too. At
    most :data:`MAX_WAITING` pieces wait at once; any more are Busy at once.
    """

    def __init__(
        self,
        on_overrun: Callable[[], None],
        on_busy: Callable[[], None] = lambda: None,
        on_idle: Callable[[], None] = lambda: None,
    ) -> None:
        self._pool = ThreadPool(1)
        self._turn = BoundedSemaphore(1)
        self._on_overrun = on_overrun
        self._on_busy = on_busy
        self._on_idle = on_idle
        self._overran = False
        #: Pieces of work running or waiting for the thread.
        self.in_flight = 0

    def run(self, work: Callable[[float], T], budget: float) -> T:
        """``work(deadline)``'s result, its deadline ``budget`` seconds after it starts."""
        if self._overran:
            raise Overrun
        if self.in_flight > MAX_WAITING:
            raise Busy
        self.in_flight += 1
        self._on_busy()
        try:
            if not self._turn.acquire(timeout=budget):
                raise Busy
            try:
                if self._overran:  # it overran while this waited
                    raise Overrun
                result = self._pool.spawn(_outcome, work, budget)
                result.wait(budget + OVERRUN_GRACE)
                if not result.ready():
                    self._overran = True
                    self._on_overrun()
                    raise Overrun
            finally:
                self._turn.release()
            value, error = result.get()
            if error is not None:
                raise error
            return value  # type: ignore[no-any-return]
        finally:
            self.in_flight -= 1
            if not self.in_flight:
                self._on_idle()


def _outcome(work: Callable[[float], T], budget: float) -> tuple[T | None, BaseException | None]:
    """Run on the thread: the work's value, or what it raised, handed back to the request
    (raised in the thread, the hub would print it as an error)."""
    try:
        return work(time.monotonic() + budget), None
    except BaseException as error:
        return None, error


def _linger(sock: Any) -> None:
    """Close the way out, then take what the client still sends for :data:`LINGER`
    seconds at most, so that the answer is not lost to a reset."""
    try:
        sock.shutdown(socket.SHUT_WR)
        with gevent.Timeout(LINGER, False):
            while sock.recv(65536):
                pass
    except (OSError, Stopping):  # the answer is out: nothing more to say
        pass


class _BoundedInput:
    """A request's body stream whose reads, all together, end by ``deadline``: the socket's
    timeout bounds each read, but a client sending a byte now and then would never meet it."""

    def __init__(self, stream: Any, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, size: int = -1) -> bytes:
        with gevent.Timeout(max(0.0, self._deadline - time.monotonic()), TimeoutError):
            return self._stream.read(size)  # type: ignore[no-any-return]

    def readline(self, size: int = -1) -> bytes:
        with gevent.Timeout(max(0.0, self._deadline - time.monotonic()), TimeoutError):
            return self._stream.readline(size)  # type: ignore[no-any-return]


class _ClientTimeouts(logging.Filter):
    """gunicorn logs a client that stopped sending or reading as a socket error, with a
    traceback: it is the client's doing, so one line at info level is enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], TimeoutError):
            record.msg, record.args, record.exc_info, record.levelno, record.levelname = (
                "A client took longer than its timeout; its connection is closed.",
                (),
                None,
                logging.INFO,
                "INFO",
            )
        return True


class Worker(GeventWorker):  # type: ignore[misc]
    """gunicorn's gevent worker with the client timeouts, the work thread and problem+json
    answers for the requests gunicorn rejects itself."""

    wsgi: Any

    def init_process(self) -> None:
        if self.cfg.is_ssl:  # run() serves plain HTTP only
            self.log.error("newsnorm's worker does not serve TLS: terminate TLS in front of the service.")
            sys.exit(WORKER_BOOT_ERROR)
        super().init_process()

    def load_wsgi(self) -> None:
        super().load_wsgi()
        self.servers: list[StreamServer] = []
        self._reopen: Any = None
        #: Requests read and being answered (not connections still sending their head).
        self.requests = 0
        self.work = WorkThread(on_overrun=self._retire, on_busy=self._leave_to_others, on_idle=self._accept)
        # The service's views run their work through it: an app that cannot take it would
        # run its work on the event loop, so it is refused.
        app: Any = self.wsgi
        extensions = getattr(app, "extensions", None)
        if extensions is None:
            raise RuntimeError("newsnorm's worker serves a Flask app (service:create_app()), not a wrapped one")
        extensions["newsnorm.run"] = self.work.run
        client_timeout = self.cfg.keepalive

        def body_in_time(environ: Any, start_response: Any) -> Any:
            environ["wsgi.input"] = _BoundedInput(environ["wsgi.input"], time.monotonic() + client_timeout)
            return app(environ, start_response)

        self.wsgi = body_in_time
        self.log.error_log.addFilter(_ClientTimeouts())

    def handle(self, listener: Any, client: Any, addr: Any) -> None:
        # gunicorn's keepalive is the client timeout (service.gunicorn_conf): the deadline
        # for a request's head. Each read and write waits at most a second longer.
        client.settimeout(self.cfg.keepalive + 1)
        AsyncWorker.handle(self, listener, client, addr)

    def handle_request(self, listener_name: Any, req: Any, sock: Any, addr: Any) -> Any:
        req.force_close()  # one request per connection: the next one goes to a free worker
        self.requests += 1
        try:
            return super().handle_request(listener_name, req, sock, addr)
        finally:
            self.requests -= 1
            _linger(sock)

    def run(self) -> None:
        """gunicorn's GeventWorker.run, less what this service does not use (TLS, pywsgi),
        keeping each listener's server so that accepting can follow the work thread."""
        for sock in self.sockets:
            sock.setblocking(1)
            server = StreamServer(sock, handle=partial(self.handle, sock), spawn=Pool(self.worker_connections))
            server.max_accept = 1
            server.start()
            self.servers.append(server)
        while self.alive:
            self.notify()
            gevent.sleep(0.2)  # notices soon that it is to stop (max_requests, an overrun)
        # Stopping (SIGTERM, max_requests, an overrun): stop accepting, let the work in hand
        # finish, then give the answers DRAIN_GRACE to reach their clients. The worker that
        # replaces this one starts only when it exits: waiting for slow clients (a trickled
        # body, an answer never read) would keep both from serving for as long as they like.
        for server in self.servers:
            server.close()
        stop_at = time.monotonic() + self.cfg.graceful_timeout
        while self.work.in_flight and time.monotonic() < stop_at:
            self.notify()
            gevent.sleep(0.05)
        if self.work.in_flight:
            self.log.warning("Worker graceful timeout (pid:%s)", self.pid)
        stop_at = min(stop_at, time.monotonic() + DRAIN_GRACE)
        while self.requests and time.monotonic() < stop_at:
            gevent.sleep(0.05)
        for server in self.servers:  # the slow ones left are told to retry (503)
            server.pool.kill(Stopping, block=True, timeout=1)

    def _leave_to_others(self) -> None:
        """At work: new connections go to a worker that is free, if one takes them soon."""
        if self._reopen is None and self.alive:
            for server in self.servers:
                server.stop_accepting()
            self._reopen = gevent.spawn_later(ACCEPT_DEFERRAL, self._accept)

    def _accept(self) -> None:
        if self._reopen is not None:
            self._reopen.kill(block=False)
            self._reopen = None
        if self.alive:
            for server in self.servers:
                if not server.closed:
                    server.start_accepting()

    def _retire(self) -> None:
        self.log.error("Work ran past its deadline and grace; this worker stops taking requests and is replaced.")
        self.alive = False

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        status = next((code for kind, code in _STATUSES if isinstance(exc, kind)), 500)
        headers = ""
        if isinstance(exc, Stopping):  # a slow client still sending its head as the worker stops
            status, headers = 503, "Retry-After: 1\r\n"
            detail = STOPPING_DETAIL
        elif status >= 500:
            self.log.exception("Error handling request")
            detail = "The service failed to answer this request; the error is logged."
        else:
            self.log.warning("Invalid request from %s: %s", (addr or ("",))[0], exc)
            detail = _DETAILS[status].format(error=str(exc)[:200] or type(exc).__name__)
        body = encode_json(problem_body(status, detail))
        head = (
            f"HTTP/1.1 {status} {title_of(status)}\r\n"
            f"Content-Type: {PROBLEM_MEDIA_TYPE}\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"X-Request-ID: {uuid.uuid4().hex}\r\n{headers}"
            "Connection: close\r\n\r\n"
        )
        try:
            util.write_nonblock(client, head.encode("latin-1") + body)
        except OSError:
            self.log.debug("Failed to send the error answer.")
