"""The Article, as the service answers it."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump


class BylineSchema(Schema):
    authors = fields.List(fields.String())
    organisation = fields.String(allow_none=True)


class DatelineSchema(Schema):
    location = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    agency = fields.String(allow_none=True)


class CaptionSchema(Schema):
    text = fields.String(allow_none=True)
    credit = fields.String(allow_none=True)
    photographer = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    location = fields.String(allow_none=True)


class ContributorSchema(Schema):
    name = fields.String()
    role = fields.String()


class WarningSchema(Schema):
    code = fields.String()
    field = fields.String()
    message = fields.String()


class SpanSchema(Schema):
    raw = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    source = fields.String()
    locator = fields.String()

    @post_dump
    def _only_what_applies(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Offsets for text, a locator for markup; no null members."""
        return {key: value for key, value in data.items() if value is not None}


class ArticleSchema(Schema):
    headline = fields.String(allow_none=True)
    section = fields.String(allow_none=True)
    outlet = fields.String(allow_none=True)
    language = fields.String()
    published_at = fields.String(allow_none=True)
    updated_at = fields.String(allow_none=True)
    published_date = fields.String(allow_none=True)
    updated_date = fields.String(allow_none=True)
    byline = fields.Nested(BylineSchema)
    dateline = fields.Nested(DatelineSchema, allow_none=True)
    sources = fields.List(fields.String())
    captions = fields.List(fields.Nested(CaptionSchema))
    contributors = fields.List(fields.Nested(ContributorSchema))
    body = fields.List(fields.String())
    warnings = fields.List(fields.Nested(WarningSchema))
    provenance = fields.Dict(keys=fields.String(), values=fields.Nested(SpanSchema))

    @post_dump
    def _drop_unasked_provenance(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        if data.get("provenance") is None:
            data.pop("provenance", None)
        return data


class BatchResultSchema(Schema):
    id = fields.String(allow_none=True)
    article = fields.Nested(ArticleSchema)
    error = fields.Dict()


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchResultSchema))
