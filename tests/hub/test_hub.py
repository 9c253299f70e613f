"""The class hub: three learners log in, spawn and run notebook 06 at once; none can read another's work; nothing
is left running. And the Zero to JupyterHub values name the image the build produces, with the hub's settings."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psutil
import pytest
import requests
import yaml

ROOT = Path(__file__).resolve().parents[2]
VALUES = ROOT / "hub" / "z2jh" / "values.yaml"
CONFIG = (ROOT / "hub" / "jupyterhub_config.py").read_text()


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def config_value(start: str) -> str:
    """The first string literal on the line of hub/jupyterhub_config.py that starts with ``start`` (after it)."""
    line = next(line for line in CONFIG.splitlines() if line.startswith(start))
    return re.findall(r'"([^"]*)"', line[len(start) :])[-1]


needs_root_linux = pytest.mark.skipif(
    os.name == "nt" or os.geteuid() != 0 or not shutil.which("useradd") or not shutil.which("npm"),
    reason="the class hub runs as root on Linux with useradd and npm (it creates one Unix account per learner)",
)


@pytest.mark.hub
@needs_root_linux
def test_three_learners_run_notebook_06_apart_and_leave_nothing_behind():
    bench = load(ROOT / "benchmarks" / "bench_hub.py")
    result = bench.simulate(3, browsers=0, cull=False)
    print(bench.report(result))
    assert result.failures == []
    assert all(learner.spawn_seconds for learner in result.learners)
    assert [learner.cells_ok for learner in result.learners] == [result.code_cells] * 3
    assert result.isolation == [], "learner A must not read learner B's work"
    assert result.memory_limit == [], "a kernel past the limit is stopped, the server is not"
    memory = result.memory["efter kørsel"]["learners"].values()
    assert all(entry["processes"] >= 2 for entry in memory), "a server and a kernel per learner"
    assert {limit for entry in memory for limit in entry["limits"]} == {1024.0}, "1 GiB cgroup limit per learner"
    assert result.transports == {"ipc"} and result.longest_socket < 107, "Unix sockets, short enough"
    assert result.leftovers == []


@pytest.mark.hub
@needs_root_linux
def test_the_hub_command_sets_itself_up_and_listens_only_on_127_0_0_1(tmp_path):
    bench = load(ROOT / "benchmarks" / "bench_hub.py")
    port, group, state = bench.free_port_block(), f"lt{uuid.uuid4().hex[:5]}", tmp_path / "state"
    env = {
        **os.environ, "WORKBOOK_HUB_PORT": str(port), "WORKBOOK_HUB_STATE": str(state), "WORKBOOK_HUB_GROUP": group,
        "WORKBOOK_HUB_EXTRA_CONFIG": "/nonexistent",
    }  # fmt: skip
    hub = subprocess.Popen([sys.executable, "workbook.py", "hub"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not _answers(f"http://127.0.0.1:{port}/hub/api/"):
            assert hub.poll() is None and time.monotonic() < deadline, "the hub did not start"
            time.sleep(0.5)
        family = [psutil.Process(hub.pid), *psutil.Process(hub.pid).children(recursive=True)]
        listening = {c.laddr.ip for p in family for c in p.net_connections("inet") if c.status == psutil.CONN_LISTEN}
        assert listening == {"127.0.0.1"}
        login = requests.get(f"http://127.0.0.1:{port}/hub/login", timeout=10).content.decode()
        assert "Log ind på arbejdsbogen" in login and "Adgangskode:" in login
        assert state.stat().st_mode & 0o777 == 0o700
        assert subprocess.run(["getent", "group", group], capture_output=True).returncode == 0
    finally:
        hub.terminate()
        hub.wait(timeout=60)
        subprocess.run(["groupdel", group], capture_output=True)
    assert not [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).ok
    except requests.RequestException:
        return False


def test_values_file_names_the_image_the_build_produces():
    build = load(ROOT / "hub" / "z2jh" / "build_image.py")
    values = yaml.safe_load(VALUES.read_text())
    image = values["singleuser"]["image"]
    assert (image["name"], image["tag"]) == (build.IMAGE_NAME, build.image_tag())
    assert f"{build.IMAGE_NAME}:{build.image_tag()}" in build.command()
    dockerfile = subprocess.run(build.command(dry_run=True), capture_output=True, text=True, timeout=120, check=True)
    assert build.appendix() in dockerfile.stdout + dockerfile.stderr, "the image gets jupyterhub-singleuser"


def test_values_file_keeps_the_class_hubs_start_page_memory_and_culling():
    values = yaml.safe_load(VALUES.read_text())
    user = values["singleuser"]
    assert 'c.Spawner.default_url = f"/lab/tree/{START_PAGE}"' in CONFIG
    assert user["defaultUrl"] == f"/lab/tree/{config_value('START_PAGE')}" == "/lab/tree/notebooks/00_kom_i_gang.ipynb"
    memory = {"guarantee": config_value("c.Spawner.mem_guarantee"), "limit": config_value("c.Spawner.mem_limit")}
    assert user["memory"] == memory
    assert user["extraEnv"]["WORKBOOK_WORK_DIR"] == user["storage"]["homeMountPath"]
    assert values["cull"]["enabled"] is True
    assert values["cull"]["timeout"] == int(config_value("cull_server = "))
    kernel = int(config_value("cull_kernel = "))
    assert f"--MappingKernelManager.cull_idle_timeout={kernel}" in values["hub"]["config"]["Spawner"]["args"]
