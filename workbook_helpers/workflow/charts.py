"""Charts for arbejdsgangsanalyse and process data, in the house style (they draw; the model computes).

Each function returns a matplotlib ``Figure`` with a Danish title, labels and a source line.

>>> import pandas as pd
>>> steps = pd.DataFrame({"step": ["Modtag", "Afgør"], "actor": ["Sekretær", "Leder"], "minutes": [5, 10],
...                       "per_year": [100, 100]})
>>> swimlane(steps).axes[0].get_title(loc="left")
'Arbejdsgangen i svømmebaner'
"""

from __future__ import annotations

import base64
import html
import io
import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from matplotlib.ticker import MaxNLocator

from workbook_helpers import formats
from workbook_helpers.style import HIGHLIGHT, MUTED, PALETTE, TEXT, add_source, format_axis, new_chart
from workbook_helpers.workflow import model
from workbook_helpers.workflow.eventlog import END, START
from workbook_helpers.workflow.schema import INPUT_TYPE_LABELS

OWN_FIGURES = "Kilde: egne registreringer af arbejdsgangen."
INPUT_COLOURS = dict(zip(INPUT_TYPE_LABELS, (PALETTE[5], PALETTE[1], PALETTE[0], PALETTE[2]), strict=True))


def duration(days: float) -> str:
    """A duration in the unit a reader grasps: ``duration(0.02)`` gives ``'29 min.'``, ``duration(4.06)``
    gives ``'4,1 dage'``.

    >>> duration(0.5), duration(1)
    ('12 timer', '1 dag')
    """
    minutes = days * 24 * 60
    if minutes < 60:
        return f"{formats.number(minutes)} min."
    if minutes < 24 * 60:
        hours = minutes / 60
        text = formats.number(hours, 0 if hours >= 10 or abs(hours - round(hours)) < 0.05 else 1)
        return f"{text} time" if text == "1" else f"{text} timer"
    text = formats.number(days, 0 if days >= 10 or abs(days - round(days)) < 0.05 else 1)
    return f"{text} dag" if text == "1" else f"{text} dage"


def _cases(n: int) -> str:
    return formats.count(n, "sag", "sager")


def _axis(ax, axis: str, kind: str = "number") -> None:
    """Danish tick labels on whole-number ticks (so 2,5 is never shown rounded to 2)."""
    (ax.xaxis if axis == "x" else ax.yaxis).set_major_locator(MaxNLocator(nbins="auto", integer=True))
    format_axis(ax, axis, kind)


def _horizontal_bars(ax) -> None:
    """Largest first from the top, grid lines along the values, Danish whole-number ticks."""
    ax.invert_yaxis()
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    _axis(ax, "x", "number")


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(str(text), width=width, break_long_words=False)[:4])


# --- text alternatives ---------------------------------------------------------------------------------------


def describe(fig: Figure, text: str) -> Figure:
    """Give ``fig`` a Danish text alternative (what the chart shows, in words): ``text_alternative(fig)`` reads it,
    and the notebook shows it under the picture and as the image's alt text."""
    fig.text_alternative = text
    fig._repr_html_ = lambda: _html(fig)  # IPython's display protocol: the picture with its words
    return fig


def text_alternative(fig: Figure) -> str:
    """The Danish text alternative of a chart from this module (its title when it has none)."""
    title = next((ax.get_title(loc="left") or ax.get_title() for ax in fig.axes), "")
    return getattr(fig, "text_alternative", "") or f"Diagram: {title}"


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _html(fig: Figure, png: str | None = None) -> str:
    alt = html.escape(text_alternative(fig), quote=True)
    return (
        f"<figure style='margin:0;max-width:100%'><img src='data:image/png;base64,{png or _png(fig)}' alt='{alt}' "
        "style='max-width:100%;height:auto'><figcaption><details><summary>Diagrammet i ord</summary>"
        f"<p style='max-width:44em'>{alt}</p></details></figcaption></figure>"
    )


def output(fig: Figure) -> dict:
    """The chart as one notebook output for a widget: the picture, its alt text and its words."""
    png = _png(fig)
    return {
        "output_type": "display_data",
        "data": {"image/png": png, "text/html": _html(fig, png), "text/plain": text_alternative(fig)},
        "metadata": {},
    }


