"""Train the author model (service/normalise/authors.json) from the labelled corpus.

    pip install -e '.[train]'
    python -m bench.train_authors                  # cross-validate, train, write the model
    python -m bench.train_authors --leaves 15 --trees 100 --threshold 0.9   # skip the search (all three)

Only the corpus pages outside the held-out split are read (bench.accuracy's split), so
the accuracy command's figures are on pages the model never saw. Each page is read as
the service reads it, up to the point where the byline is judged: its candidates (see
``service.normalise.authors``), their features, and the authors the rules took. A
candidate is right when its names are the labelled authors, case and spacing aside:
weak labels, with no person in the loop. Pages without an author label teach too where
their markup names the authors the text prints (see ``_stated_authors``); they never
choose the threshold.

The model is LightGBM's binary objective over candidates, so that its probability means
the same on every page and a page without a byline can be told. The trees' size and
the threshold are chosen by k-fold cross-validation on those pages, by the reader's own
policy (the likeliest candidate at the threshold, else none; the rules' Chinese names
stand): the threshold that maximises right answers less WRONG_COST times the wrong
ones. Deterministic, like bench.train_roles: folds by the ids' hashes, one thread,
fixed seeds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Any

from bench import accuracy, training
from bench.train_roles import fold_of
from service.normalise import Options, authors
from service.normalise.layout import Page
from service.normalise.markup import read_markup
from service.normalise.pipeline import Extraction
from service.normalise.text import Line

#: (leaves per tree, trees): the sizes cross-validation chooses among.
GRID = ((15, 100),)
#: The thresholds cross-validation chooses among.
THRESHOLDS = tuple(step / 100 for step in range(5, 100, 5))


@dataclass
class Example:
    #: The page's group (its copies in the corpus share it): the folds go by it.
    group: str
    #: "text" (the page as copied) or "minimal" (headline, byline line and paragraphs).
    rendering: str
    rows: list[list[float]]
    #: Each candidate's names, as compared.
    names: list[frozenset[str]]
    #: The labelled authors, as compared (empty: the page names none).
    expected: frozenset[str]
    #: The authors the rules read, and whether they stand whatever the model says: the
    #: page was not judged (a known layout, a collapsed page, the Chinese rule read it),
    #: or the model cannot see the rules' names among its candidates.
    ruled: frozenset[str]
    standing: bool
    #: Whether ``expected`` is a person's label (else the names the page's markup states,
    #: a weak label that teaches the trees but never chooses the threshold).
    labelled: bool = True


class _Reader(Extraction):
    """The service's reading, stopped where the byline is judged: it keeps what the
    model would see there and leaves the rules' byline as it is."""

    seen: tuple[list[authors.Candidate], list[list[float]], list[str]] | None = None
    #: The page as read there, and its headline line.
    page: Page | None = None
    headline: Line | None = None

    def _judged_byline(self, page: Page, headline: Line | None) -> None:
        ruled = list(self.article.byline.authors)
        self.page, self.headline = page, headline
        if not ruled and self._chinese_authors(page):
            return  # the Chinese rule reads them: the model is not asked
        found = authors.candidates(page)
        self.seen = (found, authors.features(page, found, headline.index if headline else None, ruled), ruled)


def _example(group: str, rendering: str, text: str, expected: frozenset[str], zone: tzinfo) -> tuple[Example, _Reader]:
    reader = _Reader(text, Options(timezone=zone, assume_timezone=zone))
    article = reader.run()
    found, rows, ruled = reader.seen or ([], [], article.byline.authors)
    names = [frozenset(authors.folded(name) for name in candidate.names) for candidate in found]
    ruled_names = frozenset(authors.folded(name) for name in ruled)
    item = Example(
        group,
        rendering,
        rows,
        names,
        expected,
        ruled_names,
        # The service leaves the rules' byline as it is when the model cannot see it.
        reader.seen is None or authors.unjudged(ruled, ruled_names in names),
    )
    return item, reader


def examples(page: accuracy.Page) -> list[Example]:
    """The page's candidates and labels, as copied; and for a third of the pages, as text
    already extracted: the headline, the line that prints the authors (if any) and the
    article's paragraphs. A page labelled without an author field, or (not Chinese) with
    an empty one, is not scored by bench.accuracy: it teaches the trees only where its
    markup names persons as its authors and the text prints those names as a candidate
    (a weak label: :func:`_stated_authors`)."""
    language = accuracy.language_group(page)
    zone = accuracy.SHANGHAI if language == "zh" else UTC
    if "author" not in page.labels or not (page.labels["author"] or language == "zh"):
        return _stated_authors(page, zone)
    expected = frozenset(accuracy.author_names(page.labels["author"]))
    first, reader = _example(page.group, "text", page.text, expected, zone)
    out = [first]
    read, headline = reader.page, reader.headline
    if read is None or headline is None or fold_of(page.id, 3, "minimal") != 0 or first.standing:
        return out
    found = reader.seen[0] if reader.seen else []
    byline = next((c.line for c, names in zip(found, first.names, strict=True) if names == expected), None)
    paragraphs = [read.lines[i].text for i in read.prose if i != byline]
    if paragraphs:
        kept = [headline.text, *([read.lines[byline].text] if byline is not None else []), *paragraphs]
        out.append(_example(page.group, "minimal", "\n\n".join(kept) + "\n", expected, zone)[0])
    return out


