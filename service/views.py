"""The HTTP routes. Each reads its request's body, hands the work on it to the runner, and
answers with what the work made.

Reading the body and writing the answer wait on the client; decoding, validating,
normalising and serialising wait on the CPU. The second part is one function of plain
values (:func:`_one`, :func:`_batch`), run by ``app.extensions["newsnorm.run"]``
(:mod:`service.work`): here, or on the worker's work thread under gunicorn, so that the
connections keep being served meanwhile.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from flask import Blueprint, Response, current_app, request
from marshmallow import ValidationError

from schemas import BatchRequestSchema, NormaliseRequestSchema, article_document
from service.normalise import Article

from .bodies import decode_html, decode_text, is_json, parse_json, read_body, require_json, too_large
from .config import Settings
from .observability import record_articles
from .problems import Problem
from .records import Normaliser, OverBudget, normalise_loaded
from .responses import JSON_MEDIA_TYPE, encode_json, json_response
from .work import Busy, Overrun, Runner

api = Blueprint("api", __name__)

_REQUEST = NormaliseRequestSchema()
_RETRY = {"Retry-After": "1"}
_HTML_TYPES = ("text/html",)


@dataclass(slots=True)
class _Answer:
    """What the work made: the answer's JSON, and each article with the seconds it took."""

    payload: bytes
    articles: list[tuple[Article, float]] = field(default_factory=list)


def _settings() -> Settings:
    return current_app.extensions["newsnorm.settings"]  # type: ignore[no-any-return]


@api.post("/v1/normalise")
def normalise() -> Response:
    settings = _settings()
    if request.mimetype == "text/plain":
        body, kind = _body(settings.max_body_bytes, settings), "text"
        document: Any = partial(_plain, kind, request.mimetype_params.get("charset", "utf-8"))
    elif request.mimetype in _HTML_TYPES:
        body, kind = _body(settings.max_html_bytes, settings), "html"
        document = partial(_plain, kind, request.mimetype_params.get("charset"))
    elif is_json(request):
        body = _body(_json_limit(settings), settings)
        document = partial(_parsed, settings)
    else:
        raise Problem(
            415, f"Send application/json, text/plain or text/html; got {request.mimetype or 'no Content-Type'}."
        )
    return _answer(partial(_one, body, document, settings), settings)


@api.post("/v1/normalise/batch")
def normalise_batch() -> Response:
    require_json(request)
    settings = _settings()
    return _answer(partial(_batch, _body(_json_limit(settings), settings), settings), settings)


def _json_limit(settings: Settings) -> int:
    """A JSON body may carry a page's HTML: it is read up to the larger limit, and then
    held to the text limit unless it does (:func:`_within_limit`)."""
    return max(settings.max_body_bytes, settings.max_html_bytes)


def _within_limit(body: bytes, document: Any, settings: Settings) -> Any:
    """``document``, parsed from a JSON ``body``; 413 if the body is over the text limit
    and carries no page's HTML, or if the texts it carries are over it together."""
    if len(body) <= settings.max_body_bytes:
        return document
    items = document.get("items") if isinstance(document, dict) and "items" in document else [document]
    members = [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    if not any(isinstance(item.get("html"), str) for item in members):
        raise too_large(settings.max_body_bytes)
    texts = (item["text"] for item in members if isinstance(item.get("text"), str))
    if sum(len(text.encode("utf-8", "surrogatepass")) for text in texts) > settings.max_body_bytes:
        raise too_large(settings.max_body_bytes)
    return document


def _body(limit: int, settings: Settings) -> bytes:
    return read_body(request, limit=limit, seconds=settings.client_timeout)


def _answer(work: Any, settings: Settings) -> Response:
    """Run ``work`` (a function of its deadline) on the runner; answer with what it made."""
    run: Runner = current_app.extensions["newsnorm.run"]
    try:
        answer: _Answer = run(work, settings.time_budget_ms / 1000)
    except Busy:
        raise Problem(503, "The service is too busy to take this request now; retry.", headers=_RETRY) from None
    except Overrun:
        raise Problem(503, "The service failed to finish this request in time; retry.", headers=_RETRY) from None
    record_articles(answer.articles)
    return Response(answer.payload, mimetype=JSON_MEDIA_TYPE)


# -- the work: plain values in, an answer out (no Flask) -------------------------


def _parsed(settings: Settings, body: bytes) -> Any:
    return _within_limit(body, parse_json(body), settings)


def _plain(kind: str, charset: str | None, body: bytes) -> dict[str, Any]:
    """A text/plain or text/html body as the request document it stands for."""
    if kind == "html":
        return {"html": decode_html(body, charset)}
    return {"text": decode_text(body, charset or "utf-8")}


def _one(body: bytes, document: Any, settings: Settings, deadline: float) -> _Answer:
    """One article: ``document`` makes the request document of ``body``."""
    loaded = _validated(_REQUEST, document(body))
    started = time.perf_counter()
    try:
        article = normalise_loaded(loaded, settings, deadline)
    except OverBudget as over:
        raise Problem(422, str(over)) from None
    return _Answer(encode_json(article_document(article)), [(article, time.perf_counter() - started)])


def _batch(body: bytes, settings: Settings, deadline: float) -> _Answer:
    """Each item's result (:mod:`service.records`): an article, or the problem with that
    item alone; the items share the request's deadline."""
    envelope = _validated(BatchRequestSchema(max_items=settings.max_batch_items), _parsed(settings, body))
    shared = envelope.get("options") or {}
    normaliser = Normaliser(settings)
    answer = _Answer(b"")
    results = []
    for item in envelope["items"]:
        outcome = normaliser.outcome(item, shared, deadline)
        results.append(outcome.result)
        if outcome.article is not None:
            answer.articles.append((outcome.article, outcome.seconds))
    answer.payload = encode_json({"results": results})
    return answer


def _validated(schema: Any, document: Any) -> dict[str, Any]:
    try:
        return schema.load(document)  # type: ignore[no-any-return]
    except ValidationError as error:
        raise Problem(422, "The request does not match the schema; see errors.", errors=error.messages) from None


# -- operations -------------------------------------------------------------------


@api.get("/healthz")
def healthz() -> Response:
    return json_response({"status": "ok"})


@api.get("/readyz")
def readyz() -> Response:
    if not current_app.extensions.get("newsnorm.ready"):
        raise Problem(503, "The service is still warming up.")
    return json_response({"status": "ready"})


@api.get("/openapi.yaml")
def openapi() -> Response:
    return Response(current_app.extensions["newsnorm.openapi"], mimetype="application/yaml")
