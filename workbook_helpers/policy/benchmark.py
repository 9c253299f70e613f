"""Denmark in international benchmarks: the EU's eGovernment Benchmark 2023 and the UN E-Government Development
Index (EGDI). Pure functions on the two catalogued data sets.

>>> egov, egdi = load_benchmarks()
>>> table = scores(egov, ["DK", "AVERAGE_EU27"], "B0")
>>> [round(v, 1) for v in table["value"]]
[85.1, 72.9]
>>> egdi_series(egdi, ["DNK"])["rank"].tolist()
[7, 4, 16, 9, 1, 1, 1]
"""

from __future__ import annotations

import pandas as pd

from .. import formats
from ..data import load_dataset

EGOV = "egov_benchmark_2023_scores_tidy"
EGDI = "un_egdi_2010_2024"
EU27 = "AVERAGE_EU27"
# The benchmark's headline measure: the average of the 2021 and 2022 data collections.
BIENNIAL = "Biennial average 2021 + 2022"

INDICATORS_DA: dict[str, str] = {
    "B0": "Samlet score",
    "B1": "Brugercentrering",
    "B1.1": "Tilgængelighed online",
    "B1.2": "Mobilvenlighed",
    "B1.3": "Brugerstøtte",
    "B2": "Gennemsigtighed",
    "B2.1": "Gennemsigtighed i sagsbehandlingen",
    "B2.2": "Gennemsigtighed om persondata",
    "B2.3": "Gennemsigtighed i udvikling af tjenester",
    "B3": "Digitale nøglekomponenter",
    "B3.1": "eID",
    "B3.2": "Digitale dokumenter",
    "B3.3": "Forudfyldte formularer",
    "B3.4": "Digital post",
    "B4": "Tjenester på tværs af grænser",
    "B4.1": "Tilgængelighed online på tværs af grænser",
    "B4.2": "Brugerstøtte på tværs af grænser",
    "B4.3": "eID på tværs af grænser",
    "B4.4": "Digitale dokumenter på tværs af grænser",
}

COUNTRIES_DA: dict[str, str] = {
    "AT": "Østrig", "BE": "Belgien", "BG": "Bulgarien", "CY": "Cypern", "CZ": "Tjekkiet", "DE": "Tyskland",
    "DK": "Danmark", "EE": "Estland", "EL": "Grækenland", "ES": "Spanien", "FI": "Finland", "FR": "Frankrig",
    "HR": "Kroatien", "HU": "Ungarn", "IE": "Irland", "IT": "Italien", "LT": "Litauen", "LU": "Luxembourg",
    "LV": "Letland", "MT": "Malta", "NL": "Nederlandene", "PL": "Polen", "PT": "Portugal", "RO": "Rumænien",
    "SE": "Sverige", "SI": "Slovenien", "SK": "Slovakiet", "AL": "Albanien", "CH": "Schweiz", "IS": "Island",
    "ME": "Montenegro", "MK": "Nordmakedonien", "NO": "Norge", "RS": "Serbien", "TR": "Tyrkiet",
    "AVERAGE_EU27": "EU27-gennemsnit", "EU27+": "EU27+ (alle målte lande)",
}  # fmt: skip

EGDI_COUNTRIES_DA: dict[str, str] = {
    "DNK": "Danmark", "SWE": "Sverige", "NOR": "Norge", "FIN": "Finland", "ISL": "Island", "EST": "Estland",
    "NLD": "Nederlandene", "DEU": "Tyskland", "KOR": "Sydkorea", "SGP": "Singapore", "GBR": "Storbritannien",
    "USA": "USA", "FRA": "Frankrig",
}  # fmt: skip

GOVERNMENT_LEVELS_DA = {"Central": "Statslig", "Regional": "Regional", "Local": "Lokal (kommunal)"}

# A small default comparison: Denmark, the EU27 average, the Nordic neighbours and the two leaders of 2022.
DEFAULT_PEERS: tuple[str, ...] = ("DK", "AVERAGE_EU27", "SE", "FI", "EE", "MT", "NL")


