"""Benchmarks: Denmark against the EU27 and peers; central against local government; the UN EGDI."""

import pytest

from workbook_helpers.policy import benchmark


@pytest.fixture(scope="module")
def egov():
    return benchmark.load_benchmarks()[0]


def test_denmark_and_the_eu27_overall_score(egov):
    table = benchmark.scores(egov, ["DK", "AVERAGE_EU27"], "B0")
    assert table["name"].tolist() == ["Danmark", "EU27-gennemsnit"]
    assert table["value"].round(1).tolist() == [85.1, 72.9]
    assert table["average"].tolist() == [False, True]


def test_local_government_scores_lower_on_eid_and_documents(egov):
    levels = benchmark.government_levels(egov)
    dk = levels[(levels["country"] == "DK")].set_index(["indicator_code", "government_level"])["value"]
    assert round(dk[("B3.1", "Statslig")], 1) == 94.8 and round(dk[("B3.1", "Lokal (kommunal)")], 1) == 64.3
    assert round(dk[("B3.2", "Lokal (kommunal)")], 1) == 50.0
    eu = levels[levels["country"] == "AVERAGE_EU27"]
    assert (eu["gap"] > 0).all(), "on EU27 average the local level scores lower on every shared sub-indicator"


def test_bad_choices_get_danish_messages(egov):
    with pytest.raises(ValueError, match="Vælg mindst ét land"):
        benchmark.scores(egov, [], "B0")
    with pytest.raises(ValueError, match="Landekoden XX findes ikke"):
        benchmark.scores(egov, ["XX"], "B0")
    with pytest.raises(ValueError, match="Indikatoren »B9« findes ikke"):
        benchmark.scores(egov, ["DK"], "B9")


def test_egdi_series_for_denmark():
    _, egdi = benchmark.load_benchmarks()
    series = benchmark.egdi_series(egdi, ["DNK"])
    assert series["year"].tolist() == [2010, 2012, 2014, 2016, 2018, 2022, 2024]
    assert series["egdi"].round(4).tolist()[-2:] == [0.9717, 0.9847]
    with pytest.raises(ValueError, match="findes ikke i FN's EGDI-data"):
        benchmark.egdi_series(egdi, ["DK"])
