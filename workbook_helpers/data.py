"""The one way in for data: the catalogue's data sets and the files learners bring from Excel.

Every file under ``data/`` has an entry in ``data/catalogue.toml`` (title, source, licence, attribution, as-of date
and the type of each column). :func:`load_dataset` reads a data set and checks it against that entry;
:func:`read_table` reads a learner's ``.xlsx`` or Danish CSV file (semicolon, decimal comma, thousands dot, UTF-8
with or without BOM, or Windows-1252). Anything wrong raises :class:`DataError`, whose Danish message names the
file, the row and the column.

Column types: ``"str"``, ``"category"``, ``"int"``, ``"float"``, ``"bool"``, ``"date"``, ``"datetime"`` (read as
UTC). A type may be missing in a cell; add ``"!"`` (``"float!"``) when every row must have a value.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "trin.csv"
>>> _ = path.write_text("Trin;Minutter\\nModtag ansøgning;1.234,5\\n", encoding="utf-8-sig")
>>> read_table(path, {"Trin": "str!", "Minutter": "float!"})["Minutter"].tolist()
[1234.5]
"""

from __future__ import annotations

import csv
import io
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from . import formats
from .messages import WorkbookError

DATA_DIR = Path(os.environ.get("WORKBOOK_DATA_DIR", Path(__file__).resolve().parent.parent / "data"))
CATALOGUE_FILE = "catalogue.toml"
TYPES = ("str", "category", "int", "float", "bool", "date", "datetime")
CATALOGUE_KEYS = ("file", "title", "description", "source", "source_url", "licence", "attribution", "as_of")

_TYPE_WORDS = {
    "int": "et helt tal",
    "float": "et tal",
    "bool": "ja eller nej",
    "date": "en dato",
    "datetime": "et tidspunkt",
}
_EXAMPLES = {
    "int": "Skriv fx 12 eller 1.234.",
    "float": "Skriv fx 12 eller 1.234,5 (komma før decimaler).",
    "bool": "Skriv ja eller nej.",
    "date": "Skriv fx 31-12-2026 eller 2026-12-31.",
    "datetime": "Skriv fx 2026-12-31 14:30.",
}
_DANISH_INT = re.compile(r"-?(\d{1,3}(\.\d{3})+|\d+)")
_TRUE = {"ja", "j", "sand", "true", "1", "x", "yes"}
_FALSE = {"nej", "n", "falsk", "false", "0", "no"}
_MAX_LISTED = 3


@dataclass
class Problem:
    row: int | None
    column: str | None
    text: str


class DataError(WorkbookError):
    """Bad input. ``str(error)`` is a Danish message for the learner; ``file``, ``row``, ``column`` say where."""

    def __init__(self, file: str | Path, problems: list[Problem]):
        self.file = Path(file).name
        self.problems = problems
        first = problems[0]
        self.row, self.column = first.row, first.column
        super().__init__(self._message())

    def _message(self) -> str:
        lines = (
            [f"Der er et problem med filen »{self.file}«:"]
            if len(self.problems) == 1
            else [f"Der er {len(self.problems)} problemer med filen »{self.file}«:"]
        )
        for problem in self.problems[:_MAX_LISTED]:
            where = []
            if problem.row is not None:
                where.append(f"række {problem.row}")
            if problem.column is not None:
                where.append(f"kolonnen »{problem.column}«")
            place = ", ".join(where)
            lines.append(f"- {place[:1].upper()}{place[1:]}: {problem.text}" if where else f"- {problem.text}")
        if len(self.problems) > _MAX_LISTED:
            lines.append(f"- … og {len(self.problems) - _MAX_LISTED} flere.")
        return "\n".join(lines)


# --- the catalogue -------------------------------------------------------------------------------------------


@cache
def _catalogue(data_dir: Path) -> dict[str, dict]:
    path = data_dir / CATALOGUE_FILE
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle).get("datasets", {})
    except tomllib.TOMLDecodeError as error:
        raise DataError(path, [Problem(None, None, f"Kataloget kan ikke læses ({error}).")]) from None


def catalogue() -> dict[str, dict]:
    """Every data set in ``data/catalogue.toml``, by name."""
    return _catalogue(DATA_DIR)


def catalogue_table() -> pd.DataFrame:
    """The catalogue as a table for people: title, file, source, licence, attribution and as-of date."""
    rows = [
        {
            "Datasæt": entry["title"],
            "Fil": entry["file"],
            "Kilde": entry["source"],
            "Licens": entry["licence"],
            "Opgjort pr.": entry["as_of"],
        }
        for entry in catalogue().values()
    ]
    return pd.DataFrame(rows)


def _entry(name: str) -> dict:
    entries = catalogue()
    if name not in entries:
        known = ", ".join(sorted(entries))
        raise KeyError(f"Datasættet »{name}« findes ikke i kataloget. Kendte datasæt: {known}.")
    return entries[name]


def attribution(name: str) -> str:
    """The attribution line a data set requires, to show under every chart that uses it."""
    entry = _entry(name)
    return f"Kilde: {entry['attribution']} Licens: {entry['licence']}. Opgjort pr. {entry['as_of']}."


