"""Exercises for notebooks 02 (teknologiforståelse) and 05 (automatiseringspotentiale), with check, hint, solution.

The expected answers are computed from the model, so an exercise can never disagree with the simulator or the
scoring it is about.

>>> from workbook_helpers.exercises import ____
>>> opgave_robot_sager().tjek(____).state
'not_attempted'
>>> opgave_robot_sager().tjek({"A", "F"}).state
'correct'
"""

from __future__ import annotations

import math

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.exercises import Exercise, as_number

from . import robot, scoring
from .examples import example_steps

# Seven hand-made cases for "which of these can a robot take?" (letters A-G).
EXERCISE_CASES: tuple[robot.Case, ...] = (
    robot.Case("A", "form", 1200.0),
    robot.Case("B", "paper", 800.0, read_confidence=0.97),
    robot.Case("C", "form", 7500.0),
    robot.Case("D", "form", 2000.0, missing="account"),
    robot.Case("E", "email", 600.0, read_confidence=0.95),
    robot.Case("F", "form", 3000.0),
    robot.Case("G", "form", 900.0, special="ansøgeren beder om dispensation fra fristen"),
)


def _answer(name: str) -> str:
    """The answer variable that goes with an exercise object: opgave_2 -> svar_2."""
    return name.replace("opgave_", "svar_")


def exercise_cases_table() -> pd.DataFrame:
    """The seven cases A-G as a Danish table."""
    return robot.queue_table(list(EXERCISE_CASES))


def _robot_takes(rules: robot.RobotRules) -> set[str]:
    result = robot.run_robot(list(EXERCISE_CASES), rules)
    return set(result.log.loc[result.log["outcome"] == "robot", "case_id"])


def _letters(answer) -> set[str] | None:
    if isinstance(answer, str):
        answer = [part for part in answer.replace(",", " ").split() if part]
    if not isinstance(answer, (set, list, tuple, frozenset)):
        return None
    return {str(a).strip().upper() for a in answer}


def opgave_robot_sager(name: str = "opgave_1") -> Exercise:
    """Which of the cases A-G does the cautious robot (default rules) finish on its own?"""
    expected = _robot_takes(robot.RobotRules())

    def checker(answer) -> str | None:
        given = _letters(answer)
        if given is None:
            return "Skriv bogstaverne som en mængde, fx {'A', 'B'}."
        if given == expected:
            return None
        wrong = sorted(given - expected)
        missing = len(expected - given)
        parts = []
        if wrong:
            parts.append(f"Robotten kan ikke tage {', '.join(wrong)}.")
        if missing:
            parts.append(f"Du mangler {missing} {'sag' if missing == 1 else 'sager'}, som robotten godt kan tage.")
        return " ".join(parts)

    return Exercise(
        checker=checker,
        hints=[
            "Robotten tager kun sager, der kommer via den digitale formular.",
            "Den sender også sager videre, hvis der mangler noget, hvis der er særlige forhold, eller hvis beløbet "
            "er over 5.000 kr.",
        ],
        solution=f"Robotten tager {', '.join(sorted(expected))}: digitale formularer uden mangler og særlige forhold "
        "og med et beløb på højst 5.000 kr. B er papir, E er fritekst, C er over beløbsgrænsen, D mangler "
        "kontonummer, og G har særlige forhold.",
        solution_code=_answer(name) + " = {" + ", ".join(repr(x) for x in sorted(expected)) + "}",
        name=name,
    )


def opgave_register(name: str = "opgave_1") -> Exercise:
    """Switch on 'fetch from registers': which extra case can the robot take now?"""
    before = _robot_takes(robot.RobotRules())
    after = _robot_takes(robot.RobotRules(fill_from_register=True))
    (extra,) = sorted(after - before)

    def checker(answer) -> str | None:
        given = _letters(answer)
        if given is None:
            return "Skriv ét bogstav, fx 'A'."
        if given == {extra}:
            return None
        return "Kig efter sagen, hvor der mangler en oplysning, som et register kender."

    return Exercise(
        checker=checker,
        hints=["Et register kan give adresse (CPR) og kontonummer (NemKonto), men ikke et bilag."],
        solution=f"Sag {extra}: den manglede kun kontonummeret, og det kan robotten nu hente i et register.",
        solution_code=f"{_answer(name)} = '{extra}'",
        name=name,
    )


