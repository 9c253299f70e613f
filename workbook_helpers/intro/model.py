"""The one calculation behind the first widget: small savings per case add up over a year.

>>> hours_freed_per_year(minutes_saved_per_case=3, cases_per_year=2000)
100.0
"""

from __future__ import annotations


def hours_freed_per_year(minutes_saved_per_case: float, cases_per_year: float) -> float:
    """Hours a year freed when each of ``cases_per_year`` cases takes ``minutes_saved_per_case`` fewer minutes."""
    if minutes_saved_per_case < 0 or cases_per_year < 0:
        raise ValueError("Minutter og antal sager kan ikke være negative.")
    return minutes_saved_per_case * cases_per_year / 60
