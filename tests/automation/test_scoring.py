"""Automation-potential scoring: known cases, monotonicity, weights, explanations and Danish errors."""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook_helpers.automation.scoring import (
    CRITERIA,
    INPUT_SCORES,
    QUADRANTS,
    blocking_criterion,
    check_weights,
    exception_score,
    explain,
    score_steps,
    volume_score,
)
from workbook_helpers.automation.tables import score_table
from workbook_helpers.workflow.schema import INPUT_TYPES, STEP_COLUMNS


def step_table(**overrides):
    row = {
        "step": "Registrér ansøgning",
        "actor": "Sagsbehandler",
        "system": "ESDH",
        "minutes": 6.0,
        "per_year": 1200.0,
        "wait_hours": 24.0,
        "input_type": "form",
        "rule_based": True,
        "error_rate": 0.08,
    }
    row.update(overrides)
    return pd.DataFrame([row])


def test_shared_step_table_is_accepted_as_is():
    steps = step_table()
    assert set(STEP_COLUMNS) <= set(steps.columns)
    scored = score_steps(steps)
    scores = {k: int(scored.loc[0, f"score_{k}"]) for k in CRITERIA}
    # rules yes -> 5, form -> digital 5 / structure 4, defaults 3 and 3, 1.200 a year -> 3, 8 % -> 4
    assert scores == {
        "rules": 5,
        "digital": 5,
        "structure": 4,
        "stability": 3,
        "documentation": 3,
        "volume": 3,
        "exceptions": 4,
    }
    # (4 + 4 + 3 + 2 + 2 + 2 + 3) / (7 * 4) = 20/28
    assert math.isclose(scored.loc[0, "total"], 100 * 20 / 28)
    # ease leaves volume out: (4 + 4 + 3 + 2 + 2 + 3) / 24
    assert math.isclose(scored.loc[0, "ease"], 100 * 18 / 24)
    assert math.isclose(scored.loc[0, "potential_hours"], 6 * 1200 / 60 * 0.92)
    assert scored.loc[0, "quadrant"] == QUADRANTS[(True, True)]
    assert scored.loc[0, "technology"] == "rpa"


def test_worst_and_best_cases():
    worst = step_table(
        input_type="paper",
        rule_based=False,
        per_year=10,
        error_rate=0.5,
        rules_score=1,
        stability_score=1,
        documentation_score=1,
    )
    best = step_table(
        input_type="structured", per_year=50_000, error_rate=0.0, stability_score=5, documentation_score=5
    )
    assert score_steps(worst).loc[0, "total"] == 0
    assert score_steps(best).loc[0, "total"] == 100


def test_extra_columns_override_the_derived_scores():
    scored = score_steps(step_table(rules_score=3, exception_share=0.4, stability_score=1))
    assert scored.loc[0, "score_rules"] == 3
    assert scored.loc[0, "score_exceptions"] == 1
    assert scored.loc[0, "score_stability"] == 1
    assert scored.loc[0, "technology"] == "rules_engine"  # unstable rules, structured data
    assert scored.loc[0, "why_stability"].startswith("vurderet")
    assert scored.loc[0, "assumed"] == ("documentation",)


def test_optional_columns_may_be_partly_empty():
    steps = pd.concat([step_table(stability_score=5), step_table(step="Andet trin")], ignore_index=True)
    steps.loc[1, "stability_score"] = float("nan")
    scored = score_steps(steps)
    assert list(scored["score_stability"]) == [5, 3]


def test_input_type_labels_and_yes_no_text_are_accepted():
    scored = score_steps(step_table(input_type="Papir", rule_based="ja"))
    assert scored.loc[0, "score_digital"] == 1 and scored.loc[0, "score_rules"] == 5


def test_bands():
    assert [volume_score(n) for n in (0, 99, 100, 499, 500, 1999, 2000, 9999, 10_000)] == [1, 1, 2, 2, 3, 3, 4, 4, 5]
    assert [exception_score(s) for s in (0.05, 0.051, 0.1, 0.2, 0.35, 0.36)] == [5, 4, 4, 3, 2, 1]