# --- the step table ------------------------------------------------------------------------------------------

STEP_FONT, SMALL_FONT, LANE_FONT = 14, 12, 14  # points; the figure is at most 10-16 inches wide, for a projector


def _fit(text: str, chars: int, lines: int = 3) -> str:
    """``text`` wrapped to ``chars`` a line; a word longer than a line is split with a hyphen (never overflows)."""
    words = []
    for word in str(text).split():
        while len(word) > chars:
            words.append(word[: chars - 1] + "-")
            word = word[chars - 1 :]
        words.append(word)
    wrapped = textwrap.wrap(" ".join(words), width=chars, break_long_words=False, break_on_hyphens=False)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: chars - 1].rstrip() + "…"
    return "\n".join(wrapped)


def _chars(width_inches: float, font: float) -> int:
    """How many characters of ``font`` points fit on a line ``width_inches`` wide (DejaVu Sans: ~0.6 em)."""
    return max(6, int(width_inches * 72 / (font * 0.6)))


def swimlane(steps: pd.DataFrame, title: str = "Arbejdsgangen i svømmebaner", source: str = OWN_FIGURES) -> Figure:
    """A swimlane diagram: one lane (column) per actor, a box per step from the top down in table order, arrows
    between them. Box edges show the input type; a wait before a step is written on the arrow, a rework rate in
    the box. The text is projector-size and stays inside its box; readable for 1 to 30 steps."""
    layout = model.swimlane_layout(steps)
    lanes, n = len(layout.actors), len(layout.boxes)
    width = 10.0 if lanes <= 4 else min(16.0, 10.0 + 1.5 * (lanes - 4))
    fig, ax = new_chart(title, "Aktør", "Trin i rækkefølge", figsize=(width, 2.4 + 1.05 * n))
    ax.set_axis_off()
    ax.set_xlim(-0.5, lanes - 0.5)
    ax.set_ylim(n - 0.4, -1.35)
    lane_inches = width * 0.96 / lanes
    _draw_lanes(ax, layout.actors, n, _chars(lane_inches * 0.95, LANE_FONT))
    chars = _chars(lane_inches * BOX_W * 0.92, STEP_FONT)
    for box in layout.boxes:
        _draw_step(ax, box, chars)
    for arrow in layout.arrows:
        _draw_arrow(ax, arrow)
    _input_legend(ax, layout.input_types)
    add_source(fig, source)
    return describe(fig, model.describe_swimlane(steps))


BOX_W, BOX_H = 0.86, 0.74


def _draw_lanes(ax, actors: list[str], n: int, chars: int) -> None:
    for lane, actor in enumerate(actors):
        ax.axvspan(lane - 0.5, lane + 0.5, color="#F2F2F2" if lane % 2 == 0 else "white", zorder=0)
        ax.axvline(lane + 0.5, color=MUTED, linewidth=0.8, zorder=1)
        ax.text(lane, -0.85, _fit(actor, chars, 2), ha="center", va="center", fontsize=LANE_FONT,
                fontweight="bold", color=TEXT)  # fmt: skip
    ax.axvline(-0.5, color=MUTED, linewidth=0.8, zorder=1)
    ax.axhline(-0.5, color=MUTED, linewidth=0.8, zorder=1)


def _draw_step(ax, box: model.SwimlaneBox, chars: int) -> None:
    x, y = box.lane, box.row
    ax.add_patch(
        FancyBboxPatch(
            (x - BOX_W / 2, y - BOX_H / 2), BOX_W, BOX_H, boxstyle="round,pad=0.02,rounding_size=0.08",
            facecolor="white", edgecolor=INPUT_COLOURS[box.input_type], linewidth=3, zorder=3,
        )
    )  # fmt: skip
    ax.text(x, y - 0.08, _fit(box.step, chars, 2), ha="center", va="center", fontsize=STEP_FONT, zorder=4)
    details = f"{formats.number(box.minutes, 'auto')} min."
    ax.text(x, y + BOX_H / 2 - 0.1, details, ha="center", va="center", fontsize=SMALL_FONT, color=MUTED, zorder=4)
    if box.error_rate > 0:
        ax.text(x + BOX_W / 2 - 0.03, y + BOX_H / 2 - 0.1, f"omarb. {formats.percent(box.error_rate)}", ha="right",
                va="center", fontsize=SMALL_FONT, color=HIGHLIGHT, zorder=4)  # fmt: skip


