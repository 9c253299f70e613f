"""Exercises of notebook 06: the expected answers come from the model; wrong answers get helpful Danish text."""

import pytest

from workbook_helpers.business_case.exercises import (
    assumptions_table,
    opgave_aarsvaerk,
    opgave_optimistisk,
    opgave_tilbagebetaling,
    opgave_tornado,
    payback_table,
    ringkobing_fte_per_year,
)
from workbook_helpers.exercises import ____


@pytest.mark.parametrize("make", [opgave_tilbagebetaling, opgave_tornado, opgave_optimistisk, opgave_aarsvaerk])
def test_placeholder_is_not_attempted_and_hints_and_solution_exist(make):
    exercise = make()
    assert exercise.tjek(____).state == "not_attempted"
    assert exercise.hint().state == "hint"
    assert exercise.løsning().message


def test_payback_by_hand():
    exercise = opgave_tilbagebetaling()
    assert exercise.tjek(2.5).ok and exercise.tjek("2,5").ok
    assert exercise.tjek(3).state == "wrong"
    assert list(payback_table()["Netto"])[:2] == ["-300.000 kr.", "120.000 kr."]


def test_tornado_answer_is_the_running_cost():
    exercise = opgave_tornado()
    assert exercise.tjek("Driftsomkostninger").ok
    assert "gevinst" in exercise.tjek("Frigjorte timer").message
    assert exercise.tjek("Uddannelse").state == "wrong"


def test_optimistic_assumption_is_b():
    exercise = opgave_optimistisk()
    assert exercise.tjek("b").ok
    assert "A, B, C eller D" in exercise.tjek("E").message
    assert list(assumptions_table().index) == ["A", "B", "C", "D"]


def test_fte_from_published_hours():
    assert ringkobing_fte_per_year() == pytest.approx(37_400 / 3 / 1924)
    exercise = opgave_aarsvaerk()
    assert exercise.tjek("6,5").ok
    assert "pr. år" in exercise.tjek(19.4).message
    assert "produktive" in exercise.tjek(7.5).message
