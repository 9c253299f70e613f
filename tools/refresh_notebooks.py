"""Store notebooks the way the tests want them: no outputs, except the expected output of checked cells.

    .venv/bin/python tools/refresh_notebooks.py notebooks/03_arbejdsgangsanalyse.ipynb   # one or more
    .venv/bin/python tools/refresh_notebooks.py                                         # every notebook

Each notebook is executed (in notebooks/, with a throw-away work folder). Cells tagged ``nbval-check-output`` keep
their text output and an execution count, which nbval needs in order to compare them; every other cell is stored
without outputs and without an execution count. Slide metadata is derived from the structure (tools/slides.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from slides import apply_slides

ROOT = Path(__file__).resolve().parent.parent
CHECKED = "nbval-check-output"
TEXT_TYPES = ("text/",)  # nbval compares every text type it is given; pictures are not compared


def _text_only(output):
    if output.get("output_type") == "stream":
        return output
    if output.get("output_type") in ("execute_result", "display_data") and "text/plain" in output.get("data", {}):
        output["data"] = {k: v for k, v in output["data"].items() if k.startswith(TEXT_TYPES)}
        output["metadata"] = {}
        if output["output_type"] == "execute_result":
            output["execution_count"] = 1
        return output
    return None


def refresh(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="refresh-"))
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        if CHECKED in cell.metadata.get("tags", []):
            cell.outputs = [o for o in (_text_only(o) for o in cell.outputs) if o is not None]
            cell.execution_count = 1
        else:
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
    notebook.metadata.pop("widgets", None)  # nbclient saves widget state; the stored notebook stays small and clean
    apply_slides(notebook)
    nbformat.write(notebook, path)
    print(f"refreshed {path.relative_to(ROOT)}")


if __name__ == "__main__":
    paths = [Path(p).resolve() for p in sys.argv[1:]] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for notebook_path in paths:
        refresh(notebook_path)