def break_even_cases(result: robot.SimulationResult, upkeep_hours_per_year: float = 40.0) -> float:
    """Cases a year at which the robot's saving equals its upkeep (infinite if it saves nothing)."""
    saved_per_case = result.person_minutes_saved / result.n_cases
    return math.inf if saved_per_case <= 0 else upkeep_hours_per_year * 60 / saved_per_case


def saved_minutes_per_case(result: robot.SimulationResult) -> float:
    """Person minutes saved per case in a simulation (the figure the volume exercise starts from)."""
    return result.person_minutes_saved / result.n_cases


def opgave_volumen(upkeep_hours_per_year: float = 40.0, name: str = "opgave_3") -> Exercise:
    """How many cases a year before the cautious robot frees time, given its upkeep?"""
    result = robot.run_robot(robot.make_queue(), robot.RobotRules())
    minutes = round(saved_minutes_per_case(result), 2)
    expected = upkeep_hours_per_year * 60 / minutes

    def checker(answer) -> str | None:
        value = as_number(answer)
        if value is None:
            return "Svaret skal være et tal, fx 1.500."
        if abs(value - expected) <= 0.05 * expected:
            return None
        return "Tallet er for højt." if value > expected else "Tallet er for lavt."

    return Exercise(
        checker=checker,
        hints=[
            f"Driften koster {formats.hours(upkeep_hours_per_year)} = {formats.number(upkeep_hours_per_year * 60)} "
            "minutter om året.",
            f"Hver sag sparer {formats.number(minutes, 2)} minutter. Hvor mange sager skal der til for at nå "
            "driftens minutter?",
        ],
        solution=f"{formats.number(upkeep_hours_per_year * 60)} minutter / {formats.number(minutes, 2)} minutter "
        f"pr. sag ≈ {formats.number(expected)} sager om året. Under det bruger robotten mere tid, end den sparer.",
        solution_code=f"{_answer(name)} = {upkeep_hours_per_year * 60:.0f} / {minutes}",
        name=name,
    )


def _criterion_key(text) -> str | None:
    by_label = {c.label.casefold(): key for key, c in scoring.CRITERIA.items()}
    value = str(text).strip().casefold()
    return value if value in scoring.CRITERIA else by_label.get(value)


def opgave_stopklods(step: str = "Scan og arkivér papirbilag", name: str = "opgave_1") -> Exercise:
    """Which criterion stops this step of the example workflow? (any criterion with the lowest score is right)"""
    scored = scoring.score_steps(example_steps())
    row = scored[scored["step"] == step].iloc[0]
    lowest = min(int(row[f"score_{k}"]) for k in scoring.CRITERIA)
    right = {k for k in scoring.CRITERIA if int(row[f"score_{k}"]) == lowest}
    ordered = [k for k in scoring.CRITERIA if k in right]
    labels = " og ".join(f"»{scoring.CRITERIA[k].label}«" for k in ordered)

    def checker(answer) -> str | None:
        key = _criterion_key(answer)
        if key is None:
            return f"Skriv navnet på et kriterium, fx {', '.join(repr(c.label) for c in scoring.CRITERIA.values())}."
        if key in right:
            return None
        return f"»{scoring.CRITERIA[key].label}« får {int(row[f'score_{key}'])} af 5. Find det laveste."

    return Exercise(
        checker=checker,
        hints=[
            f"Vælg trinnet »{step}« under fanen Forklaring, eller kør scoring.explain(...).",
            "Find det kriterium, der har den laveste score (1-5).",
        ],
        solution=f"{labels} får {lowest} af 5: bilagene kommer på papir. Løsningen er at få dem digitalt fra "
        "starten (selvbetjening), ikke en robot.",
        solution_code=f"{_answer(name)} = '{scoring.CRITERIA[ordered[0]].label}'",
        name=name,
    )


TECHNOLOGY_TASKS: dict[str, tuple[str, str]] = {
    "a": ("Borgerne sender ansøgninger som fritekst i e-mails, men reglerne for at behandle dem er faste.",
          "self_service"),
    "b": ("Hver nat skal data flyttes fra et fagsystem, der har en API, til økonomisystemet.", "api"),
    "c": ("En sagsbehandler bruger meget tid på at skrive journalnotater efter samtaler med borgere.", "speech"),
}  # fmt: skip


