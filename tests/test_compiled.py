"""The core compiled by mypyc (the build the image ships, bench/compiled.py) gives the
same answers as the sources: every golden page, text and HTML, and with the corpus a
sample of its pages in both forms, compared member for member.

Skips, saying why, on a machine that cannot compile (no C compiler or Python headers);
where it can, a build that fails is a failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench import accuracy, compiled
from schemas import ArticleSchema
from service.normalise import Options, normalise_article, normalise_html

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
#: Every how-many-th corpus page is compared (all of them would take minutes).
CORPUS_STRIDE = 15

# Run under the compiled build: the same answers() as here, of the same inputs.
_RUNNER = """
import json, sys
from bench import compiled
from tests.test_compiled import answers
assert compiled.is_compiled(), "the compiled build did not load"
inputs = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump(answers(inputs), open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def _inputs() -> list[tuple[str, str, str | None]]:
    found: list[tuple[str, str, str | None]] = []
    for path in sorted(GOLDEN.glob("*/*.txt")):
        found.append(("text", path.read_text(encoding="utf-8"), None))
    for path in sorted(GOLDEN.glob("*/*.html")):
        found.append(("html", path.read_text(encoding="utf-8"), None))
    folder = accuracy.corpus_path()
    if folder.is_dir():
        for page in accuracy.load_pages(folder)[::CORPUS_STRIDE]:
            found.append(("text", page.text, page.url or None))
            if page.html:
                found.append(("html", page.html, page.url or None))
    return found


def answers(inputs: list[tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    # Relative times ("3 hours ago") are pinned to one day, the same on both sides.
    dump, options = ArticleSchema().dump, Options(provenance=True, reference_date=date(2026, 1, 15))
    return [
        dump((normalise_html if kind == "html" else normalise_article)(content, options, address=url))
        for kind, content, url in inputs
    ]


def test_the_compiled_core_answers_as_the_sources_do(tmp_path: Path) -> None:
    reason = compiled.missing()
    if reason is not None:
        print(f"\ncompiled core not tested: {reason}")
        pytest.skip(reason)
    assert not compiled.is_compiled(), "this process should run the sources"
    folder = compiled.build()
    inputs = _inputs()
    given, answered = tmp_path / "inputs.json", tmp_path / "answers.json"
    given.write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-c", _RUNNER, str(given), str(answered)],
        env=compiled.environment(folder),
        cwd=tmp_path,
        check=True,
        timeout=600,
    )
    theirs = json.loads(answered.read_text(encoding="utf-8"))
    ours = answers(inputs)
    assert len(theirs) == len(ours) == len(inputs)
    differing = [index for index, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    assert not differing, f"{len(differing)} of {len(inputs)} answers differ, first: {inputs[differing[0]][1][:200]!r}"
