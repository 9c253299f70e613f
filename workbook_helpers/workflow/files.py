"""A step table to and from Excel (.xlsx) and Danish CSV, with Danish column headings and values.

The files use the Danish labels from ``workflow.schema`` as headings, "ja"/"nej" for yes/no and the Danish
input-type labels, so a learner can fill them in by hand in Excel. English column names are read too.

>>> import pathlib, tempfile
>>> from workbook_helpers.workflow.examples import example
>>> path = write_steps(example("skole_indskrivning"), pathlib.Path(tempfile.mkdtemp()) / "trin.csv")
>>> read_steps(path)["step"].iloc[0]
'Modtag indmeldelse'
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbook_helpers.data import DataError, Problem, read_table, write_danish_csv
from workbook_helpers.workflow.model import ALL_COLUMNS, LABELS, REQUIRED_COLUMNS, StepError, validate_steps
from workbook_helpers.workflow.schema import INPUT_TYPE_LABELS


def to_danish_table(steps: pd.DataFrame) -> pd.DataFrame:
    """The step table with Danish headings and values (ja/nej, Danish input types), as shown and exported."""
    table = validate_steps(steps)
    out = table.copy()
    out["input_type"] = out["input_type"].map(INPUT_TYPE_LABELS)
    for column in ("rule_based", "double_entry"):
        out[column] = out[column].map({True: "ja", False: "nej"})
    return out.rename(columns=LABELS)[[LABELS[c] for c in ALL_COLUMNS]]


def write_steps(steps: pd.DataFrame, path: str | Path) -> Path:
    """Write the step table to ``path``: ``.xlsx`` for Excel, ``.csv`` for Danish CSV (semicolon, decimal comma)."""
    path = Path(path)
    table = to_danish_table(steps)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table.to_excel(path, index=False, sheet_name="Arbejdsgang")
        return path
    if suffix == ".csv":
        return write_danish_csv(table, path)
    raise DataError(path, [Problem(None, None, "Filtypen skal være .xlsx (Excel) eller .csv.")])


def read_steps(path: str | Path) -> pd.DataFrame:
    """Read a step table from a learner's ``.xlsx`` or Danish ``.csv`` file.

    Raises ``DataError`` with a Danish message naming the file, the row (as numbered in Excel) and the column.
    """
    path = Path(path)
    raw = read_table(path)
    by_heading = {label.lower(): code for code, label in LABELS.items()} | {code: code for code in ALL_COLUMNS}
    raw = raw.rename(columns=lambda c: by_heading.get(str(c).strip().lower(), c))
    missing = [LABELS[c] for c in REQUIRED_COLUMNS if c not in raw.columns]
    if missing:
        names = ", ".join(f"»{m}«" for m in missing)
        raise DataError(path, [Problem(1, None, f"Overskriftsrækken mangler kolonnen/kolonnerne {names}.")])
    try:
        return validate_steps(raw, first_row=2)
    except StepError as error:
        label = LABELS.get(error.column or "", None)
        text = str(error).split(": ", 1)[-1] if error.row is not None else str(error)
        raise DataError(path, [Problem(error.row, label, text)]) from None
