"""Charts: Danish titles, labels and numbers, the payback point, the tornado order, the source line."""

import io

import pandas as pd
import pytest

from workbook_helpers.business_case import charts
from workbook_helpers.business_case.model import BusinessCase, evaluate, scenarios, sensitivity
from workbook_helpers.business_case.qualitative import example_plan

CASE = BusinessCase(
    implementation=300_000, running_cost=50_000, hours_freed=1000, hourly_cost=400, ramp_up=(0.5, 1.0), horizon=4
)


def texts(fig):
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def test_cumulative_marks_the_payback_point():
    result = evaluate(CASE)
    fig = charts.cumulative_chart(result, source="Eksempel (illustrativt)")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Akkumuleret nettogevinst"
    assert ax.get_xlabel() == "År" and ax.get_ylabel() == "Akkumuleret netto"
    marker = next(line for line in ax.lines if line.get_marker() == "D" and len(line.get_xdata()))
    assert marker.get_xdata()[0] == pytest.approx(result.payback_years)
    assert result.payback_years == pytest.approx(1 + 150_000 / 350_000)
    assert "Tilbagebetalt efter 1,4 år" in texts(fig)
    assert "Eksempel (illustrativt)" in texts(fig)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["År 0", "År 1", "År 2", "År 3", "År 4"]


def test_cumulative_says_when_it_never_pays_back():
    fig = charts.cumulative_chart(evaluate(CASE.with_changes(hours_freed=10)))
    assert "Tilbagebetales ikke inden for 4 år" in texts(fig)
    assert not [line for line in fig.axes[0].lines if line.get_marker() == "D" and len(line.get_xdata())]
    assert "Tilbagebetalingstidspunkt" in [t.get_text() for t in fig.axes[0].get_legend().get_texts()]


def test_danish_kroner_on_the_axis():
    assert charts.kr_formatter([50_000])(25_000, 0) == "25.000 kr."
    assert charts.kr_formatter([2_000_000])(-500_000, 0) == "-0,5 mio. kr."
    assert charts.kr_formatter([2_000_000])(0, 0) == "0 kr."


def test_yearly_chart_has_costs_below_and_benefits_above_zero():
    fig = charts.yearly_chart(evaluate(CASE))
    ax = fig.axes[0]
    heights = [patch.get_height() for patch in ax.patches]
    assert min(heights) == -300_000 and max(heights) == 400_000
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Engangsomkostninger" in legend and "Gevinst: frigjorte timer" in legend


def test_waterfall_ends_in_the_npv():
    result = evaluate(CASE)
    fig = charts.waterfall_chart(result)
    ax = fig.axes[0]
    assert "nutidsværdi, 4 år" in ax.get_title(loc="left")
    last = ax.patches[-1]
    assert last.get_height() == pytest.approx(result.npv)
    assert [t.get_text() for t in ax.get_xticklabels()][-1] == "Nutidsværdi"


def test_tornado_puts_the_biggest_swing_on_top():
    table = sensitivity(CASE)
    fig = charts.tornado_chart(table)
    ax = fig.axes[0]
    labels = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert labels[-1] == table.loc[0, "short_label"]  # the top row of a barh chart is the last tick
    assert "±20 %" in ax.get_title(loc="left")


def test_scenario_chart_and_plan_table():
    fig = charts.scenario_chart(scenarios(CASE))
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["Pessimistisk", "Forventet", "Optimistisk"]
    plan_fig = charts.realisation_plan_chart(example_plan())
    table = plan_fig.axes[0].tables[0]
    assert table[0, 0].get_text().get_text() == "Gevinst" and table[0, 5].get_text().get_text() == "Dato"
    assert table[1, 5].get_text().get_text() == "1. sep. 2027"


@pytest.mark.parametrize("kind", list(charts._DRAW))
def test_live_chart_updates_in_place(kind):
    chart = charts.LiveChart(kind)
    data = {"tornado": sensitivity, "scenarios": scenarios}.get(kind, evaluate)
    first = chart.update(data(CASE)).png()
    second = chart.update(data(CASE.with_changes(hourly_cost=600))).png()
    assert first[:4] == b"\x89PNG" and first != second
    assert len(chart.fig.axes) == 1 and chart.title


def test_live_chart_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="Ukendt diagramtype"):
        charts.LiveChart("kage")


def test_charts_do_not_accept_an_empty_table_silently():
    empty = pd.DataFrame(columns=["label", "npv"])
    fig = charts.scenario_chart(empty)
    assert fig.axes[0].get_title(loc="left") == "Nutidsværdi i tre scenarier"


def test_no_private_matplotlib_attribute_is_used():
    import re
    from pathlib import Path

    source = Path(charts.__file__).read_text(encoding="utf-8")
    private = re.findall(r"\b(?:ax|axis|fig|canvas|renderer|self\.ax|self\.fig|label|tick)\._[a-z]\w*", source)
    assert private == []


@pytest.mark.parametrize("kind", list(charts._DRAW))
def test_every_chart_has_a_danish_text_alternative_with_its_numbers(kind):
    data = {"tornado": sensitivity, "scenarios": scenarios}.get(kind, evaluate)(CASE)
    text = charts.describe(kind, data)
    assert text.startswith(f"Diagram: {charts._LABELS[kind][0]}")
    assert "kr." in text and len(text) > len(charts._LABELS[kind][0]) + 40


def test_live_chart_keeps_tick_labels_inside_when_they_grow():
    chart = charts.LiveChart("cumulative")
    chart.update(evaluate(BusinessCase(implementation=10, other_benefits=8))).png()
    chart.update(evaluate(BusinessCase(implementation=950_000, other_benefits=150_000))).png()
    renderer = chart.canvas.get_renderer()
    boxes = [label.get_window_extent(renderer) for label in chart.ax.get_yticklabels() if label.get_text()]
    ylabel = chart.ax.yaxis.label.get_window_extent(renderer)
    assert min(box.x0 for box in boxes) >= ylabel.x1 - 1


def test_tornado_keeps_the_expected_value_clear_of_the_legend():
    fig = charts.tornado_chart(sensitivity(CASE))
    assert fig.axes[0].get_legend() is None and fig.legends  # the legend sits under the chart
    assert any(text.get_text().startswith("Forventet:") for text in fig.axes[0].texts)


def test_payback_text_is_honest():
    assert charts.payback_text(evaluate(BusinessCase(running_cost=100_000, horizon=5))) == (
        "Tilbagebetales ikke inden for 5 år"
    )
    up_and_down = BusinessCase(implementation=100, other_benefits=150, horizon=3, discount_rate=0)
    result = evaluate(up_and_down)
    assert "Tilbagebetalt efter" in charts.payback_text(result)


def test_irr_text_names_several_rates():
    from workbook_helpers.business_case.model import BusinessCaseResult

    result = evaluate(BusinessCase(implementation=100, other_benefits=110, horizon=1, discount_rate=0))
    several = BusinessCaseResult(**{**result.__dict__, "irr_rates": (0.1, 0.2), "irr": None})
    assert "ikke entydig" in charts.irr_text(several) and "10,0 %" in charts.irr_text(several)


def test_dollar_signs_in_the_plan_are_shown_as_typed():
    plan = example_plan().assign(benefit=["Spar $5 og $10 pr. sag", "b", "c", "d"])
    fig = charts.realisation_plan_chart(plan)
    cell = fig.axes[0].tables[0][1, 0].get_text()
    assert cell.get_text().startswith("Spar $5 og $10") and not cell.get_parse_math()
    fig.savefig(io.BytesIO(), format="png")  # draws without a mathtext error
