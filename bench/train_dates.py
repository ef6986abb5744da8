"""Train the publication-date model (service/normalise/dates.json) from the labelled corpus.

    pip install -e '.[train]'
    python -m bench.train_dates                  # cross-validate, train, write the model
    python -m bench.train_dates --leaves 15 --trees 100 --threshold 0.6   # skip the search (all three)

Only the corpus pages outside the held-out split are read (bench.accuracy's split), so
the accuracy command's figures are on pages the model never saw. Each page is read as
the service reads it, up to the point where the publication date is judged: its
candidates (see ``service.normalise.dates``), their features, and the day of the stamp
the rules took. A candidate is right when its day is the labelled date's: weak labels,
with no person in the loop.

The model is LightGBM's binary objective over candidates, so that its probability means
the same on every page. The trees' size and the threshold are chosen by k-fold
cross-validation on those pages, by the reader's own policy (the likeliest candidate
when it is the rules' day or at the threshold, else the rules' stamp): the threshold
that maximises right answers less WRONG_COST times the wrong ones. Deterministic, like
bench.train_roles: folds by the ids' hashes, one thread, fixed seeds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from bench import accuracy, training
from service.normalise import Options, dates
from service.normalise.layout import Item, Page
from service.normalise.pipeline import Extraction
from service.normalise.text import Line

#: (leaves per tree, trees): the sizes cross-validation chooses among.
GRID = ((7, 100), (15, 100))
#: The thresholds cross-validation chooses among.
THRESHOLDS = tuple(step / 100 for step in range(5, 101, 5))


@dataclass
class Example:
    #: The page's group (its copies in the corpus share it): the folds go by it.
    group: str
    rows: list[list[float]]
    #: Each candidate's day.
    days: list[date]
    #: The labelled day.
    expected: date
    #: The day the rules read (None: none, or none the model could compare), and whether
    #: the page is judged at all (an unknown layout, not collapsed).
    ruled: date | None
    judged: bool


class _Reader(Extraction):
    """The service's reading, stopped where the publication date is judged: it keeps
    what the model would see there and leaves the rules' stamp as it is."""

    seen: tuple[list[dates.Candidate], list[list[float]], tuple[int, date] | None] | None = None

    def _judged_published(
        self,
        page: Page,
        headline: Line | None,
        found: dict[str, tuple[tuple[int, int], Item, Line]],
        others: set[int],
    ) -> None:
        ruled = self._ruled_day(found.get("published"))
        candidates = dates.candidates(page, self.date_order, others=others)
        anchor = (headline.index, True) if headline else (self.likeliest_headline, False)
        self.seen = (candidates, dates.features(page, candidates, anchor, ruled), ruled)


def examples(page: accuracy.Page) -> list[Example]:
    """The page's candidates and label, as copied; none for a page without a labelled day."""
    expected = accuracy._label_day(page.labels["date"]) if page.labels.get("date") else None
    if expected is None:
        return []
    zone = accuracy.SHANGHAI if accuracy.language_group(page) == "zh" else UTC
    reader = _Reader(page.text, Options(timezone=zone, assume_timezone=zone))
    article = reader.run()
    if reader.seen is None:
        printed = article.published_date or (article.published_at or "")[:10] or None
        return [Example(page.group, [], [], expected, date.fromisoformat(printed) if printed else None, False)]
    found, rows, ruled = reader.seen
    return [Example(page.group, rows, [c.day for c in found], expected, ruled[1] if ruled else None, True)]


def train(examples: list[Example], leaves: int, trees: int) -> list[dict[str, Any]]:
    """The trees learned from every candidate of the pages the model judges, in
    dates.json's form."""
    judged = [item for item in examples if item.judged and item.rows]
    rows = [row for item in judged for row in item.rows]
    right = [float(day == item.expected) for item in judged for day in item.days]
    return training.binary_trees(rows, right, dates.FEATURES, dates.CATEGORICAL, leaves, trees)


def export(trees: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    return training.exported("published", dates.FEATURES, trees, threshold)


#: Per page (see training.Judged): the likeliest candidate's probability, whether it is right, whether the
#: rules' answer is right (None: they give none), and whether the two agree.
Scored = training.Judged


def predictions(model: dates.Model, examples: list[Example]) -> list[Scored]:
    out: list[Scored] = []
    for item in examples:
        ruled = None if item.ruled is None else item.ruled == item.expected
        if not item.judged or not item.rows:
            out.append((0.0, False, ruled, False))
            continue
        best, probability = model.likeliest(item.rows)
        day = item.days[best]
        out.append((probability, day == item.expected, ruled, item.ruled == day))
    return out


def main(argv: list[str] | None = None) -> int:
    args = training.arguments(__doc__, dates.MODEL, GRID[0][1]).parse_args(argv)
    started = time.monotonic()
    pages = training.training_pages(args.corpus)
    if pages is None:
        return 2
    every = [item for page in pages for item in examples(page)]
    judged = [item for item in every if item.judged]
    hit, wrong = training.judged_outcome(predictions(dates.Model(lambda row: 0.0, 2.0, 0), every), 2.0)
    print(
        f"{len(pages)} training pages; {len(every)} with a labelled day, {len(judged)} judged, "
        f"{sum(item.expected in item.days for item in judged)} of them printing it as a candidate; "
        f"{sum(len(item.rows) for item in judged) / (len(judged) or 1):.0f} candidates a page; "
        f"the rules alone: hit {hit:.1%} wrong {wrong:.1%}"
    )

    def scores(training_: list[Example], tested: list[Example], leaves: int, trees: int) -> list[Scored]:
        return predictions(dates.model_from_json(export(train(training_, leaves, trees), 0.0)), tested)

    def choose(scored: list[Scored]) -> tuple[float, float, str]:
        threshold, utility, hit, wrong = training.best_threshold(scored, THRESHOLDS)
        return threshold, utility, f"threshold {threshold:.2f}: hit {hit:.1%} wrong {wrong:.1%}"

    leaves, trees, threshold = training.chosen(args, every, GRID, scores, choose)
    data = export(train(every, leaves, trees), threshold)
    training.write(args.out, data, time.monotonic() - started, f"{leaves} leaves, {trees} trees, threshold={threshold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
