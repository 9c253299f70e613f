"""A class on the hub: a bounded load simulator on 127.0.0.1, printed as figures (not pass/fail).

    .venv/bin/python benchmarks/bench_hub.py                 # 11 learners, 2 of them also in Chromium
    .venv/bin/python benchmarks/bench_hub.py --learners 30

Run as root on Linux: it creates a Unix group and one account per simulated learner, starts the class hub
(hub/jupyterhub_config.py, from .venv-hub, as `python3 workbook.py hub` does) on free loopback ports with a test-only
shared password, and then follows hubtraf's steps for every learner at once: log in, spawn, open notebook 06 and
execute its cells over the kernel's websocket (all learners at the same moment: the worst case). A few learners also
open it in real Chromium and move the business-case explorer's slider. Then it measures memory, lets the kernel
culler and jupyterhub-idle-culler do their work (with short timeouts), measures again, stops everything, deletes the
accounts and checks with psutil that no process is left.

Prints: spawn time (median, worst), cell latency (median, p95; the first cell, the imports, apart), the slider's
round trip, resident memory (RSS and PSS) per learner (server + kernels) and the hub's total, before and after culling.
Every wait is bounded; every learner's failure is counted, never raised.
"""

from __future__ import annotations

import argparse
import contextlib
import grp
import json
import os
import pwd
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import requests
import websocket

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import workbook  # noqa: E402  (the set-up of `python3 workbook.py hub`)

NOTEBOOK = "notebooks/06_business_case.ipynb"
RUNTIME_ROOT = Path("/tmp/arbejdsbog-run")
HUB_START_TIMEOUT = 90
SPAWN_TIMEOUT = 300
CELL_TIMEOUT = 180
CULL_KERNEL_SECONDS = 30
CULL_SERVER_SECONDS = 150
CULL_WAIT = 300
BROWSER_TIMEOUT_MS = 240_000
SLIDER_PRESSES = 5
SLIDER_LABEL = "Timepris inkl. overhead"
MIB = 1024 * 1024
MEMORY_PROBE_MIB = 1536  # more than the limit per learner (1 GiB)
DENIED = "ADGANG NÆGTET"
ISOLATION_PROBE = (
    "import os\n"
    "for path in {paths!r}:\n"
    "    try:\n"
    "        os.listdir(path) if os.path.isdir(path) else open(path).read()\n"
    "        print('LÆST', path)\n"
    "    except PermissionError:\n"
    f"        print({DENIED!r}, path)\n"
)


