"""Eksempel (illustrativt): a demo cohort of eleven proposals across the work areas of the class (school
secretaries, ydelse, plan/byg/miljø, børn og unge, borgerservice), made through the same export code as a learner's
own (``proposal.export.record``), so the portfolio reads them exactly as it reads real ones.

Every figure here is invented for teaching; every title starts with »Eksempel (illustrativt)«.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from ..case import Case
from ..messages import EXAMPLE_LABEL

# title, area, unit, owner, technology (key, label, score 0-100), hours freed, one-off kr., running kr., systems,
# legal answers that are "ja" (the rest "nej")
DEMO = [
    (
        "Elevindskrivning uden dobbelt indtastning",
        "Skolesekretær",
        "Skolesekretariatet",
        "Skoleleder",
        ("rpa", "RPA (softwarerobot)", 80),
        420,
        120_000,
        30_000,
        2,
        {"personal_data", "work_changes"},
    ),
    (
        "Fraværsbeskeder fra forældre sorteres automatisk",
        "Skolesekretær",
        "Skolesekretariatet",
        "Skoleleder",
        ("genai", "Generativ AI og chatbots", 55),
        300,
        180_000,
        60_000,
        2,
        {"personal_data", "ai", "citizen_facing", "work_changes"},
    ),
    (
        "Journalisering af ansøgninger om enkeltydelser",
        "Ydelse",
        "Ydelsesteamet",
        "Teamleder i ydelse",
        ("rpa", "RPA (softwarerobot)", 78),
        800,
        250_000,
        70_000,
        3,
        {"personal_data", "large_scale", "work_changes"},
    ),
    (
        "Indhentning af lønsedler til boligstøtte",
        "Ydelse",
        "Borgerservice",
        "Afdelingsleder i borgerservice",
        ("api", "Integration/API", 85),
        650,
        300_000,
        40_000,
        2,
        {"personal_data", "large_scale"},
    ),
    (
        "AI-forslag til afgørelse om hjælp til enkeltudgifter",
        "Ydelse",
        "Ydelsesteamet",
        "Teamleder i ydelse",
        ("ml_classification", "Maskinlæring (klassifikation)", 35),
        1100,
        1_400_000,
        250_000,
        4,
        {
            "personal_data",
            "special_categories",
            "large_scale",
            "automated_decision",
            "ai",
            "ai_benefits",
            "work_changes",
        },
    ),
    (
        "Kvittering og tjek af byggeansøgninger",
        "Plan, byg og miljø",
        "Byggesagsteamet",
        "Teamleder i byggesager",
        ("rpa", "RPA (softwarerobot)", 70),
        520,
        200_000,
        45_000,
        3,
        {"personal_data", "work_changes"},
    ),
    (
        "BBR-rettelser efter byggesager",
        "Plan, byg og miljø",
        "Byggesagsteamet",
        "Teamleder i byggesager",
        ("rpa", "RPA (softwarerobot)", 65),
        260,
        150_000,
        30_000,
        2,
        {"work_changes"},
    ),
    (
        "Registrering af underretninger",
        "Børn og unge",
        "Modtagelsen",
        "Leder af modtagelsen",
        ("ocr", "OCR og dokumentforståelse", 45),
        700,
        450_000,
        90_000,
        3,
        {"personal_data", "special_categories", "large_scale", "work_changes"},
    ),
    (
        "Pladsanvisning: breve og påmindelser",
        "Børn og unge",
        "Pladsanvisningen",
        "Leder af pladsanvisningen",
        ("self_service", "Digital selvbetjening (formular)", 75),
        380,
        90_000,
        20_000,
        2,
        {"personal_data"},
    ),
    (
        "Tidsbestilling i borgerservice",
        "Borgerservice",
        "Borgerservice",
        "Afdelingsleder i borgerservice",
        ("self_service", "Digital selvbetjening (formular)", 82),
        150,
        60_000,
        25_000,
        1,
        {"personal_data"},
    ),
    (
        "Journalisering af ansøgninger om enkeltydelser",
        "Ydelse",
        "Ydelsesteamet",
        "Teamleder i ydelse",
        ("rpa", "RPA (softwarerobot)", 78),
        780,
        260_000,
        70_000,
        3,
        {"personal_data", "large_scale", "work_changes"},
    ),
]  # fmt: skip  (the last one is a duplicate on purpose: the same title and process owner as the third)


def demo_cases(now: dt.datetime | None = None) -> list[Case]:
    """The eleven illustrative cases, each a full case like notebook 08's example, with its own figures."""
    from ..proposal.examples import example_case

    base = example_case(now)
    cases = []
    for title, area, unit, owner, tech, hours, one_off, running, systems, yes in DEMO:
        parts = {name: copy.deepcopy(entry["value"]) for name, entry in base.parts.items()}
        full = f"{EXAMPLE_LABEL}: {title}"
        parts["about"] = {"title": full, "area": area, "unit": unit, "owner": owner, "problem": title + "."}
        names = [f"System {chr(65 + i)}" for i in range(systems)]
        for i, row in enumerate(parts["as_is"]["rows"]):
            row["system"] = names[i % systems]
        parts["as_is"]["title"] = parts["to_be"]["title"] = full
        key, label, score = tech
        parts["technology"].update({"technology": key, "label": label, "score": score, "scale": "0-100"})
        inputs = parts["business_case"]["inputs"]
        inputs.update({"hours_freed": hours, "implementation": one_off * 0.7, "licences": one_off * 0.2,
                       "training": one_off * 0.1, "running_cost": running})  # fmt: skip
        parts["business_case"]["source"] = "example"
        parts["legal"]["answers"] = {k: ("ja" if k in yes else "nej") for k in parts["legal"]["answers"]}
        case = Case()
        for name, value in parts.items():
            case.set(name, value, example=True, now=now)
        cases.append(case)
    return cases


def write_demo_folder(folder: str | Path, now: dt.datetime | None = None) -> list[Path]:
    """Export the demo cohort as JSON records (one file per proposal, as learners hand them in) into ``folder``."""
    from ..proposal.export import record

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, case in enumerate(demo_cases(now), start=1):
        path = folder / f"eksempel_{number:02d}.json"
        path.write_text(json.dumps(record(case, now), ensure_ascii=False, indent=2, allow_nan=False), "utf-8")
        paths.append(path)
    return paths
