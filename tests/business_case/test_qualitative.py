"""Qualitative benefits and the benefit realisation plan: checked, Danish errors, escaped HTML, saved work."""

import pytest

from workbook_helpers.business_case import qualitative
from workbook_helpers.business_case.examples import ringkobing_skjern_table, workflow_example
from workbook_helpers.business_case.model import evaluate, from_workflow
from workbook_helpers.business_case.widgets import numbers_and_qualities, yearly_table


def test_example_covers_the_four_dimensions():
    table = qualitative.example_qualitative()
    assert set(table["dimension"]) == set(qualitative.QUALITATIVE_DIMENSIONS)


def test_unknown_dimension_and_direction_are_named():
    with pytest.raises(ValueError, match="Række 1, kolonnen »Dimension«"):
        qualitative.qualitative_table([{"dimension": "hygge", "benefit": "x", "direction": "bedre", "weight": "stor"}])
    with pytest.raises(ValueError, match="»Retning«"):
        qualitative.qualitative_table([{"dimension": "kvalitet", "benefit": "x", "direction": "op", "weight": "stor"}])


def test_plan_needs_every_field():
    row = {"benefit": "Tid", "owner": "Leder", "measure": "Timer", "baseline": "20", "target": "10", "date": ""}
    with pytest.raises(ValueError, match="Række 1, kolonnen »Dato«"):
        qualitative.realisation_plan([row])
    with pytest.raises(ValueError, match="tom"):
        qualitative.realisation_plan([])


def test_plan_accepts_danish_column_names_and_old_rows():
    danish = qualitative.danish_labels(qualitative.example_plan())
    assert list(qualitative.realisation_plan(danish).columns) == list(qualitative.PLAN_COLUMNS)
    old = {"benefit": "Tid", "owner": "Leder", "measure": "Timer", "baseline": "20", "target": "10", "when": "Maj"}
    assert qualitative.realisation_plan([old]).loc[0, "date"] == "Maj"


def test_html_is_escaped():
    plan = qualitative.realisation_plan(
        [{"benefit": "<script>x</script>", "owner": "A", "measure": "B", "baseline": "C", "target": "D", "when": "E"}]
    )
    text = qualitative.to_html(plan)
    assert "<script>" not in text and "&lt;script&gt;" in text and "<th style='text-align:left'>Ejer</th>" in text


def test_numbers_next_to_qualities_and_danish_yearly_table():
    as_is, to_be = workflow_example()
    result = evaluate(from_workflow(as_is, to_be, hourly_cost=400, implementation=60_000))
    view = numbers_and_qualities(result)
    assert "Nutidsværdi" in view.children[0].value and "Retssikkerhed" in view.children[1].value
    table = yearly_table(result).frame
    assert table.loc[0, "Engangsomkostninger"] == "60.000 kr." and table.loc[1, "Gevinstrealisering"] == "100 %"
    assert "…" not in str(yearly_table(result))
    assert ringkobing_skjern_table().loc["Frigjorte timer på tre år", "Værdi"] == "37.400"
