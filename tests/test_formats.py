import datetime as dt

import pandas as pd
import pytest

from workbook_helpers import formats


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(1234.5, 1, "1.234,5"), (1234567, 0, "1.234.567"), (-0.5, 2, "-0,50"), (0, 0, "0"), (float("nan"), 0, "–")],
)
def test_number_is_danish(value, decimals, expected):
    assert formats.number(value, decimals) == expected


def test_kroner_percent_and_hours():
    assert formats.kr(1234.5, 2) == "1.234,50 kr."
    assert formats.kr(2_500_000) == "2.500.000 kr."
    assert formats.percent(0.035, 1) == "3,5 %"
    assert formats.percent(1) == "100 %"
    assert formats.hours(1) == "1 time"
    assert formats.hours(1924) == "1.924 timer"


def test_dates_accept_text_dates_and_timestamps():
    assert formats.date("2021-01-07") == "7. jan. 2021"
    assert formats.date(dt.date(2024, 8, 1), style="long") == "1. august 2024"
    assert formats.date(pd.Timestamp("2025-02-02 10:00")) == "2. feb. 2025"


def test_negative_decimals_are_refused():
    with pytest.raises(ValueError, match="decimaler"):
        formats.number(1, -1)


@pytest.mark.parametrize(
    ("text", "expected"), [("1.234,5", 1234.5), ("2,5", 2.5), ("1.200", 1200.0), (" -3 ", -3.0), (7, 7.0)]
)
def test_parse_number_reads_danish_numbers(text, expected):
    assert formats.parse_number(text) == expected


@pytest.mark.parametrize(("text", "advice"), [("2.5", "komma før decimaler"), ("tolv", "Skriv fx"), (True, "Skriv fx")])
def test_parse_number_refuses_the_rest_in_danish(text, advice):
    with pytest.raises(ValueError, match="er ikke et tal") as caught:
        formats.parse_number(text)
    assert advice in str(caught.value)
