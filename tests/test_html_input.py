"""HTML through the API, the batch and the CLI, and hostile pages: each answers 200 with
what it can or a clear 4xx problem, never a 500 or a hang, and nothing is fetched."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder

from service.cli import main

from .conftest import GOLDEN, make_app
from .test_api import assert_problem
from .test_hostile import _NeverRead

CASE = GOLDEN / "scmp" / "country-park-water-stations-2021-03-14"
PAGE = CASE.with_suffix(".html").read_text(encoding="utf-8")
EXPECTED = json.loads(CASE.with_suffix(".html.json").read_text(encoding="utf-8"))
PARAGRAPH = "<p>The council approved a plan on Tuesday to plant ten thousand trees along the river.</p>"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is fetched, ever: a page's links, its <base> and its url are strings."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_html_in_json_gives_the_golden_article(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", json={"html": PAGE})
    assert response.status_code == 200
    assert response.get_json() == EXPECTED


def test_a_text_html_body_is_the_page(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", data=PAGE.encode(), content_type="text/html; charset=utf-8")
    assert response.status_code == 200
    assert response.get_json() == EXPECTED


def test_a_batch_mixes_text_and_html_items(client: FlaskClient) -> None:
    text = CASE.with_suffix(".txt").read_text(encoding="utf-8")
    items = [{"id": "a", "html": PAGE}, {"id": "b", "text": text}, {"id": "c", "text": "x", "html": "<p>x</p>"}]
    results = client.post("/v1/normalise/batch", json={"items": items}).get_json()["results"]
    assert results[0]["article"] == EXPECTED
    assert results[1]["article"]["headline"] == EXPECTED["headline"]
    assert results[2]["error"]["errors"] == {"_schema": ["Send the page as text or as html, not both."]}


def test_the_url_names_the_outlet_and_is_never_fetched(client: FlaskClient) -> None:
    html = f'<html><head><base href="http://169.254.169.254/"></head><body>{PARAGRAPH}</body></html>'
    response = client.post("/v1/normalise", json={"html": html, "url": "https://www.taipeitimes.com/News/x"})
    assert response.get_json()["outlet"] == "Taipei Times"
    text = "Printed below.\n\n" + PARAGRAPH.removeprefix("<p>").removesuffix("</p>")
    response = client.post("/v1/normalise", json={"text": text, "url": "https://focustaiwan.tw/society/1"})
    assert response.get_json()["outlet"] == "Focus Taiwan"


def test_the_charset_of_the_header_wins_over_the_pages_own(client: FlaskClient) -> None:
    page = '<meta charset="iso-8859-1"><h1>Café reopens on the river</h1>' + PARAGRAPH
    body = page.encode("utf-8")
    response = client.post("/v1/normalise", data=body, content_type="text/html; charset=utf-8")
    assert response.get_json()["headline"] == "Café reopens on the river"
    # Without a header charset the page's declaration is tried first.
    response = client.post("/v1/normalise", data=page.encode("iso-8859-1"), content_type="text/html")
    assert response.get_json()["headline"] == "Café reopens on the river"
    page = '<meta charset="gbk"><h1>城市河边将种植一万棵树</h1>' + PARAGRAPH
    response = client.post("/v1/normalise", data=page.encode("gbk"), content_type="text/html")
    assert response.get_json()["headline"] == "城市河边将种植一万棵树"


def test_bytes_the_header_charset_does_not_fit_are_a_400(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", data=b"<p>caf\xe9</p>", content_type="text/html; charset=utf-8")
    assert_problem(response, 400, "Bad Request")


def test_a_text_html_body_over_its_limit_is_413_without_being_read() -> None:
    app = make_app(MAX_HTML_BYTES=4096)
    environ = EnvironBuilder(path="/v1/normalise", method="POST", content_type="text/html").get_environ()
    environ.update({"CONTENT_LENGTH": "5000", "wsgi.input": _NeverRead()})
    captured: dict[str, Any] = {}
    body = b"".join(app(environ, lambda status, headers, exc_info=None: captured.update(status=status)))
    assert captured["status"].startswith("413") and json.loads(body)["status"] == 413


def test_json_with_html_may_pass_the_text_limit_and_text_may_not() -> None:
    with make_app(MAX_BODY_BYTES=2048, MAX_HTML_BYTES=65536).test_client() as client:
        html = "<html><body>" + "<div class='x'></div>" * 200 + PARAGRAPH + "</body></html>"
        assert client.post("/v1/normalise", json={"html": html}).status_code == 200
        text = "A paragraph of the article that goes on for a while.\n" * 60
        assert_problem(client.post("/v1/normalise", json={"text": text}), 413, "Content Too Large")


HOSTILE = {
    "100,000 nested blocks": "<div>" * 100_000 + PARAGRAPH + "</div>" * 100_000,
    "a deep stack of inline elements, then blocks": "<span>" * 50_000 + "<div></div>" * 50_000 + PARAGRAPH,
    "unclosed and misnested tags": "<p><b><i>Council</b> approves</i> plan<table><td>x<p>y" * 2_000 + PARAGRAPH,
    "a 5 MB attribute": '<div title="' + "a" * 5_000_000 + '">' + PARAGRAPH + "</div>",
    "a 1 MB JSON-LD block": '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "'
    + "b" * 1_000_000
    + '", "headline": "Council backs river tree plan"}</script>'
    + PARAGRAPH,
    "JSON-LD nested 200,000 deep": '<script type="application/ld+json">' + "[" * 200_000 + "</script>" + PARAGRAPH,
    "broken JSON-LD": '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' + PARAGRAPH,
    "NUL and control bytes": "<h1>Council\x00 backs\x01 river\x02 tree plan</h1>" + PARAGRAPH,
    "no article at all": "<html><head><title></title></head><body><nav><a>Home</a></nav></body></html>",
    "a comment never closed": "<!-- " + PARAGRAPH * 100,
    "a script never closed": "<script>var a = '" + PARAGRAPH * 100,
    # A browser that runs scripts reads <noscript> as text up to its end tag: the element
    # left open inside it opens nothing, and the article after it shows.
    "a noscript that leaves an element open": '<body><noscript><div id="nojs"></noscript><div id="page">'
    + PARAGRAPH
    + "</div></body>",
}


#: Pages whose paragraph no browser shows either.
NOTHING_VISIBLE = frozenset({"no article at all", "a comment never closed", "a script never closed"})


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_pages_answer_200(client: FlaskClient, name: str) -> None:
    response = client.post("/v1/normalise", json={"html": HOSTILE[name]})
    assert response.status_code == 200
    article = response.get_json()
    assert article["headline"] is None or len(article["headline"]) < 10_000
    if name in NOTHING_VISIBLE:
        assert article["body"] == []
        return
    assert any("ten thousand trees" in paragraph for paragraph in article["body"]), article["body"]


def test_the_cli_reads_an_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalise", str(CASE.with_suffix(".html"))]) == 0
    assert json.loads(capsys.readouterr().out) == EXPECTED
    page = tmp_path / "page.txt"  # not named .html: known by its start
    page.write_text(PAGE, encoding="utf-8")
    assert main(["normalise", str(page), "--url", "https://www.scmp.com/news/x"]) == 0
    assert json.loads(capsys.readouterr().out) == EXPECTED


def test_the_cli_reads_html_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(PAGE.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["normalise", "-", "--html"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == EXPECTED["headline"]


def test_an_html_member_does_not_lift_the_limit_of_the_texts_beside_it() -> None:
    with make_app(MAX_BODY_BYTES=2048, MAX_HTML_BYTES=65536).test_client() as client:
        text = "A paragraph of the article that goes on for a while.\n" * 30
        items = [{"id": str(i), "text": text} for i in range(3)] + [{"id": "h", "html": 5}]
        assert_problem(client.post("/v1/normalise/batch", json={"items": items}), 413, "Content Too Large")


@pytest.mark.parametrize(
    "html",
    [
        '<h1><a href="http://[x">Council backs river tree plan</a></h1>',  # no address at all
        '<a href="http://[x"><h1>Council backs river tree plan</h1></a>',
        "<title>中文标题" + "_ab" * 16_000 + "</title>",
        "<a" * 1_000_000,  # start tags that never close
        "<noscript>" * 200_000,  # never closed: text to the end, as a browser shows it
        "<noscript" * 200_000,
        "<noscript>x</noscript>" * 100_000,
        # Script templates' copies: each template's end is found once, not once a <noscript>.
        "<script>" + "</script><noscript>x</noscript>" * 100_000,
        "<script type=text/template>" * 100_000 + "</script><noscript>x</noscript>" * 100_000,
    ],
)
def test_markup_that_once_raised_or_ran_long(client: FlaskClient, html: str) -> None:
    assert client.post("/v1/normalise", json={"html": html + PARAGRAPH}).status_code == 200


def test_a_url_with_a_line_break_is_refused(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", json={"html": PARAGRAPH, "url": "http://a.com/\n"})
    assert_problem(response, 422, "Unprocessable Content")
