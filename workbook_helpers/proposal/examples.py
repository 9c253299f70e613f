"""Eksempel (illustrativt): a whole case, every part saved with ``example=True``, to show notebook 08 to a learner
who has no case of their own yet, and for the tests and the benchmark. Never the learner's own.

The as-is and to-be come from ``workflow.examples`` (via ``business_case.examples.workflow_example``), the
business case from ``business_case.examples.example_case()`` evaluated by ``business_case.model.evaluate``.

>>> c = example_case()
>>> c.is_own("as_is"), c.entry("as_is")["example"]
(False, True)
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from workbook_helpers.case import Case

from .model import default_plan, suggest_consequences

EXAMPLE_START = dt.date(2027, 2, 1)


def _records(frame) -> list[dict]:
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in frame.to_dict("records")]


def business_case_value() -> dict:
    """The ``business_case`` part as notebook 06 saves it, from the illustrative example case."""
    from workbook_helpers.business_case import examples, model, qualitative

    case = examples.example_case()
    result = model.evaluate(case)
    inputs = {f.name: getattr(case, f.name) for f in dataclasses.fields(case) if f.name != "name"}
    inputs["ramp_up"] = list(case.ramp_up)
    table = model.scenarios(case)
    return {
        "inputs": inputs,
        "source": "example",
        "hours_freed": case.hours_freed,
        "npv": result.npv,
        "payback_years": result.payback_years,
        "one_off_cost": case.one_off_cost,
        "yearly_net": case.full_yearly_benefit - case.running_cost,
        "horizon": case.horizon,
        "scenarios": {label.lower(): float(v) for label, v in zip(table["label"], table["npv"], strict=True)},
        "qualitative": _records(qualitative.example_qualitative()),
    }


def example_case(now: dt.datetime | None = None) -> Case:
    """Eksempel (illustrativt): the case »Ansøgning om økonomisk hjælp til en enkeltudgift« with a robot."""
    from workbook_helpers.business_case.examples import workflow_example

    as_is, to_be = workflow_example()
    title = "Eksempel (illustrativt): robot til journalisering af ansøgninger om enkeltydelser"
    as_is_value = {"title": title, "rows": _records(as_is)}
    to_be_value = {"title": title, "rows": _records(to_be), "changes": "Robotten journaliserer og registrerer."}
    parts = {
        "about": {
            "title": title,
            "area": "Ydelse",
            "unit": "Ydelsesteamet (eksempel)",
            "owner": "Teamleder i ydelsesteamet",
            "problem": "Hver ansøgning journaliseres i hånden og registreres igen i økonomisystemet.",
        },
        "irritations": {
            "rows": [
                {
                    "irritation": "Vi taster de samme oplysninger to gange",
                    "step": "Registrér udbetaling",
                    "waste": "Overbehandling",
                    "per_year": 1500,
                    "minutes": 4,
                },
                {
                    "irritation": "Ansøgninger ligger og venter på journalisering",
                    "step": "Journalisér ansøgningen",
                    "waste": "Ventetid",
                    "per_year": 2000,
                    "minutes": 3,
                },
            ]
        },
        "as_is": as_is_value,
        "to_be": to_be_value,
        "technology": {
            "technology": "rpa",
            "label": "RPA (softwarerobot)",
            "score": 78,
            "scale": "0-100",
            "criteria": {},
            "why": "Strukturerede data fra en digital formular, faste regler og 2.000 sager om året.",
        },
        "business_case": business_case_value(),
        "benefits_plan": {
            "rows": [
                {
                    "benefit": "Frigjort tid til registrering",
                    "owner": "Teamleder i ydelsesteamet",
                    "baseline": "Måles før start",
                    "target": "Halvdelen af baseline",
                    "date": "2027-12-01",
                    "measure": "Timer pr. måned brugt på registrering",
                },
            ]
        },
        "stakeholders": {
            "rows": [
                {
                    "role": "Sagsbehandlere i ydelsesteamet",
                    "influence": 3,
                    "interest": 5,
                    "attitude": 0,
                    "quadrant": "Håndtér tæt",
                    "note": "Får undtagelseskøen",
                },
                {"role": "TR", "influence": 4, "interest": 4, "attitude": 0, "quadrant": "Håndtér tæt", "note": ""},
                {"role": "DPO", "influence": 4, "interest": 2, "attitude": 1, "quadrant": "Hold tilfreds", "note": ""},
            ]
        },
        "communication_plan": {
            "rows": [
                {
                    "occasion": "Teammøde",
                    "audience": "Sagsbehandlere",
                    "message": "Hvad robotten skal, og hvad den ikke skal",
                    "channel": "Møde",
                    "when": "Før beslutning",
                    "responsible": "Teamleder",
                    "kind": "dialog",
                },
            ]
        },
        "pitch": {
            "problem": "Hver ansøgning journaliseres i hånden.",
            "proposal": "En softwarerobot journaliserer og registrerer udbetalingen.",
            "gains": "Ca. 800 timer om året (eksempel).",
            "ask": "Lov til at lave en analyse sammen med digitaliseringsafdelingen.",
            "text": "",
            "seconds": 40,
        },
        "legal": {
            "answers": {
                "personal_data": "ja",
                "special_categories": "nej",
                "large_scale": "ja",
                "automated_decision": "nej",
                "ai": "nej",
                "ai_benefits": "nej",
                "citizen_facing": "nej",
                "work_changes": "ja",
            },
            "note": "",
        },
        "consequences": {
            **suggest_consequences(as_is_value, to_be_value, "rpa"),
            "freed_time_use": "Kortere svartid til borgerne og mere tid til de svære sager (forslag).",
            "freed_time_decided_by": "Afdelingsleder",
            "freed_time_decided": False,
        },
        "project_plan": default_plan(EXAMPLE_START),
    }
    case = Case()
    for name, value in parts.items():
        case.set(name, value, example=True, now=now)
    return case
