"""The class hub: three learners log in, spawn and run notebook 06 at once; none can read another's work; nothing
is left running. And the Zero to JupyterHub values name the image the build produces, with the hub's settings."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
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
    memory = result.memory["efter kørsel"]["learners"].values()
    assert all(entry["processes"] >= 2 for entry in memory), "a server and a kernel per learner"
    assert {limit for entry in memory for limit in entry["limits"]} == {1024.0}, "1 GiB cgroup limit per learner"
    assert result.leftovers == []


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
