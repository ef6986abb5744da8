"""The pure normalisation core: raw article text in, an Article out.

No Flask, no I/O: ``normalise_article(text, options)`` reads a page's text,
``normalise_html(html, options, address=...)`` its HTML.
"""

from . import authors, dates, furniture, roles, timestamps
from .from_html import normalise_html
from .model import Article, Byline, Caption, Contributor, Dateline, Options, Span, TimeBudgetExceeded, Warning
from .pipeline import normalise_article


def warm_up() -> None:
    """Load what loads lazily (the date parser's fallback, the learned models, compiled
    from their files) before the first request, not during it."""
    timestamps.warm_up()
    roles.model()
    authors.model()
    dates.model()
    furniture.model()


__all__ = [
    "Article",
    "Byline",
    "Caption",
    "Contributor",
    "Dateline",
    "Options",
    "Span",
    "TimeBudgetExceeded",
    "Warning",
    "normalise_article",
    "normalise_html",
    "warm_up",
]
