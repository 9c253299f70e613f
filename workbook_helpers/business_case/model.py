"""The business case model: costs, benefits, NPV, payback, IRR, scenarios and sensitivity.

Pure calculations, no widgets and no plotting. The structure follows the idea of the state's business case model
(now published by Økonomistyrelsen with the state IT project model; earlier by Digitaliseringsstyrelsen): the
benefits are the difference between doing the project and not doing it, one-off
costs come first (year 0), then running costs and benefits per year, and the result is a net present value
(nutidsværdi) and a payback time (tilbagebetalingstid).

Conventions (the ones a learner can check by hand):

- Year 0 carries all one-off costs (implementation, licences, training and internal hours).
- Years 1..horizon carry the running costs and the benefits. The benefit in year *t* is the full yearly benefit
  times the realisation share for that year (``ramp_up``; the last share continues to the end of the horizon).
- A cash flow in year *t* is discounted by ``(1 + discount_rate) ** t``.
- Payback is simple (undiscounted): the point in time from which the cumulative net cash flow stays at zero or
  above to the end of the horizon, with the year fraction found by linear interpolation inside that year. A case
  whose cumulative flow turns positive and then negative again says so (``payback_detail``).
- Every error is a ``BusinessCaseError`` (a ``WorkbookError``): a Danish message that names the field, shown in a
  notebook without a traceback.

>>> case = BusinessCase(implementation=100_000, hours_freed=500, hourly_cost=400, horizon=3,
...                     ramp_up=(1.0,), discount_rate=0.0)
>>> result = evaluate(case)
>>> result.npv
500000.0
>>> result.payback_years
0.5
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace

import numpy as np
import pandas as pd

from workbook_helpers import formats
from workbook_helpers.messages import WorkbookError, quote
from workbook_helpers.workflow.model import hours_freed as workflow_hours_freed


class BusinessCaseError(WorkbookError):
    """A business-case input the learner can fix; ``str(error)`` is the Danish message naming the field."""


#: Danish labels of every parameter; used in error messages, the sensitivity table and the explorer.
PARAMETER_LABELS: dict[str, str] = {
    "implementation": "Implementering (engangsbeløb)",
    "licences": "Licenser, første år (engangsbeløb)",
    "training": "Uddannelse (engangsbeløb)",
    "internal_hours": "Interne timer i projektet",
    "running_cost": "Driftsomkostninger pr. år",
    "hours_freed": "Frigjorte timer pr. år",
    "hourly_cost": "Timepris inkl. overhead",
    "other_benefits": "Andre gevinster pr. år (færre fejl, porto, papir)",
    "ramp_up": "Gevinstrealisering pr. år",
    "horizon": "Tidshorisont (år)",
    "discount_rate": "Diskonteringsrente",
    "hours_per_fte": "Timer pr. årsværk",
    "cases_per_year": "Sager pr. år",
    "minutes_saved": "Sparede minutter pr. sag",
    "benefit_factor": "Faktor på gevinster",
    "cost_factor": "Faktor på omkostninger",
    "change": "Ændring i følsomhedsanalysen",
}

#: Short Danish labels for tight places (chart axes, narrow fields); the long label says the rest.
PARAMETER_SHORT_LABELS: dict[str, str] = {
    **PARAMETER_LABELS,
    "implementation": "Implementering",
    "licences": "Licenser",
    "training": "Uddannelse",
    "internal_hours": "Interne timer",
    "other_benefits": "Andre gevinster pr. år",
}

#: Units shown next to each parameter.
PARAMETER_UNITS: dict[str, str] = {
    "implementation": "kr.",
    "licences": "kr.",
    "training": "kr.",
    "internal_hours": "timer",
    "running_cost": "kr. pr. år",
    "hours_freed": "timer pr. år",
    "hourly_cost": "kr. pr. time",
    "other_benefits": "kr. pr. år",
    "ramp_up": "andel af fuld gevinst",
    "horizon": "år",
    "discount_rate": "andel pr. år",
    "hours_per_fte": "timer pr. år",
}

MAX_HORIZON = 35  # Finansministeriet's 3.5 % applies to years 0-35; a longer case needs the falling rate.

#: Above these a value is refused (the arithmetic would stop meaning anything); kr., hours.
HARD_LIMITS = {"kr.": 1e15, "timer": 1e9}
#: Above these a value gets a Danish plausibility warning (it is allowed, but rarely what was meant).
PLAUSIBLE_LIMITS: dict[str, tuple[float, str]] = {
    "implementation": (1e9, "mere end 1 mia. kr."),
    "licences": (1e9, "mere end 1 mia. kr."),
    "training": (1e8, "mere end 100 mio. kr."),
    "internal_hours": (200_000, "over 100 årsværk"),
    "running_cost": (1e9, "mere end 1 mia. kr. om året"),
    "hours_freed": (200_000, "over 100 årsværk om året"),
    "hourly_cost": (3_000, "over 3.000 kr. i timen"),
    "other_benefits": (1e9, "mere end 1 mia. kr. om året"),
}

_AMOUNT_FIELDS = (
    "implementation",
    "licences",
    "training",
    "internal_hours",
    "running_cost",
    "hours_freed",
    "hourly_cost",
    "other_benefits",
)


def parse_number(name: str, value: object) -> float:
    """Return ``value`` as a float, or raise a Danish ``BusinessCaseError`` naming the field.

    Numbers pass through; text is accepted only in Danish format ("1.234,5" or "400").

    >>> parse_number("hourly_cost", "1.234,5")
    1234.5
    >>> try:
    ...     parse_number("hourly_cost", "mange")
    ... except BusinessCaseError as error:
    ...     print(error)
    Feltet »Timepris inkl. overhead« skal være et tal, men indeholder teksten »mange«.
    """
    label = PARAMETER_LABELS.get(name, name)
    if isinstance(value, bool) or value is None:
        raise BusinessCaseError(f"Feltet »{label}« skal være et tal, men er {quote(shown(value))}.")
    if isinstance(value, str):
        try:
            number = formats.parse_number(value)
        except ValueError:
            text = value.strip()
            hint = " Brug komma som decimaltegn, fx 3,5." if re.match(r"^[+-]?\d+\.\d{1,2}$", text) else ""
            raise BusinessCaseError(
                f"Feltet »{label}« skal være et tal, men indeholder teksten {quote(value)}.{hint}"
            ) from None
    elif isinstance(value, numbers.Real):
        number = float(value)
    else:
        raise BusinessCaseError(f"Feltet »{label}« skal være et tal, men er {quote(shown(value))}.")
    if not math.isfinite(number):
        raise BusinessCaseError(f"Feltet »{label}« skal være et endeligt tal, men er {quote(value)}.")
    return number


def shown(value: object) -> str:
    """A value as the learner should see it again in a message: text as typed, numbers in Danish format.

    >>> shown(-1234.5), shown("3.5")
    ('-1.234,5', '3.5')
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value):
        if float(value) % 1 == 0:
            return formats.number(value)
        return formats.number(value, 4).rstrip("0")
    return str(value)


