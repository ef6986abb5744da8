"""gunicorn settings for newsnorm, read from the environment.

Used by ``newsnorm serve`` and the container (``gunicorn -c python:service.gunicorn_conf``).
The workers are :class:`service.server.Worker`: gevent for the connections, so that slow
clients cost a socket and nothing more, and a thread for the CPU-bound work.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

from flask import Config

from service.config import DEFAULTS, ENV_PREFIX, ConfigError, Settings
from service.server import OVERRUN_GRACE, available_cpus

#: Files prometheus-client writes in its multiprocess folder; nothing else there is removed.
_METRICS_FILES = ("counter_", "gauge_", "histogram_", "summary_")
#: Names the metrics folder this server made, for a reload of this file to know it.
_OWN_FOLDER = "NEWSNORM_OWN_METRICS_DIR"


def _check_settings() -> Settings:
    """The NEWSNORM_* settings; a bad one stops the server with one clear line, not a
    traceback from a worker."""
    config = Config(os.getcwd(), DEFAULTS)
    config.from_prefixed_env(ENV_PREFIX)
    try:
        return Settings.from_mapping(config)
    except ConfigError as error:
        sys.exit(f"newsnorm: {error}")


def _metrics_folder() -> tuple[str, bool]:
    """prometheus-client's multiprocess folder, prepared before gunicorn loads the app: the
    caller's, emptied of earlier runs' metrics files and nothing else; or a new one, which
    the server removes when it stops (True)."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    # Read again on a reload (SIGHUP), this file finds the folder it made the first time.
    created = not folder or folder == os.environ.get(_OWN_FOLDER)
    if not folder:
        folder = tempfile.mkdtemp(prefix="newsnorm-metrics-")
        os.environ[_OWN_FOLDER] = folder
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.startswith(_METRICS_FILES) and name.endswith(".db"):
            os.remove(os.path.join(folder, name))
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    return folder, created


_settings = _check_settings()
_timeout = int(os.environ.get("NEWSNORM_WORKER_TIMEOUT", "30"))
if _settings.time_budget_ms / 1000 + OVERRUN_GRACE >= _timeout:
    sys.exit(
        f"newsnorm: NEWSNORM_TIME_BUDGET_MS ({_settings.time_budget_ms}) plus {OVERRUN_GRACE} s of grace must be "
        f"below NEWSNORM_WORKER_TIMEOUT ({_timeout} s)"
    )

bind = os.environ.get("NEWSNORM_BIND", "127.0.0.1:8000")
worker_class = "service.server.Worker"
# One worker per CPU the container may use: each runs its work on one thread, and its
# connections on gevent, so a worker more than the CPUs would only contend for them.
workers = int(os.environ.get("WEB_CONCURRENCY", available_cpus()))
# The connections one worker holds open at most (slow and idle ones included).
worker_connections = int(os.environ.get("NEWSNORM_WORKER_CONNECTIONS", "1000"))
# Load the app (and warm the date parser) once in the master; workers fork from it.
preload_app = True
# gunicorn's control socket (in the user's home) is not used by this service.
control_socket_disable = True
timeout = _timeout
graceful_timeout = int(os.environ.get("NEWSNORM_GRACEFUL_TIMEOUT", "20"))
# With gevent, the time a client has to send a request's line and headers, and the time
# an idle kept-alive connection stays open.
keepalive = _settings.client_timeout
# Recycle workers now and then so that slow leaks cannot grow without bound (memory was
# flat over the load runs). Each recycle stops a worker for a moment: rarely, and spread
# (jitter of half) so that two workers seldom stop at once.
max_requests = int(os.environ.get("NEWSNORM_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 2
accesslog = None
errorlog = "-"
loglevel = os.environ.get("NEWSNORM_LOG_LEVEL", "info").lower()

_metrics, _metrics_created = _metrics_folder()


def child_exit(server: object, worker: object) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[attr-defined,no-untyped-call]


def on_exit(server: object) -> None:
    if _metrics_created:
        shutil.rmtree(_metrics, ignore_errors=True)