def _draw_arrow(ax, arrow: model.SwimlaneArrow) -> None:
    start = (arrow.from_lane, arrow.from_row + BOX_H / 2)
    end = (arrow.to_lane, arrow.to_row - BOX_H / 2)
    style = {"arrowstyle": "-|>", "mutation_scale": 18, "color": TEXT, "linewidth": 1.6, "zorder": 2}
    ax.add_patch(FancyArrowPatch(start, end, connectionstyle="arc3,rad=0", **style))
    if arrow.wait_hours > 0:
        ax.text((start[0] + end[0]) / 2 + 0.04, (start[1] + end[1]) / 2, f"venter {formats.number(arrow.wait_hours)} t",
                ha="left", va="center", fontsize=SMALL_FONT, color=HIGHLIGHT, zorder=5,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})  # fmt: skip


def _input_legend(ax, used: list[str]) -> None:
    handles = [FancyBboxPatch((0, 0), 1, 1, facecolor="white", edgecolor=INPUT_COLOURS[c], linewidth=3) for c in used]
    labels = [f"Input: {INPUT_TYPE_LABELS[c].lower()}" for c in used]
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(0, 0), ncols=min(2, len(used)), fontsize=12)


def pareto(steps: pd.DataFrame, title: str = "Hvor går timerne hen?", source: str = OWN_FIGURES) -> Figure:
    """Hours per year by step, largest first, with the cumulative share as a line (a Pareto chart)."""
    metrics = model.step_metrics(steps).sort_values("total_hours", ascending=False, kind="stable")
    many = len(metrics) > 5
    labels = [_wrap(s, 22 if many else 14) for s in metrics["step"]]
    fig, ax = new_chart(title, "Trin", "Timer pr. år", figsize=(max(10, 0.9 * len(metrics) + 4), 6.5))
    ax.bar(labels, metrics["total_hours"], color=PALETTE[0], label="Timer pr. år (inkl. omarbejde)")
    _axis(ax, "y", "number")
    share = metrics["total_hours"].cumsum() / metrics["total_hours"].sum()
    line = ax.twinx()
    line.plot(labels, share, color=HIGHLIGHT, marker="o", label="Andel af alle timer (akkumuleret)")
    line.set_ylim(0, 1.05)
    line.set_ylabel("Akkumuleret andel")
    line.grid(False)
    line.spines["right"].set_visible(True)
    format_axis(line, "y", "percent")
    ax.tick_params(axis="x", labelsize=10.5 if len(metrics) > 8 else 12)
    if many:
        ax.tick_params(axis="x", labelrotation=35)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="center right")
    add_source(fig, source)
    top = [f"{s} ({formats.hours(h, 'auto')})" for s, h in zip(metrics["step"], metrics["total_hours"], strict=True)]
    total = formats.hours(metrics["total_hours"].sum(), "auto")
    biggest = min(2, len(top))
    words = (
        f"Pareto-diagram: timer pr. år pr. trin, størst først, i alt {total}. Trinene: {'; '.join(top)}. "
        f"De {biggest} største står for {formats.percent(share.iloc[biggest - 1])} af timerne."
    )
    return describe(fig, words)


