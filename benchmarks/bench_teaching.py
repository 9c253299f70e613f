"""Speed of the teaching-mode tools, printed (figures, not pass/fail).

    .venv/bin/python benchmarks/bench_teaching.py

Measured, each the median of several runs: building the whole student edition (every notebook read, cleaned,
checked for leaks and written, plus its settings file), deriving the slide metadata of every notebook, and writing
the course plan from the notebooks. Wall time depends on the machine's load, so the CPU time is printed too.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import nbformat
from course_plan import PLAN, current_notebooks, render
from slides import slide_types
from student_edition import Course, build

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 5


def measure(label: str, step) -> None:
    walls, cpus = [], []
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    print(f"{label:<58} {statistics.median(walls) * 1000:8.1f} ms wall {statistics.median(cpus) * 1000:8.1f} ms CPU")


def main() -> None:
    paths = sorted((ROOT / "notebooks").glob("*.ipynb"))
    target = Path(tempfile.mkdtemp(prefix="bench-elev-"))
    print(f"{len(paths)} notebooks, {sum(len(nbformat.read(p, as_version=4).cells) for p in paths)} cells")
    measure("student edition, all notebooks (build/elev)", lambda: build(target, Course()))
    measure("slide metadata, all notebooks", lambda: [slide_types(nbformat.read(p, as_version=4)) for p in paths])
    text = PLAN.read_text(encoding="utf-8")
    measure("course plan from the notebooks", lambda: render(text, current_notebooks()))


if __name__ == "__main__":
    main()
