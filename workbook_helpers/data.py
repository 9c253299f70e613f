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


MAX_FILE_BYTES = 20_000_000  # a learner's table or event log; larger files hang the kernel, so they are refused
_HEADER_SEARCH = 10  # rows at the top of a file where the headings may stand (under a title row, say)
_BAD_UTF8_CONTEXT = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _size_text(n: int) -> str:
    return f"{formats.number(n / 1_000_000, 'auto')} MB" if n >= 100_000 else f"{formats.number(n / 1000, 'auto')} kB"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise DataError(path, [Problem(None, None, "Det er en mappe, ikke en fil. Vælg filen inde i mappen.")])
        size = path.stat().st_size
        if size > max_bytes:
            limit = _size_text(max_bytes)
            text = f"Filen fylder {_size_text(size)}; den må højst fylde {limit}. Gem kun tabellen i filen."
            raise DataError(path, [Problem(None, None, text)])
        return path.read_bytes()
    except PermissionError:
        text = "Filen kan ikke læses: du har ikke adgang til den. Kopiér den til din egen mappe, og prøv igen."
        raise DataError(path, [Problem(None, None, text)]) from None
    except OSError as error:
        text = f"Filen kan ikke læses ({error.strerror or type(error).__name__}). Prøv at gemme den igen."
        raise DataError(path, [Problem(None, None, text)]) from None


def read_table(
    path: str | Path,
    columns: dict[str, str] | None = None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    header_names: list[set[str]] | None = None,
) -> pd.DataFrame:
    """Read a learner's ``.xlsx`` or Danish ``.csv`` file and check ``columns`` (name -> type) as it reads.

    The headings are looked for in the first rows (a title row above them is skipped): the first row that holds,
    for each set in ``header_names`` (lower-case names), one of its names; by default the names in ``columns``.
    Refused with a Danish ``DataError``: a folder, an unreadable file, a file over ``max_bytes``, a binary file,
    duplicate headings. Read: UTF-8 (with or without BOM), UTF-16, Windows-1252, Excel's ``sep=;`` first line.
    """
    path = Path(path)
    try:
        exists = path.exists()
    except OSError:  # a folder on the way that may not be read
        text = "Filen kan ikke læses: du har ikke adgang til den. Kopiér den til din egen mappe, og prøv igen."
        raise DataError(path, [Problem(None, None, text)]) from None
    if not exists:
        raise DataError(path, [Problem(None, None, "Filen findes ikke. Tjek navnet og mappen.")])
    if header_names is None and columns:
        header_names = [{name.strip().lower()} for name in columns]
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        advice = " Gem den som .xlsx i Excel." if suffix == ".xls" else ""
        text = f"Filtypen kan ikke læses. Brug en Excel-fil (.xlsx) eller en CSV-fil (.csv).{advice}"
        raise DataError(path, [Problem(None, None, text)])
    data = _read_bytes(path, max_bytes)
    if data.startswith(b"PK\x03\x04"):  # an Excel file, whatever its name says
        grid = _excel_grid(path)
    elif suffix in (".xlsx", ".xlsm"):
        text = "Filen kan ikke åbnes som Excel-fil (den er ikke en .xlsx-fil indeni). Gem den igen som .xlsx."
        raise DataError(path, [Problem(None, None, text)])
    else:
        grid = _csv_grid(path, _decode(path, data))
    raw = _frame(path, grid, header_names)
    stripped = raw.map(lambda v: v.strip() if isinstance(v, str) else v)  # what Excel users type has stray spaces
    stripped.attrs = dict(raw.attrs)
    result = _convert(stripped, columns or {}, path, decimal_comma=True, first_row=raw.attrs["header_row"] + 1)
    result.attrs = dict(raw.attrs)
    return result


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    elif len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00" and data[0:1] != b"\x00":
        return data.decode("utf-16-le", errors="replace")  # UTF-16 without its mark
    if b"\x00" in data:
        text = (
            "Filen indeholder binære data og er ikke en CSV-fil (måske en omdøbt fil af en anden type). Gem "
            "tabellen fra Excel som »CSV (semikolonsepareret)« eller som .xlsx."
        )
        raise DataError(path, [Problem(None, None, text)])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _BAD_UTF8_CONTEXT.search(data[: error.start]) or _BAD_UTF8_CONTEXT.search(data[error.end :]):
            row = data[: error.start].count(b"\n") + 1
            text = (
                f"Filen er gemt som UTF-8, men tegn nr. {error.start + 1} kan ikke læses som UTF-8 (byte "
                f"0x{data[error.start]:02X}). Ret tegnet, eller gem filen igen som »CSV UTF-8«."
            )
            raise DataError(path, [Problem(row, None, text)]) from None
        # Excel on Danish Windows saves "CSV (semikolonsepareret)" in Windows-1252.
        return data.decode("cp1252", errors="replace")


