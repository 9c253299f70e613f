"""The benefit realisation plan editor: typed in fields, saved as the learner types, restored after a restart."""

import pytest

from workbook_helpers.business_case.qualitative import example_plan, load_plan
from workbook_helpers.business_case.widgets import RealisationPlanEditor


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))


def test_starts_from_the_example_and_draws_it():
    editor = RealisationPlanEditor()
    assert len(editor.rows) == len(example_plan())
    assert "✅ Planen er gemt" in editor.status.value
    assert editor.chart.outputs[0]["data"]["text/plain"] == "Diagram: Gevinstrealiseringsplan"


def test_a_new_benefit_is_kept_as_a_draft_until_complete_and_survives_a_restart():
    editor = RealisationPlanEditor()
    editor.add_row()
    assert "Kladden er gemt" in editor.status.value and "er tomt" in editor.status.value
    new = editor.rows[-1]
    for column, text in {"benefit": "Færre rykkere", "owner": "Teamleder", "measure": "Rykkere pr. måned"}.items():
        new[column].value = text
    assert "Kladden er gemt" in editor.status.value, "half a row is saved, but not yet a plan"

    restarted = RealisationPlanEditor()
    assert restarted.rows[-1]["benefit"].value == "Færre rykkere"
    for column, text in {"baseline": "40", "target": "10", "when": "Maj 2027"}.items():
        restarted.rows[-1][column].value = text
    assert "✅ Planen er gemt" in restarted.status.value
    assert load_plan()["benefit"].tolist()[-1] == "Færre rykkere"


def test_removing_a_benefit_and_escaping_what_was_typed():
    editor = RealisationPlanEditor()
    editor.remove_row(editor.rows[0])
    assert len(editor.rows) == len(example_plan()) - 1
    editor.rows[0]["owner"].value = ""
    assert "<script" not in editor.status.value
    editor.rows[0]["owner"].value = "<script>alert(1)</script>"
    assert "✅" in editor.status.value
