"""Charts for digitalisation policy and benchmarks, in the house style. They draw model results; they compute
nothing of substance. Every chart carries its source line.

>>> from workbook_helpers.policy import model
>>> data = model.load_policy()
>>> fig = timeline_chart(model.timeline(data, on="2026-11-29"))
>>> [t.get_text() for t in fig.axes[0].get_yticklabels()][0]
'EU'
"""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Patch

from .. import formats
from ..data import attribution
from ..style import HIGHLIGHT, MUTED, PALETTE, add_source, format_axis, new_chart
from .benchmark import EGDI, EGOV, INDICATORS_DA
from .model import LEVEL_LABELS, LEVELS

POLICY_SOURCE = (
    "Kilde: arbejdsbogens policy-data (EUR-Lex, Folketinget, Digitaliseringsstyrelsen, KL, Københavns Kommune; "
    f"kilden står i hver række i data/policy_*.csv). Opgjort pr. {formats.date('2026-12-01')}."
)
LANE_COLOURS = dict(zip(LEVELS, PALETTE[:4], strict=True))
LINK_STYLES = {"retlig": "-", "strategisk": "--", "tematisk": ":", "kommunal": "-."}
LINK_LABELS = {
    "retlig": "Retlig (gennemføres/ændres ved lov)",
    "strategisk": "Strategisk (kilden nævner koblingen)",
    "tematisk": "Tematisk (samme mål; arbejdsbogens kobling)",
    "kommunal": "Kommunens egen henvisning",
}
MAX_LABELS = 8


def _lane_axis(ax) -> None:
    ax.set_yticks(range(len(LEVELS)), [LEVEL_LABELS[level] for level in LEVELS])
    ax.set_ylim(len(LEVELS) - 0.5, -0.6)
    ax.grid(axis="x", color="#DDDDDD")
    ax.grid(axis="y", visible=False)


def timeline_chart(timeline: pd.DataFrame, title: str | None = None) -> Figure:
    """Four lanes (EU; nationalt og fællesoffentligt; fælleskommunalt; kommunalt) with every date as a dot; the
    dates after the chosen day are orange diamonds with their text, so they stand out without relying on colour."""
    on, start, end = timeline.attrs["on"], timeline.attrs["start"], timeline.attrs["end"]
    fig, ax = new_chart(
        title or f"Tidslinje: datoer før og efter {formats.date(on)}", "År", "Niveau", figsize=(12, 9.5)
    )
    _lane_axis(ax)
    before, after = timeline[~timeline["after"]], timeline[timeline["after"]]
    ax.scatter(before["date"], before["lane"], s=60, color=MUTED, marker="o", zorder=3, gid="before",
               label="Dato før den valgte dag")  # fmt: skip
    ax.scatter(after["date"], after["lane"], s=150, color=HIGHLIGHT, marker="D", edgecolor="black", zorder=4,
               gid="after", label="Kommende dato (efter den valgte dag)")  # fmt: skip
    ax.axvline(on, color="black", linewidth=1.5, linestyle="--", zorder=2)
    ax.annotate(f"Valgt dag: {formats.date(on)}", (on, len(LEVELS) - 0.55), ha="center", va="bottom", fontsize=11,
                backgroundcolor="white")  # fmt: skip
    listed = after.head(MAX_LABELS)
    placed: list[tuple[pd.Timestamp, int]] = []
    for number, (_, row) in enumerate(listed.iterrows(), start=1):
        crowd = sum(1 for when, lane in placed if lane == row["lane"] and abs((row["date"] - when).days) < 200)
        placed.append((row["date"], row["lane"]))
        ax.annotate(str(number), (row["date"], row["lane"]), xytext=(0, 11 + 14 * crowd), textcoords="offset points",
                    ha="center", fontsize=11, fontweight="bold", gid="after-number")  # fmt: skip
    lines = [
        f"{number}. {formats.date(row['date'])}: {textwrap.shorten(row['label'], 100, placeholder=' …')}"
        for number, (_, row) in enumerate(listed.iterrows(), start=1)
    ]
    if len(after) > MAX_LABELS:
        lines.append(f"… og {len(after) - MAX_LABELS} kommende datoer mere (se tabellen).")
    ax.set_xlim(start, end)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    # A second, empty axes under the lanes holds the legend and the numbered list, so the layout keeps room.
    grid = fig.add_gridspec(2, 1, height_ratios=[3, 1.25])
    ax.set_subplotspec(grid[0])
    below = fig.add_subplot(grid[1])
    below.axis("off")
    handles, labels = ax.get_legend_handles_labels()
    below.legend(handles, labels, loc="upper left", ncol=2, bbox_to_anchor=(0, 1.02))
    if lines:
        text = "\n".join(["Kommende datoer (nummereret på tidslinjen):", *lines])
        below.text(0, 0.72, text, ha="left", va="top", fontsize=10.5, transform=below.transAxes, gid="after-list")
    add_source(fig, POLICY_SOURCE)
    return fig


