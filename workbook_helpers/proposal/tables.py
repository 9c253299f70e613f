"""The proposal as Danish tables for reading (and for the exports): status, key figures, legal check,
consequences, project plan, rubric. Numbers are formatted with ``workbook_helpers.formats``.

>>> from workbook_helpers.proposal.examples import example_case
>>> key_figures(example_case()).iloc[0].tolist()
['Titel', 'Eksempel (illustrativt): robot til journalisering af ansøgninger om enkeltydelser']
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.case import PARTS, Case

from . import model

STATE_TEXT = {"klar": "Klar (dit eget)", "eksempel": "Eksempel (illustrativt)", "mangler": "Mangler"}


def status_table(case: Case) -> pd.DataFrame:
    """One row per proposal part: the part, its state, and the notebook that fills it."""
    return pd.DataFrame(
        [
            {"Del": r["label"], "Status": STATE_TEXT[r["state"]], "Udfyldes i notebook": r["notebook"]}
            for r in case.status()
        ]
    )


def _yes_no(value: bool | None) -> str:
    return "ja" if value is True else "nej" if value is False else "ikke afklaret"


def _kr(value: float | None) -> str:
    return formats.kr(value) if value is not None else "–"


def payback_text(value: float | None, has_case: bool) -> str:
    if value is None:
        return "tjener sig ikke hjem i perioden" if has_case else "–"
    return f"{formats.number(value, 1)} år"


def key_figure_rows(case: Case) -> list[tuple[str, str]]:
    """(label, text) pairs of the key figures, Danish formats; the NPV is ``formats.kr(evaluate(...).npv)``."""
    s = model.summary(case)
    has_case = s["npv"] is not None
    return [
        ("Titel", s["title"] or "–"),
        ("Arbejdsområde", s["area"] or "–"),
        ("Afdeling/team", s["unit"] or "–"),
        ("Procesejer (rolle)", s["owner"] or "–"),
        ("Frigjort tid", formats.hours(s["hours_freed_per_year"]) + " om året" if s["hours_freed_per_year"] else "–"),
        ("Gevinst om året ved fuld realisering", _kr(s["kr_per_year"])),
        ("Engangsomkostninger", _kr(s["one_off_cost"])),
        ("Nutidsværdi", _kr(s["npv"])),
        ("Nutidsværdi, pessimistisk scenarie", _kr(s["npv_pessimistic"])),
        ("Tilbagebetalingstid", payback_text(s["payback_years"], has_case)),
        ("Teknologi", s["technology_label"] or s["technology"] or "–"),
        (
            "Automatiseringsscore",
            f"{formats.number(s['automation_score'], 'auto')} ({s['automation_scale'] or 'skala ikke angivet'})"
            if s["automation_score"] is not None
            else "–",
        ),
        ("Systemer i arbejdsgangen", formats.number(s["systems"]) if s["systems"] is not None else "–"),
        ("Sager om året", formats.number(s["volume_per_year"]) if s["volume_per_year"] is not None else "–"),
        ("Personoplysninger", _yes_no(s["personal_data"])),
        ("Automatisk afgørelse", _yes_no(s["automated_decision"])),
        ("Konsekvensanalyse (DPIA)", s["dpia"] or "ikke afklaret"),
        ("Højrisiko-AI", _yes_no(s["high_risk_ai"])),
        ("Forslagets dele", f"{s['ready']} af {s['total']} dele er klar"),
    ]


def key_figures(case: Case) -> pd.DataFrame:
    return pd.DataFrame(key_figure_rows(case), columns=["Nøgletal", "Værdi"])


def sources_note(case: Case) -> str:
    """Where the key figures' defaults come from (the business case's defaults, as in notebook 06)."""
    from workbook_helpers.data import attribution

    origin = "din egen business case" if case.is_own("business_case") else "et eksempel (illustrativt)"
    return (
        f"Nøgletallene er regnet ud fra {origin} med modellen fra notebook 06. Standardværdier: "
        f"{attribution('business_case_defaults')}"
    )


def steps_table(value: Any) -> pd.DataFrame | None:
    """An ``as_is``/``to_be`` part as a Danish step table (None if there is none)."""
    steps = model.steps_of(value)
    if steps is None:
        return None
    return pd.DataFrame(
        {
            "Nr.": range(1, len(steps) + 1),
            "Trin": steps["step"],
            "Aktør/rolle": steps["actor"],
            "System": steps["system"],
            "Minutter pr. gang": [formats.number(v, "auto") for v in steps["minutes"]],
            "Gange pr. år": [formats.number(v) for v in steps["per_year"]],
        }
    )


def legal_answers(value: Any) -> pd.DataFrame:
    answers = model.answers_of(value)
    return pd.DataFrame([{"Spørgsmål": q.text, "Svar": answers[q.key] or "ikke besvaret"} for q in model.QUESTIONS])


def contacts_table(value: Any) -> pd.DataFrame:
    advice = model.legal_advice(value)
    return pd.DataFrame([{"Hvem": c.who, "Hvorfor": c.why, "Det skal du have med": c.bring} for c in advice.contacts])


def rules_table(value: Any) -> pd.DataFrame:
    """The rules behind the advice with their source and status (secondary sources say so)."""
    advice = model.legal_advice(value)
    rows = []
    for key in advice.rules:
        r = model.rule(key)
        rows.append(
            {
                "Regel": r["law"],
                "Hvad den siger": r["text"],
                "Kilde": r["source"],
                "Status": r["status"],
                "Pr. dato": formats.date(r["as_of"]),
            }
        )
    return pd.DataFrame(rows)


def consequences_table(value: Any) -> pd.DataFrame:
    c = model.consequences_of(value)
    rows = [{"Emne": label, "Indhold": "; ".join(c[key]) or "–"} for key, label in model.TASK_FIELDS.items()]
    rows.append({"Emne": "Den frigjorte tid bruges til", "Indhold": c["freed_time_use"] or "–"})
    decided = "besluttet" if c["freed_time_decided"] else "ikke besluttet endnu"
    rows.append({"Emne": "Hvem beslutter det", "Indhold": f"{c['freed_time_decided_by'] or '–'} ({decided})"})
    return pd.DataFrame(rows)


def _date(text: str) -> str:
    return formats.date(text) if text else "–"


def phases_table(plan: Any) -> pd.DataFrame:
    clean, _ = model.validate_plan(plan)
    return pd.DataFrame(
        [
            {
                "Fase": p["phase"],
                "Start": _date(p["start"]),
                "Slut": _date(p["end"]),
                "Ansvarlig": p["owner"],
                "Indhold": p["content"],
            }
            for p in clean["phases"]
        ],
        columns=["Fase", "Start", "Slut", "Ansvarlig", "Indhold"],
    )


def milestones_table(plan: Any) -> pd.DataFrame:
    clean, _ = model.validate_plan(plan)
    return pd.DataFrame(
        [
            {"Milepæl": m["milestone"], "Dato": _date(m["date"]), "Ejer (rolle)": m["owner"]}
            for m in clean["milestones"]
        ],
        columns=["Milepæl", "Dato", "Ejer (rolle)"],
    )


def risks_table(plan: Any) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "Risiko": r["risk"],
                "Sandsynlighed": f"{r['likelihood']} ({model.LEVEL_TEXT.get(r['likelihood'], '–')})",
                "Konsekvens": f"{r['impact']} ({model.LEVEL_TEXT.get(r['impact'], '–')})",
                "Score": model.risk_score(r),
                "Modtræk": r["response"],
                "Ejer": r["owner"],
            }
            for r in model.biggest_risks(plan)
        ],
        columns=["Risiko", "Sandsynlighed", "Konsekvens", "Score", "Modtræk", "Ejer"],
    )


def rubric_table(case: Case) -> pd.DataFrame:
    shows = {"klar": "ser klar ud", "delvist": "delvist", "mangler": "mangler"}
    return pd.DataFrame(
        [
            {
                "Kriterium": r["title"],
                "Spørgsmål": r["question"],
                "Sagen viser": shows[r["case_shows"]],
                "Det mangler": "; ".join(r["missing"]) or "–",
                "Din vurdering": r["own_level"] or "ikke vurderet",
                "Din note": r["own_note"] or "–",
            }
            for r in model.rubric(case)
        ]
    )


def rows_table(value: Any, columns: dict[str, str]) -> pd.DataFrame:
    """A part with ``rows`` (stakeholders, communication plan, benefits plan) with Danish headings."""
    rows = value.get("rows") if isinstance(value, dict) else None
    rows = [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    return pd.DataFrame(
        [{label: (_date_cell if key == "date" else _cell)(r.get(key)) for key, label in columns.items()} for r in rows],
        columns=list(columns.values()),
    )


def _date_cell(value: Any) -> str:
    try:
        return formats.date(value) if isinstance(value, str) and len(value) == 10 else _cell(value)
    except (ValueError, TypeError):
        return _cell(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return formats.number(value, "auto")
    return str(value)


STAKEHOLDER_COLUMNS = {
    "role": "Rolle",
    "influence": "Indflydelse (1-5)",
    "interest": "Interesse (1-5)",
    "attitude": "Holdning (-2 til 2)",
    "quadrant": "Placering",
    "note": "Note",
}
COMMUNICATION_COLUMNS = {
    "occasion": "Anledning",
    "audience": "Målgruppe",
    "message": "Budskab",
    "channel": "Kanal",
    "when": "Hvornår",
    "responsible": "Ansvarlig",
    "kind": "Dialog/information",
}
BENEFITS_COLUMNS = {
    "benefit": "Gevinst",
    "owner": "Ejer (rolle)",
    "baseline": "Baseline",
    "target": "Mål",
    "date": "Dato",
    "measure": "Måling",
}
IRRITATION_COLUMNS = {
    "irritation": "Irritationsmoment",
    "step": "Trin",
    "waste": "Spildtype",
    "per_year": "Gange pr. år",
    "minutes": "Minutter",
}
QUALITATIVE_COLUMNS = {
    "dimension": "Dimension",
    "benefit": "Gevinst",
    "direction": "Retning",
    "measure": "Måling",
    "weight": "Vægt",
}


def part_label(name: str) -> str:
    return PARTS[name].label if name in PARTS else name
