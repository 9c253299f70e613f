"""Charts for the robot simulator, the automation scoring and the AI use-case data (draw only; the model counts).

Every chart is a ``Chart``: the matplotlib Figure (``.figure``; attributes such as ``.axes`` pass through) with a
Danish text alternative (``.text``) that says what the chart shows, not just its title. A notebook shows it as the
picture with the text as its plain-text form; a widget shows it with ``show(output, chart)``.

>>> from workbook_helpers.automation.robot import make_queue, run_robot
>>> chart = robot_outcome_chart(run_robot(make_queue(50)))
>>> chart.axes[0].get_title(loc="left")
'Hvor endte sagerne?'
>>> chart.text.startswith("Diagram: Hvor endte sagerne? Vandrette søjler")
True
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from workbook_helpers import formats
from workbook_helpers.style import HIGHLIGHT, MUTED, PALETTE, add_source, figure_output, format_axis, new_chart

from . import model
from .robot import ILLUSTRATIVE, SimulationResult, YearlyEffect
from .scoring import CRITERIA, QUADRANTS


class Chart:
    """A Figure with its Danish text alternative. Shown in a notebook as the picture (PNG) and the text."""

    def __init__(self, figure: Figure, text: str):
        self.figure = figure
        title = next((ax.get_title(loc="left") or ax.get_title() for ax in figure.axes), "")
        self.text = f"Diagram: {title} {text}".strip()

    def __getattr__(self, name: str):
        return getattr(self.figure, name)

    def output(self) -> dict:
        """The chart as one notebook output: the picture and the text alternative."""
        out = figure_output(self.figure)
        out["data"]["text/plain"] = self.text
        return out

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.output()["data"]

    def __repr__(self) -> str:
        return self.text


def show(output, chart: Chart) -> None:
    """Replace what an ``ipywidgets.Output`` shows with ``chart`` (picture and text alternative) in one step."""
    output.outputs = (chart.output(),)


def _source(text: str) -> str:
    return text if text.startswith(("Kilde", "Eksempel")) else f"Kilde: {text}"


def _listing(pairs) -> str:
    return "; ".join(f"{label}: {value}" for label, value in pairs)


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


def robot_outcome_chart(result: SimulationResult) -> Chart:
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
    listing = _listing((label, formats.count(v, "sag", "sager")) for label, v in zip(labels, values, strict=True))
    return Chart(
        fig,
        f"Vandrette søjler med antal sager: {listing}. Automatiseringsgrad "
        f"{formats.percent(result.automation_rate)}, {formats.count(result.errors, 'fejl', 'fejl')}. "
        f"{SIMULATION_SOURCE}",
    )


def robot_time_chart(result: SimulationResult) -> Chart:
    """Bars: staff hours without the robot, staff hours with it (split into cases handled and error fixing), robot
    hours. Time figures are illustrative assumptions."""
    split = model.time_split(result)
    fig, ax = new_chart("Tid brugt på køen", "Hvem bruger tiden", "Timer")
    labels = ["Medarbejdere\nuden robot", "Medarbejdere\nmed robot", "Robotten"]
    ax.bar(labels[0], split.staff_without, color=MUTED, label="Sager behandlet af en medarbejder")
    ax.bar(labels[1], split.staff_cases, color=PALETTE[0], label="Sager sendt videre af robotten")
    ax.bar(labels[1], split.staff_fixing, bottom=split.staff_cases, color=HIGHLIGHT, label="Rette robottens fejl")
    ax.bar(labels[2], split.robot, color=PALETTE[2], label="Robottens egen tid")
    ax.set_ylim(0, max(split.staff_without, split.staff_with, split.robot) * 1.5)
    format_axis(ax, "y", "number")
    ax.legend(loc="upper right")
    add_source(fig, SIMULATION_SOURCE)
    h = formats.hours
    return Chart(
        fig,
        f"Søjler med timer: medarbejdere uden robot {h(split.staff_without, 1)}; medarbejdere med robot "
        f"{h(split.staff_with, 1)} (heraf sager sendt videre {h(split.staff_cases, 1)} og rette robottens fejl "
        f"{h(split.staff_fixing, 1)}); robottens egen tid {h(split.robot, 1)}. {SIMULATION_SOURCE}",
    )


def volume_chart(effects: list[YearlyEffect]) -> Chart:
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
    source = (
        f"{ILLUSTRATIVE}: besparelsen pr. sag fra simulationen; drift "
        f"{formats.hours(effects[0].upkeep_hours_per_year)} pr. år uanset mængden."
    )
    add_source(fig, source)
    points = _listing(
        (formats.count(e.cases_per_year, "sag", "sager") + " om året", formats.hours(e.net_hours_per_year))
        for e in effects
    )
    return Chart(fig, f"En linje med de timer, robotten frigør netto om året: {points}. Under 0 koster robotten "
                 f"mere tid, end den sparer. {source}")  # fmt: skip


def _short(text: str, width: int = 24) -> str:
    """A label for a point in a chart (the full name is in the table and in the text alternative)."""
    return textwrap.shorten(str(text), width=width, placeholder=" …")


def priority_matrix_chart(
    scored: pd.DataFrame,
    *,
    ease_threshold: float = 50.0,
    hours_threshold: float = 100.0,
    source: str = ILLUSTRATIVE,
    title: str = "Prioriteringsmatrix: lethed og potentiale",
) -> Chart:
    """Every step as a point: ease of automation (x, 0-100) against hours a year it could free (y). The labels stay
    inside the axes: a point on the right half is labelled to its left."""
    fig, ax = new_chart(title, "Lethed (0-100)", "Potentiale (timer pr. år)")
    ax.grid(axis="both", visible=True)
    ax.axvline(ease_threshold, color=MUTED, linestyle="--", linewidth=1.2)
    ax.axhline(hours_threshold, color=MUTED, linestyle="--", linewidth=1.2)
    top = max(float(scored["potential_hours"].max()) if len(scored) else 0.0, hours_threshold) * 1.25
    ax.set_xlim(0, 105)
    ax.set_ylim(0, top)
    described = []
    for number, (_, row) in enumerate(scored.iterrows(), start=1):
        colour = QUADRANT_COLOURS.get(row["quadrant"], PALETTE[0])
        ax.scatter(row["ease"], row["potential_hours"], s=110, color=colour, edgecolor="black", zorder=3)
        left = row["ease"] > 52
        near_top = row["potential_hours"] > top * 0.85
        ax.annotate(
            f"{number}. {_short(row['step'])}",
            (row["ease"], row["potential_hours"]),
            xytext=(-8 if left else 8, -6 if near_top else 6),
            textcoords="offset points",
            ha="right" if left else "left",
            va="top" if near_top else "bottom",
            fontsize=11,
            annotation_clip=True,
        )
        described.append(
            f"{number}. {row['step']}: lethed {formats.number(row['ease'])}, "
            f"{formats.hours(row['potential_hours'])} om året ({row['quadrant']})"
        )
    corner = {"fontsize": 11, "color": MUTED, "style": "italic"}
    ax.text(102, top * 0.97, "Gør det nu", ha="right", va="top", **corner)
    ax.text(2, top * 0.97, "Forbered input og regler", ha="left", va="top", **corner)
    ax.text(102, 1, "Let, men lille gevinst", ha="right", va="bottom", **corner)
    ax.text(2, 1, "Vent", ha="left", va="bottom", **corner)
    format_axis(ax, "y", "number")
    add_source(fig, source)
    text = "; ".join(described) if described else "ingen trin"
    return Chart(
        fig,
        f"Et punkt pr. trin, lethed (0-100) vandret og potentiale (timer om året) lodret; grænser ved lethed "
        f"{formats.number(ease_threshold)} og {formats.hours(hours_threshold)}. {text}. {source}",
    )


def criteria_chart(scored: pd.DataFrame, position: int, *, source: str = ILLUSTRATIVE) -> Chart:
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
    listing = _listing((label, f"{v} af 5") for label, v in zip(labels, values, strict=True))
    return Chart(fig, f"Vandrette søjler for trinnet »{row['step']}«: {listing}. {source}")


def ai_topic_chart(counts: pd.DataFrame, source: str, top: int = 12) -> Chart:
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
    listing = _listing(zip(shown["Emneområde"], shown["Antal"].map(formats.number), strict=True))
    return Chart(fig, f"Vandrette søjler med antal AI-anvendelser pr. emneområde, de {len(shown)} største: {listing}. "
                 f"{_source(source)}")  # fmt: skip


def ai_stage_chart(counts: pd.DataFrame, source: str) -> Chart:
    """Use cases per development stage (from ``technologies.count_by_stage``)."""
    fig, ax = new_chart("Hvor langt er AI-anvendelserne nået?", "Stadie", "Antal AI-anvendelser (2025)")
    ax.bar(counts["Stadie"], counts["Antal"], color=[PALETTE[1], PALETTE[4], PALETTE[2], MUTED, MUTED])
    for x, (v, share) in enumerate(zip(counts["Antal"], counts["Andel"], strict=True)):
        ax.text(x, v, f"{formats.number(v)}\n({formats.percent(share)})", ha="center", va="bottom", fontsize=11)
    ax.set_ylim(0, counts["Antal"].max() * 1.25)
    format_axis(ax, "y", "number")
    add_source(fig, source)
    listing = _listing(
        (stage, f"{formats.number(n)} ({formats.percent(share)})")
        for stage, n, share in zip(counts["Stadie"], counts["Antal"], counts["Andel"], strict=True)
    )
    return Chart(fig, f"Søjler med antal AI-anvendelser pr. stadie: {listing}. {_source(source)}")
