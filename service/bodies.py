"""Reading request bodies: media type, decoding and JSON, each failure a clear problem."""

from __future__ import annotations

import codecs
import json
from typing import Any

from flask import Request

from .problems import Problem

_JSON_TYPES = ("application/json",)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def is_json(request: Request) -> bool:
    mimetype = request.mimetype
    return mimetype in _JSON_TYPES or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def read_json(request: Request) -> Any:
    """The request's JSON document; 415 if it is not JSON, 400 if it does not parse."""
    if not is_json(request):
        raise _unsupported(request, "application/json")
    return parse_json(request.get_data(cache=False))


def parse_json(data: bytes) -> Any:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Problem(400, "The JSON body must be encoded as UTF-8, not UTF-16.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Problem(400, f"The body is not valid UTF-8 (byte {error.start}).") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise Problem(400, "The JSON body is nested too deeply.") from None
    except ValueError as error:
        raise Problem(400, f"The body is not valid JSON: {error}.") from None


def read_text(request: Request) -> str:
    """A text/plain body, decoded with its declared charset (UTF-8 if none)."""
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        codecs.lookup(charset)
    except LookupError:
        raise Problem(415, f"Unknown charset {charset!r}; send UTF-8.") from None
    data = request.get_data(cache=False)
    try:
        return data.decode("utf-8-sig" if charset.lower().replace("_", "-") in ("utf-8", "utf8") else charset)
    except UnicodeDecodeError as error:
        raise Problem(400, f"The body is not valid {charset} (byte {error.start}).") from None


def _unsupported(request: Request, expected: str) -> Problem:
    got = request.mimetype or "no Content-Type"
    return Problem(415, f"Send {expected}; got {got}.")
