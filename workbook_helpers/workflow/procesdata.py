"""The one-liners of notebook 04 that are not charts or event-log numbers: a Danish preview of the log, and the
"Til dit forslag" step (the case part ``evidence``)."""

from __future__ import annotations

import pandas as pd

from ..case_widgets import case_form
from ..display import Table, table

PREVIEW_COLUMNS = {
    "case:concept:name": "Sag",
    "concept:name": "Aktivitet",
    "time:timestamp": "Tidspunkt",
    "case:channel": "Kanal",
    "org:group": "Medarbejdergruppe",
}


def preview(log: pd.DataFrame, rows: int = 8) -> Table:
    """The first events of a log with Danish column names (the standard names are shown in brackets)."""
    present = [c for c in PREVIEW_COLUMNS if c in log.columns]
    frame = log[present].head(rows).copy()
    if "time:timestamp" in frame:
        frame["time:timestamp"] = frame["time:timestamp"].dt.strftime("%d.%m.%Y %H:%M")
    return table(frame.rename(columns={c: f"{PREVIEW_COLUMNS[c]} ({c})" for c in present}))


def evidence_form():
    """What the data say about your own workflow (volume, lead time, and where the numbers come from)."""
    return case_form(
        "evidence",
        [
            ("volume_per_year", "Hvor mange sager om året har din arbejdsgang? (et tal, fx 1.200)", "text"),
            ("lead_time_days", "Hvor mange dage tager en typisk sag fra start til slut? (et tal)", "text"),
            ("notes", "Hvor kommer tallene fra? (fx »udtræk fra fagsystemet, 2025« eller »mit skøn«)", "long"),
        ],
    )
