#!/usr/bin/env python3
"""Set up the workbook and open it, or run every test. Needs nothing but python3.

    python3 workbook.py lab     # opens JupyterLab (Danish) at notebooks/00_kom_i_gang.ipynb
    python3 workbook.py test    # runs ruff, unit tests, every notebook under nbval, and the browser tests
    python3 workbook.py test tests/browser    # only these tests (after the same set-up and ruff)
    python3 workbook.py student [--solutions 01:1,3] [--course kursus.toml]   # builds the student edition, build/elev/
    python3 workbook.py app 06  # app mode (Voilà): notebook 06's explorers without the code, on 127.0.0.1 with a token
    python3 workbook.py hub     # (Linux, as root) JupyterHub for a whole class on 127.0.0.1:8000; see hub/README.md

Each command creates .venv if it is missing and installs the pinned requirements and the package into it. A second
run finds the same requirements already installed (a stamp file records what was installed) and installs nothing.
`hub` does the same for .venv-hub, the environment every learner's server runs from (see hub/README.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import socket
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

# App mode (Voilà): the template without CDN links (share/jupyter), and without jupyterlab-slideshow and its fonts,
# whose lab extensions need JupyterLab's shared modules and log errors in Voilà.
VOILA_ARGS = [
    "--template=arbejdsbog",
    *(f"--VoilaConfiguration.extension_denylist={name}" for name in (
        "jupyterlab-slideshow", "@deathbeds/jupyterlab-fonts", "@deathbeds/jupyterlab-font-anonymous-pro",
        "@deathbeds/jupyterlab-font-atkinson-hyperlegible", "@deathbeds/jupyterlab-font-dejavu-sans-mono",
        "@deathbeds/jupyterlab-font-fira-code",
    )),
]  # fmt: skip

# JupyterLab settings for everyone who opens the workbook: the Danish interface, and no news or update pop-ups.
LAB_OVERRIDES = {
    "@jupyterlab/translation-extension:plugin": {"locale": "da_DK"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}

# ipykernel's help links (Help menu), named in Danish; the same pages as ipykernel's own list.
KERNEL_HELP_LINKS = [
    {"text": f"{name}-reference", "url": url}
    for name, url in [
        ("Python", f"https://docs.python.org/{sys.version_info.major}.{sys.version_info.minor}"),
        ("IPython", "https://ipython.readthedocs.io/en/stable/"),
        ("NumPy", "https://numpy.org/doc/stable/reference/"),
        ("Matplotlib", "https://matplotlib.org/stable/"),
        ("pandas", "https://pandas.pydata.org/docs/"),
    ]
]


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


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def install_danish_catalogue(prefix: Path | str = VENV) -> None:
    """Install the workbook's Danish JupyterLab catalogue into the environment at ``prefix``, pack left untouched.

    Copies lab/<locale>/*.json to <prefix>/share/jupyter/workbook_translations/<locale>/ and enables the server
    extension workbook_helpers.lab_danish (which lays it over the language pack for da_DK only) through
    <prefix>/etc/jupyter/jupyter_server_config.d/. The environment's Python must have workbook_helpers installed.
    """
    prefix = Path(prefix)
    target = prefix / "share" / "jupyter" / "workbook_translations"
    sources = sorted((ROOT / "lab").glob("*/*.json"))
    for source in sources:
        _write(target / source.parent.name / source.name, source.read_text(encoding="utf-8"))
    for stale in set(target.glob("*/*.json")) - {target / s.parent.name / s.name for s in sources}:
        stale.unlink()  # a catalogue the workbook no longer has
    enable = {"ServerApp": {"jpserver_extensions": {"workbook_helpers.lab_danish": True}}}
    _write(prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "workbook_helpers.lab_danish.json",
           json.dumps(enable, indent=2))  # fmt: skip
    # The Help menu's links come from the kernel, not from JupyterLab: ipykernel reads their names from here.
    kernel_config = prefix / "etc" / "ipython" / "ipython_kernel_config.json"
    config = json.loads(kernel_config.read_text(encoding="utf-8")) if kernel_config.exists() else {}
    config.setdefault("IPythonKernel", {})["help_links"] = KERNEL_HELP_LINKS
    _write(kernel_config, json.dumps(config, indent=2, ensure_ascii=False))


