"""The widgets of notebook 07, driven by their callbacks; a new widget stands in for a kernel restart."""

import openpyxl
import pytest

from workbook_helpers import case, storage
from workbook_helpers.change import exercises, model, widgets


@pytest.fixture(autouse=True)
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    return tmp_path


def _refuse(monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "_write_atomic", refused)


def test_stakeholder_map_starts_as_a_labelled_example_and_moves_a_stakeholder():
    m = widgets.StakeholderMap()
    assert "Eksempel (illustrativt)" in m.origin.value and case.part("stakeholders").value is None
    m.pick.value = 1  # Kolleger i teamet: 2, 5
    assert "Hold informeret" in m.result.value
    image_before = m.chart.outputs[0]["data"]["image/png"]
    m.influence.value = 5
    assert "Håndtér tæt" in m.result.value and "dialog" in m.result.value
    assert m.chart.outputs[0]["data"]["image/png"] != image_before
    assert "gemt" in m.status.value and "Din egen" in m.origin.value
    saved = case.load_case()
    assert saved.is_own("stakeholders")
    row = saved.get("stakeholders")["rows"][1]
    assert row["role"] == "Kolleger i teamet" and row["influence"] == 5 and row["quadrant"] == "Håndtér tæt"


def test_stakeholder_map_comes_back_after_a_restart_with_renames_and_additions():
    m = widgets.StakeholderMap()
    m.add_stakeholder()
    m.role.value = "Skolens ledelse <b>"
    m.attitude.value = -2
    m.pick.value = 0
    m.remove_current()
    again = widgets.StakeholderMap()
    roles = [s.role for s in again.stakeholders]
    assert roles[0] == "Kolleger i teamet" and roles[-1] == "Skolens ledelse <b>"
    assert again.stakeholders[-1].attitude == -2 and "Din egen interessentanalyse" in again.origin.value
    again.pick.value = len(roles) - 1
    assert "&lt;b&gt;" in again.result.value and "<b>" not in again.result.value


def test_a_refused_save_never_says_saved(monkeypatch):
    m = widgets.StakeholderMap()
    _refuse(monkeypatch)
    m.interest.value = 1
    assert "IKKE gemt" in m.status.value and "er gemt" not in m.status.value
    assert m.current.interest == 1  # the work stays on screen


def test_curve_placement_checks_hints_and_solution():
    exercise = exercises.curve_placement_exercise()
    placement = widgets.Placement([r for r, _ in model.REMARKS], [(p.name, p.key) for p in model.PHASES],
                                  exercise, "x", "c")  # fmt: skip
    assert placement.check().state == "not_attempted"
    for dd, (_, phase) in zip(placement.dropdowns, model.REMARKS, strict=True):
        dd.value = phase
    placement.dropdowns[0].value = "engagement"
    feedback = placement.check()
    assert feedback.state == "wrong" and "7 af 8" in feedback.message
    placement.dropdowns[0].value = model.REMARKS[0][1]
    assert placement.check().ok and "Rigtigt" in placement.feedback.value
    placement.hint_button.click()
    assert "1 af 2" in placement.feedback.value
    placement.solution_button.click()
    assert "Modstand" in placement.feedback.value and "Lyt" in placement.feedback.value


def test_kotter_sorting_uses_own_hours_and_names_the_lewin_phase_in_the_solution():
    case.part("to_be").save({"rows": [], "hours_freed_per_year": 640})
    box = widgets.kotter_sorting()
    text = " ".join(getattr(w, "value", "") for w in _walk(box) if isinstance(getattr(w, "value", None), str))
    assert "640 timer" in text and "din egen sag" in text
    buttons = [w for w in _walk(box) if getattr(w, "description", "") == "Vis løsning"]
    buttons[0].click()
    text = " ".join(getattr(w, "value", "") for w in _walk(box) if isinstance(getattr(w, "value", None), str))
    assert "Optøning" in text and "Genfrysning" in text


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_barometer_finds_the_first_weak_step_and_keeps_it():
    b = widgets.Barometer()
    assert "Ingen svage trin" in b.result.value
    b.group.value = "kollegerne i visitationen"
    b.sliders["knowledge"].value = 2
    b.sliders["reinforcement"].value = 1
    assert "Første svage trin for kollegerne i visitationen: K – Ved hvordan" in b.result.value
    assert "oplæring" in b.result.value and "gemt" in b.status.value
    again = widgets.Barometer()
    assert again.group.value == "kollegerne i visitationen" and again.scores()["reinforcement"] == 1


def test_gains_show_an_example_until_the_learner_has_numbers_then_their_own():
    assert "Eksempel (illustrativt)" in widgets.context_html(widgets.learner_context())
    case.part("business_case").save({"npv": 432100, "payback_years": 1.5, "hours_freed": 900, "source": "typed"})
    html = widgets.context_html(widgets.learner_context())
    assert "Fra din egen sag" in html and "432.100 kr." in html and "900 timer" in html
    assert "Eksempel (illustrativt)" not in html


def test_gains_with_only_the_current_workflow_show_the_example_and_say_what_is_missing():
    case.part("as_is").save({"title": "Skolestart", "rows": [{"step": "Modtag", "minutes": 5, "per_year": 100}]})
    html = widgets.context_html(widgets.learner_context())
    assert "Eksempel (illustrativt)" in html and "ikke tal nok" in html
    assert "Din fremtidige arbejdsgang er ikke gemt endnu (notebook 03)." in html


def test_gains_from_an_untouched_example_part_are_said_to_be_an_example():
    case.part("business_case").save({"npv": 1000, "hours_freed": 100}, example=True)
    ctx = widgets.learner_context()
    assert ctx.example and any("eksempel" in n for n in ctx.notes)


