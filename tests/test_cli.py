"""The newsnorm command: its errors are one line and a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli import main

from .conftest import REFERENCE


def test_missing_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalise", str(tmp_path / "absent.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("newsnorm: cannot read") and captured.err.count("\n") == 1


def test_invalid_utf8_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 society".encode("latin-1"))
    assert main(["normalise", str(path)]) == 1
    assert "not valid UTF-8" in capsys.readouterr().err


def test_blank_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("   \n\n", encoding="utf-8")
    assert main(["normalise", str(path)]) == 1
    assert "invalid input" in capsys.readouterr().err


def test_unknown_zone_option_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalise", str(REFERENCE.with_suffix(".txt")), "--timezone", "Mars/Olympus"]) == 1
    assert "Unknown time zone" in capsys.readouterr().err


def test_options_reach_the_core(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalise", str(REFERENCE.with_suffix(".txt")), "--timezone", "UTC", "--provenance"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["published_at"] == "2024-09-11T03:30:00+00:00"
    assert article["provenance"]["published_at"]["raw"] == "2024.09.11 11:30 GMT+8"


def test_the_cli_honours_the_services_default_zone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSNORM_DEFAULT_TIMEZONE", "UTC")
    assert main(["normalise", str(REFERENCE.with_suffix(".txt"))]) == 0
    assert json.loads(capsys.readouterr().out)["published_at"] == "2024-09-11T03:30:00+00:00"
    monkeypatch.setenv("NEWSNORM_DEFAULT_TIMEZONE", "Mars/Olympus")
    assert main(["normalise", str(REFERENCE.with_suffix(".txt"))]) == 1
    assert "NEWSNORM_DEFAULT_TIMEZONE" in capsys.readouterr().err


def test_the_package_ships_its_types() -> None:
    import schemas
    import service

    for package in (service, schemas):
        assert (Path(package.__file__).parent / "py.typed").is_file()
