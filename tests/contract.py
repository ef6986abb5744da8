"""Checks an HTTP answer against openapi.yaml: status, media type, body schema, headers."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
_URI = "urn:newsnorm:openapi"


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    return Registry().with_resource(_URI, Resource.from_contents(spec(), default_specification=DRAFT202012))


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def schema_validator(pointer: str) -> OAS31Validator:
    """A validator for the schema at ``pointer`` ("#/components/schemas/Article")."""
    return OAS31Validator({"$ref": _URI + pointer}, registry=_registry(), format_checker=FormatChecker())


def response_spec(method: str, path: str, status: int) -> dict[str, Any]:
    """The documented response for this route and status; fails the test if there is none."""
    paths = spec()["paths"]
    components = spec()["components"]["responses"]
    template = next((t for t in paths if _matches(t, path)), None)
    if template is None:
        assert status == 404, f"{method} {path}: undocumented path answered {status}"
        return _resolve(components["NotFound"])
    operation = paths[template].get(method.lower())
    if operation is None:
        assert status == 405, f"{method} {path}: undocumented method answered {status}"
        return _resolve(components["MethodNotAllowed"])
    documented = operation["responses"]
    assert str(status) in documented, f"{method} {path}: status {status} is not documented"
    return _resolve(documented[str(status)])


def _matches(template: str, path: str) -> bool:
    """Whether a request path fits a path template ("/docs/{asset}")."""
    pattern = re.sub(r"\\{[^/]+\\}", "[^/]+", re.escape(template))
    return re.fullmatch(pattern, path) is not None


def check_response(method: str, path: str, status: int, media_type: str, headers: Any, body: Any) -> None:
    """Assert that an answer is one the contract describes."""
    assert headers.get("X-Request-ID"), "every answer carries X-Request-ID"
    documented = response_spec(method, path, status)
    content = documented.get("content", {})
    assert media_type in content, f"{method} {path} {status}: {media_type} is not documented"
    schema = content[media_type].get("schema")
    if schema is not None and media_type.endswith("json"):
        errors = sorted(schema_validator("#" + _pointer_of(schema)).iter_errors(body), key=str)
        assert not errors, f"{method} {path} {status}: " + "; ".join(e.message for e in errors[:5])
    for name in documented.get("headers", {}):
        assert headers.get(name) is not None, f"{method} {path} {status}: header {name} missing"


def _pointer_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix("#")
    raise AssertionError("response schemas in openapi.yaml are $refs to components")
