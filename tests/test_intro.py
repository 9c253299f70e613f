from workbook_helpers.intro.charts import hours_freed_chart
from workbook_helpers.intro.exercises import opgave_1
from workbook_helpers.intro.install_check import check_installation
from workbook_helpers.intro.model import hours_freed_per_year
from workbook_helpers.intro.widgets import HoursFreedExplorer


def test_hours_freed():
    assert hours_freed_per_year(3, 2000) == 100
    assert hours_freed_per_year(0, 5000) == 0


def test_moving_a_slider_updates_sentence_and_chart():
    explorer = HoursFreedExplorer()
    assert "<strong>100 timer</strong>" in explorer.result.value
    explorer.minutes.value = 6
    assert "<strong>200 timer</strong>" in explorer.result.value
    explorer.cases.value = 100
    assert "<strong>10 timer</strong>" in explorer.result.value
    assert len(explorer.chart.outputs) == 1, "the chart is redrawn in place, not added below"
    assert explorer.chart.outputs[0]["data"]["text/plain"] == "Diagram: Timer frigjort om året ved 100 sager"


def test_chart_is_in_house_style_with_source():
    fig = hours_freed_chart(3, 2000)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Timer frigjort om året ved 2.000 sager"
    assert ax.get_ylabel() == "Timer om året"
    assert any("Eksempel (illustrativt)" in t.get_text() for t in fig.texts)


def test_install_check_passes_here_and_names_each_item():
    report = check_installation()
    assert report.ok, str(report)
    assert [item.name for item in report.items] == [
        "Python", "Pakker", "Data", "Mappe til dit arbejde", "Diagrammer", "Widgets",
    ]  # fmt: skip


def test_the_exercise_of_notebook_00():
    assert opgave_1.tjek(3 * 2000 / 60).ok
    assert not opgave_1.tjek(6000).ok
