"""Every learning goal a notebook shows is practised in it, and every core or deeper section asks the pair or group
to work together.

A markdown cell that introduces an exercise, a reflection or a widget carries a hidden marker ``<!-- mål: N -->``,
where N is the goal's number in the ``## Læringsmål`` list (1-based). The next code cell after the marker must be
something the learner does: a checked exercise (``.tjek(``), a reflection box, or a widget (a cell tagged
``nbval-ignore-output``), or a checked cell (tagged ``nbval-check-output``). Sections marked ``(kerne)`` or
``(fordybelse)`` each hold a ``**Sammen:**`` prompt.
"""

import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9][0-9]_*.ipynb"))
MARKER = re.compile(r"<!--\s*mål:\s*([\d,\s]+)-->")


def goals(notebook) -> list[str]:
    text = notebook.cells[0].source.split("## Læringsmål", 1)[1]
    return re.findall(r"^- (.+)", text, re.M)


def does_something(cell) -> bool:
    tags = cell.metadata.get("tags", [])
    acting = ".tjek(" in cell.source or "reflection(" in cell.source
    return acting or "nbval-ignore-output" in tags or "nbval-check-output" in tags


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_learning_goal_is_practised(path):
    notebook = nbformat.read(path, as_version=4)
    wanted = set(range(1, len(goals(notebook)) + 1))
    practised = set()
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "markdown":
            continue
        for match in MARKER.finditer(cell.source):
            numbers = {int(n) for n in re.findall(r"\d+", match.group(1))}
            following = next((c for c in notebook.cells[index + 1 :] if c.cell_type == "code"), None)
            assert following is not None and does_something(following), (
                f"cell {index}: the marker {sorted(numbers)} is not followed by an exercise, reflection or widget"
            )
            practised |= numbers
    assert not wanted - practised, f"goals never practised: {sorted(wanted - practised)}"
    assert not practised - wanted, f"markers for goals that are not listed: {sorted(practised - wanted)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_core_and_deeper_section_has_a_prompt_for_the_pair_or_group(path):
    notebook = nbformat.read(path, as_version=4)
    sections: list[tuple[str, str]] = []
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("## "):
                sections.append((line, ""))
        if sections:
            sections[-1] = (sections[-1][0], sections[-1][1] + cell.source)
    marked = [(head, text) for head, text in sections if re.search(r"\((kerne|fordybelse)\)", head, re.I)]
    missing = [head for head, text in marked if "**Sammen:**" not in text]
    assert not missing, f"sections without a **Sammen:** prompt: {missing}"
