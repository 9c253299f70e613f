"""Notebook hygiene: stored clean, one kernel, a title, learning goals and a time estimate, headings in order."""

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
CHECKED, IGNORED = "nbval-check-output", "nbval-ignore-output"
ids = [p.name for p in NOTEBOOKS]


def read(path):
    return nbformat.read(path, as_version=4)


def headings(notebook):
    """(level, text) of every markdown heading, skipping fenced code."""
    found = []
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        fenced = False
        for line in cell.source.splitlines():
            if line.lstrip().startswith("```"):
                fenced = not fenced
            elif not fenced and (m := re.match(r"(#{1,6})\s+(.+)", line)):
                found.append((len(m.group(1)), m.group(2).strip()))
    return found


def test_there_are_notebooks():
    assert (ROOT / "notebooks" / "00_kom_i_gang.ipynb") in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_notebook_is_valid_and_uses_the_common_kernel(path):
    notebook = read(path)
    nbformat.validate(notebook)
    assert notebook.metadata.get("kernelspec") == KERNELSPEC
    assert "widgets" not in notebook.metadata, "no saved widget state (run tools/refresh_notebooks.py)"
    assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name), "ASCII file names: NN_name.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_stored_without_outputs_except_checked_reference_outputs(path):
    """nbval compares a checked cell only against a stored output, so those keep text output and a count."""
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type != "code":
            continue
        tags = cell.metadata.get("tags", [])
        assert not (CHECKED in tags and IGNORED in tags), f"cell {index}: checked and ignored at once"
        if CHECKED in tags:
            assert cell.outputs, f"cell {index}: checked cell without reference output (run tools/refresh_notebooks.py)"
            for output in cell.outputs:
                kinds = output.get("data", {}).keys() if "data" in output else ["stream"]
                assert all(k == "stream" or k.startswith("text/") for k in kinds), f"cell {index}: only text"
        else:
            assert not cell.outputs, f"cell {index} stores outputs (run tools/refresh_notebooks.py)"
            assert cell.execution_count is None, f"cell {index} stores an execution count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_starts_with_title_time_and_learning_goals(path):
    notebook = read(path)
    first = notebook.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert re.search(r"^\*\*Tid:\*\* ca\. \d+ minutter$", first.source, re.M), "a line '**Tid:** ca. N minutter'"
    goals = first.source.split("## Læringsmål", 1)
    assert len(goals) == 2, "a '## Læringsmål' section in the first cell"
    assert re.search(r"^- ", goals[1], re.M), "learning goals as a bullet list"
    assert [h for h in headings(notebook) if h[0] == 1] == [headings(notebook)[0]], "exactly one H1 title"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_headings_go_in_order(path):
    previous = 0
    for level, text in headings(read(path)):
        assert level <= previous + 1, f"heading '{text}' jumps from level {previous} to {level}"
        previous = level


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_first_code_cell_sets_the_backend(path):
    first_code = next(c for c in read(path).cells if c.cell_type == "code")
    assert first_code.source.startswith("%matplotlib inline")


def course_map_links(text):
    return set(re.findall(r"\b(\d\d_[a-z0-9_]+)\b", text))


def test_course_maps_list_every_notebook_and_only_real_ones():
    names = {p.stem for p in NOTEBOOKS}
    start = "\n".join(
        c.source for c in read(ROOT / "notebooks" / "00_kom_i_gang.ipynb").cells if c.cell_type == "markdown"
    )
    readme = (ROOT / "README.md").read_text()
    for where, text in (("00_kom_i_gang", start), ("README.md", readme)):
        linked = course_map_links(text)
        assert names <= linked, f"{where} does not map {sorted(names - linked)}"
        assert linked <= names, f"{where} links to missing notebooks {sorted(linked - names)}"
