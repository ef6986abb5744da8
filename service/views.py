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

from schemas import (
    ArticleSchema,
    BatchItemSchema,
    BatchRequestSchema,
    BatchResponseSchema,
    NormaliseRequestSchema,
    to_options,
)
from service.normalise import Article, Options, TimeBudgetExceeded, normalise_article

from .bodies import decode_text, is_json, parse_json, read_body, require_json
from .config import Settings
from .observability import record_article
from .problems import Problem, problem_body
from .responses import JSON_MEDIA_TYPE, encode_json, json_response
from .work import Busy, Overrun, Runner

api = Blueprint("api", __name__)

_REQUEST = NormaliseRequestSchema()
_ITEM = BatchItemSchema()
_ARTICLE = ArticleSchema()
_BATCH_RESPONSE = BatchResponseSchema()
_RETRY = {"Retry-After": "1"}


@dataclass(slots=True)
class _Answer:
    """What the work made: the answer's JSON, and each article with the seconds it took."""

    payload: bytes
    articles: list[tuple[Article, float]] = field(default_factory=list)


def _settings() -> Settings:
    return current_app.extensions["newsnorm.settings"]  # type: ignore[no-any-return]


@api.post("/v1/normalise")
def normalise() -> Response:
    if request.mimetype == "text/plain":
        charset = request.mimetype_params.get("charset", "utf-8")
    elif is_json(request):
        charset = None
    else:
        raise Problem(415, f"Send application/json or text/plain; got {request.mimetype or 'no Content-Type'}.")
    settings = _settings()
    return _answer(partial(_one, _body(settings), charset, settings), settings)


@api.post("/v1/normalise/batch")
def normalise_batch() -> Response:
    require_json(request)
    settings = _settings()
    return _answer(partial(_batch, _body(settings), settings), settings)


def _body(settings: Settings) -> bytes:
    return read_body(request, limit=settings.max_body_bytes, seconds=settings.client_timeout)


def _answer(work: Any, settings: Settings) -> Response:
    """Run ``work`` (a function of its deadline) on the runner; answer with what it made."""
    run: Runner = current_app.extensions["newsnorm.run"]
    try:
        answer: _Answer = run(work, settings.time_budget_ms / 1000)
    except Busy:
        raise Problem(503, "The service is too busy to take this request now; retry.", headers=_RETRY) from None
    except Overrun:
        raise Problem(503, "The service failed to finish this request in time; retry.", headers=_RETRY) from None
    for article, seconds in answer.articles:
        record_article(article, seconds)
    return Response(answer.payload, mimetype=JSON_MEDIA_TYPE)


# -- the work: plain values in, an answer out (no Flask) -------------------------


def _one(body: bytes, charset: str | None, settings: Settings, deadline: float) -> _Answer:
    """One article: ``body`` is JSON, or with a ``charset`` the text itself."""
    document = parse_json(body) if charset is None else {"text": decode_text(body, charset)}
    loaded = _validated(_REQUEST, document)
    article, seconds = _normalised(loaded["text"], _options(loaded.get("options"), settings), settings, deadline)
    return _Answer(encode_json(_ARTICLE.dump(article)), [(article, seconds)])


def _batch(body: bytes, settings: Settings, deadline: float) -> _Answer:
    envelope = _validated(BatchRequestSchema(max_items=settings.max_batch_items), parse_json(body))
    shared = envelope.get("options") or {}
    answer = _Answer(b"")
    results = [_batch_item(item, shared, settings, deadline, answer) for item in envelope["items"]]
    answer.payload = encode_json(_BATCH_RESPONSE.dump({"results": results}))
    return answer


def _batch_item(item: Any, shared: dict[str, Any], settings: Settings, deadline: float, answer: _Answer) -> Any:
    """One batch result: an article, or the problem with this item alone."""
    item_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
    try:
        loaded = _ITEM.load(item)
    except ValidationError as error:
        detail = "This item does not match the schema; see errors."
        return {"id": item_id, "error": problem_body(422, detail, error.messages)}
    options = _options({**shared, **(loaded.get("options") or {})}, settings)
    try:
        article, seconds = _normalised(loaded["text"], options, settings, deadline)
    except Problem as problem:  # over the time budget: this item and those after it
        return {"id": loaded["id"], "error": problem_body(problem.code or 422, problem.description or "")}
    answer.articles.append((article, seconds))
    return {"id": loaded["id"], "article": _ARTICLE.dump(article)}


def _validated(schema: Any, document: Any) -> dict[str, Any]:
    try:
        return schema.load(document)  # type: ignore[no-any-return]
    except ValidationError as error:
        raise Problem(422, "The request does not match the schema; see errors.", errors=error.messages) from None


def _options(loaded: dict[str, Any] | None, settings: Settings) -> Options:
    return to_options(loaded, default_timezone=settings.default_timezone)


def _normalised(text: str, options: Options, settings: Settings, deadline: float) -> tuple[Article, float]:
    started = time.perf_counter()
    try:
        article = normalise_article(text, options, deadline=deadline)
    except TimeBudgetExceeded:
        budget = settings.time_budget_ms
        raise Problem(
            422,
            f"The text could not be normalised within this service's time budget ({budget} ms); send a shorter text.",
        ) from None
    return article, time.perf_counter() - started


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
