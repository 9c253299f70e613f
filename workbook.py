#!/usr/bin/env python3
"""Set up the workbook and open it, or run every test. Needs nothing but python3.

    python3 workbook.py lab     # opens JupyterLab (Danish) at notebooks/00_kom_i_gang.ipynb
    python3 workbook.py test    # runs ruff, unit tests, every notebook under nbval, and the browser tests
    python3 workbook.py test tests/browser    # only these tests (after the same set-up and ruff)

Each command creates .venv if it is missing and installs the pinned requirements and the package into it. A second
run finds the same requirements already installed (a stamp file records what was installed) and installs nothing.
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


def ensure_pdftoppm() -> None:
    """Debian's poppler-utils: the tests render the exported PDF proposal to PNG with pdftoppm."""
    if shutil.which("pdftoppm"):
        return
    say("Installerer Debians poppler-utils (pdftoppm) til PDF-testene (kun første gang) ...")
    prefix = [] if os.name == "nt" or os.geteuid() == 0 else ["sudo", "-n"]
    if not shutil.which("apt-get") or (prefix and not shutil.which("sudo")):
        sys.exit("PDF-testene skal bruge pdftoppm. Installér pakken poppler-utils.")
    run(*prefix, "apt-get", "update", "-qq")
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "poppler-utils")


def test(extra: list[str]) -> int:
    ensure_venv()
    ensure_packages("requirements-dev.txt")
    configure_jupyterlab()
    ensure_chromium()
    ensure_pdftoppm()
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


def main(argv: list[str]) -> int:
    commands = {"lab": lab, "test": test}
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
