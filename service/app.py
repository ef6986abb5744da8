"""The application factory."""

from __future__ import annotations

import hmac
import re
import uuid
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from flask import Flask, Response, current_app, g, request

from service.normalise import warm_up

from . import observability, problems
from .config import DEFAULTS, ENV_PREFIX, Settings
from .docs import docs
from .problems import Problem
from .views import api
from .work import run_here

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:/+=@-]{1,128}$")
_PROTECTED_PREFIX = "/v1/"


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the service: defaults, then NEWSNORM_* variables, then ``config``.

    Raises :class:`service.config.ConfigError` when a setting is unusable, so that a
    misconfigured deployment fails at start-up rather than on the first request.
    """
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(ENV_PREFIX)
    if config:
        app.config.from_mapping(config)
    settings = Settings.from_mapping(app.config)
    app.config["MAX_CONTENT_LENGTH"] = max(settings.max_body_bytes, settings.max_html_bytes)
    observability.configure_logging(settings.log_level)

    app.extensions["newsnorm.settings"] = settings
    # Where normalising runs: here, unless the server puts its own runner in place.
    app.extensions["newsnorm.run"] = run_here
    app.extensions["newsnorm.openapi"] = files("service").joinpath("openapi.yaml").read_bytes()
    app.register_blueprint(api)
    app.register_blueprint(docs)
    problems.register(app)
    app.before_request(_assign_request_id)
    if settings.api_tokens:
        app.before_request(_require_token)
    observability.install(app)
    app.after_request(_echo_request_id)

    warm_up()
    app.extensions["newsnorm.ready"] = True
    return app


def _assign_request_id() -> None:
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex


def _require_token() -> None:
    if not request.path.startswith(_PROTECTED_PREFIX):
        return
    tokens: tuple[str, ...] = current_app.extensions["newsnorm.settings"].api_tokens
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    presented = token.strip().encode()
    # Compare against every token so that the time taken does not tell which one matched.
    matched = False
    for candidate in tokens:
        matched |= hmac.compare_digest(presented, candidate.encode())
    if scheme.lower() != "bearer" or not matched:
        raise Problem(
            401,
            "Send a valid token as 'Authorization: Bearer <token>'.",
            headers={"WWW-Authenticate": 'Bearer realm="newsnorm"'},
        )


def _echo_request_id(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id") or uuid.uuid4().hex
    return response