def as_is_vs_to_be(
    as_is: pd.DataFrame, to_be: pd.DataFrame, title: str | None = None, source: str = OWN_FIGURES
) -> Figure:
    """Hours per year by step, as-is against to-be; a removed step shows as 0. The title states the hours freed."""
    aligned = model.aligned_hours(as_is, to_be)
    freed = model.hours_freed(as_is, to_be)
    title = title or f"Som nu og fremover: {formats.hours(freed)} frigjort pr. år"
    fig, ax = new_chart(title, "Timer pr. år", "Trin", figsize=(10, max(4.5, 0.55 * len(aligned) + 2)))
    y = np.arange(len(aligned))
    ax.barh(y - 0.2, aligned["as_is"].to_numpy(), height=0.4, color=MUTED, label="Som nu")
    ax.barh(y + 0.2, aligned["to_be"].to_numpy(), height=0.4, color=PALETTE[2], label="Fremover")
    ax.set_yticks(y, [_wrap(s, 24) for s in aligned["step"]])
    _horizontal_bars(ax)
    ax.legend(loc="lower right")
    add_source(fig, source)
    changed = [
        f"{row.step}: {formats.number(row.as_is, 'auto')} → {formats.number(row.to_be, 'auto')} timer"
        for row in aligned.itertuples()
        if abs(row.as_is - row.to_be) > 1e-9
    ]
    before = formats.hours(model.total_hours(as_is), "auto")
    words = (
        f"Søjlediagram: timer pr. år pr. trin som nu og fremover. I alt {before}"
        f" som nu og {formats.hours(model.total_hours(to_be), 'auto')} fremover, {formats.hours(freed, 'auto')} "
        f"frigjort pr. år. Ændrede trin: {'; '.join(changed) or 'ingen'}."
    )
    return describe(fig, words)


# --- the event log -------------------------------------------------------------------------------------------


def _short(activity: str, width: int = 22) -> str:
    return _wrap(activity, width)


def variants_chart(
    variants: pd.DataFrame, *, source: str, top: int = 10, title: str = "De hyppigste varianter"
) -> Figure:
    """Cases per variant for the ``top`` most frequent variants (the table from ``eventlog.variants``)."""
    shown = variants.head(top)
    labels = [f"Variant {i + 1} ({n} trin)" for i, n in enumerate(shown["activities"])]
    fig, ax = new_chart(title, "Antal sager", "Variant", figsize=(10, max(4.5, 0.5 * len(shown) + 2)))
    bars = ax.barh(labels, shown["cases"], color=PALETTE[0])
    ax.bar_label(
        bars,
        [f" {formats.number(c)} ({formats.percent(s)})" for c, s in zip(shown["cases"], shown["share"], strict=True)],
        fontsize=11,
    )
    ax.invert_yaxis()
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, max(shown["cases"].max() * 1.25, 1))
    _axis(ax, "x", "number")
    add_source(fig, source)
    return fig


THROUGHPUT_BINS: tuple[tuple[float, str], ...] = (
    (1 / 24, "under 1 time"),
    (1, "1 time - 1 dag"),
    (7, "1-7 dage"),
    (30, "1-4 uger"),
    (91, "1-3 måneder"),
    (np.inf, "over 3 måneder"),
)


def throughput_chart(durations: pd.DataFrame, *, source: str, title: str = "Hvor lang tid tager en sag?") -> Figure:
    """How many cases finish within an hour, a day, a week ... (the table from ``eventlog.case_durations``)."""
    edges = [-np.inf, *[limit for limit, _ in THROUGHPUT_BINS]]
    labels = [label for _, label in THROUGHPUT_BINS]
    groups = pd.cut(durations["days"], edges, labels=labels, right=False)
    counts = groups.value_counts().reindex(labels, fill_value=0)
    median = durations["days"].median()
    fig, ax = new_chart(title, "Gennemløbstid (første til sidste hændelse)", "Antal sager")
    bars = ax.bar(counts.index, counts.to_numpy(), color=PALETTE[0])
    ax.bar_label(bars, [formats.number(c) for c in counts], fontsize=11)
    ax.text(
        0.99,
        0.95,
        f"Median: {duration(median)}",
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=13,
        color=HIGHLIGHT,
    )
    _axis(ax, "y", "number")
    ax.tick_params(axis="x", labelsize=11)
    add_source(fig, source)
    return fig