def configure_jupyterlab(prefix: Path = VENV) -> None:
    """Write the workbook's JupyterLab settings into the environment at ``prefix`` (postBuild uses it on Binder)."""
    settings = Path(prefix) / "share" / "jupyter" / "lab" / "settings"
    _write(settings / "overrides.json", json.dumps(LAB_OVERRIDES, indent=2))
    install_danish_catalogue(prefix)


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
    targets += student_edition_for_tests([*targets, *extra])
    return subprocess.call([str(a) for a in [*pytest, *targets, *extra]], cwd=ROOT, env=env)


def student(extra: list[str]) -> int:
    """Build the student edition into build/elev/ (tools/student_edition.py says what it drops and keeps)."""
    ensure_venv()
    ensure_packages("requirements.txt")
    return subprocess.call([str(PYTHON), str(ROOT / "tools" / "student_edition.py"), *extra], cwd=ROOT)


def student_edition_for_tests(targets: list[str]) -> list[str]:
    """Build build/elev/ when the run covers all notebooks or names it; nbval then runs the student edition too."""
    wanted = [t for t in targets if not t.startswith("-")]
    if "notebooks" not in wanted and not any(t.rstrip("/").startswith("build/elev") for t in wanted):
        return []
    say("Bygger elevudgaven i build/elev (den køres også under nbval) ...")
    run(PYTHON, ROOT / "tools" / "student_edition.py", cwd=ROOT)
    return [] if any(t.startswith("build/elev") for t in wanted) else ["build/elev"]


def notebook_path(name: str) -> Path:
    """``06``, ``06_business_case`` or a path -> the notebook in notebooks/ (exits with a Danish message if none)."""
    given = Path(name)
    if given.suffix == ".ipynb" and (ROOT / given).is_file():
        return (ROOT / given).resolve()
    found = sorted((ROOT / "notebooks").glob(f"{given.stem}*.ipynb"))
    if len(found) != 1:
        sys.exit(f"Fandt ikke én notebook, der hedder »{name}«. Skriv fx: python3 workbook.py app 06")
    return found[0]


def free_port(first: int) -> int:
    for port in range(first, first + 50):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return port
    sys.exit(f"Portene {first}-{first + 49} er optaget på 127.0.0.1.")


def app(extra: list[str]) -> int:
    """App mode: Voilà shows a notebook's outputs and widgets without its code (the explorers in 01, 02 and 06).

    It shows the student edition of the notebook (built into build/app/), so no note for the instructor is on screen.
    """
    if not extra or extra[0].startswith("-"):
        sys.exit("Skriv hvilken notebook der skal vises, fx: python3 workbook.py app 06")
    notebook = notebook_path(extra[0])
    ensure_venv()
    ensure_packages("requirements.txt")
    (ROOT / "mit_arbejde").mkdir(exist_ok=True)
    if notebook.parent == ROOT / "notebooks":  # show the student edition: no instructor notes, no solutions
        run(PYTHON, ROOT / "tools" / "student_edition.py", "--target", ROOT / "build" / "app", cwd=ROOT)
        notebook = ROOT / "build" / "app" / notebook.name
    # share/jupyter holds the template "arbejdsbog": Voilà's lab template without requests to CDNs.
    paths = [str(ROOT / "share" / "jupyter"), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    env = {**os.environ, "JUPYTER_PATH": os.pathsep.join(paths)}
    port, token = free_port(8866), secrets.token_hex(16)
    args = [
        BIN / "voila", notebook.relative_to(ROOT),
        "--Voila.ip=127.0.0.1", f"--port={port}", f"--token={token}",  # only this computer, and a login token
        *VOILA_ARGS,
    ]  # fmt: skip
    say(f"Viser {notebook.name} som app (Voilà) på http://127.0.0.1:{port}/?token={token}")
    say("Stop den igen med Ctrl+C i dette vindue.")
    return subprocess.call([str(a) for a in [*args, *extra[1:]]], cwd=ROOT, env=env)


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
    # Learners get the student edition (no instructor notes, solutions as the course decides): build it now, with
    # any options after `hub --`, e.g. `python3 workbook.py hub -- --solutions 01:1`.
    edition = extra[extra.index("--") + 1 :] if "--" in extra else []
    extra = extra[: extra.index("--")] if "--" in extra else extra
    run(python, ROOT / "tools" / "student_edition.py", *edition, cwd=ROOT)
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
    commands = {"lab": lab, "test": test, "student": student, "app": app, "hub": hub}
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