def load_dataset(name: str) -> pd.DataFrame:
    """Read a catalogued data set, checking its columns and types against the catalogue.

    Each file is read and checked once per session (again if it changes); every call gets its own copy.
    """
    entry = _entry(name)
    path = DATA_DIR / entry["file"]
    stamp = path.stat().st_mtime_ns if path.exists() else None
    return _load_checked(name, str(path), stamp).copy()


@cache
def _load_checked(name: str, path_text: str, _stamp: int | None) -> pd.DataFrame:
    entry = _entry(name)
    path = Path(path_text)
    columns = entry.get("columns", {})
    fmt = entry.get("format", "csv")
    if fmt == "danish_csv":
        return read_table(path, columns)
    if fmt not in ("csv", "csv.gz"):
        raise DataError(path, [Problem(None, None, f"Formatet »{fmt}« kendes ikke.")])
    if not path.exists():
        raise DataError(path, [Problem(None, None, "Filen findes ikke i mappen data/.")])
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return _convert(raw, columns, path, decimal_comma=False, first_row=2)


# --- learners' files -----------------------------------------------------------------------------------------


def read_table(path: str | Path, columns: dict[str, str] | None = None) -> pd.DataFrame:
    """Read a learner's ``.xlsx`` or Danish ``.csv`` file and check ``columns`` (name -> type) as it reads."""
    path = Path(path)
    if not path.exists():
        raise DataError(path, [Problem(None, None, "Filen findes ikke. Tjek navnet og mappen.")])
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_excel(path)
        decimal_comma = True
    elif suffix in (".csv", ".txt"):
        raw = _read_danish_csv(path)
        decimal_comma = True
    else:
        raise DataError(
            path, [Problem(None, None, "Filtypen kan ikke læses. Brug en Excel-fil (.xlsx) eller en CSV-fil (.csv).")]
        )
    stripped = raw.map(lambda v: v.strip() if isinstance(v, str) else v)  # what Excel users type has stray spaces
    stripped.attrs = raw.attrs
    return _convert(stripped, columns or {}, path, decimal_comma=decimal_comma, first_row=2)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Danish Windows saves "CSV (semikolonsepareret)" in Windows-1252.
        return data.decode("cp1252", errors="replace")


def _read_danish_csv(path: Path) -> pd.DataFrame:
    text = _decode(path)
    if not text.strip():
        raise DataError(path, [Problem(None, None, "Filen er tom.")])
    header = text.lstrip().splitlines()[0]
    if ";" not in header:
        used = "komma (,)" if "," in header else "tabulator" if "\t" in header else None
        if used:
            hint = (
                f"Kolonnerne er adskilt med {used}, men en dansk CSV-fil bruger semikolon (;). "
                "Gem filen fra Excel som »CSV (semikolonsepareret)«, eller brug en .xlsx-fil."
            )
            raise DataError(path, [Problem(1, None, hint)])
    reader = csv.reader(io.StringIO(text), delimiter=";")
    header = [name.strip() for name in next(reader)]
    width = len(header)
    rows, numbers = [], []
    for fields in reader:
        if any(field.strip() for field in fields[width:]):
            problem = f"Rækken har {len(fields)} felter, men overskriften har {width}. Er der et semikolon for meget?"
            raise DataError(path, [Problem(reader.line_num, None, problem)])
        if fields:
            rows.append(fields[:width] + [""] * (width - len(fields)))
            numbers.append(reader.line_num)
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame.attrs["row_numbers"] = numbers
    return frame


def _read_excel(path: Path) -> pd.DataFrame:
    try:
        raw = pd.read_excel(path, dtype=object, sheet_name=0)
    except Exception as error:  # openpyxl raises many kinds for a damaged or mislabelled file
        text = "Filen kan ikke åbnes som Excel-fil. Er den gemt som .xlsx?"
        raise DataError(path, [Problem(None, None, text)]) from error
    return raw.map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else v)


# --- checking and converting -------------------------------------------------------------------------------


@dataclass
class _Column:
    name: str
    kind: str
    required: bool
    problems: list[Problem] = field(default_factory=list)


def _parse_type(name: str, spec: str, path: Path) -> _Column:
    required = spec.endswith("!")
    kind = spec.rstrip("!")
    if kind not in TYPES:
        raise DataError(path, [Problem(None, name, f"Typen »{spec}« kendes ikke (brug {', '.join(TYPES)}).")])
    return _Column(name, kind, required)


