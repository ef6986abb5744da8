"""The records the core returns and takes: Options in, Article out."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from . import settings


@dataclass(frozen=True, slots=True)
class Options:
    """How to normalise one article (the request's ``options``, already validated).

    ``assume_timezone`` None means: the outlet's home zone, else the zone of the
    site's country (by its address), else the output zone's default.
    ``reference_date`` None means: the published date, else today.
    """

    timezone: tzinfo = field(default_factory=lambda: ZoneInfo(settings.DEFAULT_TIMEZONE))
    assume_timezone: tzinfo | None = None
    reference_date: date | datetime | None = None
    provenance: bool = False


class TimeBudgetExceeded(Exception):
    """Normalising took longer than the deadline the caller set."""


class Budget:
    """A deadline on time.monotonic(), checked cheaply from the core's loops."""

    __slots__ = ("_calls", "deadline")

    #: The clock is read once every this many checks.
    EVERY = 64

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline
        self._calls = 0

    def check_now(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded

    def check(self) -> None:
        if self.deadline is None:
            return
        self._calls += 1
        if self._calls % self.EVERY == 0 and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded


@dataclass(slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    organisation: str | None = None


@dataclass(slots=True)
class Dateline:
    location: str | None
    date: str | None
    agency: str | None


@dataclass(slots=True)
class Caption:
    text: str | None
    credit: str | None
    photographer: str | None
    date: str | None
    location: str | None


@dataclass(slots=True)
class Contributor:
    name: str
    role: str


@dataclass(slots=True)
class Warning:
    code: str
    field: str
    message: str


@dataclass(slots=True)
class Span:
    """Where a value came from: the raw input text and its offsets (end exclusive).

    From HTML input, ``source`` says where the offsets point: "rendered" (the text
    rendered from the page), or "markup", whose values carry no offsets but a
    ``locator`` ("json-ld/0/@graph/1/headline", "meta[property=og:title]", "h1"). A
    date read from the page's address, from either input, is "address", without offsets.
    """

    raw: str
    start: int | None
    end: int | None
    source: str | None = None
    locator: str | None = None


@dataclass(slots=True)
class Article:
    headline: str | None = None
    section: str | None = None
    outlet: str | None = None
    language: str = "und"
    published_at: str | None = None
    updated_at: str | None = None
    #: The calendar dates of those stamps as the page printed them (its own day, before
    #: any zone conversion); kept when the page prints a date without a time.
    published_date: str | None = None
    updated_date: str | None = None
    byline: Byline = field(default_factory=Byline)
    dateline: Dateline | None = None
    sources: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    contributors: list[Contributor] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    #: JSON Pointer of a member ("/headline", "/body/0") -> where it came from; None
    #: unless the caller asked for provenance.
    provenance: dict[str, Span] | None = None
