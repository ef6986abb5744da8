"""GET /docs: Swagger UI over /openapi.yaml, served from the packaged assets (no CDN)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response
from swagger_ui_bundle import swagger_ui_path

docs = Blueprint("docs", __name__)

# The page's start-up script, served as an asset so that the page runs no inline script.
_INIT = b'window.ui = SwaggerUIBundle({url: "/openapi.yaml", dom_id: "#swagger-ui", deepLinking: true});\n'
# The assets the page needs, read once at import: (media type, content).
_ASSETS = {
    **{
        name: (media_type, (Path(swagger_ui_path) / name).read_bytes())
        for name, media_type in (("swagger-ui.css", "text/css"), ("swagger-ui-bundle.js", "text/javascript"))
    },
    "init.js": ("text/javascript", _INIT),
}
_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>newsnorm API</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
"""
# Scripts only from here, never inline; Swagger UI sets styles inline and draws icons as
# data: images. No page may frame this one.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
}


@docs.get("/docs")
def page() -> Response:
    return Response(_PAGE, mimetype="text/html", headers=_SECURITY_HEADERS)


@docs.get("/docs/<any('swagger-ui.css', 'swagger-ui-bundle.js', 'init.js'):asset>")
def asset(asset: str) -> Response:
    media_type, content = _ASSETS[asset]
    response = Response(content, mimetype=media_type)
    response.cache_control.max_age = 86400
    response.cache_control.public = True
    return response
