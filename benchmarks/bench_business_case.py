"""Speed of one update of the business-case explorer (model + redraw), printed (a figure, not pass/fail).

    .venv/bin/python benchmarks/bench_business_case.py

One update is what happens when a learner moves a slider: the explorer reads its controls, the model computes the
business case, the key figures are rewritten, and the chart on the visible tab is redrawn and encoded as PNG for
the Output widget. It is measured by setting the hourly-cost slider programmatically, as the browser would, for
each chart tab. Target (issue 6): median under 50 ms in the kernel. Wall time depends on the machine's load, so the
CPU time of the process is printed too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="bench-bc-"))

from workbook_helpers.business_case.model import evaluate
from workbook_helpers.business_case.widgets import TABS, BusinessCaseExplorer

UPDATES = 50
TARGET_MS = 50


def measure(explorer: BusinessCaseExplorer, control: str, values: list[float]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of setting ``control`` to each value in turn."""
    wall, cpu = [], []
    for value in values:
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        explorer.controls[control].value = value
        wall.append(time.perf_counter() - start_wall)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    explorer = BusinessCaseExplorer()
    base = explorer.controls["hourly_cost"].value
    # As when a learner drags the slider: 50 steps of 5 kr. upwards.
    values = [base + 5 * (i + 1) for i in range(UPDATES)]
    print(f"Business-case explorer: median of {UPDATES} updates (model + redraw of the visible chart)")
    print(f"{'tab':<16}{'wall ms':>10}{'cpu ms':>10}   target < {TARGET_MS} ms")
    for index, kind in enumerate(TABS):
        explorer.tabs.selected_index = index
        explorer.controls["hourly_cost"].value = base
        wall, cpu = measure(explorer, "hourly_cost", values)
        print(f"{TABS[kind]:<16}{wall:>10.1f}{cpu:>10.1f}   {'ok' if wall < TARGET_MS else 'over'}")
    explorer.tabs.selected_index = 0
    wall, cpu = measure(explorer, "cases_per_year", [3000 + 100 * i for i in range(UPDATES)])
    print(f"{'volume slider':<16}{wall:>10.1f}{cpu:>10.1f}   (first tab)")
    case = explorer.read_case()
    start = time.perf_counter()
    for _ in range(UPDATES):
        evaluate(case)
    print(f"model alone: {(time.perf_counter() - start) / UPDATES * 1000:.2f} ms per evaluation")
    chart = explorer.charts["cumulative"]
    results = [evaluate(case.with_changes(hourly_cost=case.hourly_cost + 5 * i)) for i in range(UPDATES)]
    cpu = []
    for result in results:
        start_cpu = time.process_time()
        chart.update(result).png()
        cpu.append(time.process_time() - start_cpu)
    print(f"chart alone (LiveChart update + PNG, first tab): {statistics.median(cpu) * 1000:.1f} ms CPU")


if __name__ == "__main__":
    main()
