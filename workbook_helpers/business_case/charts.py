"""Charts for the business case, in the house style with Danish numbers. They draw model results only.

Each ``*_chart`` function takes a result from ``model`` and returns a matplotlib Figure with a source line under
it. The explorer redraws many times a second, so it uses :class:`LiveChart`: the same drawing, but the figure,
its title, labels and source line are made once and only the content is replaced on each update.

>>> from workbook_helpers.business_case.model import BusinessCase, evaluate
>>> fig = cumulative_chart(evaluate(BusinessCase(implementation=1000, other_benefits=500, horizon=3)))
>>> fig.axes[0].get_title(loc="left")
'Akkumuleret nettogevinst'
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox
from PIL import Image

from workbook_helpers import formats
from workbook_helpers.messages import EXAMPLE_LABEL
from workbook_helpers.style import HIGHLIGHT, MUTED, PALETTE, TEXT, add_source, new_chart

from .model import BusinessCaseResult, waterfall_steps
from .qualitative import PLAN_COLUMNS

ILLUSTRATIVE = f"{EXAMPLE_LABEL}: tallene er antagelser, ikke målte værdier."

BLUE, ORANGE, GREEN, SKY = PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[4]
BENEFIT_COLOUR, COST_COLOUR, TOTAL_COLOUR = GREEN, HIGHLIGHT, BLUE


def payback_text(result: BusinessCaseResult) -> str:
    """Danish sentence on the payback time, honest about cases that never pay back or turn negative again.

    >>> from workbook_helpers.business_case.model import BusinessCase, evaluate
    >>> payback_text(evaluate(BusinessCase(implementation=10, horizon=3)))
    'Tilbagebetales ikke inden for 3 år'
    >>> payback_text(evaluate(BusinessCase(implementation=10, other_benefits=8, horizon=3)))
    'Tilbagebetalt efter 1,3 år'
    >>> payback_text(evaluate(BusinessCase(running_cost=100_000, horizon=5)))
    'Tilbagebetales ikke inden for 5 år'
    >>> payback_text(evaluate(BusinessCase(other_benefits=10, horizon=2)))
    'Tilbagebetalt med det samme (ingen engangsomkostninger)'
    """
    payback, horizon = result.payback, result.case.horizon
    again = payback.negative_again_year
    if payback.years is None:
        if payback.first_years is not None and again is not None:
            return (
                f"Tilbagebetales ikke inden for {horizon} år: det samlede netto er positivt efter "
                f"{formats.number(payback.first_years, 1)} år, men negativt igen fra år {again}"
            )
        return f"Tilbagebetales ikke inden for {horizon} år"
    if again is not None and payback.first_years is not None:
        return (
            f"Tilbagebetalt efter {formats.number(payback.years, 1)} år (første gang efter "
            f"{formats.number(payback.first_years, 1)} år, men negativt igen i år {again})"
        )
    if payback.years == 0:
        return "Tilbagebetalt med det samme (ingen engangsomkostninger)"
    return f"Tilbagebetalt efter {formats.number(payback.years, 1)} år"


def irr_text(result: BusinessCaseResult) -> str:
    """The internal rate of return in Danish, saying so when there is none or more than one.

    >>> from workbook_helpers.business_case.model import BusinessCase, evaluate
    >>> irr_text(evaluate(BusinessCase(implementation=100, other_benefits=110, horizon=1, discount_rate=0)))
    '10,0 %'
    """
    rates = result.irr_rates
    if len(rates) == 1:
        return formats.percent(rates[0], 1)
    if not rates:
        return "findes ikke (der er ikke både udgifter og gevinster, der vejer op mod hinanden)"
    listed = " og ".join(formats.percent(rate, 1) for rate in rates)
    return f"ikke entydig: {len(rates)} renter giver nutidsværdi 0 ({listed}); brug nutidsværdien"


def kr_formatter(values: np.ndarray | list[float]) -> FuncFormatter:
    """Danish kroner on an axis; in millions ("1,5 mio. kr.") when the amounts reach a million.

    >>> kr_formatter([2_500_000])(1_500_000, 0), kr_formatter([2_500_000])(250_000, 0)
    ('1,5 mio. kr.', '0,25 mio. kr.')
    >>> kr_formatter([90_000])(25_000, 0)
    '25.000 kr.'
    """
    largest = float(np.max(np.abs(values))) if len(values) else 0.0
    if largest >= 1_000_000:
        return FuncFormatter(
            lambda x, _pos: "0 kr." if x == 0 else f"{formats.number(x / 1e6, _decimals(x / 1e6))} mio. kr."
        )
    return FuncFormatter(lambda x, _pos: formats.kr(x))


def _decimals(value: float) -> int:
    """As few decimals as show the value exactly, at most two (0,25 stays 0,25; 1,0 becomes 1)."""
    for decimals in (0, 1):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 2


def _year_ticks(ax: Axes, years: np.ndarray) -> None:
    step = 1 if len(years) <= 12 else 5
    shown = years[::step]
    ax.set_xticks(shown, [f"År {year}" if len(years) <= 8 else str(year) for year in shown])


# --- drawing (shared by the one-off chart functions and the live charts) --------------------------------------


def draw_cumulative(ax: Axes, result: BusinessCaseResult, legend: bool = True) -> None:
    """Cumulative net (line) over the net of each year (bars), with the payback point marked and named."""
    years = result.years
    colours = np.where(result.net >= 0, BENEFIT_COLOUR, COST_COLOUR)
    ax.bar(years, result.net, color=colours, alpha=0.35, label="Netto i året")
    ax.plot(years, result.cumulative, marker="o", color=TOTAL_COLOUR, label="Akkumuleret netto")
    ax.axhline(0, color=TEXT, linewidth=1)
    # The legend entry is the same whether or not the case pays back, so a live chart can keep its legend.
    ax.plot([], [], linestyle="none", marker="D", markersize=11, color=HIGHLIGHT, label="Tilbagebetalingstidspunkt")
    if result.payback_years is not None:
        ax.axvline(result.payback_years, color=HIGHLIGHT, linestyle="--", linewidth=2)
        ax.plot([result.payback_years], [0], linestyle="none", marker="D", markersize=11, color=HIGHLIGHT)
        late = result.payback_years > 0.55 * result.case.horizon  # then the words go left, inside the chart
        ax.annotate(
            payback_text(result),
            (result.payback_years, 0),
            xytext=(-10 if late else 10, -24),
            textcoords="offset points",
            ha="right" if late else "left",
            color=HIGHLIGHT,
            fontsize=13,
            fontweight="bold",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        )
    else:
        ax.text(
            0.98,
            0.5,
            payback_text(result),
            transform=ax.transAxes,
            ha="right",
            va="center",
            color=HIGHLIGHT,
            fontsize=14,
            fontweight="bold",
            bbox={"facecolor": "white", "edgecolor": HIGHLIGHT, "boxstyle": "round,pad=0.4"},
        )
    _year_ticks(ax, years)
    ax.yaxis.set_major_formatter(kr_formatter(np.concatenate([result.cumulative, result.net])))
    if legend:
        ax.legend(loc="best", fontsize=12)


def draw_yearly(ax: Axes, result: BusinessCaseResult, legend: bool = True) -> None:
    """Benefits above zero and costs below zero per year, stacked by kind, with the net per year."""
    years = result.years
    ax.bar(years, result.hour_benefits, color=GREEN, label="Gevinst: frigjorte timer")
    ax.bar(years, result.other_benefits, bottom=result.hour_benefits, color=SKY, label="Gevinst: andet")
    ax.bar(years, -result.one_off_costs, color=HIGHLIGHT, hatch="//", label="Engangsomkostninger")
    ax.bar(years, -result.running_costs, bottom=-result.one_off_costs, color=ORANGE, label="Drift")
    ax.plot(years, result.net, marker="o", color=TEXT, linewidth=2, label="Netto")
    ax.axhline(0, color=TEXT, linewidth=1)
    ax.use_sticky_edges = False  # keep a little room under the deepest cost bar
    ax.margins(y=0.06)
    _year_ticks(ax, years)
    ax.yaxis.set_major_formatter(kr_formatter(np.concatenate([result.benefits, result.costs])))
    if legend:
        ax.legend(loc="best", ncols=2, fontsize=11)


def draw_waterfall(ax: Axes, result: BusinessCaseResult, legend: bool = True) -> None:
    """Present value of each benefit and cost as steps, ending in the net present value."""
    steps = waterfall_steps(result)
    ax.set_title(f"Fra gevinster til nettoresultat (nutidsværdi, {result.case.horizon} år)")
    colours = {"benefit": BENEFIT_COLOUR, "cost": COST_COLOUR, "total": TOTAL_COLOUR}
    running_total = 0.0
    for position, row in enumerate(steps.itertuples(index=False)):
        bottom = 0.0 if row.kind == "total" else running_total
        if row.kind != "total":
            running_total += row.value
        ax.bar(position, row.value, bottom=bottom, color=colours[row.kind], hatch="//" if row.kind == "cost" else None)
        ax.annotate(
            formats.kr(row.value),
            (position, max(bottom, bottom + row.value)),
            textcoords="offset points",
            xytext=(0, 4),
            ha="center",
            fontsize=11,
        )
    ax.axhline(0, color=TEXT, linewidth=1)
    ax.use_sticky_edges = False  # bar bottoms would otherwise stop the margin that keeps the labels inside
    ax.margins(y=0.12)
    ax.set_xticks(range(len(steps)), [_WATERFALL_TICKS.get(label, label) for label in steps["label"]])
    ax.yaxis.set_major_formatter(kr_formatter(np.cumsum(steps["value"].to_numpy()[:-1])))


_WATERFALL_TICKS = {
    "Frigjorte timer": "Frigjorte\ntimer",
    "Andre gevinster": "Andre\ngevinster",
    "Engangsomkostninger": "Engangs-\nomkostninger",
}


def draw_tornado(ax: Axes, table: pd.DataFrame, legend: bool = True) -> None:
    """Horizontal bars from the expected NPV to the NPV with each parameter moved down and up.

    The expected value is written in a row of its own above the bars, so neither the legend nor a bar covers it.
    """
    shown = table[table["swing"] > 0].iloc[::-1]
    change = f" (±{formats.percent(float(table['change'].iloc[0]))})" if len(table) and "change" in table else ""
    ax.set_title(f"Følsomhed: én ting ad gangen{change}")
    base = float(table["npv_base"].iloc[0]) if len(table) else 0.0
    positions = np.arange(len(shown))
    ax.barh(positions, shown["npv_low"] - base, left=base, color=ORANGE, label="Parameter sat ned")
    ax.barh(positions, shown["npv_high"] - base, left=base, color=BLUE, hatch="//", label="Parameter sat op")
    ax.axvline(base, color=TEXT, linewidth=1.5, label="Forventet nutidsværdi")
    ax.set_ylim(-0.6, len(shown) + 0.4)  # one free row on top for the expected value
    ax.annotate(
        f"Forventet: {formats.kr(base)}",
        (base, len(shown) - 0.1),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        fontsize=11,
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
    )
    ax.set_yticks(positions, [textwrap.fill(label, 26) for label in shown["short_label"]])
    ax.grid(axis="x", visible=True)
    ax.grid(axis="y", visible=False)
    ax.use_sticky_edges = False
    ax.margins(x=0.08)  # the outermost tick label stays inside the chart
    ax.xaxis.set_major_locator(MaxNLocator(4))
    ax.xaxis.set_major_formatter(kr_formatter(np.concatenate([shown["npv_low"], shown["npv_high"], [base]])))
    if legend:
        ax.legend(loc="lower right", fontsize=11)


def draw_scenarios(ax: Axes, table: pd.DataFrame, legend: bool = True) -> None:
    """NPV of each scenario as a bar with its value written on it."""
    colours = [ORANGE, BLUE, GREEN]
    ax.bar(table["label"], table["npv"], color=colours[: len(table)])
    for position, value in enumerate(table["npv"]):
        ax.annotate(
            formats.kr(value),
            (position, max(value, 0)),
            textcoords="offset points",
            xytext=(0, 4),
            ha="center",
            fontsize=12,
        )
    ax.axhline(0, color=TEXT, linewidth=1)
    ax.margins(y=0.12)
    ax.yaxis.set_major_formatter(kr_formatter(table["npv"].to_numpy()))


# --- one-off charts for the notebook ------------------------------------------------------------------------

_LABELS: dict[str, tuple[str, str, str]] = {
    "cumulative": ("Akkumuleret nettogevinst", "År", "Akkumuleret netto"),
    "yearly": ("Omkostninger og gevinster pr. år", "År", "Kroner pr. år"),
    "waterfall": ("Fra gevinster til nettoresultat (nutidsværdi)", "Post", "Kroner (nutidsværdi)"),
    "tornado": ("Følsomhed: én ting ad gangen", "Nutidsværdi", "Parameter"),
    "scenarios": ("Nutidsværdi i tre scenarier", "Scenarie", "Nutidsværdi"),
}
_DRAW: dict[str, Callable[..., None]] = {
    "cumulative": draw_cumulative,
    "yearly": draw_yearly,
    "waterfall": draw_waterfall,
    "tornado": draw_tornado,
    "scenarios": draw_scenarios,
}


def _chart(kind: str, data: object, source: str, figsize: tuple[float, float] | None) -> Figure:
    title, xlabel, ylabel = _LABELS[kind]
    fig, ax = new_chart(title, xlabel, ylabel, figsize=figsize)
    add_source(fig, source)
    _DRAW[kind](ax, data, legend=kind != "tornado")
    if kind == "tornado":  # under the chart: inside it, the legend would cover bars
        handles, labels = ax.get_legend_handles_labels()
        figure_legend(fig, handles, labels)
    return fig


def figure_legend(fig: Figure, handles: list, labels: list[str]) -> None:
    """Put a legend in its own row between the chart and the source line (the layout makes room for it)."""
    columns = min(len(handles), 3)
    rows = -(-len(handles) // columns)
    engine = fig.get_layout_engine()
    left, bottom, width, height = engine.get()["rect"]
    row_height = 0.3 / fig.get_figheight()
    engine.set(rect=(left, bottom + rows * row_height + 0.01, width, height - rows * row_height - 0.01))
    fig.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, bottom), ncols=columns, fontsize=11)


def cumulative_chart(result: BusinessCaseResult, source: str = ILLUSTRATIVE, *, figsize=None) -> Figure:
    """Cumulative net benefit per year (undiscounted) with the payback point marked."""
    return _chart("cumulative", result, source, figsize)


def yearly_chart(result: BusinessCaseResult, source: str = ILLUSTRATIVE, *, figsize=None) -> Figure:
    """Costs (below zero) and benefits (above zero) per year, stacked by kind, with the net per year."""
    return _chart("yearly", result, source, figsize)


def waterfall_chart(result: BusinessCaseResult, source: str = ILLUSTRATIVE, *, figsize=None) -> Figure:
    """A waterfall from the benefits to the net result, all in present value (nutidsværdi)."""
    return _chart("waterfall", result, source, figsize)


def tornado_chart(table: pd.DataFrame, source: str = ILLUSTRATIVE, *, figsize=None) -> Figure:
    """Tornado of a one-at-a-time sensitivity (``model.sensitivity``): the widest bar on top matters most."""
    return _chart("tornado", table, source, figsize)


def scenario_chart(table: pd.DataFrame, source: str = ILLUSTRATIVE, *, figsize=None) -> Figure:
    """NPV of the pessimistic, expected and optimistic scenario (``model.scenarios``)."""
    return _chart("scenarios", table, source, figsize)


def realisation_plan_chart(plan: pd.DataFrame, source: str = ILLUSTRATIVE, *, figsize=None) -> Figure:
    """The benefit realisation plan (gevinst, ejer, måling, baseline, mål, hvornår) drawn as a table figure."""
    widths = {"benefit": 22, "owner": 16, "measure": 28, "baseline": 14, "target": 14, "date": 13}
    plan = plan.rename(columns={"when": "date"})
    cells = [
        [textwrap.fill(_plan_cell(c, row.get(c, "")), widths[c], break_long_words=False) for c in PLAN_COLUMNS]
        for _, row in plan.iterrows()
    ]
    lines = max((max(cell.count("\n") + 1 for cell in row) for row in cells), default=1)
    fig, ax = new_chart(
        "Gevinstrealiseringsplan", "Plan", "Gevinster", figsize=figsize or (14, 1.8 + len(cells) * (0.3 * lines + 0.25))
    )
    ax.set_axis_off()
    table = ax.table(
        cellText=cells,
        colLabels=list(PLAN_COLUMNS.values()),
        bbox=(0, 0, 1, 1),
        cellLoc="left",
        colLoc="left",
        colWidths=[widths[c] / sum(widths.values()) for c in PLAN_COLUMNS],
    )
    table.auto_set_font_size(False)
    table.set_fontsize(10.5)
    for (row, _col), cell in table.get_celld().items():
        cell.set_edgecolor(MUTED)
        if row == 0:
            cell.set_text_props(fontweight="bold")
            cell.set_facecolor("#EEEEEE")
    add_source(fig, source)
    return fig


def _plan_cell(column: str, value: object) -> str:
    text = "" if value is None else str(value)
    if column == "date" and text:
        try:
            return formats.date(formats.parse_date(text))
        except ValueError:
            return text
    return text


# --- live charts for the explorer ---------------------------------------------------------------------------


class LiveChart:
    """A chart that is redrawn in place: made once, then ``update(data)`` replaces its content and ``png()``
    renders it.

    Speed matters here (the explorer redraws on every slider move), so the layout is computed at the first render
    and then kept, and the parts that never change (title, axis labels, legend, source line) are rendered once and
    reused as a background; each update draws only the axes. Only public matplotlib API is used: the title is
    pinned with ``set_title(..., y=...)`` and the axis labels with ``Axis.set_label_coords``, so matplotlib does not
    measure every tick label again to re-place them; when a new tick label would not fit, the axes are moved
    (``set_position``) and the background is made again.

    >>> from workbook_helpers.business_case.model import BusinessCase, evaluate
    >>> chart = LiveChart("cumulative", source="Eksempel (illustrativt)")
    >>> png = chart.update(evaluate(BusinessCase(implementation=10, other_benefits=8))).png()
    >>> png[:4] == b"\\x89PNG"
    True
    >>> chart.description.startswith("Diagram: Akkumuleret nettogevinst")
    True
    """

    def __init__(
        self, kind: str, source: str = ILLUSTRATIVE, *, figsize: tuple[float, float] = (8.5, 5.2), dpi: int = 80
    ):
        if kind not in _DRAW:
            raise ValueError(f"Ukendt diagramtype »{kind}«; vælg en af {', '.join(_DRAW)}.")
        self.kind = kind
        title, xlabel, ylabel = _LABELS[kind]
        self.fig, self.ax = new_chart(title, xlabel, ylabel, figsize=figsize)
        self.fig.set_dpi(dpi)
        add_source(self.fig, source)
        self.source_text = self.fig.texts[-1]
        self.canvas = FigureCanvasAgg(self.fig)
        self._background = None
        self._key: tuple = ()
        self._laid_out = False
        self.description = ""

    @property
    def title(self) -> str:
        """The chart's current title."""
        return self.ax.get_title(loc="left")

    def set_source(self, text: str) -> None:
        """Change the source line under the chart (for example when the numbers become the learner's own)."""
        wrapped = textwrap.fill(text if text.startswith(("Kilde", "Eksempel")) else f"Kilde: {text}", 120)
        if wrapped != self.source_text.get_text():
            self.source_text.set_text(wrapped)
            self._background = None

    def update(self, data: object) -> LiveChart:
        """Replace the content with a drawing of ``data`` (a result or a table, depending on the kind)."""
        ax = self.ax
        for artist in [*ax.patches, *ax.lines, *ax.texts, *ax.collections]:
            artist.remove()
        ax.containers.clear()
        if ax.get_legend() is not None:
            ax.get_legend().remove()
        first = self._background is None and not self.fig.legends
        # Forget the old data limits, as relim() would, so the new artists set them as they are added (one pass
        # over the bars instead of two).
        ax.dataLim.ignore(True)
        ax.dataLim.set_points(Bbox.null().get_points())
        ax.ignore_existing_data_limits = True
        _DRAW[self.kind](ax, data, legend=first)
        if first and ax.get_legend() is not None:
            # The legend never changes: move it out of the axes, into the figure and the static background.
            handles, labels = ax.get_legend_handles_labels()
            ax.get_legend().remove()
            figure_legend(self.fig, handles, labels)
        if self._laid_out:
            self._pin_titles()  # a drawing function may have set a new title
        key = self._static_key()
        if key != self._key:
            self._background, self._key = None, key  # the background shows the old title or labels
        ax.autoscale_view()
        self.description = describe(self.kind, data)
        return self

    def _titles(self) -> list[Text]:
        """The axes' title texts (centre, left, right), found through the public ``get_children``."""
        return [a for a in self.ax.get_children() if isinstance(a, Text) and a not in self.ax.texts]

    def _pin_titles(self) -> None:
        """Keep the left title where the first layout put it (a given ``y`` turns matplotlib's re-placing off)."""
        title = self.ax.get_title(loc="left")
        self.ax.set_title(title, loc="left", y=self._title_y)

    def _static_key(self) -> tuple:
        """What the background shows that an update can change: the title, and the tornado's parameter names
        (their order changes only when the ranking does)."""
        ticks = tuple(t.get_text() for t in self.ax.get_yticklabels()) if self.kind == "tornado" else ()
        return (self.ax.get_title(loc="left"), ticks)

    def _static_artists(self) -> list:
        ax = self.ax
        ticks = list(ax.yaxis.get_ticklabels()) if self.kind == "tornado" else []
        return [*self._titles(), ax.xaxis.label, ax.yaxis.label, *ticks, *self.fig.texts, *self.fig.legends]

    def _lay_out(self) -> None:
        """The first time: a full draw with the constrained layout, then keep that layout and pin the title and
        the axis labels where it put them."""
        self.canvas.draw()
        self.fig.set_layout_engine("none")
        self._laid_out = True
        renderer = self.canvas.get_renderer()
        to_axes = self.ax.transAxes.inverted()
        left_title = next((t for t in self._titles() if t.get_text()), None)
        self._title_y = 1.0 if left_title is None else float(left_title.get_position()[1])
        self._pin_titles()
        for axis in (self.ax.xaxis, self.ax.yaxis):
            label = axis.label
            x, y = to_axes.transform(label.get_transform().transform(label.get_position()))
            axis.set_label_coords(x, y)
        self._label_boxes = [self.ax.xaxis.label.get_window_extent(renderer),
                             self.ax.yaxis.label.get_window_extent(renderer)]  # fmt: skip

    def _keep_inside(self, renderer) -> bool:
        """Move the axes when the tick labels just drawn would be cut at the figure's edge or run into the axis
        labels. True if the axes moved (the frame must be drawn again)."""
        ax, fig_box = self.ax, self.fig.bbox
        # Only the axis with the amounts changes its tick labels; the years and the parameter names stay.
        axis = ax.xaxis if self.kind == "tornado" else ax.yaxis
        locations = axis.get_majorticklocs()
        low, high = sorted(axis.get_view_interval())
        labels = [
            tick.label1
            for tick, location in zip(axis.majorTicks, locations, strict=False)
            if low - 1e-9 <= location <= high + 1e-9 and tick.label1.get_text()
        ]
        if not labels:
            return False
        # The outermost labels of the x-axis, the widest of the y-axis: those are the ones that can be cut.
        outer = [labels[0], labels[-1]] if axis is ax.xaxis else [max(labels, key=lambda t: len(t.get_text()))]
        boxes = [label.get_window_extent(renderer) for label in outer]
        ylabel_box = self._label_boxes[1]
        left_edge = ylabel_box.x1 + 4 if ylabel_box.width and axis is ax.yaxis else fig_box.x0 + 4
        shift_left = max(0.0, left_edge - min(box.x0 for box in boxes))
        shift_right = max(0.0, max(box.x1 for box in boxes) - (fig_box.x1 - 6))
        if shift_left < 1 and shift_right < 1:
            return False
        position = ax.get_position()
        width = fig_box.width
        x0 = position.x0 + (shift_left + 4) / width if shift_left >= 1 else position.x0
        x1 = position.x1 - (shift_right + 4) / width if shift_right >= 1 else position.x1
        if x1 - x0 < 0.3:
            return False  # never squeeze the chart away; a cut label is the lesser harm
        old = ax.transAxes.transform
        xlabel_at, ylabel_at = self.ax.xaxis.label.get_position(), self.ax.yaxis.label.get_position()
        keep = {axis: old(label_at) for axis, label_at in ((ax.xaxis, xlabel_at), (ax.yaxis, ylabel_at))}
        ax.set_position([x0, position.y0, x1 - x0, position.height])
        to_axes = ax.transAxes.inverted()
        for axis, display in keep.items():
            axis.set_label_coords(*to_axes.transform(display))  # the labels stay where they were on the page
        self._background = None
        return True

    def _render(self) -> None:
        if not self._laid_out:
            self._lay_out()
        renderer = self.canvas.get_renderer()
        for _attempt in range(2):
            static = self._static_artists()
            if self._background is None:
                # An image of the static parts only; the positions are those of the kept layout.
                renderer.clear()
                self.fig.patch.draw(renderer)
                for artist in static:
                    artist.draw(renderer)
                self._background = self.canvas.copy_from_bbox(self.fig.bbox)
            self.canvas.restore_region(self._background)
            for artist in static:
                artist.set_visible(False)
            try:
                self.ax.draw(renderer)
            finally:
                for artist in static:
                    artist.set_visible(True)
            if not self._keep_inside(renderer):
                return

    def png(self) -> bytes:
        """Render to PNG bytes (fast compression: this is for the screen, not for print)."""
        self._render()
        width, height = self.canvas.get_width_height()
        buffer = io.BytesIO()
        Image.frombuffer("RGBA", (width, height), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
            buffer, format="png", compress_level=1
        )
        return buffer.getvalue()


