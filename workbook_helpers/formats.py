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
>>> count(1, "sag", "sager"), count(2500, "sag", "sager")
('1 sag', '2.500 sager')
>>> number(2.5), number(12.345, "auto"), number(1234.56, "auto")
('3', '12,3', '1.235')

Rounding: the workbook rounds half up (2,5 is shown as 3, 1.234,5 kr. as 1.235 kr.), as a Danish reader expects,
and a value that rounds to zero is shown without a minus sign.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import numbers
import re

from babel.dates import format_date

LOCALE = "da_DK"
# A number as Danes write it: thousands dot (optional), decimal comma. "5.5" is not one: it is ambiguous.
DANISH_NUMBER = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?")

# Babel writes a no-break space inside "35 %" and "1.234 kr."; a plain space reads the same and is easier to test
# and to paste into Excel.
_NBSP = "\u00a0"


def _plain(text: str) -> str:
    return text.replace(_NBSP, " ").replace("\u202f", " ")


def _is_missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def auto_decimals(x: float) -> int:
    """As many decimals as a reader needs: none for whole numbers and from 100 up, one from 10, else two.

    >>> [auto_decimals(v) for v in (12, 1234.5, 12.5, 2.25, 0.5)]
    [0, 0, 1, 2, 1]
    """
    value = abs(float(x))
    if not math.isfinite(value) or float(value).is_integer() or value >= 100:
        return 0
    if value >= 10:
        return 1
    rounded = round(value, 2)
    return 1 if round(rounded, 1) == rounded else 2


def _rounded(x: float | int, decimals: int) -> decimal.Decimal:
    """``x`` rounded half up to ``decimals`` places, exactly (no float rounding, any size), never ``-0``."""
    with decimal.localcontext() as context:
        context.prec = 400
        value = decimal.Decimal(int(x)) if isinstance(x, numbers.Integral) else decimal.Decimal(repr(float(x)))
        value = value.quantize(decimal.Decimal(1).scaleb(-decimals), rounding=decimal.ROUND_HALF_UP)
        return value + 0 if value != 0 else abs(value)


def number(x: float | int | None, decimals: int | str = 0) -> str:
    """Danish number: ``number(1234.5, 1)`` gives ``'1.234,5'``; a missing value gives ``'–'``.

    ``decimals="auto"`` chooses with :func:`auto_decimals`. Rounds half up; huge numbers are written out in full.
    """
    if _is_missing(x):
        return "–"
    if isinstance(x, float) and math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if decimals == "auto":
        decimals = auto_decimals(x)
    if not isinstance(decimals, int) or decimals < 0:
        raise ValueError("Antallet af decimaler kan ikke være negativt.")
    value = _rounded(x, decimals)
    whole, _, fraction = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if value < 0 else ""
    return f"{sign}{grouped},{fraction}" if decimals else f"{sign}{grouped}"


def count(n: float | int, singular: str, plural: str) -> str:
    """A count with the right Danish form: ``count(1, "sag", "sager")`` gives ``'1 sag'``, 2 gives ``'2 sager'``."""
    return f"{number(n, 'auto')} {singular if n == 1 else plural}"


def duration(minutes: float | None) -> str:
    """A duration in words: ``duration(45)`` gives ``'45 min.'``, 90 gives ``'1,5 timer'``, 2880 gives ``'2 dage'``.

    >>> duration(45), duration(90), duration(60 * 48)
    ('45 min.', '1,5 timer', '2 dage')
    """
    if _is_missing(minutes):
        return "–"
    if abs(minutes) < 60:
        return f"{number(minutes, 'auto')} min."
    if abs(minutes) < 60 * 24:
        return hours(minutes / 60, "auto")
    return count(round(minutes / (60 * 24), 1), "dag", "dage")


def kr(x: float | int | None, decimals: int | str = 0) -> str:
    """Danish kroner: ``kr(1234.5, 2)`` gives ``'1.234,50 kr.'``."""
    if _is_missing(x):
        return "–"
    return f"{number(x, decimals)} kr."


def percent(fraction: float | None, decimals: int | str = 0) -> str:
    """A share as Danish percent: ``percent(0.35)`` gives ``'35 %'`` (the argument is a fraction, not 35)."""
    if _is_missing(fraction):
        return "–"
    return f"{number(fraction * 100, decimals)} %"


def hours(x: float | None, decimals: int | str = 0) -> str:
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
        raise ValueError(f"»{value}« er ikke et tal. {advice}")
    if not math.isfinite(number):
        raise ValueError(f"»{value}« er ikke et endeligt tal.")
    return number


_YES = {"ja", "j", "x", "1", "sand", "true", "yes", "y", "✓", "✔"}
_NO = {"nej", "n", "0", "falsk", "false", "no", ""}


def parse_bool(value: object) -> bool:
    """Yes or no as a learner or a spreadsheet writes it: ja/nej, j/n, x/blank, 1/0, sand/falsk, True/False.

    >>> parse_bool("Ja"), parse_bool("x"), parse_bool(""), parse_bool(1.0), parse_bool("1.0")
    (True, True, False, True, True)

    Raises ValueError with a Danish sentence for anything else.
    """
    if isinstance(value, bool):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    if isinstance(value, numbers.Real) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _YES or text in {"1.0", "1,0"}:
        return True
    if text in _NO or text in {"0.0", "0,0"}:
        return False
    raise ValueError(f"»{value}« skal være ja eller nej.")


_DANISH_DATE = re.compile(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})")


def parse_date(value: object) -> dt.date:
    """A date as Danes or spreadsheets write it: ``"7.1.2021"``, ``"07-01-2021"``, ``"2021-01-07"`` or a date.

    >>> parse_date("7.1.2021"), parse_date("2021-01-07")
    (datetime.date(2021, 1, 7), datetime.date(2021, 1, 7))

    A bare year or any other text raises ValueError with a Danish sentence (a year alone is not read as 1 January).
    """
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip() if value is not None else ""
    try:
        if match := _DANISH_DATE.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T].*)?", text):
            return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    raise ValueError(f"»{value}« er ikke en dato. Skriv fx 7.1.2027 (dag.måned.år).")
