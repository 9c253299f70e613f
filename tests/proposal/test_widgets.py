"""The widgets of notebook 08, driven by their callbacks (set ``.value``, call ``.click()``)."""

from workbook_helpers import case, storage
from workbook_helpers.proposal import model, widgets


def test_status_overview_counts_own_parts_and_points_to_the_notebooks(own_case):
    text = widgets.status_overview().value
    assert "Dit forslag: 6 af" in text and "dele er klar" in text
    assert "Interessentanalyse: mangler (notebook 07_organisation_og_kolleger)" in text


def test_the_example_is_shown_when_there_is_no_own_case_and_never_called_own():
    current, is_example = widgets.shown_case()
    assert is_example and current.entry("as_is")["example"]
    assert "Eksempel (illustrativt)" in widgets.case_banner().value and "ikke dit eget" in widgets.case_banner().value


def test_legal_check_gives_advice_as_answers_change_and_saves():
    form = widgets.LegalCheck()
    assert "Måske" in form.advice.value and "ikke juridisk rådgivning" in form.advice.value
    for key in model.QUESTION_KEYS:
        form.questions[key].value = "nej"
    form.questions["personal_data"].value = "ja"
    form.questions["automated_decision"].value = "ja"
    assert "Ja, der skal laves en konsekvensanalyse" in form.advice.value and "Jurist" in form.advice.value
    form.button.click()
    assert "gemt" in form.status.value
    saved = case.load_case()
    assert saved.is_own("legal") and saved.get("legal")["answers"]["automated_decision"] == "ja"
    assert widgets.LegalCheck().questions["automated_decision"].value == "ja", "found again after a restart"


def test_legal_check_with_nothing_answered_saves_nothing():
    form = widgets.LegalCheck()
    form.button.click()
    assert "intet er gemt" in form.status.value and case.load_case().get("legal") is None


def test_consequences_suggest_from_own_workflow_and_say_what_is_missing(own_case):
    form = widgets.ConsequencesForm()
    form.suggest.click()
    assert "Slå barnet op i CPR" in form.lists["tasks_disappear"].value
    form.button.click()
    assert "gemt" in form.status.value and "hvad den frigjorte tid skal bruges til" in form.status.value
    form.use.value = "Flere samtaler med nye forældre"
    form.decided_by.value = "Skoleleder"
    form.button.click()
    assert "Det mangler stadig" not in form.status.value
    assert case.load_case().get("consequences")["freed_time_decided_by"] == "Skoleleder"


def test_consequences_suggestion_needs_the_own_workflow():
    form = widgets.ConsequencesForm()
    form.suggest.click()
    assert "notebook 03" in form.status.value and form.lists["tasks_new"].value == ""


def test_plan_editor_saves_the_untouched_example_as_example_and_an_edited_plan_as_own():
    editor = widgets.PlanEditor()
    assert "Eksempel (illustrativt)" in editor.origin.value
    editor.button.click()
    assert case.load_case().entry("project_plan")["example"] is True
    editor = widgets.PlanEditor()
    editor.phase_rows[0].children[3].value = "Teamleder"
    editor.add_milestone.click()
    name, when, owner = editor.milestone_box.children[-1].children[:3]
    name.value, when.value, owner.value = "Oplæg i MED", "3.5.2027", "Leder"
    editor.button.click()
    saved = case.load_case()
    assert saved.is_own("project_plan")
    assert saved.get("project_plan")["milestones"][-1] == {"milestone": "Oplæg i MED", "date": "2027-05-03",
                                                            "owner": "Leder"}  # fmt: skip
    assert len(editor.chart.outputs) == 1


def test_plan_editor_keeps_a_bad_date_and_names_row_and_field():
    editor = widgets.PlanEditor()
    editor.milestone_box.children[0].children[1].value = "31.2.2027"
    editor.button.click()
    assert "Milepæle, række 1, feltet »Dato«" in editor.status.value
    assert case.load_case().get("project_plan")["milestones"][0]["date"] == "31.2.2027", "typed text is kept"


def test_plan_editor_allows_five_risks_at_most():
    editor = widgets.PlanEditor()
    editor.add_risk.click()
    assert len(editor.risk_box.children) == model.MAX_RISKS and "5 største" in editor.status.value
    remove = editor.risk_box.children[0].children[1].children[-1]
    remove.click()
    assert len(editor.risk_box.children) == model.MAX_RISKS - 1


def test_rubric_saves_the_own_assessment_next_to_other_settings(own_case):
    assert case.part("settings").save({"robot": {"x": 1}}).ok
    form = widgets.RubricForm()
    assert "ser klar ud" in form.shown["problem"].value and "mangler" in form.shown["people"].value
    form.levels["gain"].value = "delvist"
    form.notes["gain"].value = "Timeprisen skal have en kilde"
    form.button.click()
    settings = case.load_case().get("settings")
    assert settings["robot"] == {"x": 1} and settings["rubric"]["gain"]["level"] == "delvist"


def test_export_panel_writes_four_files_and_reports_each(own_case, work):
    panel = widgets.ExportPanel()
    results = panel.run()
    assert all(r.ok for r in results) and panel.status.value.count("er gemt") == 4
    assert "eksemplet" not in panel.status.value
    assert (work / "forslag" / "forslag.pdf").exists()


def test_export_panel_says_so_when_it_exports_the_example(work):
    panel = widgets.ExportPanel()
    panel.run()
    assert "filerne viser eksemplet, ikke dit eget forslag" in panel.status.value


def test_a_failed_save_says_so_and_keeps_the_answers_on_screen(monkeypatch):
    form = widgets.LegalCheck()
    form.questions["personal_data"].value = "ja"

    def full_disk(*_args, **_kwargs):
        raise storage.SaveError("Dit arbejde er IKKE gemt: disken er fuld.")

    monkeypatch.setattr(storage, "update_work", full_disk)
    form.button.click()
    assert "IKKE gemt" in form.status.value and "er gemt i dit forslag" not in form.status.value
    assert form.questions["personal_data"].value == "ja"
