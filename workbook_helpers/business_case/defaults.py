"""Sourced default values for the business case, read from ``data/business_case_defaults.csv``.

Every default carries its unit, a Danish explanation, its source, a link and an "as of" date, so the notebook and
the explorer can show where each number comes from. The hourly cost and the horizon are assumptions (no official
figure exists) and say so.

>>> defaults()["discount_rate"].value
0.035
>>> defaults()["hours_per_fte"].value
1924.0
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.data import load_dataset

DATASET = "business_case_defaults"


@dataclass(frozen=True)
class Default:
    """One default value with its unit, Danish explanation, source, link, as-of date and check status."""

    parameter: str
    value: float
    unit: str
    explanation: str
    source: str
    source_url: str
    as_of: pd.Timestamp
    status: str

    @property
    def is_assumption(self) -> bool:
        """True for values that are the workbook's assumptions, not sourced facts."""
        return self.status.lower().startswith("antagelse")

    def source_line(self) -> str:
        """One Danish line: source and as-of date, e.g. for a caption under a slider."""
        line = f"Kilde: {self.source} (pr. {formats.date(self.as_of)}; {self.status.lower()})."
        return line if not self.is_assumption else f"{self.source} – {self.status.lower()}."


@cache
def defaults() -> dict[str, Default]:
    """All defaults by parameter name (read once, then cached)."""
    table = load_dataset(DATASET)
    return {
        row.parameter: Default(
            parameter=row.parameter,
            value=float(row.value),
            unit=row.unit,
            explanation=row.explanation,
            source=row.source,
            source_url=row.source_url if isinstance(row.source_url, str) else "",
            as_of=row.as_of,
            status=row.status,
        )
        for row in table.itertuples(index=False)
    }


def default_value(parameter: str) -> float:
    """The default value of one parameter.

    >>> default_value("hourly_cost")
    400.0
    """
    table = defaults()
    if parameter not in table:
        raise KeyError(f"Der er ingen standardværdi for »{parameter}«. Kendte: {', '.join(sorted(table))}.")
    return table[parameter].value


def default_kwargs() -> dict[str, float]:
    """The defaults as keyword arguments for ``BusinessCase`` (discount rate, hours per årsværk, ...).

    >>> sorted(default_kwargs())
    ['discount_rate', 'horizon', 'hourly_cost', 'hours_per_fte']
    """
    fields = ("discount_rate", "hours_per_fte", "hourly_cost", "horizon")
    values = {name: default_value(name) for name in fields}
    values["horizon"] = int(values["horizon"])
    return values


def _value_text(item: Default) -> str:
    if item.parameter == "discount_rate":
        return formats.percent(item.value, decimals=1)
    if item.unit == "faktor":
        return f"{formats.number(item.value, 'auto')} (faktor)"
    return f"{formats.number(item.value)} {item.unit}"


def defaults_table() -> pd.DataFrame:
    """The defaults as a Danish table: value, explanation, source, as-of date and status."""
    rows = [
        {
            "Værdi": _value_text(item),
            "Forklaring": item.explanation,
            "Kilde": item.source,
            "Pr. dato": formats.date(item.as_of),
            "Status": item.status,
        }
        for item in defaults().values()
    ]
    return pd.DataFrame(rows, index=[PARAMETER_NAMES.get(name, name) for name in defaults()])


#: Danish names of the default parameters (row labels of ``defaults_table``).
PARAMETER_NAMES: dict[str, str] = {
    "discount_rate": "Diskonteringsrente",
    "hours_per_fte": "Timer pr. årsværk (brutto)",
    "productive_hours_per_fte_example": "Produktive timer pr. årsværk (eksempel)",
    "hourly_cost": "Timepris inkl. overhead",
    "horizon": "Tidshorisont",
    "scenario_pessimistic_benefits": "Pessimistisk: faktor på gevinster",
    "scenario_pessimistic_costs": "Pessimistisk: faktor på omkostninger",
    "scenario_optimistic_benefits": "Optimistisk: faktor på gevinster",
    "scenario_optimistic_costs": "Optimistisk: faktor på omkostninger",
}


def defaults_html() -> str:
    """The defaults as a small HTML list with source links, for the explorer (all text escaped)."""
    items = []
    for name, item in defaults().items():
        source = html.escape(item.source)
        if item.source_url:
            source = f'<a href="{html.escape(item.source_url)}" target="_blank" rel="noopener">{source}</a>'
        date_text = html.escape(formats.date(item.as_of))
        label = html.escape(PARAMETER_NAMES.get(name, name))
        items.append(
            f"<li><b>{label}: {html.escape(_value_text(item))}</b> – {html.escape(item.status)}. "
            f"Kilde: {source}, pr. {date_text}.</li>"
        )
    return "<ul class='bc-defaults'>" + "".join(items) + "</ul>"
