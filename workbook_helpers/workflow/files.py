"""A step table to and from Excel (.xlsx) and Danish CSV, with Danish column headings and values.

The files use the Danish labels from ``workflow.schema`` as headings, "ja"/"nej" for yes/no and the Danish
input-type labels, so a learner can fill them in by hand in Excel. English column names are read too.

Exports are safe to open: a text cell that starts with ``= + - @`` (or a tab or carriage return) gets an
apostrophe in front, so Excel shows it as text and never runs it as a formula (OWASP's rule against CSV
injection); control characters are removed; a file is written to a temporary name and moved into place, so a
failed export leaves nothing half-written. Reading strips that apostrophe again.

>>> import pathlib, tempfile
>>> from workbook_helpers.workflow.examples import example
>>> path = write_steps(example("skole_indskrivning"), pathlib.Path(tempfile.mkdtemp()) / "trin.csv")
>>> read_steps(path)["step"].iloc[0]
'Modtag indmeldelse'
>>> neutralise("=HYPERLINK(\\"x\\")"), neutralise("- Ring til borgeren"), neutralise("Modtag")
('\\'=HYPERLINK("x")', "'- Ring til borgeren", 'Modtag')
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from workbook_helpers.data import DataError, Problem, read_table, write_danish_csv
from workbook_helpers.workflow.schema import (
    ALL_COLUMNS,
    BOOL_COLUMNS,
    INPUT_TYPE_LABELS,
    LABELS,
    MAX_STEPS,
    REQUIRED_COLUMNS,
    StepError,
    clean_text,
    validate_steps,
)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_FILE_BYTES = 1_000_000  # a step table of 100 steps is a few kB; a bigger file is something else


def neutralise(value: object) -> object:
    """A text cell made safe for a spreadsheet: control characters out, and an apostrophe before a leading
    ``= + - @`` so it is never a formula. Numbers and other values are returned as they are."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def _unneutralise(value: object) -> object:
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def to_danish_table(steps: pd.DataFrame) -> pd.DataFrame:
    """The step table with Danish headings and values (ja/nej, Danish input types), as shown and exported."""
    table = validate_steps(steps)
    out = table.copy()
    out["input_type"] = out["input_type"].map(INPUT_TYPE_LABELS)
    for column in BOOL_COLUMNS:
        out[column] = out[column].map({True: "ja", False: "nej"})
    return out.rename(columns=LABELS)[[LABELS[c] for c in ALL_COLUMNS]]


def write_atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """Let ``write`` write to a temporary file next to ``path``, then move it into place in one step. If anything
    fails, the temporary file is removed, an existing file at ``path`` is untouched, and the error is raised."""
    path = Path(path)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}")
    os.close(handle)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def write_steps(steps: pd.DataFrame, path: str | Path) -> Path:
    """Write the step table to ``path``: ``.xlsx`` for Excel, ``.csv`` for Danish CSV (semicolon, decimal comma).

    Safe to open (see the module text); raises ``DataError`` for another file type and ``OSError`` when the disk
    refuses (nothing half-written is left).
    """
    path = Path(path)
    table = to_danish_table(steps).map(neutralise)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_atomic(path, lambda tmp: table.to_excel(tmp, index=False, sheet_name="Arbejdsgang"))
    if suffix == ".csv":
        return write_atomic(path, lambda tmp: write_danish_csv(table, tmp))
    raise DataError(path, [Problem(None, None, "Filtypen skal være .xlsx (Excel) eller .csv.")])


_HEADINGS = {label.lower(): code for code, label in LABELS.items()} | {code: code for code in ALL_COLUMNS}


def read_steps(path: str | Path) -> pd.DataFrame:
    """Read a step table from a learner's ``.xlsx`` or Danish ``.csv`` file.

    Raises ``DataError`` with a Danish message naming the file, the row (as numbered in Excel) and the column;
    a title row above the headings is skipped, and the message names the columns it did find.
    """
    path = Path(path)
    required = [{LABELS[c].lower(), c} for c in REQUIRED_COLUMNS]
    raw = read_table(path, max_bytes=MAX_FILE_BYTES, header_names=required)
    rows = raw.attrs.get("row_numbers")
    found = ", ".join(f"»{c}«" for c in raw.columns if str(c).strip()) or "ingen"
    raw = raw.rename(columns=lambda c: _HEADINGS.get(str(c).strip().lower(), c))
    missing = [LABELS[c] for c in REQUIRED_COLUMNS if c not in raw.columns]
    if missing:
        names = ", ".join(f"»{m}«" for m in missing)
        text = f"Overskriftsrækken mangler kolonnen/kolonnerne {names}. Fundne kolonner: {found}."
        raise DataError(path, [Problem(raw.attrs.get("header_row", 1), None, text)])
    if len(raw) > MAX_STEPS:
        text = f"Filen har {len(raw)} rækker; en arbejdsgang i editoren kan have højst {MAX_STEPS} trin."
        raise DataError(path, [Problem(None, None, text)])
    raw = raw.map(_unneutralise)
    first = raw.attrs.get("header_row", 1) + 1
    try:
        return validate_steps(raw, first_row=first)
    except StepError as error:
        row = error.row
        if row is not None and rows and 0 <= row - first < len(rows):
            row = rows[row - first]  # the line in the file (blank lines skipped in between)
        label = LABELS.get(error.column or "", None)
        raise DataError(path, [Problem(row, label, error.reason)]) from None
