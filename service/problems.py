"""Errors as RFC 9457 problem details: one exception type, one handler, one body shape."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, current_app, g
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from schemas import ProblemSchema

from .responses import json_response
from .work import Stopping

LOGGER = logging.getLogger(__name__)
PROBLEM_MEDIA_TYPE = "application/problem+json"
STOPPING_DETAIL = "The service is replacing this worker; retry."
_PROBLEM = ProblemSchema()
# Status titles as RFC 9110 names them (werkzeug keeps some older names).
_TITLES = {**HTTP_STATUS_CODES, 413: "Content Too Large", 414: "URI Too Long", 422: "Unprocessable Content"}


def title_of(status: int) -> str:
    """The status's reason phrase, as RFC 9110 gives it."""
    return _TITLES.get(status, "Error")


class Problem(HTTPException):
    """An error answer with a detail message and, for 422, marshmallow's field messages."""

    def __init__(self, status: int, detail: str, *, errors: Any = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(description=detail)
        self.code = status
        self.errors = errors
        self.extra_headers = headers or {}


def problem_body(status: int, detail: str, errors: Any = None) -> dict[str, Any]:
    """The problem+json document for a status (type about:blank: the status names the problem)."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title_of(status),
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    return dict(_PROBLEM.dump(body))


def problem_response(status: int, detail: str, errors: Any = None, headers: dict[str, str] | None = None) -> Response:
    response = json_response(problem_body(status, detail, errors), status, PROBLEM_MEDIA_TYPE)
    response.headers.update(headers or {})
    return response


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Stopping, _stopping)
    app.register_error_handler(Exception, _unexpected)


def _stopping(error: Stopping) -> Response:
    return problem_response(503, STOPPING_DETAIL, headers={"Retry-After": "1"})


def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    if status >= 500 and not isinstance(error, Problem):  # a Problem's 503 is meant; werkzeug's 5xx are bugs
        return _unexpected(error)
    headers = dict(getattr(error, "extra_headers", {}))
    allow = dict(error.get_headers()).get("Allow")
    if allow:
        headers["Allow"] = allow
    detail = error.description or title_of(status)
    if status == 413 and not isinstance(error, Problem):
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        detail = f"The body is larger than this service takes ({limit} bytes)."
    return problem_response(status, detail, getattr(error, "errors", None), headers)


def _unexpected(error: BaseException) -> Response:
    LOGGER.error("unhandled error (request %s)", g.get("request_id", "-"), exc_info=error)
    return problem_response(500, "The service failed to answer this request; the error is logged under its request id.")
