"""Danish tables for reading in notebook 06: every cell in full (``display.table``), no index, Danish numbers.

>>> "…" in str(assumptions())
False
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers.display import Table, table

from . import defaults as _defaults
from . import examples, exercises
from .widgets import yearly_table


def defaults() -> Table:
    """The sourced defaults: value, source, as-of date and status (assumptions say so)."""
    frame = _defaults.defaults_table()[["Værdi", "Kilde", "Pr. dato", "Status"]]
    return table(frame.rename_axis("Standardværdi").reset_index())


def yearly(result) -> Table:
    """The yearly flows of a business case, one row per year."""
    return yearly_table(result)


def payback_exercise() -> Table:
    """The cash flow of exercise 1 (without the cumulative column: the learner adds it)."""
    return table(exercises.payback_table().reset_index())


def assumptions() -> Table:
    """The four assumptions of exercise 3, each in full."""
    return table(exercises.assumptions_table().reset_index())


def ringkobing_skjern() -> Table:
    """Ringkøbing-Skjern's published RPA figures (KL Videncenter), with Danish numbers."""
    return table(examples.ringkobing_skjern_table().reset_index())


def irr_roots(rates: list[float]) -> Table:
    """Every internal rate of return of a cash flow, for the deeper section on IRR."""
    from workbook_helpers import formats

    return table(pd.DataFrame({"Intern rente": [formats.percent(rate, 1) for rate in rates]}))
