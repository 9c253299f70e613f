"""The workflow model on small cases computed by hand."""

import re

import pandas as pd
import pytest

from workbook_helpers.workflow import model


def three_steps() -> pd.DataFrame:
    # Hand computation: A 6 min x 100 = 10 h (+10 % rework = 1 h); B 30 min x 100 = 50 h; C 12 min x 50 = 10 h.
    return pd.DataFrame(
        {
            "step": ["A", "B", "C"],
            "actor": ["Sekretær", "Sagsbehandler", "Sagsbehandler"],
            "system": ["Mail", "ESDH", "Fagsystem"],
            "minutes": [6, 30, 12],
            "per_year": [100, 100, 50],
            "wait_hours": [0, 24, 2],
            "input_type": ["email", "form", "structured"],
            "rule_based": [False, True, True],
            "error_rate": [0.1, 0, 0],
            "double_entry": [False, False, True],
        }
    )


def test_hours_per_step_and_total():
    hours = model.hours_per_year(three_steps())
    assert hours.to_dict() == pytest.approx({"A": 11.0, "B": 50.0, "C": 10.0})
    assert model.total_hours(three_steps()) == pytest.approx(71.0)
    assert model.rework_hours(three_steps()) == pytest.approx(1.0)
    assert model.rework_cost(three_steps(), hourly_rate=400) == pytest.approx(400.0)


def test_handoffs_switches_and_double_registrations():
    steps = three_steps()
    assert model.handoffs(steps) == 1  # Sekretær -> Sagsbehandler; B -> C same actor
    assert model.system_switches(steps) == 2  # Mail -> ESDH -> Fagsystem
    doubles = model.double_registrations(steps)
    assert doubles["step"].tolist() == ["C"]
    assert doubles["total_hours"].tolist() == pytest.approx([10.0])


def test_actor_change_ignores_case_and_spaces():
    steps = three_steps()
    steps.loc[2, "actor"] = " sagsbehandler "
    assert model.handoffs(steps) == 1


def test_processing_against_lead_time():
    timing = model.lead_time(three_steps())
    assert timing.processing_hours == pytest.approx(0.8)  # 48 minutes
    assert timing.wait_hours == pytest.approx(26.0)
    assert timing.lead_hours == pytest.approx(26.8)
    assert timing.flow_efficiency == pytest.approx(0.8 / 26.8)


def test_summary_collects_the_figures():
    result = model.summarise(three_steps())
    assert (result.n_steps, result.handoffs, result.system_switches, result.double_registrations) == (3, 1, 2, 1)
    assert result.total_hours == pytest.approx(71.0)


def test_hours_freed_by_removing_and_changing_steps():
    as_is = three_steps()
    assert model.hours_freed(as_is, model.remove_step(as_is, "B")) == pytest.approx(50.0)
    halved = model.change_step(as_is, "b", minutes=15)  # step names match regardless of case
    assert model.hours_freed(as_is, halved) == pytest.approx(25.0)
    fewer = model.change_step(as_is, "C", per_year=0)
    assert model.hours_freed(as_is, fewer) == pytest.approx(10.0)
    assert model.hours_freed(as_is, as_is) == 0.0


def test_to_be_that_costs_more_gives_negative_hours_freed():
    as_is = three_steps()
    assert model.hours_freed(as_is, model.change_step(as_is, "A", error_rate=0.6)) == pytest.approx(-5.0)


def test_danish_values_are_read():
    steps = three_steps().astype(object)
    steps.loc[0, "minutes"] = "6,0"
    steps.loc[0, "per_year"] = "1.000"
    steps.loc[0, "input_type"] = "Papir"
    steps.loc[0, "rule_based"] = "ja"
    clean = model.validate_steps(steps)
    assert clean.loc[0, "minutes"] == 6.0
    assert clean.loc[0, "per_year"] == 1000.0
    assert clean.loc[0, "input_type"] == "paper"
    assert bool(clean.loc[0, "rule_based"]) is True


def test_optional_columns_get_defaults():
    clean = model.validate_steps(pd.DataFrame({"step": ["A"], "actor": ["X"], "minutes": [5], "per_year": [10]}))
    row = clean.iloc[0]
    assert (row["system"], row["wait_hours"], row["error_rate"], row["input_type"]) == ("", 0.0, 0.0, "form")
    assert not row["rule_based"] and not row["double_entry"]


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("minutes", "fem", "Række 2, kolonnen »Minutter pr. gang«: »fem« er ikke et tal"),
        ("minutes", "2.5", "Række 2, kolonnen »Minutter pr. gang«: »2.5« er ikke et tal. Brug komma før decimaler"),
        ("minutes", 0, "Række 2, kolonnen »Minutter pr. gang«: »0«: et trin tager mere end 0 minutter"),
        ("minutes", "99.999.999", "Række 2, kolonnen »Minutter pr. gang«: »99.999.999« minutter pr. gang er mere"),
        ("per_year", -3, "Række 2, kolonnen »Antal gange pr. år«: »-3« er negativt"),
        ("per_year", "-5", "Række 2, kolonnen »Antal gange pr. år«: »-5« er negativt"),
        ("per_year", 1e300, "Række 2, kolonnen »Antal gange pr. år«: »1"),
        ("error_rate", 10, "Række 2, kolonnen »Andel fejl/omarbejde (0-1)«: »10« ligger ikke mellem 0 og 1"),
        ("input_type", "fax", "Række 2, kolonnen »Input«: »fax« kendes ikke"),
        ("rule_based", "måske", "Række 2, kolonnen »Følger faste regler«: »måske« skal være ja eller nej"),
        ("actor", "  ", "Række 2, kolonnen »Aktør/rolle«: feltet er tomt"),
        ("actor", "\x00\x01", "Række 2, kolonnen »Aktør/rolle«: feltet er tomt"),
        ("step", "A", "Række 2, kolonnen »Trin«: trinnet »A« står allerede i række 1"),
    ],
)
def test_bad_cells_are_named_in_danish(column, value, expected):
    steps = three_steps().astype(object)
    steps.loc[1, column] = value
    with pytest.raises(model.StepError, match=re.escape(expected)) as error:
        model.validate_steps(steps)
    assert error.value.row == 2
    assert error.value.column == column


