"""JSON answers, encoded once, in the contract's member order, UTF-8 as is."""

from __future__ import annotations

import json
from typing import Any

from flask import Response

JSON_MEDIA_TYPE = "application/json"


def json_response(body: Any, status: int = 200, media_type: str = JSON_MEDIA_TYPE) -> Response:
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return Response(payload, status=status, mimetype=media_type)
