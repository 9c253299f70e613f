"""Technologies, legal points, Danish RPA figures and the US federal AI inventory: loaded, counted, in Danish."""

import pytest

from workbook_helpers.automation import technologies as t
from workbook_helpers.automation.scoring import TECHNOLOGY_NAMES


def test_every_scoring_suggestion_has_a_technology_row():
    keys = set(t.technologies()["key"])
    assert keys == set(TECHNOLOGY_NAMES) - {"none"}
    assert len(keys) == 9


def test_every_legal_point_referenced_exists_and_has_a_source():
    points = t.legal_points()
    assert points["source_url"].str.startswith("http").all()
    for refs in t.technologies()["legal_points"]:
        assert set(refs.split(";")) <= set(points["key"])
    assert {"gdpr_art22", "ai_act_risk", "ai_act_art4"} <= set(points["key"])


def test_examples_have_a_source_or_say_none_was_verified():
    tech = t.technologies()
    for _, row in tech.iterrows():
        if not isinstance(row["example_source"], str) or not row["example_source"]:
            assert "Intet kontrolleret" in row["example"]
        else:
            assert str(row["example_url"]).startswith("http")


def test_overview_and_card_are_danish_and_escaped():
    overview = t.technology_overview()
    assert list(overview.columns) == ["Teknologi", "Hvad gør den?", "Hvad kræver den?", "Grænser og risici", "Jura"]
    card = t.technology_card("genai")
    assert "AI-forordningen art. 50" in card and "<script" not in card
    with pytest.raises(ValueError, match="Ukendt teknologi »robotstøvsuger«"):
        t.technology_card("robotstøvsuger")


def test_us_inventory_counts():
    cases = t.us_ai_use_cases()
    assert len(cases) == 3611
    topics = t.count_by_topic(cases).set_index("Emneområde")["Antal"]
    assert topics["Administration"] == 424 + 6  # "Admin Functions" and "Administrative functions" merged
    assert topics["Sagsbehandling af ydelser"] == 56
    assert topics.sum() == 3611
    stages = t.count_by_stage(cases).set_index("Stadie")["Antal"]
    assert stages.to_dict() == {
        "Under udvikling": 1479,
        "Pilot (afprøves)": 440,
        "I drift": 1040,
        "Udfaset": 314,
        "Ikke oplyst": 338,
    }
    kinds = t.count_by_classification(cases).set_index("AI-type")["Antal"]
    assert kinds["Generativ AI"] == 858
    cross = t.topic_by_stage(cases, ["Administration"])
    assert cross.loc["Administration"].sum() == 430
    assert "ikke fra danske kommuner" in t.us_attribution()


def test_danish_rpa_figures_are_translated_and_formatted():
    figures = t.danish_rpa_figures()
    assert len(figures) == 17
    row = figures[figures["Nøgletal"] == "Arbejdstimer frigjort af robotter over tre år"].iloc[0]
    assert row["Værdi"] == "37.400 timer (over)"
    assert row["Kilde"] == "KL Videncenter, 7. dec. 2022"
    assert "27 %" in set(figures["Værdi"])