def test_weights_change_the_total_but_not_the_criterion_scores():
    steps = step_table(per_year=50)  # volume scores 1
    plain = score_steps(steps)
    volume_heavy = score_steps(steps, {"Volumen": 5})
    volume_off = score_steps(steps, {"volume": 0})
    assert volume_heavy.loc[0, "total"] < plain.loc[0, "total"] < volume_off.loc[0, "total"]
    assert volume_heavy.loc[0, "score_volume"] == plain.loc[0, "score_volume"] == 1
    assert blocking_criterion({k: 3 for k in CRITERIA} | {"volume": 1}, {"volume": 0}) != "Volumen"


def test_technology_suggestions():
    def tech(**kw):
        return score_steps(step_table(**kw)).loc[0, "technology"]

    assert tech(input_type="paper") == "self_service"
    assert tech(input_type="email") == "self_service"
    assert tech(input_type="structured") == "api"
    assert tech(rule_based=False, input_type="email") == "ml_classification"
    assert tech(rule_based=False, input_type="form") == "none"
    assert tech() == "rpa"
    assert tech(stability_score=2) == "rules_engine"
    assert tech(stability_score=2, input_type="email") == "low_code"


def test_explanation_names_every_criterion_and_the_blocker():
    scored = score_steps(step_table(input_type="paper"))
    text = explain(scored, "Registrér ansøgning")
    for criterion in CRITERIA.values():
        assert f"- {criterion.label}: " in text
    assert "Digitalt input: 1 af 5 – input er »Papir«" in text
    assert "Største stopklods: Digitalt input." in text
    assert "1.200 gange om året" in text
    with pytest.raises(ValueError, match="Der er intet trin, der hedder »Findes ikke«"):
        explain(scored, "Findes ikke")


def test_score_table_is_danish_and_sorted():
    steps = pd.concat([step_table(step="Lav", input_type="paper"), step_table(step="Høj")], ignore_index=True)
    table = score_table(score_steps(steps))
    assert list(table["Trin"]) == ["Høj", "Lav"]
    assert "Samlet score (0-100)" in table.columns and "Forslag til teknologi" in table.columns


