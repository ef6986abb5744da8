"""The publication date learned from real pages: which date printed on a page is its own.

On a page whose layout no outlet module describes, the stamp rules take a line that is
a date and little else ("Published: 2 May 2022"), or a date printed near the headline.
On real pages the date also stands inside other words ("24. April 2020 |
Pressemitteilungen", "By Urs Gassner | 27.06.2018 09:54 | Kommentare"), and a page
prints many: the related stories', the comments', the footer's. Here every date with
its year that the page's first lines print is a candidate, and gradient-boosted trees
score each from numbers: where its line stands (from the headline, the body, the page's
end), what the line holds beside it (a byline, a stamp's label, a comment's words), how
many other dates the page prints, whether it is the page's latest, whether its
neighbours are dated too (a list of stories), and whether the rules took it. The trees
were learned by ``python -m bench.train_dates`` from the labelled pages of the
development corpus (never from the held-out ones) and ship in ``dates.json``; they are
compiled like the line-role model's (see ``roles.compile_trees``).

A date an update's label introduces ("Stand:", "Updated") is no candidate: the model
chooses the publication date, and the page's update stays the rules' to read.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import settings
from .fields import BYLINE_OPENING
from .layout import STAMP_LABEL, Kind, Page, stamp_label
from .model import Budget
from .profile import DateOrder
from .roles import KIND_CODES, Shipped, compiled
from .text import count_digits
from .timestamps import Stamp, ordered, stamps_in

MODEL = Path(__file__).with_name("dates.json")

#: The page's first lines are read, and of them the lines short enough to hold a stamp
#: among other words (a paragraph may open with its date: its first characters).
MAX_LINES = 400
MAX_CHARS = 200
#: The most candidates read on one line and on one page: a list of stories prints a few
#: dates a line, and a page built to hold thousands would cost seconds.
MAX_PER_LINE = 6
MAX_CANDIDATES = 300

#: A candidate's features, in the order the trees read them (see ``features``).
FEATURES = (
    "line", "share_of_page", "from_headline", "headline_sure", "to_body", "to_prose", "to_end", "line_chars",
    "start", "after", "span_share", "kind", "grammar", "label", "label_before", "has_time", "has_zone", "byline",
    "comment", "copyright", "caption", "in_prose", "gap_before", "gap_after", "rank", "candidates", "days",
    "same_day", "lines_same_day", "first_of_day", "newer", "older", "latest_gap", "dated_near", "dated_lines",
    "ruled", "ruled_line", "prose_before", "prose_after", "digits",
)  # fmt: skip
CATEGORICAL = ("kind",)

# Opening with the year's first digits, no digit before them (looked behind once they are
# read): the regex engine skips to the next "1" or "2", where a lookbehind first would be
# tried at every position (three times the cost on the corpus's lines).
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")
_BYLINE = re.compile(r"(?<!\w)" + BYLINE_OPENING + r"(?=\s|[A-Z])")
# A comment's, a reply's, a forum post's words beside its date.
_COMMENT = re.compile(
    r"\b(?:repl(?:y|ies)|comments?|kommentare?|antworten|responder|répondre|rispondi|says|sagt|schreibt|wrote)\b",
    re.IGNORECASE,
)
# What stands between a stamp's label and its date: "Stand: ", "Updated on Tuesday, ".
_LABEL_TO_DATE = re.compile(r"[\s:：.,\-–|]*(?:[^\W\d_]+\.?,?\s+)?")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
#: How far (in lines) a candidate's neighbours are looked at for dates of their own.
_NEAR = 2
_FAR = 999.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date printed on one line, from ``start`` to ``end`` of its text (with the time
    and zone printed after it, if any)."""

    line: int
    start: int
    end: int
    stamp: Stamp
    #: The grammar read the line as a stamp that holds this date.
    grammar: bool

    @property
    def day(self) -> date:
        return date(self.stamp.year or 1, self.stamp.month, self.stamp.day)