def cascade_chart(nodes: pd.DataFrame, edges: pd.DataFrame, title: str | None = None) -> Figure:
    """Boxes in four columns (EU → national → fælleskommunal → kommunal) with arrows for each link; the line style
    says the kind of link. A municipal example is marked »Eksempel (illustrativt)« in its box."""
    root = nodes.iloc[0]["label"]
    fig, ax = new_chart(title or f"Kaskade: fra »{root}« til kommunen", "Niveau", "Indsatser", figsize=(11, 7.5))
    ax.set_xlim(-0.6, len(LEVELS) - 0.4)
    depth = max(int(nodes["row"].max()) + 1, 2)
    ax.set_ylim(depth - 0.4, -1.1)  # room above the first row for arrows that jump a level
    ax.set_xticks(range(len(LEVELS)), [LEVEL_LABELS[level] for level in LEVELS])
    ax.set_yticks([])
    ax.grid(False)
    where = {row["id"]: (row["lane"], row["row"]) for _, row in nodes.iterrows()}
    for _, node in nodes.iterrows():
        label = textwrap.fill(node["label"], 20, break_long_words=False, break_on_hyphens=False)
        box = {"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": LANE_COLOURS[node["level"]],
               "linewidth": 2.5, "linestyle": "--" if node["example"] else "-"}  # fmt: skip
        ax.text(node["lane"], node["row"], label, ha="center", va="center", fontsize=12, bbox=box, zorder=3,
                gid=f"node:{node['id']}")  # fmt: skip
    used = []
    for _, edge in edges.iterrows():
        (x0, y0), (x1, y1) = where[edge["parent_id"]], where[edge["child_id"]]
        style = LINK_STYLES.get(edge["link_type"], "-")
        if x0 == x1:  # same level: from the bottom of one box to the top of the next
            step = 0.28 if y1 > y0 else -0.28
            start, end, bend = (x0, y0 + step), (x1, y1 - step), "arc3,rad=0"
        else:  # a jump over a level bends, so it does not run through the boxes in between
            start, end = (x0 + 0.28, y0), (x1 - 0.28, y1)
            bend = "arc3,rad=-0.25" if abs(x1 - x0) > 1 else "arc3,rad=0"
        arrow = FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=16, linestyle=style, color="#333333",
                                linewidth=1.6, zorder=2, connectionstyle=bend)  # fmt: skip
        arrow.set_gid(f"edge:{edge['parent_id']}->{edge['child_id']}")
        ax.add_patch(arrow)
        used.append(edge["link_type"])
    handles = [
        Patch(facecolor="white", edgecolor="#333333", linestyle=LINK_STYLES[kind], label=LINK_LABELS[kind])
        for kind in LINK_STYLES
        if kind in used
    ]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, -0.3), ncol=2)
    add_source(fig, POLICY_SOURCE)
    return fig


