"""``newsnorm bulk``: a result per input line, in order, whatever the line holds; the same
results over several processes; Ctrl-C and --resume losing and repeating nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.cli import main
from service.records import Normaliser

from .conftest import GOLDEN

PAGES = sorted(GOLDEN.glob("*/*.txt")) + sorted(GOLDEN.glob("*/*.html"))
ROOT = Path(__file__).resolve().parent.parent


def _records() -> list[dict[str, Any]]:
    """Every golden page as a record, some with options of their own."""
    records: list[dict[str, Any]] = []
    for index, page in enumerate(PAGES):
        kind = "html" if page.suffix == ".html" else "text"
        record: dict[str, Any] = {"id": f"{page.parent.name}/{page.name}", kind: page.read_text(encoding="utf-8")}
        if index % 5 == 0:
            record["options"] = {"timezone": "UTC", "provenance": True}
        records.append(record)
    return records


BAD_LINES = [
    b"this is not JSON",
    b"",
    b'{"text": "A record without an id."}',
    b'{"id": "blank", "text": "   "}',
    b'["a", "list"]',
    b'{"id": "both", "text": "Some text.", "html": "<p>Some text.</p>"}',
]


def _write(path: Path, records: list[dict[str, Any]], bad: list[bytes] = BAD_LINES) -> list[bytes]:
    """The records as JSON Lines with the bad lines spread among them; the lines written."""
    lines = [json.dumps(record, ensure_ascii=False).encode() for record in records]
    for offset, line in enumerate(bad):
        lines.insert(min(len(lines), 3 + offset * 7), line)
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def _results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def test_each_line_gets_its_result_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = _records()
    lines = _write(tmp_path / "in.jsonl", records)
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")]) == 0
    results = _results(tmp_path / "out.jsonl")
    assert len(results) == len(lines)
    normaliser = Normaliser()
    by_id = {record["id"]: record for record in records}
    for number, (line, result) in enumerate(zip(lines, results, strict=True), 1):
        if line in BAD_LINES:
            assert "article" not in result and result["error"]["status"] in (400, 422)
            if result["id"] is None:
                assert result["line"] == number
            continue
        assert result == normaliser.result(by_id[result["id"]])
        assert "article" in result
    summary = capsys.readouterr().err
    assert f"{len(records)} articles, {len(BAD_LINES)} problems" in summary


def test_results_are_those_of_the_batch_endpoint(tmp_path: Path, client: FlaskClient) -> None:
    records = _records()[:20]
    _write(tmp_path / "in.jsonl", records, bad=[])
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")]) == 0
    answer = client.post("/v1/normalise/batch", json={"items": records})
    assert _results(tmp_path / "out.jsonl") == answer.get_json()["results"]


def test_two_processes_write_what_one_writes(tmp_path: Path) -> None:
    _write(tmp_path / "in.jsonl", _records() * 2)
    for jobs in ("1", "2"):
        assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / f"out{jobs}.jsonl"), "--jobs", jobs]) == 0
    assert (tmp_path / "out1.jsonl").read_bytes() == (tmp_path / "out2.jsonl").read_bytes()


def test_resume_skips_what_is_done_and_mends_a_cut_line(tmp_path: Path) -> None:
    lines = _write(tmp_path / "in.jsonl", _records())
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "full.jsonl")]) == 0
    full = (tmp_path / "full.jsonl").read_bytes().splitlines(keepends=True)
    # An earlier run got through the first lines, and was killed while writing one.
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(full[:12]) + full[12][:40])
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(partial), "--resume"]) == 0
    assert partial.read_bytes() == b"".join(full)
    assert len(full) == len(lines)
    # Resuming a finished run does nothing.
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(partial), "--resume"]) == 0
    assert partial.read_bytes() == b"".join(full)


def test_resume_needs_an_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "in.jsonl", _records()[:1])
    assert main(["bulk", str(tmp_path / "in.jsonl"), "--resume"]) == 2
    assert "--resume needs an output file" in capsys.readouterr().err


def test_settings_apply_as_in_the_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reference = GOLDEN / "cgtn" / "reference-china-russia-2024-09-11.txt"
    record = {"id": "reference", "text": reference.read_text(encoding="utf-8")}
    _write(tmp_path / "in.jsonl", [record], bad=[])
    monkeypatch.setenv("NEWSNORM_DEFAULT_TIMEZONE", "UTC")
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert _results(tmp_path / "out.jsonl")[0]["article"]["published_at"] == "2024-09-11T03:30:00+00:00"
    # A record over the time budget is a problem of its own, and the run goes on.
    monkeypatch.setenv("NEWSNORM_TIME_BUDGET_MS", "1")
    _write(tmp_path / "in.jsonl", [{"id": "long", "text": "A sentence of an article. " * 30_000}, record], bad=[])
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")]) == 0
    long, _ = _results(tmp_path / "out.jsonl")
    assert long["id"] == "long" and "time budget" in long["error"]["detail"]


def test_a_fault_on_one_record_is_its_problem_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from service import records

    real = records.normalise_article

    def faulty(text: str, *args: Any, **kwargs: Any) -> Any:
        if "FAULT" in text:
            raise RuntimeError("a fault in the core")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(records, "normalise_article", faulty)
    good = _records()[0]
    _write(tmp_path / "in.jsonl", [{"id": "faulty", "text": "FAULT in this text."}, good], bad=[])
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")]) == 0
    faulty_result, good_result = _results(tmp_path / "out.jsonl")
    assert faulty_result["id"] == "faulty" and faulty_result["error"]["status"] == 500
    assert good_result["id"] == good["id"] and "article" in good_result
    assert "record 'faulty' failed: RuntimeError: a fault in the core" in capsys.readouterr().err


def _bulk(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "service.cli", "bulk", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def test_stdin_to_stdout_with_no_progress_bar_off_a_terminal(tmp_path: Path) -> None:
    lines = _write(tmp_path / "in.jsonl", _records()[:6])
    process = _bulk("-", "--jobs", "2", stdin=subprocess.PIPE)
    out, err = process.communicate((tmp_path / "in.jsonl").read_bytes(), timeout=120)
    assert process.returncode == 0
    assert len(out.splitlines()) == len(lines)
    assert err.decode().count("\n") == 1 and "\r" not in err.decode()  # the summary alone
    forced = _bulk("-", "--progress", stdin=subprocess.PIPE)
    _, err = forced.communicate((tmp_path / "in.jsonl").read_bytes(), timeout=120)
    assert "records/s" in err.decode() and "\r" in err.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_writes_whole_results_and_resume_completes_the_run(tmp_path: Path, jobs: str) -> None:
    many = [{**record, "id": f"{record['id']}#{n}"} for n in range(40) for record in _records()]
    _write(tmp_path / "in.jsonl", many)
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "full.jsonl"), "--jobs", jobs]) == 0
    full = (tmp_path / "full.jsonl").read_bytes()
    out = tmp_path / "out.jsonl"
    process = _bulk(str(tmp_path / "in.jsonl"), "-o", str(out), "--jobs", jobs)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < 200_000) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert "--resume" in err.decode() and "Traceback" not in err.decode()
    written = out.read_bytes()
    assert written and written.endswith(b"\n") and len(written) < len(full)
    assert full.startswith(written)  # whole results, in input order
    assert main(["bulk", str(tmp_path / "in.jsonl"), "-o", str(out), "--resume", "--jobs", jobs]) == 0
    assert out.read_bytes() == full