@dataclass(frozen=True)
class BusinessCase:
    """The inputs of a business case. Amounts in kr., hours in hours, rates as fractions (0.035 = 3,5 %).

    Bad input raises a ``BusinessCaseError`` (a ``WorkbookError``) with a Danish message that names the field.

    >>> try:
    ...     BusinessCase(hourly_cost=-1)
    ... except BusinessCaseError as error:
    ...     print(error)
    Feltet »Timepris inkl. overhead« kan ikke være negativt (du skrev -1).
    """

    implementation: float = 0.0
    licences: float = 0.0
    training: float = 0.0
    internal_hours: float = 0.0
    running_cost: float = 0.0
    hours_freed: float = 0.0
    hourly_cost: float = 0.0
    other_benefits: float = 0.0
    ramp_up: tuple[float, ...] = (1.0,)
    horizon: int = 5
    discount_rate: float = 0.035
    hours_per_fte: float = 1924.0
    name: str = field(default="Business case", compare=False)

    def __post_init__(self) -> None:
        for name in _AMOUNT_FIELDS:
            number = parse_number(name, getattr(self, name))
            if number < 0:
                raise BusinessCaseError(
                    f"Feltet »{PARAMETER_LABELS[name]}« kan ikke være negativt (du skrev {shown(getattr(self, name))})."
                )
            limit = HARD_LIMITS["timer" if "hours" in name else "kr."]
            if number > limit:
                raise BusinessCaseError(
                    f"Feltet »{PARAMETER_LABELS[name]}« er {shown(number)}: så stort et tal kan modellen ikke regne "
                    "meningsfuldt med. Tjek, om der er tastet for mange nuller."
                )
            object.__setattr__(self, name, number)
        object.__setattr__(self, "horizon", _check_horizon(self.horizon))
        object.__setattr__(self, "discount_rate", _check_rate(self.discount_rate))
        object.__setattr__(self, "ramp_up", _check_ramp(self.ramp_up))
        per_fte = parse_number("hours_per_fte", self.hours_per_fte)
        if per_fte <= 0:
            raise BusinessCaseError(f"Feltet »{PARAMETER_LABELS['hours_per_fte']}« skal være større end 0.")
        object.__setattr__(self, "hours_per_fte", per_fte)

    # Derived amounts, all in kr.
    @property
    def one_off_cost(self) -> float:
        """Total one-off cost in year 0 (implementation + licences + training + internal hours x hourly cost)."""
        return self.implementation + self.licences + self.training + self.internal_hours * self.hourly_cost

    @property
    def full_yearly_benefit(self) -> float:
        """Yearly benefit at full realisation: hours freed x hourly cost + other benefits."""
        return self.hours_freed * self.hourly_cost + self.other_benefits

    @property
    def fte_freed(self) -> float:
        """The hours freed per year expressed in årsværk."""
        return hours_to_fte(self.hours_freed, self.hours_per_fte)

    def with_changes(self, **changes: object) -> BusinessCase:
        """A copy with some parameters changed (validated like the original)."""
        return replace(self, **changes)


