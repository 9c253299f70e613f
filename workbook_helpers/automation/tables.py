"""Danish tables and sentences for reading in notebooks 02 and 05: the robot's queue, log and key figures, the
scoring's criteria and results, and the step table. Every table is shown through ``workbook_helpers.display.table``
(the whole text of every cell, no index, escaped), and every number through ``formats``.

>>> import pandas as pd
>>> html = show(pd.DataFrame({"Teknologi": ["<b>RPA</b>"], "Hvad gør den?": ["x" * 80]}))._repr_html_()
>>> "x" * 80 in html and "&lt;b&gt;RPA" in html and "<b>RPA" not in html
True
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers import display, formats
from workbook_helpers.workflow.schema import COLUMN_LABELS, INPUT_TYPE_LABELS

from . import model, robot, scoring


def show(frame: pd.DataFrame, caption: str = "") -> display.Table:
    """The table for reading: no index column, every cell in full, text aligned left, all text escaped."""
    return display.table(frame, caption)


def html(frame: pd.DataFrame) -> str:
    """The same table as HTML, for a widget."""
    return show(frame)._repr_html_()


# --- the robot --------------------------------------------------------------------------------------------------


def queue_table(queue: list[robot.Case]) -> pd.DataFrame:
    """The queue with Danish headings.

    >>> list(queue_table(robot.make_queue(2)).columns)[:3]
    ['Sag', 'Kanal', 'Beløb']
    """
    return pd.DataFrame(
        [
            {
                "Sag": case.case_id,
                "Kanal": robot.CHANNEL_LABELS[case.channel],
                "Beløb": formats.kr(case.amount),
                "Mangler": robot.FIELD_LABELS[case.missing] if case.missing else "",
                "Særlige forhold": case.special or "",
                "Læsesikkerhed": formats.percent(case.read_confidence) if case.read_confidence else "",
            }
            for case in queue
        ],
        columns=["Sag", "Kanal", "Beløb", "Mangler", "Særlige forhold", "Læsesikkerhed"],
    )


def queue_summary_text(queue: list[robot.Case]) -> str:
    """One Danish sentence on what the queue holds: channels, missing data and special circumstances.

    >>> queue_summary_text([robot.Case("S-1", "form", 100.0), robot.Case("S-2", "paper", 100.0, missing="account")])
    '2 sager: 1 via selvbetjening, 1 på papir og 0 som e-mail. 1 mangler en oplysning, 0 har særlige forhold.'
    """
    per = {ch: sum(c.channel == ch for c in queue) for ch in robot.CHANNEL_LABELS}
    missing = sum(c.missing is not None for c in queue)
    special = sum(c.special is not None for c in queue)
    n = formats.number
    return (
        f"{formats.count(len(queue), 'sag', 'sager')}: {n(per['form'])} via selvbetjening, {n(per['paper'])} på "
        f"papir og {n(per['email'])} som e-mail. {n(missing)} mangler en oplysning, {n(special)} har særlige forhold."
    )


def channel_table(result: robot.SimulationResult) -> pd.DataFrame:
    """Automation rate per channel: why structured digital input matters."""
    return pd.DataFrame(
        [
            {
                "Kanal": robot.CHANNEL_LABELS[r["channel"]],
                "Sager": formats.number(r["cases"]),
                "Klaret af robotten": formats.number(r["robot"]),
                "Automatiseringsgrad": formats.percent(r["rate"]),
            }
            for r in model.channel_rates(result)
        ]
    )


def log_table(result: robot.SimulationResult, max_rows: int | None = None, *, exceptions_only: bool = False):
    """The robot's log with Danish headings and formatted values (first ``max_rows`` rows if given).

    ``exceptions_only=True`` gives the exception queue: the cases sent to a person, with the reason.
    """
    log = result.exception_queue if exceptions_only else result.log
    log = log if max_rows is None else log.head(max_rows)
    return pd.DataFrame(
        {
            "Sag": log["case_id"],
            "Kanal": log["channel"].map(robot.CHANNEL_LABELS),
            "Beløb": log["amount"].map(formats.kr),
            "Hvem behandlede": log["outcome"].map(robot.OUTCOME_LABELS),
            "Begrundelse": log["reason"],
            "Robottens noter": log["note"],
            "Fejl": log["error"].map({True: "Ja – fejl", False: ""}),
        }
    ).reset_index(drop=True)


def summary(result: robot.SimulationResult) -> pd.DataFrame:
    """The key figures as a two-column Danish table (Nøgletal, Værdi)."""
    rows = [
        ("Sager i køen", formats.number(result.n_cases)),
        ("Klaret af robotten", formats.number(result.n_robot)),
        ("Sendt til en medarbejder", formats.number(result.n_person)),
        ("Automatiseringsgrad", formats.percent(result.automation_rate)),
        ("Fejl begået af robotten", formats.number(result.errors)),
        ("Robottens tid", formats.hours(result.robot_minutes / 60, 1)),
        ("Medarbejdernes tid med robot", formats.hours(result.person_minutes / 60, 1)),
        ("Medarbejdernes tid uden robot", formats.hours(result.baseline_person_minutes / 60, 1)),
        ("Sparet medarbejdertid", formats.hours(result.person_minutes_saved / 60, 1)),
    ]
    return pd.DataFrame(rows, columns=["Nøgletal", "Værdi"])


def summary_text(result: robot.SimulationResult) -> str:
    """One Danish sentence with the automation rate, errors and time saved (the simulator's headline)."""
    hours = result.person_minutes_saved / 60
    saving = (
        f"Robotten koster ekstra medarbejdertid: {formats.hours(-hours, 1)}."
        if hours < 0
        else f"Sparet medarbejdertid: {formats.hours(hours, 1)}."
    )
    return (
        f"Automatiseringsgrad: {formats.percent(result.automation_rate)} "
        f"({formats.number(result.n_robot)} af {formats.count(result.n_cases, 'sag', 'sager')}). "
        f"Til en medarbejder: {formats.number(result.n_person)}. "
        f"Fejl: {formats.number(result.errors)}. {saving}"
    )


# --- the scoring ------------------------------------------------------------------------------------------------


def criteria_table() -> pd.DataFrame:
    """The seven criteria as a Danish table: what 1 and 5 mean and where the score comes from."""
    criteria = scoring.CRITERIA.values()
    return pd.DataFrame(
        {
            "Kriterium": [c.label for c in criteria],
            "1 betyder": [c.low for c in criteria],
            "5 betyder": [c.high for c in criteria],
            "Hvor kommer scoren fra?": [scoring.DERIVED_FROM[k] for k in scoring.CRITERIA],
            "Tæller i lethed": ["ja" if c.ease else "nej" for c in criteria],
        }
    )


def _figures(ordered: pd.DataFrame) -> dict[str, pd.Series]:
    """The total, ease and potential of scored steps, formatted the Danish way."""
    return {
        "Samlet score (0-100)": ordered["total"].map(formats.number),
        "Lethed (0-100)": ordered["ease"].map(formats.number),
        "Potentiale (timer pr. år)": ordered["potential_hours"].map(formats.number),
        "Prioritering": ordered["quadrant"],
    }


def score_table(scored: pd.DataFrame) -> pd.DataFrame:
    """The scored steps with Danish headings and formatted numbers, highest total first."""
    ordered = scored.sort_values("total", ascending=False, kind="stable")
    table = pd.DataFrame({"Trin": ordered["step"]})
    for key, criterion in scoring.CRITERIA.items():
        table[criterion.label] = ordered[f"score_{key}"].astype(int).astype(str)
    for column, values in _figures(ordered).items():
        table[column] = values
    table["Forslag til teknologi"] = ordered["technology_name"]
    return table.reset_index(drop=True)


def priority_table(scored: pd.DataFrame) -> pd.DataFrame:
    """A compact Danish table for the widget: total, ease, potential, quadrant, blocker and technology."""
    ordered = scored.sort_values("total", ascending=False, kind="stable")
    return pd.DataFrame(
        {
            "Trin": ordered["step"],
            **_figures(ordered),
            "Største stopklods": ordered["blocker"],
            "Forslag til teknologi": ordered["technology_name"],
        }
    ).reset_index(drop=True)


_STEP_LABELS = {
    **COLUMN_LABELS,
    **scoring.EXTRA_COLUMN_LABELS,
    "double_entry": "Tastes igen",
    "error_rate": "Andel fejl/omarbejde",
    "exception_share": "Andel undtagelser",
}


def _readable_value(column: str, value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if column == "input_type":
        return INPUT_TYPE_LABELS.get(value, str(value))
    if column in ("rule_based", "double_entry"):
        return "ja" if value is True or value == 1 else "nej"
    if column in ("error_rate", "exception_share"):
        return formats.percent(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number(value, "auto")
    return str(value)


def steps_for_reading(steps: pd.DataFrame) -> display.Table:
    """A step table with Danish headings, Danish numbers, ja/nej and input types in words.

    >>> from workbook_helpers.automation.examples import example_steps
    >>> "Minutter pr. gang" in steps_for_reading(example_steps())._repr_html_()
    True
    """
    readable = pd.DataFrame({_STEP_LABELS.get(c, c): [_readable_value(c, v) for v in steps[c]] for c in steps.columns})
    return show(readable)


def ideas_table(value) -> pd.DataFrame:
    """The learner's ideas (case part ``ideas``) as a table."""
    rows = model.ideas_rows(value)
    names = scoring.TECHNOLOGY_NAMES
    return pd.DataFrame(
        {
            "Idé": [r["idea"] for r in rows],
            "Trin": [r["step"] for r in rows],
            "Teknologi": [names.get(r["technology"], r["technology"]) for r in rows],
        }
    )
