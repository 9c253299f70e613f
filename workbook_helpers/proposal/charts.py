"""Charts of the proposal in the house style: the project plan as a simple Gantt chart (phases as bars, milestones
as diamonds); the swimlane and the business-case chart are drawn by the workflow and business_case topics.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from workbook_helpers import formats
from workbook_helpers.case import Case
from workbook_helpers.messages import EXAMPLE_LABEL
from workbook_helpers.style import HIGHLIGHT, MUTED, PALETTE, TEXT, add_source, new_chart

from . import model

OWN_PLAN = (
    "Kilde: din egen projektplan (faser som i statens it-projektmodel: idé, analyse, gennemførelse, realisering)."
)
EXAMPLE_PLAN = f"{EXAMPLE_LABEL}: datoer, ejere og milepæle er opdigtede; ret dem til dit eget projekt."


def plan_chart(plan: Any, *, example: bool = False, title: str = "Projektplan: faser og milepæle") -> Figure:
    """A Gantt chart: one bar per phase from start to end, the milestones as diamonds on their own row each."""
    clean, _ = model.validate_plan(plan)
    phases = [p for p in clean["phases"] if p["start"] and p["end"]]
    milestones = [m for m in clean["milestones"] if m["date"]]
    rows = len(phases) + len(milestones)
    fig, ax = new_chart(title, "Dato", "Fase og milepæl", figsize=(10, max(3.6, 1.4 + 0.48 * max(rows, 1))))
    labels: list[str] = []
    for i, p in enumerate(phases):
        start, end = dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])
        ax.barh(
            i, (end - start).days or 1, left=mdates.date2num(start), height=0.6, color=PALETTE[i % 4], edgecolor="white"
        )
        labels.append(textwrap.shorten(p["phase"] or f"Fase {i + 1}", 28, placeholder="…"))
    for j, m in enumerate(milestones, start=len(phases)):
        when = mdates.date2num(dt.date.fromisoformat(m["date"]))
        ax.plot([when], [j], marker="D", markersize=10, color=HIGHLIGHT, linestyle="none")
        ax.text(when, j, f"  {formats.date(m['date'])}", va="center", ha="left", fontsize=10.5, color=TEXT)
        labels.append(textwrap.shorten(m["milestone"] or f"Milepæl {j + 1}", 40, placeholder="…"))
    if not rows:
        ax.text(
            0.5,
            0.5,
            "Planen har ingen faser eller milepæle med datoer endnu.",
            ha="center",
            va="center",
            transform=ax.transAxes,
            color=MUTED,
        )
    ax.set_yticks(range(rows), labels, fontsize=11)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#DDDDDD")
    ax.grid(axis="y", visible=False)
    if phases or milestones:
        dates = [mdates.date2num(dt.date.fromisoformat(d)) for p in phases for d in (p["start"], p["end"])]
        dates += [mdates.date2num(dt.date.fromisoformat(m["date"])) for m in milestones]
        ax.set_xlim(min(dates) - 10, max(dates) + 45)
        months = (max(dates) - min(dates)) / 30.4
        ax.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, int(months // 6) + 1)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: _month(mdates.num2date(x).date())))
    ax.tick_params(axis="x", labelsize=11)
    add_source(fig, EXAMPLE_PLAN if example else OWN_PLAN)
    return fig


MONTHS = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")


def _month(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _source(case: Case, part: str, own: str) -> str:
    if case.is_own(part):
        return own
    return f"{EXAMPLE_LABEL}: tallene er opdigtede til undervisningen, ikke målt i en kommune."


def placeholder(title: str, text: str) -> Figure:
    """A small chart that says in Danish what is missing and where to fill it in."""
    fig, ax = new_chart(title, "–", "–", figsize=(8, 2.2))
    ax.set_axis_off()
    ax.text(0.0, 0.5, text, ha="left", va="center", fontsize=13, color=MUTED, transform=ax.transAxes)
    return fig


def swimlane(case: Case, *, placeholder_if_missing: bool = False) -> Figure | None:
    """The as-is workflow as a swimlane (``workflow.charts.swimlane``); when the case has none: None, or a note."""
    from workbook_helpers.workflow import charts as workflow_charts

    steps = model.steps_of(case.get("as_is"))
    if steps is None:
        if placeholder_if_missing:
            return placeholder("Arbejdsgangen i dag", "Arbejdsgangen er ikke kortlagt endnu: gem den i notebook 03.")
        return None
    source = _source(case, "as_is", "Kilde: egne registreringer af arbejdsgangen (notebook 03).")
    return workflow_charts.swimlane(steps, title="Arbejdsgangen i dag", source=source)


def business_case_chart(case: Case, *, placeholder_if_missing: bool = False) -> Figure | None:
    """The cumulative net benefit (``business_case.charts.cumulative_chart``); without a business case: None, or a
    note."""
    from workbook_helpers.business_case import charts as bc_charts

    result = model.business_result(case)
    if result is None:
        if placeholder_if_missing:
            return placeholder("Business case", "Business casen er ikke gemt endnu: gem den i notebook 06.")
        return None
    source = _source(case, "business_case", "Kilde: egne tal og antagelser i business casen (notebook 06).")
    return bc_charts.cumulative_chart(result, source=source)


def project_plan(case: Case) -> Figure | None:
    value = case.get("project_plan")
    if not isinstance(value, dict):
        return None
    return plan_chart(value, example=not case.is_own("project_plan"))
