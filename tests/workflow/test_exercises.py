"""The exercises' expected answers, recomputed with the model and the real log."""

import pytest

from workbook_helpers.data import load_dataset
from workbook_helpers.workflow import eventlog, examples, exercises, exercises_procesdata, model


def test_notebook_03_answers_match_the_model():
    school = examples.example("skole_indskrivning")
    hours = model.hours_per_year(school)["Opret eleven i elevadministrationen"]
    assert exercises.opgave_1.check(hours).ok
    assert exercises.opgave_2.check(model.handoffs(school)).ok
    assert not exercises.opgave_2.check(3).ok
    assert exercises.opgave_3.check(model.WASTE_NAMES["overprocessing"]).ok
    to_be = model.remove_step(model.change_step(school, "Send velkomstbrev", minutes=1), "Arkivér indmeldelsen")
    assert exercises.opgave_4.check(model.hours_freed(school, to_be)).ok


@pytest.fixture(scope="module")
def log():
    return eventlog.prepare_log(load_dataset("receipt_wabo_coselog"))


def test_notebook_04_answers_match_the_log(log):
    table = eventlog.variants(log)
    assert (table["cases"].sum(), table["cases"].iloc[0]) == (exercises_procesdata.CASES, 713)
    not_typical = 100 * (1 - table["cases"].iloc[0] / table["cases"].sum())
    assert exercises_procesdata.opgave_1.check(round(not_typical, 1)).ok
    assert exercises_procesdata.opgave_1.check("50,3 %").ok and not exercises_procesdata.opgave_1.check(49.7).ok
    channels = eventlog.channel_comparison(log)
    assert channels["median_days"].idxmin() == "Internet", "statement A is what the numbers show"
    assert exercises_procesdata.opgave_2.check("A").ok and exercises_procesdata.opgave_2.check("udsagn a").ok
    assert "årsag" in exercises_procesdata.opgave_2.check("B").message
    assert exercises_procesdata.opgave_3.check(eventlog.waiting_times(log)["activity"].iloc[0]).ok
    assert exercises_procesdata.opgave_3.check("T06").ok
    assert not exercises_procesdata.opgave_3.check("T02").ok