def _check_horizon(value: object) -> int:
    label = PARAMETER_LABELS["horizon"]
    number = parse_number("horizon", value)
    if number != int(number):
        raise BusinessCaseError(f"Feltet »{label}« skal være et helt antal år (du skrev {shown(value)}).")
    if number < 1:
        raise BusinessCaseError(f"Feltet »{label}« skal være mindst 1 år (du skrev {shown(value)}).")
    if number > MAX_HORIZON:
        raise BusinessCaseError(
            f"Feltet »{label}« kan højst være {MAX_HORIZON} år: efter år 35 bruger Finansministeriet "
            "en lavere diskonteringsrente, som modellen ikke regner med."
        )
    return int(number)


def _check_rate(value: object) -> float:
    label = PARAMETER_LABELS["discount_rate"]
    number = parse_number("discount_rate", value)
    if number <= -1:
        raise BusinessCaseError(
            f"Feltet »{label}« skal være større end -100 % (du skrev {shown(value)}); "
            "ved -100 % eller derunder kan fremtidige beløb ikke tilbagediskonteres."
        )
    if number > 1:
        raise BusinessCaseError(
            f"Feltet »{label}« er {shown(value)}, dvs. over 100 % om året. Skriv renten som en andel: 3,5 % er 0,035."
        )
    return number


def _check_ramp(value: object) -> tuple[float, ...]:
    label = PARAMETER_LABELS["ramp_up"]
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | np.ndarray):
        value = (value,)
    if len(value) == 0:
        raise BusinessCaseError(f"Feltet »{label}« skal have mindst én andel, fx (0,5, 1,0).")
    shares = []
    for share in value:
        number = parse_number("ramp_up", share)
        if not 0 <= number <= 1:
            raise BusinessCaseError(
                f"Feltet »{label}« skal bestå af andele mellem 0 og 1 (0 % til 100 %), men indeholder {shown(share)}."
            )
        shares.append(number)
    return tuple(shares)


def hours_to_fte(hours: float, hours_per_fte: float = 1924.0) -> float:
    """Convert hours to årsværk.

    >>> hours_to_fte(3848)
    2.0
    """
    if hours_per_fte <= 0:
        raise BusinessCaseError(f"Feltet »{PARAMETER_LABELS['hours_per_fte']}« skal være større end 0.")
    return float(hours) / float(hours_per_fte)


def fte_to_hours(fte: float, hours_per_fte: float = 1924.0) -> float:
    """Convert årsværk to hours.

    >>> fte_to_hours(0.5)
    962.0
    """
    return float(fte) * float(hours_per_fte)


@dataclass(frozen=True)
class BusinessCaseResult:
    """What ``evaluate`` returns: the yearly flows (arrays indexed by year 0..horizon) and the key figures."""

    case: BusinessCase
    years: np.ndarray
    one_off_costs: np.ndarray
    running_costs: np.ndarray
    hour_benefits: np.ndarray
    other_benefits: np.ndarray
    realisation: np.ndarray
    net: np.ndarray
    cumulative: np.ndarray
    discounted: np.ndarray
    npv: float
    pv_benefits: float
    pv_costs: float
    payback_years: float | None
    irr: float | None
    benefit_cost_ratio: float | None
    pv_hour_benefits: float = 0.0
    pv_other_benefits: float = 0.0
    pv_one_off: float = 0.0
    pv_running: float = 0.0
    irr_rates: tuple[float, ...] = ()
    payback: Payback = field(default_factory=lambda: Payback(None))

    @property
    def benefits(self) -> np.ndarray:
        """Total benefits per year."""
        return self.hour_benefits + self.other_benefits

    @property
    def costs(self) -> np.ndarray:
        """Total costs per year."""
        return self.one_off_costs + self.running_costs

    @property
    def pays_back(self) -> bool:
        """True when the case pays back within the horizon."""
        return self.payback_years is not None

    def table(self) -> pd.DataFrame:
        """The yearly flows as a DataFrame with Danish column names (one row per year)."""
        return pd.DataFrame(
            {
                "År": self.years,
                "Gevinstrealisering": self.realisation,
                "Gevinst af frigjorte timer": self.hour_benefits,
                "Andre gevinster": self.other_benefits,
                "Engangsomkostninger": self.one_off_costs,
                "Driftsomkostninger": self.running_costs,
                "Netto": self.net,
                "Akkumuleret netto": self.cumulative,
                "Nutidsværdi af netto": self.discounted,
            }
        )


def realisation_shares(ramp_up: Sequence[float], horizon: int) -> np.ndarray:
    """Share of the full benefit realised in year 0..horizon (year 0 is always 0).

    >>> realisation_shares((0.5, 1.0), 3).tolist()
    [0.0, 0.5, 1.0, 1.0]
    """
    shares = np.zeros(horizon + 1)
    ramp = list(ramp_up)[:horizon]
    shares[1 : len(ramp) + 1] = ramp
    shares[len(ramp) + 1 :] = ramp[-1]
    return shares


