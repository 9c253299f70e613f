"""Charts for notebook 07: the stakeholder grid, the change curve and the ADKAR barometer.

Every quadrant and state is written in text as well as shown in colour (the colour only repeats the words).
"""

from __future__ import annotations

import textwrap

import numpy as np
from matplotlib.figure import Figure

from .. import style
from . import model

_MARKERS = {-2: ("v", "imod"), -1: ("v", "skeptisk"), 0: ("o", "neutral"), 1: ("^", "positiv"), 2: ("^", "for")}


def stakeholder_grid(
    stakeholders: list[model.Stakeholder], highlight: str | None = None, *, source: str = ""
) -> Figure:
    """The 2×2 grid (interest across, influence up) with each field's Danish name and advice written in a band
    above or below it. Markers: ▲ positive/for, ● neutral, ▼ skeptical/against. ``highlight`` is drawn larger."""
    fig, ax = style.new_chart(
        "Interessentanalyse: dine interessenter", "Interesse (1-5)", "Indflydelse (1-5)", figsize=(8, 8)
    )
    mid = model.HIGH - 0.5
    top, bottom = 7.0, -1.0  # the bands above 5.5 and below 0.5 carry the names and the advice
    fields = {
        "keep_satisfied": (0.5, mid, mid, top),
        "manage_closely": (mid, 5.5, mid, top),
        "monitor": (0.5, mid, bottom, mid),
        "keep_informed": (mid, 5.5, bottom, mid),
    }
    for key, (x0, x1, y0, y1) in fields.items():
        q = model.QUADRANTS[key]
        ax.fill_between([x0, x1], y0, y1, color=q.colour, alpha=0.55, zorder=0, linewidth=0)
        upper = y1 == top
        y_text = top - 0.1 if upper else bottom + 1.38
        short = q.advice.split(":")[0].split(".")[0] + "."
        ax.text(x0 + 0.1, y_text, q.name.upper(), ha="left", va="top", fontsize=12.5, fontweight="bold",
                color=style.TEXT, zorder=1)  # fmt: skip
        ax.text(x0 + 0.1, y_text - 0.38, textwrap.fill(short, 34 if x1 - x0 > 2 else 22), ha="left", va="top",
                fontsize=9.5, color="#333333", zorder=1)  # fmt: skip
    placed: dict[tuple[int, int], int] = {}
    for number, s in enumerate(stakeholders, start=1):
        spot = (s.interest, s.influence)
        n = placed.get(spot, 0)
        placed[spot] = n + 1
        dx = (0.24 * ((n + 1) // 2)) * (1 if n % 2 else -1) if n else 0.0
        marker, _ = _MARKERS.get(s.attitude, ("o", ""))
        big = highlight is not None and s.role == highlight
        x, y = s.interest + dx, s.influence
        ax.scatter([x], [y], marker=marker, s=560 if big else 380,
                   color=style.HIGHLIGHT if big else style.PALETTE[0], edgecolor="black", zorder=3)  # fmt: skip
        ax.text(x, y - (0.03 if marker == "^" else -0.03 if marker == "v" else 0), str(number), ha="center",
                va="center", fontsize=10, fontweight="bold", color="white", zorder=4)  # fmt: skip
        if big:
            left = x >= 4.5
            ax.annotate(s.role, (x, y), xytext=(-14 if left else 14, 14), textcoords="offset points",
                        ha="right" if left else "left", va="bottom", fontsize=11, fontweight="bold", zorder=5,
                        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": style.HIGHLIGHT})  # fmt: skip
    names = "  ·  ".join(
        f"{i}\u00a0{textwrap.shorten(s.role, 40, placeholder='…')}" for i, s in enumerate(stakeholders, 1)
    )
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(bottom, top)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.axhline(mid, color=style.MUTED, linewidth=1)
    ax.axvline(mid, color=style.MUTED, linewidth=1)
    ax.grid(False)
    source_text = source or (
        "Kilde: Mendelows matrix (sekundær kilde); felternes navne og råd er arbejdsbogens. Tegn: ▲ positiv eller for, "
        "● neutral, ▼ skeptisk eller imod. 4 og 5 tæller som høj."
    )
    _legend_and_source(fig, names, source_text)
    return fig


def _legend_and_source(fig: Figure, legend: str, source: str, width: int = 100) -> None:
    """The numbered names above the source line, with room kept for both (style.add_source keeps room for one)."""
    legend_lines = textwrap.fill(legend, width)
    source_lines = textwrap.fill(source, width)
    height = fig.get_figheight()
    src_n, leg_n = source_lines.count("\n") + 1, legend_lines.count("\n") + 1
    reserve = min(0.4, (0.15 + 0.22 * (src_n + leg_n)) / height)
    # Fixed margins instead of constrained layout: the grid is redrawn at every slider move, and the layout engine
    # was a third of the time. The margins fit the Danish axis labels and the title at this size.
    fig.set_layout_engine("none")
    bottom = reserve + 0.075
    fig.axes[0].set_position((0.1, bottom, 0.88, 0.93 - bottom))
    fig.text(0.01, 0.01, source_lines, ha="left", va="bottom", fontsize=10.5, color=style.MUTED)
    fig.text(0.01, (0.12 + 0.22 * src_n) / height, legend_lines, ha="left", va="bottom", fontsize=11,
             color=style.TEXT)  # fmt: skip


def change_curve_chart(highlight: str | None = None) -> Figure:
    """The change curve with its four phases (Jaffe & Scott, as taught in Danish); ``highlight`` is a phase key."""
    fig, ax = style.new_chart("Forandringskurven: fire faser", "Tid efter forandringen er meldt ud",
                              "Energi og engagement", figsize=(9, 5))  # fmt: skip
    t = np.linspace(0, 4, 200)
    mood = 0.5 - 1.2 * np.exp(-(((t - 1.7) / 0.9) ** 2)) + 0.12 * t  # a schematic dip and rise
    ax.plot(t, mood, color=style.PALETTE[0])
    for i, phase in enumerate(model.PHASES):
        strong = highlight == phase.key
        ax.axvspan(i, i + 1, color=style.HIGHLIGHT if strong else "#EEEEEE", alpha=0.35 if strong else 0.6,
                   zorder=0)  # fmt: skip
        ax.text(i + 0.5, 1.12, f"{i + 1}. {phase.name}", ha="center", va="top", fontsize=13,
                fontweight="bold" if strong else "normal")  # fmt: skip
    ax.set_xlim(0, 4)
    ax.set_ylim(-0.8, 1.15)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    style.add_source(fig, "Kilde: forandringskurven med fire faser efter Jaffe og Scott, som den undervises på dansk "
                          "(Lederindsigt, sekundær kilde). Kurvens form er skematisk.", width=100)  # fmt: skip
    return fig


def adkar_chart(scores: dict[str, int], group: str = "") -> Figure:
    """The barometer: one bar per ADKAR step (1-5), the barrier point marked in text and colour."""
    title = f"Barometer for {group}" if group else "Barometer: hvor halter forandringen?"
    fig, ax = style.new_chart(title, "Vurdering (1-5)", "Trin", figsize=(8, 4.2))
    barrier = model.barrier_point(scores)
    names = [f"{s.letter}: {s.name}" for s in model.ADKAR_STEPS][::-1]
    values = [int(scores.get(s.key, 3)) for s in model.ADKAR_STEPS][::-1]
    keys = [s.key for s in model.ADKAR_STEPS][::-1]
    colours = [style.HIGHLIGHT if k == barrier else (style.MUTED if v <= 3 else style.PALETTE[2])
               for k, v in zip(keys, values, strict=True)]  # fmt: skip
    ax.barh(names, values, color=colours)
    for y, (k, v) in enumerate(zip(keys, values, strict=True)):
        label = f"{v}  ← første svage trin" if k == barrier else str(v)
        ax.text(v + 0.08, y, label, va="center", fontsize=12, fontweight="bold" if k == barrier else "normal")
    ax.set_xlim(0, 6.5)
    ax.set_xticks(range(0, 6))
    ax.axvline(model.BARRIER_AT + 0.5, color=style.MUTED, linestyle="--", linewidth=1)
    ax.grid(False)
    style.add_source(fig, "Efter ADKAR (Prosci, sekundær kilde); spørgsmålene er arbejdsbogens egne. 3 eller derunder "
                          "er svagt.", width=90)  # fmt: skip
    return fig
