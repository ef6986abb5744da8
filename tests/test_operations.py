"""What operators rely on: request logs, metrics, interactive docs."""

from __future__ import annotations

import json
import logging
import random
import re
import string
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from service.observability import REQUEST_LOGGER, JsonFormatter


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def request_log() -> Iterator[list[logging.LogRecord]]:
    keep = _Keep()
    REQUEST_LOGGER.addHandler(keep)
    try:
        yield keep.records
    finally:
        REQUEST_LOGGER.removeHandler(keep)


def test_one_json_log_line_per_request_without_the_text(
    client: FlaskClient, reference_text: str, request_log: list[logging.LogRecord]
) -> None:
    client.post("/v1/normalise", json={"text": reference_text}, headers={"X-Request-ID": "log-1"})
    [record] = request_log
    line = json.loads(JsonFormatter().format(record))
    assert {k: line[k] for k in ("request_id", "method", "path", "status", "outlet", "articles", "warnings")} == {
        "request_id": "log-1",
        "method": "POST",
        "path": "/v1/normalise",
        "status": 200,
        "outlet": "CGTN",
        "articles": 1,
        "warnings": 0,
    }
    assert line["input_bytes"] > len(reference_text) and line["duration_ms"] > 0
    assert "Wang Yi" not in JsonFormatter().format(record)


def test_errors_are_logged_too(client: FlaskClient, request_log: list[logging.LogRecord]) -> None:
    client.get("/nowhere")
    assert [(r.path, r.status) for r in request_log] == [("/nowhere", 404)]  # type: ignore[attr-defined]


def _sample(metrics: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{key}="{value}"' for key, value in labels.items())
    selector = re.escape(f"{name}{{{wanted}}}" if wanted else name)
    match = re.search(rf"^{selector} (\S+)$", metrics, re.MULTILINE)
    return float(match[1]) if match else 0.0


def test_metrics_count_requests_fields_and_warnings(client: FlaskClient) -> None:
    before = client.get("/metrics").get_data(as_text=True)
    text = "Markets\n19:49, 21-Jan-2019\nStocks climb as traders weigh new data\n" + "Prices rose on Monday. " * 5
    client.post("/v1/normalise", json={"text": text})
    response = client.get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    after = response.get_data(as_text=True)
    for name, labels in [
        ("newsnorm_http_requests_total", {"endpoint": "/v1/normalise", "method": "POST", "status": "200"}),
        ("newsnorm_article_fields_total", {"field": "published_at", "found": "true"}),
        ("newsnorm_article_fields_total", {"field": "outlet", "found": "false"}),
        ("newsnorm_warnings_total", {"code": "timezone_assumed"}),
        ("newsnorm_normalise_duration_seconds_count", {}),
    ]:
        assert _sample(after, name, **labels) == _sample(before, name, **labels) + 1, (name, labels)


def test_a_batch_counts_each_of_its_articles_and_logs_them(
    client: FlaskClient, reference_text: str, request_log: list[logging.LogRecord]
) -> None:
    before = client.get("/metrics").get_data(as_text=True)
    undated = "Stocks climb as traders weigh new data\n" + "Prices rose on Monday. " * 5
    items = [{"id": "a", "text": reference_text}, {"id": "b", "text": undated}, {"id": "c", "text": reference_text}]
    items.append({"id": "d", "text": " "})  # a problem: no article, nothing counted
    assert client.post("/v1/normalise/batch", json={"items": items}).status_code == 200
    after = client.get("/metrics").get_data(as_text=True)
    for name, labels, added in [
        ("newsnorm_article_fields_total", {"field": "outlet", "found": "true"}, 2),
        ("newsnorm_article_fields_total", {"field": "outlet", "found": "false"}, 1),
        ("newsnorm_article_fields_total", {"field": "body", "found": "true"}, 3),
        ("newsnorm_normalise_duration_seconds_count", {}, 3),
    ]:
        assert _sample(after, name, **labels) == _sample(before, name, **labels) + added, (name, labels)
    line = json.loads(JsonFormatter().format(request_log[-2]))  # the last is the /metrics request's
    assert (line["path"], line["articles"], line["outlet"]) == ("/v1/normalise/batch", 3, None)


def test_metrics_stay_the_same_size_whatever_methods_and_paths_are_sent(client: FlaskClient) -> None:
    chance = random.Random(13)
    letters = string.ascii_letters + string.digits

    def invent(count: int) -> None:
        for _ in range(count):
            method = "".join(chance.choices(string.ascii_uppercase, k=chance.randint(3, 12)))
            path = "/" + "/".join("".join(chance.choices(letters, k=6)) for _ in range(chance.randint(1, 3)))
            client.open(chance.choice([path, "/v1/normalise", "/healthz"]), method=method)

    def series() -> set[str]:
        lines = client.get("/metrics").get_data(as_text=True).splitlines()
        return {line.rsplit(" ", 1)[0] for line in lines if not line.startswith("#")}

    invent(50)  # every label value that random requests can reach now has its series
    before = series()
    invent(1000)
    assert series() == before


def test_unknown_paths_share_one_metrics_label(client: FlaskClient) -> None:
    client.get("/a/b/c")
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'endpoint="unmatched"' in metrics and "/a/b/c" not in metrics


def test_docs_page_uses_packaged_assets(client: FlaskClient) -> None:
    page = client.get("/docs").get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets == ["/docs/swagger-ui.css", "/docs/swagger-ui-bundle.js", "/docs/init.js"]
    for asset in assets:
        with client.get(asset) as response:
            assert response.status_code == 200
    assert '"/openapi.yaml"' in client.get("/docs/init.js").get_data(as_text=True)


def test_docs_page_runs_no_inline_script_and_cannot_be_framed(client: FlaskClient) -> None:
    response = client.get("/docs")
    assert re.findall(r"<script[^>]*>([^<]*)</script>", response.get_data(as_text=True)) == ["", ""]
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert (policy["script-src"], policy["frame-ancestors"]) == ("'self'", "'none'")
    assert response.headers["X-Frame-Options"] == "DENY"
