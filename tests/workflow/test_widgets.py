"""Widget callbacks driven as a learner would: type in cells, press buttons, restart, import and export."""

import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from workbook_helpers.workflow import bpmn, examples, files, widgets
from workbook_helpers.workflow.model import total_hours

from .test_eventlog import raw_log


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path / "arbejde"))
    return tmp_path / "arbejde"


def school() -> pd.DataFrame:
    return examples.example("skole_indskrivning")


def test_editor_starts_from_the_example_and_shows_the_hours():
    editor = widgets.WorkflowEditor("test_flow", start=school())
    assert len(editor.row_box.children) == 8
    assert "✅ Alle 8 trin er i orden" in editor.status.value
    assert "I alt <strong>98,1 timer om året</strong>" in editor.summary.value


def test_typing_a_bad_number_is_named_by_row_and_column_then_fixed():
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.cell(1, "minutes").value = "fem"
    assert "⚠️ Række 2, kolonnen &#x27;Minutter pr. gang&#x27;: &#x27;fem&#x27; er ikke et tal" in editor.status.value
    assert editor.steps is None and editor.summary.value == ""
    editor.cell(1, "minutes").value = "3,5"
    assert "✅" in editor.status.value
    assert editor.steps.loc[1, "minutes"] == 3.5


def test_typed_text_is_escaped():
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.cell(0, "step").value = ""
    editor.cell(0, "actor").value = "<b>Sekretær</b>"
    assert "<b>" not in editor.status.value  # the step is blank: the message does not show raw HTML either
    assert "Trin" in editor.status.value


def test_add_edit_move_and_remove_rows():
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.add_row()
    assert len(editor.row_box.children) == 9
    assert "⚠️ Række 9, kolonnen &#x27;Trin&#x27;: feltet er tomt" in editor.status.value
    editor.cell(8, "step").value = "Ring til forældrene"
    editor.cell(8, "actor").value = "Skolesekretær"
    editor.cell(8, "minutes").value = "6"
    editor.cell(8, "per_year").value = "50"
    editor.cell(8, "input_type").value = "paper"
    editor.cell(8, "double_entry").value = True
    assert "✅ Alle 9 trin" in editor.status.value
    assert editor.steps.loc[8, "input_type"] == "paper" and bool(editor.steps.loc[8, "double_entry"])
    assert total_hours(editor.steps) == pytest.approx(total_hours(school()) + 5)
    editor.move_up(8)
    assert editor.steps.loc[7, "step"] == "Ring til forældrene"
    editor.remove_row(7)
    assert len(editor.row_box.children) == 8
    assert editor.steps["step"].tolist() == school()["step"].tolist()


def test_work_survives_a_restart(work_dir):
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.title.value = "Indskrivning på Søskolen"
    editor.cell(0, "minutes").value = "7,5"
    editor.remove_row(7)
    assert (work_dir / "test_flow.json").exists()
    fresh = widgets.WorkflowEditor("test_flow", start=examples.example("ydelse_ansoegning"))  # after a restart
    assert fresh.title.value == "Indskrivning på Søskolen"
    assert len(fresh.row_box.children) == 7
    assert fresh.cell(0, "minutes").value == "7,5"
    assert fresh.steps.loc[0, "minutes"] == 7.5


def test_an_unfinished_row_is_saved_too(work_dir):
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.add_row()
    editor.cell(8, "step").value = "Halvfærdigt trin"
    fresh = widgets.WorkflowEditor("test_flow")
    assert fresh.cell(8, "step").value == "Halvfærdigt trin"
    assert "⚠️ Række 9" in fresh.status.value


def test_draw_shows_the_swimlane():
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.draw()
    assert len(editor.chart.outputs) == 1
    editor.cell(0, "actor").value = ""
    editor.draw()
    assert len(editor.chart.outputs) == 0


def test_export_excel_csv_and_bpmn_then_import_again(work_dir):
    editor = widgets.WorkflowEditor("test_flow", start=school())
    xlsx = editor.export("xlsx")
    csv = editor.export("csv")
    bpmn_file = editor.export("bpmn")
    assert xlsx == work_dir / "test_flow.xlsx" and xlsx.exists() and csv.exists()
    assert "✅ Gemt som <code>test_flow.bpmn</code>" in editor.file_message.value
    root = ET.parse(bpmn_file).getroot()
    assert root.tag == f"{{{bpmn.BPMN_NS}}}definitions"
    assert files.read_steps(xlsx).equals(editor.steps)
    other = widgets.WorkflowEditor("other_flow", start=examples.example("byggesag_modtagelse"))
    assert other.import_file(csv)
    assert other.steps.equals(editor.steps)
    assert "✅ Hentede 8 trin fra test_flow.csv" in other.file_message.value


def test_export_refuses_an_invalid_table(work_dir):
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.cell(2, "per_year").value = "mange"
    assert editor.export("xlsx") is None
    assert "⚠️ Ret fejlen ovenfor" in editor.file_message.value
    assert not (work_dir / "test_flow.xlsx").exists()


def test_importing_a_bad_file_is_answered_in_danish(tmp_path):
    table = files.to_danish_table(school()).astype(object)
    table.loc[3, "Minutter pr. gang"] = "ti"
    path = tmp_path / "min_fil.xlsx"
    table.to_excel(path, index=False)
    editor = widgets.WorkflowEditor("test_flow", start=school())
    assert not editor.import_file(path)
    message = editor.file_message.value
    assert "⚠️" in message and "min_fil.xlsx" in message
    assert "Række 5, kolonnen »Minutter pr. gang«" in message  # row 5 in Excel: heading + 4th step
    assert editor.steps["step"].tolist() == school()["step"].tolist()  # nothing was replaced


