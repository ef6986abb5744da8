"""The HTTP routes. Each view loads the request, calls the core, dumps the answer."""

from __future__ import annotations

import time
from typing import Any

from flask import Blueprint, Response, current_app, g, request
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

from .bodies import is_json, parse_json, read_json, read_text
from .config import Settings
from .observability import record_article
from .problems import Problem, problem_body
from .responses import json_response

api = Blueprint("api", __name__)

_REQUEST = NormaliseRequestSchema()
_ITEM = BatchItemSchema()
_ARTICLE = ArticleSchema()
_BATCH_RESPONSE = BatchResponseSchema()


def _settings() -> Settings:
    return current_app.extensions["newsnorm.settings"]  # type: ignore[no-any-return]


def _validated(schema: Any, document: Any) -> dict[str, Any]:
    try:
        return schema.load(document)  # type: ignore[no-any-return]
    except ValidationError as error:
        raise Problem(422, "The request does not match the schema; see errors.", errors=error.messages) from None


def _options(loaded: dict[str, Any] | None) -> Options:
    return to_options(loaded, default_timezone=_settings().default_timezone)


def _load_normalise_request() -> tuple[str, Options]:
    if request.mimetype == "text/plain":
        loaded = _validated(_REQUEST, {"text": read_text(request)})
    elif is_json(request):
        loaded = _validated(_REQUEST, parse_json(request.get_data(cache=False)))
    else:
        raise Problem(415, f"Send application/json or text/plain; got {request.mimetype or 'no Content-Type'}.")
    return loaded["text"], _options(loaded.get("options"))


def _deadline() -> float:
    """This request's deadline on time.monotonic(): its start plus the time budget."""
    if "deadline" not in g:
        g.deadline = time.monotonic() + _settings().time_budget_ms / 1000
    return float(g.deadline)


def _normalise(text: str, options: Options) -> Article:
    started = time.perf_counter()
    try:
        article = normalise_article(text, options, deadline=_deadline())
    except TimeBudgetExceeded:
        budget = _settings().time_budget_ms
        raise Problem(
            422,
            f"The text could not be normalised within this service's time budget ({budget} ms); send a shorter text.",
        ) from None
    record_article(article, time.perf_counter() - started)
    return article


@api.post("/v1/normalise")
def normalise() -> Response:
    text, options = _load_normalise_request()
    article = _normalise(text, options)
    return json_response(_ARTICLE.dump(article))


@api.post("/v1/normalise/batch")
def normalise_batch() -> Response:
    settings = _settings()
    envelope = _validated(BatchRequestSchema(max_items=settings.max_batch_items), read_json(request))
    results = [_batch_item(item, envelope.get("options") or {}) for item in envelope["items"]]
    return json_response(_BATCH_RESPONSE.dump({"results": results}))


def _batch_item(item: Any, shared: dict[str, Any]) -> dict[str, Any]:
    """One batch result: an article, or the problem with this item alone."""
    item_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
    try:
        loaded = _ITEM.load(item)
    except ValidationError as error:
        detail = "This item does not match the schema; see errors."
        return {"id": item_id, "error": problem_body(422, detail, error.messages)}
    options = _options({**shared, **(loaded.get("options") or {})})
    try:
        return {"id": loaded["id"], "article": _ARTICLE.dump(_normalise(loaded["text"], options))}
    except Problem as problem:  # over the time budget: this item and those after it
        return {"id": loaded["id"], "error": problem_body(problem.code or 422, problem.description or "")}


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
