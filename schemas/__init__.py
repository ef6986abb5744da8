"""marshmallow schemas for newsnorm's requests, answers and errors."""

from .article import ArticleSchema, BatchResponseSchema, BatchResultSchema, article_document
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
    "article_document",
    "parse_zone",
    "to_options",
]
