"""Out-of-fold accuracy (bench/oof.py): the reader's models substituted within a block
only, fold models reproducible and cached by what they learned, and a tiny run on a few
training pages of ../shared/corpus. The run skips, saying why, without the corpus or
without LightGBM (pip install -e '.[train]').
"""

from __future__ import annotations

import json
import lzma
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bench import accuracy, oof, train_roles, training
from service.normalise import authors, normalise_article, roles

ROOT = Path(__file__).resolve().parent.parent

#: Training pages in the tiny run: enough for every fold to learn from two others.
PAGES = 30


def test_a_substituted_model_is_read_within_its_block_only() -> None:
    shipped = roles.model()
    other = roles.Model(score=lambda row: 0.0, threshold=1.0, agreement_threshold=1.0, trees=0)
    with roles.substituted(other):
        assert roles.model() is other
        seen: list[roles.Model] = []
        thread = threading.Thread(target=lambda: seen.append(roles.model()))
        thread.start()
        thread.join()
        assert seen == [shipped]  # another thread (another request) reads the shipped model
    assert roles.model() is shipped


def test_a_substituted_author_model_answers_for_the_shipped_one() -> None:
    text = (
        "Harbour ferries return to the winter timetable\n\n"
        "By Marta Lindqvist\n\n"
        "The harbour authority said on Monday that the ferries would keep the winter timetable until March.\n\n"
        "Passengers at the eastern pier said the change had been expected for several weeks.\n"
    )
    scored: list[list[float]] = []
    doubtful = authors.Model(head=lambda row: scored.append(row) or -9.0, tail=lambda row: 0.0, threshold=1.0, trees=0)
    with authors.substituted(doubtful):
        assert authors.model() is doubtful
        normalise_article(text)
    assert scored  # the pipeline scored the page's candidates with the substitute
    assert authors.model() is not doubtful
    scored.clear()
    normalise_article(text)
    assert not scored  # and outside the block, with the shipped model again


def test_a_models_size_is_read_from_its_trees() -> None:
    leaf = {"value": 0.5}
    tree = {"feature": 0, "at": 1.0, "yes": leaf, "no": {"feature": 1, "at": 2.0, "yes": leaf, "no": leaf}}
    assert oof.size({"trees": [tree, leaf, tree]}) == (3, 3)


def test_the_folds_part_the_groups() -> None:
    class Item:
        def __init__(self, group: str) -> None:
            self.group = group

    every = [Item(f"page-{n % 40}") for n in range(120)]
    for fold in range(3):
        learned, tested = training.split(every, 3, fold)
        assert len(learned) + len(tested) == len(every)
        assert not {item.group for item in learned} & {item.group for item in tested}
        assert all(train_roles.fold_of(item.group, 3) == fold for item in tested)


