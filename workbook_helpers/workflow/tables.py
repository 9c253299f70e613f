"""Event-log results as tables to show learners: Danish headings, Danish numbers, durations in words.

They take the tables ``workflow.eventlog`` returns and compute nothing new.

>>> import pandas as pd
>>> from workbook_helpers.workflow import eventlog
>>> log = eventlog.prepare_log(pd.DataFrame({"case:concept:name": ["a", "a"], "concept:name": ["Modtag", "Afgør"],
...                                          "time:timestamp": ["2024-01-01 09:00", "2024-01-01 10:30"]}))
>>> print(describe_log(log))
Hændelser: 2
Sager: 1
Aktiviteter: 2
Varianter: 1
Halvdelen af sagerne er færdige inden: 1,5 timer
90 % af sagerne er færdige inden: 1,5 timer
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.workflow import eventlog
from workbook_helpers.workflow.charts import duration


def describe_log(log: pd.DataFrame) -> str:
    """The headline figures of an event log as Danish lines."""
    s = eventlog.summary(log)
    return "\n".join(
        [
            f"Hændelser: {formats.number(s['events'])}",
            f"Sager: {formats.number(s['cases'])}",
            f"Aktiviteter: {formats.number(s['activities'])}",
            f"Varianter: {formats.number(s['variants'])}",
            f"Halvdelen af sagerne er færdige inden: {duration(s['median_days'])}",
            f"90 % af sagerne er færdige inden: {duration(s['p90_days'])}",
        ]
    )


def variants_table(variants: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The ``top`` variants: number, cases, share, cumulative share, steps, median throughput and the sequence."""
    shown = variants.head(top)
    return pd.DataFrame(
        {
            "Variant": [f"Variant {i + 1}" for i in range(len(shown))],
            "Sager": [formats.number(n) for n in shown["cases"]],
            "Andel": [formats.percent(s, 1) for s in shown["share"]],
            "Andel i alt": [formats.percent(s, 1) for s in shown["cumulative_share"]],
            "Trin": shown["activities"].to_numpy(),
            "Median gennemløbstid": [duration(d) for d in shown["median_days"]],
            "Aktiviteter i rækkefølge": shown["variant"].to_numpy(),
        }
    )


def throughput_text(summary: pd.DataFrame) -> str:
    """One Danish line per row of ``eventlog.throughput_summary``: median, 75 %, 90 % and the longest."""
    lines = []
    for name, row in summary.iterrows():
        cases = f"{formats.number(row['cases'])} {'sag' if row['cases'] == 1 else 'sager'}"
        lines.append(
            f"{name}: {cases} · median {duration(row['median'])} · 75 % inden {duration(row['p75'])} · 90 % inden "
            f"{duration(row['p90'])} · længste {duration(row['max'])}"
        )
    return "\n".join(lines)


def waiting_table(waits: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """Where cases wait: per activity the number of waits, the median, the 90th percentile and the total."""
    shown = waits.head(top)
    return pd.DataFrame(
        {
            "Aktivitet": shown["activity"].to_numpy(),
            "Antal": [formats.number(n) for n in shown["count"]],
            "Median ventetid før": [duration(h / 24) for h in shown["median_hours"]],
            "90 % venter under": [duration(h / 24) for h in shown["p90_hours"]],
            "Dage i alt": [formats.number(d) for d in shown["total_days"]],
        }
    )


def channel_table(channels: pd.DataFrame) -> pd.DataFrame:
    """The channel comparison with Danish headings and durations in words."""
    table = pd.DataFrame(
        {
            "Kanal": channels.index.to_numpy(),
            "Sager": [formats.number(n) for n in channels["cases"]],
            "Andel af sagerne": [formats.percent(s, 1) for s in channels["share"]],
            "Median gennemløbstid": [duration(d) for d in channels["median_days"]],
            "75 % færdige inden": [duration(d) for d in channels["p75_days"]],
            "90 % færdige inden": [duration(d) for d in channels["p90_days"]],
            "Andel med omarbejde": [formats.percent(s) for s in channels["rework_share"]],
        }
    )
    if "on_time_share" in channels.columns:
        table["Andel før fristen"] = [formats.percent(s) for s in channels["on_time_share"]]
    return table


def rework_table(rework: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """The activities most often repeated within a case."""
    shown = rework.head(top)
    return pd.DataFrame(
        {
            "Aktivitet": shown["activity"].to_numpy(),
            "Sager med aktiviteten": [formats.number(n) for n in shown["cases"]],
            "Sager hvor den gentages": [formats.number(n) for n in shown["cases_repeated"]],
            "Ekstra udførelser": [formats.number(n) for n in shown["extra_executions"]],
            "Andel gentaget": [formats.percent(s) for s in shown["share_repeated"]],
        }
    )


def workload_table(workload: pd.DataFrame) -> pd.DataFrame:
    """Events, share, cases and people per resource group."""
    table = pd.DataFrame(
        {
            "Gruppe": [str(g) for g in workload.index],
            "Hændelser": [formats.number(n) for n in workload["events"]],
            "Andel": [formats.percent(s) for s in workload["share"]],
            "Sager": [formats.number(n) for n in workload["cases"]],
        }
    )
    if "resources" in workload.columns:
        table["Medarbejdere"] = [formats.number(n) for n in workload["resources"]]
    return table


def _plain_number(x: float) -> str:
    """Up to two decimals, no trailing zeros: 0,2 and 2,5 and 1.200."""
    text = formats.number(x, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def steps_table(steps: pd.DataFrame) -> pd.DataFrame:
    """A step table as learners read it: Danish headings, ja/nej, Danish input types and Danish numbers."""
    from workbook_helpers.workflow.files import to_danish_table
    from workbook_helpers.workflow.model import LABELS

    table = to_danish_table(steps)
    for column in ("minutes", "per_year", "wait_hours", "error_rate"):
        table[LABELS[column]] = [_plain_number(x) for x in table[LABELS[column]]]
    return table


def irritations_table(register: pd.DataFrame) -> pd.DataFrame:
    """The irritationsmomenter summed by Lean waste, with Danish numbers."""
    from workbook_helpers.workflow.model import irritation_table

    table = irritation_table(register)
    table["Timer pr. år"] = [formats.number(h, 0 if float(h).is_integer() else 1) for h in table["Timer pr. år"]]
    return table


# --- the step table, for reading in notebook 03 (every cell in full, no index: ``display.table``) --------------


def examples_list():
    """The example workflows as a readable table: name to use, title and department."""
    from workbook_helpers.display import table
    from workbook_helpers.workflow.examples import EXAMPLES

    return table(
        pd.DataFrame(
            {
                "Eksempel": list(EXAMPLES),
                "Arbejdsgang": [e.title for e in EXAMPLES.values()],
                "Afdeling": [e.department for e in EXAMPLES.values()],
            }
        )
    )


def steps(steps: pd.DataFrame):
    """A step table as a readable table (``steps_table`` shown with ``display.table``)."""
    from workbook_helpers.display import table

    return table(steps_table(steps))


def wastes(steps: pd.DataFrame):
    """The suggested Lean wastes with the whole »Hvorfor« text (never cut)."""
    from workbook_helpers.display import table
    from workbook_helpers.workflow.model import waste_table

    return table(waste_table(steps))


def lean_wastes():
    """Lean's eight wastes with what they look like at a desk."""
    from workbook_helpers.display import table
    from workbook_helpers.workflow.model import LEAN_WASTES

    return table(pd.DataFrame(list(LEAN_WASTES.values()), columns=["Spildtype", "Sådan ser det ud på et kontor"]))
