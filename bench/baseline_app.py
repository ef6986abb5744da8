"""The HTTP baseline: a bare Flask app that does what newsnorm's view does around the
core (parse the JSON request, dump an Article's JSON) without normalising anything.

Served by gunicorn with newsnorm's own settings, it measures what the framework costs,
so that the service's throughput can be quoted as a share of it.
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import Flask, Response, request

ARTICLE = json.loads(
    (Path(__file__).resolve().parent.parent / "tests/golden/cgtn/reference-china-russia-2024-09-11.json").read_text(
        encoding="utf-8"
    )
)


def create_app() -> Flask:
    app = Flask(__name__)

    @app.post("/v1/normalise")
    def normalise() -> Response:
        json.loads(request.get_data())
        return Response(json.dumps(ARTICLE, ensure_ascii=False, separators=(",", ":")), mimetype="application/json")

    @app.post("/v1/normalise/batch")
    def batch() -> Response:
        items = json.loads(request.get_data())["items"]
        results = [{"id": item["id"], "article": ARTICLE} for item in items]
        return Response(
            json.dumps({"results": results}, ensure_ascii=False, separators=(",", ":")), mimetype="application/json"
        )

    @app.get("/readyz")
    def ready() -> Response:
        return Response('{"status":"ready"}', mimetype="application/json")

    return app
