"""Danish number, currency, percent, hour and date formats, through Babel (locale da_DK).

Every number a learner reads goes through here, in text and on chart axes alike.

>>> number(1234.5, decimals=1)
'1.234,5'
>>> kr(1234567)
'1.234.567 kr.'
>>> percent(0.355, decimals=1)
'35,5 %'
>>> hours(1924)
'1.924 timer'
>>> date("2021-01-07")
'7. jan. 2021'
>>> parse_number("1.234,5")
1234.5
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

LOCALE = "da_DK"
# A number as Danes write it: thousands dot (optional), decimal comma. "5.5" is not one: it is ambiguous.
DANISH_NUMBER = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?")

# Babel writes a no-break space inside "35 %" and "1.234 kr."; a plain space reads the same and is easier to test
# and to paste into Excel.
_NBSP = "\u00a0"


def _pattern(decimals: int) -> str:
    if decimals < 0:
        raise ValueError("Antallet af decimaler kan ikke være negativt.")
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _plain(text: str) -> str:
    return text.replace(_NBSP, " ").replace("\u202f", " ")


def _is_missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def number(x: float | int | None, decimals: int = 0) -> str:
    """Danish number: ``number(1234.5, 1)`` gives ``'1.234,5'``; a missing value gives ``'–'``."""
    if _is_missing(x):
        return "–"
    return _plain(format_decimal(x, format=_pattern(decimals), locale=LOCALE))


def kr(x: float | int | None, decimals: int = 0) -> str:
    """Danish kroner: ``kr(1234.5, 2)`` gives ``'1.234,50 kr.'``."""
    if _is_missing(x):
        return "–"
    return f"{number(x, decimals)} kr."


def percent(fraction: float | None, decimals: int = 0) -> str:
    """A share as Danish percent: ``percent(0.35)`` gives ``'35 %'`` (the argument is a fraction, not 35)."""
    if _is_missing(fraction):
        return "–"
    return _plain(format_percent(fraction, format=_pattern(decimals) + " %", locale=LOCALE))


def hours(x: float | None, decimals: int = 0) -> str:
    """Hours in words: ``hours(1)`` gives ``'1 time'``, ``hours(1924)`` gives ``'1.924 timer'``."""
    if _is_missing(x):
        return "–"
    text = number(x, decimals)
    return f"{text} time" if text == "1" else f"{text} timer"


def date(d: dt.date | dt.datetime | str, style: str = "medium") -> str:
    """Danish date: ``date("2021-01-07")`` gives ``'7. jan. 2021'``; ``style="long"`` gives ``'7. januar 2021'``."""
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    if hasattr(d, "to_pydatetime"):  # pandas Timestamp
        d = d.to_pydatetime()
    if isinstance(d, dt.datetime):
        d = d.date()
    return format_date(d, format=style, locale=LOCALE)


def parse_number(value: object) -> float:
    """A number typed the Danish way: ``"1.234,5"``, ``"2,5"``, ``"1.200"`` or a plain int or float.

    Raises ValueError with a Danish sentence for anything else (text, ``"5.5"``, True/False, NaN, infinity).
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str) and DANISH_NUMBER.fullmatch(text := value.strip().replace(_NBSP, "").replace(" ", "")):
        number = float(text.replace(".", "").replace(",", "."))
    else:
        looks_english = isinstance(value, str) and re.fullmatch(r"[+-]?\d+\.\d{1,2}", value.strip())
        advice = "Brug komma før decimaler, fx 2,5." if looks_english else "Skriv fx 12 eller 1.234,5."
        raise ValueError(f"«{value}» er ikke et tal. {advice}")
    if not math.isfinite(number):
        raise ValueError(f"«{value}» er ikke et endeligt tal.")
    return number
