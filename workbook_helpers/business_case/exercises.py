"""Exercises for notebook 06 (gevinster og business case), with check, hint and solution.

The expected answers are computed from the model, so an exercise can never disagree with the numbers and charts
it is about.

>>> from workbook_helpers.exercises import ____
>>> opgave_tilbagebetaling().tjek(____).state
'not_attempted'
>>> opgave_tilbagebetaling().tjek("2,5").state
'correct'
>>> opgave_optimistisk().tjek("b").state
'correct'
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.exercises import Exercise, as_number
from workbook_helpers.messages import quote

from .examples import example_case, ringkobing_skjern
from .model import BusinessCase, evaluate, hours_to_fte, sensitivity

# Exercise 1: a payback by hand. 300.000 kr. up front, then 120.000 kr. net a year.
PAYBACK_CASE = BusinessCase(implementation=300_000, other_benefits=120_000, horizon=5, discount_rate=0)


def payback_table() -> pd.DataFrame:
    """The cash flow of exercise 1 as a Danish table, without the cumulative column (the learner adds it)."""
    result = evaluate(PAYBACK_CASE)
    return pd.DataFrame(
        {
            "År": result.years,
            "Omkostninger": [formats.kr(v) for v in result.costs],
            "Gevinster": [formats.kr(v) for v in result.benefits],
            "Netto": [formats.kr(v) for v in result.net],
        }
    ).set_index("År")


def opgave_tilbagebetaling(name: str = "opgave_1") -> Exercise:
    """Compute the payback time by hand (in years, with one decimal)."""
    expected = evaluate(PAYBACK_CASE).payback_years
    return Exercise(
        expected,
        tolerance=0.05,
        hints=[
            "Læg nettobeløbene sammen år for år (akkumuleret netto). Efter år 0 står du på -300.000 kr.",
            "Efter år 2 står du på -60.000 kr. Hvor stor en del af år 3 skal der til for at tjene 60.000 kr. ind?",
            "Del det, der mangler efter år 2, med årets netto, og læg det til de 2 hele år.",
        ],
        solution=(
            "Akkumuleret: år 0: -300.000; år 1: -180.000; år 2: -60.000; år 3: +60.000 kr. "
            "Pengene er tjent hjem i løbet af år 3: 2 år + 60.000 / 120.000 = 2,5 år."
        ),
        solution_code='svar_1 = "2,5"',
        name=name,
    )


def tornado_table() -> pd.DataFrame:
    """The sensitivity of the notebook's example case (the data behind the tornado of exercise 2)."""
    return sensitivity(example_case())


COST_PARAMETERS = ("implementation", "licences", "training", "internal_hours", "running_cost")


def _largest_cost() -> str:
    table = tornado_table()
    return str(table[table["parameter"].isin(COST_PARAMETERS)].iloc[0]["label"])


def opgave_tornado(name: str = "opgave_2") -> Exercise:
    """Read the tornado: which cost moves the net present value most?"""
    expected = _largest_cost()
    keyword = "drift" if "Drift" in expected else expected.split()[0].lower()

    def checker(answer) -> str | None:
        text = str(answer).strip().lower()
        if keyword in text:
            return None
        if "timer" in text or "timepris" in text:
            return "Det er en gevinst, ikke en omkostning. Kig kun på søjlerne for omkostningerne."
        return "Det er ikke den omkostning, der har den bredeste søjle."

    return Exercise(
        checker=checker,
        hints=[
            "Den bredeste søjle står øverst. Spring over de søjler, der handler om gevinster (timer og timepris).",
            "Sammenlign »Implementering« med »Driftsomkostninger pr. år«: hvor mange år betaler du hver af dem?",
        ],
        solution=(
            f"{expected}. Driften betales hvert år i hele perioden, så 20 % mere drift rammer "
            "nutidsværdien flere gange, mens implementeringen kun betales én gang."
        ),
        solution_code=f'svar_2 = "{expected}"',
        name=name,
    )


#: Exercise 3: four assumptions in a business case; one is clearly optimistic.
ASSUMPTIONS: dict[str, str] = {
    "A": "Timeprisen er sat til 400 kr. inkl. overhead efter aftale med økonomiafdelingen.",
    "B": "Hele gevinsten kommer fra første dag: 100 % i år 1, selv om medarbejderne først skal lære løsningen.",
    "C": "Diskonteringsrenten er Finansministeriets 3,5 %.",
    "D": "Driftsomkostningerne omfatter licenser, support og tid til at passe robotten.",
}


def assumptions_table() -> pd.DataFrame:
    """The four assumptions of exercise 3 as a table."""
    return pd.DataFrame({"Antagelse": list(ASSUMPTIONS.values())}, index=pd.Index(list(ASSUMPTIONS), name="Bogstav"))


