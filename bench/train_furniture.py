"""Train the furniture model (service/normalise/furniture.json) from the labelled corpus.

    pip install -e '.[train]'
    python -m bench.train_furniture               # cross-validate, train, write the model
    python -m bench.train_furniture --leaves 15 --trees 100 --threshold -3   # skip the search (all three)

Only the corpus pages outside the held-out split are read (bench.accuracy's split), so
the accuracy command's figures are on pages the model never saw. The pages used are
those whose labels quote snippets of the article's own text (``with``) and of the page's
furniture (``without``). Each is read as the service reads it, up to its body's lines.
A line is the article's when it holds an article snippet, or stands before the last
line that does (and holds no furniture snippet); it is furniture when it holds a
furniture snippet, or stands after the first line past the article's last snippet that
holds one. The other lines are left out of training: weak labels, with no person in
the loop.

The model is LightGBM's binary objective over lines. The trees' size and the threshold
(the log-odds under which a line is left out) are chosen by k-fold cross-validation on
those pages, by the share of pages whose body is clean of furniture less WRONG_COST
times the share that lose an article snippet they kept before. Deterministic, like
bench.train_roles: folds by the pages' groups, one thread, fixed seeds.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from bench import accuracy, training
from bench.train_roles import TIE, WRONG_COST
from service.normalise import Options, furniture
from service.normalise.layout import Page
from service.normalise.pipeline import Extraction

#: (leaves per tree, trees): the sizes cross-validation chooses among.
GRID = ((7, 100), (15, 100))
#: The thresholds cross-validation chooses among (log-odds for the article).
THRESHOLDS = (-1.0, -1.5, -2.0, -2.5, -3.0, -3.5, -4.0, -5.0, -6.0)
_SPACES = re.compile(r"\s+")


@dataclass
class Example:
    #: The page's group (its copies in the corpus share it): the folds go by it.
    group: str
    rows: list[list[float]]
    #: Per body line: 1.0 the article's, 0.0 furniture, None unknown.
    labels: list[float | None]
    #: The body line each article snippet stands in (None: in none), and each furniture
    #: snippet's (only those in the body).
    kept: list[int | None]
    leaked: list[int]


class _Reader(Extraction):
    """The service's reading, stopped where the body's furniture is judged: it keeps the
    page and its body's lines as the model would see them."""

    seen: tuple[Page, list[int]] | None = None

    def _article_lines(self, page: Page) -> list[int]:
        if not self._layout_known() and not self.collapsed:
            self.seen = (page, list(page.body))
        return page.body


def _position(snippet: str, texts: list[str]) -> int | None:
    return next((i for i, text in enumerate(texts) if snippet in text), None)


def examples(page: accuracy.Page) -> list[Example]:
    """The page's body lines, their features and labels; none for a page without
    snippets, of a known layout, or whose body holds no article snippet."""
    kept_snippets = [_SPACES.sub(" ", s).strip() for s in page.labels.get("with") or []]
    furniture_snippets = [_SPACES.sub(" ", s).strip() for s in page.labels.get("without") or []]
    if not kept_snippets:
        return []
    reader = _Reader(page.text, Options(timezone=UTC, assume_timezone=UTC))
    reader.run()
    if reader.seen is None:
        return []
    read, body = reader.seen
    if len(body) < 2:
        return []
    texts = [_SPACES.sub(" ", read.text(i)) for i in body]
    kept = [_position(s, texts) for s in kept_snippets]
    found = [k for k in kept if k is not None]
    if not found:
        return []
    last = max(found)
    leaked = [i for i in (_position(s, texts) for s in furniture_snippets) if i is not None]
    first_leak = min((i for i in leaked if i > last), default=None)
    labels: list[float | None] = []
    for i in range(len(body)):
        if i in leaked:
            labels.append(None if i in found else 0.0)
        elif i in found or i <= last:
            labels.append(1.0)
        else:
            labels.append(0.0 if first_leak is not None and i >= first_leak else None)
    return [Example(page.group, furniture.features(read, body), labels, kept, leaked)]


