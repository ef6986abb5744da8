"""Per-field accuracy over a set of golden cases.

    python -m tests.report [FOLDER ...]      (default: tests/golden)

A case is <name>.txt with its expected Article in <name>.json (or <name>.expected.json),
or a page's HTML, <name>.html, with its expected Article in <name>.html.json; optional
request options are in <name>.options.json. For each Article member the report
prints how many cases get it exactly right; then the cases with their wrong members.
Exit status 1 if any case is wrong.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from schemas import ArticleSchema, NormaliseRequestSchema, parse_zone, to_options
from service.normalise import normalise_article, normalise_html
from service.normalise.settings import DEFAULT_TIMEZONE

GOLDEN = Path(__file__).resolve().parent / "golden"


def cases(folder: Path) -> list[tuple[Path, Path]]:
    found = []
    # The golden set is <outlet>/<case>.txt; any other folder is searched through.
    for text in sorted(folder.glob("*/*.txt") if folder == GOLDEN else folder.rglob("*.txt")):
        for name in (text.with_suffix(".json"), text.with_name(text.stem + ".expected.json")):
            if name.exists():
                found.append((text, name))
                break
    for page in sorted(folder.glob("*/*.html") if folder == GOLDEN else folder.rglob("*.html")):
        expected = page.with_name(page.name + ".json")
        if expected.exists():
            found.append((page, expected))
    return found


def normalise_case(text_path: Path, text: str | None = None) -> dict[str, Any]:
    """The Article a case's page gives with the case's options; ``text`` replaces the page."""
    options_path = text_path.with_name(text_path.stem + ".options.json")
    options = json.loads(options_path.read_text(encoding="utf-8")) if options_path.exists() else {}
    page = text_path.read_text(encoding="utf-8") if text is None else text
    kind = "html" if text_path.suffix == ".html" else "text"
    loaded = NormaliseRequestSchema().load({kind: page, "options": options})
    options = to_options(loaded.get("options"), default_timezone=parse_zone(DEFAULT_TIMEZONE))
    article = normalise_html(page, options) if kind == "html" else normalise_article(loaded["text"], options)
    return dict(ArticleSchema().dump(article))


def score(folders: list[Path]) -> tuple[int, Counter[str], list[tuple[Path, list[str]]]]:
    """How many cases, how many get each member right, and each case's wrong members."""
    right: Counter[str] = Counter()
    total = 0
    failures: list[tuple[Path, list[str]]] = []
    for folder in folders:
        for text_path, expected_path in cases(folder):
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            got = normalise_case(text_path)
            total += 1
            wrong = [member for member in expected if got.get(member) != expected[member]]
            right.update(member for member in expected if member not in wrong)
            if wrong:
                failures.append((text_path, wrong))
    return total, right, failures


def main(argv: list[str]) -> int:
    total, right, failures = score([Path(a) for a in argv] or [GOLDEN])
    if not total:
        print("no golden cases found")
        return 1
    members = list(ArticleSchema().fields)[:-1]
    print(f"{total} cases, {total - len(failures)} exactly right\n")
    for member in members:
        print(f"  {member:<14} {right[member]:>4}/{total}  {100 * right[member] / total:5.1f}%")
    if failures:
        print("\nwrong members:")
        for path, wrong in failures:
            print(f"  {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: {', '.join(wrong)}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
