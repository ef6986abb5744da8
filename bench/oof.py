"""Out-of-fold accuracy on the training pages: bench.accuracy's table, each page read with
a headline model and an author model that did not learn it.

    python -m bench.oof                                  # text as copied, 3 folds
    python -m bench.oof --rendering text rendered --output /tmp/oof.json
    python -m bench.oof --failures authors --wrong-only
    python -m bench.oof --seeds 3                        # the mean over 3 of LightGBM's seeds

``python -m bench.accuracy --split train`` reads the training pages with the shipped line-role
(roles.json) and author (authors.json) models, which learned them: its headline and authors
figures there are in-sample, and flatter. Here the training pages (bench.accuracy's split)
fall into ``--folds`` folds by a hash of their group, as the trainers' cross-validation
makes them (``train_roles.fold_of``). For each fold a role model and an author model are
trained on the other folds, with the trainers' own examples and code at the shipped
models' size (leaves per tree, trees) and thresholds, without a search; then each
training page is read by the whole pipeline with the models of its fold in place of the
shipped ones (``roles.substituted``, ``authors.substituted``), and scored as
bench.accuracy scores it. The date and furniture models stay the shipped ones: the date
and body figures are as in-sample as bench.accuracy's.

Training again on slightly other examples moves the figures by itself (LightGBM samples
rows and features): by a point or more of headlines on these pages. ``--seeds N`` trains
the fold models with N seeds and gives the mean figures and their spread, so that a change
to the features or examples is judged against that noise.

Deterministic, like the trainers: the folds come from hashes, LightGBM runs on one thread
with fixed seeds. A fold model is kept in ``--cache`` under the digest of what it was
trained on (the examples, the size, features and thresholds, the trainers' code, LightGBM's
version and seed): a run over the same examples reads it back rather than training it again, and
gets the same figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import accuracy, train_authors, train_roles, training
from bench.train_roles import SEED, fold_of
from service.normalise import authors, roles

#: Where fold models are kept by default (``--cache``).
CACHE = Path(tempfile.gettempdir()) / "newsnorm-oof"


@dataclass(frozen=True, slots=True)
class Learner:
    """A learned model as bench.oof retrains it: the trainer's examples and training, the
    shipped file whose size and thresholds it keeps, and how the reader is given it."""

    name: str
    shipped: Path
    examples: Callable[[accuracy.Page], list[Any]]
    train: Callable[[list[Any], int, int], list[dict[str, Any]]]
    #: The model file's content from its trees and the shipped file's content.
    export: Callable[[list[dict[str, Any]], dict[str, Any]], dict[str, Any]]
    #: The model a file's content makes, and a block within which the reader reads with it.
    load: Callable[[dict[str, Any]], Any]
    substituted: Callable[[Any], AbstractContextManager[None]]


LEARNERS = (
    Learner(
        "roles",
        roles.MODEL,
        train_roles.examples,
        train_roles.train,
        lambda trees, shipped: train_roles.export(trees, shipped["threshold"], shipped["agreement_threshold"]),
        roles.model_from_json,
        roles.substituted,
    ),
    Learner(
        "authors",
        authors.MODEL,
        train_authors.examples,
        train_authors.train,
        lambda trees, shipped: train_authors.export(trees, shipped["threshold"]),
        authors.model_from_json,
        authors.substituted,
    ),
)

#: The modules whose code makes the fold models, beside their examples.
TRAINERS = (training, train_roles, train_authors)


def _leaves(node: dict[str, Any]) -> int:
    return 1 if "value" in node else _leaves(node["yes"]) + _leaves(node["no"])


def size(data: dict[str, Any]) -> tuple[int, int]:
    """(leaves per tree, trees) of a model file's content: the most leaves any of its trees
    has (the size it was trained at: with hundreds of pages every tree reaches it)."""
    return max(map(_leaves, data["trees"])), len(data["trees"])


def _plain(value: Any) -> Any:
    """What JSON cannot write, as it writes it the same in every process: a dataclass as
    its fields, a set sorted (the C encoder writes the rest, rows of numbers, fast)."""
    if is_dataclass(value) and not isinstance(value, type):
        return [getattr(value, f.name) for f in fields(value)]
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not digested")


def digest(*parts: Any) -> str:
    """The SHA-256 of ``parts`` in a form every process writes the same."""
    found = hashlib.sha256()
    for part in parts:
        found.update(json.dumps(part, ensure_ascii=False, separators=(",", ":"), default=_plain).encode())
        found.update(b"\n")
    return found.hexdigest()


def shipped(learner: Learner) -> tuple[int, int, dict[str, Any]]:
    """(leaves per tree, trees, the file's content) of the shipped model: the fold models
    keep its size and its thresholds."""
    data: dict[str, Any] = json.loads(learner.shipped.read_text(encoding="utf-8"))
    return *size(data), data


def fold_model(
    learner: Learner, every: list[Any], folds: int, fold: int, cache: Path | None, named: list[str] | None = None
) -> dict[str, Any]:
    """The model file's content of ``learner`` trained on the examples outside ``fold``, at
    the shipped model's size and thresholds; read from ``cache`` when it holds it.
    ``named``: each example's digest, when the caller has them."""
    import lightgbm

    leaves, trees, data = shipped(learner)
    learned, _ = training.split(every, folds, fold)
    kept = None
    if cache is not None:
        # Named by all that makes it: the examples, the size, the features and thresholds,
        # the trainers' code (their LightGBM settings), LightGBM's version and seed.
        heading = learner.export([], data)  # the features and line kinds read, the thresholds
        code = [Path(module.__file__ or "").read_text(encoding="utf-8") for module in TRAINERS]
        names = named or [digest(item) for item in every]
        examples = [name for name, item in zip(names, every, strict=True) if fold_of(item.group, folds) != fold]
        key = digest(learner.name, leaves, trees, heading, lightgbm.__version__, code, examples, SEED.get())
        kept = cache / f"{learner.name}-{key[:24]}.json"
        if kept.exists():
            found: dict[str, Any] = json.loads(kept.read_text(encoding="utf-8"))
            return found
    model = learner.export(learner.train(learned, leaves, trees), data)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.part")
        partial.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        partial.replace(kept)  # whole or not at all, should two runs write it at once
    return model


def fold_models(
    pages: list[accuracy.Page], folds: int, cache: Path | None, seeds: Sequence[int] = (1,)
) -> list[list[dict[str, dict[str, Any]]]]:
    """Per seed of LightGBM's, per fold, each learner's model file's content, trained on the
    other folds' pages."""
    out: list[list[dict[str, dict[str, Any]]]] = [[{} for _ in range(folds)] for _ in seeds]
    for learner in LEARNERS:
        started = time.monotonic()
        every = [item for page in pages for item in learner.examples(page)]
        read = time.monotonic()
        named = [digest(item) for item in every] if cache is not None else None  # once, for every fold
        for models, seed in zip(out, seeds, strict=True):
            token = SEED.set(seed)
            try:
                for fold in range(folds):
                    models[fold][learner.name] = fold_model(learner, every, folds, fold, cache, named)
            finally:
                SEED.reset(token)
        print(
            f"{learner.name}: {len(every)} examples read in {read - started:.0f} s, "
            f"{folds * len(seeds)} fold models in {time.monotonic() - read:.0f} s",
            file=sys.stderr,
        )
    return out


def run(
    pages: list[accuracy.Page],
    renderings: list[str],
    folds: int,
    cache: Path | None,
    address: bool = False,
    seeds: Sequence[int] = (1,),
) -> dict[str, list[accuracy.Report]]:
    """The training pages among ``pages``, read out of fold in each rendering and scored:
    a report for each of LightGBM's ``seeds``."""
    trained = [page for page in pages if not page.held_out]
    out: dict[str, list[accuracy.Report]] = {kind: [] for kind in renderings}
    for seeded in fold_models(trained, folds, cache, seeds):
        # Each fold model is loaded (its trees compiled: roles.compile_trees) once, not once a page.
        models = [[(learner, learner.load(fold[learner.name])) for learner in LEARNERS] for fold in seeded]

        @contextmanager
        def within(page: accuracy.Page, models: list[list[tuple[Learner, Any]]] = models) -> Iterator[None]:
            with ExitStack() as stack:
                for learner, model in models[fold_of(page.group, folds)]:
                    stack.enter_context(learner.substituted(model))
                yield

        for kind in renderings:
            out[kind].append(accuracy.run(trained, kind, address, within))
    return out


def mean_table(tables: list[dict[str, dict[str, dict[str, float]]]]) -> dict[str, dict[str, dict[str, float]]]:
    """The tables' rates averaged, cell by cell; their counts of pages as they are (every
    table scores the same pages)."""
    return {
        group: {
            name: {
                key: value if key == "n" else sum(table[group][name][key] for table in tables) / len(tables)
                for key, value in cell.items()
            }
            for name, cell in row.items()
        }
        for group, row in tables[0].items()
    }


def spread(tables: list[dict[str, dict[str, dict[str, float]]]]) -> list[str]:
    """For the headline, authors and date over all pages, the least and the most of each
    rate over the seeds: how far training the role and author models again moves them (the
    date is read beside the headline), which a change must exceed to count."""
    lines = []
    for name in ("headline", "authors", "date"):
        cells = [table["all"][name] for table in tables if name in table.get("all", {})]
        if cells:
            hit, wrong = [100 * cell["hit"] for cell in cells], [100 * cell["wrong"] for cell in cells]
            lines.append(
                f"all    {name:9} hit {min(hit):.1f}-{max(hit):.1f}%  wrong {min(wrong):.1f}-{max(wrong):.1f}%"
                f"  over {len(cells)} seeds"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.oof", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="the corpus folder (default ../shared/corpus or $NEWSNORM_CORPUS)")
    parser.add_argument("--rendering", nargs="+", choices=accuracy.RENDERINGS, default=["text"], help="one or more")
    parser.add_argument("--address", action="store_true", help="send each page's address with its text")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument(
        "--seeds",
        type=int,
        default=1,
        help="train the fold models with this many of LightGBM's seeds (1, 2, ...) and give the mean figures "
        "and their spread (default 1: the shipped models' seed)",
    )
    parser.add_argument("--cache", type=Path, default=CACHE, help=f"folder of the fold models (default {CACHE})")
    parser.add_argument("--no-cache", action="store_true", help="train every fold model, keep none")
    parser.add_argument("--failures", choices=accuracy.FIELDS, help="print the pages this field gets wrong")
    parser.add_argument("--limit", type=int, default=20, help="failures to print")
    parser.add_argument("--wrong-only", action="store_true", help="of the failures, print only wrong answers")
    parser.add_argument("--output", type=Path, help="result file (default bench/results/oof-<time>.json)")
    args = parser.parse_args(argv)
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    if args.seeds < 1:
        parser.error("--seeds must be at least 1")
    try:
        import lightgbm  # noqa: F401
    except ImportError:
        print("training needs LightGBM: pip install -e '.[train]'", file=sys.stderr)
        return 2
    folder = accuracy.corpus_path(args.corpus)
    pages = accuracy.load_pages(folder)
    if not pages:
        print(f"no corpus at {folder}: give --corpus or NEWSNORM_CORPUS", file=sys.stderr)
        return 2
    started = time.monotonic()
    seeds = range(1, args.seeds + 1)
    reports = run(pages, args.rendering, args.folds, None if args.no_cache else args.cache, args.address, seeds)
    result: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "split": "train",
        "folds": args.folds,
        "seeds": args.seeds,
        "address": args.address,
        "models": {learner.name: _settings(learner) for learner in LEARNERS},
        "renderings": {},
    }
    for kind, seeded in reports.items():
        report, tables = seeded[0], [each.table() for each in seeded]
        print(
            f"\n{report.pages} training pages (rendering {kind}{', with their addresses' if args.address else ''}) "
            f"read out of fold ({args.folds} folds{f', the mean of {len(seeded)} seeds' if len(seeded) > 1 else ''}) "
            f"in {sum(each.seconds for each in seeded):.1f} s\n"
        )
        accuracy.print_table(mean_table(tables))
        if len(seeded) > 1:
            print("\n".join(["", *spread(tables)]))
        if args.failures:  # the first seed's: the shipped models'
            accuracy.print_failures(report, args.failures, args.limit, args.wrong_only)
        result["renderings"][kind] = {"pages": report.pages, "table": mean_table(tables)}
        if len(seeded) > 1:
            result["renderings"][kind]["seeds"] = tables
    print(f"\n{time.monotonic() - started:.0f} s in all")
    output = args.output or accuracy.RESULTS / f"oof-{result['when'].replace(':', '')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


def _settings(learner: Learner) -> dict[str, Any]:
    """The size and thresholds the fold models keep from the shipped model."""
    leaves, trees, data = shipped(learner)
    return {"leaves": leaves, "trees": trees} | {k: v for k, v in data.items() if k.endswith("threshold")}


if __name__ == "__main__":
    sys.exit(main())