def opgave_optimistisk(name: str = "opgave_3") -> Exercise:
    """Spot the optimistic assumption (answer with its letter)."""

    def checker(answer) -> str | None:
        letter = str(answer).strip().upper()
        if letter not in ASSUMPTIONS:
            return "Svar med ét bogstav: A, B, C eller D."
        if letter == "B":
            return None
        return "Den antagelse er rimelig og har en kilde eller en aftale bag sig. Hvilken lover for meget for tidligt?"

    return Exercise(
        checker=checker,
        hints=[
            "Tænk på gevinstrealisering: hvornår kommer gevinsten i praksis?",
            "Nye løsninger har en indkøringsperiode. Hvilken antagelse ser bort fra den?",
        ],
        solution=(
            "B. En ny løsning giver sjældent den fulde gevinst fra første dag: der er oplæring, fejlrettelser og "
            "nye vaner. Regn med en indfasning (fx 50 % i år 1 og 100 % fra år 2), og følg op på den i "
            "gevinstrealiseringsplanen."
        ),
        solution_code='svar_3 = "B"',
        name=name,
    )


def ringkobing_fte_per_year(hours_per_fte: float = 1924.0) -> float:
    """Årsværk a year behind Ringkøbing-Skjern's published hours (hours over three years / 3 / hours per årsværk)."""
    hours = float(ringkobing_skjern().loc["Frigjorte timer på tre år", "Værdi"])
    return hours_to_fte(hours / 3, hours_per_fte)


def opgave_aarsvaerk(name: str = "opgave_4") -> Exercise:
    """Convert Ringkøbing-Skjern's 37.400 hours over three years to årsværk a year (gross, 1.924 hours)."""
    expected = ringkobing_fte_per_year()
    productive = ringkobing_fte_per_year(1667)

    def checker(answer) -> str | None:
        value = as_number(answer)
        if value is None:
            return f'Svaret skal være et tal i anførselstegn, fx "2,5" – du skrev {quote(answer)}.'
        if abs(value - expected) <= 0.05:
            return None
        if abs(value - expected * 3) <= 0.15:
            return "Det er årsværk for alle tre år tilsammen. Spørgsmålet er pr. år."
        if abs(value - productive) <= 0.05:
            return "Du har regnet med produktive timer (1.667). Brug brutto-timerne: 1.924 timer pr. årsværk."
        return "Tallet er for højt." if value > expected else "Tallet er for lavt."

    return Exercise(
        checker=checker,
        hints=[
            "Først timer pr. år: 37.400 / 3.",
            "Så årsværk: timer pr. år / 1.924.",
        ],
        solution=(
            f"37.400 / 3 = {formats.number(37_400 / 3)} timer pr. år; / 1.924 = {formats.number(expected, 1)} "
            f"årsværk. Med produktive timer (1.667) bliver det {formats.number(productive, 1)} årsværk: "
            "samme tid, men et andet tal. Skriv derfor altid, hvilke timer et årsværk er regnet i."
        ),
        solution_code=f'svar_4 = "{formats.number(expected, 1)}"',
        name=name,
    )


#: The reflection boxes of notebook 06: key -> (question, model answer). The answers are saved to the case
#: (part ``reflections``); the model answer is shown only after the learner has written something.
REFLECTIONS: dict[str, tuple[str, str]] = {
    "06_nutidsvaerdi": (
        "Hvad fortæller nutidsværdien, som tilbagebetalingstiden ikke fortæller? Og hvorfor regner man fremtidige "
        "kroner om til kroner i dag?",
        "Tilbagebetalingstiden siger, hvornår pengene er tjent hjem, men ikke hvor meget der er tjent i alt, og den "
        "ser bort fra det, der sker bagefter. Nutidsværdien lægger alle års gevinster og omkostninger sammen i "
        "kroner i dag. En krone om fem år er mindre værd end en krone i dag, fordi pengene kunne have været brugt "
        "eller forrentet imens; derfor diskonteres de.",
    ),
    "06_stilling": (
        "Din leder siger: »Robotten frigør 2.000 timer. Så kan vi spare en stilling.« Hvad svarer du?",
        "2.000 timer er godt et årsværk i brutto-timer (1.924), men tiden er spredt ud over mange medarbejdere og "
        "opgaver, så den bliver ikke til en hel stilling af sig selv. Om der skal spares, er en beslutning, ikke en "
        "følge af beregningen: spørg, hvad timerne skal bruges til (fx kortere ventetid for borgerne), og skriv det i "
        "gevinstrealiseringsplanen. Husk også de nye opgaver: nogen skal passe robotten og tage sig af undtagelserne.",
    ),
    "06_kvalitativ": (
        "Hvilken gevinst eller ulempe, der ikke kan gøres op i kroner, vejer tungest i din arbejdsgang: kvalitet, "
        "retssikkerhed, borgeroplevelse eller arbejdsmiljø? Hvordan kan den måles?",
        "Et eksempel: I en ydelsessag vejer retssikkerheden tungest. Robotten behandler sagerne ens, men undtagelserne "
        "skal fanges af en medarbejder. Det kan måles som andelen af sager, der sendes til manuel behandling, og "
        "antallet af klager og omgørelser før og efter.",
    ),
}


def reflection(key: str):
    """The reflection box ``key`` of notebook 06 (see ``REFLECTIONS``), saved to the learner's case."""
    from workbook_helpers.case_widgets import reflection as reflection_box

    question, model_answer = REFLECTIONS[key]
    return reflection_box(key, question, model_answer)
