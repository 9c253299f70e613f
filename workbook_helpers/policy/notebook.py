"""The one-liners notebook 01 calls: tables, figures and explorers, each ready to show.

The model (:mod:`.model`, :mod:`.benchmark`, :mod:`.municipal`) stays free of widgets and charts; this module is
where they meet, so that ``import workbook_helpers.policy.model`` needs no GUI.
"""

from __future__ import annotations

from IPython.display import HTML

from . import benchmark, charts, model, municipal, widgets
from .tables import act_dates, acts_table, dates_text, denmark_summary

cascade_explorer = widgets.cascade_explorer
benchmark_explorer = widgets.benchmark_explorer
municipality_form = widgets.municipality_form


def timeline_figure(on=None, area: str = "alle"):
    """The four-lane timeline for a work area, with the dates after ``on`` highlighted."""
    data = model.load_policy()
    own = municipal.as_timeline_rows(municipal.load())
    return charts.timeline_chart(model.timeline(data, on=on, area=area, extra=own))


def cascade_figure(root: str = "dd2030", with_example: bool = True):
    """How an EU act or target flows into national, joint-municipal and municipal initiatives. The worked example
    (Eksempel (illustrativt)) and your own saved municipality join where their links match."""
    data = model.load_policy()
    own = municipal.load()
    towns = ([municipal.example()] if with_example else []) + ([own] if own else [])
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
    "municipality_form", "policy_form", "timeline_figure",
]  # fmt: skip


def policy_form():
    """The "Til dit forslag" step of notebook 01: what the rules demand of your workflow, and the dates to keep."""
    from ..case_widgets import case_form

    return case_form(
        "policy",
        [
            ("demands", "Hvad kræver reglerne og strategierne af min arbejdsgang?", "long"),
            ("deadlines", "Hvilke datoer skal mit forslag tage højde for?", "text"),
        ],
    )