def channel_chart(
    channels: pd.DataFrame, *, source: str, title: str = "Gennemløbstid pr. kanal: digital mod skranke og post"
) -> Figure:
    """Median and 90th-percentile throughput in days per channel (the table from ``eventlog.channel_comparison``)."""
    labels = [f"{name}\n({_cases(n)})" for name, n in zip(channels.index, channels["cases"], strict=True)]
    fig, ax = new_chart(title, "Dage", "Kanal", figsize=(10, max(4.5, 0.9 * len(channels) + 2)))
    y = np.arange(len(channels))
    median = ax.barh(y - 0.2, channels["median_days"], height=0.4, color=PALETTE[0], label="Median")
    p90 = ax.barh(y + 0.2, channels["p90_days"], height=0.4, color=MUTED, label="90 % af sagerne er færdige inden")
    ax.bar_label(median, [f" {duration(d)}" for d in channels["median_days"]], fontsize=11)
    ax.bar_label(p90, [f" {duration(d)}" for d in channels["p90_days"]], fontsize=11)
    ax.set_xlim(0, max(channels["p90_days"].max() * 1.2, 0.01))
    ax.set_yticks(y, labels)
    _horizontal_bars(ax)
    ax.legend(loc="lower right")
    add_source(fig, source)
    return fig


def waiting_chart(waits: pd.DataFrame, *, source: str, top: int = 8, title: str = "Hvor venter sagerne?") -> Figure:
    """Total days cases spent before each activity, largest first (the table from ``eventlog.waiting_times``)."""
    shown = waits.head(top)
    if shown.empty:
        fig, ax = new_chart(title, "Dage i alt (summen over alle sager)", "Aktivitet")
        ax.set_axis_off()
        ax.text(0.5, 0.5, "Ingen ventetider her: sagerne i udvalget har kun én hændelse.", ha="center", va="center",
                transform=ax.transAxes, fontsize=14)  # fmt: skip
        add_source(fig, source)
        return fig
    fig, ax = new_chart(
        title, "Dage i alt (summen over alle sager)", "Aktivitet", figsize=(11, max(4.5, 0.7 * len(shown) + 2))
    )
    bars = ax.barh([_short(a, 30) for a in shown["activity"]], shown["total_days"], color=PALETTE[1])
    ax.bar_label(bars, [f" median {duration(h / 24)}" for h in shown["median_hours"]], fontsize=10.5)
    ax.set_xlim(0, max(shown["total_days"].max() * 1.3, 0.01))
    _horizontal_bars(ax)
    ax.tick_params(axis="y", labelsize=10.5)
    add_source(fig, source)
    return fig


def workload_chart(workload: pd.DataFrame, *, source: str, title: str = "Arbejdsbyrde pr. gruppe") -> Figure:
    """Events per resource group (the table from ``eventlog.workload``)."""
    fig, ax = new_chart(title, "Ressourcegruppe", "Antal hændelser")
    bars = ax.bar([str(g) for g in workload.index], workload["events"], color=PALETTE[2])
    ax.bar_label(bars, [formats.percent(s) for s in workload["share"]], fontsize=10.5)
    _axis(ax, "y", "number")
    ax.tick_params(axis="x", labelsize=10.5, rotation=45)
    add_source(fig, source)
    return fig


