"""Train the line-role model (service/normalise/roles.json) from the labelled corpus.

    pip install -e '.[train]'
    python -m bench.train_roles                 # cross-validate, train, write the model
    python -m bench.train_roles --leaves 7 --threshold 0.4   # skip the search

Only the corpus pages outside the held-out split are read (bench.accuracy's split, by a
hash of each page's id), so the accuracy command's figures are on pages the model never
saw. Each page's headline line is found by aligning its labelled title, else the
title its markup states (``<h1>``, ``og:title``) when the text prints it as a line of its
own: weak labels, with no person in the loop.

The model is LightGBM's LambdaRank: each page is a query, its lines the results, the
headline line the one relevant result. The trees' size and the least probability at
which the reader takes the model's line (the threshold) are chosen by k-fold
cross-validation on those pages: the threshold that maximises right answers minus three times
the wrong ones (WRONG_COST), since a wrong headline costs more than a missing one. Everything is
deterministic: the folds come from the ids' hashes, and LightGBM runs on one thread with
fixed seeds (``deterministic``).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import time
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import accuracy
from bench import trees as written_trees
from service.normalise import roles
from service.normalise.markup import read_markup
from service.normalise.pipeline import header_lines, read, ruled_headline
from service.normalise.world import host_of

#: (leaves per tree, trees): the sizes cross-validation chooses among.
GRID = ((7, 100), (15, 100))
LEARNING_RATE = 0.1
#: A wrong answer counts this many times a missing one when the threshold is chosen:
#: "a null with a warning beats a wrong value".
WRONG_COST = 3.0
#: Utilities closer than this are a tie (half a point: one page in 200).
TIE = 0.005
#: LightGBM's seed (its bagging and feature sampling): 1 for every shipped model. bench.oof
#: --seeds sets others, to judge a change against the noise of training again.
SEED: ContextVar[int] = ContextVar("seed", default=1)

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
    #: The page's group (its copies in the corpus share it): the folds go by it.
    group: str
    rendering: str
    rows: list[list[float]]
    #: The lines as printed, and as compared with the title.
    lines: list[str]
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


def _example(
    group: str, rendering: str, text: str, title: str | None, labelled: bool, chinese: bool, address: str = ""
) -> Example:
    reading = read(text, host=host_of(address))
    rows = roles.features(reading.page, roles.slug_words(address))
    lines = [line.text for line in reading.page.lines[: len(rows)]]
    texts = [accuracy.normalised(line, chinese) for line in lines]
    ruled = ruled_headline(reading.page, header_lines(reading.page))
    return Example(group, rendering, rows, lines, texts, title, labelled, ruled[0].index if ruled else None)


def examples(page: accuracy.Page) -> list[Example]:
    """The page in each rendering the reader meets: the text as copied, without its
    address and with it (when the address has a slug); the visible text as newsnorm
    renders it from the HTML (another renderer's line breaks, and what the HTML path
    reads); the text with the page's ``<title>`` on top (as some scrapers send it); and,
    for a third of the pages, the headline and the article's paragraphs alone (text
    already extracted)."""
    chinese = accuracy.language_group(page) == "zh"
    first = _example(page.group, "text", page.text, None, False, chinese)
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
    if page.html:
        out.append(_example(page.group, "rendered", read_markup(page.html, page.url).text, title, labelled, chinese))
    if roles.slug_words(page.url):
        out.append(_example(page.group, "url", page.text, title, labelled, chinese, page.url))
    if title is None or title not in first.texts:
        return out
    element = _title_element(page.html)
    if element:
        out.append(_example(page.group, "title", f"{element}\n{page.text}", title, labelled, chinese))
    if fold_of(page.id, 3, "minimal") == 0:
        reading = read(page.text)
        paragraphs = [reading.page.lines[i].text for i in reading.page.prose]
        headline = next(line.text for line in reading.page.lines if accuracy.normalised(line.text, chinese) == title)
        if paragraphs:
            text = "\n\n".join([headline, *paragraphs]) + "\n"
            out.append(_example(page.group, "minimal", text, title, labelled, chinese))
    return out


def lightgbm_parameters(leaves: int, learning_rate: float, **objective: Any) -> dict[str, Any]:
    """LightGBM's settings for trees of ``leaves`` leaves with ``objective``'s settings:
    deterministic (one thread, fixed seeds), as every model here is trained."""
    return {
        **objective,
        "learning_rate": learning_rate,
        "num_leaves": leaves,
        "min_data_in_leaf": 20,
        "feature_fraction": 0.8,
        "bagging_fraction": 0.8,
        "bagging_freq": 1,
        "seed": SEED.get(),
        "deterministic": True,
        "force_row_wise": True,
        "num_threads": 1,
        "verbose": -1,
    }


def train(examples: list[Example], leaves: int, trees: int) -> list[dict[str, Any]]:
    """The trees learned from the pages whose headline is one of their lines, in the
    form roles.json keeps them."""
    import lightgbm
    import numpy

    usable = [item for item in examples if item.title is not None and item.title in item.texts]
    features = numpy.array([row for item in usable for row in item.rows], dtype=numpy.float64)
    relevant = numpy.array([text == item.title for item in usable for text in item.texts], dtype=numpy.float64)
    data = lightgbm.Dataset(
        features,
        relevant,
        group=[len(item.rows) for item in usable],
        feature_name=list(roles.FEATURES),
        categorical_feature=list(roles.CATEGORICAL),
    )
    parameters = lightgbm_parameters(leaves, LEARNING_RATE, objective="lambdarank", lambdarank_truncation_level=3)
    booster = lightgbm.train(parameters, data, num_boost_round=trees)
    return [_node(tree["tree_structure"]) for tree in booster.dump_model()["tree_info"]]


def _node(node: dict[str, Any]) -> dict[str, Any]:
    """A LightGBM tree node as roles.json keeps it: {"value"} for a leaf; else the
    feature's index, "at" (go to "yes" when the value is at most it) or "in" (when it is
    one of these codes)."""
    if "leaf_value" in node:
        return {"value": node["leaf_value"]}
    out: dict[str, Any] = {"feature": node["split_feature"]}
    if node["decision_type"] == "==":
        out["in"] = sorted(int(code) for code in str(node["threshold"]).split("||"))
    else:
        out["at"] = node["threshold"]
    out["yes"], out["no"] = _node(node["left_child"]), _node(node["right_child"])
    return out


def export(trees: list[dict[str, Any]], threshold: float, agreement: float) -> dict[str, Any]:
    return {
        "role": "headline",
        "features": list(roles.FEATURES),
        "kinds": roles.kind_names(),
        "trees": trees,
        "threshold": threshold,
        "agreement_threshold": agreement,
    }


#: (probability, right, whether the rules pick the same line) on one page.
Scored = tuple[float, bool, bool]


def predictions(model: roles.Model, examples: list[Example]) -> list[Scored]:
    """The model's headline line on each page with a labelled title."""
    out: list[Scored] = []
    for item in examples:
        if not item.labelled:
            continue
        probabilities = model.probabilities(item.rows)
        if not probabilities:
            out.append((0.0, False, False))
            continue
        best, probability = roles.likeliest(item.lines, probabilities) or (0, 0.0)
        out.append((probability, item.texts[best] == item.title, item.ruled == best))
    return out


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
    parser.add_argument("--leaves", type=int, help="leaves per tree (default: chosen by cross-validation)")
    parser.add_argument("--trees", type=int, default=100)
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
    if args.leaves is None or args.threshold is None:
        results = []
        for leaves, trees in GRID if args.leaves is None else ((args.leaves, args.trees),):
            scored: list[Scored] = []
            with_url: list[Scored] = []
            for fold in range(args.folds):
                model = roles.model_from_json(
                    export(train([e for e in every if fold_of(e.group, args.folds) != fold], leaves, trees), 0.0, 0.0)
                )
                held = [e for e in every if fold_of(e.group, args.folds) == fold]
                scored += predictions(model, [e for e in held if e.rendering == "text"])
                with_url += predictions(model, [e for e in held if e.rendering == "url"])
            threshold, agreement, utility, hit, wrong = best_threshold(scored)
            for at in (0.0, 0.3, 0.5, threshold):
                print(
                    f"    at {at:.2f}: hit {_rate(scored, at, True):.1%} wrong {_rate(scored, at, False):.1%}; "
                    f"with the address ({len(with_url)} pages) hit {_rate(with_url, at, True):.1%} "
                    f"wrong {_rate(with_url, at, False):.1%}"
                )
            results.append((utility, -leaves, trees, threshold, agreement))
            print(
                f"{leaves} leaves, {trees} trees: threshold {threshold:.2f} (agreeing {agreement:.2f}): "
                f"hit {hit:.1%} wrong {wrong:.1%} (cross-validated on {len(scored)} labelled pages)"
            )
        _, minus_leaves, trees, threshold, agreement = max(results)
        leaves = -minus_leaves
    else:
        leaves, trees, threshold = args.leaves, args.trees, args.threshold
        agreement = args.agreement if args.agreement is not None else threshold
    data = export(train(every, leaves, trees), threshold, agreement)
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(
        f"{leaves} leaves, {trees} trees, threshold={threshold} agreeing={agreement}: "
        f"{args.out.stat().st_size / 1024:.0f} KiB written to {args.out} in {time.monotonic() - started:.0f} s"
    )
    if args.out.resolve().parent == written_trees.TARGET.resolve().parent:  # the shipped model: its function too
        written_trees.write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