def _convert(raw: pd.DataFrame, columns: dict[str, str], path: Path, *, decimal_comma: bool, first_row: int):
    raw = raw.rename(columns=lambda c: str(c).strip())
    numbers = raw.attrs.get("row_numbers") or range(first_row, first_row + len(raw))
    rows = pd.Series(list(numbers), index=raw.index)
    blank = (
        pd.concat([_is_blank(raw[c]) for c in raw.columns], axis=1).all(axis=1)
        if len(raw.columns)
        else raw.index.isna()
    )
    raw, rows = raw[~blank], rows[~blank]

    missing = [name for name in columns if name not in raw.columns]
    if missing:
        found = ", ".join(f"»{c}«" for c in raw.columns) or "ingen"
        if len(missing) == 1:
            problem = Problem(1, missing[0], f"Kolonnen mangler i overskriftsrækken. Fundne kolonner: {found}.")
        else:
            names = ", ".join(f"»{name}«" for name in missing)
            problem = Problem(1, None, f"Kolonnerne {names} mangler i overskriftsrækken. Fundne kolonner: {found}.")
        raise DataError(path, [problem])
    if raw.empty and columns:
        raise DataError(path, [Problem(None, None, "Filen har overskrifter, men ingen rækker med data.")])

    result = raw.copy()
    problems: list[Problem] = []
    for name, spec in columns.items():
        column = _parse_type(name, spec, path)
        result[name] = _convert_column(raw[name], rows, column, decimal_comma)
        problems.extend(column.problems)
    if problems:
        problems.sort(key=lambda p: (p.row or 0, list(columns).index(p.column) if p.column in columns else 0))
        raise DataError(path, problems)
    return result.reset_index(drop=True)


def _is_all_text(values: pd.Series) -> bool:
    """True when every cell is text or missing (always so for CSV files): then the fast string methods apply."""
    return pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty")


def _all_text_or(values: pd.Series, test) -> pd.Series:
    return pd.Series(False, index=values.index) if _is_all_text(values) else values.map(test).astype(bool)


def _as_text(values: pd.Series) -> pd.Series:
    if _is_all_text(values):  # learner files are stripped as they are read; the catalogue's files are clean
        return values.fillna("").astype(object)
    return values.map(lambda v: "" if v is None or v != v else str(v).strip())


def _is_blank(values: pd.Series) -> pd.Series:
    return values.isna() | _as_text(values).eq("")


def _convert_column(values: pd.Series, rows: pd.Series, column: _Column, decimal_comma: bool) -> pd.Series:
    blank = _is_blank(values)
    if column.required:
        for row in rows[blank]:
            column.problems.append(Problem(int(row), column.name, "Feltet er tomt, men skal udfyldes."))
    kind = column.kind
    if kind in ("str", "category"):
        text = _as_text(values).where(~blank, None)
        return text.astype("category") if kind == "category" else text.astype(object)

    converted, bad = _CONVERTERS[kind](values.where(~blank, None), decimal_comma)
    bad &= ~blank
    for row, value in zip(rows[bad], values[bad], strict=True):
        column.problems.append(
            Problem(int(row), column.name, f"»{value}« er ikke {_TYPE_WORDS[kind]}. {_EXAMPLES[kind]}")
        )
    return converted


def _to_float(values: pd.Series, decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    numeric = _all_text_or(values, lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    text = values.where(~numeric).astype("string").str.strip().str.replace("\u00a0", "", regex=False)
    if decimal_comma:
        ok = text.str.fullmatch(formats.DANISH_NUMBER.pattern).fillna(False).astype(bool)
        text = text.where(ok).str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    parsed = pd.to_numeric(text, errors="coerce")
    result = parsed.where(~numeric, pd.to_numeric(values.where(numeric), errors="coerce")).astype("float64")
    bad = result.isna() & values.notna()
    return result, bad


def _to_int(values: pd.Series, decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    as_float, bad = _to_float(values, decimal_comma)
    fractional = as_float.notna() & (as_float % 1 != 0)
    return as_float.round().astype("Int64"), bad | fractional


def _to_bool(values: pd.Series, _decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    def parse(v):
        if v is None or isinstance(v, bool):
            return v
        word = str(v).strip().lower()
        return True if word in _TRUE else False if word in _FALSE else "?"

    parsed = values.map(parse)
    bad = parsed.map(lambda v: v == "?")
    return parsed.where(~bad, None).astype("boolean"), bad


def _iso_text(values: pd.Series) -> pd.Series:
    """Dates and times as ISO text; Excel gives datetime objects, CSV gives text."""
    if _is_all_text(values):
        return values.str.strip()
    return values.map(lambda v: v if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v).strip()))


def _to_date(values: pd.Series, _decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    text = _iso_text(values)
    iso = pd.to_datetime(text, format="ISO8601", errors="coerce")
    danish = pd.to_datetime(text.str.replace(r"[./]", "-", regex=True), format="%d-%m-%Y", errors="coerce")
    parsed = iso.fillna(danish).dt.normalize()
    return parsed, parsed.isna() & values.notna()


def _to_datetime(values: pd.Series, _decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    text = _iso_text(values)
    parsed = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
    return parsed, parsed.isna() & values.notna()


_CONVERTERS = {"float": _to_float, "int": _to_int, "bool": _to_bool, "date": _to_date, "datetime": _to_datetime}


def write_danish_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as Danish Excel CSV (semicolon, decimal comma, UTF-8 with BOM), which Excel opens directly."""
    path = Path(path)
    frame.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8-sig")
    return path