def benchmark_chart(scores: pd.DataFrame, indicator: str) -> Figure:
    """Horizontal bars, highest first: Denmark orange with a bold name, averages grey and hatched."""
    label = INDICATORS_DA[indicator]
    fig, ax = new_chart(f"eGovernment Benchmark 2023: {label}", "Score (0-100), gennemsnit af 2021 og 2022", "Land")
    table = scores.iloc[::-1]
    colours = [HIGHLIGHT if c == "DK" else MUTED if avg else PALETTE[0] for c, avg in zip(table["country"],
               table["average"], strict=True)]  # fmt: skip
    bars = ax.barh(table["name"], table["value"], color=colours)
    for bar, avg in zip(bars, table["average"], strict=True):
        if avg:
            bar.set_hatch("//")
    for bar, value in zip(bars, table["value"], strict=True):
        ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, formats.number(value, 1), va="center",
                fontsize=11)  # fmt: skip
    for tick in ax.get_yticklabels():
        if tick.get_text() == "Danmark":
            tick.set_fontweight("bold")
    ax.set_xlim(0, 110)
    format_axis(ax, "x", "number")
    ax.grid(axis="x", color="#DDDDDD")
    ax.grid(axis="y", visible=False)
    add_source(fig, attribution(EGOV))
    return fig


def government_level_chart(levels: pd.DataFrame, country: str = "DK") -> Figure:
    """Paired bars per sub-indicator: central government (blue, plain) against local government (orange,
    hatched), 2022. Where the local bar is shorter, municipalities' websites score lower."""
    rows = levels[levels["country"] == country]
    if rows.empty:
        raise ValueError(f"Der er ingen tal pr. forvaltningsniveau for »{country}«.")
    name = rows["name"].iloc[0]
    fig, ax = new_chart(f"{name}, 2022: statslig mod kommunal", "Score (0-100)", "Delindikator", figsize=(11, 7))
    indicators = list(dict.fromkeys(rows.sort_values("gap")["indicator"]))
    height = 0.38
    for shift, (level, colour, hatch) in enumerate(
        [("Statslig", PALETTE[0], ""), ("Lokal (kommunal)", HIGHLIGHT, "//")]
    ):
        part = rows[rows["government_level"] == level].set_index("indicator").reindex(indicators)
        positions = [i + (shift - 0.5) * height for i in range(len(indicators))]
        bars = ax.barh(positions, part["value"], height=height, color=colour, hatch=hatch, label=level, gid=level)
        for bar, value in zip(bars, part["value"], strict=True):
            ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, formats.number(value), va="center",
                    fontsize=10)  # fmt: skip
    ax.set_yticks(range(len(indicators)), indicators)
    ax.set_xlim(0, 110)
    format_axis(ax, "x", "number")
    ax.grid(axis="x", color="#DDDDDD")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower left", bbox_to_anchor=(0, -0.22), ncol=2)
    add_source(fig, attribution(EGOV))
    return fig


def egdi_chart(series: pd.DataFrame) -> Figure:
    """EGDI (0-1) by survey year, one line per country, with Denmark's rank written at each point."""
    fig, ax = new_chart("FN's E-Government Development Index (EGDI)", "Undersøgelsesår", "EGDI (0-1)")
    others = [PALETTE[0], PALETTE[2], PALETTE[3], PALETTE[4], PALETTE[7]]
    for i, (code, part) in enumerate(series.groupby("country", sort=False)):
        is_dk = code == "DNK"
        colour = HIGHLIGHT if is_dk else others[i % len(others)]
        ax.plot(part["year"], part["egdi"], marker="D" if is_dk else "o", color=colour,
                linewidth=3 if is_dk else 2, label=part["name"].iloc[0])  # fmt: skip
        if is_dk:
            for _, row in part.iterrows():
                ax.annotate(f"nr. {row['rank']}", (row["year"], row["egdi"]), xytext=(0, 9), textcoords="offset points",
                            ha="center", fontsize=10)  # fmt: skip
    years = sorted(series["year"].unique())
    ax.set_xticks(years, [str(y) for y in years])
    ax.set_ylim(0.5, 1.05)
    format_axis(ax, "y", "number", 2)
    ax.legend(loc="lower right")
    add_source(fig, attribution(EGDI) + " 2020 mangler i datasættet.")
    return fig
