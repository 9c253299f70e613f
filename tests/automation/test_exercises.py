"""The exercises of notebooks 02 and 05: right answers pass, wrong ones get Danish help, blanks are friendly."""

import pytest

from workbook_helpers.automation import exercises as ex
from workbook_helpers.exercises import ____

ALL = [
    ex.opgave_robot_sager,
    ex.opgave_register,
    ex.opgave_volumen,
    ex.opgave_stopklods,
    ex.opgave_teknologi,
    ex.opgave_goer_det_nu,
    ex.opgave_risiko,
]


@pytest.mark.parametrize("make", ALL)
def test_blank_is_not_attempted_and_hint_and_solution_exist(make):
    exercise = make()
    assert exercise.tjek(____).state == "not_attempted"
    assert exercise.hint().state == "hint"
    assert exercise.løsning().message


def test_which_cases_can_the_robot_take():
    exercise = ex.opgave_robot_sager()
    assert exercise.tjek({"A", "F"}).ok
    assert exercise.tjek("a, f").ok
    feedback = exercise.tjek({"A", "B"})
    assert feedback.state == "wrong" and "Robotten kan ikke tage B." in feedback.message
    assert "Du mangler 1 sag," in feedback.message
    assert exercise.løsning().code == "svar_1 = {'A', 'F'}"
    assert len(ex.exercise_cases_table()) == 7


def test_register_rule_frees_case_d():
    assert ex.opgave_register().tjek("D").ok
    assert not ex.opgave_register().tjek("B").ok


def test_volume_break_even_follows_the_model():
    exercise = ex.opgave_volumen()
    assert exercise.tjek(2400 / 1.85).ok
    assert exercise.tjek("1.297").ok
    assert exercise.tjek(500).message.startswith("Tallet er for lavt.")


def test_blocking_criterion_accepts_every_lowest_criterion():
    exercise = ex.opgave_stopklods()
    assert exercise.tjek("Digitalt input").ok and exercise.tjek("struktureret input").ok
    assert "»Volumen« får" in exercise.tjek("Volumen").message
    assert "Skriv navnet på et kriterium" in exercise.tjek("noget").message


def test_technology_matching_accepts_codes_and_danish_names():
    exercise = ex.opgave_teknologi()
    assert exercise.tjek({"a": "self_service", "b": "api", "c": "speech"}).ok
    assert exercise.tjek({"a": "Digital selvbetjening", "b": "Integration/API", "c": "Talegenkendelse"}).ok
    assert "2 af 3 er rigtige. Se igen på: a." in exercise.tjek({"a": "rpa", "b": "api", "c": "speech"}).message
    assert "ordbog" in exercise.tjek("rpa").message


def test_quadrant_count_and_risk_class():
    assert ex.opgave_goer_det_nu().tjek(5).ok
    assert ex.opgave_risiko().tjek("Høj risiko").ok
    assert "ikke forbudt" in ex.opgave_risiko().tjek("forbudt").message
