"""The case widgets, driven by their callbacks."""

import pytest

from workbook_helpers import case, storage
from workbook_helpers.case_widgets import CaseForm, Reflection, progress_html


@pytest.fixture(autouse=True)
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    return tmp_path


def test_a_reflection_is_saved_as_typed_and_kept_beside_other_answers():
    first = Reflection("01_faser", "Hvorfor kommer regler i faser?", "Fordi ...")
    first.text.value = "Fordi kommunerne skal nå at omstille sig."
    second = Reflection("03_spild", "Hvilket spild?")
    second.text.value = "Dobbeltregistrering <b>"
    assert "gemt i din sag" in second.status.value and "&lt;" not in second.status.value
    answers = case.load_case().get("reflections")
    assert answers == {"01_faser": "Fordi kommunerne skal nå at omstille sig.", "03_spild": "Dobbeltregistrering <b>"}
    assert Reflection("01_faser", "?").text.value.startswith("Fordi kommunerne")


def test_the_model_answer_comes_only_after_the_learner_has_written():
    box = Reflection("x", "Spørgsmål?", "Modelsvar <i>")
    box._show_answer()
    assert "Skriv dit eget svar først" in box.answer.value
    box.text.value = "Mit svar"
    box._show_answer()
    assert "Modelsvar &lt;i&gt;" in box.answer.value


def test_a_case_form_saves_its_part_and_says_so(monkeypatch):
    form = CaseForm("about", [("title", "Titel", "text"), ("area", "Arbejdsområde", "text")])
    assert form.save() is None and "intet er gemt" in form.status.value
    form.inputs["title"].value = "Færre indtastninger ved skolestart"
    assert form.save().ok and "Gemt i dit forslag" in form.status.value
    assert case.load_case().get("about")["title"] == "Færre indtastninger ved skolestart"

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "_write_atomic", refused)
    form.inputs["title"].value = "Ny titel"
    assert not form.save().ok and "IKKE gemt" in form.status.value and "Gemt i dit" not in form.status.value
    assert form.inputs["title"].value == "Ny titel"


def test_progress_names_what_is_missing_and_where():
    text = progress_html()
    assert "0 af" in text and "Interessentanalyse" in text and "07_organisation_og_kolleger" in text
