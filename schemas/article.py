"""The Article, as the service answers it."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump

from service.normalise import Article, Span


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


def article_document(article: Article) -> dict[str, Any]:
    """``ArticleSchema().dump(article)``, written out by hand for the request path, where
    the schema's generic walk costs more than the answer's encoding. tests/test_schemas.py
    checks that the two agree on every golden case; the schema stays the definition."""
    byline, dateline = article.byline, article.dateline
    document: dict[str, Any] = {
        "headline": article.headline,
        "section": article.section,
        "outlet": article.outlet,
        "language": article.language,
        "published_at": article.published_at,
        "updated_at": article.updated_at,
        "published_date": article.published_date,
        "updated_date": article.updated_date,
        "byline": {"authors": list(byline.authors), "organisation": byline.organisation},
        "dateline": None
        if dateline is None
        else {"location": dateline.location, "date": dateline.date, "agency": dateline.agency},
        "sources": list(article.sources),
        "captions": [
            {
                "text": caption.text,
                "credit": caption.credit,
                "photographer": caption.photographer,
                "date": caption.date,
                "location": caption.location,
            }
            for caption in article.captions
        ],
        "contributors": [{"name": person.name, "role": person.role} for person in article.contributors],
        "body": list(article.body),
        "warnings": [
            {"code": warning.code, "field": warning.field, "message": warning.message} for warning in article.warnings
        ],
    }
    if article.provenance is not None:
        document["provenance"] = {pointer: _span_document(span) for pointer, span in article.provenance.items()}
    return document


def _span_document(span: Span) -> dict[str, Any]:
    """A Span as SpanSchema dumps it: no null members."""
    document: dict[str, Any] = {"raw": span.raw}
    for name, value in (("start", span.start), ("end", span.end), ("source", span.source), ("locator", span.locator)):
        if value is not None:
            document[name] = value
    return document
