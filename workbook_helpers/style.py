"""The house style for every chart: colour-blind-safe colours, projector-size text, Danish labels and numbers.

Chart functions start with :func:`new_chart`, which refuses a chart without a title and axis labels, and put Danish
tick labels on with :func:`format_axis`. A chart built on data carries its source line (:func:`add_source`).

>>> fig, ax = new_chart("Timer pr. år", "Trin", "Timer")
>>> _ = ax.bar(["Modtag", "Registrér"], [1200, 3400])
>>> format_axis(ax, "y", "number")
>>> ax.yaxis.get_major_formatter()(3400, 0)
'3.400'
>>> add_source(fig, "Eksempel (illustrativt)")
"""

from __future__ import annotations

import base64
import io
import textwrap

import matplotlib
import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from . import formats

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common forms of colour blindness.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
HIGHLIGHT = "#D55E00"
MUTED = "#8C8C8C"
TEXT = "#222222"

HOUSE_RC: dict[str, object] = {
    "figure.figsize": (10, 5.5),
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "text.parse_math": False,  # learners' text is shown as typed: "$5 og $10" is no formula
    "font.family": "DejaVu Sans",  # has æ, ø and å, and ships with matplotlib
    "font.size": 14,
    "axes.titlesize": 18,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 15,
    "axes.labelcolor": TEXT,
    "axes.edgecolor": MUTED,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.8,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "legend.frameon": False,
    "lines.linewidth": 2.5,
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "axes.formatter.use_locale": False,
}

_KINDS = {
    "number": lambda x, d: formats.number(x, d),
    "hours": lambda x, d: formats.number(x, d),
    "kr": lambda x, d: formats.kr(x, d),
    "percent": lambda x, d: formats.percent(x, d),
    "date": lambda x, d: formats.date(mdates.num2date(x)),
}


def use_house_style() -> None:
    """Make the house style matplotlib's default (every chart function calls this through new_chart)."""
    matplotlib.rcParams.update(HOUSE_RC)


def _require(text: str, what: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"Et diagram skal have en dansk {what}.")
    return text


def new_chart(
    title: str, xlabel: str, ylabel: str, *, figsize: tuple[float, float] | None = None
) -> tuple[Figure, matplotlib.axes.Axes]:
    """A figure and axes in the house style, with a Danish title and axis labels (all three required)."""
    _require(title, "titel")
    _require(xlabel, "tekst på x-aksen")
    _require(ylabel, "tekst på y-aksen")
    use_house_style()
    fig = Figure(figsize=figsize or HOUSE_RC["figure.figsize"], layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig, ax


def format_axis(ax, axis: str = "y", kind: str = "number", decimals: int = 0) -> None:
    """Danish tick labels on one axis: kind is "number", "hours", "kr", "percent" (fractions) or "date"."""
    if kind not in _KINDS:
        raise ValueError(f"Ukendt aksetype {kind!r}; vælg en af {', '.join(_KINDS)}.")
    if axis not in ("x", "y"):
        raise ValueError("Aksen skal være 'x' eller 'y'.")
    render = _KINDS[kind]
    scale = 100 if kind == "percent" else 1

    def label(value, _pos):
        # A tick at 2,5 must never read "2": show up to three more decimals when the tick needs them.
        shown = decimals
        while kind != "date" and shown < decimals + 3 and abs(round(value * scale, shown) - value * scale) > 1e-9:
            shown += 1
        return render(value, shown)

    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_formatter(FuncFormatter(label))


def add_source(fig: Figure, text: str, width: int = 120) -> None:
    """Write a source or attribution line under the chart, and keep room for it in the layout."""
    wrapped = textwrap.fill(text if text.startswith(("Kilde", "Eksempel")) else f"Kilde: {text}", width)
    lines = wrapped.count("\n") + 1
    fig_height = fig.get_figheight()
    reserve = min(0.35, (0.1 + 0.22 * lines) / fig_height)
    engine = fig.get_layout_engine()
    if engine is not None and hasattr(engine, "set"):
        engine.set(rect=(0, reserve, 1, 1 - reserve))
    fig.text(0.01, 0.01, wrapped, ha="left", va="bottom", fontsize=10.5, color=MUTED, wrap=False)


def describe(fig: Figure, text: str) -> Figure:
    """Attach a Danish text alternative to ``fig``: what the chart shows, not just its title (kept as the figure's
    label, matplotlib's public ``set_label``)."""
    fig.set_label(text)
    return fig


def alt_text(fig: Figure) -> str:
    """The text alternative of ``fig``: its title, and what it shows when the chart said so with ``describe``."""
    title = next((ax.get_title(loc="left") or ax.get_title() for ax in fig.axes), "")
    shown = fig.get_label()
    return f"Diagram: {title}. {shown}" if shown else f"Diagram: {title}"


def figure_output(fig: Figure) -> dict:
    """The figure as one notebook output (PNG plus a Danish text alternative), the same in a kernel and in tests."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return {
        "output_type": "display_data",
        "data": {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii"), "text/plain": alt_text(fig)},
        "metadata": {},
    }


def show_figure(output, fig: Figure) -> None:
    """Replace what an ``ipywidgets.Output`` shows with ``fig`` in one step (no flicker, no pile-up of charts)."""
    output.outputs = (figure_output(fig),)
