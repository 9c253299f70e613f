"""The set-up: pins agree everywhere, Binder would build with Python 3.11, CI runs the README's command."""

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"([A-Za-z0-9_.\-]+)==(\S+)")


def pins(lines):
    return dict(m.groups() for line in lines if (m := PIN.fullmatch(str(line).strip())))


def test_environment_yml_has_the_same_pins_as_requirements():
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in environment["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    assert "python=3.11" in conda and "pip" in conda
    assert pins(pip) == pins((ROOT / "requirements.txt").read_text().splitlines())
    assert "-e ." in pip, "Binder installs the helper package too"


def test_dev_requirements_build_on_the_runtime_pins():
    dev = (ROOT / "requirements-dev.txt").read_text().splitlines()
    assert "-r requirements.txt" in dev
    assert all("==" in line for line in dev if line.strip() and not line.startswith(("#", "-r")))


def test_repo2docker_would_build_python_3_11_with_our_settings():
    tool = Path(sys.executable).parent / "repo2docker"
    result = subprocess.run(
        [str(tool), "--no-build", "--debug", str(ROOT)], capture_output=True, text=True, timeout=120, check=True
    )
    output = result.stdout + result.stderr
    assert "Building conda environment for python=3.11" in output
    assert '--file "environment.yml"' in output
    assert "postBuild" in output


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    for command in ("python3 workbook.py lab", "python3 workbook.py test"):
        assert command in readme
    assert "python3 workbook.py test" in ci


def test_lab_command_keeps_authentication_and_listens_locally():
    source = (ROOT / "workbook.py").read_text()
    assert '"--ip=127.0.0.1"' in source
    assert "token=''" not in source and 'token=""' not in source and "disable_check_xsrf" not in source
    assert "notebooks/00_kom_i_gang.ipynb" in source
