"""The business case model against hand-computed values and numpy_financial, plus bad input in Danish."""

import math

import numpy_financial as npf
import pandas as pd
import pytest

from workbook_helpers.business_case.model import (
    BusinessCase,
    BusinessCaseError,
    case_from_inputs,
    case_record,
    evaluate,
    from_workflow,
    fte_to_hours,
    hours_to_fte,
    irr,
    irr_rates,
    npv,
    parse_number,
    parse_ramp,
    payback_detail,
    payback_time,
    plausibility,
    scale_case,
    scenarios,
    sensitivity,
    workflow_hours,
)

# A case small enough to compute by hand:
# one-off = 200.000 + 50.000 + 30.000 + 100 t x 400 kr. = 320.000 kr. in year 0;
# full benefit = 1.000 t x 400 kr. + 20.000 kr. = 420.000 kr.; realisation 50 % in year 1, then 100 %;
# running cost 40.000 kr. from year 1.
HAND_CASE = BusinessCase(
    implementation=200_000,
    licences=50_000,
    training=30_000,
    internal_hours=100,
    running_cost=40_000,
    hours_freed=1_000,
    hourly_cost=400,
    other_benefits=20_000,
    ramp_up=(0.5, 1.0),
    horizon=3,
    discount_rate=0.035,
)
HAND_FLOWS = [-320_000, 0.5 * 420_000 - 40_000, 380_000, 380_000]


def test_yearly_flows_by_hand():
    result = evaluate(HAND_CASE)
    assert result.net.tolist() == HAND_FLOWS
    assert result.cumulative.tolist() == [-320_000, -150_000, 230_000, 610_000]
    assert result.realisation.tolist() == [0.0, 0.5, 1.0, 1.0]
    assert result.one_off_costs.tolist() == [320_000, 0, 0, 0]
    assert result.running_costs.tolist() == [0, 40_000, 40_000, 40_000]


def test_npv_by_hand_and_numpy_financial():
    by_hand = -320_000 + 170_000 / 1.035 + 380_000 / 1.035**2 + 380_000 / 1.035**3
    result = evaluate(HAND_CASE)
    assert result.npv == pytest.approx(by_hand, abs=1e-6)
    assert result.npv == pytest.approx(npf.npv(0.035, HAND_FLOWS), abs=1e-6)


def test_npv_at_ten_percent_by_hand():
    # -1000 + 600/1,1 + 600/1,21 = -1000 + 545,4545 + 495,8678 = 41,3223
    assert npv(0.10, [-1000, 600, 600]) == pytest.approx(41.3223, abs=1e-4)


def test_payback_with_year_fraction_by_hand():
    # Cumulative is -150.000 after year 1; year 2 brings 380.000, so 150/380 of year 2 is needed.
    assert evaluate(HAND_CASE).payback_years == pytest.approx(1 + 150_000 / 380_000)
    assert payback_time([-100, 40, 40, 40]) == 2.5
    assert payback_time([-100, 50, 50]) == 2.0


def test_payback_never_within_horizon_is_none():
    result = evaluate(BusinessCase(implementation=1_000_000, other_benefits=100_000, horizon=5))
    assert result.payback_years is None
    assert not result.pays_back


def test_payback_without_investment_is_immediate():
    assert payback_time([0, 10, 10]) == 0.0


def test_payback_without_one_off_cost_for_a_case_that_only_loses_money_is_none():
    result = evaluate(BusinessCase(running_cost=100_000, horizon=5))
    assert result.payback_years is None


def test_a_cumulative_flow_that_turns_negative_again_is_reported():
    detail = payback_detail([-100, 150, -100, 10])
    assert detail.years is None and detail.first_years == pytest.approx(2 / 3) and detail.negative_again_year == 2
    detail = payback_detail([-100, 150, -100, 100])
    assert detail.years == pytest.approx(2.5) and detail.negative_again_year == 2


def test_irr_finds_very_large_rates_and_every_root():
    assert irr([-1, 1000]) == pytest.approx(999)
    assert irr_rates([-100, 230, -132]) == pytest.approx([0.1, 0.2])
    assert irr([-100, 230, -132]) is None


def test_business_case_errors_are_workbook_errors():
    from workbook_helpers.messages import WorkbookError

    with pytest.raises(WorkbookError, match="Timepris"):
        BusinessCase(hourly_cost="mange")
    with pytest.raises(BusinessCaseError):
        parse_ramp("50,100")


