"""Speed of the robot simulator and the automation scoring, printed (figures, not pass/fail).

    .venv/bin/python benchmarks/bench_automation.py

Measured: the model alone (a queue of 200, 1.000 and 10.000 cases through the robot; scoring 7 and 700 steps) and
one widget update as a learner makes it, including the save through the learner's case (a rule switched in the
simulator; a weight moved in the scoring widget; a step's stability assessed in 05's own scoring; the technology pick
saved), each the median of several runs. Charts on closed tabs are not drawn, as in the notebook. Target: an update well
under a second. Wall time depends on the machine's load, so the CPU time of the process is printed too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="bench-automation-"))

import pandas as pd

from workbook_helpers.automation import robot, scoring
from workbook_helpers.automation.examples import example_steps
from workbook_helpers.automation.widgets import OwnScoring, RobotSimulator, ScoringExplorer

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
    rules = robot.RobotRules(read_paper_with_ocr=True, read_email_with_ai=True, fill_from_register=True)
    for n in (200, 1000, 10_000):
        rows.append((f"robot: kø med {n} sager", *timed(lambda n=n: robot.run_robot(robot.make_queue(n), rules))))
    many = pd.concat([example_steps()] * 100, ignore_index=True)
    many["step"] = [f"Trin {i}" for i in range(len(many))]
    rows.append(("scoring: 7 trin", *timed(lambda: scoring.score_steps(example_steps()))))
    rows.append(("scoring: 700 trin", *timed(lambda: scoring.score_steps(many))))

    simulator = RobotSimulator(restore=False)

    def switch_rule():
        simulator.ocr.value = not simulator.ocr.value

    rows.append(("widget: skift en robotregel (200 sager)", *timed(switch_rule)))
    explorer = ScoringExplorer(example_steps(), restore=False)

    def move_weight():
        slider = explorer.weights["volume"]
        slider.value = 1 if slider.value != 1 else 3

    rows.append(("widget: flyt en vægt (7 trin)", *timed(move_weight)))
    own = OwnScoring().explorer
    own.step_choice.value = own.step_choice.options[0]

    def assess():
        control = own.assess_controls["stability"]
        control.value = 2 if control.value != 2 else 4

    rows.append(("widget: vurdér et trins stabilitet (7 trin)", *timed(assess)))
    rows.append(("widget: gem teknologivalget", *timed(own.picker.save)))
    print(f"{'måling':45} {'tid ms':>8} {'cpu ms':>8}")
    for name, wall, cpu in rows:
        print(f"{name:45} {wall:8.1f} {cpu:8.1f}")


if __name__ == "__main__":
    main()
