"""The four exercises: right, wrong with a Danish hint, and the friendly not-attempted state."""

from workbook_helpers.exercises import ____
from workbook_helpers.policy.exercises import opgave_1, opgave_2, opgave_3, opgave_4


def test_order_the_levels():
    assert opgave_1.tjek(____).state == "not_attempted"
    assert opgave_1.tjek(["EU", "nationalt og fællesoffentligt", "fælleskommunalt", "kommunalt"]).ok
    assert opgave_1.tjek(["eu", "staten", "KL", "kommunen"]).ok
    reverse = opgave_1.tjek(["kommune", "KL", "stat", "EU"])
    assert reverse.state == "wrong" and "omvendt" in reverse.message
    assert "fire niveauer" in opgave_1.tjek(["EU", "kommune"]).message
    assert "»region«" in opgave_1.tjek(["EU", "region", "KL", "kommune"]).message


def test_match_an_obligation_to_its_act():
    right = {"A": "AI-forordningen", "B": "Lov om Offentlig Digital Post", "C": "NIS 2-loven", "D": "webtilg_dk"}
    assert opgave_2.tjek(right).ok
    assert opgave_2.tjek({**right, "C": "(EU) 2022/2555"}).ok, "the directive counts as well as the Danish act"
    wrong = opgave_2.tjek({**right, "B": "GDPR"})
    assert wrong.state == "wrong" and "3 af 4" in wrong.message and "B" in wrong.message
    assert "mangler et svar for D" in opgave_2.tjek({k: v for k, v in right.items() if k != "D"}).message
    assert opgave_2.tjek({"A": ____, "B": "x", "C": "y", "D": "z"}).state == "not_attempted"


def test_count_the_months_high_risk_ai_was_postponed():
    for answer in (16, "16", "16,0"):
        assert opgave_3.tjek(answer).ok, answer
    assert "måneder, ikke i år" in opgave_3.tjek(1.33).message
    assert "for lavt" in opgave_3.tjek(12).message
    assert "som et tal" in opgave_3.tjek("snart").message
    assert opgave_3.løsning().message.startswith("16 måneder")
    assert "model." not in " ".join(opgave_3.hints), "hints speak Danish, never code"


def test_map_your_own_task_accepts_any_reasonable_mapping():
    assert opgave_4.tjek({"opgave": "Jeg indskriver elever i skolen", "regler": ["GDPR", "fo_2026"]}).ok
    assert opgave_4.tjek({"opgave": "Byggesager", "regler": ["(EU) 2019/1024", "NIS 2-loven", "kk_strategi_2024"]}).ok
    same_level = opgave_4.tjek({"opgave": "Jeg behandler boligstøtte", "regler": ["GDPR", "AI-forordningen"]})
    assert same_level.state == "wrong" and "samme niveau" in same_level.message
    unknown = opgave_4.tjek({"opgave": "Jeg behandler boligstøtte", "regler": ["GDPR", "Serviceloven"]})
    assert "»Serviceloven«" in unknown.message
    assert "mindst en kort sætning" in opgave_4.tjek({"opgave": "x", "regler": ["GDPR", "fo_2026"]}).message
    assert "ordbog" not in opgave_4.tjek({"opgave": "Jeg skriver breve", "regler": "GDPR"}).message
    assert opgave_4.hint().state == "hint"
