"""The legal check: the advice follows from the answers (table-driven); unknown answers lead to »ask«."""

import pytest

from workbook_helpers.proposal import model

NO = dict.fromkeys(model.QUESTION_KEYS, "nej")
DPO, LAWYER, MED, TR, AMR = "DPO", "Jurist", "MED-udvalget", "Tillidsrepræsentant", "Arbejdsmiljørepræsentant"

# answers (on top of »nej« everywhere) -> DPIA, high-risk AI, who is involved, who is not
CASES = [
    ({}, "nej", False, {"Digitaliseringskonsulent", "Nærmeste leder"}, {DPO, LAWYER, MED, TR, AMR}),
    ({"personal_data": "ja"}, "nej", False, {DPO}, {LAWYER, MED}),
    ({"personal_data": "ja", "automated_decision": "ja"}, "ja", False, {DPO, LAWYER}, set()),
    ({"personal_data": "ja", "special_categories": "ja", "large_scale": "ja"}, "ja", False, {DPO, LAWYER}, set()),
    ({"personal_data": "ja", "special_categories": "ja"}, "måske", False, {DPO, LAWYER}, set()),
    ({"personal_data": "ja", "large_scale": "ja"}, "måske", False, {DPO}, {LAWYER}),
    ({"personal_data": "ja", "ai": "ja", "large_scale": "ja"}, "ja", False, {DPO}, set()),
    ({"personal_data": "ja", "ai": "ja", "ai_benefits": "ja"}, "ja", True, {DPO, LAWYER}, set()),
    ({"personal_data": "ja", "work_changes": "ja"}, "nej", False, {DPO, MED, TR, AMR}, {LAWYER}),
    ({"personal_data": "ved ikke"}, "måske", False, {DPO}, set()),
    ({"personal_data": "ja", "automated_decision": "ved ikke"}, "måske", False, {DPO, LAWYER}, set()),
    ({"ai": "ja", "ai_benefits": "ved ikke"}, "nej", None, {LAWYER}, {DPO}),
    ({"personal_data": "ja", "ai": "ja"}, "måske", False, {DPO}, set()),
]


@pytest.mark.parametrize(("answers", "dpia", "high_risk", "involved", "not_involved"), CASES)
def test_advice_follows_the_answers(answers, dpia, high_risk, involved, not_involved):
    advice = model.legal_advice({"answers": {**NO, **answers}})
    who = " | ".join(c.who for c in advice.contacts)
    assert advice.dpia == dpia, advice.dpia_reasons
    assert advice.high_risk_ai is high_risk
    assert all(name in who for name in involved), who
    assert not any(name in who for name in not_involved), who
    assert all(c.bring for c in advice.contacts), "every contact says what to bring"


def test_nothing_answered_means_ask_never_fine():
    advice = model.legal_advice(None)
    assert advice.dpia == "måske" and advice.dpia_needed is None
    assert len(advice.unanswered) == len(model.QUESTIONS)
    assert any("DPO" in c.who for c in advice.contacts) and any("MED" in c.who for c in advice.contacts)


def test_high_risk_ai_brings_the_fundamental_rights_assessment_and_ai_literacy():
    advice = model.legal_advice({**NO, "personal_data": "ja", "ai": "ja", "ai_benefits": "ja", "citizen_facing": "ja"})
    text = " ".join(advice.notes)
    assert "art. 27" in text and "art. 50" in text and "art. 4" in text
    assert {"ai_act_annex3", "ai_act_art27", "gdpr_art35"} <= set(advice.rules)


def test_old_shapes_and_spellings_are_read():
    assert model.answers_of({"personal_data": True, "ai": "Nej"})["personal_data"] == "ja"
    assert model.answers_of({"answers": {"ai": False}})["ai"] == "nej"
    assert model.answers_of("rubbish") == dict.fromkeys(model.QUESTION_KEYS, "")


def test_every_rule_has_a_source_and_secondary_ones_say_so():
    keys = {k for q in model.QUESTIONS for k in q.rules} | set(model.legal_advice(None).rules) | {model.PHASE_SOURCE}
    for key in keys:
        rule = model.rule(key)
        assert rule["source"] and rule["source_url"].startswith("http") and rule["as_of"], key
    assert "Sekundær kilde" in model.source_line("med_information")
    assert "Kontrolleret i kilden" in model.source_line("gdpr_art35")


def test_the_check_says_it_is_not_legal_advice():
    assert "ikke juridisk rådgivning" in model.LEGAL_DISCLAIMER
