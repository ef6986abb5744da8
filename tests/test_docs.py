"""The README's example answer is what the service answers."""

from __future__ import annotations

import json
import re

from flask.testing import FlaskClient

from .contract import ROOT


def test_readme_example_is_true(client: FlaskClient) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    request = json.loads(re.search(r"-d '(\{.*?\})'", readme, re.DOTALL)[1])  # type: ignore[index]
    answer = json.loads(re.search(r"```json\n(.*?)```", readme, re.DOTALL)[1])  # type: ignore[index]
    assert client.post("/v1/normalise", json=request).get_json() == answer
