import datetime as dt

import matplotlib.dates as mdates
import pytest

from workbook_helpers.style import PALETTE, add_source, format_axis, new_chart


def test_new_chart_has_danish_title_and_labels():
    _fig, ax = new_chart("Timer pr. år", "Trin", "Timer")
    assert ax.get_title(loc="left") == "Timer pr. år"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Trin", "Timer")
    assert ax.title.get_fontsize() >= 16, "titles must be readable on a projector"


@pytest.mark.parametrize("missing", ["title", "xlabel", "ylabel"])
def test_a_chart_without_title_or_labels_is_refused(missing):
    labels = {"title": "Titel", "xlabel": "x", "ylabel": "y", missing: "  "}
    with pytest.raises(ValueError, match="dansk"):
        new_chart(**labels)


def test_palette_is_okabe_ito():
    assert PALETTE[:3] == ("#0072B2", "#E69F00", "#009E73")


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("number", 12345, "12.345"),
        ("kr", 2500000, "2.500.000 kr."),
        ("percent", 0.25, "25 %"),
        ("hours", 1924, "1.924"),
    ],
)
def test_tick_labels_are_danish(kind, value, expected):
    _fig, ax = new_chart("T", "x", "y")
    format_axis(ax, "y", kind)
    assert ax.yaxis.get_major_formatter()(value, 0) == expected


def test_date_ticks_are_danish():
    _fig, ax = new_chart("T", "x", "y")
    format_axis(ax, "x", "date")
    assert ax.xaxis.get_major_formatter()(mdates.date2num(dt.date(2024, 8, 1)), 0) == "1. aug. 2024"


def test_source_line_is_written_under_the_chart():
    fig, _ = new_chart("T", "x", "y")
    add_source(fig, "Europa-Kommissionen, eGovernment Benchmark 2023")
    texts = [t.get_text() for t in fig.texts]
    assert texts == ["Kilde: Europa-Kommissionen, eGovernment Benchmark 2023"]


def test_unknown_axis_kind_is_refused():
    _fig, ax = new_chart("T", "x", "y")
    with pytest.raises(ValueError, match="Ukendt"):
        format_axis(ax, "y", "kroner")


def test_ticks_between_whole_numbers_are_not_rounded_away():
    _fig, ax = new_chart("T", "x", "y")
    format_axis(ax, "y", "number")
    formatter = ax.yaxis.get_major_formatter()
    assert [formatter(v, 0) for v in (2, 2.5, 0.25)] == ["2", "2,5", "0,25"]
    format_axis(ax, "x", "percent")
    assert ax.xaxis.get_major_formatter()(0.125, 0) == "12,5 %"
