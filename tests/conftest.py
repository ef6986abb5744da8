from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from service import create_app

from .contract import check_response

_SOURCES = Path(__file__).resolve().parent.parent / "service"


def pytest_sessionstart(session: pytest.Session) -> None:
    """The tests test the sources: a compiled module beside its source (a build with the
    mypyc hook in this tree leaves them) would be imported instead of it."""
    stale = sorted(str(path.relative_to(_SOURCES.parent)) for path in _SOURCES.rglob("*.so"))
    if stale:
        pytest.exit(f"compiled modules shadow their sources; remove them: {', '.join(stale[:5])}", returncode=4)


GOLDEN = Path(__file__).parent / "golden"
REFERENCE = GOLDEN / "cgtn" / "reference-china-russia-2024-09-11"


class ContractClient(FlaskClient):
    """A test client that checks every answer against openapi.yaml."""

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        response = super().open(*args, **kwargs)
        request = response.request
        body = response.get_json(silent=True) if response.mimetype.endswith("json") else None
        check_response(request.method, request.path, response.status_code, response.mimetype, response.headers, body)
        return response


def make_app(**config: Any) -> Flask:
    app = create_app(config)
    app.test_client_class = ContractClient
    return app


@pytest.fixture(scope="session")
def app() -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as test_client:
        yield test_client


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.with_suffix(".txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_expected() -> dict[str, Any]:
    return json.loads(REFERENCE.with_suffix(".json").read_text(encoding="utf-8"))
