"""The explorer driven programmatically: controls change the figures and the chart; bad input gets Danish text."""

import pytest

from workbook_helpers import case as learner_case
from workbook_helpers import storage
from workbook_helpers.business_case.examples import example_case
from workbook_helpers.business_case.widgets import TABS, BusinessCaseExplorer, parse_ramp, ramp_text


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


def test_negative_cost_shows_a_danish_message_and_keeps_the_last_valid_value():
    explorer = BusinessCaseExplorer()
    last = explorer.result
    explorer.controls["implementation"].value = "-1.000"
    assert "Implementering (engangsbeløb)" in explorer.message.value
    assert "negativt" in explorer.message.value and "Traceback" not in explorer.message.value
    assert explorer.result.case.implementation == last.case.implementation
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
    assert "mellem 0 og 100" in explorer.message.value


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("50, 100", (0.5, 1.0)), ("50; 100", (0.5, 1.0)), ("50 100", (0.5, 1.0)), ("50,5", (0.505,)),
     ("25 %; 50 %; 100 %", (0.25, 0.5, 1.0)), ("50/100", (0.5, 1.0))],
)  # fmt: skip
def test_the_ramp_is_read_as_the_learner_meant(typed, expected):
    explorer = BusinessCaseExplorer()
    explorer.controls["ramp_up"].value = typed
    assert explorer.message.value == ""
    assert explorer.result.case.ramp_up == pytest.approx(expected)


def test_50_comma_100_gives_the_npv_of_two_years():
    explorer = BusinessCaseExplorer()
    explorer.controls["ramp_up"].value = "50; 100"
    semicolon = explorer.result.npv
    explorer.controls["ramp_up"].value = "50, 100"
    assert explorer.result.npv == pytest.approx(semicolon)


def test_an_ambiguous_ramp_says_exactly_what_to_write():
    explorer = BusinessCaseExplorer()
    explorer.controls["ramp_up"].value = "50,100"
    assert "»50; 100«" in explorer.message.value and "»50,1«" in explorer.message.value
    explorer.controls["ramp_up"].value = "0,5; 1"
    assert "procent" in explorer.message.value and "»50; 100«" in explorer.message.value


def test_one_invalid_field_does_not_stop_saving_the_others():
    explorer = BusinessCaseExplorer()
    explorer.controls["licences"].value = "mange"
    explorer.controls["hourly_cost"].value = 555
    saved = learner_case.part("business_case").value
    assert saved["inputs"]["hourly_cost"] == 555
    assert saved["controls"]["hourly_cost"] == 555 and saved["controls"]["licences"] == "60.000"
    assert "undtagen »Licenser«" in explorer.save_status.value
    assert explorer.result.case.hourly_cost == 555


def test_a_failed_save_says_so_and_keeps_the_numbers(monkeypatch):
    explorer = BusinessCaseExplorer()

    def refuse(*_args, **_kwargs):
        raise storage.SaveError("Disken er fuld.")

    monkeypatch.setattr(storage, "update_work", refuse)
    explorer.controls["hourly_cost"].value = 610
    assert "Ikke gemt" in explorer.save_status.value and "Disken er fuld" in explorer.save_status.value
    assert "✅" not in explorer.save_status.value
    assert explorer.controls["hourly_cost"].value == 610 and explorer.result.case.hourly_cost == 610


def test_absurd_values_get_a_danish_plausibility_warning():
    explorer = BusinessCaseExplorer()
    explorer.controls["implementation"].value = "99.999.999.999.999"
    assert "99.999.999.999.999" in explorer.warnings.value and "for mange nuller" in explorer.warnings.value
    explorer.controls["implementation"].value = "250.000"
    assert explorer.warnings.value == ""


def test_the_saved_record_has_the_contract_shape_and_says_whose_numbers():
    explorer = BusinessCaseExplorer()
    untouched = learner_case.part("business_case")
    assert untouched.value is None or untouched.example
    explorer.controls["hourly_cost"].value = 450
    saved = learner_case.part("business_case")
    assert not saved.example and saved.value["source"] == "typed"
    for key in ("inputs", "hours_freed", "npv", "payback_years", "one_off_cost", "yearly_net", "horizon"):
        assert key in saved.value
    assert set(saved.value["scenarios"]) == {"pessimistisk", "forventet", "optimistisk"}
    assert saved.value["npv"] == pytest.approx(explorer.result.npv)


def seed_workflow(minutes_after=10):
    rows = [{"step": "Journalisér", "actor": "Sekretær", "minutes": 30, "per_year": 1200}]
    assert learner_case.part("as_is").save({"title": "Min", "rows": rows}).ok
    to_be = {"title": "Min nye", "rows": [{**rows[0], "minutes": minutes_after}]}
    assert learner_case.part("to_be").save(to_be).ok