def npv(rate: float, cash_flows: Sequence[float]) -> float:
    """Net present value of cash flows in year 0, 1, 2, ...

    >>> round(npv(0.05, [-100, 42, 63]), 2)
    -2.86
    """
    flows = np.asarray(cash_flows, dtype=float)
    factors = (1.0 + rate) ** -np.arange(len(flows))
    return float(flows @ factors)


@dataclass(frozen=True)
class Payback:
    """When the cumulative (undiscounted) net cash flow pays back.

    ``years``: from when the cumulative flow stays at zero or above to the end of the horizon (None if it ends
    below zero, or if nothing is ever gained); ``first_years``: the first time it reached zero from below;
    ``negative_again_year``: the first year after ``first_years`` in which it is below zero again (None if never).
    """

    years: float | None
    first_years: float | None = None
    negative_again_year: int | None = None


def payback_detail(cash_flows: Sequence[float]) -> Payback:
    """The payback of a cash flow, honest about flows that turn positive and then negative again.

    >>> payback_detail([-100, 40, 40, 40]).years
    2.5
    >>> payback_detail([0, -100, -100]).years is None   # no one-off cost, but it only loses money
    True
    >>> detail = payback_detail([-100, 150, -100, 10])
    >>> detail.years is None, detail.first_years, detail.negative_again_year
    (True, 0.6666666666666666, 2)
    """
    flows = np.asarray(cash_flows, dtype=float)
    flows = np.where(np.abs(flows) < 1e-9, 0.0, flows)  # less than a billionth of a krone is nothing
    cumulative = np.cumsum(flows)
    if not np.any(flows > 0):
        return Payback(None)
    crossings: list[float] = [0.0] if cumulative[0] >= 0 else []
    negative_again: int | None = None
    for year in range(1, len(flows)):
        if cumulative[year - 1] < 0 <= cumulative[year]:
            crossings.append(float(year - 1 + (-cumulative[year - 1]) / flows[year]))
        elif cumulative[year] < 0 <= cumulative[year - 1] and crossings and negative_again is None:
            negative_again = year
    if not crossings:
        return Payback(None)
    if cumulative[0] >= 0 and np.all(cumulative >= 0) and cumulative[-1] == 0:
        return Payback(None)  # nothing gained in the end: no payback to speak of
    final = crossings[-1] if cumulative[-1] >= 0 else None
    first = crossings[0]
    if negative_again is not None and negative_again < first:
        negative_again = None
    return Payback(final, first, negative_again)


def payback_time(cash_flows: Sequence[float]) -> float | None:
    """Years until the cumulative cash flow reaches zero and stays there, with a year fraction; None if it never does.

    Year 0 is a point in time (the investment); the flow of year t is spread evenly over that year.

    >>> payback_time([-100, 40, 40, 40])
    2.5
    >>> payback_time([-100, 10, 10]) is None
    True
    """
    return payback_detail(cash_flows).years


def irr_rates(cash_flows: Sequence[float]) -> list[float]:
    """Every internal rate of return (rates above -100 % where the NPV is 0), smallest first.

    The NPV is a polynomial in x = 1 / (1 + rate), so its real positive roots give every rate, however large:
    nothing is missed because it lies outside a search grid.

    >>> [round(rate, 6) for rate in irr_rates([-1, 1000])]
    [999.0]
    >>> [round(rate, 6) for rate in irr_rates([-100, 230, -132])]
    [0.1, 0.2]
    """
    flows = np.asarray(cash_flows, dtype=float)
    if not np.all(np.isfinite(flows)) or not np.any(flows):
        return []
    flows = np.where(np.abs(flows) < 1e-12 * np.max(np.abs(flows)), 0.0, flows)  # a flow of 1e-300 kr. is nothing
    nonzero = np.nonzero(flows)[0]
    if len(nonzero) < 2 or np.all(flows[nonzero] > 0) or np.all(flows[nonzero] < 0):
        return []
    trimmed = flows[nonzero[0] : nonzero[-1] + 1]  # leading zeros shift every root alike; trailing ones add x = 0
    scale = float(np.max(np.abs(trimmed)))
    try:
        roots = np.roots((trimmed / scale)[::-1])
    except np.linalg.LinAlgError:  # pragma: no cover - guarded above; the rate is then unknown, never a crash
        return []
    rates = []
    for root in roots:
        if abs(root.imag) > 1e-7 * max(1.0, abs(root.real)) or root.real <= 0:
            continue
        x = float(root.real)
        powers = np.arange(len(trimmed))
        with np.errstate(all="ignore"):
            for _ in range(3):  # polish with Newton's method on the polynomial
                value = float(trimmed @ x**powers)
                slope = float((trimmed[1:] * powers[1:]) @ x ** (powers[1:] - 1))
                if slope == 0 or not math.isfinite(value / slope):
                    break
                x -= value / slope
        if x > 0:
            rates.append(1.0 / x - 1.0)
    rates.sort()
    distinct = [rate for i, rate in enumerate(rates) if i == 0 or rate - rates[i - 1] > 1e-6 * max(1.0, abs(rate))]
    return [float(rate) for rate in distinct]


