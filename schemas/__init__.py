"""marshmallow schemas for newsnorm's requests, answers and errors."""

from .article import ArticleSchema, BatchResponseSchema, BatchResultSchema
from .problem import ProblemSchema
from .request import (
    MAX_TEXT_CHARS,
    BatchItemSchema,
    BatchRequestSchema,
    NormaliseRequestSchema,
    OptionsSchema,
    parse_zone,
    to_options,
)

__all__ = [
    "MAX_TEXT_CHARS",
    "ArticleSchema",
    "BatchItemSchema",
    "BatchRequestSchema",
    "BatchResponseSchema",
    "BatchResultSchema",
    "NormaliseRequestSchema",
    "OptionsSchema",
    "ProblemSchema",
    "parse_zone",
    "to_options",
]
