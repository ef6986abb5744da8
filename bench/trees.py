"""Write the shipped models' trees out as Python (service/normalise/trees.py).

    python -m bench.trees            # after a model file changed (the trainers run it)
    python -m bench.trees --check    # exit 1 if the written module is not current

The reader scores lines and candidates with the learned models' trees, as one function
of nested comparisons per model (``roles.function_source``). Written into a module of
the package, those functions are compiled by mypyc with the rest of the core: C
comparisons of doubles instead of bytecode, several times faster per row. The module
names each function by the digest of the trees it was written from, so a model file
changed and not written out again is never scored by stale code: ``roles.compile_trees``
then compiles its trees at load time, as before. tests/test_roles.py checks that the
module is current.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from service.normalise import authors, dates, furniture, roles

TARGET = Path(roles.__file__).with_name("trees.py")

_HEADER = '''"""The learned models' trees as functions: written by ``python -m bench.trees`` from the
model files (roles.json, dates.json, furniture.json, authors.json); do not edit.

``roles.compile_trees`` finds a model's function here by its trees' digest, so that mypyc
compiles the trees with the rest of the core.
"""

from collections.abc import Callable

'''


def _models() -> list[tuple[str, list[dict[str, Any]]]]:
    """Each function's name and trees: one per model, and the author model's two parts
    (its first trees score every candidate, the rest only the best: authors.Model)."""

    def trees(path: Path) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["trees"]
        return found

    author_trees = trees(authors.MODEL)
    return [
        ("roles", trees(roles.MODEL)),
        ("dates", trees(dates.MODEL)),
        ("furniture", trees(furniture.MODEL)),
        ("authors_head", author_trees[: authors.HEAD_TREES]),
        ("authors_tail", author_trees[authors.HEAD_TREES :]),
    ]


def source() -> str:
    """The module as the model files make it now."""
    models = _models()
    parts = [_HEADER]
    for name, trees in models:
        parts.append("\n" + "\n".join(roles.function_source(name, trees)) + "\n\n")
    parts.append("\n#: Each function by the digest of the trees it adds up (roles.digest).\n")
    parts.append("BY_DIGEST: dict[str, Callable[[list[float]], float]] = {\n")
    parts.extend(f'    "{roles.digest(trees)}": {name},\n' for name, trees in models)
    parts.append("}\n")
    return "".join(parts)


def write() -> None:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"trees: {TARGET.stat().st_size / 1024:.0f} KiB written to {TARGET}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.trees", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the written module is not current")
    args = parser.parse_args(argv)
    if args.check:
        current = TARGET.exists() and TARGET.read_text(encoding="utf-8") == source()
        print(f"trees: {TARGET} is {'current' if current else 'NOT current: run python -m bench.trees'}")
        return 0 if current else 1
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
