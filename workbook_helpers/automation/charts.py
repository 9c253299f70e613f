"""Charts for the robot simulator, the automation scoring and the AI use-case data (draw only; the model counts).

>>> from workbook_helpers.automation.robot import make_queue, run_robot
>>> fig = robot_outcome_chart(run_robot(make_queue(50)))
>>> fig.axes[0].get_title(loc="left")
'Hvor endte sagerne?'
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from workbook_helpers import formats
from workbook_helpers.style import HIGHLIGHT, MUTED, PALETTE, add_source, format_axis, new_chart

from .robot import ILLUSTRATIVE, SimulationResult, YearlyEffect
from .scoring import CRITERIA, QUADRANTS

SIMULATION_SOURCE = f"{ILLUSTRATIVE}: opdigtede sager og antagne minuttal."

# The quadrant is also written in the corner and in the table, so colour is never the only signal.
QUADRANT_COLOURS: dict[str, str] = {
    QUADRANTS[(True, True)]: PALETTE[2],
    QUADRANTS[(False, True)]: PALETTE[1],
    QUADRANTS[(True, False)]: PALETTE[4],
    QUADRANTS[(False, False)]: MUTED,
}

REASON_LABELS: dict[str, str] = {
    "papir": "Papirbrev (kan ikke læses)",
    "e-mail": "E-mail i fritekst (kan ikke læses)",
    "lav læsesikkerhed": "For usikker læsning",
    "særlige forhold": "Særlige forhold (skøn)",
    "manglende oplysning": "Mangler en oplysning",
    "beløb over grænsen": "Beløb over grænsen",
}


def robot_outcome_chart(result: SimulationResult) -> Figure:
    """Horizontal bars: cases the robot finished, then each reason a case went to a person."""
    reasons = result.reasons
    labels = ["Klaret af robotten"] + [REASON_LABELS.get(k, k) for k in reasons.index]
    values = [result.n_robot, *reasons.to_list()]
    colours = [PALETTE[2]] + [PALETTE[1]] * len(reasons)
    fig, ax = new_chart("Hvor endte sagerne?", "Antal sager", "Udfald")
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=colours)
    ax.set_yticks(positions, labels)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    for y, v in zip(positions, values, strict=True):
        ax.text(v, y, f" {formats.number(v)}", va="center", fontsize=12)
    format_axis(ax, "x", "number")
    ax.set_xlim(0, max([*values, 1]) * 1.15)
    ax.text(
        1.0,
        1.02,
        f"Automatiseringsgrad {formats.percent(result.automation_rate)}, fejl {formats.number(result.errors)}",
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=13,
    )
    add_source(fig, SIMULATION_SOURCE)
    return fig


def robot_time_chart(result: SimulationResult) -> Figure:
    """Bars: staff hours without the robot, staff hours with it (split into cases handled and error fixing), robot
    hours. Time figures are illustrative assumptions."""
    log = result.log
    staff_cases = log.loc[log["outcome"] == "person", "person_minutes"].sum() / 60
    staff_fixing = log.loc[log["outcome"] == "robot", "person_minutes"].sum() / 60
    fig, ax = new_chart("Tid brugt på køen", "Hvem bruger tiden", "Timer")
    labels = ["Medarbejdere\nuden robot", "Medarbejdere\nmed robot", "Robotten"]
    ax.bar(labels[0], result.baseline_person_minutes / 60, color=MUTED, label="Sager behandlet af en medarbejder")
    ax.bar(labels[1], staff_cases, color=PALETTE[0], label="Sager sendt videre af robotten")
    ax.bar(labels[1], staff_fixing, bottom=staff_cases, color=HIGHLIGHT, label="Rette robottens fejl")
    ax.bar(labels[2], result.robot_minutes / 60, color=PALETTE[2], label="Robottens egen tid")
    ax.set_ylim(0, max(result.baseline_person_minutes, result.person_minutes, result.robot_minutes) / 60 * 1.5)
    format_axis(ax, "y", "number")
    ax.legend(loc="upper right")
    add_source(fig, SIMULATION_SOURCE)
    return fig


def volume_chart(effects: list[YearlyEffect]) -> Figure:
    """Net hours freed a year (saving minus upkeep) against cases a year: why volume matters."""
    volumes = [e.cases_per_year for e in effects]
    net = [e.net_hours_per_year for e in effects]
    fig, ax = new_chart(
        "Betaler robotten sig? Det afhænger af mængden", "Sager pr. år", "Timer frigjort pr. år (netto)"
    )
    ax.plot(volumes, net, marker="o", color=PALETTE[0])
    ax.axhline(0, color=MUTED, linewidth=1.5)
    format_axis(ax, "x", "number")
    format_axis(ax, "y", "number")
    add_source(
        fig,
        f"{ILLUSTRATIVE}: besparelsen pr. sag fra simulationen; drift "
        f"{formats.hours(effects[0].upkeep_hours_per_year)} pr. år uanset mængden.",
    )
    return fig


def _short(text: str, width: int = 24) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


def priority_matrix_chart(
    scored: pd.DataFrame,
    *,
    ease_threshold: float = 50.0,
    hours_threshold: float = 100.0,
    source: str = ILLUSTRATIVE,
    title: str = "Prioriteringsmatrix: lethed og potentiale",
) -> Figure:
    """Every step as a point: ease of automation (x, 0-100) against hours a year it could free (y)."""
    fig, ax = new_chart(title, "Lethed (0-100)", "Potentiale (timer pr. år)")
    ax.grid(axis="both", visible=True)
    ax.axvline(ease_threshold, color=MUTED, linestyle="--", linewidth=1.2)
    ax.axhline(hours_threshold, color=MUTED, linestyle="--", linewidth=1.2)
    top = max(float(scored["potential_hours"].max()) if len(scored) else 0.0, hours_threshold) * 1.25
    ax.set_xlim(0, 105)
    ax.set_ylim(0, top)
    for number, (_, row) in enumerate(scored.iterrows(), start=1):
        colour = QUADRANT_COLOURS.get(row["quadrant"], PALETTE[0])
        ax.scatter(row["ease"], row["potential_hours"], s=110, color=colour, edgecolor="black", zorder=3)
        ax.annotate(
            f"{number}. {_short(row['step'])}",
            (row["ease"], row["potential_hours"]),
            xytext=(6, 6),
            textcoords="offset points",
            fontsize=11,
        )
    corner = {"fontsize": 11, "color": MUTED, "style": "italic"}
    ax.text(102, top * 0.97, "Gør det nu", ha="right", va="top", **corner)
    ax.text(2, top * 0.97, "Forbered input og regler", ha="left", va="top", **corner)
    ax.text(102, 1, "Let, men lille gevinst", ha="right", va="bottom", **corner)
    ax.text(2, 1, "Vent", ha="left", va="bottom", **corner)
    format_axis(ax, "y", "number")
    add_source(fig, source)
    return fig


def criteria_chart(scored: pd.DataFrame, position: int, *, source: str = ILLUSTRATIVE) -> Figure:
    """One step's seven criterion scores (1-5) as horizontal bars; the lowest in the highlight colour."""
    row = scored.iloc[position]
    labels = [c.label for c in CRITERIA.values()]
    values = [int(row[f"score_{k}"]) for k in CRITERIA]
    lowest = min(values)
    colours = [HIGHLIGHT if v == lowest else PALETTE[0] for v in values]
    fig, ax = new_chart(f"Kriterier for »{_short(row['step'], 40)}«", "Score (1-5)", "Kriterium")
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=colours)
    ax.set_yticks(positions, labels)
    ax.set_xlim(0, 5.5)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    add_source(fig, source)
    return fig


