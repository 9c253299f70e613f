"""The step table every workflow tool shares (arbejdsgangsanalyse, automation scoring, the business case), and its
ONE validator.

One row is one step of a workflow (an arbejdsgang). Column names are English; what a learner sees is Danish,
through ``COLUMN_LABELS`` and ``INPUT_TYPE_LABELS``. Whether a cell is accepted is decided in one place,
``check_cell``: notebook 03's editor and files, and notebook 05's scoring, all call it, so a cell that one accepts
the other accepts too (tests/workflow/test_schema_contract.py). Numbers and yes/no are read with the floor's
``formats.parse_number`` and ``formats.parse_bool``.

>>> sorted(INPUT_TYPES)
['email', 'form', 'paper', 'structured']
>>> COLUMN_LABELS["minutes"]
'Minutter pr. gang'
>>> check_cell("rule_based", "x"), check_cell("input_type", "FORM"), check_cell("minutes", "2,5")
(True, 'form', 2.5)
>>> try:
...     check_cell("minutes", "-5")
... except StepError as error:
...     print(error)
Feltet »Minutter pr. gang«: »-5« er negativt. Tallet skal være 0 eller større.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.messages import WorkbookError
from workbook_helpers.workflow.messages import message

# column -> (dtype, Danish label). dtype is one of "str", "float", "bool", "category".
STEP_COLUMNS: dict[str, tuple[str, str]] = {
    "step": ("str", "Trin"),
    "actor": ("str", "Aktør/rolle"),
    "system": ("str", "System"),
    "minutes": ("float", "Minutter pr. gang"),
    "per_year": ("float", "Antal gange pr. år"),
    "wait_hours": ("float", "Ventetid før trinnet (timer)"),
    "input_type": ("category", "Input"),
    "rule_based": ("bool", "Følger faste regler"),
    "error_rate": ("float", "Andel fejl/omarbejde (0-1)"),
}

COLUMN_LABELS: dict[str, str] = {name: label for name, (_, label) in STEP_COLUMNS.items()}

# input_type codes, from least to most machine-readable, with their Danish labels.
INPUT_TYPE_LABELS: dict[str, str] = {
    "paper": "Papir",
    "email": "E-mail/fritekst",
    "form": "Digital formular",
    "structured": "Strukturerede digitale data",
}
INPUT_TYPES: tuple[str, ...] = tuple(INPUT_TYPE_LABELS)

# Optional columns the arbejdsgangsanalyse adds to the step table. Tools that do not know them may ignore them;
# ``validate_steps`` fills them with their default when they are missing.
EXTRA_STEP_COLUMNS: dict[str, tuple[str, str]] = {
    "double_entry": ("bool", "Data tastes igen (dobbeltregistrering)"),
}
EXTRA_COLUMN_LABELS: dict[str, str] = {name: label for name, (_, label) in EXTRA_STEP_COLUMNS.items()}

LABELS: dict[str, str] = {**COLUMN_LABELS, **EXTRA_COLUMN_LABELS}
ALL_COLUMNS: tuple[str, ...] = (*STEP_COLUMNS, *EXTRA_STEP_COLUMNS)
REQUIRED_COLUMNS: tuple[str, ...] = ("step", "actor", "minutes", "per_year")
TEXT_COLUMNS: tuple[str, ...] = ("step", "actor", "system")
NUMBER_COLUMNS: tuple[str, ...] = ("minutes", "per_year", "wait_hours", "error_rate")
BOOL_COLUMNS: tuple[str, ...] = ("rule_based", "double_entry")
# Value used for an optional column that is missing or blank.
DEFAULTS: dict[str, object] = {
    "system": "",
    "wait_hours": 0.0,
    "input_type": "form",
    "rule_based": False,
    "error_rate": 0.0,
    "double_entry": False,
}
MAX_TEXT = 200  # characters in a step, actor or system name
MAX_STEPS = 100  # rows the editor shows; a longer table is a workflow to split up


@dataclass(frozen=True)
class Bound:
    """How large a number may be: above ``plausible`` the learner is asked to check it (a warning), above
    ``limit`` it is refused. ``unit`` names the quantity in Danish for the messages."""

    plausible: float
    limit: float
    unit: str
    plausible_why: str
    limit_why: str
    what: str


BOUNDS: dict[str, Bound] = {
    "minutes": Bound(
        8 * 60, 60 * 24 * 365, "minutter pr. gang", "mere end en hel arbejdsdag (480 minutter) pr. gang",
        "mere end et helt år pr. gang", "minutter for én gang, ikke i alt",
    ),
    "per_year": Bound(
        1_000_000, 100_000_000, "gange pr. år", "over en million gange om året",
        "over hundrede millioner gange om året", "hvor mange gange trinnet udføres på et år",
    ),
    "wait_hours": Bound(
        24 * 365, 24 * 365 * 10, "timers ventetid", "mere end et helt år (8.760 timer)",
        "mere end ti år", "ventetiden i timer før trinnet, ikke i dage",
    ),
}  # fmt: skip

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class StepError(WorkbookError):
    """A step table or cell that cannot be used, with a Danish message naming the row and the column.

    ``row`` is the 1-based row number a learner sees (``None`` for the table as a whole or a single field),
    ``column`` the column name and ``reason`` the message without the place.
    """

    def __init__(self, text: str, row: int | None = None, column: str | None = None, reason: str | None = None):
        super().__init__(text)
        self.row = row
        self.column = column
        self.reason = reason or text


def clean_text(value: object) -> str:
    """Text as a learner meant it: control characters (from a pasted or imported file) removed, runs of spaces,
    tabs and line breaks made one space.

    >>> clean_text(" Ring\\x00 til\\tborgeren ")
    'Ring til borgeren'
    """
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def is_blank(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return bool(isinstance(value, str) and not clean_text(value))


def _where(row: int | None, column: str) -> str:
    label = LABELS.get(column, column)
    return message("where", row=row, label=label) if row is not None else message("where_field", label=label)


def _fail(column: str, row: int | None, key: str, **values: object) -> StepError:
    reason = message(key, **values)
    return StepError(f"{_where(row, column)}: {reason}", row, column, reason)


def _shown(value: object) -> str:
    """A value as the learner typed it (a text as typed; a number the Danish way, never ``-5.0``)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and value.is_integer():
        return formats.number(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formats.number(value, "auto")
    return str(value)


def input_type_code(value: object) -> str:
    """The input-type code for a code or a Danish label, in any case (``"FORM"``, ``"papir"``); ValueError else."""
    text = clean_text(value).casefold()
    for code, label in INPUT_TYPE_LABELS.items():
        if text in (code, label.casefold()):
            return code
    raise ValueError(value)


def check_number(column: str, value: object, row: int | None = None, *, zero_ok: bool | None = None) -> float:
    """A number cell of ``column`` read the Danish way, within its bounds; ``StepError`` in Danish otherwise."""
    try:
        number = formats.parse_number(value.strip() if isinstance(value, str) else value)
    except ValueError as error:
        raise _fail(column, row, "not_a_number", reason=str(error)) from None
    shown = _shown(value)
    if number < 0:
        raise _fail(column, row, "negative", value=shown)
    if column == "minutes" and number == 0 and not zero_ok:
        raise _fail(column, row, "zero_minutes", value=shown)
    if column == "error_rate" and number > 1:
        raise _fail(column, row, "bad_rate", value=shown)
    bound = BOUNDS.get(column)
    if bound and number > bound.limit:
        raise _fail(
            column, row, "too_big", value=shown, unit=bound.unit, why=bound.limit_why,
            limit=formats.number(bound.limit), what=bound.what,
        )  # fmt: skip
    return number


def check_cell(column: str, value: object, row: int | None = None) -> object:
    """The clean value of one cell of the step table, or a ``StepError`` in Danish naming the row and the column.

    Blank optional cells get their default (no wait, no errors, "Digital formular", nej); ``step``, ``actor``,
    ``minutes`` and ``per_year`` must be filled in. This is THE rule for every tool that reads a step table.
    """
    if column not in LABELS:
        raise KeyError(column)
    if is_blank(value):
        if column in ("step", "actor"):
            raise _fail(column, row, "empty_text")
        if column in ("minutes", "per_year"):
            raise _fail(column, row, "empty_number")
        return DEFAULTS[column]
    if column in TEXT_COLUMNS:
        text = clean_text(value)
        if len(text) > MAX_TEXT:
            raise _fail(column, row, "too_long", length=formats.number(len(text)), limit=MAX_TEXT)
        return text
    if column == "input_type":
        try:
            return input_type_code(value)
        except ValueError:
            raise _fail(
                column, row, "bad_input_type", value=_shown(value), choices=", ".join(INPUT_TYPE_LABELS.values())
            ) from None
    if column in BOOL_COLUMNS:
        try:
            return formats.parse_bool(value)
        except ValueError:
            raise _fail(column, row, "bad_bool", value=_shown(value)) from None
    return check_number(column, value, row)


def validate_steps(steps: pd.DataFrame, first_row: int = 1) -> pd.DataFrame:
    """A clean copy of a step table, or a ``StepError`` (a ValueError) in Danish naming the row and column.

    Danish numbers ("2,5"), ja/nej/x and the Danish input-type labels are accepted; blank optional cells get their
    default. ``first_row`` is the number the first row gets in messages (2 for a file whose first line holds the
    headings).

    >>> validate_steps(pd.DataFrame({"step": ["Modtag"], "actor": ["Sekretær"], "minutes": ["2,5"],
    ...                              "per_year": ["1.200"]})).loc[0, ["minutes", "per_year"]].tolist()
    [2.5, 1200.0]
    """
    if not isinstance(steps, pd.DataFrame):
        raise StepError(message("not_a_table", kind=type(steps).__name__))
    missing = [LABELS[c] for c in REQUIRED_COLUMNS if c not in steps.columns]
    if missing:
        raise StepError(message("missing_columns", labels=", ".join(f"»{m}«" for m in missing)))
    if steps.empty:
        raise StepError(message("no_steps"))
    if len(steps) > MAX_STEPS:
        raise StepError(message("too_many_steps", count=formats.number(len(steps)), limit=MAX_STEPS))
    clean: dict[str, list] = {column: [] for column in ALL_COLUMNS}
    seen: dict[str, int] = {}
    for position, record in enumerate(steps.to_dict("records")):
        row = position + first_row
        for column in ALL_COLUMNS:
            clean[column].append(check_cell(column, record.get(column), row))
        name = clean["step"][-1]
        if name.casefold() in seen:
            raise _fail("step", row, "duplicate_step", value=name, first=seen[name.casefold()])
        seen[name.casefold()] = row
    table = pd.DataFrame(clean)
    for column in NUMBER_COLUMNS:
        table[column] = table[column].astype(float)
    for column in BOOL_COLUMNS:
        table[column] = table[column].astype(bool)
    return table


def plausibility_warnings(steps: pd.DataFrame, first_row: int = 1) -> list[str]:
    """Danish questions about numbers that are allowed but unlikely (for a validated table), one per cell.

    >>> plausibility_warnings(pd.DataFrame({"step": ["A"], "actor": ["X"], "minutes": [600.0], "per_year": [1.0],
    ...                                     "wait_hours": [0.0]}))[0][:44]
    'Række 1, kolonnen »Minutter pr. gang«: 600 m'
    """
    warnings = []
    for position, record in enumerate(steps.to_dict("records")):
        for column, bound in BOUNDS.items():
            value = record.get(column)
            if isinstance(value, (int, float)) and value > bound.plausible:
                text = message(
                    "plausible", shown=f"{formats.number(value, 'auto')} {bound.unit}", why=bound.plausible_why,
                    what=bound.what,
                )  # fmt: skip
                warnings.append(f"{_where(position + first_row, column)}: {text}")
    return warnings