# --- text alternatives: what each chart shows, in Danish words ------------------------------------------------


def describe(kind: str, data: object) -> str:
    """A Danish text alternative for a chart: what it shows and its key numbers, not just its title.

    >>> from workbook_helpers.business_case.model import BusinessCase, evaluate
    >>> text = describe("cumulative", evaluate(BusinessCase(implementation=1000, other_benefits=500, horizon=3)))
    >>> "Tilbagebetalt efter 2,0 år" in text and "1.000 kr." in text
    True
    """
    title = _LABELS[kind][0]
    if kind == "tornado":
        return f"Diagram: {title}. {_describe_tornado(data)}"
    if kind == "scenarios":
        parts = [f"{row.label} {formats.kr(row.npv)}" for row in data.itertuples(index=False)]
        return f"Diagram: {title}. Nutidsværdien i de tre scenarier: {'; '.join(parts)}."
    result: BusinessCaseResult = data
    horizon = result.case.horizon
    if kind == "cumulative":
        return (
            f"Diagram: {title}. Søjlerne er nettoet i hvert år, linjen det samlede netto fra år 0 til år {horizon}: "
            f"fra {formats.kr(result.cumulative[0])} i år 0 til {formats.kr(result.cumulative[-1])} i år {horizon}. "
            f"{payback_text(result)}."
        )
    if kind == "yearly":
        return (
            f"Diagram: {title}. Gevinster over nul og omkostninger under nul for hvert år 0 til {horizon}. År 0: "
            f"omkostninger {formats.kr(result.costs[0])}. Fuldt år: gevinster {formats.kr(result.benefits[-1])}, "
            f"omkostninger {formats.kr(result.costs[-1])}, netto {formats.kr(result.net[-1])}"
        )
    steps = waterfall_steps(result)
    parts = [f"{row.label} {formats.kr(row.value)}" for row in steps.itertuples(index=False)]
    return f"Diagram: {title} over {horizon} år. {'; '.join(parts)}."


def _describe_tornado(table: pd.DataFrame) -> str:
    if not len(table):
        return "Ingen parametre at vise."
    base = float(table["npv_base"].iloc[0])
    top = table.iloc[: min(3, len(table))]
    parts = [
        f"{row.short_label} (fra {formats.kr(min(row.npv_low, row.npv_high))} til "
        f"{formats.kr(max(row.npv_low, row.npv_high))})"
        for row in top.itertuples(index=False)
    ]
    return f"Forventet nutidsværdi: {formats.kr(base)}; det, der flytter den mest: {'; '.join(parts)}."
