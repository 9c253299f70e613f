"""The proposal model: summary for the portfolio, consequences, project plan and rubric (no widgets, no files)."""

import datetime as dt

import pytest

from workbook_helpers import case
from workbook_helpers.business_case.model import evaluate
from workbook_helpers.proposal import examples, model

from .conftest import OWN_TITLE, own_business_case

SUMMARY_KEYS = {
    "summary_version", "title", "area", "unit", "owner", "problem", "hours_freed_per_year", "kr_per_year",
    "yearly_net", "npv", "one_off_cost", "payback_years", "horizon", "npv_pessimistic", "technology",
    "technology_label", "automation_score", "automation_scale", "systems", "steps", "volume_per_year",
    "personal_data", "special_categories", "automated_decision", "dpia_needed", "dpia", "high_risk_ai",
    "qualitative", "ready", "total", "missing", "example_parts",
}  # fmt: skip


def test_summary_of_the_learners_case_has_the_figures_notebook_06_shows(own_case):
    s = model.summary(own_case)
    assert set(s) == SUMMARY_KEYS and tuple(s) == model.SUMMARY_KEYS
    result = evaluate(model.business_result(own_case).case)
    assert s["npv"] == pytest.approx(result.npv) == pytest.approx(own_business_case()["npv"])
    assert s["title"] == OWN_TITLE and s["owner"] == "Skoleleder" and s["technology"] == "self_service"
    assert s["hours_freed_per_year"] == 48.0 and s["kr_per_year"] == pytest.approx(48 * 425)
    assert s["systems"] == 3 and s["steps"] == 4 and s["volume_per_year"] == 180
    assert s["npv_pessimistic"] < s["npv"]
    assert s["ready"] == 6 and s["total"] == len(case.Case().status()) and s["example_parts"] == []
    assert s["dpia_needed"] is None and s["personal_data"] is None, "no legal check yet: not known, never a guess"


def test_summary_of_an_empty_or_broken_case_never_crashes():
    s = model.summary(case.Case())
    assert set(s) == SUMMARY_KEYS and s["npv"] is None and s["ready"] == 0 and s["title"] == ""
    broken = case.Case()
    broken.set("business_case", {"inputs": {"hourly_cost": "mange"}, "npv": 1000.0})
    broken.set("as_is", {"rows": [{"step": "uden aktør"}]})
    broken.set("legal", "ja")
    s = model.summary(broken)
    assert s["npv"] == 1000.0 and s["systems"] is None and s["dpia"] is None


def test_the_example_is_marked_as_example_in_the_summary():
    s = model.summary(examples.example_case())
    assert s["ready"] == 0 and "as_is" in s["example_parts"] and s["title"].startswith("Eksempel (illustrativt)")


def test_hours_freed_falls_back_to_the_workflows():
    c = case.Case()
    c.set("as_is", {"rows": [{"step": "A", "actor": "X", "minutes": 30, "per_year": 100}]})
    c.set("to_be", {"rows": [{"step": "A", "actor": "X", "minutes": 6, "per_year": 100}]})
    assert model.hours_freed(c) == pytest.approx(40.0)


def test_consequences_are_suggested_from_the_learners_workflows(own_case):
    draft = model.suggest_consequences(own_case.get("as_is"), own_case.get("to_be"), "rpa")
    assert "Slå barnet op i CPR" in draft["tasks_disappear"]
    assert "Opret eleven" in draft["tasks_change"]
    assert "Modtag indmeldelse i formular" in draft["tasks_new"]
    assert any("undtagelseskø" in task for task in draft["tasks_new"])
    assert draft["affected"] == ["Skolesekretær", "Skoleleder"]
    assert "hvem der beslutter, hvad den frigjorte tid bruges til" in model.consequences_missing(draft)


def test_consequences_tolerate_text_and_missing_keys():
    c = model.consequences_of({"tasks_new": "- Tjek AI's udkast\n\n- Undtagelseskø"})
    assert c["tasks_new"] == ["Tjek AI's udkast", "Undtagelseskø"] and c["skills"] == []


def test_default_plan_has_the_four_phases_in_order_and_five_risks():
    plan = model.default_plan(dt.date(2027, 1, 15))
    assert [p["phase"] for p in plan["phases"]] == ["Idé", "Analyse", "Gennemførelse", "Realisering"]
    assert all(a["end"] == b["start"] for a, b in zip(plan["phases"], plan["phases"][1:], strict=False))
    clean, problems = model.validate_plan(plan)
    assert problems == [] and len(clean["risks"]) == model.MAX_RISKS
    assert model.biggest_risks(plan)[0]["risk"].startswith("Fagsystemet")  # 3 x 4 = 12 is the biggest


def test_plan_problems_name_table_row_and_field():
    plan = {
        "phases": [{"phase": "Idé", "start": "1.3.2027", "end": "1.2.2027", "owner": "Leder"}],
        "milestones": [{"milestone": "Beslutning", "date": "32.13.2027", "owner": ""}],
        "risks": [{"risk": "Leverandøren", "likelihood": "7", "impact": 3, "response": ""}] * 6,
    }
    clean, problems = model.validate_plan(plan)
    text = " ".join(problems)
    assert "Faser, række 1: slutdatoen ligger før startdatoen" in text
    assert "Milepæle, række 1, feltet »Dato«: »32.13.2027« er ikke en dato" in text
    assert "Milepæle, række 1, feltet »Ansvarlig (rolle)«" in text
    assert "Risici, række 1, feltet »Sandsynlighed (1-5)«" in text and "Risici: skriv de 5 største" in text
    assert clean["phases"][0]["start"] == "2027-03-01", "Danish dates are read"


def test_rubric_counts_only_own_work_and_says_what_is_missing(own_case):
    rows = {r["key"]: r for r in model.rubric(own_case)}
    assert rows["problem"]["case_shows"] == "klar"
    assert rows["gain"]["case_shows"] == "klar"
    assert rows["technology"]["case_shows"] == "delvist"
    assert any("juridiske tjek" in m for m in rows["technology"]["missing"])
    assert rows["people"]["case_shows"] == "mangler"
    example = {r["key"]: r for r in model.rubric(examples.example_case())}
    assert all(r["case_shows"] != "klar" for r in example.values())
    assert any("kun et eksempel" in m for m in example["problem"]["missing"])


def test_own_assessment_is_read_from_settings():
    c = case.Case()
    c.set("settings", {"rubric": {"gain": {"level": "delvist", "note": "Mangler kilde på timeprisen"}, "x": 1}})
    rows = {r["key"]: r for r in model.rubric(c)}
    assert rows["gain"]["own_level"] == "delvist" and rows["problem"]["own_level"] == ""


def test_charts_say_what_is_missing_instead_of_showing_nothing():
    from workbook_helpers.proposal import charts

    empty = case.Case()
    assert charts.swimlane(empty) is None and charts.business_case_chart(empty) is None
    note = charts.swimlane(empty, placeholder_if_missing=True)
    assert "notebook 03" in note.axes[0].texts[0].get_text()
    assert charts.business_case_chart(examples.example_case()) is not None