def irr(cash_flows: Sequence[float]) -> float | None:
    """Internal rate of return: the rate where the NPV is 0. None when it does not exist or is not unique.

    It exists only when the cash flow changes sign; with several sign changes there can be several rates, and
    then the answer is None rather than an arbitrary one (``irr_rates`` gives them all).

    >>> round(irr([-100, 110]), 6)
    0.1
    >>> irr([100, 10]) is None
    True
    >>> round(irr([-1, 1000]), 6)
    999.0
    """
    rates = irr_rates(cash_flows)
    return rates[0] if len(rates) == 1 else None


def net_present_value(case: BusinessCase) -> float:
    """The NPV alone, without payback and IRR: what the sensitivity analysis needs many times.

    >>> net_present_value(BusinessCase(implementation=1000, other_benefits=500, horizon=3, discount_rate=0))
    500.0
    """
    horizon = case.horizon
    realisation = realisation_shares(case.ramp_up, horizon)
    net = realisation * case.full_yearly_benefit
    net[1:] -= case.running_cost
    net[0] -= case.one_off_cost
    return float(net @ (1.0 + case.discount_rate) ** -np.arange(horizon + 1))


def evaluate(case: BusinessCase) -> BusinessCaseResult:
    """Compute the yearly flows and the key figures of a business case.

    >>> result = evaluate(BusinessCase(implementation=1000, other_benefits=500, horizon=3, discount_rate=0))
    >>> result.net.tolist(), result.payback_years
    ([-1000.0, 500.0, 500.0, 500.0], 2.0)
    """
    horizon = case.horizon
    years = np.arange(horizon + 1)
    realisation = realisation_shares(case.ramp_up, horizon)
    one_off = np.zeros(horizon + 1)
    one_off[0] = case.one_off_cost
    running = np.full(horizon + 1, case.running_cost)
    running[0] = 0.0
    hour_benefits = realisation * case.hours_freed * case.hourly_cost
    other = realisation * case.other_benefits
    net = hour_benefits + other - one_off - running
    factors = (1.0 + case.discount_rate) ** -years
    discounted = net * factors
    pv_benefits = float((hour_benefits + other) @ factors)
    pv_costs = float((one_off + running) @ factors)
    payback, rates = payback_detail(net), irr_rates(net)
    return BusinessCaseResult(
        case=case,
        years=years,
        one_off_costs=one_off,
        running_costs=running,
        hour_benefits=hour_benefits,
        other_benefits=other,
        realisation=realisation,
        net=net,
        cumulative=np.cumsum(net),
        discounted=discounted,
        npv=float(discounted.sum()),
        pv_benefits=pv_benefits,
        pv_costs=pv_costs,
        payback_years=payback.years,
        irr=rates[0] if len(rates) == 1 else None,
        benefit_cost_ratio=pv_benefits / pv_costs if pv_costs > 0 else None,
        pv_hour_benefits=float(hour_benefits @ factors),
        pv_other_benefits=float(other @ factors),
        pv_one_off=float(one_off @ factors),
        pv_running=float(running @ factors),
        irr_rates=tuple(rates),
        payback=payback,
    )


def waterfall_steps(result: BusinessCaseResult) -> pd.DataFrame:
    """The steps from the benefits to the net result, all as present values (nutidsværdier).

    Columns: ``label`` (Danish), ``value`` (kr., costs negative), ``kind`` ("benefit", "cost" or "total").

    >>> steps = waterfall_steps(evaluate(BusinessCase(implementation=100, other_benefits=60, horizon=2,
    ...                                               discount_rate=0)))
    >>> steps["value"].tolist()
    [0.0, 120.0, -100.0, 0.0, 20.0]
    """
    return pd.DataFrame(
        {
            "label": [
                "Frigjorte timer",
                "Andre gevinster",
                "Engangsomkostninger",
                "Drift",
                "Nutidsværdi",
            ],
            "value": [
                result.pv_hour_benefits,
                result.pv_other_benefits,
                0.0 - result.pv_one_off,
                0.0 - result.pv_running,
                result.npv,
            ],
            "kind": ["benefit", "benefit", "cost", "cost", "total"],
        }
    )


def hours_from_volume(cases_per_year: float, minutes_saved: float) -> float:
    """Hours freed per year from a volume and the minutes saved per case.

    >>> hours_from_volume(1200, 15)
    300.0
    """
    volume = parse_number("cases_per_year", cases_per_year)
    minutes = parse_number("minutes_saved", minutes_saved)
    for name, value in (("cases_per_year", volume), ("minutes_saved", minutes)):
        if value < 0:
            raise BusinessCaseError(
                f"Feltet »{PARAMETER_LABELS[name]}« kan ikke være negativt (du skrev {shown(value)})."
            )
    return volume * minutes / 60.0


