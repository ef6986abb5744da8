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
from typing import Any, TypeVar

from bench import accuracy
from bench.train_roles import fold_of

Example = TypeVar("Example")
Scored = TypeVar("Scored")


def arguments(doc: str | None, model: Path, trees: int, setting: str) -> argparse.ArgumentParser:
    """The trainer's command line; ``setting`` names the value cross-validation chooses
    beside the trees' size ("threshold")."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of the corpus (default ../shared/corpus)")
    parser.add_argument("--out", type=Path, default=model, help="where to write the model")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--leaves", type=int, help="leaves per tree (default: chosen by cross-validation)")
    parser.add_argument("--trees", type=int, default=trees, help=f"trees, with --leaves and --{setting}")
    parser.add_argument(f"--{setting}", type=float, help="with --leaves: skip the search")
    return parser


def training_pages(corpus: Path | None) -> list[accuracy.Page] | None:
    """The corpus's pages outside the held-out split, as text; None (said on stderr)
    when there is no corpus."""
    folder = corpus or accuracy.corpus_path()
    if not folder.exists():
        print(f"no corpus at {folder}", file=sys.stderr)
        return None
    return [page for page in accuracy.load_pages(folder, html=False) if not page.held_out]


def search(
    every: Sequence[Example],
    group: Callable[[Example], str],
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
            training = [e for e in every if fold_of(group(e), folds) != fold]
            tested = [e for e in every if fold_of(group(e), folds) == fold]
            scored += scores(training, tested, leaves, trees)
        setting, utility, summary = choose(scored)
        results.append((utility, -leaves, trees, setting))
        print(f"{leaves} leaves, {trees} trees: {summary} (cross-validated on {len(scored)} pages)")
    _, minus_leaves, trees, setting = max(results)
    return -minus_leaves, trees, setting


def write(out: Path, data: dict[str, Any], seconds: float, what: str) -> None:
    """Write the model as the service reads it (compact JSON, one line) and say so."""
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{what}: {out.stat().st_size / 1024:.0f} KiB written to {out} in {seconds:.0f} s")