def memory_limit_mib(pid: int) -> float | None:
    """The memory limit of the cgroup (v1 or v2) that process ``pid`` is in, in MiB; None if it has none."""
    try:
        lines = Path(f"/proc/{pid}/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if controllers not in ("memory", ""):
            continue
        v1 = Path("/sys/fs/cgroup/memory" + path) / "memory.limit_in_bytes"
        for candidate in [v1] if controllers == "memory" else [Path("/sys/fs/cgroup" + path) / "memory.max"]:
            with contextlib.suppress(OSError, ValueError):
                value = int(candidate.read_text())
                if value < 2**60:
                    return value / MIB
    return None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


def free_port_block(size: int = 3) -> int:
    """A port p with p, p+1, ... p+size-1 free on 127.0.0.1 (the hub, its API and the proxy's API)."""
    for _ in range(200):
        base = 20_000 + secrets.randbelow(20_000)
        try:
            with contextlib.ExitStack() as stack:
                for offset in range(size):
                    sock = stack.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", base + offset))
            return base
        except OSError:
            continue
    raise RuntimeError("no free block of ports on 127.0.0.1")


@dataclass
class Learner:
    name: str
    session: requests.Session = field(default_factory=requests.Session)
    spawn_seconds: float | None = None
    cell_seconds: list[float] = field(default_factory=list)
    cell_cpu_seconds: list[float] = field(default_factory=list)  # the kernel's CPU time per cell (user + system)
    first_cell_seconds: float | None = None
    cells_ok: int = 0
    kernel_id: str | None = None
    failure: str | None = None


@dataclass
class Result:
    learners: list[Learner]
    code_cells: int
    slider_seconds: list[float] = field(default_factory=list)
    browser_failures: list[str] = field(default_factory=list)
    memory: dict[str, dict] = field(default_factory=dict)
    isolation: list[str] | None = None  # None: not checked
    memory_limit: list[str] | None = None  # None: not checked
    transports: set[str] = field(default_factory=set)  # the kernels' transports, from their connection files
    longest_socket: int = 0  # characters in the longest kernel socket path (the Unix limit is 107)
    leftovers: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failures(self) -> list[str]:
        return [f"{learner.name}: {learner.failure}" for learner in self.learners if learner.failure]


class ClassHub:
    """The class hub with `learners` test accounts; a context manager that leaves nothing behind."""

    def __init__(self, learners: int, cull: bool = True):
        if os.name == "nt" or os.geteuid() != 0:
            raise SystemExit("The hub load test runs as root on Linux (it creates one Unix account per learner).")
        self.tag = uuid.uuid4().hex[:5]
        self.group = f"lt{self.tag}"
        self.names = [f"lt{self.tag}-{i + 1:02d}" for i in range(learners)]
        self.password = secrets.token_urlsafe(16)
        self.token = secrets.token_hex(32)
        self.port = free_port_block()
        self.url = f"http://127.0.0.1:{self.port}"
        self.cull = cull
        self.state = Path(tempfile.mkdtemp(prefix="hub-state-"))
        self.log_path = ROOT / "test-artefacts" / "hub" / f"jupyterhub-{self.tag}.log"
        self.process: subprocess.Popen | None = None
        self.hub_family: set[int] = set()

    # --- set-up ------------------------------------------------------------------------------------------------
    def __enter__(self) -> ClassHub:
        try:
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start(self) -> None:
        python = workbook.ensure_hub_env()
        subprocess.run(["groupadd", self.group], check=True)
        for name in self.names:
            subprocess.run(["useradd", "--create-home", "--gid", self.group, "--shell", "/bin/sh", name], check=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "WORKBOOK_HUB_PORT": str(self.port),
            "WORKBOOK_HUB_STATE": str(self.state),
            "WORKBOOK_HUB_GROUP": self.group,
            "WORKBOOK_HUB_TEST_PASSWORD": self.password,
            "WORKBOOK_HUB_TEST_TOKEN": self.token,
            "WORKBOOK_HUB_EXTRA_CONFIG": "/nonexistent",  # the municipality's own login is not for the test
        }
        if self.cull:
            env["WORKBOOK_HUB_CULL_KERNEL_SECONDS"] = str(CULL_KERNEL_SECONDS)
            env["WORKBOOK_HUB_CULL_SERVER_SECONDS"] = str(CULL_SERVER_SECONDS)
        for variable in ("WORKBOOK_WORK_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "VIRTUAL_ENV"):
            env.pop(variable, None)
        command = [str(python.parent / "jupyterhub"), "-f", str(workbook.HUB / "jupyterhub_config.py")]
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(command, cwd=self.state, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + HUB_START_TIMEOUT
        while True:
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.url}/hub/api/", timeout=2).ok:
                    break
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the hub did not start; see {self.log_path}")
            time.sleep(0.3)
        self._remember_family()

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {self.token}"}
        return requests.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=30, **kwargs)

    def _remember_family(self) -> None:
        with contextlib.suppress(psutil.Error):
            hub = psutil.Process(self.process.pid)
            self.hub_family |= {hub.pid, *(child.pid for child in hub.children(recursive=True))}

    def uids(self) -> dict[str, int]:
        return {name: pwd.getpwnam(name).pw_uid for name in self.names}

    # --- measurements ------------------------------------------------------------------------------------------
    def memory(self) -> dict:
        """RSS and PSS in MiB: per learner (every process of their account), and the hub, proxy and culler."""
        self._remember_family()
        by_uid = {uid: name for name, uid in self.uids().items()}
        fresh = {"rss": 0.0, "pss": 0.0, "processes": 0}
        learners = {
            name: {**fresh, "limits": set(), "server": [], "kernels": [], "kernel_pss": []} for name in self.names
        }
        hub_parts: dict[str, dict] = {}
        for process in psutil.process_iter(["uids", "cmdline"]):
            uid = process.info["uids"].real if process.info["uids"] else None
            if uid not in by_uid and process.pid not in self.hub_family:
                continue
            try:
                info = process.memory_full_info()
            except psutil.Error:
                continue
            command = " ".join(process.info["cmdline"] or [])
            if uid in by_uid:
                entry = learners[by_uid[uid]]
                entry["limits"].add(memory_limit_mib(process.pid))
                entry["kernels" if "ipykernel" in command else "server"].append(info.rss / MIB)
                if "ipykernel" in command:
                    entry["kernel_pss"].append(getattr(info, "pss", info.rss) / MIB)
            else:
                part = "proxy" if "configurable-http-proxy" in command else "culler" if "culler" in command else "hub"
                entry = hub_parts.setdefault(part, {"rss": 0.0, "pss": 0.0, "processes": 0})
            entry["rss"] += info.rss / MIB
            entry["pss"] += getattr(info, "pss", info.rss) / MIB
            entry["processes"] += 1
        return {"learners": learners, "hub": hub_parts}

    # --- clean-up ----------------------------------------------------------------------------------------------
    def __exit__(self, *exc) -> None:
        self.leftovers: list[str] = []
        if self.process is not None and self.process.poll() is None:
            self._remember_family()
            for name in self.names:
                with contextlib.suppress(requests.RequestException):
                    self.api("DELETE", f"/users/{name}/server")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and self._learner_processes():
                time.sleep(0.5)
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        time.sleep(1)
        survivors = [p for p in self._learner_processes()] + [
            psutil.Process(pid) for pid in self.hub_family if psutil.pid_exists(pid)
        ]
        for process in survivors:
            with contextlib.suppress(psutil.Error):
                if process.status() != psutil.STATUS_ZOMBIE:
                    self.leftovers.append(f"{process.pid} {' '.join(process.cmdline())[:120]}")
                    process.kill()
        for name in self.names:
            with contextlib.suppress(KeyError):
                uid = pwd.getpwnam(name).pw_uid
                shutil.rmtree(RUNTIME_ROOT / str(uid), ignore_errors=True)
            subprocess.run(["userdel", "--remove", name], capture_output=True)
        with contextlib.suppress(KeyError):
            grp.getgrnam(self.group)
            subprocess.run(["groupdel", self.group], capture_output=True)
        shutil.rmtree(self.state, ignore_errors=True)
        for line in Path("/proc/self/cgroup").read_text().splitlines():  # the hub's memory cgroups, in ours
            _, controllers, path = line.split(":", 2)
            v2 = Path("/sys/fs/cgroup" + path).parent
            base = Path("/sys/fs/cgroup/memory" + path) if controllers == "memory" else v2
            with contextlib.suppress(OSError):
                (base / f"arbejdsbog-hub-{self.port}").rmdir()

    def _learner_processes(self) -> list[psutil.Process]:
        try:
            uids = set(self.uids().values())
        except KeyError:
            return []
        found = []
        for process in psutil.process_iter(["uids"]):
            with contextlib.suppress(psutil.Error, TypeError):
                if process.info["uids"].real in uids and process.status() != psutil.STATUS_ZOMBIE:
                    found.append(process)
        return found


# --- one learner, as hubtraf does it -----------------------------------------------------------------------------
def log_in_and_spawn(hub: ClassHub, learner: Learner) -> None:
    session, base = learner.session, hub.url
    session.get(f"{base}/hub/login", timeout=30)
    response = session.post(
        f"{base}/hub/login",
        data={"username": learner.name, "password": hub.password, "_xsrf": session.cookies.get("_xsrf", "")},
        allow_redirects=False,
        timeout=60,
    )
    if response.status_code != 302:
        raise RuntimeError(f"login answered {response.status_code}")
    start = time.perf_counter()
    session.get(f"{base}/hub/spawn", timeout=SPAWN_TIMEOUT)
    deadline = start + SPAWN_TIMEOUT
    lab = f"{base}/user/{learner.name}/lab"
    while True:
        # The learner's JupyterLab page, through the proxy and the server's own OAuth login, as a browser would.
        with contextlib.suppress(requests.RequestException):
            reply = session.get(lab, timeout=30)
            if reply.ok and reply.url.split("?")[0] == lab and xsrf_token(learner):
                break
        if time.perf_counter() > deadline:
            raise RuntimeError(f"no server after {SPAWN_TIMEOUT} s")
        time.sleep(1)
    learner.spawn_seconds = time.perf_counter() - start


def xsrf_token(learner: Learner) -> str:
    """The _xsrf cookie the learner's own server set (JupyterLab sends it back as a header)."""
    return learner.session.cookies.get("_xsrf", path=f"/user/{learner.name}/") or ""


def start_kernel(hub: ClassHub, learner: Learner, path: str = NOTEBOOK) -> str:
    base = f"{hub.url}/user/{learner.name}"
    reply = learner.session.post(
        f"{base}/api/sessions",
        json={"path": path, "type": "notebook", "name": Path(path).name, "kernel": {"name": "python3"}},
        headers={"X-XSRFToken": xsrf_token(learner)},
        timeout=120,
    )
    reply.raise_for_status()
    return reply.json()["kernel"]["id"]


def delete_kernel(hub: ClassHub, learner: Learner, kernel_id: str) -> None:
    with contextlib.suppress(requests.RequestException):
        learner.session.delete(
            f"{hub.url}/user/{learner.name}/api/kernels/{kernel_id}",
            headers={"X-XSRFToken": xsrf_token(learner)},
            timeout=30,
        )


def open_channels(hub: ClassHub, learner: Learner, kernel_id: str) -> websocket.WebSocket:
    url = f"ws://127.0.0.1:{hub.port}/user/{learner.name}/api/kernels/{kernel_id}/channels"
    cookies = "; ".join(f"{c.name}={c.value}" for c in learner.session.cookies)
    return websocket.create_connection(
        f"{url}?session_id={uuid.uuid4().hex}", cookie=cookies, timeout=CELL_TIMEOUT, origin=hub.url
    )


def execute(channels: websocket.WebSocket, code: str) -> tuple[float, dict, str]:
    """Run ``code`` in the kernel: seconds until the kernel is idle again, the execute_reply, and the text printed."""
    msg_id = uuid.uuid4().hex
    message = {
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "", "session": "", "version": "5.3"},
        "parent_header": {},
        "metadata": {},
        "content": {"code": code, "silent": False, "store_history": True, "allow_stdin": False},
        "channel": "shell",
        "buffers": [],
    }
    start = time.perf_counter()
    channels.send(json.dumps(message))
    reply, idle, text = None, False, []
    deadline = start + CELL_TIMEOUT
    while not (reply and idle):
        if time.perf_counter() > deadline:
            raise TimeoutError(f"no answer within {CELL_TIMEOUT} s (hung kernel)")
        incoming = json.loads(channels.recv())
        if incoming.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = incoming["header"]["msg_type"]
        if kind == "execute_reply":
            reply = incoming["content"]
        elif kind == "status" and incoming["content"]["execution_state"] == "idle":
            idle = True
        elif kind == "stream":
            text.append(incoming["content"]["text"])
    return time.perf_counter() - start, reply, "".join(text)