def test_the_digest_is_the_same_in_every_process() -> None:
    # Sets of names are sorted before they are written: a string's hash varies by process.
    script = (
        "from bench import oof, train_authors as t; "
        "print(oof.digest([t.Example('g', 'text', [[1.0]], [frozenset({'ana ruiz', 'li wei', 'tom berg'})], "
        "frozenset({'li wei', 'ana ruiz'}), frozenset(), True)]))"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of a few of ../shared/corpus's pages: PAGES training pages and a few held out."""
    pytest.importorskip("lightgbm", reason="training needs LightGBM: pip install -e '.[train]'")
    folder = accuracy.corpus_path()
    if not any((folder / name).exists() for name in accuracy.FILES):
        reason = f"the corpus is not at {folder} (set NEWSNORM_CORPUS)"
        print(f"\nout-of-fold test skipped: {reason}")
        pytest.skip(reason)
    pages = accuracy.load_pages(folder)
    chosen = [page for page in pages if not page.held_out][:PAGES] + [page for page in pages if page.held_out][:5]
    tiny = tmp_path_factory.mktemp("corpus")
    for name in accuracy.FILES:
        with lzma.open(tiny / name, "wt", encoding="utf-8") as handle:
            for page in chosen:
                if page.origin == name.split(".")[0]:
                    record = {"id": page.id, "url": page.url, "labels": page.labels, "text": page.text}
                    handle.write(json.dumps(record | {"html": page.html}, ensure_ascii=False) + "\n")
    return tiny


def test_fold_models_are_reproducible_and_cached_by_what_they_learned(tiny_corpus: Path, tmp_path: Path) -> None:
    trained = [page for page in accuracy.load_pages(tiny_corpus) if not page.held_out]
    [first] = oof.fold_models(trained, 3, tmp_path)
    kept = sorted(tmp_path.iterdir())
    assert sorted(path.name.split("-")[0] for path in kept) == ["authors"] * 3 + ["roles"] * 3
    assert oof.fold_models(trained, 3, tmp_path) == [first]  # read back
    assert sorted(tmp_path.iterdir()) == kept
    assert oof.fold_models(trained, 3, None) == [first]  # trained again: the same
    assert oof.fold_models(trained[:-4], 3, tmp_path) != [first]  # other examples: other models, kept apart
    assert 6 < len(list(tmp_path.iterdir())) <= 12  # (a fold that learned none of the pages left keeps its models)
    for fold in first:
        for learner in oof.LEARNERS:
            _, trees, shipped = oof.shipped(learner)
            assert len(fold[learner.name]["trees"]) == trees
            assert fold[learner.name]["threshold"] == shipped["threshold"]


def test_each_seed_trains_its_own_fold_models_and_the_first_is_the_shipped_models_seed(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    trained = [page for page in accuracy.load_pages(tiny_corpus) if not page.held_out]
    assert train_roles.lightgbm_parameters(7, 0.1)["seed"] == 1  # every shipped model's seed
    one, two = oof.fold_models(trained, 3, tmp_path, seeds=(1, 2))
    assert one == oof.fold_models(trained, 3, None)[0]  # seed 1, as every model is trained
    for learner in ("roles", "authors"):
        assert [fold[learner]["trees"] for fold in one] != [fold[learner]["trees"] for fold in two]
    assert len(list(tmp_path.iterdir())) == 12  # kept apart by their seed
    assert oof.fold_models(trained, 3, tmp_path, seeds=(2,)) == [two]  # seed 2's, read back
    assert len(list(tmp_path.iterdir())) == 12


def test_the_mean_of_the_seeds_tables_is_taken_cell_by_cell() -> None:
    tables = [
        {"all": {"headline": {"n": 10, "hit": 0.5, "cover": 0.8, "wrong": 0.3}}},
        {"all": {"headline": {"n": 10, "hit": 0.7, "cover": 0.8, "wrong": 0.1}}},
    ]
    mean = oof.mean_table(tables)["all"]["headline"]
    assert mean == pytest.approx({"n": 10, "hit": 0.6, "cover": 0.8, "wrong": 0.2})
    assert isinstance(mean["n"], int) and oof.mean_table(tables[:1]) == tables[0]  # one seed: its own table
    assert oof.spread(tables) == ["all    headline  hit 50.0-70.0%  wrong 10.0-30.0%  over 2 seeds"]


def test_the_command_reads_the_training_pages_out_of_fold(tiny_corpus: Path, tmp_path: Path) -> None:
    outputs = [tmp_path / "first.json", tmp_path / "second.json"]
    for output, renderings in zip(outputs, (["text", "oneline"], ["text"]), strict=True):
        argv = ["--corpus", str(tiny_corpus), "--cache", str(tmp_path / "cache"), "--output", str(output)]
        assert oof.main([*argv, "--rendering", *renderings]) == 0
    first, second = (json.loads(output.read_text(encoding="utf-8")) for output in outputs)
    assert first["renderings"]["text"] == second["renderings"]["text"]  # the models read back: the same figures
    assert set(first["renderings"]) == {"text", "oneline"}
    trained = [page for page in accuracy.load_pages(tiny_corpus) if not page.held_out]
    assert first["renderings"]["text"]["pages"] == len(trained) < PAGES + 5  # the held-out pages are not read
    assert {"headline", "authors"} <= set(first["renderings"]["text"]["table"]["all"])
    assert first["models"]["roles"]["threshold"] == roles.model().threshold
    seeded = tmp_path / "seeded.json"
    argv = ["--corpus", str(tiny_corpus), "--cache", str(tmp_path / "cache"), "--output", str(seeded), "--seeds", "2"]
    assert oof.main(argv) == 0
    two = json.loads(seeded.read_text(encoding="utf-8"))
    assert two["seeds"] == 2 and len(two["renderings"]["text"]["seeds"]) == 2
    assert two["renderings"]["text"]["seeds"][0] == second["renderings"]["text"]["table"]  # seed 1's: as before
    assert two["renderings"]["text"]["table"] == oof.mean_table(two["renderings"]["text"]["seeds"])
    assert (
        roles.model() is roles.model.shipped() and authors.model() is authors.model.shipped()
    )  # the shipped ones again


def test_the_date_and_furniture_trainers_read_the_pages_as_the_reader_stands(tiny_corpus: Path) -> None:
    # The trainers stop the reader where their model judges (a subclass of its reading):
    # a change to the reader's own steps must reach them, or training fails.
    from bench import train_dates, train_furniture

    trained = [page for page in accuracy.load_pages(tiny_corpus) if not page.held_out]
    dated = [example for page in trained for example in train_dates.examples(page)]
    assert any(example.judged and example.rows for example in dated)
    assert all(len(example.rows) == len(example.days) for example in dated)
    kept = [example for page in trained for example in train_furniture.examples(page)]
    assert kept
