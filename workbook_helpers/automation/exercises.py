"""Exercises for notebooks 02 (teknologiforståelse) and 05 (automatiseringspotentiale), with check, hint, solution.

The expected answers are computed from the model, so an exercise can never disagree with the simulator or the
scoring it is about.

>>> from workbook_helpers.exercises import ____
>>> opgave_robot_sager().tjek(____).state
'not_attempted'
>>> opgave_robot_sager().tjek({"A", "F"}).state
'correct'
>>> opgave_robot_sager().tjek("A og F").state
'correct'
"""

from __future__ import annotations

import re

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.exercises import Exercise, as_number

from . import model, robot, scoring, tables
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
    return tables.queue_table(list(EXERCISE_CASES))


def _robot_takes(rules: robot.RobotRules) -> set[str]:
    result = robot.run_robot(list(EXERCISE_CASES), rules)
    return set(result.log.loc[result.log["outcome"] == "robot", "case_id"])


_FILLER_WORDS = {"og", "samt", "eller", "and", "sag", "sagerne", "sager", "bogstav", "bogstaverne"}


def _letters(answer, allowed: str = "ABCDEFG") -> set[str] | str | None:
    """The letters in a natural answer: {'A', 'F'}, ['a', 'f'], "A og F", "A, F", "a f" or "AF".

    Returns the set, a Danish sentence about a word it cannot read, or None when the answer is not text or a
    collection.
    """
    if isinstance(answer, set | list | tuple | frozenset):
        answer = " ".join(str(a) for a in answer)
    if not isinstance(answer, str):
        return None
    letters: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", answer):
        if word.casefold() in _FILLER_WORDS:
            continue
        if all(ch.upper() in allowed for ch in word) and len(word) <= len(allowed):
            letters.update(ch.upper() for ch in word)
        else:
            return (
                f"Jeg kan ikke læse »{word}« som en sag. Skriv kun bogstaverne {allowed[0]}-{allowed[-1]}, fx 'A og F'."
            )
    return letters


def _read_letters(answer, allowed: str = "ABCDEFG", example: str = "'A og B'") -> set[str] | str:
    """The letters of an answer, or a Danish sentence that says what to write."""
    given = _letters(answer, allowed)
    return f"Skriv bogstaverne som tekst, fx {example}." if given is None else given


def opgave_robot_sager(name: str = "opgave_1") -> Exercise:
    """Which of the cases A-G does the cautious robot (default rules) finish on its own?"""
    expected = _robot_takes(robot.RobotRules())

    def checker(answer) -> str | None:
        given = _read_letters(answer)
        if isinstance(given, str):
            return given
        if given == expected:
            return None
        wrong = sorted(given - expected)
        missing = len(expected - given)
        parts = []
        if wrong:
            parts.append(f"Robotten kan ikke tage {' og '.join(wrong)}.")
        if missing:
            parts.append(f"Du mangler {formats.count(missing, 'sag', 'sager')}, som robotten godt kan tage.")
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
        solution_code=f"{_answer(name)} = '{' og '.join(sorted(expected))}'",
        name=name,
    )


def opgave_register(name: str = "opgave_1") -> Exercise:
    """Switch on 'fetch from registers': which extra case can the robot take now?"""
    before = _robot_takes(robot.RobotRules())
    after = _robot_takes(robot.RobotRules(fill_from_register=True))
    (extra,) = sorted(after - before)

    def checker(answer) -> str | None:
        given = _read_letters(answer, example="'A'")
        if isinstance(given, str):
            return given
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


def opgave_volumen(upkeep_hours_per_year: float = 40.0, name: str = "opgave_3") -> Exercise:
    """How many cases a year before the cautious robot frees time, given its upkeep?"""
    result = robot.run_robot(robot.make_queue(), robot.RobotRules())
    minutes = round(model.saved_minutes_per_case(result), 2)
    expected = model.break_even_cases(minutes, upkeep_hours_per_year)

    def checker(answer) -> str | None:
        value = as_number(answer)
        if value is None:
            return "Svaret skal være et tal eller et regnestykke, fx 1.500 eller 100 * 60 / 2."
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
        solution=f"Driften koster {formats.number(upkeep_hours_per_year)} timer × 60 = "
        f"{formats.number(upkeep_hours_per_year * 60)} minutter om året. Hver sag sparer {formats.number(minutes, 2)} "
        f"minutter, så der skal ca. {formats.number(expected)} sager om året til, før robotten frigør mere tid, "
        "end den koster. Under det bruger robotten mere tid, end den sparer.",
        solution_code=f"{_answer(name)} = {upkeep_hours_per_year * 60:.0f} / {minutes}",
        name=name,
    )


