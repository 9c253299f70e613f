"""The benefit realisation plan editor: starts empty or labelled as the example, saves through the learner's case
(part ``benefits_plan``) as they type, tells the truth about the save, and draws learner text literally."""

import os
import stat

import pytest

from workbook_helpers import case
from workbook_helpers.business_case.qualitative import example_plan
from workbook_helpers.business_case.widgets import RealisationPlanEditor, plan_record


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    return tmp_path


def fill(row, **values):
    for column, text in values.items():
        row[column].value = text


COMPLETE = {"benefit": "Færre rykkere", "owner": "Teamleder", "measure": "Rykkere pr. måned",
            "baseline": "40", "target": "10", "date": "1.5.2027"}  # fmt: skip


def test_starts_empty_and_never_calls_an_empty_plan_saved():
    editor = RealisationPlanEditor()
    assert len(editor.rows) == 1
    assert "tom" in editor.status.value and "Gemt" not in editor.status.value
    assert case.part("benefits_plan").value is None


def test_the_example_is_labelled_as_an_example_until_the_learner_changes_it():
    editor = RealisationPlanEditor()
    editor.start_from_example()
    assert len(editor.rows) == len(example_plan())
    assert "Eksempel (illustrativt)" in editor.origin.value
    assert "Planen er gemt" not in editor.status.value and "eksemplet" in editor.status.value
    source = editor.chart.outputs[0]
    assert source["data"]["text/plain"] == "Diagram: Gevinstrealiseringsplan"
    saved = case.part("benefits_plan")
    assert saved.example and len(saved.value["rows"]) == 4
    assert not case.load_case().is_own("benefits_plan")

    editor.rows[0]["target"].value = "En tredjedel af baseline"
    assert "Din egen plan" in editor.origin.value
    assert "din plan (4 gevinster)" in editor.status.value
    assert case.load_case().is_own("benefits_plan")


def test_a_half_filled_benefit_is_a_draft_that_survives_a_restart_and_says_what_is_missing():
    editor = RealisationPlanEditor()
    fill(editor.rows[0], benefit="Færre rykkere", owner="Teamleder")
    assert "kladde" in editor.status.value and "»Måling« er tomt" in editor.status.value
    restarted = RealisationPlanEditor()
    assert restarted.rows[0]["benefit"].value == "Færre rykkere"
    fill(restarted.rows[0], **{k: v for k, v in COMPLETE.items() if k not in ("benefit", "owner")})
    assert "Gemt i din sag: din plan (1 gevinst)" in restarted.status.value
    row = case.part("benefits_plan").value["rows"][0]
    assert row["date"] == "2027-05-01" and row["measure"] == "Rykkere pr. måned"


def test_a_date_that_is_not_a_date_is_named_and_the_rest_is_saved():
    editor = RealisationPlanEditor()
    fill(editor.rows[0], **{**COMPLETE, "date": "til sommer"})
    assert "»til sommer«" in editor.status.value and "ikke en dato" in editor.status.value
    row = case.part("benefits_plan").value["rows"][0]
    assert row["benefit"] == "Færre rykkere" and row["date"] is None and row["when"] == "til sommer"


def test_dollar_signs_are_drawn_as_typed():
    editor = RealisationPlanEditor()
    fill(editor.rows[0], **{**COMPLETE, "benefit": "Spar $5 og $10 pr. sag"})
    assert "✅" in editor.status.value  # the chart was drawn without a mathtext error
    assert editor.chart.outputs[0]["data"]["image/png"]


def test_escaping_what_was_typed_and_removing_a_benefit():
    editor = RealisationPlanEditor()
    fill(editor.rows[0], **{**COMPLETE, "owner": "<script>alert(1)</script>"})
    assert "<script" not in editor.status.value
    editor.add_row()
    editor.remove_row(editor.rows[1])
    assert len(editor.rows) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder")
def test_a_failed_save_says_so_and_keeps_the_text(work_dir):
    editor = RealisationPlanEditor()
    work_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        fill(editor.rows[0], benefit="Færre rykkere")
    finally:
        work_dir.chmod(stat.S_IRWXU)
    assert "Ikke gemt" in editor.status.value and "Gemt i din sag" not in editor.status.value
    assert editor.rows[0]["benefit"].value == "Færre rykkere"


def test_a_failed_save_via_the_case_says_so(monkeypatch):
    from workbook_helpers import storage

    editor = RealisationPlanEditor()

    def refuse(*_args, **_kwargs):
        raise storage.SaveError("Mappen »mit_arbejde« er skrivebeskyttet.")

    monkeypatch.setattr(storage, "update_work", refuse)
    fill(editor.rows[0], benefit="Færre rykkere")
    assert "Ikke gemt" in editor.status.value and "skrivebeskyttet" in editor.status.value
    assert "✅" not in editor.status.value
    assert editor.rows[0]["benefit"].value == "Færre rykkere"


def test_plan_record_keeps_the_contract_shape():
    record, problems = plan_record([COMPLETE])
    assert problems == []
    assert set(record["rows"][0]) >= {"benefit", "owner", "baseline", "target", "date", "measure"}


def test_an_old_draft_in_the_old_shape_is_read():
    case.part("benefits_plan").save([{**COMPLETE, "date": "", "when": "Maj 2027"}])
    editor = RealisationPlanEditor()
    assert editor.rows[0]["date"].value == "Maj 2027"
