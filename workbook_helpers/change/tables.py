"""Danish tables for reading in notebook 07, and the Excel export of the communication plan.

Every table goes through ``display.table`` (escaped, never cut). Sources come from ``data/change_sources.csv``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import data, formats
from ..display import Table, table
from . import model

SOURCES = "change_sources"
CERTAINTY_WORDS = {"primær": "primær kilde", "sekundær": "sekundær kilde", "antagelse": "antagelse"}


def sources() -> pd.DataFrame:
    """The facts, voices, models and assumptions of notebook 07 with their sources (data/change_sources.csv)."""
    return data.load_dataset(SOURCES)


def source_row(key: str) -> dict:
    frame = sources()
    rows = frame[frame["key"] == key]
    if rows.empty:
        raise KeyError(f"Ukendt kilde {key!r} i data/change_sources.csv")
    return rows.iloc[0].to_dict()


def source_line(key: str) -> str:
    """»Kilde: Titel, Udgiver (dato), primær kilde. Link« for one row."""
    row = source_row(key)
    return (
        f"Kilde: {row['source_title']}, {row['publisher']} ({formats.date(row['as_of'])}), "
        f"{CERTAINTY_WORDS.get(str(row['certainty']), str(row['certainty']))}. {row['source_url']}"
    )


def voices_table() -> Table:
    """Real voices with their sources; secondary sources say so."""
    frame = sources()
    frame = frame[frame["kind"] == "stemme"]
    return table(
        pd.DataFrame(
            {
                "Hvem": frame["speaker"].fillna(""),
                "Hvad": frame["text"],
                "Kilde": frame["publisher"]
                + ": "
                + frame["source_title"]
                + " ("
                + frame["as_of"].map(formats.date)
                + ")",
                "Kildetype": frame["certainty"].map(lambda c: CERTAINTY_WORDS.get(str(c), str(c))),
                "Link": frame["source_url"],
            }
        )
    )


def rules_table() -> Table:
    """The rules behind the plan's checks (MED, APV, DPO), with sources."""
    frame = sources()
    frame = frame[frame["kind"] == "regel"]
    return table(
        pd.DataFrame(
            {
                "Regel": frame["title"],
                "Hvad kilden siger": frame["text"],
                "Kilde": frame["publisher"] + " (" + frame["as_of"].map(formats.date) + ")",
                "Kildetype": frame["certainty"].map(lambda c: CERTAINTY_WORDS.get(str(c), str(c))),
                "Link": frame["source_url"],
            }
        )
    )


def models_table() -> Table:
    frame = sources()
    frame = frame[frame["kind"].isin(["model", "antagelse"])]
    return table(
        pd.DataFrame(
            {
                "Model": frame["title"],
                "Kort fortalt": frame["text"],
                "Kilde": frame["publisher"],
                "Kildetype": frame["certainty"].map(lambda c: CERTAINTY_WORDS.get(str(c), str(c))),
            }
        )
    )


def quadrants_table() -> Table:
    return table(
        pd.DataFrame(
            {
                "Felt": [q.name for q in model.QUADRANTS.values()],
                "Hvem": [
                    "Høj indflydelse og høj interesse",
                    "Høj indflydelse, lav interesse",
                    "Lav indflydelse, høj interesse",
                    "Lav indflydelse og lav interesse",
                ],
                "Det gør du": [q.advice for q in model.QUADRANTS.values()],
            }
        )
    )


def stakeholder_table(stakeholders: list[model.Stakeholder]) -> Table:
    return table(
        pd.DataFrame(
            {
                "Interessent": [s.role for s in stakeholders],
                "Indflydelse": [s.influence for s in stakeholders],
                "Interesse": [s.interest for s in stakeholders],
                "Holdning": [model.attitude_label(s.attitude) for s in stakeholders],
                "Felt": [s.quadrant_name for s in stakeholders],
                "Det gør du": [s.advice for s in stakeholders],
            }
        )
    )


def phases_table() -> Table:
    return table(
        pd.DataFrame(
            {
                "Fase": [p.name for p in model.PHASES],
                "Sådan lyder og ser det ud": [p.sounds_like for p in model.PHASES],
                "Sådan kan du svare": [p.response for p in model.PHASES],
            }
        )
    )


def adkar_table() -> Table:
    return table(
        pd.DataFrame(
            {
                "Trin": [f"{s.letter}: {s.name}" for s in model.ADKAR_STEPS],
                "Spørgsmålet": [s.question for s in model.ADKAR_STEPS],
                "Hvis det halter": [s.intervention for s in model.ADKAR_STEPS],
            }
        )
    )


def kotter_table() -> Table:
    return table(
        pd.DataFrame(
            {
                "Trin": [s.number for s in model.KOTTER_STEPS],
                "Kotters trin": [s.name for s in model.KOTTER_STEPS],
                "Lewins fase": [s.lewin_name for s in model.KOTTER_STEPS],
            }
        )
    )


def remarks_table() -> Table:
    """The remarks to place, numbered (an illustrative list written for the workbook)."""
    return table(
        pd.DataFrame({"Nr.": range(1, len(model.REMARKS) + 1), "Kollegaen siger": [r for r, _ in model.REMARKS]}),
        caption="Eksempel (illustrativt): udsagnene er skrevet til arbejdsbogen.",
    )


def plan_frame(rows: list[dict[str, str]]) -> pd.DataFrame:
    """The plan with Danish column names, in the order of ``model.PLAN_FIELDS``."""
    labels = dict(model.PLAN_FIELDS)
    frame = pd.DataFrame([{labels[k]: r.get(k, "") for k, _ in model.PLAN_FIELDS} for r in rows])
    if frame.empty:
        frame = pd.DataFrame(columns=list(labels.values()))
    frame[labels["kind"]] = frame[labels["kind"]].map(lambda k: model.KINDS.get(k, k))
    return frame


def plan_table(rows: list[dict[str, str]]) -> Table:
    return table(plan_frame(rows))


def export_plan(rows: list[dict[str, str]], path: str | Path, checks: list[model.Check] | None = None) -> Path:
    """Write the plan to an Excel file (learner text neutralised against formulas) with a sheet of the checks.
    Raises OSError when the file cannot be written; the widget turns that into a Danish message."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = "Kommunikationsplan"
    frame = plan_frame(rows)
    sheet.append(list(frame.columns))
    for values in frame.itertuples(index=False, name=None):
        sheet.append([model.safe_cell(v) for v in values])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFG", (30, 24, 50, 30, 24, 20, 20), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if checks is not None:
        tab = book.create_sheet("Tjek")
        tab.append(["Tjek", "Opfyldt", "Forklaring"])
        for check in checks:
            tab.append([model.safe_cell(check.title), "ja" if check.ok else "nej", model.safe_cell(check.explanation)])
        for cell in tab[1]:
            cell.font = Font(bold=True)
        tab.column_dimensions["A"].width = 50
        tab.column_dimensions["C"].width = 90
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.replace(path)
    return path
