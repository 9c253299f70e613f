"""The pure model of notebook 07: quadrants, the barometer, the plan's checks, the pitch and tolerant reading."""

import pytest

from workbook_helpers.change import model


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [(5, 5, "Håndtér tæt"), (4, 4, "Håndtér tæt"), (5, 3, "Hold tilfreds"), (3, 5, "Hold informeret"),
     (3, 3, "Overvåg"), (1, 1, "Overvåg")],
)  # fmt: skip
def test_quadrant_names_follow_influence_and_interest(influence, interest, expected):
    assert model.QUADRANTS[model.quadrant(influence, interest)].name == expected


def test_moving_a_stakeholder_changes_its_quadrant_and_advice():
    colleagues = model.Stakeholder("Kolleger i teamet", influence=2, interest=5, attitude=-1)
    before = (colleagues.quadrant_name, colleagues.advice)
    colleagues.influence = 5
    assert before[0] == "Hold informeret" and colleagues.quadrant_name == "Håndtér tæt"
    assert colleagues.advice != before[1] and "dialog" in colleagues.advice
    assert "skeptiske" in colleagues.advice  # a negative attitude adds its own advice


def test_the_usual_municipal_stakeholders_are_there_to_edit():
    roles = " ".join(s.role for s in model.default_stakeholders()).casefold()
    for word in ("leder", "kolleger", "tillidsrepræsentant", "arbejdsmiljørepræsentant", "med-udvalg",
                 "digitaliseringsafdelingen", "dpo", "leverandør", "borgerne"):  # fmt: skip
        assert word in roles


def test_reading_saved_stakeholders_tolerates_old_and_broken_rows():
    rows, notes = model.read_stakeholders(
        {
            "rows": [
                {"role": "MED-udvalg", "influence": "4", "interest": 9},
                {"influence": 2},
                "x",
                {"role": "Jurist", "influence": "mange"},
            ]
        }
    )
    assert [r.role for r in rows] == ["MED-udvalg", "Jurist"]
    assert rows[0].interest == 5 and rows[0].kind == "med" and rows[1].influence == 3 and rows[1].kind == "dpo"
    assert any("rolle" in n for n in notes) and any("Jurist" in n for n in notes)
    assert model.read_stakeholders(None) == ([], [])
    assert model.read_stakeholders("noget andet")[1]


def test_saved_value_has_the_contract_shape():
    value = model.stakeholders_value(model.default_stakeholders()[:1])
    row = value["rows"][0]
    assert {"role", "influence", "interest", "attitude", "quadrant", "note"} <= set(row)
    assert row["quadrant"] == "Håndtér tæt"


def test_barrier_point_is_the_first_step_at_three_or_lower():
    assert model.barrier_point({"awareness": 5, "desire": 5, "knowledge": 5, "ability": 5, "reinforcement": 5}) is None
    assert model.barrier_point({"awareness": 3, "desire": 1}) == "awareness"
    scores = {"awareness": 4, "desire": 4, "knowledge": 4, "ability": 3, "reinforcement": 1}
    assert model.barrier_point(scores) == "ability"


def test_kotter_steps_carry_their_lewin_phase_and_actions_use_the_learners_hours():
    assert [s.lewin_name for s in model.KOTTER_STEPS] == ["Optøning"] * 4 + ["Forandring"] * 3 + ["Genfrysning"]
    actions = model.kotter_actions(model.GainsContext(hours_freed=1234.0))
    assert sorted(step for _, step in actions) == list(range(1, 9))
    assert [step for _, step in actions] != list(range(1, 9))  # shown mixed
    assert any("1.234 timer" in text and "arbejdsgangsanalyse" in text for text, _ in actions)


def test_phase_key_reads_danish_answers():
    assert model.phase_key(" Benægtelse ") == "benaegtelse"
    assert model.phase_key("MODSTAND") == "modstand"
    assert model.phase_key("vrede") is None
    assert {phase for _, phase in model.REMARKS} == {p.key for p in model.PHASES}


def test_gains_context_reads_own_parts_and_says_what_is_missing():
    as_is = {"title": "Skoleindskrivning", "rows": [
        {"step": "Modtag", "minutes": 10, "per_year": 600, "wait_hours": 72, "error_rate": 0.1},
        {"step": "Registrér", "minutes": "5", "per_year": 600, "wait_hours": None}]}  # fmt: skip
    to_be = {"rows": [{"step": "Tjek", "minutes": 3, "per_year": 600, "wait_hours": 24, "error_rate": 0.02}]}
    ctx = model.gains_context(as_is, to_be, None)
    assert ctx.hours_freed == pytest.approx((15 - 3) * 600 / 60)
    assert ctx.lead_time_saved_days == pytest.approx(2.0)
    assert "Din business case er ikke gemt endnu (notebook 06)." in ctx.notes
    lines = [f"{group}: {text}" for group, text in ctx.lines()]
    assert "Borgerne: Sagen venter ca. 2 dage kortere i alt." in lines
    assert any(line.startswith("Borgerne: Færre fejl") and "10 % til 2 %" in line for line in lines)
    assert "Kollegerne: 120 timer om året frigøres til andre opgaver." in lines
    with_bc = model.gains_context(as_is, {**to_be, "hours_freed_per_year": 500}, {"npv": 250000.5, "payback_years": 2})
    assert with_bc.hours_freed == 500 and "250.001 kr." in dict(with_bc.lines())["Kommunen"]
    empty = model.gains_context({"rows": "ødelagt"}, 7, "x")
    assert not model.has_gains(empty) and len(empty.notes) >= 2


