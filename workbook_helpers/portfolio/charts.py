"""The value-effort bubble chart of notebook 09: each proposal a bubble (size = cases a year), the four quadrants
named in text as well as colour, readable on a projector."""

from __future__ import annotations

import math
import textwrap

from matplotlib.figure import Figure

from ..messages import EXAMPLE_LABEL
from ..style import MUTED, PALETTE, add_source, describe, new_chart
from .model import QUADRANTS, Proposal, Score

QUADRANT_COLOURS = dict(zip(QUADRANTS, (PALETTE[2], PALETTE[0], PALETTE[4], MUTED), strict=True))


def _short(title: str) -> str:
    title = title.replace(f"{EXAMPLE_LABEL}: ", "")
    return textwrap.shorten(title, 34, placeholder=" …")


def bubble_chart(ranked: list[tuple[Proposal, Score]], source: str, top_labels: int = 12) -> Figure:
    """Value (up) against effort and risk (right); the best ``top_labels`` proposals carry their rank number and a
    short title (the full titles are in the ranking table)."""
    fig, ax = new_chart("Forslagene: værdi mod indsats og risiko", "Indsats og risiko (0-10)", "Værdi (0-10)",
                        figsize=(10, 7.5))  # fmt: skip
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.axvline(5, color="#888888", linewidth=1)
    ax.axhline(5, color="#888888", linewidth=1)
    ax.grid(False)
    corners = {"Hurtige gevinster": (0.2, 9.8, "left"), "Store projekter": (9.8, 9.8, "right"),
               "Småting": (0.2, 0.2, "left"), "Drop": (9.8, 0.2, "right")}  # fmt: skip
    for name, (x, y, ha) in corners.items():
        ax.text(x, y, name, ha=ha, va="top" if y > 5 else "bottom", fontsize=15, fontweight="bold",
                color=QUADRANT_COLOURS[name], gid=f"quadrant:{name}")  # fmt: skip
    for place, (p, s) in enumerate(ranked, start=1):
        volume = p.summary.get("volume_per_year") or 0
        size = 80 + 40 * math.sqrt(max(0.0, float(volume)) / 100)
        ax.scatter(s.effort, s.value, s=size, color=QUADRANT_COLOURS[s.quadrant], alpha=0.7, edgecolor="black",
                   linewidth=0.8, zorder=3)  # fmt: skip
        if place <= top_labels:
            ax.annotate(f"{place}. {_short(p.title)}", (s.effort, s.value), xytext=(7, 4), textcoords="offset points",
                        fontsize=11, zorder=4, gid=f"label:{place}")  # fmt: skip
    add_source(fig, source + " Boblens størrelse: sager om året.")
    return describe(fig, bubble_alt_text(ranked))


def bubble_alt_text(ranked: list[tuple[Proposal, Score]]) -> str:
    """What the chart shows, in Danish, for the text alternative."""
    counts = {q: sum(s.quadrant == q for _, s in ranked) for q in QUADRANTS}
    best = ranked[0][0].title if ranked else "ingen"
    spread = ", ".join(f"{n} i »{q}«" for q, n in counts.items() if n)
    return f"Boblediagram over {len(ranked)} forslag efter værdi og indsats: {spread}. Højest prioriteret: {best}."