# --- bad input, answered in Danish naming the row and the criterion ---


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"stability_score": 7},
            "Række 1 (»Registrér ansøgning«): kriteriet »Stabil proces« skal være et helt tal fra 1 til 5",
        ),
        ({"rules_score": 2.5}, "kriteriet »Regelbaseret« skal være et helt tal fra 1 til 5"),
        ({"per_year": -3}, "Række 1 (»Registrér ansøgning«): kriteriet »Volumen« skal være et tal på 0 eller mere"),
        ({"per_year": None}, "kriteriet »Volumen« mangler en værdi i kolonnen »Antal gange pr. år«"),
        ({"error_rate": 1.5}, "kriteriet »Få undtagelser« skal være en andel mellem 0 og 1"),
        ({"exception_share": "mange"}, "kriteriet »Få undtagelser« skal være en andel mellem 0 og 1"),
        ({"input_type": "fax"}, "»fax« er ikke en kendt input-type"),
        ({"rule_based": "måske"}, "»Følger faste regler« skal være ja eller nej"),
        ({"step": ""}, "mangler et navn på trinnet"),
    ],
)
def test_bad_values_are_answered_in_danish(overrides, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        score_steps(step_table(**overrides))


def test_bad_value_in_second_row_names_that_row():
    steps = pd.concat([step_table(), step_table(step="Udbetal", documentation_score=0)], ignore_index=True)
    steps.loc[0, "documentation_score"] = 4
    with pytest.raises(ValueError, match=r"Række 2 \(»Udbetal«\): kriteriet »Dokumentation«"):
        score_steps(steps)


@pytest.mark.parametrize(
    ("column", "message"),
    [
        ("rule_based", "mangler kolonnen »Følger faste regler« \\(rule_based\\) eller »Regelbaseret \\(1-5\\)«"),
        ("per_year", "mangler kolonnen »Antal gange pr. år« \\(per_year\\), som kriteriet »Volumen«"),
        ("error_rate", "som kriteriet »Få undtagelser« bygger på"),
        ("input_type", "som kriteriet »Digitalt input« bygger på"),
    ],
)
def test_missing_criterion_columns_are_answered_in_danish(column, message):
    with pytest.raises(ValueError, match=message) as caught:
        score_steps(step_table().drop(columns=[column]))
    assert str(caught.value).startswith("Trintabellen mangler kolonnen »")


def test_override_column_replaces_a_missing_shared_column():
    steps = step_table(rules_score=4).drop(columns=["rule_based"])
    assert score_steps(steps).loc[0, "score_rules"] == 4


def test_bad_weights_are_answered_in_danish():
    with pytest.raises(ValueError, match="Ukendt kriterium i vægtene: »hastighed«"):
        check_weights({"hastighed": 1})
    with pytest.raises(ValueError, match="Vægten for »Volumen« skal være et tal på 0 eller mere"):
        check_weights({"volume": -1})
    with pytest.raises(ValueError, match="Mindst ét kriterium"):
        check_weights({k: 0 for k in CRITERIA})


# --- monotonicity: a more rule-based, more structured, higher-volume step never scores lower ---

row_strategy = st.fixed_dictionaries(
    {
        "input_rank": st.integers(0, len(INPUT_TYPES) - 1),
        "rule_based": st.booleans(),
        "per_year": st.floats(0, 100_000, allow_nan=False),
        "error_rate": st.floats(0, 1, allow_nan=False),
        "minutes": st.floats(0.5, 120, allow_nan=False),  # the shared step table: a step takes more than 0 minutes
    }
)
weights_strategy = st.fixed_dictionaries({k: st.floats(0, 10, allow_nan=False) for k in CRITERIA}).filter(
    lambda w: sum(w.values()) > 0
)


@settings(max_examples=200, deadline=None)
@given(
    base=row_strategy,
    more_input=st.integers(0, 3),
    more_rules=st.booleans(),
    more_volume=st.floats(0, 100_000, allow_nan=False),
    less_exceptions=st.floats(0, 1, allow_nan=False),
    weights=weights_strategy,
)
def test_better_step_never_scores_lower(base, more_input, more_rules, more_volume, less_exceptions, weights):
    def make(rank, rule_based, per_year, error_rate):
        return step_table(
            input_type=INPUT_TYPES[rank],
            rule_based=rule_based,
            per_year=per_year,
            error_rate=error_rate,
            minutes=base["minutes"],
        )

    worse = make(base["input_rank"], base["rule_based"], base["per_year"], base["error_rate"])
    better = make(
        min(base["input_rank"] + more_input, len(INPUT_TYPES) - 1),
        base["rule_based"] or more_rules,
        base["per_year"] + more_volume,
        base["error_rate"] * (1 - less_exceptions),
    )
    worse_scored, better_scored = score_steps(worse, weights), score_steps(better, weights)
    assert better_scored.loc[0, "total"] >= worse_scored.loc[0, "total"] - 1e-9
    assert better_scored.loc[0, "ease"] >= worse_scored.loc[0, "ease"] - 1e-9


def test_input_scores_follow_the_schema_order():
    digital = [INPUT_SCORES[t][0] for t in INPUT_TYPES]
    structure = [INPUT_SCORES[t][1] for t in INPUT_TYPES]
    assert digital == sorted(digital) and structure == sorted(structure)


def test_scores_typed_the_danish_way_are_read():
    from workbook_helpers.automation.scoring import _parse

    assert _parse("2,5") == 2.5
    assert _parse("tre") != _parse("tre")  # NaN: the caller names the criterion


def test_assumed_criteria_never_become_the_biggest_blocker_unnoticed():
    # Everything else is at its best, so only the two assumed criteria (3) are lower than 5.
    steps = step_table(input_type="structured", per_year=20_000.0, error_rate=0.0)
    scored = score_steps(steps)
    assert scored.loc[0, "assumed"] == ("stability", "documentation")
    assert scored.loc[0, "blocker"] not in ("Stabil proces", "Dokumentation")
    text = explain(scored, 0)
    assert "Ikke vurderet endnu: Stabil proces og Dokumentation" in text
    assessed = score_steps(step_table(input_type="structured", stability_score=2, documentation_score=4))
    assert assessed.loc[0, "assumed"] == () and assessed.loc[0, "blocker"] == "Stabil proces"