# --- Scenarios (three-point estimation) -------------------------------------------------------------------

#: Scenario name -> (factor on benefits, factor on costs). Illustrative spreads, not official figures: the
#: state model asks for three-point estimates, the sizes of the spreads are the project's own judgement.
SCENARIO_FACTORS: dict[str, tuple[float, float]] = {
    "pessimistic": (0.7, 1.3),
    "expected": (1.0, 1.0),
    "optimistic": (1.2, 0.9),
}

SCENARIO_LABELS: dict[str, str] = {
    "pessimistic": "Pessimistisk",
    "expected": "Forventet",
    "optimistic": "Optimistisk",
}

_BENEFIT_FIELDS = ("hours_freed", "other_benefits")
_COST_FIELDS = ("implementation", "licences", "training", "internal_hours", "running_cost")


def scale_case(case: BusinessCase, benefit_factor: float = 1.0, cost_factor: float = 1.0) -> BusinessCase:
    """A copy with every benefit multiplied by ``benefit_factor`` and every cost by ``cost_factor``.

    >>> scale_case(BusinessCase(hours_freed=100, running_cost=10), 0.5, 2.0).hours_freed
    50.0
    """
    benefit_factor = parse_number("benefit_factor", benefit_factor)
    cost_factor = parse_number("cost_factor", cost_factor)
    changes = {name: getattr(case, name) * benefit_factor for name in _BENEFIT_FIELDS}
    changes.update({name: getattr(case, name) * cost_factor for name in _COST_FIELDS})
    return case.with_changes(**changes)


def scenarios(case: BusinessCase, factors: dict[str, tuple[float, float]] | None = None) -> pd.DataFrame:
    """NPV, payback, IRR and benefit/cost ratio of the pessimistic, expected and optimistic scenario.

    ``factors`` maps scenario -> (benefit factor, cost factor); default ``SCENARIO_FACTORS``.

    >>> table = scenarios(BusinessCase(implementation=1000, other_benefits=500, horizon=3, discount_rate=0))
    >>> table["npv"].tolist()
    [-250.0, 500.0, 900.0]
    """
    rows = []
    for key, (benefit_factor, cost_factor) in (factors or SCENARIO_FACTORS).items():
        result = evaluate(scale_case(case, benefit_factor, cost_factor))
        rows.append(
            {
                "scenario": key,
                "label": SCENARIO_LABELS.get(key, key),
                "benefit_factor": benefit_factor,
                "cost_factor": cost_factor,
                "npv": result.npv,
                "payback_years": result.payback_years,
                "irr": result.irr,
                "benefit_cost_ratio": result.benefit_cost_ratio,
            }
        )
    return pd.DataFrame(rows)


# --- One-at-a-time sensitivity ----------------------------------------------------------------------------

SENSITIVITY_PARAMETERS: tuple[str, ...] = (
    "hours_freed",
    "hourly_cost",
    "other_benefits",
    "implementation",
    "licences",
    "training",
    "internal_hours",
    "running_cost",
    "discount_rate",
)


def sensitivity(
    case: BusinessCase,
    change: float = 0.2,
    parameters: Sequence[str] = SENSITIVITY_PARAMETERS,
) -> pd.DataFrame:
    """One-at-a-time sensitivity: move each parameter ``change`` (default 20 %) down and up, keep the rest.

    Returns one row per parameter with the NPV at the low and the high value and the ``change`` used, sorted by
    the swing (largest first), ready for a tornado chart.

    >>> table = sensitivity(BusinessCase(hours_freed=100, hourly_cost=400, horizon=1, discount_rate=0))
    >>> table.loc[0, ["npv_low", "npv_high"]].tolist()
    [32000.0, 48000.0]
    """
    change = parse_number("change", change)
    if not 0 < change < 1:
        raise BusinessCaseError("Ændringen i følsomhedsanalysen skal være mellem 0 og 1 (fx 0,2 for 20 %).")
    base = net_present_value(case)
    rows = []
    known = {f.name for f in fields(BusinessCase)}
    for name in parameters:
        if name not in known or name in ("ramp_up", "name", "horizon"):
            raise BusinessCaseError(f"Følsomhedsanalysen kender ikke parameteren {quote(name)}.")
        value = getattr(case, name)
        low_value, high_value = value * (1 - change), value * (1 + change)
        npv_low = net_present_value(case.with_changes(**{name: low_value}))
        npv_high = net_present_value(case.with_changes(**{name: high_value}))
        rows.append(
            {
                "parameter": name,
                "label": PARAMETER_LABELS[name],
                "short_label": PARAMETER_SHORT_LABELS[name],
                "base_value": value,
                "low_value": low_value,
                "high_value": high_value,
                "npv_base": base,
                "npv_low": npv_low,
                "npv_high": npv_high,
                "swing": abs(npv_high - npv_low),
                "change": change,
            }
        )
    table = pd.DataFrame(rows)
    return table.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)


