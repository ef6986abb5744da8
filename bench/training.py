"""What the candidate trainers (bench.train_authors, bench.train_dates,
bench.train_furniture) share: the command's arguments, the training pages, the
cross-validated choice of the trees' size and of the setting the reader applies (a
threshold), and writing the model file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bench import accuracy
from bench import trees as written_trees
from bench.train_roles import TIE, WRONG_COST, _node, fold_of, lightgbm_parameters
from service.normalise import roles


class _Grouped(Protocol):
    #: The page's group (its copies in the corpus share it): the folds go by it.
    group: str


Example = TypeVar("Example", bound=_Grouped)
Scored = TypeVar("Scored")


#: Per page, for a model whose likeliest candidate the reader takes at a threshold: its
#: probability, whether it is right, whether the answer given when it is not taken is
#: right (None: there is none), and whether the rules read the same (then it is taken).
Judged = tuple[float, bool, bool | None, bool]


def arguments(doc: str | None, model: Path, trees: int) -> argparse.ArgumentParser:
    """The trainer's command line."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of the corpus (default ../shared/corpus)")
    parser.add_argument("--out", type=Path, default=model, help="where to write the model")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--leaves", type=int, help="leaves per tree (default: chosen by cross-validation)")
    parser.add_argument("--trees", type=int, default=trees, help="trees, with --leaves and --threshold")
    parser.add_argument("--threshold", type=float, help="with --leaves: skip the search")
    return parser


def training_pages(corpus: Path | None, *, html: bool = False) -> list[accuracy.Page] | None:
    """The corpus's pages outside the held-out split, as text (with their HTML if
    ``html``); None (said on stderr) when there is no corpus."""
    folder = corpus or accuracy.corpus_path()
    if not folder.exists():
        print(f"no corpus at {folder}", file=sys.stderr)
        return None
    return [page for page in accuracy.load_pages(folder, html=html) if not page.held_out]


def chosen(
    args: argparse.Namespace,
    every: Sequence[Example],
    grid: Sequence[tuple[int, int]],
    scores: Callable[[list[Example], list[Example], int, int], list[Scored]],
    choose: Callable[[list[Scored]], tuple[float, float, str]],
) -> tuple[int, int, float]:
    """(leaves, trees, threshold): as the command line gives all three, else by ``search``
    over ``grid`` (or over the trees' size the command line gives)."""
    if args.leaves is not None and args.threshold is not None:
        return args.leaves, args.trees, args.threshold
    sizes = grid if args.leaves is None else ((args.leaves, args.trees),)
    return search(every, sizes, args.folds, scores, choose)


def judged_outcome(scored: Sequence[Judged], threshold: float) -> tuple[float, float]:
    """(hit, wrong) shares when the likeliest candidate is taken at ``threshold`` or when
    the rules read the same, and the other answer stands otherwise."""
    hit = wrong = 0
    for probability, right, other, agrees in scored:
        if agrees or probability >= threshold:
            hit += right
            wrong += not right
        elif other is not None:
            hit += other
            wrong += not other
    n = len(scored) or 1
    return hit / n, wrong / n


def best_threshold(scored: Sequence[Judged], thresholds: Sequence[float]) -> tuple[float, float, float, float]:
    """(threshold, utility, hit, wrong) maximising hit less WRONG_COST times wrong; of
    thresholds within TIE of the best, the one with the fewest wrong answers."""
    settings = []
    for threshold in thresholds:
        hit, wrong = judged_outcome(scored, threshold)
        settings.append((threshold, hit - WRONG_COST * wrong, hit, wrong))
    best = max(utility for _, utility, _, _ in settings)
    return min((s for s in settings if s[1] >= best - TIE), key=lambda s: (s[3], -s[1]))


def search(
    every: Sequence[Example],
    grid: Sequence[tuple[int, int]],
    folds: int,
    scores: Callable[[list[Example], list[Example], int, int], list[Scored]],
    choose: Callable[[list[Scored]], tuple[float, float, str]],
) -> tuple[int, int, float]:
    """(leaves, trees, setting) of the best cross-validated utility. For each size in
    ``grid`` and each fold, ``scores(training, tested, leaves, trees)`` scores the tested
    fold by trees learned from the others (folds by the pages' groups); ``choose`` gives
    the setting, its utility and what to print for all the folds' scores. Of equal
    utilities, the smaller trees."""
    results = []
    for leaves, trees in grid:
        scored: list[Scored] = []
        for fold in range(folds):
            scored += scores(*split(every, folds, fold), leaves, trees)
        setting, utility, summary = choose(scored)
        results.append((utility, -leaves, trees, setting))
        print(f"{leaves} leaves, {trees} trees: {summary} (cross-validated on {len(scored)} pages)")
    _, minus_leaves, trees, setting = max(results)
    return -minus_leaves, trees, setting


def split(every: Sequence[Example], folds: int, fold: int) -> tuple[list[Example], list[Example]]:
    """(training, tested): the examples of the other folds and those of ``fold``, by their
    pages' groups (a page's renderings and copies fall in one fold)."""
    training = [e for e in every if fold_of(e.group, folds) != fold]
    tested = [e for e in every if fold_of(e.group, folds) == fold]
    return training, tested


#: The candidate models' learning rate (the role model's too).
LEARNING_RATE = 0.1


def binary_trees(
    rows: Sequence[Sequence[float]],
    labels: Sequence[float],
    features: Sequence[str],
    categorical: Sequence[str],
    leaves: int,
    trees: int,
) -> list[dict[str, Any]]:
    """LightGBM's binary trees learned from ``rows`` and their 1/0 ``labels``, in the
    models' JSON form (see train_roles._node)."""
    import lightgbm
    import numpy

    data = lightgbm.Dataset(
        numpy.array(rows, dtype=numpy.float64),
        numpy.array(labels, dtype=numpy.float64),
        feature_name=list(features),
        categorical_feature=list(categorical),
    )
    booster = lightgbm.train(lightgbm_parameters(leaves, LEARNING_RATE, objective="binary"), data, trees)
    return [_node(tree["tree_structure"]) for tree in booster.dump_model()["tree_info"]]


def exported(role: str, features: Sequence[str], trees: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """A model file's content: what it judges, the features and line kinds it reads, its
    trees and its threshold."""
    return {
        "role": role,
        "features": list(features),
        "kinds": roles.kind_names(),
        "trees": trees,
        "threshold": threshold,
    }


def write(out: Path, data: dict[str, Any], seconds: float, what: str) -> None:
    """Write the model as the service reads it (compact JSON, one line) and say so."""
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{what}: {out.stat().st_size / 1024:.0f} KiB written to {out} in {seconds:.0f} s")
    if out.resolve().parent == written_trees.TARGET.resolve().parent:  # a shipped model: its function too
        written_trees.write()