def test_bad_tables_are_answered_in_danish():
    with pytest.raises(ValueError, match="ingen trin"):
        model.validate_steps(three_steps().iloc[0:0])
    with pytest.raises(ValueError, match=r"mangler kolonnen/kolonnerne: »Minutter pr\. gang«"):
        model.validate_steps(three_steps().drop(columns="minutes"))
    with pytest.raises(ValueError, match="skal være en tabel"):
        model.validate_steps([1, 2])
    with pytest.raises(ValueError, match="Trinnet »Z« findes ikke"):
        model.remove_step(three_steps(), "Z")
    with pytest.raises(ValueError, match="Timeprisen"):
        model.rework_cost(three_steps(), hourly_rate=0)


def test_waste_suggestions_point_to_the_right_wastes():
    wastes = model.suggest_wastes(three_steps())
    found = set(zip(wastes["step"], wastes["waste"], strict=True))
    assert ("A", "defects") in found
    assert ("B", "waiting") in found and ("B", "transport") in found and ("B", "motion") in found
    assert ("C", "overprocessing") in found and ("C", "unused_talent") in found
    assert ("A", "transport") not in found
    assert set(wastes["waste_name"]) <= set(model.WASTE_NAMES.values())


def test_eight_wastes_have_danish_names():
    assert len(model.LEAN_WASTES) == 8
    assert model.WASTE_NAMES["defects"] == "Fejl og omarbejde"
    assert model.WASTE_NAMES["waiting"] == "Ventetid"


def test_irritation_register():
    register = model.new_irritation_register()
    register = model.add_irritation(register, "Skal logge ind i tre systemer", waste="motion", per_year=200, minutes=3)
    register = model.add_irritation(register, "Printeren driller", waste="Bevægelse", per_year=100, minutes=6)
    register = model.add_irritation(register, "Forældre ringer om det samme", per_year=60, minutes=5)
    summary = model.irritation_summary(register)
    assert summary["waste_name"].tolist() == ["Bevægelse", "Ikke klassificeret"]
    assert summary["count"].tolist() == [2, 1]
    assert summary["hours"].tolist() == pytest.approx([20.0, 5.0])
    with pytest.raises(ValueError, match="ikke en af Leans otte spildtyper"):
        model.add_irritation(register, "Noget", waste="kaffe")
    with pytest.raises(ValueError, match="feltet er tomt"):
        model.add_irritation(register, " ")


def test_plausibility_warning_for_allowed_but_unlikely_numbers():
    steps = three_steps()
    steps.loc[0, "minutes"] = 600
    table = model.validate_steps(steps)
    (warning,) = model.plausibility_warnings(table)
    assert warning.startswith("Række 1, kolonnen »Minutter pr. gang«: 600 minutter pr. gang er mere end en hel")
    assert model.plausibility_warnings(three_steps()) == []


def test_to_be_changes_are_checked_as_fields_and_echoed_as_typed():
    with pytest.raises(model.StepError, match=r"^Feltet »Minutter pr\. gang«: »-5« er negativt") as error:
        model.change_step(three_steps(), "B", minutes="-5")
    assert error.value.row is None
    to_be = model.change_step(model.remove_step(three_steps(), "A"), "B", minutes="12,5")
    assert model.describe_changes(three_steps(), to_be) == ["»A« er fjernet", "»B«: 30 → 12,5 minutter pr. gang"]
    aligned = model.aligned_hours(three_steps(), to_be)
    assert aligned["step"].tolist() == ["A", "B", "C"]
    assert aligned["to_be"].tolist() == pytest.approx([0.0, 12.5 * 100 / 60, 10.0])


def test_irritations_round_trip_through_case_rows_and_tolerate_old_shapes():
    register = model.add_irritation(model.new_irritation_register(), "Tre logins", waste="motion", per_year="200")
    rows = model.irritation_rows(register)
    assert rows == [{"irritation": "Tre logins", "step": "", "waste": "Bevægelse", "per_year": 200.0, "minutes": 0.0}]
    again, problems = model.register_from_rows({"rows": [*rows, "Kun en tekst", {"irritation": ""}, 7]})
    assert again["irritation"].tolist() == ["Tre logins", "Kun en tekst"]
    assert len(problems) == 2 and "række 3" in problems[0]


def test_irritations_from_notebook_00_keep_their_mark():
    rows = [{"irritation": "Tre logins", "step": "", "waste": "", "per_year": None, "minutes": None, "from": "00"}]
    register, problems = model.register_from_rows({"rows": rows})
    register = model.add_irritation(register, "Printeren", per_year=10, minutes=2)
    saved = model.irritation_rows(register)
    assert problems == [] and saved[0]["from"] == "00" and "from" not in saved[1]