def test_the_generated_plan_misses_the_apv_and_the_checks_say_why():
    stakeholders = model.default_stakeholders()
    plan = model.plan_from_stakeholders(stakeholders, "Skoleindskrivning")
    assert {r["audience"] for r in plan} == {s.role for s in stakeholders}
    checks = {c.key: c for c in model.check_plan(plan, stakeholders, personal_data=True)}
    assert checks["dialog"].ok and checks["med"].ok and checks["dpo"].ok
    assert not checks["apv"].ok and "bekendtgørelse nr. 65 af 22. januar 2024" in checks["apv"].explanation.casefold()
    amr = next(r for r in plan if r["audience"] == "Arbejdsmiljørepræsentant")
    amr.update(kind="dialog", occasion="APV for den nye arbejdsgang")
    assert all(c.ok for c in model.check_plan(plan, stakeholders, personal_data=True))


def test_med_must_be_a_dialogue_before_the_decision():
    stakeholders = model.default_stakeholders()
    plan = model.plan_from_stakeholders(stakeholders)
    med = next(r for r in plan if r["audience"] == "MED-udvalg")
    med["when"] = "Når beslutningen er truffet"
    check = next(c for c in model.check_plan(plan, stakeholders) if c.key == "med")
    assert not check.ok and "FØR" in check.title and "§ 7" in check.explanation
    med.update(when=model.BEFORE_DECISION, kind="information")
    assert not next(c for c in model.check_plan(plan, stakeholders) if c.key == "med").ok


def test_before_the_decision_is_read_tolerantly():
    assert model.is_before_decision("Før beslutning") and model.is_before_decision(" før MED-mødet")
    assert not model.is_before_decision("Når beslutningen er truffet") and not model.is_before_decision("")
    stakeholders = [model.Stakeholder("MED", 4, 4, kind="med")]
    plan = [{"audience": "MED", "kind": "dialog", "when": "Før beslutning", "occasion": "Drøftelse"}]
    assert next(c for c in model.check_plan(plan, stakeholders) if c.key == "med").ok


def test_every_stakeholder_managed_closely_needs_a_dialogue():
    stakeholders = model.default_stakeholders()
    plan = model.plan_from_stakeholders(stakeholders)
    leader = next(r for r in plan if r["audience"] == "Nærmeste leder")
    leader["kind"] = "information"
    check = next(c for c in model.check_plan(plan, stakeholders) if c.key == "dialog")
    assert not check.ok and "Nærmeste leder" in check.title


def test_dpo_is_asked_only_when_personal_data_are_processed():
    stakeholders = model.default_stakeholders()
    plan = [r for r in model.plan_from_stakeholders(stakeholders) if r["audience"] != "DPO og jurist"]
    assert not next(c for c in model.check_plan(plan, stakeholders, True) if c.key == "dpo").ok
    assert next(c for c in model.check_plan(plan, stakeholders, False) if c.key == "dpo").ok


def test_read_plan_fills_missing_fields():
    rows, notes = model.read_plan({"rows": [{"audience": "MED-udvalg", "kind": "snak"}, 5]})
    assert rows[0]["occasion"] == "" and rows[0]["kind"] == "information" and notes


@pytest.mark.parametrize("text", ["=1+1", "+45 12", "-2", "@SUM(A1)", "  =HYPERLINK(x)", "\n=1", "\t1"])
def test_safe_cell_neutralises_formulas(text):
    assert model.safe_cell(text).startswith("'")


def test_safe_cell_keeps_ordinary_text_and_numbers():
    assert model.safe_cell("Møde i MED") == "Møde i MED" and model.safe_cell(3) == 3


def test_pitch_time_and_verdict():
    parts = {
        "problem": "Vi taster alt to gange",
        "proposal": "En robot overfører data.",
        "gains": "",
        "ask": "Et møde?",
    }
    assert model.pitch_text(parts) == "Vi taster alt to gange. En robot overfører data. Et møde?"
    assert model.word_count("Det frigør 1.924 timer og 12,5 %") == 7
    assert model.speaking_seconds("ord " * 65) == 30.0
    assert model.pitch_verdict(45)[0] == "ok"
    assert model.pitch_verdict(20)[0] == "warning" and "kort" in model.pitch_verdict(20)[1]
    assert model.pitch_verdict(75)[0] == "warning" and "lang" in model.pitch_verdict(75)[1]
    value = model.pitch_value(parts, 130)
    assert set(value) >= {"problem", "proposal", "gains", "ask", "text", "seconds"}
    assert value["seconds"] == model.speaking_seconds(value["text"], 130)


def test_suggested_gains_use_danish_formats():
    ctx = model.GainsContext(hours_freed=1500.0, wait_hours_before=96, wait_hours_after=24, npv=1234567.0)
    text = model.suggested_gains(ctx)
    assert "1.500 timer" in text and "3 dage" in text and "1.234.567 kr." in text
    assert model.suggested_gains(model.GainsContext()) == ""
