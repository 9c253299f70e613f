"""Widget callbacks driven as a learner would: type in cells, press buttons, restart, import and export."""

import csv as csv_module
import errno
import html
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import ipywidgets
import openpyxl
import pandas as pd
import pytest

from workbook_helpers import case, storage
from workbook_helpers.workflow import bpmn, examples, files, widgets
from workbook_helpers.workflow.model import total_hours

from .test_eventlog import raw_log


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path / "arbejde"))
    return tmp_path / "arbejde"


def school() -> pd.DataFrame:
    return examples.example("skole_indskrivning")


def full_disk(monkeypatch):
    """Every save from now on fails as on a full disk."""

    def refuse(path, text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_write_atomic", refuse)


def test_editor_starts_from_the_labelled_example_and_shows_the_hours():
    editor = widgets.WorkflowEditor(start=school(), start_title="Indskrivning")
    assert len(editor.row_box.children) == 8
    assert "✅" in editor.status.value and "Alle 8 trin er i orden." in editor.status.value
    assert "I alt <strong>98,1 timer om året</strong>" in editor.summary.value
    assert "Eksempel (illustrativt): »Indskrivning«" in editor.origin.value
    handle = case.part("as_is")
    assert handle.example and handle.value["rows"][0]["step"] == "Modtag indmeldelse"
    assert "Skriv ikke navne, CPR-numre eller sagsoplysninger" in editor.privacy.value


def test_typing_a_bad_number_is_named_by_row_and_column_then_fixed():
    editor = widgets.WorkflowEditor(start=school())
    editor.cell(1, "minutes").value = "fem"
    assert "Række 2, kolonnen »Minutter pr. gang«: »fem« er ikke et tal" in html.unescape(editor.status.value)
    assert editor.steps is None and editor.summary.value == ""
    editor.cell(1, "minutes").value = "2.5"
    assert "Brug komma før decimaler, fx 2,5" in html.unescape(editor.status.value)
    editor.cell(1, "minutes").value = "-5"
    assert "»-5« er negativt" in html.unescape(editor.status.value)
    editor.cell(1, "minutes").value = "3,5"
    assert "✅" in editor.status.value
    assert editor.steps.loc[1, "minutes"] == 3.5
    assert "Dit eget arbejde" not in editor.origin.value and "Din egen arbejdsgang" in editor.origin.value
    assert not case.part("as_is").example  # changed by the learner: now their own


def test_an_implausible_number_gets_a_danish_warning_and_an_absurd_one_is_refused():
    editor = widgets.WorkflowEditor(start=school())
    editor.cell(0, "minutes").value = "600"
    assert "⚠️" in editor.status.value and "mere end en hel arbejdsdag" in editor.status.value
    editor.cell(0, "minutes").value = "99.999.999"
    assert editor.steps is None
    assert "»99.999.999« minutter pr. gang er mere end et helt år" in html.unescape(editor.status.value)


def test_typed_text_is_escaped():
    editor = widgets.WorkflowEditor(start=school())
    editor.cell(0, "step").value = ""
    editor.cell(0, "actor").value = "<b>Sekretær</b>"
    assert "<b>Sekretær" not in editor.status.value
    assert "Trin" in editor.status.value


def test_add_edit_move_and_remove_rows():
    editor = widgets.WorkflowEditor(start=school())
    editor.add_row()
    assert len(editor.row_box.children) == 9
    assert "Række 9, kolonnen »Trin«: feltet er tomt" in html.unescape(editor.status.value)
    editor.cell(8, "step").value = "Ring til forældrene"
    editor.cell(8, "actor").value = "Skolesekretær"
    editor.cell(8, "minutes").value = "6"
    editor.cell(8, "per_year").value = "50"
    editor.cell(8, "input_type").value = "paper"
    editor.cell(8, "double_entry").value = True
    assert "Alle 9 trin" in editor.status.value
    assert editor.steps.loc[8, "input_type"] == "paper" and bool(editor.steps.loc[8, "double_entry"])
    assert total_hours(editor.steps) == pytest.approx(total_hours(school()) + 5)
    editor.move_up(8)
    assert editor.steps.loc[7, "step"] == "Ring til forældrene"
    editor.remove_row(7)
    assert len(editor.row_box.children) == 8
    assert editor.steps["step"].tolist() == school()["step"].tolist()


def test_work_survives_a_restart():
    editor = widgets.WorkflowEditor(start=school())
    editor.title.value = "Indskrivning på Søskolen"
    editor.cell(0, "minutes").value = "7,5"
    editor.remove_row(7)
    assert "✅ Gemt i din sag." in html.unescape(editor.save_status.value).replace("</span> ", " ")
    fresh = widgets.WorkflowEditor(start=examples.example("ydelse_ansoegning"))  # after a restart
    assert fresh.title.value == "Indskrivning på Søskolen"
    assert len(fresh.row_box.children) == 7
    assert fresh.cell(0, "minutes").value == "7,5"
    assert fresh.steps.loc[0, "minutes"] == 7.5
    assert "Din egen arbejdsgang" in fresh.origin.value


def test_an_unfinished_row_is_saved_too():
    editor = widgets.WorkflowEditor(start=school())
    editor.add_row()
    editor.cell(8, "step").value = "Halvfærdigt trin"
    saved = case.part("as_is").value
    assert saved["valid"] is False and saved["rows"][8]["step"] == "Halvfærdigt trin"
    fresh = widgets.WorkflowEditor()
    assert fresh.cell(8, "step").value == "Halvfærdigt trin"
    assert "Række 9" in fresh.status.value


def test_a_failed_save_says_so_and_keeps_the_typed_text(monkeypatch):
    editor = widgets.WorkflowEditor(start=school())
    editor.cell(0, "step").value = "Modtag mail"
    with monkeypatch.context() as patch:
        full_disk(patch)
        editor.cell(0, "step").value = "Modtag mail fra forældre"
    shown = html.unescape(editor.save_status.value)
    assert "IKKE gemt" in shown and "disken er fuld" in shown and "Gemt i din sag" not in shown
    assert editor.cell(0, "step").value == "Modtag mail fra forældre"  # still on screen
    assert case.part("as_is").value["rows"][0]["step"] == "Modtag mail"  # the last good save is intact


def test_draw_shows_the_swimlane_with_its_words():
    editor = widgets.WorkflowEditor(start=school())
    editor.draw()
    (output,) = editor.chart.outputs
    assert output["data"]["text/plain"].startswith("Svømmebanediagram med 8 trin i 2 baner")
    assert "alt='Svømmebanediagram" in output["data"]["text/html"]
    editor.cell(0, "actor").value = ""
    editor.draw()
    assert len(editor.chart.outputs) == 0


def test_export_excel_csv_and_bpmn_then_import_again(work_dir):
    editor = widgets.WorkflowEditor(start=school())
    xlsx = editor.export("xlsx")
    csv = editor.export("csv")
    bpmn_file = editor.export("bpmn")
    assert xlsx == work_dir / "min_arbejdsgang.xlsx" and xlsx.exists() and csv.exists()
    assert "Gemt som min_arbejdsgang.bpmn i mappen" in editor.file_message.value
    root = ET.parse(bpmn_file).getroot()
    assert root.tag == f"{{{bpmn.BPMN_NS}}}definitions"
    assert files.read_steps(xlsx).equals(editor.steps)
    assert not list(work_dir.glob(".*tmp*"))
    case.part("as_is").save(None)
    other = widgets.WorkflowEditor(start=examples.example("byggesag_modtagelse"))
    assert other.import_file(csv)
    assert other.steps.equals(editor.steps)
    assert "Hentede 8 trin fra min_arbejdsgang.csv" in other.file_message.value


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://x")', "+45 1234", "- Ring til borgeren", "@SUM(A1)"])
def test_exports_never_hold_a_live_formula(work_dir, text):
    steps = school()
    steps.loc[0, "step"] = text
    editor = widgets.WorkflowEditor(start=steps)
    xlsx, csv = editor.export("xlsx"), editor.export("csv")
    cell = openpyxl.load_workbook(xlsx)["Arbejdsgang"]["A2"]
    assert cell.data_type == "s" and cell.value == f"'{text}"
    rows = list(csv_module.reader(io.StringIO(csv.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[1][0] == f"'{text}"
    assert files.read_steps(xlsx)["step"].iloc[0] == text  # and it reads back as the learner wrote it


def test_a_failed_export_says_so_and_leaves_nothing_half_written(work_dir, monkeypatch):
    editor = widgets.WorkflowEditor(start=school())

    def broken(self, *args, **kwargs):
        Path(args[0]).write_bytes(b"PK half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_excel", broken)
    assert editor.export("xlsx") is None
    assert "IKKE gemt" in editor.file_message.value
    assert list(work_dir.glob("*.xlsx")) == [] and not list(work_dir.glob(".*tmp*"))


def test_export_refuses_an_invalid_table(work_dir):
    editor = widgets.WorkflowEditor(start=school())
    editor.cell(2, "per_year").value = "mange"
    assert editor.export("xlsx") is None
    assert "Ret fejlen ovenfor" in editor.file_message.value
    assert not (work_dir / "min_arbejdsgang.xlsx").exists()


def test_importing_a_bad_file_is_answered_in_danish(tmp_path):
    table = files.to_danish_table(school()).astype(object)
    table.loc[3, "Minutter pr. gang"] = "ti"
    path = tmp_path / "min_fil.xlsx"
    table.to_excel(path, index=False)
    editor = widgets.WorkflowEditor(start=school())
    assert not editor.import_file(path)
    message = editor.file_message.value
    assert "❌" in message and "min_fil.xlsx" in message
    assert "Række 5, kolonnen »Minutter pr. gang«" in html.unescape(message)  # row 5 in Excel: heading + 4th step
    assert editor.steps["step"].tolist() == school()["step"].tolist()  # nothing was replaced


def test_upload_goes_through_import_and_refuses_a_huge_file(tmp_path):
    path = files.write_steps(examples.example("boern_unge_underretning"), tmp_path / "underretning.csv")
    editor = widgets.WorkflowEditor(start=school())
    editor.on_upload({"new": ({"name": "underretning.csv", "content": memoryview(path.read_bytes())},)})
    assert editor.steps["step"].iloc[0] == "Modtag underretning"
    editor.on_upload({"new": ({"name": "stor.csv", "content": b"x" * (files.MAX_FILE_BYTES + 1)},)})
    assert "Filen »stor.csv« fylder 1,0 MB" in html.unescape(editor.file_message.value)
    assert editor.steps["step"].iloc[0] == "Modtag underretning"
    assert "wb-upload::after{content:'Hent fra fil'" in editor.view.children[0].value  # no »(0)« on the button


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
    assert "frigjort pr. år" in scenario.chart.outputs[0]["data"]["text/plain"]
    scenario.reset()
    assert scenario.hours_freed() == 0
    assert case.part("to_be").value is None  # the example scenario saves nothing


def test_to_be_scenario_answers_bad_input_in_danish_as_typed():
    scenario = widgets.ToBeScenario(school())
    scenario.per_year.value = "mange"
    assert not scenario.apply()
    assert "Feltet »Antal gange pr. år«: »mange« er ikke et tal" in html.unescape(scenario.message.value)
    scenario.per_year.value = "-5"
    assert not scenario.apply()
    shown = html.unescape(scenario.message.value)
    assert "»-5« er negativt" in shown and "-5.0" not in shown and "Række" not in shown
    scenario.per_year.value = "150"
    scenario.remove.value = True
    assert scenario.apply()
    scenario.remove.value = False
    assert not scenario.apply()
    assert "allerede fjernet" in scenario.message.value


def test_the_to_be_workflow_is_saved_to_the_case_and_survives_a_restart():
    editor = widgets.WorkflowEditor(start=school())
    editor.cell(0, "minutes").value = "6"  # the learner's own now
    view = widgets.to_be_scenario()
    scenario = next(c for c in view.children if isinstance(c, ipywidgets.Dropdown))
    assert scenario.options[0] == "Modtag indmeldelse"
    tobe = widgets.ToBeScenario(editor.steps, part="to_be")
    tobe.step.value = "Arkivér indmeldelsen"
    tobe.remove.value = True
    assert tobe.apply()
    saved = case.part("to_be").value
    assert saved["hours_freed_per_year"] == pytest.approx(7.5)
    assert saved["changes"] == "»Arkivér indmeldelsen« er fjernet"
    assert [r["step"] for r in saved["rows"]] == school()["step"].tolist()[:-1]
    assert set(saved) >= {"title", "rows", "hours_freed_per_year", "changes"}
    again = widgets.ToBeScenario(editor.steps, part="to_be")  # after a restart
    assert again.hours_freed() == pytest.approx(7.5)
    assert "Arkivér indmeldelsen« er fjernet" in again.origin.value


def test_to_be_scenario_on_the_case_workflow():
    assert "ingen arbejdsgang i din sag" in widgets.to_be_scenario().value
    editor = widgets.WorkflowEditor(start=school())
    view = widgets.to_be_scenario()
    assert "stadig eksemplet (illustrativt)" in view.children[0].value
    editor.cell(0, "minutes").value = "seks"
    broken = widgets.to_be_scenario()
    assert "Række 1, kolonnen »Minutter pr. gang«" in html.unescape(broken.value)
    assert "Ret det i editoren" in broken.value


def test_irritation_register_adds_sums_saves_and_escapes():
    register = widgets.IrritationRegister()
    assert "Ingen irritationsmomenter endnu" in register.table.value
    register.irritation.value = "Skal logge ind i <tre> systemer"
    register.waste.value = "motion"
    register.per_year.value = "200"
    register.minutes.value = "3"
    assert register.add()
    assert "Tilføjet og gemt i din sag." in register.status.value
    assert "&lt;tre&gt;" in register.table.value and "<tre>" not in register.table.value
    assert "Bevægelse: 1 moment, 10 timer" in register.table.value
    assert register.irritation.value == ""  # ready for the next one
    register.irritation.value = "Printeren er langt væk"
    register.waste.value = "motion"
    register.per_year.value = "100"
    register.minutes.value = "1,5"
    assert register.add()
    assert "Bevægelse: 2 momenter, 12,5 timer" in register.table.value
    assert case.part("irritations").value["rows"][0]["waste"] == "Bevægelse"
    fresh = widgets.IrritationRegister()  # after a restart
    assert len(fresh.register) == 2
    fresh.remove_last()
    assert len(widgets.IrritationRegister().register) == 1


def test_irritation_register_reads_what_notebook_00_saved():
    case.part("irritations").save({"rows": [{"irritation": "Tre logins"}, "Printeren", {"waste": 5}]})
    register = widgets.IrritationRegister()
    assert register.register["irritation"].tolist() == ["Tre logins", "Printeren"]
    assert "kunne ikke læses og er sprunget over" in register.status.value


def test_a_failed_irritation_save_keeps_the_text_and_never_says_saved(monkeypatch):
    register = widgets.IrritationRegister()
    full_disk(monkeypatch)
    register.irritation.value = "Skal logge ind i tre systemer"
    register.per_year.value = "200"
    assert not register.add()
    assert "IKKE gemt" in register.status.value and "gemt i din sag" not in register.status.value.lower()
    assert register.irritation.value == "Skal logge ind i tre systemer" and register.per_year.value == "200"
    assert len(register.register) == 0


def test_irritation_register_answers_bad_input_in_danish():
    register = widgets.IrritationRegister()
    assert not register.add()
    assert "❌" in register.status.value and "feltet er tomt" in register.status.value
    register.irritation.value = "Noget"
    register.per_year.value = "mange"
    assert not register.add()
    assert "»mange« er ikke et tal" in html.unescape(register.status.value)
    assert widgets.irritation_register().children


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
    assert widgets.workflow_editor(start=school()).children
    assert widgets.to_be_scenario(school()).children
    assert widgets.log_explorer(raw_log(), source="Kilde: test").children