def dfg_chart(
    dfg: pd.DataFrame,
    *,
    source: str,
    min_count: int = 1,
    max_activities: int = 12,
    title: str = "Hvad følger efter hvad? (directly-follows-graf)",
) -> Figure:
    """The directly-follows graph drawn as boxes in a column with arrows (width and label: how often).

    ``dfg`` is the table from ``eventlog.directly_follows`` (with or without start/end). Only the
    ``max_activities`` most frequent activities and arcs seen at least ``min_count`` times are drawn. Forward
    arcs bend to the right; arcs back up the column (the order turned round, or a loop back) bend to the left
    in the highlight colour.
    """
    arcs = dfg[dfg["count"] >= min_count]
    volume = pd.concat([arcs.groupby("target")["count"].sum(), arcs.groupby("source")["count"].sum()], axis=1).max(
        axis=1
    )
    keep = set(volume.drop([START, END], errors="ignore").nlargest(max_activities).index)
    keep |= {START, END} & set(volume.index)
    arcs = arcs[arcs["source"].isin(keep) & arcs["target"].isin(keep)]
    order = _column_order(arcs, keep)
    row = {activity: i for i, activity in enumerate(order)}
    fig, ax = new_chart(title, "Rækkefølge", "Aktivitet", figsize=(12, max(6, 0.95 * len(order) + 1.5)))
    ax.set_axis_off()
    ax.set_xlim(-4.2, 4.2)
    ax.set_ylim(len(order) - 0.4, -0.6)
    widest = max(arcs["count"].max(), 1) if len(arcs) else 1
    box_w, box_h = 2.6, 0.5
    for activity, y in row.items():
        special = activity in (START, END)
        ax.add_patch(
            FancyBboxPatch(
                (-box_w / 2, y - box_h / 2),
                box_w,
                box_h,
                boxstyle="round,pad=0.02,rounding_size=0.1",
                facecolor="#F2F2F2" if special else "white",
                edgecolor=PALETTE[0],
                linewidth=1.8,
                zorder=3,
            )
        )
        ax.text(0, y, _short(activity, 34), ha="center", va="center", fontsize=10, zorder=4)
    add_source(fig, source)
    fig.draw_without_rendering()  # settle the layout so labels can sit on the middle of each arc
    to_display, to_data = ax.transData.transform, ax.transData.inverted().transform
    for source_name, target, count in arcs[["source", "target", "count"]].itertuples(index=False):
        a, b = row[source_name], row[target]
        lw = 0.8 + 5 * count / widest
        if a == b:
            ax.text(
                box_w / 2 + 0.1, a, f"↺ {formats.number(count)}", ha="left", va="center", fontsize=10, color=HIGHLIGHT
            )
            continue
        forward = b > a
        if forward and b == a + 1:
            start, end, bend = (0, a + box_h / 2), (0, b - box_h / 2), 0.0
        else:
            side = 1 if forward else -1
            start, end = (side * box_w / 2, a), (side * box_w / 2, b)
            bend = min(0.9, 0.25 + 0.08 * abs(b - a))
        colour = TEXT if forward else HIGHLIGHT
        ax.add_patch(
            FancyArrowPatch(
                start,
                end,
                arrowstyle="-|>",
                mutation_scale=12 + lw,
                color=colour,
                linewidth=lw,
                alpha=0.75,
                connectionstyle=f"arc3,rad={-bend}",
                zorder=2,
            )
        )
        # The middle of matplotlib's arc3 curve: the chord's midpoint moved half-way to the control point.
        p0, p2 = to_display(start), to_display(end)
        middle = (p0 + p2) / 2 + 0.5 * -bend * np.array([p2[1] - p0[1], -(p2[0] - p0[0])])
        x, y = to_data(middle)
        ax.text(
            x + (0.06 if x >= 0 else -0.06),
            y,
            formats.number(count),
            ha="left" if x >= 0 else "right",
            va="center",
            fontsize=9.5,
            color=colour,
            zorder=4,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.5},
        )
    return fig


def _column_order(arcs: pd.DataFrame, nodes: set[str]) -> list[str]:
    """Activities top to bottom along the most travelled path: from Start, follow the most frequent arc to an
    activity not yet placed; when stuck, take the unplaced activity most often reached from the placed ones."""
    inner = nodes - {START, END}
    order: list[str] = [START] if START in nodes else []
    placed = set(order)
    current = order[0] if order else None
    frequent = arcs[arcs["target"].isin(inner) & (arcs["source"] != arcs["target"])]
    frequent = frequent.sort_values(["count", "target"], ascending=[False, True], kind="stable")
    while len(placed & inner) < len(inner):
        onward = frequent[(frequent["source"] == current) & ~frequent["target"].isin(placed)]
        if onward.empty:
            reached = frequent[frequent["source"].isin(placed) & ~frequent["target"].isin(placed)]
            if reached.empty:
                current = sorted(inner - placed)[0]
            else:
                current = reached.groupby("target")["count"].sum().sort_values(ascending=False, kind="stable").index[0]
        else:
            current = onward["target"].iloc[0]
        order.append(current)
        placed.add(current)
    if END in nodes:
        order.append(END)
    return order
