"""GET /docs in a real browser: headless Chromium renders Swagger UI from the packaged
assets and lists the API's endpoints. Skips, saying why, where Chromium is missing."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service import create_app

pytestmark = pytest.mark.browser
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=15000",
    "--dump-dom",
]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = make_server("127.0.0.1", 0, create_app(), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_docs_page_lists_the_endpoints(server: str, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        reason = "Chromium is not installed (Debian: apt-get install chromium)"
        print(f"\nbrowser test skipped: {reason}")
        pytest.skip(reason)
    for attempt in range(2):  # a first start of Chromium may dump the page before scripts ran
        result = subprocess.run(
            [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / str(attempt)}", f"{server}/docs"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        dom = result.stdout
        if "opblock-summary-path" in dom:
            break
    assert "opblock-summary-path" in dom, result.stderr[-2000:]
    for path in ("/v1/normalise", "/v1/normalise/batch", "/healthz", "/readyz", "/metrics"):
        assert f'data-path="{path}"' in dom, path
