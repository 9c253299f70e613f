"""What applies to a work area on a fixed date, and what is coming: hand-checked against the data."""

import pandas as pd
import pytest

from workbook_helpers.policy import model, municipal


@pytest.fixture(scope="module")
def data():
    return model.load_policy()


def ids(table):
    return set(table["id"])


def test_what_applies_to_ydelse_on_29_november_2026(data):
    rules = model.applicable(data, "ydelse", on="2026-11-29")
    found = ids(rules)
    assert {"gdpr", "ai_act", "ai_omnibus", "nis2_dk", "fo_2026", "digital_post", "kk_strategi_2024"} <= found
    # Ended before the date: the joint strategy 2022-2025, KL's programme 2021-2025, the 2011-2015 strategy.
    assert not {"fo_2022", "kl_program_2021", "fo_2011", "kombit_monopolbrud"} & found
    # Not for ydelse: the Open Data Directive (plan/byg/miljø only).
    assert "odd" not in found
    assert list(rules["level"].drop_duplicates()) == ["EU", "national", "fælleskommunal", "kommunal"]
    ai = rules.set_index("id").loc["ai_act"]
    assert ai["next_date"] == pd.Timestamp("2026-12-02")
    assert any("AI-færdigheder" in text for text in ai["in_effect"])
    assert not any("oprindelig dato" in text for text in ai["in_effect"]), "the replaced date no longer applies"


def test_what_applied_before_a_strategy_was_adopted(data):
    found = ids(model.applicable(data, "ydelse", on="2025-06-01"))
    assert {"fo_2022", "kl_program_2021", "ai_act"} <= found
    assert "fo_2026" not in found, "launched 11 June 2025"
    assert "ai_lov_dk" not in found, "in force 2 August 2025"
    assert "nis2_dk" not in found, "in force 1 July 2025"


def test_level_filter(data):
    rules = model.applicable(data, "alle", on="2026-11-29", level="kommunal")
    assert list(rules["id"]) == ["kk_strategi_2024"]


def test_coming_within_13_months_for_ydelse(data):
    coming = model.upcoming(data, "ydelse", on="2026-11-29", months=13)
    assert list(coming["date"].dt.strftime("%Y-%m-%d")) == ["2026-12-02", "2026-12-31", "2027-12-02"]
    assert list(coming["act_id"]) == ["ai_act", "eidas2", "ai_act"]


def test_before_the_omnibus_the_original_high_risk_date_was_the_one_coming(data):
    coming = model.upcoming(data, "ydelse", on="2026-07-01", months=2)
    texts = list(coming["milestone_da"])
    assert any("oprindelig dato" in text for text in texts)
    after = model.upcoming(data, "ydelse", on="2026-07-28", months=2)
    assert not any("oprindelig dato" in text for text in after["milestone_da"])


def test_dates_of_the_ai_act_as_of_a_date(data):
    before = model.dates_of(data, "ai_act", on="2026-07-01")["date"].dt.strftime("%Y-%m-%d").tolist()
    now = model.dates_of(data, "ai_act", on="2026-11-29")["date"].dt.strftime("%Y-%m-%d").tolist()
    assert "2027-08-02" in before and "2027-12-02" not in before
    assert "2027-12-02" in now and "2027-08-02" not in now


def test_bad_input_gets_danish_messages(data):
    with pytest.raises(ValueError, match="Arbejdsområdet »kantine« kendes ikke"):
        model.applicable(data, "kantine", on="2026-11-29")
    with pytest.raises(ValueError, match="er ikke en dato"):
        model.applicable(data, "ydelse", on="31-02-2026")
    with pytest.raises(ValueError, match="mindst 1"):
        model.upcoming(data, "ydelse", on="2026-11-29", months=0)
    with pytest.raises(ValueError, match="Niveauet »stat« kendes ikke"):
        model.applicable(data, "ydelse", on="2026-11-29", level="stat")


def test_as_day_reads_iso_and_danish_dates():
    assert model.as_day("2026-11-29") == model.as_day("29-11-2026") == pd.Timestamp("2026-11-29")
    assert model.as_day(None) == pd.Timestamp.today().normalize()


def test_timeline_lanes_and_after_flags(data):
    line = model.timeline(data, on="2026-11-29", start="2026-01-01", end="2028-12-31", area="ydelse")
    assert set(line["lane"]) <= {0, 1, 2, 3}
    assert (line["after"] == (line["date"] > pd.Timestamp("2026-11-29"))).all()
    assert line["after"].sum() == 6
    own = {"kommune": "Testby", "titel": "Strategi", "vedtaget": "2026-03-01"}
    with_own = model.timeline(data, on="2026-11-29", start="2026-01-01", end="2028-12-31", area="ydelse",
                              extra=municipal.as_timeline_rows(own))  # fmt: skip
    row = with_own[with_own["act_id"] == "min_kommune"].iloc[0]
    assert row["lane"] == 3 and not row["after"] and row["label"] == "Testby: Strategi vedtaget"


def test_cascade_from_nis2_with_the_worked_example(data):
    nodes, edges = model.cascade(data, "nis2", [municipal.example()])
    assert list(nodes["id"]) == ["nis2", "nis2_dk", "kommune_0"]
    assert list(nodes["lane"]) == [0, 1, 3]
    assert "Eksempel (illustrativt)" in nodes.iloc[2]["label"] and nodes.iloc[2]["example"]
    assert list(zip(edges["parent_id"], edges["child_id"], strict=True)) == [
        ("nis2", "nis2_dk"),
        ("nis2_dk", "kommune_0"),
    ]
    with pytest.raises(ValueError, match="findes ikke"):
        model.cascade(data, "findes_ikke")


def test_cascade_from_the_digital_decade_reaches_the_municipal_level(data):
    nodes, _ = model.cascade(data, "dd2030")
    assert set(nodes["level"]) == set(model.LEVELS)
