"""Train the line-role model (service/normalise/roles.json) from the labelled corpus.

    pip install -e '.[train]'
    python -m bench.train_roles                 # cross-validate, train, write the model
    python -m bench.train_roles --c1 0.5 --c2 0.05 --threshold 0.3   # skip the search

Only the corpus pages outside the held-out split are read (bench.accuracy's split, by a
hash of each page's id), so the accuracy command's figures are on pages the model never
saw. Each page's headline line is found by aligning its labelled title, else the
title its markup states (``<h1>``, ``og:title``) when the text prints it as a line of its
own: weak labels, with no person in the loop.

The regularisation (c1, c2) and the least probability at which the reader takes the
model's line (the threshold) are chosen by k-fold cross-validation on those pages: the
threshold that maximises right answers minus twice the wrong ones, since a wrong
headline costs more than a missing one. Everything is deterministic: the folds come from
the ids' hashes, and the trainer (CRFsuite's L-BFGS) has no randomness.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import accuracy
from service.normalise import roles
from service.normalise.pipeline import header_lines, read, ruled_headline

LABELS = ("O", "H")
GRID = ((0.5, 0.01), (1.0, 0.05), (2.0, 0.05))
MAX_ITERATIONS = 150
#: Features whose weight is smaller than this are dropped from the shipped model.
PRUNE = 1e-3
#: A wrong answer counts this many times a missing one when the threshold is chosen.
WRONG_COST = 2.0
#: Utilities closer than this are a tie (half a point: one page in 200).
TIE = 0.005

_OG_TITLE = re.compile(
    r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']+)[\"']"
    r"|<meta[^>]+content=[\"']([^\"']+)[\"'][^>]*property=[\"']og:title[\"']",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass
class Example:
    id: str
    rendering: str
    rows: list[list[str]]
    texts: list[str]
    #: The headline as it should be read (normalised for comparison); None if unknown.
    title: str | None
    #: Whether the title is a label written by a person (else it came from markup).
    labelled: bool
    #: The line the layout rules take for the headline, if any.
    ruled: int | None


def _markup_titles(page_html: str) -> list[str]:
    found = [_SPACE.sub(" ", html.unescape(_TAG.sub("", h))).strip() for h in _H1.findall(page_html)[:2]]
    og = _OG_TITLE.search(page_html)
    if og:
        found.append(html.unescape(og.group(1) or og.group(2)).strip())
    return [title for title in found if title]


def _title_element(page_html: str) -> str | None:
    found = _TITLE.search(page_html)
    return _SPACE.sub(" ", html.unescape(found.group(1))).strip() or None if found else None


def _example(page_id: str, rendering: str, text: str, title: str | None, labelled: bool, chinese: bool) -> Example:
    reading = read(text)
    rows = roles.with_neighbours(roles.features(reading.page))
    texts = [accuracy.normalised(line.text, chinese) for line in reading.page.lines[: len(rows)]]
    ruled = ruled_headline(reading.page, header_lines(reading.page))
    return Example(page_id, rendering, rows, texts, title, labelled, ruled[0].index if ruled else None)


def examples(page: accuracy.Page) -> list[Example]:
    """The page in each rendering the reader meets: the text as copied; the same with
    the page's ``<title>`` on top (as some scrapers send it); and, for a third of the
    pages, the headline and the article's paragraphs alone (text already extracted)."""
    chinese = accuracy.language_group(page) == "zh"
    first = _example(page.id, "text", page.text, None, False, chinese)
    title, labelled = page.labels.get("title"), True
    if title:
        title = accuracy.normalised(title, chinese)
    else:
        shown = set(first.texts)
        title = next(
            (t for t in (accuracy.normalised(t, chinese) for t in _markup_titles(page.html)) if t in shown), None
        )
        labelled = False
    first.title, first.labelled = title, labelled
    out = [first]
    if title is None or title not in first.texts:
        return out
    element = _title_element(page.html)
    if element:
        out.append(_example(page.id, "title", f"{element}\n{page.text}", title, labelled, chinese))
    if fold_of(page.id, 3, "minimal") == 0:
        reading = read(page.text)
        paragraphs = [reading.page.lines[i].text for i in reading.page.prose]
        headline = next(line.text for line in reading.page.lines if accuracy.normalised(line.text, chinese) == title)
        if paragraphs:
            text = "\n\n".join([headline, *paragraphs]) + "\n"
            out.append(_example(page.id, "minimal", text, title, labelled, chinese))
    return out


def tags(item: Example) -> list[str]:
    return ["H" if text == item.title else "O" for text in item.texts]


