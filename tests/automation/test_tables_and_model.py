"""The Danish tables (whole, escaped, Danish numbers) and the pure model (settings, own steps, the pick, ideas)."""

import math

import pandas as pd
import pytest

from workbook_helpers.automation import model, robot, scoring, tables
from workbook_helpers.automation.examples import example_steps
from workbook_helpers.messages import WorkbookError

RESULT = robot.run_robot(robot.make_queue(), robot.RobotRules())


def test_show_is_escaped_whole_and_without_index():
    frame = pd.DataFrame({"Trin": ["<script>alert(1)</script>", "x" * 300]}, index=[7, 9])
    html = tables.show(frame)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "x" * 300 in html
    assert ">7<" not in html and "…" not in html


def test_robot_tables_are_danish():
    assert tables.queue_summary_text(robot.make_queue(1, seed=3)).startswith("1 sag:")
    assert tables.summary_text(RESULT).startswith("Automatiseringsgrad: 39 % (77 af 200 sager).")
    log = tables.log_table(RESULT, max_rows=5)
    assert list(log.columns) == ["Sag", "Kanal", "Beløb", "Hvem behandlede", "Begrundelse", "Robottens noter", "Fejl"]
    assert len(log) == 5 and len(tables.log_table(RESULT, exceptions_only=True)) == 123
    channels = tables.channel_table(RESULT)
    assert channels["Automatiseringsgrad"].tolist() == ["71 %", "0 %", "0 %"]
    assert tables.summary(RESULT).set_index("Nøgletal").loc["Automatiseringsgrad", "Værdi"] == "39 %"


def test_scoring_tables_are_danish_and_ordered():
    scored = scoring.score_steps(example_steps())
    table = tables.score_table(scored)
    assert table["Trin"].iloc[0] in ("Slå oplysninger op i CPR og indkomstregister", "Send afgørelsesbrev")
    assert table["Regelbaseret"].iloc[0] == "5"
    priority = tables.priority_table(scored)
    assert "Største stopklods" in priority.columns and len(priority) == 7
    assert tables.criteria_table()["Kriterium"].tolist() == [c.label for c in scoring.CRITERIA.values()]


def test_steps_for_reading_writes_ja_nej_percent_and_danish_numbers():
    html = tables.steps_for_reading(example_steps())._repr_html_()
    assert "Minutter pr. gang" in html and "E-mail/fritekst" in html and "ja" in html and "2.400" in html
    assert "5 %" in html and "rule_based" not in html


def test_time_split_adds_up_and_channel_rates():
    split = model.time_split(RESULT)
    assert split.staff_with == pytest.approx(RESULT.person_minutes / 60)
    assert split.staff_without == pytest.approx(RESULT.baseline_person_minutes / 60)
    rates = {r["channel"]: r for r in model.channel_rates(RESULT)}
    assert rates["form"]["robot"] == 77 and rates["paper"]["rate"] == 0


def test_break_even_and_yearly_effects():
    assert model.break_even_cases(0) == math.inf and model.break_even_cases(2.0, 40) == 1200
    effects = model.yearly_effects(RESULT, (100, 10_000))
    assert effects[0].net_hours_per_year < 0 < effects[1].net_hours_per_year


def test_settings_merge_and_damaged_values_fall_back():
    assert model.with_setting(None, "a", 1) == {"a": 1}
    assert model.with_setting({"b": 2}, "a", 1) == {"b": 2, "a": 1}
    assert model.rules_from_settings({"ocr_threshold": 7}) == robot.RobotRules()
    assert model.rules_from_settings("ødelagt") == robot.RobotRules()
    assert model.weights_from_settings({"volume": -1}) == scoring.DEFAULT_WEIGHTS
    assert model.weights_from_settings({"Volumen": 3})["volume"] == 3
    assert model.assessments_from_settings({"A": {"stability": 2, "documentation": 9, "x": 1}, "B": 3}) == {
        "A": {"stability": 2}
    }


def test_apply_assessments_keeps_table_values_unless_assessed():
    steps = example_steps()  # has stability_score for every step
    assessed = model.apply_assessments(steps, {"Send afgørelsesbrev": {"stability": 1, "documentation": 4}})
    row = assessed.set_index("step").loc["Send afgørelsesbrev"]
    assert row["stability_score"] == 1 and row["documentation_score"] == 4
    other = assessed.set_index("step").loc["Scan og arkivér papirbilag"]
    assert other["stability_score"] == 4 and math.isnan(other["documentation_score"])


ROWS = [{"step": "Tast", "actor": "Sekretær", "system": "ESDH", "minutes": 5, "per_year": 100, "wait_hours": 0,
         "input_type": "form", "rule_based": True, "error_rate": 0.1}]  # fmt: skip


def test_choices_prefer_own_parts_and_never_call_an_example_own():
    both = model.choices({"as_is": ({"title": "Min", "rows": ROWS}, False), "to_be": ({"rows": ROWS}, False)})
    assert [c.part for c in both] == ["as_is", "to_be", "example"]
    assert both[0].own and "»Min«" in both[0].label and not both[-1].own
    assert both[-1].label.startswith("Eksempel (illustrativt)")
    only_example = model.choices({"as_is": ({"rows": ROWS}, True)})
    assert [c.part for c in only_example] == ["example"]
    bad = model.choices({"to_be": ({"rows": [{"step": "x"}]}, False)})
    assert [c.part for c in bad] == ["example"] and "kunne ikke bruges" in bad[0].problem
    assert model.choices({"as_is": ("ikke en ordbog", False)})[0].part == "example"


def test_technology_record_follows_the_case_contract():
    choice = model.example_choice()
    scored = scoring.score_steps(choice.steps)
    record = model.technology_record(scored, "Send afgørelsesbrev", "api", "Integration/API", " Fordi. ", source=choice)
    assert record["technology"] == "api" and record["label"] == "Integration/API" and record["why"] == "Fordi."
    assert record["score"] == pytest.approx(float(scored.loc[5, "total"]), abs=0.05)
    assert record["scale"].startswith("0-100") and set(record["criteria"]) == set(scoring.CRITERIA)
    assert record["assumed"] == ["documentation"] and record["source"] == "example"
    with pytest.raises(WorkbookError, match="intet trin"):
        model.technology_record(scored, "Findes ikke", "api", "x", "", source=choice)


def test_ideas_are_added_once_kept_and_chosen():
    value = model.add_idea({"note": "behold"}, "  En   formular ", "Modtag")
    value = model.add_idea(value, "en formular")  # the same idea again
    assert value["note"] == "behold" and value["rows"] == [{"idea": "En formular", "step": "Modtag", "technology": ""}]
    assert model.choose_idea(value, "En formular")["chosen"] == "En formular"
    assert model.ideas_rows({"rows": [None, {"idea": ""}, {"idea": "x"}]}) == [
        {"idea": "x", "step": "", "technology": ""}
    ]
    with pytest.raises(WorkbookError):
        model.add_idea(None, "   ")
    assert tables.ideas_table(value)["Idé"].tolist() == ["En formular"]