def test_brug_min_arbejdsgang_takes_the_hours_of_the_own_workflow():
    seed_workflow()
    explorer = BusinessCaseExplorer()
    explorer.own_button.click()
    assert explorer.result.case.hours_freed == pytest.approx(400)
    assert "din egen fremtidige arbejdsgang" in explorer.origin.value
    assert explorer.controls["minutes_saved"].disabled
    saved = learner_case.part("business_case").value
    assert saved["source"] == "own_workflow" and saved["hours_freed"] == pytest.approx(400)
    again = BusinessCaseExplorer()
    assert again.source == "own_workflow" and again.result.case.hours_freed == pytest.approx(400)
    again.typed_button.click()
    assert again.source == "typed" and not again.controls["minutes_saved"].disabled


def test_brug_min_arbejdsgang_prefers_the_saved_hours_freed():
    seed_workflow()
    learner_case.part("to_be").save({"rows": [], "hours_freed_per_year": 123.5})
    explorer = BusinessCaseExplorer()
    explorer.own_button.click()
    assert explorer.result.case.hours_freed == pytest.approx(123.5)


def test_brug_min_arbejdsgang_without_a_workflow_or_with_the_example_says_so():
    explorer = BusinessCaseExplorer()
    explorer.own_button.click()
    assert "notebook 03" in explorer.message.value and explorer.source == "example"
    learner_case.part("to_be").save({"rows": [], "hours_freed_per_year": 99}, example=True)
    explorer.own_button.click()
    assert "Eksempel (illustrativt)" in explorer.message.value and explorer.source == "example"
    assert "Eksempel (illustrativt)" in explorer.origin.value


def test_a_workflow_that_costs_more_time_is_explained():
    seed_workflow(minutes_after=45)
    explorer = BusinessCaseExplorer()
    explorer.own_button.click()
    assert "mere om året" in explorer.message.value and explorer.source == "example"


def test_the_chart_has_a_danish_text_alternative_with_its_numbers():
    explorer = BusinessCaseExplorer()
    text = explorer.outputs["cumulative"].outputs[0]["data"]["text/plain"]
    assert text.startswith("Diagram: Akkumuleret nettogevinst")
    assert "Tilbagebetalt efter" in text and "kr." in text and "år 0" in text
    assert "Diagrammet i ord" in explorer.chart_text.value
    picture = explorer.outputs["cumulative"].outputs[0]["data"]["text/html"]
    assert "alt='Diagram: Akkumuleret nettogevinst" in picture and "max-width:100%" in picture
    explorer.tabs.selected_index = list(TABS).index("scenarios")
    text = explorer.outputs["scenarios"].outputs[0]["data"]["text/plain"]
    assert "Pessimistisk" in text and "Optimistisk" in text


def test_other_tabs_are_drawn_when_opened():
    explorer = BusinessCaseExplorer()
    assert not explorer.outputs["tornado"].outputs
    explorer.tabs.selected_index = list(TABS).index("tornado")
    assert explorer.outputs["tornado"].outputs[0]["data"]["text/plain"].startswith("Diagram: Følsomhed")
    before = chart_png(explorer, "tornado")
    explorer.controls["hourly_cost"].value = 650
    assert chart_png(explorer, "tornado") != before


def test_work_is_saved_and_restored():
    explorer = BusinessCaseExplorer()
    explorer.controls["hourly_cost"].value = 555
    assert learner_case.part("business_case").value["controls"]["hourly_cost"] == 555
    again = BusinessCaseExplorer()
    assert again.controls["hourly_cost"].value == 555
    assert again.source == "typed"


def test_an_old_save_file_of_the_explorer_is_read():
    storage.save_work("business_case_explorer", {"hourly_cost": 444, "ramp_up": "25; 100"})
    explorer = BusinessCaseExplorer()
    assert explorer.controls["hourly_cost"].value == 444
    assert explorer.result.case.ramp_up == (0.25, 1.0)


def test_defaults_show_source_and_date():
    explorer = BusinessCaseExplorer()
    page = explorer.view.children[-1].value
    assert "Finansministeriet" in page and "7. jan. 2021" in page and "Antagelse" in page


def test_ramp_text_round_trip():
    assert parse_ramp(ramp_text((0.5, 0.75, 1.0))) == (0.5, 0.75, 1.0)
    with pytest.raises(ValueError, match="tomt"):
        parse_ramp(" ; ")


def test_layout_wraps_on_a_narrow_screen():
    explorer = BusinessCaseExplorer()
    top = explorer.view.children[0]
    assert top.layout.flex_flow == "row wrap"
    assert all(child.layout.max_width == "100%" for child in top.children)