def test_absurd_amounts_are_warned_about_and_impossible_ones_refused():
    warnings = plausibility(BusinessCase(implementation=99_999_999_999_999))
    assert len(warnings) == 1 and "99.999.999.999.999" in warnings[0]
    with pytest.raises(BusinessCaseError, match="for mange nuller"):
        BusinessCase(implementation=1e20)


def test_workflow_hours_from_the_case_parts():
    rows = [{"step": "Journalisér", "actor": "Sekretær", "minutes": 30, "per_year": 1200}]
    assert workflow_hours({"rows": rows}, {"rows": [{**rows[0], "minutes": 10}]}) == pytest.approx(400)
    assert workflow_hours(None, {"hours_freed_per_year": 12.5}) == 12.5
    with pytest.raises(BusinessCaseError, match="notebook 03"):
        workflow_hours(None, {"rows": []})


def test_case_record_round_trips_its_inputs():
    case = BusinessCase(implementation=1000, other_benefits=500, horizon=3, ramp_up=(0.5, 1.0))
    record = case_record(evaluate(case), "typed")
    assert case_from_inputs(record["inputs"]) == case
    assert case_from_inputs({"hourly_cost": "mange"}) is None


def test_irr_by_hand_quadratic():
    # -1000 + 600 x + 600 x^2 = 0 with x = 1/(1+r): x = (-600 + sqrt(600^2 + 4*600*1000)) / 1200
    x = (-600 + math.sqrt(600**2 + 4 * 600 * 1000)) / 1200
    assert irr([-1000, 600, 600]) == pytest.approx(1 / x - 1, abs=1e-9)


@pytest.mark.parametrize(
    "flows",
    [HAND_FLOWS, [-1000, 600, 600], [-500, 100, 100, 100, 100, 100, 100], [-100, 0, 0, 150], [-1000, 100, 100]],
)
def test_irr_matches_numpy_financial(flows):
    assert irr(flows) == pytest.approx(npf.irr(flows), abs=1e-7)
    assert npv(irr(flows), flows) == pytest.approx(0, abs=1e-9 * max(map(abs, flows)))


def test_irr_none_without_sign_change_or_with_two_rates():
    assert irr([100, 10, 10]) is None
    assert irr([-100, -10]) is None
    # -100 + 230/(1+r) - 132/(1+r)^2 = 0 has two roots, r = 10 % and r = 20 %: not unique.
    assert irr([-100, 230, -132]) is None


def test_benefit_cost_ratio():
    result = evaluate(BusinessCase(implementation=1000, other_benefits=500, horizon=4, discount_rate=0))
    assert result.benefit_cost_ratio == pytest.approx(2000 / 1000)
    assert result.pv_benefits == 2000 and result.pv_costs == 1000
    assert evaluate(BusinessCase(other_benefits=5)).benefit_cost_ratio is None


def test_ramp_up_longer_than_horizon_is_cut_and_short_one_continues():
    shares = evaluate(BusinessCase(other_benefits=1, ramp_up=(0.2, 0.4, 0.6, 0.8, 1.0), horizon=2)).realisation
    assert shares.tolist() == [0, 0.2, 0.4]
    shares = evaluate(BusinessCase(other_benefits=1, ramp_up=(0.5,), horizon=3)).realisation
    assert shares.tolist() == [0, 0.5, 0.5, 0.5]


def test_hours_and_fte():
    assert hours_to_fte(1924) == 1.0
    assert hours_to_fte(3334, hours_per_fte=1667) == 2.0
    assert fte_to_hours(2.5) == 4810.0
    assert BusinessCase(hours_freed=962).fte_freed == 0.5


def test_table_has_danish_columns():
    table = evaluate(HAND_CASE).table()
    assert list(table["År"]) == [0, 1, 2, 3]
    assert table["Akkumuleret netto"].iloc[-1] == 610_000


def test_scenarios_order_and_factors():
    table = scenarios(HAND_CASE)
    assert table["label"].tolist() == ["Pessimistisk", "Forventet", "Optimistisk"]
    assert table.loc[1, "npv"] == pytest.approx(evaluate(HAND_CASE).npv)
    assert table["npv"].is_monotonic_increasing
    pessimistic = scale_case(HAND_CASE, 0.7, 1.3)
    assert pessimistic.hours_freed == pytest.approx(700) and pessimistic.running_cost == pytest.approx(52_000)


