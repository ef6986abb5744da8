"""The request path's fast answer: ``article_document`` and orjson give, byte for byte,
what the marshmallow schema and the standard library's json give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import ArticleSchema, BatchResponseSchema, article_document
from service.normalise import Options, normalise_article, normalise_html
from service.problems import problem_body
from service.responses import encode_json
from tests.report import GOLDEN, cases

PAGES = [page for page, _ in cases(GOLDEN)]


def _stdlib(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@pytest.mark.parametrize("provenance", [False, True], ids=["plain", "provenance"])
@pytest.mark.parametrize("page", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_golden_answers_are_the_schemas_bytes(page: Path, provenance: bool) -> None:
    content = page.read_text(encoding="utf-8")
    options = Options(provenance=provenance)
    article = normalise_html(content, options) if page.suffix == ".html" else normalise_article(content, options)
    dumped = ArticleSchema().dump(article)
    assert article_document(article) == dumped
    assert list(article_document(article)) == list(dumped)  # the contract's member order too
    assert encode_json(article_document(article)) == _stdlib(dumped)


def test_a_batch_answer_is_the_schemas_bytes() -> None:
    articles = [normalise_article(page.read_text(encoding="utf-8")) for page in PAGES if page.suffix == ".txt"][:5]
    results: list[dict[str, Any]] = [
        {"id": str(index), "article": article_document(article)} for index, article in enumerate(articles)
    ]
    results.append({"id": None, "error": problem_body(422, "This item does not match the schema; see errors.")})
    assert encode_json({"results": results}) == _stdlib(BatchResponseSchema().dump({"results": results}))


def test_problems_keyed_by_index_and_lone_surrogates_still_encode() -> None:
    errors = {"items": {0: ["Not a valid string."]}, "\ud800": ["Unknown field."]}
    encoded = encode_json(problem_body(422, "The request does not match the schema; see errors.", errors))
    assert json.loads(encoded)["errors"] == {"items": {"0": ["Not a valid string."]}, "\ud800": ["Unknown field."]}


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
)


@given(_JSON)
def test_plain_values_encode_as_the_standard_library_does(value: Any) -> None:
    assert encode_json(value) == _stdlib(value)
