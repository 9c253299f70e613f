"""The chart of the first widget: hours freed a year, for one to thirty minutes saved per case."""

from __future__ import annotations

from matplotlib.figure import Figure

from .. import formats
from ..style import HIGHLIGHT, PALETTE, add_source, format_axis, new_chart
from .model import hours_freed_per_year

MAX_MINUTES = 30


def hours_freed_chart(minutes_saved_per_case: float, cases_per_year: float) -> Figure:
    """A line of hours freed against minutes saved per case, with the chosen point marked."""
    fig, ax = new_chart(
        f"Timer frigjort om året ved {formats.number(cases_per_year)} sager",
        "Minutter sparet pr. sag",
        "Timer om året",
        figsize=(10, 5),
    )
    minutes = list(range(MAX_MINUTES + 1))
    ax.plot(minutes, [hours_freed_per_year(m, cases_per_year) for m in minutes], color=PALETTE[0])
    chosen = hours_freed_per_year(minutes_saved_per_case, cases_per_year)
    ax.scatter([minutes_saved_per_case], [chosen], s=140, color=HIGHLIGHT, zorder=3)
    ax.annotate(
        formats.hours(chosen),
        (minutes_saved_per_case, chosen),
        xytext=(12, -4),
        textcoords="offset points",
        fontsize=15,
        fontweight="bold",
        color=HIGHLIGHT,
    )
    ax.set_xlim(0, MAX_MINUTES)
    ax.set_ylim(0, max(10.0, hours_freed_per_year(MAX_MINUTES, cases_per_year)) * 1.05)
    format_axis(ax, "y", "number")
    add_source(fig, "Eksempel (illustrativt): minutter × sager ÷ 60.")
    return fig
