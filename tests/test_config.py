"""Settings from NEWSNORM_* variables are checked at start-up, with a clear error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from service import create_app
from service.config import ConfigError


def test_environment_variables_configure_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSNORM_MAX_BODY_BYTES", "4096")
    monkeypatch.setenv("NEWSNORM_DEFAULT_TIMEZONE", "UTC")
    monkeypatch.setenv("NEWSNORM_API_TOKENS", "a,b")
    settings = create_app().extensions["newsnorm.settings"]
    assert (settings.max_body_bytes, str(settings.default_timezone), settings.api_tokens) == (4096, "UTC", ("a", "b"))


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("NEWSNORM_MAX_BODY_BYTES", "lots", "NEWSNORM_MAX_BODY_BYTES must be a positive whole number"),
        ("NEWSNORM_MAX_BATCH_ITEMS", "0", "NEWSNORM_MAX_BATCH_ITEMS must be a positive whole number"),
        ("NEWSNORM_DEFAULT_TIMEZONE", "Mars/Olympus", "NEWSNORM_DEFAULT_TIMEZONE must be an IANA zone"),
        ("NEWSNORM_LOG_LEVEL", "chatty", "NEWSNORM_LOG_LEVEL must be one of"),
    ],
)
def test_bad_settings_stop_the_start(monkeypatch: pytest.MonkeyPatch, variable: str, value: str, message: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=message):
        create_app()


def test_the_server_refuses_to_start_with_one_clear_line() -> None:
    env = {**os.environ, "NEWSNORM_DEFAULT_TIMEZONE": "Mars/Olympus"}
    result = subprocess.run(
        [sys.executable, "-c", "import service.gunicorn_conf"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "newsnorm: NEWSNORM_DEFAULT_TIMEZONE must be an IANA zone or a UTC offset, not 'Mars/Olympus'"
    )
