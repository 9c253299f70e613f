"""The software-robot simulator: determinism, counts, rules and the Danish messages."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook_helpers.automation.robot import (
    Case,
    RobotRules,
    TimeAssumptions,
    make_queue,
    rules_from_dict,
    rules_to_dict,
    run_robot,
    yearly_effect,
)
from workbook_helpers.automation.tables import log_table, queue_table, summary, summary_text


def test_queue_is_deterministic_and_seed_dependent():
    assert make_queue(100, seed=5) == make_queue(100, seed=5)
    assert make_queue(100, seed=5) != make_queue(100, seed=6)


def test_default_queue_has_the_documented_mix():
    queue = make_queue()  # 200 cases, seed 2026
    channels = [c.channel for c in queue]
    assert len(queue) == 200
    assert channels.count("form") == 109
    assert channels.count("paper") == 49
    assert channels.count("email") == 42
    # forms rarely miss a field, letters and e-mails often do
    missing_share = {
        ch: sum(c.missing is not None for c in queue if c.channel == ch) / channels.count(ch)
        for ch in ("form", "paper", "email")
    }
    assert missing_share["form"] < missing_share["paper"] < missing_share["email"]
    assert all(c.read_confidence is None for c in queue if c.channel == "form")
    assert all(0.5 <= c.read_confidence <= 1 for c in queue if c.channel != "form")


def test_default_rules_counts_are_stable():
    result = run_robot(make_queue(), RobotRules())
    assert (result.n_cases, result.n_robot, result.n_person, result.errors) == (200, 77, 123, 0)
    assert result.reasons.to_dict() == {
        "papir": 49,
        "e-mail": 42,
        "beløb over grænsen": 22,
        "særlige forhold": 5,
        "manglende oplysning": 5,
    }
    assert math.isclose(result.automation_rate, 77 / 200)
    assert len(result.exception_queue) == 123


def test_hand_computed_case_by_case():
    queue = [
        Case("S-1", "form", 1000.0),
        Case("S-2", "form", 9000.0),
        Case("S-3", "paper", 500.0, read_confidence=0.95, misread=True),
        Case("S-4", "paper", 500.0, read_confidence=0.80),
        Case("S-5", "email", 500.0, read_confidence=0.99),
        Case("S-6", "form", 500.0, missing="account"),
        Case("S-7", "form", 500.0, missing="attachment"),
        Case("S-8", "form", 500.0, special="der er en verserende klage i sagen"),
    ]
    rules = RobotRules(read_paper_with_ocr=True, ocr_threshold=0.9, fill_from_register=True, max_amount=5000)
    result = run_robot(queue, rules, TimeAssumptions())
    outcomes = dict(zip(result.log["case_id"], result.log["outcome"], strict=True))
    assert outcomes == {
        "S-1": "robot",
        "S-2": "person",  # over the amount limit
        "S-3": "robot",  # read with OCR, but misread: an error
        "S-4": "person",  # confidence 80 % under 90 %
        "S-5": "person",  # e-mail, AI reading is off
        "S-6": "robot",  # account fetched from the register
        "S-7": "person",  # an attachment cannot come from a register
        "S-8": "person",  # special circumstances
    }
    assert result.errors == 1
    # robot opens every case: 8 minutes; people: 5 cases by hand + handoff, 1 correction
    assert result.robot_minutes == 8.0
    expected_person = (8 + 2) + (12 + 2) + (14 + 2) + (8 + 2) + (8 + 20 + 2) + 45
    assert result.person_minutes == expected_person
    assert result.baseline_person_minutes == 8 + 8 + 12 + 12 + 14 + 8 + 8 + 28
    reasons = dict(zip(result.log["case_id"], result.log["reason"], strict=True))
    assert reasons["S-4"] == "OCR-sikkerhed 80 % er under grænsen på 90 %"
    assert reasons["S-2"] == "Beløbet 9.000 kr. er over robottens grænse på 5.000 kr."
    assert "kontonummer hentet i register" in result.log.loc[5, "note"]


def test_wider_rules_raise_automation_and_errors():
    queue = make_queue()
    cautious = run_robot(queue, RobotRules())
    bold = run_robot(
        queue,
        RobotRules(
            read_paper_with_ocr=True,
            ocr_threshold=0.7,
            read_email_with_ai=True,
            ai_threshold=0.7,
            fill_from_register=True,
            max_amount=20_000,
        ),
    )
    assert bold.automation_rate > cautious.automation_rate
    assert bold.errors > cautious.errors == 0


def test_lower_threshold_never_lowers_automation():
    queue = make_queue(300, seed=11)
    rates = [
        run_robot(queue, RobotRules(read_paper_with_ocr=True, ocr_threshold=t)).n_robot
        for t in (1.0, 0.95, 0.9, 0.8, 0.7, 0.5)
    ]
    assert rates == sorted(rates)


def test_rule_change_without_update_makes_errors():
    queue = make_queue(200, seed=2026, rule_change_at=101)
    updated = run_robot(queue, RobotRules(updated_for_new_rule=True))
    stale = run_robot(queue, RobotRules(updated_for_new_rule=False))
    assert updated.errors == 0
    late_robot_cases = ((updated.log["outcome"] == "robot") & (updated.log.index >= 100)).sum()
    assert stale.errors == late_robot_cases > 0


def test_volume_makes_the_robot_pay_back():
    result = run_robot(make_queue(), RobotRules())
    small = yearly_effect(result, 200)
    big = yearly_effect(result, 20_000)
    assert small.net_hours_per_year < 0 and small.payback_years == math.inf
    assert big.net_hours_per_year > 0 and big.payback_years < 5
    assert math.isclose(big.hours_saved_per_year, 100 * small.hours_saved_per_year)


def test_summary_texts_are_danish():
    result = run_robot(make_queue(), RobotRules())
    assert summary_text(result).startswith("Automatiseringsgrad: 39 % (77 af 200 sager).")
    table = summary(result)
    assert list(table.columns) == ["Nøgletal", "Værdi"]
    assert table.set_index("Nøgletal").loc["Automatiseringsgrad", "Værdi"] == "39 %"
    log = log_table(result, max_rows=5)
    assert list(log.columns) == ["Sag", "Kanal", "Beløb", "Hvem behandlede", "Begrundelse", "Robottens noter", "Fejl"]
    assert len(log) == 5
    assert queue_table(make_queue(3)).columns[0] == "Sag"


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"ocr_threshold": 1.5}, "Mindste sikkerhed for OCR-læsning"),
        ({"ai_threshold": -0.1}, "Mindste sikkerhed for AI-læsning"),
        ({"max_amount": -5}, "Højeste beløb robotten må behandle"),
    ],
)
def test_bad_rules_are_answered_in_danish(kwargs, fragment):
    with pytest.raises(ValueError, match=fragment):
        RobotRules(**kwargs)


def test_bad_queue_arguments_are_answered_in_danish():
    with pytest.raises(ValueError, match="Antal sager"):
        make_queue(0)
    with pytest.raises(ValueError, match="Ukendt kanal: fax"):
        make_queue(10, channel_mix={"fax": 1.0})
    with pytest.raises(ValueError, match=r"Antal sager pr\. år"):
        yearly_effect(run_robot(make_queue(5)), -1)


def test_rules_round_trip_through_a_dict():
    rules = RobotRules(read_paper_with_ocr=True, max_amount=7000)
    assert rules_from_dict(rules_to_dict(rules)) == rules
    assert rules_from_dict({"unknown": 1}) == RobotRules()


# --- property: a wider rule never lets the robot take fewer cases (and every case ends somewhere) ---


rules_strategy = st.builds(
    RobotRules,
    read_paper_with_ocr=st.booleans(),
    ocr_threshold=st.sampled_from([0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
    read_email_with_ai=st.booleans(),
    ai_threshold=st.sampled_from([0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
    fill_from_register=st.booleans(),
    max_amount=st.sampled_from([0.0, 1000.0, 5000.0, 20_000.0, 40_000.0]),
    updated_for_new_rule=st.booleans(),
)
QUEUE = make_queue(150, seed=9, rule_change_at=76)


@settings(max_examples=60, deadline=None)
@given(rules=rules_strategy, seed=st.integers(0, 3))
def test_wider_rules_never_take_fewer_cases(rules, seed):
    wider = RobotRules(
        read_paper_with_ocr=True,
        ocr_threshold=min(rules.ocr_threshold, 0.7),
        read_email_with_ai=True,
        ai_threshold=min(rules.ai_threshold, 0.7),
        fill_from_register=True,
        max_amount=max(rules.max_amount, 20_000.0),
        updated_for_new_rule=rules.updated_for_new_rule,
    )
    queue = QUEUE if seed == 0 else make_queue(150, seed=seed)
    narrow_result, wide_result = run_robot(queue, rules), run_robot(queue, wider)
    assert wide_result.n_robot >= narrow_result.n_robot
    assert narrow_result.n_robot + narrow_result.n_person == len(queue)
    # whatever the narrow robot finished, the wide robot finishes too
    narrow_done = set(narrow_result.log.loc[narrow_result.log["outcome"] == "robot", "case_id"])
    wide_done = set(wide_result.log.loc[wide_result.log["outcome"] == "robot", "case_id"])
    assert narrow_done <= wide_done
