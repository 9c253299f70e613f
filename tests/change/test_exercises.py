"""The checked exercises of notebook 07: right answers, kind wrong answers, graded hints, solutions in words."""

from workbook_helpers.change import exercises
from workbook_helpers.exercises import ____


def test_quadrant_exercise():
    opgave = exercises.opgave_felt()
    assert opgave.tjek(____).state == "not_attempted"
    assert opgave.tjek("»Hold informeret«").ok and opgave.tjek("hold informeret").ok
    assert "kun 4 og 5" in opgave.tjek("Håndtér tæt").message
    assert "et af de fire felter" in opgave.tjek("blå").message
    assert "Hold informeret" in opgave.løsning().message


def test_curve_exercise():
    opgave = exercises.opgave_kurve()
    assert opgave.tjek("Modstand").ok and not opgave.tjek("benægtelse").ok
    assert "1 af 2" in opgave.hint().message and "2 af 2" in opgave.hint().message


def test_barometer_exercise():
    opgave = exercises.opgave_barometer()
    assert opgave.tjek("Ved hvordan").ok and opgave.tjek("knowledge").ok
    assert "før det" in opgave.tjek("Kan i hverdagen").message
    assert "står stærkt" in opgave.tjek("Forstår hvorfor").message
    assert "2 af 5" in opgave.løsning().message


def test_med_and_speaking_time_exercises():
    assert exercises.opgave_med().tjek("b").ok and not exercises.opgave_med().tjek("A").ok
    assert "§ 7" in exercises.opgave_med().løsning().message
    assert exercises.opgave_taletid().tjek(51).ok and exercises.opgave_taletid().tjek("50,8").ok
    assert not exercises.opgave_taletid().tjek(85).ok
    assert "51 sekunder" in exercises.opgave_taletid().løsning().message
