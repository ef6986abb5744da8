"""The core compiled by mypyc, as the image ships it, for the benchmark and the tests.

``pyproject.toml`` declares the build hook (off by default: an editable install runs the
sources as they are edited). :func:`build` makes a wheel with it on, unpacks it under
``build/mypyc/<hash of the sources>`` (made once per version of the code), and
:func:`environment` gives the variables under which a Python process imports that
build's ``service`` package before the source tree's.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "mypyc"
#: What the compiled wheel is made of: a change to any of them makes a new build.
SOURCES = ("pyproject.toml", "service", "schemas")
#: What the build reads besides (the readme, the contract that service/openapi.yaml links to).
_ALSO = ("README.md", "openapi.yaml")


class Unavailable(Exception):
    """This machine cannot compile the core (no C compiler, or no Python headers)."""


def missing() -> str | None:
    """Why this machine cannot compile the core, or None if it can."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) on this machine"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.exists():
        return f"no Python headers ({headers}; Debian: apt-get install python3-dev)"
    return None


def fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in SOURCES:
        path = ROOT / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".so":
                digest.update(str(file.relative_to(ROOT)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def build() -> Path:
    """The folder holding the compiled build of the code as it stands (built if need be)."""
    reason = missing()
    if reason is not None:
        raise Unavailable(reason)
    target = CACHE / fingerprint()
    if (target / "service").is_dir():
        return target
    # With the hook's own packages installed (the test extra has them), build offline.
    isolated = not all(importlib.util.find_spec(name) for name in ("hatchling", "hatch_mypyc"))
    with tempfile.TemporaryDirectory() as folder:
        # Built from a copy: the hook compiles in place, and a compiled module left beside
        # its source would be imported instead of it from then on.
        tree = Path(folder) / "tree"
        for name in (*SOURCES, *_ALSO):
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(
                    source, tree / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.so")
                )
            else:
                tree.mkdir(exist_ok=True)
                shutil.copy2(source, tree / name)
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", folder, str(tree)]
        if not isolated:
            command.insert(4, "--no-build-isolation")
        env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the compiled build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        (wheel,) = Path(folder).glob("*.whl")
        CACHE.mkdir(parents=True, exist_ok=True)
        unpacked = Path(tempfile.mkdtemp(dir=CACHE))
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(unpacked)
    shutil.rmtree(target, ignore_errors=True)
    unpacked.rename(target)  # whole or not at all: a build cut short is never taken for one
    return target


def environment(folder: Path) -> dict[str, str]:
    """The environment of a process that imports the compiled build: its folder first on
    the path, then the source tree (for ``bench`` and ``tests``), and never the working
    folder first (``python -m`` would put the sources' ``service`` ahead of it)."""
    path = os.pathsep.join([str(folder), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    return {**os.environ, "PYTHONPATH": path, "PYTHONSAFEPATH": "1"}


def is_compiled() -> bool:
    """Whether this process runs the compiled core."""
    from service.normalise import layout

    return not str(layout.__file__).endswith(".py")