def opgave_formular_point(step: str = "Scan og arkivér papirbilag", name: str = "opgave_2") -> Exercise:
    """How many points does the step's total rise when its paper input becomes a digital form (equal weights)?"""
    steps = example_steps()
    before = scoring.score_steps(steps)
    after_steps = steps.copy()
    after_steps.loc[after_steps["step"] == step, "input_type"] = "form"
    after = scoring.score_steps(after_steps)
    old = float(before.loc[before["step"] == step, "total"].iloc[0])
    new = float(after.loc[after["step"] == step, "total"].iloc[0])
    expected = round(new - old, 1)
    digital, structure = scoring.INPUT_SCORES["paper"], scoring.INPUT_SCORES["form"]
    per_point = 100 / (4 * len(scoring.CRITERIA))
    return Exercise(
        expected,
        tolerance=0.6,
        hints=[
            "Kig i kriterietabellen: hvilke to kriterier bygger på »Input«? Hvad får papir, og hvad får en formular?",
            f"Med lige vægte er ét point på ét kriterium {formats.number(per_point, 2)} point værd i den samlede "
            "score (100 fordelt på 7 kriterier med 4 trin hver). Tæl, hvor mange point de to kriterier stiger.",
        ],
        solution=f"»Digitalt input« stiger fra {digital[0]} til {structure[0]} og »Struktureret input« fra "
        f"{digital[1]} til {structure[1]}: {structure[0] - digital[0] + structure[1] - digital[1]} point i alt. "
        f"Hvert point er {formats.number(per_point, 2)} point værd, så den samlede score stiger med "
        f"{formats.number(expected)} point (fra {formats.number(old)} til {formats.number(new)}).",
        solution_code=f"{_answer(name)} = {formats.number(expected)}",
        name=name,
    )


RISK_CASES: dict[str, tuple[str, str]] = {
    "a": ("Maskinlæring, der vurderer, om en borger har ret til boligstøtte.", "høj"),
    "b": ("En chatbot på kommunens hjemmeside, der svarer på spørgsmål om åbningstider.", "begrænset"),
    "c": ("Et spamfilter i medarbejdernes indbakke.", "minimal"),
}
RISK_WORDS = {
    "forbudt": ("forbud", "uacceptabel"),
    "høj": ("høj",),
    "begrænset": ("begrænset", "gennemsigtighed"),
    "minimal": ("minimal", "ingen"),
}


def risk_cases_table() -> pd.DataFrame:
    """The three uses of AI in the risk exercise."""
    return pd.DataFrame({"Brug": list(RISK_CASES), "Beskrivelse": [t for t, _ in RISK_CASES.values()]})


def _risk_words(answer) -> list[str] | None:
    if isinstance(answer, dict):
        answer = ", ".join(str(answer.get(k, "")) for k in RISK_CASES)
    if isinstance(answer, list | tuple):
        answer = ", ".join(str(a) for a in answer)
    if not isinstance(answer, str):
        return None
    found = []
    for part in re.split(r"[,;\n]", answer):
        text = re.sub(r"^\s*[abc]\s*[:=)]", "", part.strip().casefold())
        level = next((lvl for lvl, words in RISK_WORDS.items() if any(w in text for w in words)), None)
        if text.strip():
            found.append(level or text.strip())
    return found


def opgave_risiko(name: str = "opgave_1") -> Exercise:
    """The AI Act's risk level of three uses of AI (a, b, c), answered in words in that order."""
    expected = [level for _, level in RISK_CASES.values()]

    def checker(answer) -> str | None:
        given = _risk_words(answer)
        if given is None or len(given) != len(expected):
            return "Skriv tre risikoniveauer i rækkefølgen a, b, c, adskilt af komma, fx 'minimal, høj, forbudt'."
        wrong = [letter for letter, g, e in zip(RISK_CASES, given, expected, strict=True) if g != e]
        if not wrong:
            return None
        return f"{len(expected) - len(wrong)} af {len(expected)} er rigtige. Se igen på {' og '.join(wrong)}."

    return Exercise(
        checker=checker,
        hints=[
            "Risikoen afhænger af, hvad systemet bruges til, ikke af teknologien. Hvad betyder det for borgeren, hvis "
            "det tager fejl?",
            "Se i tabellen over juridiske punkter: bilag III, pkt. 5, litra a (ydelser), art. 50 (sig, at det er AI) "
            "og de fire risikoniveauer.",
        ],
        solution="a: høj risiko – AI, der vurderer borgeres ret til offentlige ydelser, står i bilag III, pkt. 5, "
        "litra a (kommunen skal bl.a. sikre menneskeligt tilsyn og lave en konsekvensanalyse, art. 27). "
        "b: begrænset risiko – en chatbot skal sige, at den er AI (art. 50). c: minimal risiko – ingen særlige krav.",
        solution_code=f"{_answer(name)} = 'høj, begrænset, minimal'",
        name=name,
    )