def test_upload_goes_through_import(tmp_path):
    path = files.write_steps(examples.example("boern_unge_underretning"), tmp_path / "underretning.csv")
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.on_upload({"new": ({"name": "underretning.csv", "content": memoryview(path.read_bytes())},)})
    assert editor.steps["step"].iloc[0] == "Modtag underretning"


def test_to_be_scenario_shows_hours_freed():
    scenario = widgets.ToBeScenario(school())
    assert "<strong>0 timer frigjort om året</strong>" in scenario.result.value
    scenario.step.value = "Opret eleven i elevadministrationen"  # 10 min x 150 x 1,05 = 26,25 hours
    assert scenario.minutes.value == "10" and scenario.per_year.value == "150"
    scenario.minutes.value = "4"
    assert scenario.apply()
    assert scenario.hours_freed() == pytest.approx(15.75)
    assert "15,8 timer frigjort om året" in scenario.result.value
    scenario.step.value = "Arkivér indmeldelsen"  # 3 min x 150 = 7,5 hours
    scenario.remove.value = True
    assert scenario.apply()
    assert scenario.hours_freed() == pytest.approx(23.25)
    assert len(scenario.chart.outputs) == 1
    scenario.reset()
    assert scenario.hours_freed() == 0


def test_to_be_scenario_answers_bad_input_in_danish():
    scenario = widgets.ToBeScenario(school())
    scenario.per_year.value = "mange"
    assert not scenario.apply()
    assert "⚠️ Antal gange pr. år: &#x27;mange&#x27; er ikke et tal" in scenario.result.value
    scenario.remove.value = True
    assert scenario.apply()
    scenario.remove.value = False
    assert not scenario.apply()
    assert "allerede fjernet" in scenario.result.value


def test_log_explorer_filters_by_channel_and_variant():
    explorer = widgets.LogExplorer(raw_log(), source="Kilde: test")
    assert "<strong>3 sager</strong>, 2 varianter" in explorer.summary.value
    explorer.channel.value = "Papir"
    assert "<strong>1 sag</strong>, 1 variant " in explorer.summary.value
    assert "halvdelen er færdige inden 4 dage" in explorer.summary.value
    explorer.channel.value = "Digital"
    explorer.variant.value = explorer.variant.options[1][1]
    assert "Trinene: Modtag → Tjek → Afgør" in explorer.summary.value
    for view in ("throughput", "waits", "dfg", "variants"):
        explorer.view_choice.value = view
        assert len(explorer.chart.outputs) == 1


def test_builders_return_widgets():
    assert widgets.workflow_editor("test_flow", start=school()).children
    assert widgets.to_be_scenario(school()).children
    assert widgets.log_explorer(raw_log(), source="Kilde: test").children


def test_to_be_scenario_on_the_saved_workflow():
    editor = widgets.WorkflowEditor("test_flow", start=school())
    editor.cell(0, "minutes").value = "6"
    view = widgets.to_be_scenario("test_flow")
    assert "Som nu: 101 timer om året" in view.children[5].value  # 98,125 + 1 min x 150 x 1,15 / 60
    editor.cell(0, "minutes").value = "seks"
    broken = widgets.to_be_scenario("test_flow")
    assert "⚠️ Række 1, kolonnen &#x27;Minutter pr. gang&#x27;" in broken.value
    assert "Ret det i editoren" in broken.value
    assert "ingen gemt arbejdsgang" in widgets.to_be_scenario("findes_ikke").value


def test_a_new_editor_saves_its_starting_table(work_dir):
    widgets.WorkflowEditor("test_flow", start=school())
    assert widgets.saved_workflow("test_flow")["step"].tolist() == school()["step"].tolist()


def test_irritation_register_adds_sums_saves_and_escapes(work_dir):
    register = widgets.IrritationRegister("test_irritation")
    assert "Ingen irritationsmomenter endnu" in register.table.value
    register.irritation.value = "Skal logge ind i <tre> systemer"
    register.waste.value = "motion"
    register.per_year.value = "200"
    register.minutes.value = "3"
    assert register.add()
    assert "✅ Tilføjet og gemt." in register.status.value
    assert "&lt;tre&gt;" in register.table.value and "<tre>" not in register.table.value
    assert "Bevægelse: 1 moment, 10 timer" in register.table.value
    assert register.irritation.value == ""  # ready for the next one
    register.irritation.value = "Printeren er langt væk"
    register.waste.value = "motion"
    register.per_year.value = "100"
    register.minutes.value = "1,5"
    assert register.add()
    assert "Bevægelse: 2 momenter, 12,5 timer" in register.table.value
    fresh = widgets.IrritationRegister("test_irritation")  # after a restart
    assert len(fresh.register) == 2
    fresh.remove_last()
    assert len(widgets.IrritationRegister("test_irritation").register) == 1


def test_irritation_register_answers_bad_input_in_danish():
    register = widgets.IrritationRegister("test_irritation")
    assert not register.add()
    assert "⚠️" in register.status.value and "feltet er tomt" in register.status.value
    register.irritation.value = "Noget"
    register.per_year.value = "mange"
    assert not register.add()
    assert "&#x27;mange&#x27; er ikke et tal" in register.status.value
    assert widgets.irritation_register("test_irritation").children