def load_benchmarks() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The eGovernment Benchmark 2023 (long format) and the UN EGDI 2010-2024, as catalogued."""
    return load_dataset(EGOV), load_dataset(EGDI)


def indicator_choices() -> dict[str, str]:
    """{Danish label: code} for a drop-down, overall score first."""
    return {f"{label} ({code})" if code != "B0" else label: code for code, label in INDICATORS_DA.items()}


def country_choices(egov: pd.DataFrame) -> dict[str, str]:
    """{Danish name: code} for every country and average in the benchmark, Denmark and the EU27 first."""
    codes = [c for c in COUNTRIES_DA if c in set(egov["country"])]
    first = ["DK", EU27]
    ordered = first + sorted((c for c in codes if c not in first), key=lambda c: COUNTRIES_DA[c])
    return {COUNTRIES_DA[c]: c for c in ordered}


def scores(egov: pd.DataFrame, countries, indicator: str = "B0") -> pd.DataFrame:
    """One indicator's 2021+2022 score for each chosen country, highest first.

    Columns: country, name, value, average (True for the EU27 average and other aggregates).
    """
    if indicator not in INDICATORS_DA:
        raise ValueError(f"Indikatoren »{indicator}« findes ikke. Vælg fx B0 (samlet score) eller B3.1 (eID).")
    countries = list(countries)
    if not countries:
        raise ValueError("Vælg mindst ét land.")
    unknown = [c for c in countries if c not in COUNTRIES_DA]
    if unknown:
        raise ValueError(f"Landekoden {', '.join(unknown)} findes ikke i eGovernment Benchmark 2023.")
    rows = egov[(egov["indicator_code"] == indicator) & (egov["measure"] == BIENNIAL) & egov["country"].isin(countries)]
    result = pd.DataFrame(
        {
            "country": rows["country"],
            "name": rows["country"].map(COUNTRIES_DA),
            "value": rows["value"].astype(float),
            "average": rows["country"].isin([EU27, "EU27+"]),
        }
    )
    return result.sort_values("value", ascending=False).reset_index(drop=True)


def government_levels(egov: pd.DataFrame, countries=("DK", EU27)) -> pd.DataFrame:
    """Scores by level of government (2022) for the sub-indicators measured at both central and local level.

    Columns: country, name, indicator_code, indicator, government_level (Danish), value, gap (central - local for
    that country and indicator; positive when the local level scores lower).
    """
    rows = egov[egov["government_level"].isin(["Central", "Local"]) & egov["country"].isin(list(countries))]
    wide = rows.pivot_table(index=["country", "indicator_code"], columns="government_level", values="value")
    wide = wide.dropna(subset=["Central", "Local"]).reset_index()
    wide["gap"] = wide["Central"] - wide["Local"]
    tidy = wide.melt(
        id_vars=["country", "indicator_code", "gap"],
        value_vars=["Central", "Local"],
        var_name="level",
        value_name="value",
    )
    tidy["government_level"] = tidy["level"].map(GOVERNMENT_LEVELS_DA)
    tidy["indicator"] = tidy["indicator_code"].map(INDICATORS_DA)
    tidy["name"] = tidy["country"].map(COUNTRIES_DA)
    columns = ["country", "name", "indicator_code", "indicator", "government_level", "value", "gap"]
    return tidy[columns].sort_values(["country", "indicator_code", "government_level"], ignore_index=True)


def egdi_series(egdi: pd.DataFrame, countries=("DNK",)) -> pd.DataFrame:
    """EGDI and rank by survey year for the chosen countries (ISO3 codes). Columns: year, country, name, egdi,
    rank. The 2020 survey is missing from the data set (no copy was found)."""
    countries = list(countries)
    unknown = [c for c in countries if c not in set(egdi["country_code"])]
    if unknown:
        raise ValueError(f"Landekoden {', '.join(unknown)} findes ikke i FN's EGDI-data (brug fx DNK, SWE, EST).")
    rows = egdi[egdi["country_code"].isin(countries)]
    names = rows["country_code"].map(EGDI_COUNTRIES_DA).fillna(rows["country_name"])
    result = pd.DataFrame(
        {
            "year": rows["year"].astype(int),
            "country": rows["country_code"],
            "name": names,
            "egdi": rows["egdi"].astype(float),
            "rank": rows["egdi_rank"].astype("Int64"),
        }
    )
    return result.sort_values(["country", "year"]).reset_index(drop=True)


def denmark_gap(egov: pd.DataFrame) -> dict[str, float]:
    """Denmark and the EU27 average overall, and Denmark's eID score in central and local government."""
    overall = scores(egov, ["DK", EU27], "B0").set_index("country")["value"]
    levels = government_levels(egov, ["DK"]).set_index(["indicator_code", "government_level"])["value"]
    return {
        "dk": float(overall["DK"]),
        "eu27": float(overall[EU27]),
        "eid_central": float(levels[("B3.1", "Statslig")]),
        "eid_local": float(levels[("B3.1", "Lokal (kommunal)")]),
    }


def comparison_text(table: pd.DataFrame) -> str:
    """What a ``scores`` table shows, in one Danish sentence: how many countries and averages, and Denmark's gap.

    >>> comparison_text(pd.DataFrame({"country": ["DK", EU27, "FI"], "value": [80.0, 70.0, 75.0],
    ...                               "average": [False, True, False]}))
    '2 lande og 1 gennemsnit vist. Danmark ligger 10,0 point over EU27-gennemsnittet.'
    """
    countries = int((~table["average"]).sum())
    averages = int(table["average"].sum())
    text = formats.count(countries, "land", "lande")
    text += f" og {formats.count(averages, 'gennemsnit', 'gennemsnit')} vist." if averages else " vist."
    dk = table.loc[table["country"] == "DK", "value"]
    eu = table.loc[table["country"] == EU27, "value"]
    if len(dk) and len(eu):
        diff = float(dk.iloc[0] - eu.iloc[0])
        side = "over" if diff >= 0 else "under"
        text += f" Danmark ligger {formats.number(abs(diff), 1)} point {side} EU27-gennemsnittet."
    return text
