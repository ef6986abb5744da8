"""The image, built and run for real with podman: it answers the reference article,
gives problem+json errors, runs as non-root, and stops cleanly on SIGTERM.

Builds on localhost/newsnorm-base:bookworm (scripts/container-base) when that image
exists, else on the Dockerfile's default base, pulled if need be. Skips, saying why,
where podman cannot run at all, or where neither base can be had (no local base and no
registry). Removes the container and image it made.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .contract import ROOT, check_response

LOCAL_BASE = os.environ.get("NEWSNORM_BASE_IMAGE", "localhost/newsnorm-base:bookworm")
CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
RUN_FLAGS = ["--runtime", "runc", "--network", "host", "--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096"]

pytestmark = pytest.mark.container


def _podman(*args: str, timeout: float = 60, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["podman", *args], capture_output=True, text=True, timeout=timeout, check=check)


def _podman_unusable() -> str | None:
    if shutil.which("podman") is None:
        return "podman is not installed (Debian: apt-get install podman runc)"
    probe = _podman("info", check=False)
    return f"podman cannot run here: {probe.stderr.strip()[:300]}" if probe.returncode else None


def _default_base_unavailable() -> str | None:
    """Why the Dockerfile's own base image cannot be had (absent, and no registry to pull
    it from), or None."""
    found = re.search(r"^ARG BASE_IMAGE=(\S+)", (ROOT / "Dockerfile").read_text(encoding="utf-8"), re.MULTILINE)
    base = found[1] if found else "python:3.12-slim"
    if _podman("image", "exists", base, check=False).returncode == 0:
        return None
    try:
        pulled = _podman("pull", "-q", base, timeout=180, check=False)
    except subprocess.TimeoutExpired:
        return f"{LOCAL_BASE} is absent and pulling {base} timed out: run ./scripts/container-base"
    if pulled.returncode != 0:
        why = (pulled.stderr.strip().splitlines() or [""])[-1][:200]
        return f"{LOCAL_BASE} is absent and {base} cannot be pulled ({why}): run ./scripts/container-base"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _request(url: str, body: bytes | None = None, content_type: str = "application/json") -> tuple[int, Any, Any]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type} if body else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


#: Each image's build output, by tag.
_BUILD_LOGS: dict[str, str] = {}
#: The line the Dockerfile prints when its build stage can install no C compiler (the
#: build's log also echoes the command that would print it, on a line of its own).
_NO_COMPILER = re.compile(r"^build: no C compiler to be had", re.MULTILINE)


@pytest.fixture(scope="module")
def image() -> Iterator[str]:
    reason = _podman_unusable()
    if reason:
        print(f"\ncontainer tests skipped: {reason}")
        pytest.skip(reason)
    tag = f"localhost/newsnorm-test:{uuid.uuid4().hex[:12]}"
    command = ["build", "--isolation", "chroot", "-t", tag]
    if _podman("image", "exists", LOCAL_BASE, check=False).returncode == 0:
        command += ["--build-arg", f"BASE_IMAGE={LOCAL_BASE}"]
    else:
        reason = _default_base_unavailable()
        if reason:
            print(f"\ncontainer tests skipped: {reason}")
            pytest.skip(reason)
    if CA_BUNDLE.exists():  # pip in the build may sit behind a TLS-inspecting proxy
        command += ["-v", f"{CA_BUNDLE}:{CA_BUNDLE}:ro"]
    built = _podman(*command, str(ROOT), timeout=900, check=False)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    _BUILD_LOGS[tag] = built.stdout + built.stderr
    try:
        yield tag
    finally:
        _podman("rmi", "-f", tag, check=False)


@pytest.fixture(scope="module")
def container(image: str) -> Iterator[dict[str, Any]]:
    name, port = f"newsnorm-test-{uuid.uuid4().hex[:8]}", _free_port()
    started = time.monotonic()
    _podman("run", "-d", "--name", name, *RUN_FLAGS, "-e", f"NEWSNORM_BIND=127.0.0.1:{port}", image)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = started + 60
        while True:
            try:
                if _request(url + "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, _podman("logs", name, check=False).stderr[-3000:]
            time.sleep(0.1)
        yield {"name": name, "url": url, "ready_after_s": time.monotonic() - started}
    finally:
        _podman("rm", "-f", "-t", "0", name, check=False)


def test_image_answers_the_reference_article(container: dict[str, Any]) -> None:
    text = (ROOT / "tests/golden/cgtn/reference-china-russia-2024-09-11.txt").read_text(encoding="utf-8")
    expected = json.loads((ROOT / "tests/golden/cgtn/reference-china-russia-2024-09-11.json").read_text())
    status, headers, body = _request(container["url"] + "/v1/normalise", json.dumps({"text": text}).encode())
    assert status == 200 and headers["X-Request-ID"]
    assert json.loads(body) == expected
    print(f"\ncontainer ready {container['ready_after_s']:.2f} s after start")


def test_image_reads_a_page_as_html(container: dict[str, Any]) -> None:
    case = ROOT / "tests/golden/scmp/country-park-water-stations-2021-03-14"
    page = case.with_suffix(".html").read_bytes()
    expected = json.loads(case.with_suffix(".html.json").read_text(encoding="utf-8"))
    status, _, body = _request(container["url"] + "/v1/normalise", page, "text/html; charset=utf-8")
    assert status == 200 and json.loads(body) == expected


def test_image_answers_errors_as_problem_json(container: dict[str, Any]) -> None:
    status, headers, body = _request(container["url"] + "/v1/normalise", b'{"text": ')
    assert status == 400 and headers.get_content_type() == "application/problem+json"
    check_response("POST", "/v1/normalise", status, headers.get_content_type(), headers, json.loads(body))
    status, headers, body = _request(container["url"] + "/v1/normalise", b"<p>", "application/xml")
    assert status == 415 and json.loads(body)["status"] == 415


def test_image_runs_as_a_non_root_user(container: dict[str, Any]) -> None:
    uid = _podman("exec", container["name"], "python3", "-c", "import os; print(os.getuid())").stdout.strip()
    assert uid not in ("", "0")
    processes = _podman("top", container["name"], "user", "args").stdout
    assert "gunicorn" in processes and "root" not in processes


def test_image_serves_metrics_and_docs(container: dict[str, Any]) -> None:
    status, _, body = _request(container["url"] + "/metrics")
    assert status == 200 and b"newsnorm_http_requests_total" in body
    assert _request(container["url"] + "/docs")[0] == 200


def test_image_stops_cleanly_on_sigterm(container: dict[str, Any]) -> None:
    name = container["name"]
    _podman("kill", "--signal", "TERM", name)
    exit_code = _podman("wait", name, timeout=60).stdout.strip()
    logs = _podman("logs", name).stderr
    assert exit_code == "0", logs[-2000:]
    assert "Handling signal: term" in logs and "Shutting down: Master" in logs


def test_image_runs_the_compiled_core_unless_its_build_had_no_compiler(image: str) -> None:
    probe = "import service.normalise.layout as m; print(m.__file__)"
    where = _podman("run", "--rm", *RUN_FLAGS, image, "python3", "-c", probe, timeout=60).stdout.strip()
    if _NO_COMPILER.search(_BUILD_LOGS.get(image, "")):
        assert where.endswith(".py"), where
    else:
        assert where.endswith(".so"), f"the image's core is not compiled: {where}"
