"""Benefits that are not money, and the benefit realisation plan (gevinstrealiseringsplan).

Not every gain is kroner: the module asks learners to weigh quality, legal certainty (retssikkerhed), the
citizens' experience and the working environment next to the numbers. And a benefit only counts when someone owns
it and measures it, so the plan names, per benefit, an owner, a measure, a baseline, a target and a date
(KL: målsætning, oversættelse, opfølgning).

Both are plain DataFrames with English column names (for code) and Danish labels (for people).

>>> table = qualitative_table([{"dimension": "kvalitet", "benefit": "Færre fejl i journalen",
...                             "direction": "bedre", "measure": "Fejl pr. 100 sager", "weight": "stor"}])
>>> table.loc[0, "dimension"]
'Kvalitet'
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import pandas as pd

from workbook_helpers.messages import EXAMPLE_LABEL, WorkbookError

#: The four qualitative dimensions the workbook asks about, with a Danish question that explains each.
QUALITATIVE_DIMENSIONS: dict[str, str] = {
    "Kvalitet": "Bliver opgaven løst mere ensartet, med færre fejl og mindre omarbejde?",
    "Retssikkerhed": "Får borgeren en korrekt, begrundet og sporbar afgørelse, og bevares muligheden for at klage?",
    "Borgeroplevelse": "Bliver det nemmere, hurtigere eller mere forståeligt for borgeren?",
    "Arbejdsmiljø": "Får medarbejderne færre trivielle opgaver, mindre stress og mere tid til det faglige?",
}
DIRECTIONS = ("bedre", "uændret", "dårligere")
WEIGHTS = ("lille", "middel", "stor")

QUALITATIVE_COLUMNS: dict[str, str] = {
    "dimension": "Dimension",
    "benefit": "Gevinst (eller ulempe)",
    "direction": "Retning",
    "measure": "Sådan kan det måles",
    "weight": "Betydning",
}

PLAN_COLUMNS: dict[str, str] = {
    "benefit": "Gevinst",
    "owner": "Ejer",
    "measure": "Måling",
    "baseline": "Baseline (i dag)",
    "target": "Mål",
    "date": "Dato",
}


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return " ".join(str(value).split())


def _rows(rows: Iterable[Mapping[str, object]] | pd.DataFrame, columns: Mapping[str, str]) -> list[dict]:
    if isinstance(rows, pd.DataFrame):
        danish_to_code = {label: code for code, label in columns.items()}
        rows = rows.rename(columns=danish_to_code).to_dict("records")
    return [dict(row) for row in rows]


def qualitative_table(rows: Iterable[Mapping[str, object]] | pd.DataFrame) -> pd.DataFrame:
    """Check and tidy the qualitative benefits (one row per benefit); Danish ValueError naming row and column.

    Columns: dimension (one of ``QUALITATIVE_DIMENSIONS``), benefit, direction (bedre/uændret/dårligere),
    measure, weight (lille/middel/stor). Danish column labels are accepted too.
    """
    clean = []
    for number, row in enumerate(_rows(rows, QUALITATIVE_COLUMNS), start=1):
        record = {column: _text(row.get(column)) for column in QUALITATIVE_COLUMNS}
        dimension = record["dimension"].capitalize()
        if dimension not in QUALITATIVE_DIMENSIONS:
            choices = ", ".join(QUALITATIVE_DIMENSIONS)
            raise WorkbookError(
                f"Række {number}, kolonnen »Dimension«: »{record['dimension']}« kendes ikke. Vælg en af: {choices}."
            )
        record["dimension"] = dimension
        if not record["benefit"]:
            raise WorkbookError(f"Række {number}, kolonnen »{QUALITATIVE_COLUMNS['benefit']}«: feltet er tomt.")
        for column, allowed in (("direction", DIRECTIONS), ("weight", WEIGHTS)):
            record[column] = record[column].lower()
            if record[column] not in allowed:
                raise WorkbookError(
                    f"Række {number}, kolonnen »{QUALITATIVE_COLUMNS[column]}«: »{row.get(column)}« kendes ikke. "
                    f"Skriv en af: {', '.join(allowed)}."
                )
        clean.append(record)
    return pd.DataFrame(clean, columns=list(QUALITATIVE_COLUMNS))


def realisation_plan(rows: Iterable[Mapping[str, object]] | pd.DataFrame) -> pd.DataFrame:
    """Check and tidy a benefit realisation plan: every benefit needs an owner, a measure, a baseline, a target
    and a date (Danish ValueError naming row and column when a field is empty). An old row with ``when`` instead of
    ``date`` is read too.

    >>> plan = realisation_plan([{"benefit": "Frigjort tid", "owner": "Afdelingsleder", "measure": "Timer pr. uge",
    ...                           "baseline": "20 timer", "target": "8 timer", "date": "1.6.2027"}])
    >>> plan.loc[0, "owner"]
    'Afdelingsleder'
    """
    clean = []
    for number, row in enumerate(_rows(rows, PLAN_COLUMNS), start=1):
        record = {column: _text(row.get(column)) for column in PLAN_COLUMNS}
        record["date"] = record["date"] or _text(row.get("when"))
        for column, label in PLAN_COLUMNS.items():
            if not record[column]:
                raise WorkbookError(
                    f"Række {number}, kolonnen »{label}«: feltet er tomt. En gevinst uden {label.lower()} bliver "
                    "sjældent realiseret."
                )
        clean.append(record)
    if not clean:
        raise WorkbookError("Gevinstrealiseringsplanen er tom: skriv mindst én gevinst.")
    return pd.DataFrame(clean, columns=list(PLAN_COLUMNS))


def danish_labels(table: pd.DataFrame) -> pd.DataFrame:
    """The same table with Danish column names, for display."""
    return table.rename(columns={**QUALITATIVE_COLUMNS, **PLAN_COLUMNS})


def to_html(table: pd.DataFrame) -> str:
    """A small HTML table with Danish headings; every cell is escaped (learners type these texts)."""
    shown = danish_labels(table)
    head = "".join(f"<th style='text-align:left'>{html.escape(str(c))}</th>" for c in shown.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in shown.itertuples(index=False)
    )
    return f"<table class='bc-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def example_qualitative() -> pd.DataFrame:
    """Eksempel (illustrativt): qualitative benefits of automating the registration of applications."""
    return qualitative_table(
        [
            {
                "dimension": "Kvalitet",
                "benefit": "Samme oplysninger tastes ikke to gange, så der opstår færre tastefejl",
                "direction": "bedre",
                "measure": "Fejl fundet ved stikprøve pr. 100 sager",
                "weight": "stor",
            },
            {
                "dimension": "Retssikkerhed",
                "benefit": "Robotten følger reglerne ens i alle sager, men undtagelser skal fanges af en medarbejder",
                "direction": "uændret",
                "measure": "Andel sager sendt til manuel behandling; klager og omgørelser",
                "weight": "stor",
            },
            {
                "dimension": "Borgeroplevelse",
                "benefit": "Kortere tid fra ansøgning til svar",
                "direction": "bedre",
                "measure": "Dage fra modtagelse til afgørelse (median)",
                "weight": "middel",
            },
            {
                "dimension": "Arbejdsmiljø",
                "benefit": "Færre ensformige taste-opgaver; ny opgave med at passe robotten",
                "direction": "bedre",
                "measure": "Trivselsmåling i teamet; antal henvendelser om robotfejl",
                "weight": "middel",
            },
        ]
    )


def example_plan() -> pd.DataFrame:
    """Eksempel (illustrativt): a benefit realisation plan for the same project."""
    return realisation_plan(
        [
            {
                "benefit": "Frigjort tid til registrering",
                "owner": "Teamleder i ydelsesteamet",
                "measure": "Timer pr. måned brugt på registrering (tidsregistrering i 2 uger)",
                "baseline": "Måles før start",
                "target": "Halvdelen af baseline",
                "date": "1.9.2027",
            },
            {
                "benefit": "Færre fejl i registreringen",
                "owner": "Faglig koordinator",
                "measure": "Fejl pr. 100 sager ved stikprøve",
                "baseline": "Måles før start",
                "target": "Færre end baseline",
                "date": "1.12.2027",
            },
            {
                "benefit": "Kortere svartid til borgeren",
                "owner": "Afdelingsleder",
                "measure": "Median antal dage fra ansøgning til afgørelse",
                "baseline": "Måles før start",
                "target": "Kortere end baseline",
                "date": "1.3.2028",
            },
            {
                "benefit": "Den frigjorte tid bruges som besluttet",
                "owner": "Direktion / chefgruppe",
                "measure": "Beslutning om, hvad timerne bruges til, og opfølgning i budgettet",
                "baseline": "Ingen beslutning endnu",
                "target": "Beslutning truffet og fulgt op",
                "date": "1.6.2027",
            },
        ]
    )


def plan_rows(value: object) -> list[dict]:
    """The rows of a saved plan (case part ``benefits_plan``), from any shape it was saved in: ``{"rows": [...]}``,
    an old draft (a list of rows) or nothing. Rows that are not dicts are skipped; ``when`` is read as ``date``.

    >>> plan_rows({"rows": [{"benefit": "Færre fejl", "when": "Juni 2027"}]})[0]["date"]
    'Juni 2027'
    >>> plan_rows(None), plan_rows("kage")
    ([], [])
    """
    rows = value.get("rows") if isinstance(value, dict) else value
    if not isinstance(rows, list):
        return []
    clean = []
    for row in rows:
        if isinstance(row, dict):
            record = {column: _text(row.get(column)) for column in PLAN_COLUMNS}
            record["date"] = _text(row.get("when")) or record["date"]  # as the learner typed it
            clean.append(record)
    return clean


EXAMPLE_NOTE = f"{EXAMPLE_LABEL}: ikke en plan, der er lavet i en kommune."
