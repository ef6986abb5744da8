"""Request logs (one JSON line per request) and Prometheus metrics.

Metrics work in one process (development, tests) and under gunicorn's workers: when
PROMETHEUS_MULTIPROC_DIR is set (service.gunicorn_conf sets it), every worker writes its
samples there and /metrics adds them up.
"""

from __future__ import annotations

import collections
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from flask import Flask, Response, g, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess

from service.normalise import Article

REQUEST_LOGGER = logging.getLogger("service.requests")
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUESTS = Counter("newsnorm_http_requests", "HTTP requests answered", ["endpoint", "method", "status"])
LATENCY = Histogram(
    "newsnorm_http_request_duration_seconds", "Time to answer a request", ["endpoint"], buckets=_LATENCY_BUCKETS
)
NORMALISE = Histogram("newsnorm_normalise_duration_seconds", "Time to normalise one article", buckets=_LATENCY_BUCKETS)
FIELDS = Counter("newsnorm_article_fields", "Article members found or not found", ["field", "found"])
WARNINGS = Counter("newsnorm_warnings", "Warnings given, by code", ["code"])

_TRACKED_FIELDS = ("headline", "section", "outlet", "published_at", "updated_at", "dateline")
# Label values come from fixed sets, so that no request can add a series: the methods
# HTTP defines, the route templates, and the statuses the service answers with.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
_STATUSES = frozenset({200, 400, 401, 404, 405, 408, 413, 415, 422, 500, 503})


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any ``extra`` fields."""

    _STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in self._STANDARD})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


JsonFormatter.converter = time.gmtime


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the service's loggers; done once per process."""
    logger = logging.getLogger("service")
    logger.setLevel(level)
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.propagate = False


def record_articles(articles: Sequence[tuple[Article, float]]) -> None:
    """Count what a request's normalisations found, and keep a summary for its log line.

    Each series is incremented once a request, by the number of its articles (a batch of
    a hundred makes fourteen increments, not nine hundred: under gunicorn each one is a
    write to a shared file)."""
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    warnings: collections.Counter[str] = collections.Counter()
    for article, seconds in articles:
        NORMALISE.observe(seconds)
        for name in _TRACKED_FIELDS:
            found[name, "false" if getattr(article, name) is None else "true"] += 1
        found["body", "true" if article.body else "false"] += 1
        warnings.update(warning.code for warning in article.warnings)
    for labels, count in found.items():
        FIELDS.labels(*labels).inc(count)
    for code, count in warnings.items():
        WARNINGS.labels(code).inc(count)
    g.outlets = [article.outlet for article, _ in articles]
    g.warnings_count = warnings.total()


def install(app: Flask) -> None:
    app.before_request(_start_clock)
    app.after_request(_log_and_count)
    app.add_url_rule("/metrics", "metrics", metrics)


def _start_clock() -> None:
    g.started = time.perf_counter()


def _log_and_count(response: Response) -> Response:
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
    method = request.method if request.method in _METHODS else "other"
    status = response.status_code
    REQUESTS.labels(endpoint, method, str(status) if status in _STATUSES else f"{status // 100}xx").inc()
    LATENCY.labels(endpoint).observe(seconds)
    outlets = g.get("outlets", [])
    REQUEST_LOGGER.info(
        "request",
        extra={
            "request_id": g.get("request_id"),
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round(seconds * 1000, 3),
            "input_bytes": request.content_length or 0,
            "outlet": outlets[0] if len(outlets) == 1 else None,
            "articles": len(outlets),
            "warnings": g.get("warnings_count", 0),
        },
    )
    return response


def metrics() -> Response:
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        payload = generate_latest(registry)
    else:
        payload = generate_latest()
    return Response(payload, mimetype=CONTENT_TYPE_LATEST.split(";")[0], content_type=CONTENT_TYPE_LATEST)
