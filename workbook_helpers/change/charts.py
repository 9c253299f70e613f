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
    """The 2×2 grid (influence up, interest across) with the Danish quadrant names and advice written in each field.
    Markers: ▲ positive/for, ● neutral, ▼ skeptical/against. ``highlight`` is the role drawn larger."""
    fig, ax = style.new_chart(
        "Interessentanalyse: hvem skal du inddrage hvordan?", "Interesse (1-5)", "Indflydelse (1-5)", figsize=(8, 7)
    )
    mid = model.HIGH - 0.5
    fields = {
        "keep_satisfied": (0.5, mid, mid, 5.5),
        "manage_closely": (mid, 5.5, mid, 5.5),
        "monitor": (0.5, mid, 0.5, mid),
        "keep_informed": (mid, 5.5, 0.5, mid),
    }
    for key, (x0, x1, y0, y1) in fields.items():
        q = model.QUADRANTS[key]
        ax.axhspan(y0, y1, xmin=(x0 - 0.5) / 5, xmax=(x1 - 0.5) / 5, color=q.colour, alpha=0.55, zorder=0)
        ax.text(x0 + 0.08, y1 - 0.08, q.name.upper(), ha="left", va="top", fontsize=13, fontweight="bold",
                color=style.TEXT, zorder=1)  # fmt: skip
        short = q.advice.split(".")[0] + "."
        ax.text(x0 + 0.08, y1 - 0.42, textwrap.fill(short, 26 if x1 - x0 > 2 else 22), ha="left", va="top",
                fontsize=9.5, color="#444444", zorder=1)  # fmt: skip
    placed: dict[tuple[int, int], int] = {}
    for s in stakeholders:
        spot = (s.interest, s.influence)
        n = placed.get(spot, 0)
        placed[spot] = n + 1
        dx, dy = (0.16 * ((n % 3) - 1), -0.22 * (n // 3)) if n else (0.0, 0.0)
        marker, _ = _MARKERS.get(s.attitude, ("o", ""))
        big = highlight is not None and s.role == highlight
        ax.scatter([s.interest + dx], [s.influence + dy], marker=marker, s=220 if big else 90,
                   color=style.HIGHLIGHT if big else style.PALETTE[0], edgecolor="black", zorder=3)  # fmt: skip
        ax.annotate(textwrap.shorten(s.role, 26, placeholder="…") if not big else s.role,
                    (s.interest + dx, s.influence + dy), xytext=(7, -3), textcoords="offset points", fontsize=10,
                    fontweight="bold" if big else "normal", zorder=4)  # fmt: skip
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.axhline(mid, color=style.MUTED, linewidth=1)
    ax.axvline(mid, color=style.MUTED, linewidth=1)
    ax.grid(False)
    style.add_source(
        fig,
        source
        or "Tegn: ▲ positiv eller for, ● neutral, ▼ skeptisk eller imod. 4-5 tæller som høj. "
        "Gitteret: Mendelow (sekundær kilde).",
    )
    return fig


def change_curve_chart(highlight: str | None = None) -> Figure:
    """The change curve with its four phases (Jaffe & Scott, as taught in Danish); ``highlight`` is a phase key."""
    fig, ax = style.new_chart("Forandringskurven: fire faser", "Tid efter forandringen er meldt ud",
                              "Energi og engagement", figsize=(9, 5))  # fmt: skip
    t = np.linspace(0, 4, 200)
    mood = 0.6 - 1.1 * np.sin(np.pi * t / 3.2) * (t < 3.2) + (t >= 3.2) * 0.35 * (t - 3.2) + 0.0
    ax.plot(t, mood, color=style.PALETTE[0])
    for i, phase in enumerate(model.PHASES):
        strong = highlight == phase.key
        ax.axvspan(i, i + 1, color=style.HIGHLIGHT if strong else "#EEEEEE", alpha=0.35 if strong else 0.6,
                   zorder=0)  # fmt: skip
        ax.text(i + 0.5, 1.0, f"{i + 1}. {phase.name}", ha="center", va="top", fontsize=13,
                fontweight="bold" if strong else "normal")  # fmt: skip
    ax.set_xlim(0, 4)
    ax.set_ylim(-0.8, 1.05)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    style.add_source(fig, "Kilde: forandringskurven med fire faser efter Jaffe og Scott, som den undervises på dansk "
                          "(Lederindsigt, sekundær kilde). Kurvens form er skematisk.")  # fmt: skip
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
                          "er svagt.")  # fmt: skip
    return fig