def test_sensitivity_one_at_a_time():
    case = BusinessCase(hours_freed=100, hourly_cost=400, implementation=10_000, horizon=1, discount_rate=0)
    table = sensitivity(case, change=0.2)
    row = table.set_index("parameter").loc["implementation"]
    assert (row["npv_low"], row["npv_high"]) == (pytest.approx(40_000 - 8_000), pytest.approx(40_000 - 12_000))
    assert table["swing"].is_monotonic_decreasing
    assert table.loc[0, "label"] == "Frigjorte timer pr. år" or table.loc[0, "label"] == "Timepris inkl. overhead"
    assert (table["npv_base"] == evaluate(case).npv).all()


def test_from_workflow_uses_hours_freed():
    as_is = pd.DataFrame(
        {
            "step": ["Modtag", "Journalisér"],
            "actor": ["Sekretær", "Sekretær"],
            "minutes": [6, 12],
            "per_year": [1000, 1000],
        }
    )
    to_be = as_is.iloc[[0]]
    case = from_workflow(as_is, to_be, hourly_cost=400, implementation=50_000, horizon=3)
    assert case.hours_freed == pytest.approx(200)
    assert case.implementation == 50_000 and case.horizon == 3


def test_from_workflow_refuses_a_slower_to_be():
    as_is = pd.DataFrame({"step": ["Modtag"], "actor": ["Sekretær"], "minutes": [6], "per_year": [1000]})
    slower = as_is.assign(minutes=12)
    with pytest.raises(ValueError, match="Den nye arbejdsgang tager 100 timer mere"):
        from_workflow(as_is, slower, hourly_cost=400)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"implementation": -5}, ["Implementering", "negativt"]),
        ({"running_cost": -1}, ["Driftsomkostninger", "negativt"]),
        ({"horizon": 0}, ["Tidshorisont", "mindst 1 år"]),
        ({"horizon": 2.5}, ["Tidshorisont", "helt antal"]),
        ({"horizon": 36}, ["Tidshorisont", "35"]),
        ({"discount_rate": -1}, ["Diskonteringsrente", "-100 %"]),
        ({"discount_rate": 3.5}, ["Diskonteringsrente", "0,035"]),
        ({"hourly_cost": "fire hundrede"}, ["Timepris", "tekst", "fire hundrede"]),
        ({"hourly_cost": "3.5"}, ["Timepris", "komma"]),
        ({"hourly_cost": None}, ["Timepris", "tal"]),
        ({"hours_freed": float("nan")}, ["Frigjorte timer", "endeligt"]),
        ({"ramp_up": (0.5, 1.5)}, ["Gevinstrealisering", "mellem 0 og 1"]),
        ({"ramp_up": ()}, ["Gevinstrealisering", "mindst én"]),
        ({"hours_per_fte": 0}, ["Timer pr. årsværk", "større end 0"]),
    ],
)
def test_bad_input_gets_a_danish_message_naming_the_field(changes, words):
    with pytest.raises(ValueError) as error:
        BusinessCase(**changes)
    for word in words:
        assert word in str(error.value)


def test_danish_number_text_is_accepted():
    assert parse_number("hourly_cost", "1.234,5") == 1234.5
    assert BusinessCase(hourly_cost="425", horizon="4").hourly_cost == 425.0
    assert BusinessCase(ramp_up=0.5).ramp_up == (0.5,)


def test_with_changes_validates():
    with pytest.raises(ValueError, match="Licenser"):
        HAND_CASE.with_changes(licences=-1)


def test_from_workflow_agrees_with_the_workflow_model_including_rework():
    from workbook_helpers.workflow.model import hours_freed

    as_is = pd.DataFrame(
        {"step": ["Modtag"], "actor": ["Sekretær"], "minutes": [6], "per_year": [1000], "error_rate": [0.5]}
    )
    to_be = as_is.assign(minutes=3, error_rate=0.0)
    case = from_workflow(as_is, to_be, hourly_cost=400)
    # as-is: 100 hours + 50 hours rework; to-be: 50 hours
    assert case.hours_freed == pytest.approx(100) == pytest.approx(hours_freed(as_is, to_be))


def test_from_workflow_passes_on_the_workflow_message():
    with pytest.raises(ValueError, match="mangler"):
        from_workflow(pd.DataFrame({"minutes": [1]}), pd.DataFrame({"minutes": [1]}), hourly_cost=400)