AI_OR_NOT: dict[str, tuple[str, bool]] = {
    "A": ("En softwarerobot, der taster ansøgninger ind efter regler, som en medarbejder har skrevet.", False),
    "B": ("En regelmotor, der beregner et tilskud ud fra lovens faste satser.", False),
    "C": ("Et program, der har lært af tusindvis af breve at læse håndskrevne ansøgninger.", True),
    "D": ("En sprogmodel, der læser borgernes e-mails og finder det beløb, de søger om.", True),
}


def ai_or_not_table() -> pd.DataFrame:
    """The four systems of the exercise »Hvilke er AI?«."""
    return pd.DataFrame({"System": list(AI_OR_NOT), "Beskrivelse": [t for t, _ in AI_OR_NOT.values()]})


def opgave_ai(name: str = "opgave_4") -> Exercise:
    """Which of the systems A-D are AI systems in the sense of the AI Act (art. 3, nr. 1)?"""
    expected = {letter for letter, (_, is_ai) in AI_OR_NOT.items() if is_ai}

    def checker(answer) -> str | None:
        given = _read_letters(answer, allowed="ABCD")
        if isinstance(given, str):
            return given
        if given == expected:
            return None
        if given - expected:
            return f"{' og '.join(sorted(given - expected))} følger kun regler, som mennesker har skrevet."
        return "Der er et system mere, der selv har lært, hvordan det skal lave sit output."

    return Exercise(
        checker=checker,
        hints=[
            "Spørg for hvert system: har et menneske skrevet reglerne, eller har systemet lært dem af eksempler?",
            "Se rækken »Hvornår er noget AI?« i tabellen over juridiske punkter.",
        ],
        solution="C og D er AI: de har lært af eksempler og udleder selv, hvordan de laver deres output. "
        "A og B udfører kun regler, som mennesker har skrevet, og er efter Kommissionens retningslinjer ikke "
        "AI-systemer – men GDPR gælder for alle fire, når de behandler oplysninger om borgere.",
        solution_code=f"{_answer(name)} = 'C og D'",
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


def _technology_answer(text: str) -> dict[str, str]:
    """{'a': ..., 'b': ..., 'c': ...} from "a: RPA, b: API, c: tale" (or three names in the order a, b, c)."""
    marked = dict(
        re.findall(r"\b([abc])\s*[:=)]\s*([^,;\n]+?)\s*(?=(?:[,;\n]\s*[abc]\s*[:=)])|[,;\n]*$)", text.strip())
    )
    if marked:
        return {k: v.strip() for k, v in marked.items()}
    parts = [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]
    return dict(zip(TECHNOLOGY_TASKS, parts, strict=False)) if len(parts) == len(TECHNOLOGY_TASKS) else {}


def opgave_teknologi(name: str = "opgave_1") -> Exercise:
    """Which technology fits each of three tasks? Answered as text "a: ..., b: ..., c: ..." (a dict works too)."""
    expected = {letter: key for letter, (_, key) in TECHNOLOGY_TASKS.items()}

    def checker(answer) -> str | None:
        if isinstance(answer, str):
            answer = _technology_answer(answer)
        if not isinstance(answer, dict) or not answer:
            return "Skriv de tre svar som tekst, fx 'a: RPA, b: Regelmotor, c: Generativ AI'."
        if any("____" in str(v) for v in answer.values()):
            return "Udfyld alle tre pladser (a, b og c) i stedet for ____."
        wrong = [letter for letter, key in expected.items() if _technology_key(answer.get(letter, "")) != key]
        if not wrong:
            return None
        return f"{len(expected) - len(wrong)} af {len(expected)} er rigtige. Se igen på {' og '.join(wrong)}."

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
        solution_code=f"{_answer(name)} = 'a: {names['a']}, b: {names['b']}, c: {names['c']}'",
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