def technology_tasks_table() -> pd.DataFrame:
    """The three tasks of the technology exercise as a table."""
    return pd.DataFrame({"Opgave": list(TECHNOLOGY_TASKS), "Beskrivelse": [t for t, _ in TECHNOLOGY_TASKS.values()]})


def _technology_key(text) -> str | None:
    value = str(text).strip().casefold()
    by_name = {name.casefold(): key for key, name in scoring.TECHNOLOGY_NAMES.items()}
    if value in scoring.TECHNOLOGY_NAMES:
        return value
    if value in by_name:
        return by_name[value]
    for name, key in by_name.items():  # "RPA", "selvbetjening", "talegenkendelse" ...
        if value and (value in name or name.split(" (")[0] == value):
            return key
    return None


def opgave_teknologi(name: str = "opgave_1") -> Exercise:
    """Which technology fits each of three tasks? Answer as a dict {'a': ..., 'b': ..., 'c': ...}."""
    expected = {letter: key for letter, (_, key) in TECHNOLOGY_TASKS.items()}

    def checker(answer) -> str | None:
        if not isinstance(answer, dict):
            return "Svaret skal være en ordbog, fx {'a': 'rpa', 'b': 'api', 'c': 'genai'}."
        wrong = [letter for letter, key in expected.items() if _technology_key(answer.get(letter, "")) != key]
        if not wrong:
            return None
        return f"{len(expected) - len(wrong)} af {len(expected)} er rigtige. Se igen på: {', '.join(wrong)}."

    names = {letter: scoring.TECHNOLOGY_NAMES[key] for letter, key in expected.items()}
    return Exercise(
        checker=checker,
        hints=[
            "a: Er problemet robotten eller input? Fritekst kan gøres struktureret, før den når robotten.",
            "b: Når systemet har en API, behøver man ikke en robot, der klikker i skærmbilleder.",
            "c: Hvilken teknologi laver tale om til tekst?",
        ],
        solution="a: " + names["a"] + " (få faste felter fra starten); b: " + names["b"] + " (systemerne taler "
        "direkte sammen); c: " + names["c"] + " (diktér notatet).",
        solution_code=_answer(name) + " = " + repr(expected),
        name=name,
    )


def opgave_goer_det_nu(name: str = "opgave_1") -> Exercise:
    """How many of the seven example steps land in the 'do it now' corner with equal weights?"""
    scored = scoring.score_steps(example_steps())
    expected = int((scored["quadrant"] == scoring.QUADRANTS[(True, True)]).sum())
    return Exercise(
        expected,
        hints=["Se fanen Prioriteringsmatrix, eller kolonnen Prioritering i tabellen (med alle vægte på 1)."],
        solution=f"{expected} af de 7 trin: høj lethed (mindst 50) og stort potentiale (mindst 100 timer om året).",
        solution_code=f"{_answer(name)} = {expected}",
        name=name,
    )


def opgave_risiko(name: str = "opgave_1") -> Exercise:
    """The AI Act risk class of machine learning that assesses the right to a public benefit (high risk)."""

    def checker(answer) -> str | None:
        text = str(answer).strip().casefold()
        if text in {"høj", "høj risiko", "høj-risiko", "højrisiko", "high", "high risk", "high-risk"}:
            return None
        if "forbud" in text or "uacceptabel" in text:
            return "Det er ikke forbudt, men der er strenge krav."
        return "Se tabellen over juridiske punkter: AI om ret til offentlige ydelser."

    return Exercise(
        checker=checker,
        hints=["Kig efter AI-forordningens bilag III, pkt. 5, litra a, i tabellen over juridiske punkter."],
        solution="Høj risiko: AI, der vurderer borgeres ret til offentlige ydelser, står i AI-forordningens bilag "
        "III, pkt. 5, litra a. Kommunen skal bl.a. sikre menneskeligt tilsyn og lave en konsekvensanalyse (art. 27).",
        solution_code=_answer(name) + " = 'høj risiko'",
        name=name,
    )
