"""The pure normalisation core: raw article text in, an Article out.

No Flask, no I/O: ``normalise_article(text, options)`` is the one entry point.
"""

from .model import Article, Byline, Caption, Contributor, Dateline, Options, Span, TimeBudgetExceeded, Warning
from .pipeline import normalise_article
from .timestamps import warm_up

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
    "warm_up",
]
