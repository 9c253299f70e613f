"""Slide metadata from a notebook's structure, for jupyterlab-slideshow (Deck): no hand edits, always in step.

    .venv/bin/python tools/slides.py                                   # every notebook in notebooks/
    .venv/bin/python tools/slides.py notebooks/06_business_case.ipynb  # one or more
    .venv/bin/python tools/slides.py --check                           # only say which notebooks are out of step

tools/refresh_notebooks.py applies the same rules each time it stores a notebook; tests/test_slides.py checks them.
The rules (``slideshow.slide_type``, the metadata RISE and jupyterlab-slideshow share):

- a markdown cell that starts with a ``#`` or ``##`` heading starts a slide; one with ``###`` a subslide;
- a code cell tagged ``nbval-ignore-output`` (a widget, a chart or a table) gets a subslide of its own, and the
  cell after it starts another subslide, so a widget is never squeezed under text;
- instructor notes (tagged ``instructor`` or starting with "**Til underviseren") become speaker notes;
- the first code cell (the imports) and cells tagged ``solution`` are skipped in the deck (they still run);
- every other cell continues the slide before it (``-``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
VISUAL, INSTRUCTOR, SOLUTION = "nbval-ignore-output", "instructor", "solution"
NOTE_START = re.compile(r"^\s*(>\s*)?\*\*Til underviseren")


def _tags(cell) -> list[str]:
    return cell.metadata.get("tags", [])


def slide_types(notebook) -> list[str]:
    """The slide type of each cell, by the rules above."""
    types, after_visual, seen_code = [], False, False
    for cell in notebook.cells:
        text, code = cell.source.lstrip(), cell.cell_type == "code"
        if INSTRUCTOR in _tags(cell) or (not code and NOTE_START.match(text)):
            types.append("notes")
            continue
        if code:
            first, seen_code = not seen_code, True
            if first or SOLUTION in _tags(cell):
                types.append("skip")
                continue
        if not code and re.match(r"#{1,2}\s", text):
            kind = "slide"
        elif (not code and re.match(r"###\s", text)) or (code and VISUAL in _tags(cell)):
            kind = "subslide"
        else:
            kind = "subslide" if after_visual else "-"
        after_visual = code and VISUAL in _tags(cell)
        types.append(kind)
    if types and types[0] == "-":
        types[0] = "slide"
    return types


def stored_types(notebook) -> list[str | None]:
    return [cell.metadata.get("slideshow", {}).get("slide_type") for cell in notebook.cells]


def apply_slides(notebook) -> bool:
    """Write the slide types into the cells' metadata; True if anything changed."""
    wanted = slide_types(notebook)
    if stored_types(notebook) == wanted:
        return False
    for cell, kind in zip(notebook.cells, wanted, strict=True):
        cell.metadata["slideshow"] = {"slide_type": kind}
    return True


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a).resolve() for a in argv if a != "--check"] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    stale = []
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        if check:
            if stored_types(notebook) != slide_types(notebook):
                stale.append(path.name)
        elif apply_slides(notebook):
            nbformat.write(notebook, path)
            print(f"slides: {path.name}")
    if stale:
        print(f"Slide metadata out of step (run tools/slides.py): {', '.join(stale)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
