"""The contract between notebook 03 and notebook 05: the step table's cells are accepted and refused alike.

Notebook 03 checks cells in the workflow editor (``workflow.widgets.WorkflowEditor``, through
``workflow.schema.validate_steps``); notebook 05 scores the same table (``automation.scoring.score_steps``). Both
must accept and refuse exactly the same cells, because the learner's own workflow goes from one to the other.
"""

import math

import pandas as pd
import pytest

from workbook_helpers.automation.scoring import score_steps
from workbook_helpers.workflow import schema, widgets

CELLS = {
    "rule_based": [
        True, False, "ja", "Ja", "nej", "j", "n", "x", "X", "", " ", "1", "0", "1.0", "0,0", 1, 0, 1.0, "sand",
        "falsk", "true", "måske", "2", 2, "ja!", "yes", "✓",
    ],
    "input_type": [
        "form", "FORM", "Form", "paper", "Papir", "papir", "email", "E-mail/fritekst", "structured",
        "Strukturerede digitale data", "", "fax", "pdf", "digital", 3, " form ",
    ],
    "minutes": [
        5, 5.0, "5", "2,5", "2.5", "1.200", "1.200,5", "0", 0, "-5", -5, "fem", "", "5 min", "1e3", math.nan,
        "100.0", 10**6, "99.999.999", 525_600, "∞",
    ],
    "per_year": [
        150, "150", "1.200", "12.000.000", "0", "-1", "mange", "", "2,5", 10**9, "100.000.000", 1e300, float("inf"),
    ],
    "error_rate": ["0,1", 0.1, "0", "", 1, "1", "1,5", 2, "-0,1", "10 %", "0.1", "ti"],
    "step": ["Modtag", "", "  ", "\x00", "Ring\x07 til borgeren", "A" * 201, 5],
}  # fmt: skip


def base_row() -> dict:
    return {
        "step": "Modtag ansøgning", "actor": "Sagsbehandler", "system": "ESDH", "minutes": 5.0, "per_year": 1000.0,
        "wait_hours": 0.0, "input_type": "form", "rule_based": True, "error_rate": 0.05, "double_entry": False,
    }  # fmt: skip


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBOOK_WORK_DIR", str(tmp_path_factory.mktemp("arbejde")))
        yield widgets.WorkflowEditor(start=pd.DataFrame([base_row()]))


def accepted_by_03_editor(editor, column: str, value: object) -> bool:
    editor.rows[0] = {**base_row(), column: value}  # the editor's cells hold text; an imported file anything
    return editor.validate()


def accepted_by_03_validator(column: str, value: object) -> bool:
    try:
        schema.validate_steps(pd.DataFrame([{**base_row(), column: value}]))
    except schema.StepError:
        return False
    return True


def accepted_by_05_scoring(column: str, value: object) -> bool:
    try:
        score_steps(pd.DataFrame([{**base_row(), column: value}], dtype=object))
    except ValueError as error:
        assert "Række 1" in str(error)  # refused in Danish, naming the row
        return False
    return True


CASES = [(column, value) for column, values in CELLS.items() for value in values]


@pytest.mark.parametrize(("column", "value"), CASES, ids=[f"{c}={v!r}"[:40] for c, v in CASES])
def test_notebook_03_and_05_accept_and_refuse_the_same_cells(editor, column, value):
    in_03 = accepted_by_03_validator(column, value)
    assert accepted_by_03_editor(editor, column, value) == in_03
    assert accepted_by_05_scoring(column, value) == in_03


def test_the_contract_covers_both_outcomes():
    outcomes = {accepted_by_03_validator(c, v) for c, v in CASES}
    assert outcomes == {True, False}
    # The cells issue #9 found treated differently before: now one answer each.
    assert accepted_by_03_validator("rule_based", "x") and accepted_by_03_validator("rule_based", "j")
    assert accepted_by_03_validator("rule_based", "1.0") and accepted_by_03_validator("input_type", "FORM")
    assert not accepted_by_03_validator("minutes", "2.5")