def _stated_authors(page: accuracy.Page, zone: tzinfo) -> list[Example]:
    """The page as copied, its expected authors the first persons its markup states
    (JSON-LD, meta, byline classes: see service.normalise.markup), when the text prints
    them as one of its candidates and no candidate prints them with more names; else
    none. On the training pages labelled by people, the markup's first persons are the
    label on 211 of the 315 that state any."""
    if not page.html:
        return []
    stated = next((names for names in read_markup(page.html, page.url).authors if any(f.value for f in names)), [])
    expected = frozenset(authors.folded(found.value) for found in stated if found.value)
    if not expected:
        return []
    item = _example(page.group, "text", page.text, expected, zone)[0]
    if item.standing or expected not in item.names:
        return []
    if any(expected < names for names in item.names):
        return []  # the markup names some of a byline's names ("Ana Ruiz" of "By Ana Ruiz and Li Wei")
    item.labelled = False
    return [item]


def train(examples: list[Example], leaves: int, trees: int) -> list[dict[str, Any]]:
    """The trees learned from every candidate of the pages the model judges, in
    authors.json's form."""
    judged = [item for item in examples if not item.standing]
    rows = [row for item in judged for row in item.rows]
    right = [float(names == item.expected) for item in judged for names in item.names]
    return training.binary_trees(rows, right, authors.FEATURES, authors.CATEGORICAL, leaves, trees)


def export(trees: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    return training.exported("authors", authors.FEATURES, trees, threshold)


#: Per page (see training.Judged): the likeliest candidate's probability, whether it is right, whether the
#: answer given when the model is unsure is right (None: there is none), and whether the
#: rules read the same names.
Scored = training.Judged


def predictions(model: authors.Model, examples: list[Example]) -> list[Scored]:
    out: list[Scored] = []
    for item in examples:
        if not item.labelled:
            continue
        standing = (item.ruled == item.expected) if item.standing else (not item.expected) or None
        if item.standing or not item.rows:
            out.append((0.0, False, standing, False))
            continue
        best, probability = model.likeliest(item.rows)
        names = item.names[best]
        opened = item.rows[best][authors.FEATURES.index("opening")] > 0
        agrees = authors.agreeing(bool(item.ruled) and names == item.ruled, opened, probability)
        out.append((probability, names == item.expected, standing, agrees))
    return out


def main(argv: list[str] | None = None) -> int:
    args = training.arguments(__doc__, authors.MODEL, GRID[0][1]).parse_args(argv)
    started = time.monotonic()
    pages = training.training_pages(args.corpus, html=True)
    if pages is None:
        return 2
    every = [item for page in pages for item in examples(page)]
    copied = [item for item in every if item.rendering == "text" and item.labelled]
    print(
        f"{len(pages)} training pages; {len(copied)} with an author label, "
        f"{sum(item.expected in item.names for item in copied)} of them printing the authors as a candidate; "
        f"{sum(len(item.rows) for item in copied) / (len(copied) or 1):.0f} candidates a page; "
        f"{sum(not item.labelled for item in every)} more pages whose markup states the authors it prints; "
        f"{sum(item.rendering != 'text' for item in every)} more renderings"
    )

    def scores(training_: list[Example], tested: list[Example], leaves: int, trees: int) -> list[Scored]:
        model = authors.model_from_json(export(train(training_, leaves, trees), 0.0))
        return predictions(model, [e for e in tested if e.rendering == "text"])

    def choose(scored: list[Scored]) -> tuple[float, float, str]:
        threshold, utility, hit, wrong = training.best_threshold(scored, THRESHOLDS)
        return threshold, utility, f"threshold {threshold:.2f}: hit {hit:.1%} wrong {wrong:.1%}"

    leaves, trees, threshold = training.chosen(args, every, GRID, scores, choose)
    data = export(train(every, leaves, trees), threshold)
    training.write(args.out, data, time.monotonic() - started, f"{leaves} leaves, {trees} trees, threshold={threshold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
