"""App mode: an explorer in Voilà with our template, on 127.0.0.1 with a token, and not one request outside."""

import http.client
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTEFACTS, ROOT, _free_port
from workbook import VOILA_ARGS

LOCAL = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="module")
def app_06(tmp_path_factory):
    """``python3 workbook.py app 06`` as the instructor starts it (the student edition), minus the browser."""
    port, token = _free_port(), uuid.uuid4().hex
    home = tmp_path_factory.mktemp("voila")
    subprocess.run([sys.executable, "tools/student_edition.py", "--target", str(home / "app")], cwd=ROOT, check=True)
    env = {
        **os.environ,
        "JUPYTER_PATH": str(ROOT / "share" / "jupyter"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "WORKBOOK_WORK_DIR": str(home / "arbejde"),
    }
    command = [
        str(Path(sys.executable).parent / "voila"), str(home / "app" / "06_business_case.ipynb"), "--no-browser",
        "--Voila.ip=127.0.0.1", f"--port={port}", f"--token={token}", *VOILA_ARGS,
    ]  # fmt: skip
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    log = (ARTEFACTS / "voila.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while socket.socket().connect_ex(("127.0.0.1", port)) != 0:
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"Voilà did not start; see {ARTEFACTS / 'voila.log'}")
        time.sleep(0.3)
    yield f"http://127.0.0.1:{port}", token
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


def test_business_case_explorer_runs_as_an_app_offline(app_06, page):
    url, token = app_06
    outside = []
    page.on("request", lambda r: urlsplit(r.url).hostname not in LOCAL | {None} and outside.append(r.url))
    page.on("websocket", lambda ws: urlsplit(ws.url).hostname not in LOCAL and outside.append(ws.url))
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    without_token = http.client.HTTPConnection(urlsplit(url).hostname, urlsplit(url).port, timeout=30)
    without_token.request("GET", "/")
    answer = without_token.getresponse()
    assert answer.status in (401, 403) or "login" in (answer.getheader("Location") or ""), "the token is required"
    page.goto(f"{url}/?token={token}", timeout=120_000)

    figures = page.locator(".bc-noegletal").first
    expect(figures).to_contain_text("Nutidsværdi", timeout=120_000)
    before = figures.inner_text()
    slider = page.locator(".widget-slider", has=page.locator(".widget-label", has_text="Timepris inkl. overhead"))
    handle = slider.first.locator(".noUi-handle").first
    handle.scroll_into_view_if_needed()
    handle.focus()
    for _ in range(4):
        handle.press("ArrowRight")
    expect(figures).not_to_have_text(before)
    text = page.locator("body").inner_text()
    assert "business_case_explorer()" not in text, "app mode shows no code"
    assert "Til underviseren" not in text, "nor the notes for the instructor"
    page.screenshot(path=str(ARTEFACTS / "app_06_business_case.png"))
    assert outside == [], f"requests outside the machine: {outside}"
    assert errors == [], f"errors in the browser console: {errors}"
