#!/usr/bin/env python3
"""Set up the workbook and open it, or run every test. Needs nothing but python3.

    python3 workbook.py lab     # opens JupyterLab (Danish) at notebooks/00_kom_i_gang.ipynb
    python3 workbook.py test    # runs ruff, unit tests, every notebook under nbval, and the browser tests
    python3 workbook.py test tests/browser    # only these tests (after the same set-up and ruff)
    python3 workbook.py hub     # (Linux, as root) JupyterHub for a whole class on 127.0.0.1:8000; see hub/README.md

Each command creates .venv if it is missing and installs the pinned requirements and the package into it. A second
run finds the same requirements already installed (a stamp file records what was installed) and installs nothing.
`hub` does the same for .venv-hub, the environment every learner's server runs from (see hub/README.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
START_PAGE = "notebooks/00_kom_i_gang.ipynb"
CHROMIUM = Path(os.environ.get("WORKBOOK_CHROMIUM", "/usr/bin/chromium"))

# JupyterLab settings for everyone who opens the workbook: the Danish interface, and no news or update pop-ups.
LAB_OVERRIDES = {
    "@jupyterlab/translation-extension:plugin": {"locale": "da_DK"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def say(text: str) -> None:
    print(f"[arbejdsbog] {text}", flush=True)


def run(*args: str | Path, **kwargs) -> None:
    subprocess.run([str(a) for a in args], check=True, **kwargs)


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say("Opretter et virtuelt Python-miljø i .venv (kun første gang) ...")
    try:
        run(sys.executable, "-m", "venv", VENV)
    except subprocess.CalledProcessError:
        # Debian and Ubuntu ship venv without ensurepip until python3-venv is installed.
        shutil.rmtree(VENV, ignore_errors=True)
        if os.geteuid() == 0 and shutil.which("apt-get"):
            version = f"{sys.version_info.major}.{sys.version_info.minor}"
            run("apt-get", "update", "-qq")
            run("apt-get", "install", "-y", "-qq", f"python{version}-venv")
            run(sys.executable, "-m", "venv", VENV)
        else:
            sys.exit("Kunne ikke oprette .venv. Installér pakken python3-venv (fx: sudo apt install python3-venv).")


def _stamp(requirements: str) -> str:
    digest = hashlib.sha256()
    for name in ("requirements.txt", requirements, "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_packages(requirements: str) -> None:
    """Install the pinned requirements and the package, unless exactly these are installed already."""
    stamp_file = VENV / f".installed-{requirements}"
    wanted = _stamp(requirements)
    if stamp_file.exists() and stamp_file.read_text() == wanted:
        say(f"Pakkerne i {requirements} er allerede installeret.")
        return
    say(f"Installerer pakkerne i {requirements} (første gang tager det et par minutter) ...")
    if not (BIN / "uv").exists():
        run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv==0.13.9")
    run(
        BIN / "uv", "pip", "install", "--quiet", "--python", PYTHON, "--compile-bytecode",
        "-r", ROOT / requirements, "-e", ROOT,
    )  # fmt: skip
    stamp_file.write_text(wanted)


def configure_jupyterlab(prefix: Path = VENV) -> None:
    """Write the workbook's JupyterLab settings into the environment at ``prefix`` (postBuild uses it on Binder)."""
    settings = Path(prefix) / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    target = settings / "overrides.json"
    text = json.dumps(LAB_OVERRIDES, indent=2)
    if not target.exists() or target.read_text() != text:
        target.write_text(text)


def lab(extra: list[str]) -> int:
    ensure_venv()
    ensure_packages("requirements.txt")
    configure_jupyterlab()
    (ROOT / "mit_arbejde").mkdir(exist_ok=True)
    args = [
        BIN / "jupyter", "lab",
        "--ip=127.0.0.1",  # only this computer can reach the server; the token login stays on
        f"--ServerApp.root_dir={ROOT}",
        f"--LabApp.default_url=/lab/tree/{START_PAGE}",
    ]  # fmt: skip
    if os.name != "nt" and os.geteuid() == 0:
        args.append("--allow-root")
    say("Starter JupyterLab. Stop den igen med Ctrl+C i dette vindue.")
    return subprocess.call([str(a) for a in [*args, *extra]], cwd=ROOT)


def ensure_chromium() -> None:
    if CHROMIUM.exists():
        return
    say("Installerer Debians chromium til browsertestene (kun første gang) ...")
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if not shutil.which("apt-get") or (prefix and not shutil.which("sudo")):
        sys.exit(f"Browsertestene skal bruge Chromium i {CHROMIUM}. Installér pakken chromium.")
    run(*prefix, "apt-get", "update", "-qq")
    fonts = ["fonts-dejavu-core", "fonts-noto-color-emoji"]  # Danish letters, and the icons in feedback
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium", *fonts)


