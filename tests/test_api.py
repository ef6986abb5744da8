"""The HTTP API: one test per error status, request ids, options, batches, tokens.

Every answer here also passes through ContractClient, which checks it against
openapi.yaml (status documented, media type, body schema, headers).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.work import Busy, Overrun

from .conftest import make_app

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(response: Any, status: int, title: str) -> dict[str, Any]:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert set(body) >= PROBLEM_KEYS
    assert (body["status"], body["title"], body["type"]) == (status, title, "about:blank")
    assert body["detail"] and "Traceback" not in response.get_data(as_text=True)
    return dict(body)


# -- one test per error status ------------------------------------------------


def test_400_malformed_json(client: FlaskClient) -> None:
    body = assert_problem(
        client.post("/v1/normalise", data='{"text": ', content_type="application/json"), 400, "Bad Request"
    )
    assert "not valid JSON" in body["detail"]


def test_400_body_not_utf8(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", data=b'{"text": "caf\xe9"}', content_type="application/json")
    assert "not valid UTF-8" in assert_problem(response, 400, "Bad Request")["detail"]


def test_400_json_in_utf16(client: FlaskClient) -> None:
    data = '{"text": "hello"}'.encode("utf-16")
    response = client.post("/v1/normalise", data=data, content_type="application/json")
    assert "UTF-16" in assert_problem(response, 400, "Bad Request")["detail"]


def test_400_nan_is_not_json(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", data='{"text": NaN}', content_type="application/json")
    assert_problem(response, 400, "Bad Request")


def test_400_deeply_nested_json(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", data="[" * 100_000 + "]" * 100_000, content_type="application/json")
    assert "nested too deeply" in assert_problem(response, 400, "Bad Request")["detail"]


def test_401_without_a_token_when_tokens_are_configured() -> None:
    with make_app(API_TOKENS="s3cret, other").test_client() as client:
        response = client.post("/v1/normalise", json={"text": "Some article text."})
        assert_problem(response, 401, "Unauthorized")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        wrong = client.post("/v1/normalise", json={"text": "x"}, headers={"Authorization": "Bearer nope"})
        assert_problem(wrong, 401, "Unauthorized")
        right = client.post("/v1/normalise", json={"text": "x"}, headers={"Authorization": "Bearer other"})
        assert right.status_code == 200
        assert client.get("/healthz").status_code == 200  # operations stay open


def test_404_unknown_route(client: FlaskClient) -> None:
    assert_problem(client.get("/v2/normalise"), 404, "Not Found")


def test_405_wrong_method_lists_the_allowed_ones(client: FlaskClient) -> None:
    response = client.get("/v1/normalise")
    assert_problem(response, 405, "Method Not Allowed")
    assert "POST" in response.headers["Allow"]


def test_413_body_over_the_limit() -> None:
    with make_app(MAX_BODY_BYTES=1024).test_client() as client:
        response = client.post("/v1/normalise", json={"text": "x" * 2000})
        body = assert_problem(response, 413, "Content Too Large")
        assert "1024" in body["detail"]
        assert client.post("/v1/normalise", json={"text": "x" * 500}).status_code == 200


@pytest.mark.parametrize("content_type", ["text/csv", "application/x-www-form-urlencoded", "application/xml"])
def test_415_other_media_types(client: FlaskClient, content_type: str) -> None:
    response = client.post("/v1/normalise", data="<p>text</p>", content_type=content_type)
    assert content_type in assert_problem(response, 415, "Unsupported Media Type")["detail"]


def test_415_no_media_type(client: FlaskClient) -> None:
    assert_problem(client.post("/v1/normalise", data=b"text"), 415, "Unsupported Media Type")


def test_415_batch_takes_json_only(client: FlaskClient) -> None:
    response = client.post("/v1/normalise/batch", data="text", content_type="text/plain")
    assert_problem(response, 415, "Unsupported Media Type")


@pytest.mark.parametrize("charset", ["klingon", "rot13", "base64", "zlib", "hex", "uu", "punycode", "idna"])
def test_415_unknown_charset_or_a_codec_that_is_no_charset(client: FlaskClient, charset: str) -> None:
    response = client.post("/v1/normalise", data=b"text", content_type=f"text/plain; charset={charset}")
    assert charset in assert_problem(response, 415, "Unsupported Media Type")["detail"]


@pytest.mark.parametrize(
    ("document", "errors"),
    [
        ({}, {"_schema": ["Send the page as text or as html."]}),
        ({"text": "x", "html": "<p>x</p>"}, {"_schema": ["Send the page as text or as html, not both."]}),
        ({"html": "<p>x</p>", "url": "file:///etc/passwd"}, {"url": ["Not an http or https address."]}),
        ({"text": None}, {"text": ["Field may not be null."]}),
        ({"text": 42}, {"text": ["Not a valid string."]}),
        ({"text": ["a", "b"]}, {"text": ["Not a valid string."]}),
        ({"text": ""}, {"text": ["Length must be between 1 and 1000000."]}),
        ({"text": " \n\t "}, {"text": ["Text must not be blank."]}),
        ({"text": "x", "extra": 1}, {"extra": ["Unknown field."]}),
        ({"text": "x", "options": {"colour": "red"}}, {"options": {"colour": ["Unknown field."]}}),
        (
            {"text": "x", "options": {"reference_date": "yesterday"}},
            {
                "options": {
                    "reference_date": ["Not a valid date: give YYYY-MM-DD or an RFC 3339 date-time with an offset."]
                }
            },
        ),
        (
            {"text": "x", "options": {"reference_date": "2024-09-11T12:00:00"}},
            {
                "options": {
                    "reference_date": ["Not a valid date: give YYYY-MM-DD or an RFC 3339 date-time with an offset."]
                }
            },
        ),
        ({"text": "x", "options": {"provenance": "yes"}}, {"options": {"provenance": ["Not a valid boolean."]}}),
        ({"text": "x", "options": {"provenance": 0}}, {"options": {"provenance": ["Not a valid boolean."]}}),
        ({"text": "x", "options": {"provenance": 1}}, {"options": {"provenance": ["Not a valid boolean."]}}),
        ([1, 2], {"_schema": ["Invalid input type."]}),
        ("text", {"_schema": ["Invalid input type."]}),
    ],
)
def test_422_schema_violations_carry_marshmallow_messages(
    client: FlaskClient, document: Any, errors: dict[str, Any]
) -> None:
    response = client.post("/v1/normalise", json=document)
    assert assert_problem(response, 422, "Unprocessable Content")["errors"] == errors


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../etc/passwd", "/etc/localtime", "", "x" * 100, "GMT+99"])
def test_422_unknown_time_zone(client: FlaskClient, zone: str) -> None:
    response = client.post("/v1/normalise", json={"text": "x", "options": {"timezone": zone}})
    body = assert_problem(response, 422, "Unprocessable Content")
    assert list(body["errors"]["options"]) == ["timezone"]


def test_422_a_lone_surrogate(client: FlaskClient) -> None:
    body = '{"text": "A paragraph with a broken character \\ud800 in it, long enough to be one."}'
    response = client.post("/v1/normalise", data=body, content_type="application/json")
    errors = assert_problem(response, 422, "Unprocessable Content")["errors"]
    assert errors == {"text": ["Not valid Unicode: a lone surrogate (U+D800) at character 36."]}


def test_a_lone_surrogate_in_a_member_name_is_echoed_escaped(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", data='{"text": "x", "\\udc00": 1}', content_type="application/json")
    assert assert_problem(response, 422, "Unprocessable Content")["errors"] == {"\udc00": ["Unknown field."]}


def test_a_lone_surrogate_fails_its_batch_item_alone(client: FlaskClient, reference_text: str) -> None:
    items = [
        '{"id": "bad", "text": "Broken \\udfff text"}',
        '{"id": "bad-id-\\ud800", "text": "x"}',
        '{"id": "good", "text": ' + json.dumps(reference_text) + "}",
    ]
    body = '{"items": [' + ", ".join(items) + "]}"
    response = client.post("/v1/normalise/batch", data=body, content_type="application/json")
    assert response.status_code == 200
    bad, bad_id, good = response.get_json()["results"]
    assert bad["error"]["errors"] == {"text": ["Not valid Unicode: a lone surrogate (U+DFFF) at character 7."]}
    assert bad_id["id"] == "bad-id-\ud800" and "id" in bad_id["error"]["errors"]
    assert good["article"]["outlet"] == "CGTN"


def test_422_text_over_the_character_limit(client: FlaskClient) -> None:
    response = client.post("/v1/normalise", json={"text": "x" * 1_000_001})
    assert_problem(response, 422, "Unprocessable Content")


def test_500_never_leaks_a_traceback(monkeypatch: pytest.MonkeyPatch, client: FlaskClient) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("internal detail that must not leak")

    monkeypatch.setattr("service.records.normalise_article", broken)
    response = client.post("/v1/normalise", json={"text": "Some text."})
    assert_problem(response, 500, "Internal Server Error")
    assert "internal detail" not in response.get_data(as_text=True)


@pytest.mark.parametrize(("failure", "detail"), [(Busy, "too busy"), (Overrun, "failed to finish")])
def test_503_when_the_work_cannot_run_in_time(reference_text: str, failure: type[Exception], detail: str) -> None:
    app = make_app()

    def runner(work: Any, deadline: float) -> Any:
        raise failure

    app.extensions["newsnorm.run"] = runner
    items = {"items": [{"id": "1", "text": reference_text}]}
    with app.test_client() as client:
        for path, body in (("/v1/normalise", {"text": reference_text}), ("/v1/normalise/batch", items)):
            response = client.post(path, json=body)
            assert detail in assert_problem(response, 503, "Service Unavailable")["detail"]
            assert response.headers["Retry-After"] == "1"


# -- request ids ---------------------------------------------------------------


def test_request_id_is_echoed(client: FlaskClient) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "caller-42"})
    assert response.headers["X-Request-ID"] == "caller-42"


@pytest.mark.parametrize("unusable", ["", "has spaces", "x" * 129, "<script>", "caf\u00e9"])
def test_unusable_request_id_is_replaced(client: FlaskClient, unusable: str) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": unusable})
    assert response.headers["X-Request-ID"] not in (unusable, "")


def test_request_id_is_generated_and_on_errors_too(client: FlaskClient) -> None:
    first, second = client.get("/nowhere"), client.get("/nowhere")
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]


# -- options -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "published"),
    [
        ("Asia/Shanghai", "2024-09-11T11:30:00+08:00"),
        ("+08:00", "2024-09-11T11:30:00+08:00"),
        ("GMT+8", "2024-09-11T11:30:00+08:00"),  # east of UTC, unlike the tz database's Etc/GMT+8
        ("UTC", "2024-09-11T03:30:00+00:00"),
        ("America/New_York", "2024-09-10T23:30:00-04:00"),
    ],
)
def test_output_zone(client: FlaskClient, reference_text: str, zone: str, published: str) -> None:
    response = client.post("/v1/normalise", json={"text": reference_text, "options": {"timezone": zone}})
    assert response.get_json()["published_at"] == published


def test_default_output_zone_is_configurable(reference_text: str) -> None:
    with make_app(DEFAULT_TIMEZONE="UTC").test_client() as client:
        response = client.post("/v1/normalise", json={"text": reference_text})
        assert response.get_json()["published_at"] == "2024-09-11T03:30:00+00:00"


def test_assume_timezone_applies_to_zone_less_stamps(client: FlaskClient) -> None:
    text = "Markets\n19:49, 21-Jan-2019\nStocks climb as traders weigh new data\n" + "Prices rose on Monday. " * 5
    response = client.post("/v1/normalise", json={"text": text, "options": {"assume_timezone": "UTC"}})
    article = response.get_json()
    assert article["published_at"] == "2019-01-22T03:49:00+08:00"
    assert ("timezone_assumed", "published_at") in [(w["code"], w["field"]) for w in article["warnings"]]


def test_provenance_points_into_the_input(client: FlaskClient, reference_text: str) -> None:
    response = client.post("/v1/normalise", json={"text": reference_text, "options": {"provenance": True}})
    provenance = response.get_json()["provenance"]
    assert {
        "headline",
        "section",
        "outlet",
        "published_at",
        "updated_at",
        "published_date",
        "updated_date",
        "byline",
        "sources.0",
        "captions.0",
        "body.0",
        "body.11",
    } <= set(provenance)
    for span in provenance.values():
        assert reference_text[span["start"] : span["end"]] == span["raw"]
    assert provenance["headline"]["raw"] == "China, Russia agree to strengthen strategic consultation, cooperation"


def test_provenance_is_absent_unless_asked(client: FlaskClient, reference_text: str) -> None:
    assert "provenance" not in client.post("/v1/normalise", json={"text": reference_text}).get_json()


def test_plain_text_in_another_charset(client: FlaskClient) -> None:
    text = "Caf\u00e9 owners in Lyon say trade is slowly recovering after a difficult winter for the city."
    response = client.post("/v1/normalise", data=text.encode("latin-1"), content_type="text/plain; charset=latin-1")
    assert response.get_json()["body"] == [text]


# -- batches -------------------------------------------------------------------


def test_batch_answers_in_item_order_and_isolates_bad_items(
    client: FlaskClient, reference_text: str, reference_expected: dict[str, Any]
) -> None:
    items = [
        {"id": "good", "text": reference_text},
        {"id": "blank", "text": "   "},
        {"text": "no id"},
        "not an object",
        {"id": "utc", "text": reference_text, "options": {"timezone": "UTC"}},
    ]
    response = client.post("/v1/normalise/batch", json={"items": items})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["id"] for r in results] == ["good", "blank", None, None, "utc"]
    assert results[0]["article"] == reference_expected
    assert results[1]["error"]["status"] == 422 and results[1]["error"]["errors"] == {
        "text": ["Text must not be blank."]
    }
    assert results[2]["error"]["errors"] == {"id": ["Missing data for required field."]}
    assert results[3]["error"]["errors"] == {"_schema": ["Invalid input type."]}
    assert results[4]["article"]["published_at"] == "2024-09-11T03:30:00+00:00"


def test_batch_options_are_shared_and_items_override_them(client: FlaskClient, reference_text: str) -> None:
    response = client.post(
        "/v1/normalise/batch",
        json={
            "options": {"timezone": "UTC"},
            "items": [
                {"id": "a", "text": reference_text},
                {"id": "b", "text": reference_text, "options": {"timezone": "Asia/Tokyo"}},
            ],
        },
    )
    stamps = [r["article"]["published_at"] for r in response.get_json()["results"]]
    assert stamps == ["2024-09-11T03:30:00+00:00", "2024-09-11T12:30:00+09:00"]


@pytest.mark.parametrize(
    ("document", "errors"),
    [
        ({"items": []}, {"items": ["A batch needs at least one item."]}),
        ({}, {"items": ["Missing data for required field."]}),
        ({"items": {"id": "a"}}, {"items": ["Not a valid list."]}),
        (
            {"items": [{"id": "a", "text": "x"}], "options": {"timezone": "Nowhere"}},
            {"options": {"timezone": ["Unknown time zone 'Nowhere': give an IANA name or an offset like +08:00."]}},
        ),
    ],
)
def test_batch_envelope_violations_fail_the_batch(client: FlaskClient, document: Any, errors: Any) -> None:
    response = client.post("/v1/normalise/batch", json=document)
    assert assert_problem(response, 422, "Unprocessable Content")["errors"] == errors


def test_batch_over_the_item_limit() -> None:
    with make_app(MAX_BATCH_ITEMS=2).test_client() as client:
        items = [{"id": str(i), "text": "Some text."} for i in range(3)]
        response = client.post("/v1/normalise/batch", json={"items": items})
        body = assert_problem(response, 422, "Unprocessable Content")
        assert body["errors"] == {"items": ["A batch holds at most 2 items; got 3."]}


# -- operations ----------------------------------------------------------------


def test_health_and_readiness(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready"}


def test_not_ready_is_503_not_500() -> None:
    app = make_app()
    app.extensions["newsnorm.ready"] = False
    with app.test_client() as client:
        assert "warming up" in assert_problem(client.get("/readyz"), 503, "Service Unavailable")["detail"]


def test_answers_are_utf8_json_not_ascii_escapes(client: FlaskClient) -> None:
    text = "新华社北京9月10日电 中国和俄罗斯同意加强战略协作。" * 3
    response = client.post("/v1/normalise", json={"text": text})
    raw = response.get_data(as_text=True)
    assert "\\u" not in raw and json.loads(raw)["language"] == "zh"
