"""Speed and memory of the workbook, printed as a table (figures, not pass/fail).

    .venv/bin/python benchmarks/run.py            # every notebook
    .venv/bin/python benchmarks/run.py 00 03      # notebooks whose names start with these

For each notebook: the wall time to execute it top to bottom in a fresh kernel, the floor (a notebook that only
imports the same libraries, in a fresh kernel), and the kernel's peak memory (ru_maxrss). Then what
``import workbook_helpers`` and its shared modules add after their dependencies are imported.
Targets (from the foundation issue): time <= 1.5 x floor + 1 s; import adds < 0.15 s; kernel peak < 250 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
FLOOR_IMPORTS = "%matplotlib inline\nimport babel.numbers, ipywidgets, matplotlib.pyplot, numpy, pandas"
PEAK_CELL = "import resource; print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
REPEATS = 3


def execute(notebook) -> tuple[float, float]:
    """Seconds to start a kernel and run ``notebook``, and the kernel's peak memory in MB."""
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_CELL))
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    peak_kb = int(text.split("PEAK_KB")[1].split()[0])
    return seconds, peak_kb / 1024


def median_run(make_notebook) -> tuple[float, float]:
    runs = [execute(make_notebook()) for _ in range(REPEATS)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def import_cost(modules: str) -> float:
    """Median seconds that importing ``modules`` adds once the dependencies are imported, in a fresh interpreter."""
    code = (
        "import time, babel.numbers, babel.dates, ipywidgets, matplotlib, matplotlib.figure, numpy, pandas\n"
        f"t = time.perf_counter(); import {modules}; print(time.perf_counter() - t)"
    )
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]
    return statistics.median(runs)


def main(prefixes: list[str]) -> None:
    os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="bench-"))
    paths = [p for p in sorted(NOTEBOOKS.glob("*.ipynb")) if not prefixes or p.name.startswith(tuple(prefixes))]
    floor, floor_peak = median_run(lambda: nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_IMPORTS)]))
    print(f"Floor (kernel start + imports): {floor:.2f} s, kernel peak {floor_peak:.0f} MB; {REPEATS} runs each\n")
    print(f"{'notebook':<34} {'time s':>7} {'target s':>9} {'peak MB':>8}  within targets")
    for path in paths:
        seconds, peak = median_run(lambda p=path: nbformat.read(p, as_version=4))
        target = 1.5 * floor + 1
        ok = "yes" if seconds <= target and peak < 250 else "NO"
        print(f"{path.stem:<34} {seconds:>7.2f} {target:>9.2f} {peak:>8.0f}  {ok}")
    print()
    package = import_cost("workbook_helpers")
    shared = import_cost(
        "workbook_helpers.formats, workbook_helpers.style, workbook_helpers.data, "
        "workbook_helpers.exercises, workbook_helpers.storage"
    )
    print(
        f"import workbook_helpers adds {package * 1000:.1f} ms; with its shared modules {shared * 1000:.1f} ms "
        "(target < 150 ms)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
