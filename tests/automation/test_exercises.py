"""The exercises of notebooks 02 and 05: right answers pass, natural answers are read, wrong ones get Danish help."""

import pytest

from workbook_helpers.automation import exercises as ex
from workbook_helpers.exercises import ____

ALL = [
    ex.opgave_robot_sager,
    ex.opgave_register,
    ex.opgave_volumen,
    ex.opgave_ai,
    ex.opgave_risiko,
    ex.opgave_formular_point,
    ex.opgave_teknologi,
]


@pytest.mark.parametrize("make", ALL)
def test_blank_is_not_attempted_and_hints_and_a_danish_solution_exist(make):
    exercise = make()
    assert exercise.tjek(____).state == "not_attempted"
    assert exercise.hint().state == "hint" and exercise.hint().state == "hint"
    solution = exercise.løsning()
    assert solution.message and "{" not in solution.message and "_" not in solution.message


@pytest.mark.parametrize("answer", [{"A", "F"}, "a, f", "A og F", "a og f", "A F", "AF", ["F", "A"], "sagerne A og F"])
def test_which_cases_can_the_robot_take_accepts_natural_answers(answer):
    assert ex.opgave_robot_sager().tjek(answer).ok


def test_which_cases_wrong_answers_get_danish_help():
    exercise = ex.opgave_robot_sager()
    feedback = exercise.tjek("A og B")
    assert feedback.state == "wrong" and "Robotten kan ikke tage B." in feedback.message
    assert "OG" not in feedback.message and "Du mangler 1 sag," in feedback.message
    assert "Jeg kan ikke læse »hest«" in exercise.tjek("A og hest").message
    assert exercise.løsning().code == "svar_1 = 'A og F'"
    assert len(ex.exercise_cases_table()) == 7


def test_register_rule_frees_case_d():
    assert ex.opgave_register().tjek("D").ok and ex.opgave_register().tjek("sag d").ok
    assert not ex.opgave_register().tjek("B").ok


def test_volume_break_even_follows_the_model():
    exercise = ex.opgave_volumen()
    assert exercise.tjek(2400 / 1.85).ok
    assert exercise.tjek("1.297").ok
    assert exercise.tjek(500).message.startswith("Tallet er for lavt.")
    assert "1.297 sager" in exercise.løsning().message


def test_which_systems_are_ai():
    exercise = ex.opgave_ai()
    assert exercise.tjek("C og D").ok and exercise.tjek({"D", "C"}).ok
    assert "A følger kun regler" in exercise.tjek("A, C og D").message
    assert "et system mere" in exercise.tjek("C").message
    assert len(ex.ai_or_not_table()) == 4


@pytest.mark.parametrize(
    "answer",
    ["høj, begrænset, minimal", "a: høj risiko, b: begrænset risiko, c: minimal risiko", ["Høj", "Begrænset", "ingen"]],
)
def test_risk_levels_in_words(answer):
    assert ex.opgave_risiko().tjek(answer).ok


def test_risk_levels_wrong_or_malformed():
    exercise = ex.opgave_risiko()
    assert "2 af 3 er rigtige. Se igen på a." in exercise.tjek("forbudt, begrænset, minimal").message
    assert "tre risikoniveauer" in exercise.tjek("høj").message
    assert len(ex.risk_cases_table()) == 3


def test_paper_to_form_raises_the_total_by_25_points():
    exercise = ex.opgave_formular_point()
    assert exercise.tjek(25).ok and exercise.tjek("25").ok and exercise.tjek("25,0").ok
    assert exercise.tjek(10).message.startswith("Tallet er for lavt.")
    assert "25 point" in exercise.løsning().message


def test_technology_matching_accepts_codes_danish_names_and_text():
    exercise = ex.opgave_teknologi()
    assert exercise.tjek({"a": "self_service", "b": "api", "c": "speech"}).ok
    assert exercise.tjek({"a": "Digital selvbetjening", "b": "Integration/API", "c": "Talegenkendelse"}).ok
    assert exercise.tjek("a: selvbetjening, b: API, c: talegenkendelse").ok
    assert exercise.tjek("selvbetjening; api; talegenkendelse").ok
    assert "2 af 3 er rigtige. Se igen på a." in exercise.tjek("a: rpa, b: api, c: speech").message
    assert "Udfyld alle tre" in exercise.tjek("a: ____, b: ____, c: ____").message
    assert "Skriv de tre svar" in exercise.tjek(12).message
