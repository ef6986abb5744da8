"""Records in, results out: the unit of a batch, with or without HTTP.

A record is what a batch item is: ``{"id", "text" | "html", "url"?, "options"?}``. Its
result is what a batch result is: ``{"id", "article"}``, or ``{"id", "error"}`` with the
problem of that record alone. The batch endpoint, ``newsnorm bulk`` and the engine
adapter (:mod:`service.partitions`) all make results here, so that a record gives the
same result whichever way it came.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from marshmallow import ValidationError

from schemas import BatchItemSchema, article_document, to_options
from service.normalise import Article, TimeBudgetExceeded, normalise_article, normalise_html

from .config import Settings, from_environment
from .problems import problem_body

_ITEM = BatchItemSchema()


class OverBudget(Exception):
    """A record took longer than the time budget."""

    def __init__(self, budget_ms: int) -> None:
        super().__init__(
            f"The page could not be normalised within this service's time budget ({budget_ms} ms); send a shorter one."
        )


@dataclass(slots=True)
class Outcome:
    """A record's result, and the Article in it with the seconds it took (None for a problem)."""

    result: dict[str, Any]
    article: Article | None = None
    seconds: float = 0.0


def record_id(record: Any) -> str | None:
    """A record's id, if it has one that is a string (whatever else is wrong with it)."""
    value = record.get("id") if isinstance(record, dict) else None
    return value if isinstance(value, str) else None


def normalise_loaded(loaded: Mapping[str, Any], settings: Settings, deadline: float | None) -> Article:
    """The Article of a request or record already loaded by its schema: its page's text
    or HTML, its address and its options, over the service's default zone."""
    options = to_options(loaded.get("options"), default_timezone=settings.default_timezone)
    try:
        if "html" in loaded:
            return normalise_html(loaded["html"], options, address=loaded.get("url"), deadline=deadline)
        return normalise_article(loaded["text"], options, address=loaded.get("url"), deadline=deadline)
    except TimeBudgetExceeded:
        raise OverBudget(settings.time_budget_ms) from None


class Normaliser:
    """Results of records, under one set of settings: one per process, not per record.

    Each record has the settings' time budget of its own (:meth:`result`), unless the
    caller gives a deadline that several share (:meth:`outcome`, as a batch does).
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else from_environment(os.environ)

    def result(self, record: Any) -> dict[str, Any]:
        """The result of one record (a parsed JSON value, whatever its shape)."""
        return self.outcome(record, deadline=time.monotonic() + self.settings.time_budget_ms / 1000).result

    def results(self, records: Iterable[Any]) -> Iterator[dict[str, Any]]:
        """The results of many records: a fault of ours on one of them (a bug, which the
        service would answer with a 500) is that record's problem, reported on stderr,
        and the others go on."""
        for record in records:
            yield self.guarded_result(record)

    def guarded_result(self, record: Any) -> dict[str, Any]:
        """:meth:`result`, or a 500 problem for this record alone if normalising it failed."""
        try:
            return self.result(record)
        except Exception as error:
            name = record_id(record)
            print(f"newsnorm: record {name!r} failed: {type(error).__name__}: {str(error)[:200]}", file=sys.stderr)
            detail = "The service failed to normalise this record; the error is reported on stderr."
            return {"id": name, "error": problem_body(500, detail)}

    def outcome(self, record: Any, shared: Mapping[str, Any] | None = None, deadline: float | None = None) -> Outcome:
        """The result of ``record``, its options over ``shared`` ones, due by ``deadline``."""
        try:
            loaded = _ITEM.load(record)
        except ValidationError as error:
            detail = "This item does not match the schema; see errors."
            return Outcome({"id": record_id(record), "error": problem_body(422, detail, error.messages)})
        if shared:
            loaded["options"] = {**shared, **(loaded.get("options") or {})}
        started = time.perf_counter()
        try:
            article = normalise_loaded(loaded, self.settings, deadline)
        except OverBudget as over:
            return Outcome({"id": loaded["id"], "error": problem_body(422, str(over))})
        seconds = time.perf_counter() - started
        return Outcome({"id": loaded["id"], "article": article_document(article)}, article, seconds)