def ai_topic_chart(counts: pd.DataFrame, source: str, top: int = 12) -> Figure:
    """Use cases per topic area (from ``technologies.count_by_topic``), the ``top`` largest."""
    shown = counts.head(top)
    fig, ax = new_chart("Hvad bruges AI til? (USA, føderalt)", "Antal AI-anvendelser (2025)", "Emneområde")
    positions = list(range(len(shown)))[::-1]
    colours = [
        HIGHLIGHT if t in ("Administration", "Sagsbehandling af ydelser") else PALETTE[0] for t in shown["Emneområde"]
    ]
    ax.barh(positions, shown["Antal"], color=colours)
    ax.set_yticks(positions, shown["Emneområde"])
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    format_axis(ax, "x", "number")
    add_source(fig, source)
    return fig


def ai_stage_chart(counts: pd.DataFrame, source: str) -> Figure:
    """Use cases per development stage (from ``technologies.count_by_stage``)."""
    fig, ax = new_chart("Hvor langt er AI-anvendelserne nået?", "Stadie", "Antal AI-anvendelser (2025)")
    ax.bar(counts["Stadie"], counts["Antal"], color=[PALETTE[1], PALETTE[4], PALETTE[2], MUTED, MUTED])
    for x, (v, share) in enumerate(zip(counts["Antal"], counts["Andel"], strict=True)):
        ax.text(x, v, f"{formats.number(v)}\n({formats.percent(share)})", ha="center", va="bottom", fontsize=11)
    ax.set_ylim(0, counts["Antal"].max() * 1.25)
    format_axis(ax, "y", "number")
    add_source(fig, source)
    return fig