def train(examples: list[Example], c1: float, c2: float, path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for item in examples:
        if item.title is not None and item.title in item.texts:
            trainer.append(item.rows, tags(item))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": MAX_ITERATIONS, "feature.possible_transitions": True})
    trainer.train(str(path))


def export(path: Path, threshold: float, agreement: float) -> dict[str, Any]:
    """The CRFsuite model as roles.json: per base feature and neighbour offset, the
    weight of the role less the weight of the other label (all a two-label chain needs)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    sign = {"H": 1.0, "O": -1.0}
    weights: dict[str, dict[str, float]] = {}
    for (attribute, label), weight in sorted(info.state_features.items()):
        offset, name = 0, attribute
        head, _, rest = attribute.partition(":")
        if rest and head.lstrip("-").isdigit():
            offset, name = int(head), rest
        by_offset = weights.setdefault(name, {})
        by_offset[str(offset)] = by_offset.get(str(offset), 0.0) + sign[label] * weight
    pruned = {
        name: {offset: round(weight, 4) for offset, weight in by_offset.items() if abs(weight) >= PRUNE}
        for name, by_offset in weights.items()
    }
    transitions = [[round(info.transitions.get((a, b), 0.0), 4) for b in LABELS] for a in LABELS]
    return {
        "role": "headline",
        "transitions": transitions,
        "weights": {name: by_offset for name, by_offset in pruned.items() if by_offset},
        "threshold": threshold,
        "agreement_threshold": agreement,
    }


#: (probability, right, whether the rules pick the same line) on one page.
Scored = tuple[float, bool, bool]


def predictions(model: roles.Model, examples: list[Example]) -> list[Scored]:
    """The model's headline line on each page with a labelled title."""
    out: list[Scored] = []
    for item in examples:
        marginals = model.marginals(_own(item.rows))
        if not marginals or not item.labelled:
            continue
        best = max(range(len(marginals)), key=marginals.__getitem__)
        out.append((marginals[best], item.texts[best] == item.title, item.ruled == best))
    return out


def _own(rows: list[list[str]]) -> list[list[str]]:
    """A trainer's row without the neighbour features: inference adds those itself."""
    return [[name for name in row if not _is_neighbour(name)] for row in rows]


def _is_neighbour(name: str) -> bool:
    head, _, rest = name.partition(":")
    return bool(rest) and head.lstrip("-").isdigit()


def best_threshold(scored: list[Scored]) -> tuple[float, float, float, float, float]:
    """(threshold, agreement threshold, utility, hit, wrong) that maximise hit less
    WRONG_COST times wrong: a line is taken at the threshold, or at the agreement
    threshold when the rules pick it too. Of settings within TIE of the best utility
    (which cross-validation cannot tell apart), the one with the fewest wrong answers."""
    n = len(scored) or 1
    settings = []
    steps = [step / 100 for step in range(0, 100, 5)]
    for threshold in steps:
        for agreement in (a for a in steps if a <= threshold):
            taken = [ok for p, ok, agrees in scored if p >= threshold or (agrees and p >= agreement)]
            hit = sum(1 for ok in taken if ok) / n
            wrong = sum(1 for ok in taken if not ok) / n
            settings.append((threshold, agreement, hit - WRONG_COST * wrong, hit, wrong))
    best = max(utility for _, _, utility, _, _ in settings)
    return min((s for s in settings if s[2] >= best - TIE), key=lambda s: (s[4], -s[2]))


def _rate(scored: list[Scored], threshold: float, right: bool) -> float:
    return sum(1 for p, ok, _ in scored if p >= threshold and ok is right) / (len(scored) or 1)


def fold_of(page_id: str, folds: int, salt: str = "fold") -> int:
    return hashlib.sha256(f"{salt}:{page_id}".encode()).digest()[0] % folds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of the corpus (default ../shared/corpus)")
    parser.add_argument("--out", type=Path, default=roles.MODEL, help="where to write the model")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--c1", type=float)
    parser.add_argument("--c2", type=float)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--agreement", type=float, help="threshold when the rules agree (default: --threshold)")
    args = parser.parse_args(argv)
    corpus = args.corpus or accuracy.corpus_path()
    if corpus is None:
        print("no corpus found (../shared/corpus)", file=sys.stderr)
        return 2
    started = time.monotonic()
    pages = [page for page in accuracy.load_pages(corpus) if not page.held_out]
    every = [item for page in pages for item in examples(page)]
    usable = [item for item in every if item.rendering == "text" and item.title in item.texts]
    print(
        f"{len(pages)} training pages; {len(usable)} with a headline line "
        f"({sum(item.labelled for item in usable)} labelled, {sum(not item.labelled for item in usable)} from markup); "
        f"{len(every) - len(pages)} more renderings"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roles.crfsuite"
        if args.c1 is None or args.c2 is None or args.threshold is None:
            results = []
            for c1, c2 in GRID:
                scored: list[Scored] = []
                for fold in range(args.folds):
                    train([e for e in every if fold_of(e.id, args.folds) != fold], c1, c2, path)
                    model = roles.model_from_json(export(path, 0.0, 0.0))
                    scored += predictions(
                        model, [e for e in every if e.rendering == "text" and fold_of(e.id, args.folds) == fold]
                    )
                threshold, agreement, utility, hit, wrong = best_threshold(scored)
                for at in (0.0, 0.3, 0.5):
                    print(f"    at {at:.1f}: hit {_rate(scored, at, True):.1%} wrong {_rate(scored, at, False):.1%}")
                results.append((utility, c1, c2, threshold, agreement))
                print(
                    f"c1={c1:<4} c2={c2:<5} threshold {threshold:.2f} (agreeing {agreement:.2f}): "
                    f"hit {hit:.1%} wrong {wrong:.1%} "
                    f"(cross-validated on {len(scored)} labelled pages)"
                )
            _, c1, c2, threshold, agreement = max(results)
        else:
            c1, c2, threshold = args.c1, args.c2, args.threshold
            agreement = args.agreement if args.agreement is not None else threshold
        train(every, c1, c2, path)
        data = export(path, threshold, agreement)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    features = sum(len(by_offset) for by_offset in data["weights"].values())
    print(
        f"c1={c1} c2={c2} threshold={threshold} agreeing={agreement}: {features} weights, "
        f"{args.out.stat().st_size / 1024:.0f} KiB "
        f"written to {args.out} in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
