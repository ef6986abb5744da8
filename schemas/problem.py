"""RFC 9457 problem details: the body of every error answer."""

from __future__ import annotations

from marshmallow import Schema, fields


class ProblemSchema(Schema):
    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    #: Field messages, as marshmallow reports them; on 422 answers only.
    errors = fields.Raw()