def code_cells(path: Path = ROOT / NOTEBOOK) -> list[str]:
    notebook = json.loads(path.read_text())
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


def kernel_process(name: str, kernel_id: str) -> psutil.Process | None:
    uid = pwd.getpwnam(name).pw_uid
    for process in psutil.process_iter(["uids", "cmdline"]):
        with contextlib.suppress(psutil.Error, TypeError):
            if process.info["uids"].real == uid and kernel_id in " ".join(process.info["cmdline"] or []):
                return process
    return None


def cpu_seconds(process: psutil.Process | None) -> float:
    try:
        times = process.cpu_times()
        return times.user + times.system
    except (psutil.Error, AttributeError):
        return 0.0


def run_learner(hub: ClassHub, learner: Learner, cells: list[str], ready: threading.Barrier) -> None:
    try:
        log_in_and_spawn(hub, learner)
    except Exception as error:
        learner.failure = f"spawn: {error}"
    with contextlib.suppress(threading.BrokenBarrierError):
        ready.wait(timeout=SPAWN_TIMEOUT + 60)  # everyone runs the notebook at the same moment: the worst case
    if learner.failure:
        return
    try:
        learner.kernel_id = start_kernel(hub, learner)
        channels = open_channels(hub, learner, learner.kernel_id)
        kernel = kernel_process(learner.name, learner.kernel_id)
        try:
            for index, code in enumerate(cells):
                cpu_before = cpu_seconds(kernel)
                seconds, reply, _ = execute(channels, code)
                if kernel is not None:
                    learner.cell_cpu_seconds.append(cpu_seconds(kernel) - cpu_before)
                if reply.get("status") != "ok":
                    raise RuntimeError(f"cell {index + 1}: {reply.get('ename')}: {reply.get('evalue')}")
                learner.cells_ok += 1
                if index == 0:
                    learner.first_cell_seconds = seconds
                else:
                    learner.cell_seconds.append(seconds)
        finally:
            channels.close()
    except Exception as error:
        learner.failure = f"cells: {type(error).__name__}: {error}"