def candidates(
    page: Page,
    date_order: DateOrder | None,
    budget: Budget | None = None,
    others: set[int] | frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Every date with its year (of the web's time: from MIN_WEB_YEAR to next year)
    that the page's first lines print, in page order, except those an update's label
    introduces, those whose day and month could be either way round, and those on the
    ``others`` lines, which print another's date (a comment's, an embedded post's)."""
    out: list[Candidate] = []
    budget = budget or Budget(None)
    prose = set(page.prose)
    latest = date.today().year + 1
    for line in page.lines[:MAX_LINES]:
        text = line.text[:MAX_CHARS]
        if line.index in others or not _YEAR.search(text):
            continue
        budget.check()
        items = page.items[line.index] if line.index < len(page.items) else []
        stamped = [item for item in items if item.kind is Kind.STAMP]
        updates: list[int] | None = None  # where the line's update labels end, read when a date needs them
        for stamp, (start, end) in stamps_in(text, date_order=date_order, limit=MAX_PER_LINE):
            stamp = ordered(stamp, date_order)
            if stamp.order_ambiguous or stamp.year is None or not settings.MIN_WEB_YEAR <= stamp.year <= latest:
                continue
            if start and (line.index in prose or len(line.text) > settings.MAX_META_CHARS):
                continue  # "On 5 May 2019 the port authority ...": the story's date, not the page's
            if updates is None:
                updates = [m.end() for m in STAMP_LABEL.finditer(text) if stamp_label(m["label"]) == "updated"]
            if any(after <= start and _LABEL_TO_DATE.fullmatch(text, after, start) for after in updates):
                continue  # "Stand: 21.4.2021", "Updated May 06, 2019": an update's
            printed = text[start:end]
            grammar = any(printed in item.text or item.text in printed for item in stamped)
            out.append(Candidate(line.index, start, end, stamp, grammar))
        if len(out) >= MAX_CANDIDATES:
            return out[:MAX_CANDIDATES]
    return out


def features(
    page: Page,
    found: list[Candidate],
    anchor: tuple[int | None, bool],
    ruled: tuple[int, date] | None = None,
    budget: Budget | None = None,
) -> list[list[float]]:
    """Each candidate's features, in the order of FEATURES. ``anchor`` is the headline's
    line (None: there is none) and whether the reader took it, or only found it the
    likeliest; ``ruled`` is the line and the day of the publication stamp the rules
    read, if any."""
    headline, sure = anchor
    lines = page.lines
    total = len(lines)
    prose = set(page.prose)
    first_prose = page.prose[0] if page.prose else total
    days = [candidate.day for candidate in found]
    per_day = Counter(days)
    distinct = sorted(per_day)
    latest = distinct[-1] if distinct else None
    lines_per_day: Counter[date] = Counter({day: len({c.line for c in found if c.day == day}) for day in per_day})
    first_line: dict[date, int] = {}
    for candidate in found:
        first_line.setdefault(candidate.day, candidate.line)
    dated = Counter(candidate.line for candidate in found)
    budget = budget or Budget(None)
    rows: list[list[float]] = []
    for rank, candidate in enumerate(found):
        budget.check()
        index, day = candidate.line, candidate.day
        line = lines[index]
        text = line.text
        before = text[: candidate.start]
        items = page.items[index] if index < len(page.items) else []
        # The label nearest before the date ("Updated 14.03.2021 | Published 12.03.2021").
        labels = list(STAMP_LABEL.finditer(before))
        label = labels[-1] if labels else None
        newer = distinct.index(day)
        rows.append(
            [
                index,
                index / total,
                index - headline if headline is not None else _FAR,
                sure if headline is not None else -1,
                index - page.body_start,
                index - first_prose,
                index - page.end,
                len(text),
                candidate.start,
                len(text) - candidate.end,
                (candidate.end - candidate.start) / (len(text) or 1),
                KIND_CODES[items[0].kind if items else None],
                candidate.grammar,
                0 if label is None else 1 if stamp_label(label["label"]) == "published" else 2,
                candidate.start - label.end() if label is not None else -1,
                candidate.stamp.time is not None,
                candidate.stamp.zone is not None,
                _BYLINE.search(text) is not None or any(item.kind is Kind.BYLINE for item in items),
                _COMMENT.search(text) is not None,
                _COPYRIGHT.search(text) is not None,
                any(item.kind is Kind.CAPTION for item in items),
                index in prose,
                line.gap_before,
                lines[index + 1].gap_before if index + 1 < total else True,
                rank,
                len(found),
                len(distinct),
                per_day[day],
                lines_per_day[day],
                first_line[day] - index,
                len(distinct) - 1 - newer,
                newer,
                (latest - day).days if latest is not None else 0,
                sum(dated[i] > 0 for i in range(index - _NEAR, index + _NEAR + 1) if i != index),
                len(dated),
                (ruled[1] == day) if ruled is not None else -1,
                (ruled[0] == index) if ruled is not None else -1,
                index - 1 in prose,
                index + 1 in prose,
                count_digits(text),
            ]
        )
    return [list(map(float, row)) for row in rows]


@dataclass(frozen=True, slots=True)
class Model:
    """Trees that score a candidate's features; the logistic of the score is the
    probability that the candidate is the page's publication date."""

    score: Callable[[list[float]], float]
    #: The least probability at which the reader takes the likeliest candidate (when the
    #: rules read another date or none).
    threshold: float
    trees: int

    def likeliest(self, rows: Sequence[list[float]]) -> tuple[int, float]:
        scores = [self.score(row) for row in rows]
        best = max(range(len(rows)), key=scores.__getitem__)
        return best, 1.0 / (1.0 + math.exp(-scores[best]))


def model_from_json(data: dict[str, Any]) -> Model:
    return Model(*compiled(data, FEATURES, MODEL))


#: The model the reader scores with: the shipped one, read once per process.
model = Shipped("dates_model", lambda: model_from_json(json.loads(MODEL.read_text(encoding="utf-8"))))


def judge(
    page: Page,
    anchor: tuple[int | None, bool],
    date_order: DateOrder | None,
    ruled: tuple[int, date] | None = None,
    budget: Budget | None = None,
    witness: date | None = None,
    others: set[int] | frozenset[int] = frozenset(),
) -> Candidate | None:
    """The date the model takes in place of the rules' stamp: its likeliest, when that
    reaches the model's threshold and is not the rules' day already; else None (the
    rules' stamp, if any, stands).

    ``witness`` is the day the page's address prints ("/2024/03/07/"), if any: the day a
    story's address is made, its publication day on 96% of the corpus pages that have
    one. When the rules read that day, it stands, however sure the model is of another;
    when they read another and the page prints it, the likeliest of the candidates that
    print it is taken. The ``others`` lines print another's date (a comment's): no candidate."""
    if witness is not None and ruled is not None and ruled[1] == witness:
        return None  # the rules read the day the address prints: two witnesses agree
    found = candidates(page, date_order, budget, others)
    if not found:
        return None
    model_ = model()
    rows = features(page, found, anchor, ruled, budget)
    if witness is not None:
        witnessed = [i for i, candidate in enumerate(found) if candidate.day == witness]
        if witnessed:
            best, _ = model_.likeliest([rows[i] for i in witnessed])
            return found[witnessed[best]]
    best, probability = model_.likeliest(rows)
    agrees = ruled is not None and found[best].day == ruled[1]
    return found[best] if probability >= model_.threshold and not agrees else None
