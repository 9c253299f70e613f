"""Speed of the event-log functions on one million events, printed as a table (figures, not pass/fail).

    .venv/bin/python benchmarks/bench_eventlog.py            # about 1 million events
    .venv/bin/python benchmarks/bench_eventlog.py 2000000    # another size

The real WABO log (8,577 events, 1,434 cases) is replicated with new case ids until it holds at least the asked
number of events; timestamps are kept, so every copy has the same variants and durations. Each function is timed
once on the prepared log (prepare_log itself is timed on the raw text columns, as read from CSV). Target
(issue 4): seconds, not minutes. Wall time depends on the machine's load, so the CPU time is printed too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbook_helpers.data import DATA_DIR
from workbook_helpers.workflow import eventlog

EVENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000


def replicated_log(events: int) -> pd.DataFrame:
    """The WABO log copied until it has at least ``events`` events, each copy with its own case ids."""
    raw = pd.read_csv(DATA_DIR / "receipt_wabo_coselog.csv", dtype=str, keep_default_na=False)
    copies = -(-events // len(raw))
    frames = [raw.assign(**{eventlog.CASE: raw[eventlog.CASE] + f"-k{i}"}) for i in range(copies)]
    return pd.concat(frames, ignore_index=True)


def timed(function, *args, **kwargs) -> tuple[float, float, object]:
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return time.perf_counter() - start_wall, time.process_time() - start_cpu, result


def main() -> None:
    raw = replicated_log(EVENTS)
    print(f"Event log: {len(raw):,} events, {raw[eventlog.CASE].nunique():,} cases (WABO log x {len(raw) // 8577})\n")
    rows = []
    wall, cpu, log = timed(eventlog.prepare_log, raw)
    rows.append(("prepare_log (read timestamps, duplicates, sort)", wall, cpu))
    functions = [
        ("variants", eventlog.variants, {}),
        ("case_durations", eventlog.case_durations, {}),
        ("throughput_summary (by channel)", eventlog.throughput_summary, {"by": eventlog.CHANNEL}),
        ("waiting_times", eventlog.waiting_times, {}),
        ("directly_follows (with start/end)", eventlog.directly_follows, {"start_end": True}),
        ("rework", eventlog.rework, {}),
        ("deadline_adherence", eventlog.deadline_adherence, {}),
        ("channel_comparison", eventlog.channel_comparison, {}),
        ("workload", eventlog.workload, {}),
        ("workload_by_month", eventlog.workload_by_month, {}),
        ("summary", eventlog.summary, {}),
    ]
    for name, function, kwargs in functions:
        wall, cpu, _ = timed(function, log, **kwargs)
        rows.append((name, wall, cpu))
    width = max(len(name) for name, _, _ in rows)
    print(f"{'function':<{width}}  {'wall s':>8}  {'cpu s':>8}")
    for name, wall, cpu in rows:
        print(f"{name:<{width}}  {wall:8.2f}  {cpu:8.2f}")
    print(f"{'total':<{width}}  {sum(r[1] for r in rows):8.2f}  {sum(r[2] for r in rows):8.2f}")


if __name__ == "__main__":
    main()
