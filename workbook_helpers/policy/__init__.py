"""Digitalisation policy from the EU to your own municipality (notebook 01).

Layers: :mod:`.model` (what applies to a work area on a date), :mod:`.benchmark` (eGovernment Benchmark and UN
EGDI), :mod:`.municipal` (worked example and your own municipality), :mod:`.charts`, :mod:`.widgets` and
:mod:`.exercises`. The one-liners below are what the notebook calls.
"""

from __future__ import annotations

import pandas as pd
from IPython.display import HTML

from .. import formats
from . import benchmark, charts, model, municipal, widgets


def policy_data() -> model.PolicyData:
    """The checked policy tables (acts, dates, cascade)."""
    return model.load_policy()


def act_dates(act_id: str, on=None) -> pd.DataFrame:
    """The dates of one act as a Danish table, e.g. ``act_dates("ai_act", on="2026-11-29")``."""
    table = model.dates_of(model.load_policy(), act_id, on)
    return pd.DataFrame(
        {
            "Dato": [widgets._date_text(d, p) for d, p in zip(table["date"], table["precision"], strict=True)],
            "Hvad": table["milestone_da"].to_list(),
            "Fastsat af": table["set_by"].map(_identifiers()).to_list(),
            "Kontrol": table["verification"].map(model.VERIFICATION_LABELS).to_list(),
        }
    )


def _identifiers() -> dict[str, str]:
    acts = model.load_policy().acts
    return dict(zip(acts["id"], acts["identifier"], strict=True))


def dates_text(act_id: str, on=None) -> str:
    """The dates of one act as plain lines, e.g. ``print(dates_text("ai_act", on="2026-11-29"))``."""
    table = act_dates(act_id, on)
    return "\n".join(
        f"{row['Dato']}: {row['Hvad']} [{row['Fastsat af']}; {row['Kontrol']}]" for _, row in table.iterrows()
    )


def acts_table(level: str | None = None) -> pd.DataFrame:
    """Every act and strategy in the data (optionally one level), with number, dates and source, in Danish."""
    acts = model.load_policy().acts
    if level is not None:
        acts = acts[acts["level"] == model._check_level(level)]
    return pd.DataFrame(
        {
            "Niveau": acts["level"].map(model.LEVEL_LABELS).to_list(),
            "Nummer": acts["identifier"].to_list(),
            "Titel": acts["title_da"].to_list(),
            "Vedtaget": [
                widgets._date_text(d, p) for d, p in zip(acts["adopted"], acts["adopted_precision"], strict=True)
            ],
            "Gælder fra": [widgets._date_text(d) for d in acts["applies_from"]],
            "Id": acts["id"].to_list(),
        }
    )


def timeline_figure(on=None, area: str = "alle"):
    """The four-lane timeline for a work area, with the dates after ``on`` highlighted."""
    data = model.load_policy()
    own = municipal.as_timeline_rows(municipal.load())
    return charts.timeline_chart(model.timeline(data, on=on, area=area, extra=own))


def cascade_figure(root: str = "dd2030", with_example: bool = True):
    """How an EU act or target flows into national, joint-municipal and municipal initiatives. The worked example
    (Eksempel (illustrativt)) and your own saved municipality join where their links match."""
    data = model.load_policy()
    towns = ([municipal.example()] if with_example else []) + ([municipal.load()] if municipal.load() else [])
    nodes, edges = model.cascade(data, root, towns)
    return charts.cascade_chart(nodes, edges)


def benchmark_figure(countries=benchmark.DEFAULT_PEERS, indicator: str = "B0"):
    """Denmark against the EU27 average and peers in the eGovernment Benchmark 2023."""
    egov, _ = benchmark.load_benchmarks()
    return charts.benchmark_chart(benchmark.scores(egov, countries, indicator), indicator)


def government_level_figure(country: str = "DK"):
    """Central against local government in the eGovernment Benchmark 2023 (2022 data)."""
    egov, _ = benchmark.load_benchmarks()
    return charts.government_level_chart(benchmark.government_levels(egov, (country, benchmark.EU27)), country)


def egdi_figure(countries=("DNK", "EST", "SWE")):
    """Denmark (and chosen peers) in the UN E-Government Development Index over the survey years."""
    _, egdi = benchmark.load_benchmarks()
    return charts.egdi_chart(benchmark.egdi_series(egdi, countries))


def example_municipality() -> HTML:
    """The worked example, labelled »Eksempel (illustrativt)«."""
    return HTML(widgets.example_html())


__all__ = [
    "act_dates", "acts_table", "benchmark_explorer", "benchmark_figure", "cascade_explorer", "cascade_figure",
    "dates_text", "denmark_summary", "egdi_figure", "example_municipality", "government_level_figure",
    "municipality_form", "policy_data", "timeline_figure",
]  # fmt: skip

cascade_explorer = widgets.cascade_explorer
benchmark_explorer = widgets.benchmark_explorer
municipality_form = widgets.municipality_form


def denmark_summary() -> str:
    """Denmark against the EU27 average in the eGovernment Benchmark 2023 and its UN EGDI rank, in one text."""
    egov, egdi = benchmark.load_benchmarks()
    overall = benchmark.scores(egov, ["DK", benchmark.EU27], "B0").set_index("country")["value"]
    levels = benchmark.government_levels(egov, ["DK"]).set_index(["indicator_code", "government_level"])["value"]
    series = benchmark.egdi_series(egdi, ["DNK"]).set_index("year")
    return (
        f"eGovernment Benchmark 2023: Danmark {formats.number(overall['DK'], 1)} point, "
        f"EU27-gennemsnit {formats.number(overall[benchmark.EU27], 1)} point.\n"
        f"eID i Danmark: statslige tjenester {formats.number(levels[('B3.1', 'Statslig')], 1)}, "
        f"kommunale tjenester {formats.number(levels[('B3.1', 'Lokal (kommunal)')], 1)}.\n"
        f"FN's EGDI 2024: Danmark nr. {series.at[2024, 'rank']} med {formats.number(series.at[2024, 'egdi'], 4)}."
    )