def test_plan_editor_builds_from_the_saved_map_checks_explain_and_export_works(work):
    m = widgets.StakeholderMap()
    m.add_stakeholder("Borgere uden MitID")
    editor = widgets.PlanEditor()
    assert any(r["audience"] == "Borgere uden MitID" for r in editor.rows)
    assert "3 af 4 er opfyldt" in editor.checks_box.value and "APV" in editor.checks_box.value
    amr = next(i for i, r in enumerate(editor.rows) if r["audience"] == "Arbejdsmiljørepræsentant")
    editor.pick.value = amr
    editor.fields["kind"].value = "dialog"
    editor.fields["occasion"].value = "APV for den nye arbejdsgang"
    assert "4 af 4 er opfyldt" in editor.checks_box.value and "gemt" in editor.status.value
    med = next(i for i, r in enumerate(editor.rows) if r["audience"] == "MED-udvalg")
    editor.pick.value = med
    editor.fields["when"].value = "Når beslutningen er truffet"
    assert "3 af 4" in editor.checks_box.value and "FØR beslutningen" in editor.checks_box.value
    editor.fields["when"].value = model.BEFORE_DECISION
    editor.fields["message"].value = "=1+1"
    path = editor.export()
    assert path == work / "kommunikationsplan.xlsx" and "Gemt som Excel" in editor.export_status.value
    values = [c.value for row in openpyxl.load_workbook(path)["Kommunikationsplan"].iter_rows() for c in row]
    assert "'=1+1" in values
    again = widgets.PlanEditor()
    assert "Din egen kommunikationsplan" in again.origin.value
    assert any(r["occasion"] == "APV for den nye arbejdsgang" for r in again.rows)
    assert "4 af 4" in again.checks_box.value


def test_plan_editor_rows_can_be_added_removed_and_filled(monkeypatch):
    editor = widgets.PlanEditor()
    count = len(editor.rows)
    editor.add_row()
    assert len(editor.rows) == count + 1 and editor.pick.value == count
    editor.remove_current()
    assert len(editor.rows) == count
    editor.add_missing()
    assert "Alle interessenter står allerede i planen" in editor.status.value
    editor.personal_data.value = False
    assert case.load_case().get("communication_plan")["personal_data"] is False
    _refuse(monkeypatch)
    editor.fields["channel"].value = "Intranet"
    assert "IKKE gemt" in editor.status.value


def test_a_failed_export_says_so_in_danish(monkeypatch, work):
    editor = widgets.PlanEditor()
    (work / "kommunikationsplan.xlsx").mkdir()  # a folder where the file should go
    assert editor.export() is None
    assert "IKKE gemt" in editor.export_status.value and "Gemt som" not in editor.export_status.value


def test_pitch_counts_the_time_saves_and_comes_back():
    case.part("business_case").save({"npv": 250000, "hours_freed": 800, "payback_years": 2})
    p = widgets.Pitch()
    assert "800 timer" in p.inputs["gains"].value and "250.000 kr." in p.inputs["gains"].value
    p.inputs["problem"].value = (
        "Hver dag taster vi de samme oplysninger ind i to systemer. Det tager tid, der sker fejl, og borgerne venter "
        "en uge på svar."
    )
    p.inputs["proposal"].value = "Jeg foreslår, at en robot overfører oplysningerne, så vi kun skal tjekke dem."
    p.inputs[
        "ask"
    ].value = "Jeg beder om et møde med digitaliseringsafdelingen i næste måned, hvor jeg kan vise dem arbejdsgangen."
    assert "inden for 30-60 sekunder" in p.time.value and "gemt" in p.status.value
    saved = case.load_case().get("pitch")
    assert saved["seconds"] == model.speaking_seconds(saved["text"], 130) and 30 <= saved["seconds"] <= 60
    p.pace.value = 80
    assert "Ca. 50 sekunder" in p.time.value and "ved 80 ord pr. minut" in p.time.value
    p.inputs["gains"].value += " Og så slipper vi for at ringe til borgerne efter de bilag, de har glemt." * 3
    assert "for lang" in p.time.value
    again = widgets.Pitch()
    assert again.pace.value == 80 and again.inputs["ask"].value.startswith("Jeg beder om")
    again.pace.value = 130
    again.show_example()
    assert "Eksempel (illustrativt)" in again.example_box.value
    example_seconds = model.speaking_seconds(model.pitch_text(widgets.EXAMPLE_PITCH), 130)
    assert 30 <= example_seconds <= 60


def test_pitch_suggests_the_proposal_from_the_learners_idea_and_technology():
    case.part("ideas").save({"rows": [], "chosen": "at en robot journaliserer ansøgningerne"})
    case.part("technology").save({"technology": "rpa", "label": "Softwarerobot (RPA)"})
    assert widgets.Pitch().inputs["proposal"].value == (
        "Jeg foreslår at en robot journaliserer ansøgningerne (teknologi: Softwarerobot (RPA))."
    )


def test_an_empty_pitch_is_not_saved():
    p = widgets.Pitch()
    assert p.update(save=True) is None and "intet er gemt" in p.status.value
    assert case.part("pitch").value is None


def test_summary_lists_the_three_parts():
    text = widgets.summary_html()
    assert text.count("ikke gemt endnu") == 3
    widgets.StakeholderMap().save()
    assert "Interessentanalyse: gemt (9 rækker)" in widgets.summary_html()


def test_whole_widgets_build():
    for make in (widgets.stakeholder_map, widgets.curve_placement, widgets.kotter_sorting, widgets.barometer,
                 widgets.gains_for_whom, widgets.plan_editor, widgets.pitch, widgets.summary):  # fmt: skip
        assert make().children
