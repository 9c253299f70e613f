"""Danish tables and texts for reading in notebook 01: the acts, the dates of one act, Denmark in the benchmarks.

Every table is a :func:`workbook_helpers.display.table` (never cut, no index); texts are plain Danish.
"""

from __future__ import annotations

import pandas as pd

from .. import formats
from ..display import Table, table
from . import benchmark, model


def date_text(value, precision: str = "dag") -> str:
    """A date as precise as the source gives it: ``"7. jan. 2021"``, ``"januar 2026"`` or ``"2026"``."""
    if value is None or pd.isna(value):
        return "–"
    if precision == "år":
        return str(pd.Timestamp(value).year)
    if precision == "måned":
        return formats.date(value, style="long").split(". ", 1)[1]  # "januar 2026"
    return formats.date(value)


def _identifiers(data: model.PolicyData) -> dict[str, str]:
    return dict(zip(data.acts["id"], data.acts["identifier"], strict=True))


def act_dates(act_id: str, on=None, data: model.PolicyData | None = None) -> Table:
    """The dates of one act as a Danish table, e.g. ``act_dates("ai_act", on="2026-11-29")``."""
    data = data or model.load_policy()
    dates = model.dates_of(data, act_id, on)
    frame = pd.DataFrame(
        {
            "Dato": [date_text(d, p) for d, p in zip(dates["date"], dates["precision"], strict=True)],
            "Hvad": dates["milestone_da"].to_list(),
            "Fastsat af": dates["set_by"].map(_identifiers(data)).to_list(),
            "Kontrol": dates["verification"].map(model.VERIFICATION_LABELS).to_list(),
        }
    )
    return table(frame)


def dates_text(act_id: str, on=None) -> str:
    """The dates of one act as plain lines, e.g. ``print(dates_text("ai_act", on="2026-11-29"))``."""
    frame = act_dates(act_id, on).frame
    return "\n".join(
        f"{row['Dato']}: {row['Hvad']} [{row['Fastsat af']}; {row['Kontrol']}]" for _, row in frame.iterrows()
    )


def acts_table(level: str | None = None, area: str | None = None) -> Table:
    """Every act and strategy in the data (optionally one level, or those that touch one work area), in Danish."""
    data = model.load_policy()
    acts = data.acts
    if level is not None:
        acts = acts[acts["level"] == model._check_level(level)]
    if area is not None:
        acts = acts[[model.touches(areas, area) for areas in acts["work_areas"]]]
    frame = pd.DataFrame(
        {
            "Niveau": acts["level"].map(model.LEVEL_LABELS).to_list(),
            "Nummer": acts["identifier"].to_list(),
            "Titel": acts["title_da"].to_list(),
            "Vedtaget": [date_text(d, p) for d, p in zip(acts["adopted"], acts["adopted_precision"], strict=True)],
            "Gælder fra": [date_text(d) for d in acts["applies_from"]],
            "Id": acts["id"].to_list(),
        }
    )
    return table(frame)


def denmark_summary() -> str:
    """Denmark against the EU27 average in the eGovernment Benchmark 2023 and its UN EGDI rank, in one text."""
    egov, egdi = benchmark.load_benchmarks()
    gap = benchmark.denmark_gap(egov)
    series = benchmark.egdi_series(egdi, ["DNK"]).set_index("year")
    return (
        f"eGovernment Benchmark 2023: Danmark {formats.number(gap['dk'], 1)} point, "
        f"EU27-gennemsnit {formats.number(gap['eu27'], 1)} point.\n"
        f"eID i Danmark: statslige tjenester {formats.number(gap['eid_central'], 1)}, "
        f"kommunale tjenester {formats.number(gap['eid_local'], 1)}.\n"
        f"FN's EGDI 2024: Danmark nr. {series.at[2024, 'rank']} med {formats.number(series.at[2024, 'egdi'], 4)}."
    )
