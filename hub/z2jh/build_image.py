"""Build the learners' image for Zero to JupyterHub from this repository with repo2docker, as Binder does.

    .venv/bin/python hub/z2jh/build_image.py              # needs a Docker daemon (not on the workbook's test machine)
    .venv/bin/python hub/z2jh/build_image.py --dry-run    # prints the Dockerfile instead (no Docker needed)
    .venv/bin/python hub/z2jh/build_image.py --push REGISTRY/   # build, tag REGISTRY/NAME:TAG and push

repo2docker reads environment.yml and postBuild (the Danish interface); the appendix adds jupyterhub-singleuser, which
Zero to JupyterHub starts in each learner's pod, at the hub's own pin. The tag is the workbook's version and that pin,
so values.yaml names exactly the image this builds (tests/hub/test_hub.py checks it).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IMAGE_NAME = "fremtidens-digitale-administration"


def jupyterhub_pin() -> str:
    text = (ROOT / "hub" / "requirements-hub.txt").read_text()
    return re.search(r"^jupyterhub==(\S+)$", text, re.MULTILINE).group(1)


def image_tag() -> str:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    return f"{version}-jupyterhub-{jupyterhub_pin()}"


def appendix() -> str:
    return f"RUN python -m pip install --no-cache-dir jupyterhub=={jupyterhub_pin()}"


def command(dry_run: bool = False, registry: str = "") -> list[str]:
    tool = Path(sys.executable).parent / "repo2docker"
    args = [str(tool), "--no-run", "--user-name", "jovyan", "--image-name", f"{registry}{IMAGE_NAME}:{image_tag()}"]
    args += ["--appendix", appendix()]
    if dry_run:
        args += ["--no-build", "--debug"]
    elif registry:
        args.append("--push")
    return [*args, str(ROOT)]


def main(argv: list[str]) -> int:
    registry = argv[argv.index("--push") + 1] if "--push" in argv else ""
    return subprocess.call(command(dry_run="--dry-run" in argv, registry=registry))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
