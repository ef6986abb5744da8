"""JSON answers, encoded once, in the contract's member order, UTF-8 as is."""

from __future__ import annotations

import json
from typing import Any

from flask import Response

JSON_MEDIA_TYPE = "application/json"


def encode_json(body: Any) -> bytes:
    """``body`` as compact UTF-8 JSON."""
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    try:
        return payload.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate the caller sent, echoed (a member's name): escape it
        return json.dumps(body, separators=(",", ":")).encode("ascii")


def json_response(body: Any, status: int = 200, media_type: str = JSON_MEDIA_TYPE) -> Response:
    return Response(encode_json(body), status=status, mimetype=media_type)
