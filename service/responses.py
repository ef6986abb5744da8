"""JSON answers, encoded once, in the contract's member order, UTF-8 as is."""

from __future__ import annotations

import json
from typing import Any

import orjson
from flask import Response

JSON_MEDIA_TYPE = "application/json"


def encode_json(body: Any) -> bytes:
    """``body`` (plain dicts, lists, strings, numbers) as compact UTF-8 JSON.

    orjson writes the same bytes as ``json.dumps(body, ensure_ascii=False,
    separators=(",", ":"))`` (tests/test_responses.py checks it on every golden answer),
    twenty times faster. What it refuses, the standard library writes: a lone surrogate
    the caller sent and a problem echoes (a member's name), escaped as ASCII.
    """
    try:
        return orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS)  # a list's errors are keyed by index
    except TypeError:  # orjson.JSONEncodeError is one
        pass
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    try:
        return payload.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(body, separators=(",", ":")).encode("ascii")


def json_response(body: Any, status: int = 200, media_type: str = JSON_MEDIA_TYPE) -> Response:
    return Response(encode_json(body), status=status, mimetype=media_type)