def check_isolation(hub: ClassHub, learners: list[Learner]) -> list[str]:
    """From learner A's own kernel, try to read learner B's work; and ask B's server for its files with A's login.
    Returns the problems found (none expected)."""
    problems = []
    a, b = learners[0], learners[1]
    home_b = Path(pwd.getpwnam(b.name).pw_dir)
    paths = [str(home_b), str(home_b / "arbejdsbog" / "mit_arbejde"), str(home_b / "arbejdsbog" / NOTEBOOK)]
    if not (home_b / "arbejdsbog" / NOTEBOOK).exists():
        problems.append(f"{b.name} has no copy of {NOTEBOOK}")
    kernel = start_kernel(hub, a, "notebooks/00_kom_i_gang.ipynb")
    channels = open_channels(hub, a, kernel)
    try:
        _, reply, text = execute(channels, ISOLATION_PROBE.format(paths=paths))
    finally:
        channels.close()
    if reply.get("status") != "ok" or text.count(DENIED) != len(paths):
        problems.append(f"{a.name}'s kernel could read {b.name}'s work: {text.strip()!r}")
    reply = a.session.get(f"{hub.url}/user/{b.name}/api/contents/notebooks", allow_redirects=False, timeout=30)
    if reply.status_code == 200:
        problems.append(f"{b.name}'s server listed its files to {a.name} (HTTP 200)")
    delete_kernel(hub, a, kernel)
    return problems


