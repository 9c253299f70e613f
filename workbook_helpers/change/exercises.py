"""Exercises for notebook 07 (check, graded hints and solutions in Danish words)."""

from __future__ import annotations

from typing import Any

from ..exercises import Exercise, ____
from . import model

__all__ = [
    "BAROMETER_EXAMPLE",
    "____",
    "curve_placement_exercise",
    "kotter_sorting_exercise",
    "opgave_barometer",
    "opgave_felt",
    "opgave_kurve",
    "opgave_med",
    "opgave_taletid",
]  # fmt: skip


def _quadrant_name(answer: Any) -> str | None:
    text = str(answer).strip().casefold().replace("»", "").replace("«", "")
    for q in model.QUADRANTS.values():
        if text in (q.name.casefold(), q.key):
            return q.key
    return None


def opgave_felt() -> Exercise:
    """Kolleger i teamet: indflydelse 2, interesse 5 → »Hold informeret«."""

    def check(answer):
        key = _quadrant_name(answer)
        if key is None:
            return 'Skriv navnet på et af de fire felter, fx "Overvåg".'
        if key == "keep_informed":
            return None
        if key in ("manage_closely", "keep_satisfied"):
            return "Indflydelsen er 2, og kun 4 og 5 tæller som høj."
        return "Interessen er 5: den er høj."

    return Exercise(
        checker=check,
        hints=[
            "Se først på indflydelsen (2) og derefter på interessen (5). Er hver af dem høj eller lav?",
            "4 og 5 tæller som høj. Lav indflydelse og høj interesse er feltet nederst til højre i gitteret.",
        ],
        solution="Indflydelsen er lav (2) og interessen høj (5), så kollegerne ligger i »Hold informeret«: fortæl "
        "jævnligt, hvad der sker, og giv dem en vej til at stille spørgsmål. Er de skeptiske, så tal med dem først.",
        name="opgave_1",
    )


def opgave_kurve() -> Exercise:
    """»Det har vi prøvet før, og det virkede ikke.« → modstand."""

    def check(answer):
        key = model.phase_key(answer)
        if key is None:
            return "Skriv navnet på en af de fire faser: benægtelse, modstand, udforskning eller engagement."
        if key == "modstand":
            return None
        if key == "benaegtelse":
            return "Kollegaen har hørt om forandringen og siger sin mening højt: det er mere end benægtelse."
        return "Kollegaen prøver ikke det nye endnu, men siger imod."

    return Exercise(
        checker=check,
        hints=[
            "Tror kollegaen ikke på, at forandringen kommer, eller siger hun højt, at hun er imod?",
            "Når bekymring og tvivl bliver sagt højt, er det den anden fase på kurven.",
        ],
        solution="Det er modstand: forandringen er hørt, og tvivlen bliver sagt højt. Lyt, spørg, hvad der gik galt "
        "sidst, og vis, hvad der er anderledes denne gang.",
        name="opgave_2",
    )


BAROMETER_EXAMPLE = {"awareness": 5, "desire": 4, "knowledge": 2, "ability": 2, "reinforcement": 3}


def opgave_barometer() -> Exercise:
    """The first weak step of BAROMETER_EXAMPLE is »Ved hvordan« (knowledge)."""

    def check(answer):
        text = str(answer).strip().casefold()
        names = {s.key: s for s in model.ADKAR_STEPS}
        chosen = next((k for k, s in names.items() if text in (s.name.casefold(), k)), None)
        if chosen is None:
            return 'Skriv navnet på et trin, fx "Vil være med".'
        if chosen == "knowledge":
            return None
        if model.ADKAR_KEYS.index(chosen) > model.ADKAR_KEYS.index("knowledge"):
            return "Det trin er svagt, men der er et svagt trin før det."
        return "Det trin har 4 eller 5: det står stærkt."

    return Exercise(
        checker=check,
        hints=[
            "Gå trinene igennem i rækkefølge fra toppen, og stop ved det første, der har 3 eller derunder.",
            "Forstår hvorfor har 5 og Vil være med har 4. Hvad har det næste trin?",
        ],
        solution="»Ved hvordan« (2 af 5) er det første svage trin. Gruppen forstår hvorfor og vil gerne, men ved ikke, "
        "hvordan det nye gøres. Start med oplæring og eksempler på rigtige sager; »Kan i hverdagen« (2) kommer "
        "bagefter.",
        name="opgave_3",
    )


