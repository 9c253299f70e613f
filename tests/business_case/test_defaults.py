"""The sourced defaults: values, sources, as-of dates, and the assumptions labelled as such."""

import pandas as pd

from workbook_helpers.business_case.defaults import (
    default_kwargs,
    default_value,
    defaults,
    defaults_html,
    defaults_table,
)
from workbook_helpers.business_case.model import BusinessCase, hours_to_fte
from workbook_helpers.data import attribution, load_dataset


def test_sourced_values():
    assert default_value("discount_rate") == 0.035
    assert defaults()["discount_rate"].as_of == pd.Timestamp("2021-01-07")
    assert default_value("hours_per_fte") == 37 * 52
    assert round(50_000_000 / 30_000) == default_value("productive_hours_per_fte_example")


def test_every_default_has_source_date_and_status():
    for item in defaults().values():
        assert item.source and item.explanation and item.status
        assert isinstance(item.as_of, pd.Timestamp)
        if not item.is_assumption:
            assert item.source_url.startswith("https://")


def test_hourly_cost_and_horizon_are_labelled_assumptions():
    for name in ("hourly_cost", "horizon"):
        item = defaults()[name]
        assert item.is_assumption
        assert "ANTAGELSE" in item.explanation
        assert "antagelse" in item.source_line().lower()


def test_defaults_build_a_valid_case():
    case = BusinessCase(**default_kwargs())
    assert case.discount_rate == 0.035 and case.horizon == 5 and case.hours_per_fte == 1924
    assert hours_to_fte(1924 * 3, case.hours_per_fte) == 3


def test_table_and_html_show_source_and_date():
    table = defaults_table()
    assert table.loc["Diskonteringsrente", "Værdi"] == "3,5 %"
    assert table.loc["Diskonteringsrente", "Pr. dato"] == "7. jan. 2021"
    assert table.loc["Timer pr. årsværk (brutto)", "Værdi"] == "1.924 timer pr. årsværk"
    text = defaults_html()
    assert "7. jan. 2021" in text and "Finansministeriet" in text and "Antagelse" in text


def test_catalogue_entries_load():
    assert len(load_dataset("business_case_defaults")) == 9
    rpa = load_dataset("rpa_public_sector_key_figures_dk")
    ringkobing = rpa[rpa["organisation"] == "Ringkøbing-Skjern Kommune"].set_index("metric")["value"]
    assert ringkobing["work hours freed by RPA over three years"] == 37_400
    assert "KL Videncenter" in attribution("rpa_public_sector_key_figures_dk")


def test_the_scenario_spreads_in_the_model_are_the_sourced_assumptions():
    from workbook_helpers.business_case.defaults import defaults
    from workbook_helpers.business_case.model import SCENARIO_FACTORS

    found = defaults()
    for scenario in ("pessimistic", "optimistic"):
        benefits, costs = SCENARIO_FACTORS[scenario]
        assert found[f"scenario_{scenario}_benefits"].value == benefits
        assert found[f"scenario_{scenario}_costs"].value == costs
        assert found[f"scenario_{scenario}_benefits"].is_assumption
    assert "Økonomistyrelsen" in found["scenario_pessimistic_benefits"].source
