"""Property tests: NPV rises with benefits and falls with costs; payback agrees with the cumulative cash flow."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook_helpers.business_case.model import BusinessCase, evaluate

amounts = st.floats(min_value=0, max_value=5e6, allow_nan=False, allow_infinity=False)
hours = st.floats(min_value=0, max_value=50_000, allow_nan=False, allow_infinity=False)
shares = st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=6).map(tuple)


@st.composite
def cases(draw):
    return BusinessCase(
        implementation=draw(amounts),
        licences=draw(amounts),
        training=draw(amounts),
        internal_hours=draw(hours),
        running_cost=draw(amounts),
        hours_freed=draw(hours),
        hourly_cost=draw(st.floats(min_value=0, max_value=2000)),
        other_benefits=draw(amounts),
        ramp_up=draw(shares),
        horizon=draw(st.integers(min_value=1, max_value=35)),
        discount_rate=draw(st.floats(min_value=-0.5, max_value=0.5)),
    )


def _tolerance(case):
    return 1e-9 * (1 + case.one_off_cost + case.full_yearly_benefit + case.running_cost) * case.horizon * 10


@settings(max_examples=150, deadline=None)
@given(cases(), amounts, st.sampled_from(["hours_freed", "other_benefits"]))
def test_npv_rises_with_benefits(case, extra, field):
    more = case.with_changes(**{field: getattr(case, field) + extra})
    assert evaluate(more).npv >= evaluate(case).npv - _tolerance(more)


@settings(max_examples=150, deadline=None)
@given(cases(), amounts, st.sampled_from(["implementation", "licences", "training", "internal_hours", "running_cost"]))
def test_npv_falls_with_costs(case, extra, field):
    more = case.with_changes(**{field: getattr(case, field) + extra})
    assert evaluate(more).npv <= evaluate(case).npv + _tolerance(more)


@settings(max_examples=200, deadline=None)
@given(cases())
def test_payback_agrees_with_cumulative_cash_flow(case):
    result = evaluate(case)
    cumulative = np.cumsum(result.net)
    if result.payback_years is None:
        # never paid back: it ends below zero, or nothing was ever gained
        assert cumulative[-1] < 0 or not (result.net > 0).any()
        return
    year = math.ceil(result.payback_years)
    tolerance = _tolerance(case)
    assert (cumulative[year:] >= -tolerance).all(), "paid back means: at zero or above from then on, to the end"
    assert year == 0 or cumulative[year - 1] < tolerance
    if year > 0:
        # the interpolated point lies where the line through the year's flow crosses zero
        fraction = result.payback_years - (year - 1)
        assert 0 < fraction <= 1
        assert math.isclose(cumulative[year - 1] + fraction * result.net[year], 0, abs_tol=_tolerance(case))


@settings(max_examples=100, deadline=None)
@given(
    st.floats(min_value=1_000, max_value=1e6),
    st.lists(st.floats(min_value=1, max_value=1e5), min_size=1, max_size=10),
)
def test_irr_agrees_with_numpy_financial_on_conventional_flows(investment, returns):
    # Conventional flows (one investment, then positive returns) have exactly one IRR. Tiny or zero returns are
    # left out: numpy_financial's polynomial roots become inaccurate there, not the model.
    import numpy_financial as npf

    from workbook_helpers.business_case.model import irr

    flows = [-investment, *returns]
    expected = npf.irr(flows)
    if np.isnan(expected) or not -0.99 < expected < 100:
        return  # outside the range of rates the model searches
    assert math.isclose(irr(flows), expected, rel_tol=1e-6, abs_tol=1e-7)


@settings(max_examples=100, deadline=None)
@given(cases())
def test_fast_npv_equals_the_full_evaluation(case):
    from workbook_helpers.business_case.model import net_present_value

    assert math.isclose(net_present_value(case), evaluate(case).npv, rel_tol=1e-9, abs_tol=_tolerance(case))
