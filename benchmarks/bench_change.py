"""Speed of notebook 07's widgets as a learner uses them, printed (figures, not pass/fail).

    .venv/bin/python benchmarks/bench_change.py

Measured, each the median of several runs: the pure model (quadrants for 1.000 stakeholders, the plan's four
checks for 9 and 200 rows, the speaking time of a 130-word pitch), and one widget update as a learner makes it
(a stakeholder's slider moved: save to the case, redraw the grid, rebuild the table; a plan field edited: save and
check; a pitch field typed: save and count; the Excel export of the plan). Target: an update well under a second.
Wall time depends on the machine's load, so the CPU time of the process is printed too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="bench-change-"))

from workbook_helpers.change import model, tables, widgets
from workbook_helpers.storage import work_dir

REPEATS = 7


def timed(action) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``action()``."""
    wall, cpu = [], []
    for _ in range(REPEATS):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start_wall)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    rows = []
    many = [model.Stakeholder(f"Rolle {i}", 1 + i % 5, 1 + (i // 5) % 5, i % 5 - 2) for i in range(1000)]
    rows.append(("model: felt og råd for 1.000 interessenter", *timed(lambda: [s.advice for s in many])))
    stakeholders = model.default_stakeholders()
    plan = model.plan_from_stakeholders(stakeholders)
    big_plan = plan * 23
    rows.append(("model: fire tjek af en plan med 9 rækker", *timed(lambda: model.check_plan(plan, stakeholders))))
    rows.append(("model: fire tjek, plan med 207 rækker", *timed(lambda: model.check_plan(big_plan, stakeholders))))
    rows.append(("model: taletid for 130 ord", *timed(lambda: model.speaking_seconds("ord " * 130))))

    stakeholder_map = widgets.StakeholderMap()

    def move_slider():
        slider = stakeholder_map.influence
        slider.value = 1 if slider.value != 1 else 5

    rows.append(("widget: flyt en interessents skyder", *timed(move_slider)))
    editor = widgets.PlanEditor()

    def edit_plan():
        field = editor.fields["channel"]
        field.value = "Teammøde" if field.value != "Teammøde" else "Intranet"

    rows.append(("widget: ret et felt i planen", *timed(edit_plan)))
    rows.append(("widget: gem planen som Excel", *timed(editor.export)))
    pitch = widgets.Pitch()

    def type_pitch():
        area = pitch.inputs["problem"]
        area.value = "Vi taster alt to gange." if area.value != "Vi taster alt to gange." else "Vi venter på svar."

    rows.append(("widget: skriv i elevatortalen", *timed(type_pitch)))
    rows.append(("tabel: kildetabellen (stemmer)", *timed(tables.voices_table)))
    print(f"{'måling':45} {'tid ms':>8} {'cpu ms':>8}")
    for name, wall, cpu in rows:
        print(f"{name:45} {wall:8.1f} {cpu:8.1f}")
    print(f"(arbejdsmappe: {work_dir()})")


if __name__ == "__main__":
    main()
