"""Shared set-up for the proposal tests: a work folder of the test's own, and a small case of the learner's own,
seeded through the case API (as notebooks 00-07 would save it)."""

from __future__ import annotations

import pytest

from workbook_helpers import case, storage
from workbook_helpers.business_case.model import BusinessCase, evaluate, scenarios

OWN_TITLE = "Indskrivning af tilflyttere på Skovbakkeskolen"
OWN_STEPS = [
    {"step": "Modtag indmeldelse på mail", "actor": "Skolesekretær", "system": "Mail", "minutes": 6, "per_year": 180},
    {"step": "Slå barnet op i CPR", "actor": "Skolesekretær", "system": "CPR", "minutes": 4, "per_year": 180},
    {"step": "Opret eleven", "actor": "Skolesekretær", "system": "Elevadministration", "minutes": 12,
     "per_year": 180},
    {"step": "Godkend optagelse", "actor": "Skoleleder", "system": "Mail", "minutes": 5, "per_year": 180},
]  # fmt: skip
OWN_TO_BE = [
    {"step": "Modtag indmeldelse i formular", "actor": "Skolesekretær", "system": "Selvbetjening", "minutes": 1,
     "per_year": 180},
    {"step": "Opret eleven", "actor": "Skolesekretær", "system": "Elevadministration", "minutes": 4, "per_year": 180},
    {"step": "Godkend optagelse", "actor": "Skoleleder", "system": "Mail", "minutes": 5, "per_year": 180},
]  # fmt: skip
OWN_INPUTS = {
    "implementation": 40000, "licences": 5000, "training": 3000, "internal_hours": 20, "running_cost": 4000,
    "hours_freed": 48.0, "hourly_cost": 425.0, "other_benefits": 0, "ramp_up": [0.5, 1.0], "horizon": 5,
    "discount_rate": 0.035, "hours_per_fte": 1924.0,
}  # fmt: skip


def own_business_case() -> dict:
    bc = BusinessCase(**{**OWN_INPUTS, "ramp_up": tuple(OWN_INPUTS["ramp_up"])})
    result = evaluate(bc)
    table = scenarios(bc)
    return {
        "inputs": OWN_INPUTS, "source": "own_workflow", "hours_freed": bc.hours_freed, "npv": result.npv,
        "payback_years": result.payback_years, "one_off_cost": bc.one_off_cost, "horizon": bc.horizon,
        "yearly_net": bc.full_yearly_benefit - bc.running_cost,
        "scenarios": {label.lower(): float(v) for label, v in zip(table["label"], table["npv"], strict=True)},
    }  # fmt: skip


def seed_own_case() -> case.Case:
    """Save a small case of the learner's own through the case API; returns the loaded case."""
    parts = {
        "about": {"title": OWN_TITLE, "area": "Skolesekretær", "unit": "Skovbakkeskolen", "owner": "Skoleleder",
                  "problem": "Vi taster de samme oplysninger om nye elever flere gange."},
        "irritations": {"rows": [{"irritation": "Forældre sender mails uden CPR-nummer", "step": "Modtag indmeldelse",
                                  "waste": "Overbehandling", "per_year": 60, "minutes": 10}]},
        "as_is": {"title": OWN_TITLE, "rows": OWN_STEPS},
        "to_be": {"title": OWN_TITLE, "rows": OWN_TO_BE, "hours_freed_per_year": 48.0},
        "technology": {"technology": "self_service", "label": "Digital selvbetjening (formular)", "score": 71,
                       "scale": "0-100", "why": "Forældrene taster selv; faste felter."},
        "business_case": own_business_case(),
    }  # fmt: skip
    for name, value in parts.items():
        assert case.part(name).save(value).ok
    return case.load_case()


@pytest.fixture(autouse=True)
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    storage.problems()
    return tmp_path


@pytest.fixture
def own_case() -> case.Case:
    return seed_own_case()