def test(extra: list[str]) -> int:
    ensure_venv()
    ensure_packages("requirements-dev.txt")
    configure_jupyterlab()
    ensure_chromium()
    artefacts = ROOT / "test-artefacts"
    artefacts.mkdir(exist_ok=True)
    env = {**os.environ, "WORKBOOK_WORK_DIR": tempfile.mkdtemp(prefix="arbejde-", dir=artefacts)}
    say("Tjekker kodestil med ruff ...")
    run(BIN / "ruff", "check", ROOT, cwd=ROOT)
    run(BIN / "ruff", "format", "--check", ROOT, cwd=ROOT)
    say("Kører enhedstest, alle notebooks (nbval) og browsertest ...")
    pytest = [PYTHON, "-m", "pytest", "--nbval-lax", "--doctest-modules"]
    # Paths given after `test` narrow the run (e.g. `python3 workbook.py test tests/browser`); by default, everything.
    targets = [] if any(not arg.startswith("-") for arg in extra) else ["workbook_helpers", "tests", "notebooks"]
    return subprocess.call([str(a) for a in [*pytest, *targets, *extra]], cwd=ROOT, env=env)


HUB = ROOT / "hub"
HUB_VENV = ROOT / ".venv-hub"
HUB_PROXY = HUB / "node_modules" / ".bin" / "configurable-http-proxy"


def shared_python() -> str:
    """A Python >= 3.11 that the learners' accounts may run too (the hub starts their servers as them)."""
    for candidate in (sys.executable, shutil.which("python3.11"), "/usr/bin/python3"):
        if not candidate or not Path(candidate).exists():
            continue
        code = "import sys; print(sys.version_info >= (3, 11)); print(sys.base_prefix)"
        newer, prefix = subprocess.check_output([candidate, "-c", code], text=True).split()
        folders = [Path(prefix), *Path(prefix).parents]
        if newer == "True" and all(folder.stat().st_mode & 0o005 == 0o005 for folder in folders):
            return candidate
    sys.exit("Hubben skal bruge en Python 3.11, som alle brugere må køre (fx Debians python3).")


def ensure_hub_env() -> Path:
    """.venv-hub: the workbook, JupyterHub and the idle culler once for all learners, and the proxy from npm."""
    ensure_venv()
    if not (BIN / "uv").exists():
        run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv==0.13.9")
    python = HUB_VENV / "bin" / "python"
    if not python.exists():
        say("Opretter hubbens Python-miljø i .venv-hub (kun første gang) ...")
        run(BIN / "uv", "venv", "--quiet", "--python", shared_python(), HUB_VENV)
    stamp_file, wanted = HUB_VENV / ".installed-hub", _stamp("hub/requirements-hub.txt")
    if not stamp_file.exists() or stamp_file.read_text() != wanted:
        say("Installerer arbejdsbogen og JupyterHub i .venv-hub ...")
        run(
            BIN / "uv", "pip", "install", "--quiet", "--python", python, "--compile-bytecode",
            "-r", ROOT / "requirements.txt", "-r", HUB / "requirements-hub.txt", "-e", ROOT,
        )  # fmt: skip
        # jsonschema's optional URI checker (via jupyter-events) builds a grammar at import: about 2.5 s of CPU for
        # every learner's server start, 75 s for a class of 30 logging in at once. Without it, event schemas' "uri"
        # formats go unchecked; nothing else changes.
        run(BIN / "uv", "pip", "uninstall", "--quiet", "--python", python, "rfc3987-syntax")
        stamp_file.write_text(wanted)
    configure_jupyterlab(HUB_VENV)
    fonts = HUB_VENV / "share" / "arbejdsbog" / "matplotlib"  # matplotlib's font list, copied to each learner
    if not any(fonts.glob("fontlist-*.json")):
        fonts.mkdir(parents=True, exist_ok=True)
        run(python, "-c", "import matplotlib.font_manager", env={**os.environ, "MPLCONFIGDIR": str(fonts)})
    if not HUB_PROXY.exists():
        say("Installerer configurable-http-proxy fra npm i hub/node_modules ...")
        run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", cwd=HUB)
    return python


def hub(extra: list[str]) -> int:
    if os.name == "nt" or os.geteuid() != 0:
        sys.exit("Hubben startes som root på en Linux-server: den starter hver kursists server som kursistens konto.")
    python = ensure_hub_env()
    group = os.environ.get("WORKBOOK_HUB_GROUP", "kursister")
    if subprocess.run(["getent", "group", group], capture_output=True).returncode != 0:
        run("groupadd", "--system", group)
        say(f"Oprettede gruppen {group}. Opret kursister med: useradd -m -G {group} NAVN && passwd NAVN")
    state = Path(os.environ.get("WORKBOOK_HUB_STATE", HUB / ".state"))
    state.mkdir(mode=0o700, parents=True, exist_ok=True)
    say("Starter JupyterHub på http://127.0.0.1:8000 (se hub/README.md). Stop den med Ctrl+C.")
    command = [str(a) for a in [python.parent / "jupyterhub", "-f", HUB / "jupyterhub_config.py", *extra]]
    os.chdir(state)
    os.execv(command[0], command)  # the hub itself gets Ctrl+C and stop signals, and stops the learners' servers


def main(argv: list[str]) -> int:
    commands = {"lab": lab, "test": test, "hub": hub}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    try:
        return commands[argv[0]](argv[1:])
    except subprocess.CalledProcessError as error:
        say(f"Et trin fejlede (kode {error.returncode}): {' '.join(map(str, error.cmd))}")
        return error.returncode or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
