"""openapi.yaml is a valid OpenAPI 3.1 document, agrees with schemas/, and the app keeps it."""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from marshmallow import Schema, fields, validate
from openapi_spec_validator import validate as validate_spec
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection

from schemas import article, problem, request
from service import create_app

from .contract import SPEC_PATH, spec


def test_openapi_document_is_valid() -> None:
    validate_spec(spec())


def test_served_contract_is_the_file(client: Any) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.data == SPEC_PATH.read_bytes()


PAIRS = [
    (article.ArticleSchema, "Article"),
    (article.BylineSchema, "Byline"),
    (article.DatelineSchema, "Dateline"),
    (article.CaptionSchema, "Caption"),
    (article.ContributorSchema, "Contributor"),
    (article.WarningSchema, "Warning"),
    (article.SpanSchema, "Span"),
    (article.BatchResponseSchema, "BatchResponse"),
    (article.BatchResultSchema, "BatchResult"),
    (request.OptionsSchema, "Options"),
    (request.NormaliseRequestSchema, "NormaliseRequest"),
    (request.BatchItemSchema, "BatchItem"),
    (request.BatchRequestSchema, "BatchRequest"),
    (problem.ProblemSchema, "ValidationProblem"),
]


def _component(name: str) -> dict[str, Any]:
    """A component schema with allOf parts merged."""
    node = spec()["components"]["schemas"][name]
    merged: dict[str, Any] = {"properties": {}, "required": []}
    for part in node.get("allOf", [node]):
        if "$ref" in part:
            part = _component(part["$ref"].rsplit("/", 1)[1])
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
    return merged


def _nullable(prop: dict[str, Any]) -> bool:
    types = prop.get("type", [])
    return "null" in types or any(option.get("type") == "null" for option in prop.get("oneOf", []))


@pytest.mark.parametrize(("schema", "name"), PAIRS, ids=[name for _, name in PAIRS])
def test_schemas_and_contract_agree_on_members(schema: type[Schema], name: str) -> None:
    declared = schema().fields
    documented = _component(name)
    assert set(declared) == set(documented["properties"])
    for member, field in declared.items():
        assert field.allow_none == _nullable(documented["properties"][member]), member


@pytest.mark.parametrize(
    ("schema", "name"),
    [p for p in PAIRS if p[0].__module__.endswith("request")],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_request_schemas_and_contract_agree_on_what_is_required(schema: type[Schema], name: str) -> None:
    required = {member for member, field in schema().fields.items() if field.required}
    assert required == set(_component(name)["required"])


def test_article_members_are_always_present_but_provenance() -> None:
    documented = set(_component("Article")["required"])
    assert documented == set(article.ArticleSchema().fields) - {"provenance"}


def test_text_limits_agree() -> None:
    field = request.NormaliseRequestSchema().fields["text"]
    [length] = [v for v in field.validators if isinstance(v, validate.Length)]
    documented = _component("NormaliseRequest")["properties"]["text"]
    assert (length.min, length.max) == (documented["minLength"], documented["maxLength"])
    assert isinstance(field, fields.String)


def test_documented_batch_limit_is_the_default() -> None:
    from service.config import DEFAULTS

    assert _component("BatchRequest")["properties"]["items"]["maxItems"] == DEFAULTS["MAX_BATCH_ITEMS"]


# ---------------------------------------------------------------------------
# schemathesis: generated requests against the app in-process; any 500, any answer
# the contract does not describe, fails.

SCHEMA = schemathesis.openapi.from_wsgi("/openapi.yaml", create_app())
ZONES = ("Asia/Shanghai", "+08:00", "GMT+8", "UTC", "Europe/London", "America/New_York", "-05:30")


def _real_zones(case: schemathesis.Case) -> None:
    """Zone options must name a zone of the tz database, which JSON Schema cannot say:
    in schema-valid cases, replace generated zone strings by real ones."""
    if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
        return
    if not isinstance(case.body, dict):
        return
    items = case.body.get("items")
    bodies = [*(items if isinstance(items, list) else []), case.body]
    for body in bodies:
        options = body.get("options") if isinstance(body, dict) else None
        for key in ("timezone", "assume_timezone"):
            if isinstance(options, dict) and isinstance(options.get(key), str):
                options[key] = ZONES[len(options[key]) % len(ZONES)]


def _excluded(case: schemathesis.Case) -> list[Any]:
    """Checks that do not apply to ``case``: a text/html body goes on the wire as a
    string whatever was generated (an object becomes "{}", a valid page), which
    schemathesis knows of text/plain alone, so a "negative" one is no bad request."""
    if case.media_type == "text/html" and not isinstance(case.body, str):
        return [negative_data_rejection]
    return []


@SCHEMA.parametrize()
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_app_keeps_the_contract(case: schemathesis.Case) -> None:
    _real_zones(case)
    case.call_and_validate(excluded_checks=_excluded(case))


# A longer fuzzing run over the same contract, positive and negative data alike;
# NEWSNORM_FUZZ_EXAMPLES sets its budget per operation.
FUZZ_EXAMPLES = int(os.environ.get("NEWSNORM_FUZZ_EXAMPLES", "500"))


@SCHEMA.parametrize()
@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_app_survives_fuzzing(case: schemathesis.Case) -> None:
    _real_zones(case)
    case.call_and_validate(excluded_checks=_excluded(case))
