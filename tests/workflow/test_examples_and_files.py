"""Example workflows are valid and labelled illustrative; step tables survive Excel and Danish CSV."""

import pytest

from workbook_helpers.data import DataError
from workbook_helpers.workflow import examples, files, model


@pytest.mark.parametrize("name", list(examples.EXAMPLES))
def test_examples_are_valid_workflows_with_hand_offs(name):
    steps = examples.example(name)
    assert 5 <= len(steps) <= 20
    assert model.handoffs(steps) >= 1
    assert model.total_hours(steps) > 0


def test_examples_are_labelled_illustrative():
    assert examples.EXAMPLE_NOTE.startswith("Eksempel (illustrativt)")
    assert set(examples.example_titles()) == set(examples.EXAMPLES)


def test_unknown_example_is_answered_in_danish():
    with pytest.raises(KeyError, match="findes ikke"):
        examples.example("kantine")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip(tmp_path, suffix):
    steps = examples.example("ydelse_ansoegning")
    path = files.write_steps(steps, tmp_path / f"ydelse{suffix}")
    assert files.read_steps(path).equals(steps)


def test_danish_csv_has_danish_headings_and_values(tmp_path):
    path = files.write_steps(examples.example("skole_indskrivning"), tmp_path / "skole.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Trin;Aktør/rolle;System;Minutter pr. gang")
    assert ";E-mail/fritekst;nej;0,15;nej" in text


def test_english_headings_are_read_too(tmp_path):
    path = tmp_path / "trin.csv"
    path.write_text("step;actor;minutes;per_year\nModtag;Sekretær;2,5;1.200\n", encoding="utf-8")
    steps = files.read_steps(path)
    assert steps.loc[0, "per_year"] == 1200.0 and steps.loc[0, "minutes"] == 2.5


def test_missing_heading_is_named(tmp_path):
    path = tmp_path / "trin.csv"
    path.write_text("Trin;Aktør/rolle\nModtag;Sekretær\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"mangler kolonnen/kolonnerne »Minutter pr\. gang«, »Antal gange pr\. år«"):
        files.read_steps(path)


def test_wrong_file_type_is_refused(tmp_path):
    with pytest.raises(DataError, match="xlsx"):
        files.write_steps(examples.example("skole_indskrivning"), tmp_path / "trin.pdf")
