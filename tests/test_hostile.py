"""Hostile and careless input: every answer is a clear problem+json 4xx or a 200, never a
500, a traceback or a hang; nothing the caller sent is lost without a word."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder

from .conftest import make_app
from .test_api import assert_problem


class _NeverRead(io.RawIOBase):
    """A request body that must not be read."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise AssertionError("the body was read")


def test_413_is_answered_without_reading_the_body() -> None:
    app = make_app()
    environ = EnvironBuilder(path="/v1/normalise", method="POST", content_type="application/json").get_environ()
    environ.update({"CONTENT_LENGTH": str(50 * 1024 * 1024), "wsgi.input": _NeverRead()})
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        captured.update(status=status, headers=dict(headers))

    body = b"".join(app(environ, start_response))
    assert captured["status"].startswith("413")
    assert captured["headers"]["Content-Type"] == "application/problem+json"
    assert json.loads(body)["status"] == 413


def test_over_the_time_budget_is_a_clear_422() -> None:
    with make_app(TIME_BUDGET_MS=1).test_client() as client:
        text = "A paragraph of the article that goes on for a while.\n" * 15_000
        body = assert_problem(client.post("/v1/normalise", json={"text": text}), 422, "Unprocessable Content")
        assert "time budget (1 ms)" in body["detail"]


def test_a_batch_over_the_time_budget_answers_every_item() -> None:
    with make_app(TIME_BUDGET_MS=1).test_client() as client:
        text = "A paragraph of the article that goes on for a while.\n" * 5_000
        items = [{"id": str(i), "text": text} for i in range(5)]
        response = client.post("/v1/normalise/batch", json={"items": items})
        assert response.status_code == 200
        results = response.get_json()["results"]
        assert [r["id"] for r in results] == [str(i) for i in range(5)]
        assert all(r.get("error", {}).get("status") == 422 for r in results[1:])


@pytest.mark.parametrize(
    "text",
    [
        "Lead\x00ing\x01 para\x1fgraph with control characters that goes on long enough to be a paragraph.",
        "A paragraph with a \u202eright-to-left override\u202c and zero\u200bwidth characters in it, long enough.",
    ],
)
def test_control_bidi_and_zero_width_characters_are_removed(client: FlaskClient, text: str) -> None:
    body = client.post("/v1/normalise", json={"text": text}).get_json()["body"]
    assert len(body) == 1
    assert not any(c in body[0] for c in "\x00\x01\x1f\u202e\u202c\u200b")


def test_nul_bytes_in_a_plain_text_body(client: FlaskClient) -> None:
    text = "Text with a NUL\x00 inside it, in a paragraph long enough to count as one of the body."
    response = client.post("/v1/normalise", data=text.encode(), content_type="text/plain")
    assert response.status_code == 200
    assert response.get_json()["body"] == [text.replace("\x00", "")]


def test_one_line_of_a_million_characters(client: FlaskClient) -> None:
    text = ("Prices rose again on Monday as traders weighed the new figures. " * 16_000)[:1_000_000]
    response = client.post("/v1/normalise", json={"text": text})
    assert response.status_code == 200
    assert response.get_json()["body"] == [text.strip()]


def test_a_chinese_page_run_onto_one_line_up_to_the_size_limit(client: FlaskClient) -> None:
    # Every space after a run of characters is a cut the one-line reader weighs (inside
    # brackets or not): each is weighed once, not by a scan back through the page.
    text = "海港城市啟動舊碼頭修復工程 2024/03/05 18:42 " + "（海港市政府今天宣布 " * 14_000
    response = client.post("/v1/normalise", json={"text": text})
    assert response.status_code == 200
    assert response.get_json()["published_at"] == "2024-03-05T18:42:00+08:00"


def test_half_a_million_short_lines(client: FlaskClient) -> None:
    # A million characters is the most a text may hold: 500,000 one-letter lines.
    response = client.post("/v1/normalise", json={"text": "a\n" * 499_999})
    assert response.status_code == 200
    assert response.get_json()["headline"] is None


def test_thousands_of_date_like_lines(client: FlaskClient) -> None:
    text = "\n".join(f"2024-09-{day % 28 + 1:02d} {day % 24:02d}:30 GMT+8" for day in range(20_000))
    response = client.post("/v1/normalise", json={"text": text})
    assert response.status_code == 200
    assert response.get_json()["published_at"] is not None


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated: " + "1234567890" * 6,
        "Updated: January February March April May June July 2024 12 13 14",
        "Published: " + "31 " * 20 + "2024",
        "Updated: 99:99 99/99/9999 GMT+99",
    ],
)
def test_strings_that_slow_date_parsers_are_bounded(client: FlaskClient, stamp: str) -> None:
    text = f"A headline for the test\n{stamp}\nA paragraph of the article, long enough to be the body of it."
    response = client.post("/v1/normalise", json={"text": text})
    assert response.status_code == 200
    article = response.get_json()
    assert article["published_at"] is None and article["updated_at"] is None


def test_a_body_of_only_blank_characters_is_rejected(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", json={"text": "\u3000\u00a0\t\n " * 100})
    assert assert_problem(response, 422, "Unprocessable Content")["errors"] == {"text": ["Text must not be blank."]}