def check_memory_limit(hub: ClassHub, learner: Learner) -> list[str]:
    """A kernel that takes more than the learner's memory limit is stopped; the learner's server lives on.
    Returns the problems found (none expected)."""
    uid = pwd.getpwnam(learner.name).pw_uid
    kernel = start_kernel(hub, learner, "notebooks/00_kom_i_gang.ipynb")

    def own(kind: str) -> list[psutil.Process]:
        found = []
        for process in psutil.process_iter(["uids", "cmdline"]):
            command = " ".join(process.info["cmdline"] or [])
            if process.info["uids"] and process.info["uids"].real == uid and kind in command:
                found.append(process)
        return found

    target = [p for p in own("ipykernel") if kernel in " ".join(p.info["cmdline"])]
    server = own("jupyterhub-singleuser")
    if not target or not server:
        return [f"no kernel {kernel} or server found for {learner.name}"]
    channels = open_channels(hub, learner, kernel)
    try:
        message = {
            "header": {"msg_id": uuid.uuid4().hex, "msg_type": "execute_request", "session": "", "username": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": f"b = b'x' * ({MEMORY_PROBE_MIB} * 2**20)", "silent": False},
        }  # fmt: skip
        channels.send(json.dumps(message))
        psutil.wait_procs(target, timeout=60)
    finally:
        channels.close()
    problems = []
    if target[0].is_running() and target[0].status() != psutil.STATUS_ZOMBIE:
        problems.append(f"{learner.name}'s kernel took {MEMORY_PROBE_MIB} MiB and was not stopped")
    if not all(process.is_running() for process in server):
        problems.append(f"{learner.name}'s server was stopped with the kernel")
    delete_kernel(hub, learner, kernel)
    return problems


def run_in_browser(hub: ClassHub, learners: list[Learner], result: Result) -> None:
    """Log in in real Chromium, open notebook 06, run it, and time the explorer's answer to a slider step."""
    from playwright.sync_api import sync_playwright

    chromium = Path(os.environ.get("WORKBOOK_CHROMIUM", "/usr/bin/chromium"))
    args = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ]  # fmt: skip
    with sync_playwright() as playwright:
        for learner in learners:
            profile = tempfile.mkdtemp(prefix="chromium-hub-")
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=str(chromium), headless=True, args=args,
                viewport={"width": 1400, "height": 1000}, locale="da-DK",
            )  # fmt: skip
            try:
                page = context.new_page()
                page.set_default_timeout(BROWSER_TIMEOUT_MS)
                page.goto(f"{hub.url}/hub/login")
                page.fill("#username_input", learner.name)
                page.fill("#password_input", hub.password)
                page.click("#login_submit")
                page.goto(f"{hub.url}/user/{learner.name}/lab/tree/{NOTEBOOK}")
                page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget")
                page.wait_for_selector(".jp-Notebook .jp-Cell")
                page.evaluate("async () => { await window.jupyterapp.shell.currentWidget.sessionContext.ready; }")
                page.evaluate("async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
                figures = page.locator(".bc-noegletal").first
                figures.wait_for()
                box = page.locator(".widget-slider", has=page.locator(".widget-label", has_text=SLIDER_LABEL)).first
                handle = box.locator(".noUi-handle").first
                handle.scroll_into_view_if_needed()
                for _ in range(SLIDER_PRESSES):
                    before = figures.inner_text()
                    handle.focus()
                    start = time.perf_counter()
                    handle.press("ArrowRight")
                    page.wait_for_function(
                        "([el, text]) => el.innerText !== text", arg=[figures.element_handle(), before]
                    )
                    result.slider_seconds.append(time.perf_counter() - start)
                    page.wait_for_timeout(300)
                page.screenshot(path=str(hub.log_path.with_name(f"{learner.name}-06.png")))
            except Exception as error:
                result.browser_failures.append(f"{learner.name}: {type(error).__name__}: {str(error)[:200]}")
            finally:
                context.close()
                shutil.rmtree(profile, ignore_errors=True)


def wait_until(condition, timeout: float) -> float | None:
    """Seconds until ``condition()`` holds, or None after ``timeout`` (polled every 2 s)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return time.monotonic() - start
        time.sleep(2)
    return None


def simulate(
    learners: int = 11, browsers: int = 2, cull: bool = True, isolation: bool = True, memory_limit: bool = True
) -> Result:
    """The whole run; returns its figures. Nothing is left running when it returns (see Result.leftovers)."""
    cells = code_cells()
    start = time.perf_counter()
    hub = ClassHub(learners, cull=cull)
    with hub:
        result = Result([Learner(name) for name in hub.names], code_cells=len(cells))
        ready = threading.Barrier(learners)
        with ThreadPoolExecutor(max_workers=learners) as pool:
            for future in [pool.submit(run_learner, hub, learner, cells, ready) for learner in result.learners]:
                future.result(timeout=SPAWN_TIMEOUT + CELL_TIMEOUT * len(cells) + 120)
        working = [learner for learner in result.learners if not learner.failure]
        result.memory["efter kørsel"] = hub.memory()  # every learner: a server and notebook 06's kernel
        for uid in hub.uids().values():
            for path in (RUNTIME_ROOT / str(uid)).glob("kernel-*.json"):
                info = json.loads(path.read_text())
                result.transports.add(info["transport"])
                if info["transport"] == "ipc":
                    result.longest_socket = max(result.longest_socket, len(f"{info['ip']}-{info['shell_port']}"))
        if isolation and len(working) >= 2:
            result.isolation = check_isolation(hub, working)
        if memory_limit and working:
            result.memory_limit = check_memory_limit(hub, working[-1])
        if browsers and working:
            run_in_browser(hub, working[:browsers], result)
        if cull:
            uids = hub.uids()

            def processes_per_learner() -> list[int]:
                counts = dict.fromkeys(uids.values(), 0)
                for process in psutil.process_iter(["uids"]):
                    if process.info["uids"] and process.info["uids"].real in counts:
                        counts[process.info["uids"].real] += 1
                return list(counts.values())

            # The kernel culler leaves each learner their server only; then the idle culler stops the servers.
            if wait_until(lambda: max(processes_per_learner()) <= 1, CULL_WAIT) is not None:
                result.memory["efter kernel-oprydning"] = hub.memory()
            if wait_until(lambda: max(processes_per_learner()) == 0, CULL_WAIT) is not None:
                result.memory["efter server-oprydning"] = hub.memory()
    result.leftovers = hub.leftovers
    result.seconds = time.perf_counter() - start
    return result


def report(result: Result) -> str:
    learners = result.learners
    spawns = [x.spawn_seconds for x in learners if x.spawn_seconds is not None]
    cells = [s for x in learners for s in x.cell_seconds]
    firsts = [x.first_cell_seconds for x in learners if x.first_cell_seconds is not None]
    hung = sum("hung kernel" in failure for failure in result.failures)
    lines = [
        f"Learners: {len(learners)}; failed: {len(result.failures)} (hung kernels: {hung}); code cells of 06 run: "
        f"{sum(x.cells_ok for x in learners)} of {len(learners) * result.code_cells}; run took {result.seconds:.0f} s",
        f"Spawn (login to server answering): median {statistics.median(spawns):.1f} s, worst {max(spawns):.1f} s"
        if spawns
        else "Spawn: none succeeded",
    ]
    if cells:
        lines.append(
            f"Cell latency (all learners at once): median {statistics.median(cells):.2f} s, "
            f"p95 {percentile(cells, 0.95):.2f} s, worst {max(cells):.2f} s; first cell (imports) median "
            f"{statistics.median(firsts):.2f} s, worst {max(firsts):.2f} s"
        )
    cpu = [s for x in learners for s in x.cell_cpu_seconds[1:]]
    first_cpu = [x.cell_cpu_seconds[0] for x in learners if x.cell_cpu_seconds]
    if cpu:
        p95 = percentile(cpu, 0.95)
        lines.append(
            f"Kernel CPU per cell (after the first): median {statistics.median(cpu):.3f} s, p95 {p95:.3f} s; first "
            f"cell {statistics.median(first_cpu):.2f} s; all of 06 per learner "
            f"{(sum(cpu) + sum(first_cpu)) / len(first_cpu):.1f} s; {len(learners)} learners running the same p95 "
            f"cell at once need {len(learners) * p95:.1f} cores to answer within 1 s"
        )
    if result.slider_seconds:
        lines.append(
            f"Slider round trip in Chromium: median {statistics.median(result.slider_seconds):.2f} s, "
            f"worst {max(result.slider_seconds):.2f} s ({len(result.slider_seconds)} steps)"
        )
    limits = {limit for memory in result.memory.values() for m in memory["learners"].values() for limit in m["limits"]}
    lines.append(f"Memory limit per learner (cgroup): {', '.join(f'{x:.0f} MiB' if x else 'none' for x in limits)}")
    for stage, memory in result.memory.items():
        per = [m for m in memory["learners"].values() if m["processes"]]
        hub_rss = sum(part["rss"] for part in memory["hub"].values())
        hub_pss = sum(part["pss"] for part in memory["hub"].values())
        parts = ", ".join(f"{name} {part['rss']:.0f}" for name, part in sorted(memory["hub"].items()))
        if per:
            rss, pss = [m["rss"] for m in per], [m["pss"] for m in per]
            servers = [r for m in per for r in m["server"]]
            kernels = [r for m in per for r in m["kernels"]]
            split = f"server median {statistics.median(servers):.0f}" if servers else "no server"
            kernel_pss = [r for m in per for r in m["kernel_pss"]]
            if kernels:
                split += f", kernel median {statistics.median(kernels):.0f} (PSS {statistics.median(kernel_pss):.0f})"
            lines.append(
                f"Memory {stage}: per learner RSS median {statistics.median(rss):.0f} MiB (max {max(rss):.0f}), "
                f"PSS median {statistics.median(pss):.0f} MiB, processes {max(m['processes'] for m in per)}; "
                f"all learners RSS {sum(rss):.0f} MiB, PSS {sum(pss):.0f} MiB; hub total RSS {hub_rss:.0f} MiB "
                f"(PSS {hub_pss:.0f}; {parts}); {split} MiB"
            )
        else:
            lines.append(
                f"Memory {stage}: no learner process; hub total RSS {hub_rss:.0f} MiB (PSS {hub_pss:.0f}; {parts})"
            )
    transports = ", ".join(sorted(result.transports))
    lines.append(f"Kernel transport: {transports}; longest socket path {result.longest_socket} characters")
    if result.isolation is None:
        lines.append("Isolation: not checked (fewer than two learners with a server)")
    else:
        ok = "learner A could not read learner B's work (own kernel and B's server)"
        lines.append(f"Isolation: {'; '.join(result.isolation) or ok}")
    if result.memory_limit is not None:
        ok = f"a kernel taking {MEMORY_PROBE_MIB} MiB was stopped, its server lived on"
        lines.append(f"Memory limit: {'; '.join(result.memory_limit) or ok}")
    lines.extend(f"FAILED {failure}" for failure in result.failures + result.browser_failures)
    lines.append(f"Left running after clean-up: {len(result.leftovers)} {result.leftovers or ''}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=11)
    parser.add_argument("--browsers", type=int, default=2, help="learners who also use real Chromium")
    parser.add_argument("--no-cull", action="store_true", help="skip the wait for the culling")
    options = parser.parse_args(argv)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load before: {os.getloadavg()[0]:.2f}", flush=True)
    result = simulate(options.learners, options.browsers, cull=not options.no_cull)
    print(report(result))
    print(f"Load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
