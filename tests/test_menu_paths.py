"""Menu paths in the notebooks and the README, **Kør → Kør alle celler**, are the ones learners see.

tests/menus_da.json is what the real Danish menus show (the browser test tests/browser/test_danish_interface.py
reads every menu and fails when they differ from it); each step of a path must be there, and must still be what
the workbook's catalogue (lab/da_DK/jupyterlab.json) gives.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MENUS = json.loads((ROOT / "tests" / "menus_da.json").read_text(encoding="utf-8"))
# **A → B** in bold: no space just inside the stars, so "**x** ... → ... **y**" is not taken for one.
PATH = re.compile(r"\*\*(?=\S)([^*\n]+?(?: → [^*\n]+?)+)(?<=\S)\*\*")
SEPARATOR = " → "


def _markdown() -> list[tuple[str, str]]:
    texts = [("README.md", (ROOT / "README.md").read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        texts += [(path.name, "".join(c["source"])) for c in cells if c["cell_type"] == "markdown"]
    return texts


def _menu_paths() -> list[tuple[str, str]]:
    return [(where, m.group(1)) for where, text in _markdown() for m in PATH.finditer(text)]


def _catalogue_forms() -> tuple[set[str], list[re.Pattern]]:
    forms: set[str] = set()
    for path in (ROOT / "lab" / "da_DK").glob("*.json"):
        entries = json.loads(path.read_text(encoding="utf-8"))
        forms |= {f for key, values in entries.items() if key for f in values}
    templates = [
        re.compile("^" + "(.+)".join(re.escape(p) for p in re.split(r"%\d", f)) + "$") for f in forms if "%1" in f
    ]
    return forms, templates


FORMS, TEMPLATES = _catalogue_forms()


def _from_catalogue(label: str) -> bool:
    """The label is a catalogue form, or one filled in (JupyterLab fills "Gem %1" and composes "%1 og %2")."""
    return label in FORMS or any(t.match(label) for t in TEMPLATES)


def test_the_notebooks_name_menu_paths():
    assert any(where.endswith(".ipynb") for where, _ in _menu_paths())


@pytest.mark.parametrize(("where", "path"), _menu_paths(), ids=[f"{w}: {p}" for w, p in _menu_paths()])
def test_menu_path_is_what_learners_see(where, path):
    steps = path.split(SEPARATOR)
    assert steps[0] in MENUS, f"{where}: »{steps[0]}« is no menu in the menu bar ({', '.join(m for m in MENUS)})"
    for i in range(1, len(steps)):
        menu = SEPARATOR.join(steps[:i])
        assert menu in MENUS, f"{where}: »{menu}« has no submenu"
        assert steps[i] in MENUS[menu], f"{where}: »{steps[i]}« is not in the menu »{menu}«: {MENUS[menu]}"
    for step in steps:
        assert _from_catalogue(step), f"{where}: »{step}« is not what lab/da_DK gives (catalogue changed?)"


def test_the_menu_bar_is_danish():
    titles = [name for name in MENUS if SEPARATOR not in name]
    assert titles == ["Filer", "Rediger", "Vis", "Kør", "Kerne", "Faneblade", "Indstillinger", "Hjælp"]