def _csv_grid(path: Path, text: str) -> list[tuple[int, list[str]]]:
    """The rows of a Danish CSV text with their line numbers (blank lines left out)."""
    if not text.strip():
        raise DataError(path, [Problem(None, None, "Filen er tom.")])
    lines = text.splitlines()
    delimiter, skip = ";", 0
    if lines and re.fullmatch(r"\s*sep=(.)\s*", lines[0]):  # Excel's own first line: "sep=;"
        delimiter, skip = re.fullmatch(r"\s*sep=(.)\s*", lines[0]).group(1), 1
    body = "\n".join(lines[skip:])
    top = [line for line in lines[skip : skip + _HEADER_SEARCH] if line.strip()]
    if delimiter == ";" and top and not any(";" in line for line in top):
        header = top[0]
        used = "komma (,)" if "," in header else "tabulator" if "\t" in header else None
        if used:
            hint = (
                f"Kolonnerne er adskilt med {used}, men en dansk CSV-fil bruger semikolon (;). "
                "Gem filen fra Excel som »CSV (semikolonsepareret)«, eller brug en .xlsx-fil."
            )
            raise DataError(path, [Problem(1 + skip, None, hint)])
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    grid = []
    try:
        for fields in reader:
            if any(field.strip() for field in fields):
                grid.append((reader.line_num + skip, fields))
    except csv.Error as error:
        raise DataError(path, [Problem(reader.line_num + skip, None, f"Rækken kan ikke læses ({error}).")]) from None
    return grid


def _excel_grid(path: Path) -> list[tuple[int, list]]:
    try:
        raw = pd.read_excel(path, dtype=object, sheet_name=0, header=None)
    except Exception as error:  # openpyxl raises many kinds for a damaged or mislabelled file
        text = "Filen kan ikke åbnes som Excel-fil. Er den gemt som .xlsx?"
        raise DataError(path, [Problem(None, None, text)]) from error
    grid = []
    for number, values in enumerate(raw.itertuples(index=False, name=None), start=1):
        cells = ["" if v is None or (isinstance(v, float) and pd.isna(v)) else v for v in values]
        if any(str(c).strip() for c in cells):
            grid.append((number, cells))
    if not grid:
        raise DataError(path, [Problem(None, None, "Filen er tom.")])
    return grid


def _frame(path: Path, grid: list[tuple[int, list]], header_names: list[set[str]] | None) -> pd.DataFrame:
    """The table under the heading row: the first row, or the first of the top rows that holds the names."""
    position = 0
    if header_names:
        for i, (_, cells) in enumerate(grid[:_HEADER_SEARCH]):
            found = {str(c).strip().lower() for c in cells}
            if all(found & names for names in header_names):
                position = i
                break
    header_line, header = grid[position]
    header = [str(name).strip() for name in header]
    while header and not header[-1]:
        header.pop()
    seen: dict[str, int] = {}
    for index, name in enumerate(header, start=1):
        key = name.lower()
        if key and key in seen:
            text = (
                f"Overskriften »{name}« står to gange (kolonne {seen[key]} og {index}). Giv kolonnerne forskellige "
                "navne, så det er klart, hvilken der skal bruges."
            )
            raise DataError(path, [Problem(header_line, name, text)])
        seen[key] = index
    width = len(header)
    rows, numbers = [], []
    for line, fields in grid[position + 1 :]:
        if any(str(field).strip() for field in fields[width:]):
            problem = f"Rækken har {len(fields)} felter, men overskriften har {width}. Er der et semikolon for meget?"
            raise DataError(path, [Problem(line, None, problem)])
        rows.append(list(fields[:width]) + [""] * (width - len(fields)))
        numbers.append(line)
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame.attrs["row_numbers"] = numbers
    frame.attrs["header_row"] = header_line
    return frame


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
        try:
            return formats.parse_bool(v)  # the one yes/no parser
        except ValueError:
            return "?"

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
    year_only = text.astype("string").str.fullmatch(r"\d{4}").fillna(False).astype(bool)  # not 1 January
    parsed = parsed.where(~year_only)
    return parsed, parsed.isna() & values.notna()


def _to_datetime(values: pd.Series, _decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    text = _iso_text(values)
    parsed = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
    danish = text.astype("string").str.replace(r"[./]", "-", regex=True)
    for pattern in ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M"):
        parsed = parsed.fillna(pd.to_datetime(danish, format=pattern, utc=True, errors="coerce"))
    year_only = text.astype("string").str.fullmatch(r"\d{4}").fillna(False).astype(bool)
    parsed = parsed.where(~year_only)
    return parsed, parsed.isna() & values.notna()


_CONVERTERS = {"float": _to_float, "int": _to_int, "bool": _to_bool, "date": _to_date, "datetime": _to_datetime}


def write_danish_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as Danish Excel CSV (semicolon, decimal comma, UTF-8 with BOM), which Excel opens directly."""
    path = Path(path)
    frame.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8-sig")
    return path