# --- The link to the workflow analysis --------------------------------------------------------------------


def from_workflow(as_is: pd.DataFrame, to_be: pd.DataFrame, hourly_cost: float, **kwargs: object) -> BusinessCase:
    """A business case whose hours freed come from an as-is and a to-be workflow (step tables).

    The hours are ``workflow.model.hours_freed(as_is, to_be)``: the yearly hours of the as-is workflow minus those
    of the to-be, rework included, so the business case and the arbejdsgangsanalyse always agree. Other
    parameters (costs, horizon, ...) are passed on to ``BusinessCase``.

    >>> before = pd.DataFrame({"step": ["Journalisér"], "actor": ["Sekretær"], "minutes": [30.0],
    ...                        "per_year": [1200.0]})
    >>> after = before.assign(minutes=10.0)
    >>> from_workflow(before, after, hourly_cost=400).hours_freed
    400.0
    """
    hours = workflow_hours_freed(as_is, to_be)
    if hours < 0:
        raise BusinessCaseError(
            f"Den nye arbejdsgang tager {formats.hours(abs(hours))} mere om året end den gamle, så der er ingen "
            "frigjorte timer. Skriv merforbruget som en driftsomkostning i stedet."
        )
    return BusinessCase(hours_freed=hours, hourly_cost=hourly_cost, **kwargs)


def plausibility(case: BusinessCase) -> list[str]:
    """Danish warnings for values that are allowed but rarely meant (too many zeros, a wrong unit).

    >>> plausibility(BusinessCase(implementation=99_999_999_999_999))[0][:60]
    'Feltet »Implementering (engangsbeløb)« er 99.999.999.999.999'
    >>> plausibility(BusinessCase(implementation=250_000))
    []
    """
    warnings = []
    for name, (limit, words) in PLAUSIBLE_LIMITS.items():
        value = getattr(case, name)
        if value > limit:
            unit = PARAMETER_UNITS.get(name, "")
            warnings.append(
                f"Feltet »{PARAMETER_LABELS[name]}« er {shown(value)} {unit}, dvs. {words}. Det er usædvanligt "
                "meget for en kommunal arbejdsgang: tjek, om der er tastet for mange nuller eller brugt en forkert "
                "enhed."
            )
    return warnings


# --- The realisation per year, as a learner types it ------------------------------------------------------

_RAMP_SPLIT = re.compile(r"[;/\s]+")


def parse_ramp(text: object) -> tuple[float, ...]:
    """Read the realisation per year typed as percentages: "50; 90; 100", "50, 100" or "50 100" -> fractions.

    A comma followed by a space, a semicolon, a slash or a space separates the numbers; a comma between digits is
    a decimal comma ("50,5" is one number). Where both readings are possible ("50,100"), a Danish message says
    exactly what to write.

    >>> parse_ramp("50; 90; 100"), parse_ramp("50, 100"), parse_ramp("50 100"), parse_ramp("50 % ; 100 %")
    ((0.5, 0.9, 1.0), (0.5, 1.0), (0.5, 1.0), (0.5, 1.0))
    >>> parse_ramp("50,5")
    (0.505,)
    """
    label = PARAMETER_LABELS["ramp_up"]
    if isinstance(text, Sequence) and not isinstance(text, str):
        return _check_ramp(text)
    tokens: list[str] = []
    for token in _RAMP_SPLIT.split(str(text).replace("%", " ")):
        token = token.strip(",")
        if not token:
            continue
        if token.count(",") > 1:
            tokens.extend(part for part in token.split(",") if part)
            continue
        whole, comma, decimals = token.partition(",")
        if comma and len(decimals) >= 3 and decimals.isdigit() and whole.lstrip("+-").isdigit():
            raise BusinessCaseError(
                f"Feltet »{label}«: {quote(token)} kan læses både som ét tal ({whole},{decimals[:1]}) og som to tal "
                f"({whole} og {decimals}). Skriv »{whole}; {decimals}« (eller »{whole}, {decimals}« med mellemrum) "
                f"for to år, eller »{whole},{decimals[:1]}« for ét tal med decimal."
            )
        tokens.append(token)
    if not tokens:
        raise BusinessCaseError(f"Feltet »{label}« er tomt. Skriv fx 50; 100 (procent pr. år).")
    percents = [parse_number("ramp_up", token) for token in tokens]
    if all(0 <= value <= 1 for value in percents) and any(0 < value < 1 for value in percents):
        typed = "; ".join(tokens)
        raise BusinessCaseError(
            f"Feltet »{label}« skrives i procent af den fulde gevinst, men du skrev {quote(typed)}. Mente du "
            f"{quote('; '.join(formats.number(value * 100, 'auto') for value in percents))}?"
        )
    for token, value in zip(tokens, percents, strict=True):
        if not 0 <= value <= 100:
            raise BusinessCaseError(
                f"Feltet »{label}« skal bestå af procenter mellem 0 og 100, men indeholder {quote(token)}."
            )
    return tuple(value / 100 for value in percents)


