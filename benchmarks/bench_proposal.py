"""Speed of the four exports of notebook 08 (Word, Excel, PDF, JSON), printed (figures, not pass/fail).

    .venv/bin/python benchmarks/bench_proposal.py

Exports the illustrative example case (``proposal.examples.example_case``: 7 steps, every part filled) the way
the export button does (``export.export_all``: the document and its three charts are built once, then each file
is written atomically), a few times after one warm-up, and prints the median wall and CPU time of each step.
Target (issue 15): all four exports under 2 s together. Wall time depends on the machine's load, so the CPU time
of the process and the load average are printed too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="bench-forslag-"))

from workbook_helpers.proposal import examples, export

REPEATS = 3
TARGET_S = 2.0


def timed(step) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    for r in result if isinstance(result, list) else [result]:
        if hasattr(r, "ok") and not r.ok:
            sys.exit(f"export failed: {r.message}")
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    case = examples.example_case()
    export.export_all(case)  # warm-up: imports, fonts, matplotlib caches
    steps = {
        "build (tables + 3 charts)": lambda: export.build(case),
        "build without charts": lambda: export.build(case, charts=False),
    }
    doc = export.build(case)
    steps.update(
        {
            "docx": lambda: export.export_docx(case, doc),
            "xlsx": lambda: export.export_xlsx(case),
            "pdf": lambda: export.export_pdf(case, doc),
            "json": lambda: export.export_json(case),
            "all four (export_all)": lambda: export.export_all(case),
        }
    )
    print(f"Exports of notebook 08, median of {REPEATS} (load average {os.getloadavg()[0]:.1f}):")
    print(f"{'step':<28}{'wall s':>10}{'cpu s':>10}")
    total = None
    for name, step in steps.items():
        runs = [timed(step) for _ in range(REPEATS)]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{name:<28}{wall:>10.2f}{cpu:>10.2f}")
        if name.startswith("all four"):
            total = cpu
    print(f"target: all four under {TARGET_S:.0f} s; CPU time of export_all: {total:.2f} s")


if __name__ == "__main__":
    main()
