"""Browser tests: JupyterLab on 127.0.0.1 with a token of the tests' own, driven by Playwright in Debian's Chromium.

A notebook adds its own browser check in a few lines (see test_00_kom_i_gang.py):

    def test_my_notebook(lab, page):
        lab.run_notebook(page, "03_arbejdsgangsanalyse.ipynb")   # opens, runs all, asserts no error, screenshot
        lab.press_slider(page, "Minutter pr. gang", "ArrowRight")  # move a slider by its label
        expect(page.locator(".my-result-class")).to_contain_text("...")
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artefacts" / "browser"
CHROMIUM = Path(os.environ.get("WORKBOOK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
RUN_TIMEOUT_MS = 120_000
# What a broken widget or a failed cell looks like on the page.
BROKEN_SIGNS = ("Error displaying widget", "application/vnd.jupyter.widget-view+json", "Traceback", "model_id")


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Lab:
    """A running JupyterLab and the steps every notebook's browser check shares."""

    def __init__(self, url: str, token: str):
        self.url, self.token = url, token

    def open_notebook(self, page, name: str) -> None:
        workspace = f"test-{uuid.uuid4().hex[:8]}"
        page.goto(f"{self.url}/lab/workspaces/{workspace}/tree/notebooks/{name}?reset&token={self.token}")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget", timeout=60_000)
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.evaluate("async () => { await window.jupyterapp.shell.currentWidget.sessionContext.ready; }")

    def run_all(self, page) -> None:
        page.evaluate("async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        page.wait_for_function(
            """() => {
                const panel = window.jupyterapp.shell.currentWidget;
                const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
                const prompts = [...document.querySelectorAll('.jp-InputPrompt')].map(p => p.textContent);
                return kernel && kernel.status === 'idle' && !prompts.some(t => t.includes('*'));
            }""",
            timeout=RUN_TIMEOUT_MS,
        )
        page.wait_for_timeout(1000)  # widget views render after the kernel is idle

    def assert_clean(self, page) -> None:
        text = page.locator(".jp-Notebook").inner_text()
        for sign in BROKEN_SIGNS:
            assert sign not in text, f"the notebook shows {sign!r}"
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0

    def assert_fits(self, page, name: str) -> None:
        """At 1024×768 with the file browser open: no table cell is cut ("…"), no widget is wider than the notebook,
        and no cell shows an error. Keeps a screenshot ``<name>_1024``."""
        page.set_viewport_size({"width": 1024, "height": 768})
        page.evaluate(
            """async () => {
                const app = window.jupyterapp;
                if (app.shell.leftCollapsed) { await app.commands.execute('filebrowser:activate'); }
            }"""
        )
        page.wait_for_timeout(1500)  # widgets lay out again at the new width
        problems = page.evaluate(
            """() => {
                const found = [];
                const notebook = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
                const right = notebook.getBoundingClientRect().right + 1;
                for (const cell of notebook.querySelectorAll('td, th')) {
                    const text = cell.textContent.trim();
                    if (text.endsWith('…') || text === '...' || text.endsWith('...')) found.push('cut: ' + text);
                }
                for (const w of notebook.querySelectorAll('.jp-OutputArea-output > .jupyter-widgets, .widget-box')) {
                    const box = w.getBoundingClientRect();
                    if (box.width > 0 && box.right > right) found.push('too wide: ' + w.className + ' ' +
                        Math.round(box.right - right) + ' px');
                }
                return found;
            }"""
        )
        self.screenshot(page, f"{Path(name).stem}_1024")
        assert not problems, problems[:5]
        self.assert_clean(page)

    def screenshot(self, page, name: str) -> Path:
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTEFACTS / f"{Path(name).stem}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    def execute(self, page, code: str) -> None:
        """Run ``code`` in the open notebook's kernel (for a test's own set-up); fails on an error."""
        error = page.evaluate(
            """async (code) => {
                const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
                const future = kernel.requestExecute({code});
                let error = null;
                future.onIOPub = (msg) => { if (msg.header.msg_type === 'error') { error = msg.content.evalue; } };
                await future.done;
                return error;
            }""",
            code,
        )
        assert error is None, error

    def forget_parts(self, page, *parts: str) -> None:
        """Remove parts of the learner's case that an earlier browser test saved (the lab's work folder is shared)."""
        self.execute(
            page,
            "from workbook_helpers import case, storage\n"
            f"storage.update_work(case.FILE_NAME, lambda r: {{**(r or {{}}), 'parts': {{k: v for k, v in "
            f"((r or {{}}).get('parts') or {{}}).items() if k not in {list(parts)!r}}}}}, expect=dict)",
        )

    def run_notebook(self, page, name: str, forget: tuple[str, ...] = ()) -> None:
        """Open a notebook, run every cell, assert no error or broken widget, and keep a screenshot. ``forget``
        names case parts an earlier test may have saved, removed first so the notebook starts from the example."""
        self.open_notebook(page, name)
        if forget:
            self.forget_parts(page, *forget)
        self.run_all(page)
        self.assert_clean(page)
        self.screenshot(page, name)

    def slider(self, page, label: str):
        """The handle of the slider whose description is ``label``."""
        box = page.locator(".widget-slider", has=page.locator(".widget-label", has_text=label)).first
        return box.locator(".noUi-handle").first

    def press_slider(self, page, label: str, key: str = "ArrowRight", times: int = 1) -> None:
        handle = self.slider(page, label)
        handle.scroll_into_view_if_needed()
        handle.focus()
        for _ in range(times):
            handle.press(key)


@pytest.fixture(scope="session")
def lab():
    if not CHROMIUM.exists():
        pytest.fail(f"The browser tests need Debian's chromium at {CHROMIUM}: `python3 workbook.py test` installs it.")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    port, token = _free_port(), uuid.uuid4().hex
    home = Path(tempfile.mkdtemp(prefix="lab-"))
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
        "WORKBOOK_WORK_DIR": str(home / "arbejde"),
    }
    command = [
        str(Path(sys.executable).parent / "jupyter-lab"), "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}", "--LabApp.expose_app_in_browser=True",
    ]  # fmt: skip
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = (ARTEFACTS / "jupyterlab.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"JupyterLab did not start; see {ARTEFACTS / 'jupyterlab.log'}")
            time.sleep(0.3)
    yield Lab(url, token)
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture(scope="session")
def browser_context():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    context = playwright.chromium.launch_persistent_context(
        tempfile.mkdtemp(prefix="chromium-"),
        executable_path=str(CHROMIUM),
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 1000},
        locale="da-DK",
    )
    yield context
    context.close()
    playwright.stop()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(30_000)
    yield page
    page.close()
