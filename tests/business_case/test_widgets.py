"""The explorer driven programmatically: controls change the figures and the chart; bad input gets Danish text."""

import pytest

from workbook_helpers.business_case.examples import example_case
from workbook_helpers.business_case.widgets import TABS, BusinessCaseExplorer, parse_ramp, ramp_text
from workbook_helpers.storage import load_work


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))


def chart_png(explorer, kind="cumulative"):
    return explorer.outputs[kind].outputs[0]["data"]["image/png"]


def test_hourly_cost_slider_changes_npv_and_chart():
    explorer = BusinessCaseExplorer()
    before_text, before_png = explorer.figures.value, chart_png(explorer)
    explorer.controls["hourly_cost"].value = 500
    assert explorer.figures.value != before_text
    assert chart_png(explorer) != before_png
    assert explorer.result.case.hourly_cost == 500


def test_volume_slider_changes_hours_and_fte():
    explorer = BusinessCaseExplorer()
    explorer.controls["cases_per_year"].value = 9620
    explorer.controls["minutes_saved"].value = 12
    assert explorer.result.case.hours_freed == pytest.approx(1924)
    assert "1.924 timer" in explorer.hours_line.value and "1,00 årsværk" in explorer.hours_line.value


def test_key_figures_are_danish():
    explorer = BusinessCaseExplorer(example_case())
    text = explorer.figures.value
    for word in ("Nutidsværdi", "kr.", "Tilbagebetalt efter", "Intern rente", "årsværk", "3,5 %"):
        assert word in text


def test_negative_cost_shows_a_danish_message_and_keeps_the_last_result():
    explorer = BusinessCaseExplorer()
    last = explorer.result
    explorer.controls["implementation"].value = "-1.000"
    assert "Implementering (engangsbeløb)" in explorer.message.value
    assert "negativt" in explorer.message.value and "Traceback" not in explorer.message.value
    assert explorer.result is last
    explorer.controls["implementation"].value = "1.000"
    assert explorer.message.value == ""
    assert explorer.result.case.implementation == 1000


def test_amount_fields_read_danish_numbers_and_explain_text():
    explorer = BusinessCaseExplorer()
    assert explorer.controls["implementation"].value == "250.000"
    explorer.controls["running_cost"].value = "82.500,50"
    assert explorer.result.case.running_cost == 82_500.5
    explorer.controls["licences"].value = "mange penge"
    assert "Licenser" in explorer.message.value and "tekst" in explorer.message.value
    explorer.controls["licences"].value = "3.5"
    assert "komma" in explorer.message.value


def test_sliders_show_danish_readouts():
    explorer = BusinessCaseExplorer()
    explorer.controls["discount_rate"].value = 2.5
    explorer.controls["cases_per_year"].value = 12_300
    assert "2,5 %" in explorer.readouts["discount_rate"].value
    assert "12.300" in explorer.readouts["cases_per_year"].value
    assert "kr." in explorer.readouts["hourly_cost"].value


def test_text_in_the_ramp_field_is_escaped_and_explained():
    explorer = BusinessCaseExplorer()
    explorer.controls["ramp_up"].value = "<b>halvt</b>; 100"
    assert "Gevinstrealisering" in explorer.message.value
    assert "<b>halvt</b>" not in explorer.message.value and "&lt;b&gt;" in explorer.message.value
    explorer.controls["ramp_up"].value = "50; 150"
    assert "mellem 0 og 1" in explorer.message.value


def test_other_tabs_are_drawn_when_opened():
    explorer = BusinessCaseExplorer()
    assert not explorer.outputs["tornado"].outputs
    explorer.tabs.selected_index = list(TABS).index("tornado")
    assert explorer.outputs["tornado"].outputs[0]["data"]["text/plain"].startswith("Diagram: Følsomhed")
    before = chart_png(explorer, "tornado")
    explorer.controls["hourly_cost"].value = 650
    assert chart_png(explorer, "tornado") != before


def test_work_is_saved_and_restored():
    explorer = BusinessCaseExplorer(save_as="bc_test")
    explorer.controls["hourly_cost"].value = 555
    assert load_work("bc_test")["hourly_cost"] == 555
    again = BusinessCaseExplorer(save_as="bc_test")
    assert again.controls["hourly_cost"].value == 555


def test_defaults_show_source_and_date():
    explorer = BusinessCaseExplorer()
    page = explorer.view.children[-1].value
    assert "Finansministeriet" in page and "7. jan. 2021" in page and "Antagelse" in page


def test_ramp_text_round_trip():
    assert parse_ramp(ramp_text((0.5, 0.75, 1.0))) == (0.5, 0.75, 1.0)
    with pytest.raises(ValueError, match="tomt"):
        parse_ramp(" ; ")