def opgave_med() -> Exercise:
    return Exercise(
        "B",
        hints=[
            "Læs § 7 igen: hvad skal medarbejdernes synspunkter kunne indgå i?",
            "Synspunkterne skal kunne indgå i grundlaget for beslutningen. Kan de det, når beslutningen er truffet?",
        ],
        solution="B. MED-rammeaftalen § 7 siger, at informationen skal gives så tidligt, at der er gode muligheder for "
        "en grundig drøftelse, så medarbejdernes synspunkter og forslag kan indgå i grundlaget for beslutningen. Det "
        "kan de ikke, når beslutningen er truffet (A), og en orientering uden drøftelse (C) er ikke nok.",
        name="opgave_4",
    )


def opgave_taletid() -> Exercise:
    """110 words at 130 words a minute: 110 × 60 / 130 ≈ 51 seconds."""
    return Exercise(
        51,
        tolerance=1,
        hints=[
            "Hvor mange ord siger du pr. sekund, når du siger 130 ord på 60 sekunder?",
            "Sekunder = antal ord × 60 ÷ ord pr. minut. Rund til hele sekunder.",
        ],
        solution="110 × 60 ÷ 130 = 50,8, altså ca. 51 sekunder. Det er inden for 30-60 sekunder, men tæt på grænsen: "
        "taler du langsommere, bliver den for lang.",
        name="opgave_5",
    )


def curve_placement_exercise() -> Exercise:
    """The placement of model.REMARKS on the curve (a list of phase keys, one per remark)."""
    expected = [phase for _, phase in model.REMARKS]

    def check(answer):
        if not isinstance(answer, (list, tuple)) or len(answer) != len(expected):
            return f"Vælg en fase for hvert af de {len(expected)} udsagn."
        given = [model.phase_key(a) for a in answer]
        right = sum(g == e for g, e in zip(given, expected, strict=True))
        if right == len(expected):
            return None
        return f"{right} af {len(expected)} står i den rigtige fase."

    responses = " ".join(f"{p.name}: {p.response}" for p in model.PHASES)
    solution = (
        "; ".join(f"{i + 1}. {model.PHASE_NAMES[phase]}" for i, (_, phase) in enumerate(model.REMARKS))
        + ". Sådan kan du svare i hver fase. "
        + responses
    )
    return Exercise(
        checker=check,
        hints=[
            "Spørg for hvert udsagn: tror kollegaen på forandringen? Siger hun imod? Prøver hun det nye? Hjælper hun "
            "andre?",
            "To udsagn i hver fase. Benægtelse: »det bliver aldrig til noget«. Modstand: bekymring sagt højt. "
            "Udforskning: praktiske spørgsmål. Engagement: hjælper andre eller vil mere.",
        ],
        solution=solution,
        name="placeringen",
    )


def kotter_sorting_exercise(actions: list[tuple[str, int]]) -> Exercise:
    expected = [step for _, step in actions]

    def check(answer):
        if not isinstance(answer, (list, tuple)) or len(answer) != len(expected):
            return f"Vælg et trin for hver af de {len(expected)} handlinger."
        right = sum(a == e for a, e in zip(answer, expected, strict=True))
        if right == len(expected):
            return None
        return f"{right} af {len(expected)} handlinger står ved det rigtige trin."

    solution = "; ".join(
        f"{i + 1}. trin {step} ({model.kotter_step(step).name}, Lewins fase: {model.kotter_step(step).lewin_name})"
        for i, step in enumerate(expected)
    )
    return Exercise(
        checker=check,
        hints=[
            "Spørg for hver handling: skal den ske, før noget ændres, mens det ændres, eller når det nye skal blive?",
            "Trin 1-4 er optøning (før noget ændres), trin 5-7 forandring (mens det ændres), trin 8 genfrysning (når "
            "det nye skal blive).",
        ],
        solution=f"{solution}. Hver handling hører til ét trin, og trinene følger hinanden.",
        name="sorteringen",
    )