def train(examples: list[Example], leaves: int, trees: int) -> list[dict[str, Any]]:
    """The trees learned from every labelled body line, in furniture.json's form."""
    pairs = [(row, label) for item in examples for row, label in zip(item.rows, item.labels, strict=True)]
    known = [(row, label) for row, label in pairs if label is not None]
    return training.binary_trees(
        [row for row, _ in known], [label for _, label in known], furniture.FEATURES, (), leaves, trees
    )


def export(trees: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    return training.exported("furniture", furniture.FEATURES, trees, threshold)


#: Per page: each line's score, the article snippets' lines, the furniture snippets'.
Scored = tuple[list[float], list[int | None], list[int]]


def predictions(model: furniture.Model, examples: list[Example]) -> list[Scored]:
    """Each page's line scores; a line the reader always keeps (with Chinese characters) scores infinity."""
    cjk = furniture.FEATURES.index("cjk")
    return [
        ([math.inf if row[cjk] else model.score(row) for row in item.rows], item.kept, item.leaked) for item in examples
    ]


def outcome(scored: list[Scored], threshold: float | None) -> tuple[float, float]:
    """(kept, clean) shares of pages when the lines under ``threshold`` (None: none) are
    left out (never the first): every article snippet still in the body; no furniture
    snippet in it."""
    kept = clean = 0
    for scores, kept_at, leaked in scored:
        out = set() if threshold is None else {i for i, score in enumerate(scores) if i and score < threshold}
        kept += all(i is not None and i not in out for i in kept_at)
        clean += all(i in out for i in leaked)
    n = len(scored) or 1
    return kept / n, clean / n


def best_threshold(scored: list[Scored]) -> tuple[float, float, float, float]:
    """(threshold, utility, kept, clean) maximising the clean share less WRONG_COST times
    the kept share lost; of thresholds within TIE of the best, the lowest (the fewest
    lines left out)."""
    kept_before, _ = outcome(scored, None)
    settings = []
    for threshold in THRESHOLDS:
        kept, clean = outcome(scored, threshold)
        settings.append((threshold, clean - WRONG_COST * (kept_before - kept), kept, clean))
    best = max(utility for _, utility, _, _ in settings)
    return min((s for s in settings if s[1] >= best - TIE), key=lambda s: s[0])


def main(argv: list[str] | None = None) -> int:
    args = training.arguments(__doc__, furniture.MODEL, GRID[0][1]).parse_args(argv)
    started = time.monotonic()
    pages = training.training_pages(args.corpus)
    if pages is None:
        return 2
    every = [item for page in pages for item in examples(page)]
    labelled = [label for item in every for label in item.labels if label is not None]
    kept, clean = outcome([([0.0] * len(item.rows), item.kept, item.leaked) for item in every], None)
    print(
        f"{len(pages)} training pages; {len(every)} with snippets in their body; {len(labelled)} labelled lines "
        f"({sum(label == 0.0 for label in labelled)} furniture); as read: kept {kept:.1%}, clean {clean:.1%}"
    )

    def scores(training_: list[Example], tested: list[Example], leaves: int, trees: int) -> list[Scored]:
        return predictions(furniture.model_from_json(export(train(training_, leaves, trees), 0.0)), tested)

    def choose(scored: list[Scored]) -> tuple[float, float, str]:
        threshold, utility, kept, clean = best_threshold(scored)
        return threshold, utility, f"threshold {threshold:.1f}: kept {kept:.1%} clean {clean:.1%}"

    leaves, trees, threshold = training.chosen(args, every, GRID, scores, choose)
    data = export(train(every, leaves, trees), threshold)
    training.write(args.out, data, time.monotonic() - started, f"{leaves} leaves, {trees} trees, threshold={threshold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
