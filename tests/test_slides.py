"""Slides: every notebook carries the slide metadata its structure gives (tools/slides.py), so a deck stays in step."""

import importlib.util
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("slides", ROOT / "tools" / "slides.py")
slides = sys.modules["slides"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(slides)
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_slide_metadata_is_in_step_with_the_structure(path):
    notebook = nbformat.read(path, as_version=4)
    assert slides.stored_types(notebook) == slides.slide_types(notebook), "run .venv/bin/python tools/slides.py"
    for cell, kind in zip(notebook.cells, slides.stored_types(notebook), strict=True):
        tags = cell.metadata.get("tags", [])
        if cell.cell_type == "markdown" and cell.source.startswith("## "):
            assert kind == "slide", f"a section starts a slide: {cell.source[:40]!r}"
        if "instructor" in tags or cell.source.startswith(("**Til underviseren", "> **Til underviseren")):
            assert kind == "notes", f"an instructor note is a speaker note: {cell.source[:40]!r}"
        if cell.cell_type == "code" and "nbval-ignore-output" in tags and kind != "skip":
            assert kind == "subslide", f"a widget gets a slide of its own: {cell.source[:40]!r}"


def test_a_widget_stays_alone_on_its_slide():
    cells = [
        nbformat.v4.new_markdown_cell("# Titel"),
        nbformat.v4.new_code_cell("%matplotlib inline"),
        nbformat.v4.new_markdown_cell("## Afsnit"),
        nbformat.v4.new_code_cell("explorer()", metadata={"tags": ["nbval-ignore-output"]}),
        nbformat.v4.new_markdown_cell("Tekst efter widgetten."),
        nbformat.v4.new_markdown_cell("**Til underviseren:** Vis den.", metadata={"tags": ["instructor"]}),
        nbformat.v4.new_code_cell("opgave_1.løsning()", metadata={"tags": ["solution"]}),
        nbformat.v4.new_markdown_cell("### Opgave 1"),
        nbformat.v4.new_code_cell("svar_1 = ____"),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells)
    assert slides.slide_types(notebook) == ["slide", "skip", "slide", "subslide", "subslide", "notes", "skip",
                                            "subslide", "-"]  # fmt: skip
    assert slides.apply_slides(notebook) and not slides.apply_slides(notebook)
    nbformat.validate(notebook)