def ramp_text(ramp: Sequence[float]) -> str:
    """The realisation per year as Danish percentages for a text field: (0.5, 1.0) -> "50; 100".

    >>> ramp_text((0.5, 0.755, 1.0))
    '50; 75,5; 100'
    """
    return "; ".join(formats.number(share * 100, "auto") for share in ramp)


# --- The learner's own workflow and the case record ----------------------------------------------------------


def workflow_hours(as_is: object, to_be: object) -> float:
    """Hours freed per year by the learner's own to-be workflow, from the case parts ``as_is`` and ``to_be``.

    Uses ``to_be["hours_freed_per_year"]`` when notebook 03 saved it, else computes ``workflow.model.hours_freed``
    from the two step tables. Raises a ``BusinessCaseError`` saying what is missing (and in which notebook).

    >>> workflow_hours(None, {"hours_freed_per_year": 412.5})
    412.5
    >>> rows = [{"step": "Journalisér", "actor": "Sekretær", "minutes": 30, "per_year": 1200}]
    >>> workflow_hours({"rows": rows}, {"rows": [{**rows[0], "minutes": 10}]})
    400.0
    """
    where = "notebook 03 (arbejdsgangsanalysen)"
    if isinstance(to_be, dict) and to_be.get("hours_freed_per_year") not in (None, ""):
        try:
            hours = parse_number("hours_freed", to_be["hours_freed_per_year"])
        except BusinessCaseError:
            raise BusinessCaseError(
                f"De frigjorte timer i din fremtidige arbejdsgang ({quote(to_be['hours_freed_per_year'])}) er ikke "
                f"et tal. Gem den fremtidige arbejdsgang igen i {where}."
            ) from None
    else:
        hours = _hours_from_rows(as_is, to_be, where)
    if hours < 0:
        raise BusinessCaseError(
            f"Din fremtidige arbejdsgang tager {formats.hours(abs(hours), 'auto')} mere om året end den gamle, så der "
            "er ingen frigjorte timer. Skriv merforbruget som en driftsomkostning i stedet."
        )
    return hours


def _hours_from_rows(as_is: object, to_be: object, where: str) -> float:
    from workbook_helpers.workflow.model import validate_steps

    tables = {}
    for key, value, label in (("as_is", as_is, "arbejdsgangen i dag"), ("to_be", to_be, "den fremtidige arbejdsgang")):
        rows = value.get("rows") if isinstance(value, dict) else value if isinstance(value, list) else None
        if not rows:
            raise BusinessCaseError(f"Du har ikke gemt {label} endnu. Det gør du i {where}.")
        try:
            tables[key] = validate_steps(pd.DataFrame(rows))
        except (ValueError, KeyError) as error:
            raise BusinessCaseError(f"{label.capitalize()} kan ikke læses: {error} Ret den i {where}.") from None
    return float(workflow_hours_freed(tables["as_is"], tables["to_be"]))


SCENARIO_KEYS = {"pessimistic": "pessimistisk", "expected": "forventet", "optimistic": "optimistisk"}


def case_record(result: BusinessCaseResult, source: str, **extra: object) -> dict:
    """The business case as the case part ``business_case`` holds it (see the contract in ``case.py``).

    ``source`` is "own_workflow", "typed" or "example".

    >>> record = case_record(evaluate(BusinessCase(implementation=1000, other_benefits=500, horizon=3,
    ...                                            discount_rate=0)), "typed")
    >>> record["npv"], record["payback_years"], record["scenarios"]["forventet"]
    (500.0, 2.0, 500.0)
    """
    case = result.case
    inputs = {f.name: getattr(case, f.name) for f in fields(BusinessCase) if f.name != "name"}
    inputs["ramp_up"] = list(case.ramp_up)
    scenario_npvs = {
        SCENARIO_KEYS[key]: net_present_value(scale_case(case, benefit, cost))
        for key, (benefit, cost) in SCENARIO_FACTORS.items()
    }
    return {
        "inputs": inputs,
        "source": source,
        "hours_freed": case.hours_freed,
        "npv": result.npv,
        "payback_years": result.payback_years,
        "one_off_cost": case.one_off_cost,
        "yearly_net": case.full_yearly_benefit - case.running_cost,
        "horizon": case.horizon,
        "irr": result.irr,
        "scenarios": scenario_npvs,
        **extra,
    }


def case_from_inputs(inputs: object) -> BusinessCase | None:
    """The BusinessCase of saved ``inputs`` (None when they are missing or no longer valid)."""
    if not isinstance(inputs, dict):
        return None
    known = {f.name for f in fields(BusinessCase)} - {"name"}
    values = {name: value for name, value in inputs.items() if name in known}
    if "ramp_up" in values and isinstance(values["ramp_up"], list):
        values["ramp_up"] = tuple(values["ramp_up"])
    try:
        return BusinessCase(**values)
    except (BusinessCaseError, TypeError):
        return None
