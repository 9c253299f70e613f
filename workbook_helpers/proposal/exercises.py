"""Checked exercises for notebook 08: when a DPIA is needed, what freed time is, and which risk is the biggest.

>>> opgave_dpia().tjek("ja").state, opgave_risiko().tjek(12).state, opgave_frigjort_tid().tjek("b").state
('correct', 'correct', 'correct')
"""

from __future__ import annotations

from workbook_helpers.exercises import Exercise

from . import model

DPIA_CHOICES = ("ja", "nej", "måske")


def _dpia_checker(answer: object) -> str | None:
    text = str(answer).strip().lower()
    if text not in DPIA_CHOICES:
        return "Svar med »ja«, »nej« eller »måske« (i anførselstegn)."
    return None if text == "ja" else "Se på, hvem der reelt træffer afgørelsen, og hvad den handler om."


def opgave_dpia(name: str = "opgave_1") -> Exercise:
    """AI proposes whether a citizen gets help for a single expense; the caseworker only signs: DPIA? (ja)"""
    answers = {k: "nej" for k in model.QUESTION_KEYS} | {
        "personal_data": "ja", "automated_decision": "ja", "ai": "ja", "ai_benefits": "ja", "work_changes": "ja",
    }  # fmt: skip
    assert model.legal_advice(answers).dpia == "ja"  # the exercise and the legal check agree
    return Exercise(
        checker=_dpia_checker,
        hints=[
            "Skriver sagsbehandleren bare under, eller prøver hun sagen? Læs hjælpeteksten til spørgsmål 4.",
            "Datatilsynets liste nævner beslutninger om en persons ret til en ydelse, som bygger på en automatiseret "
            "beslutningsproces. Og AI om ret til offentlige ydelser er højrisiko (bilag III, pkt. 5, litra a).",
        ],
        solution=(
            "Ja. En underskrift uden reel prøvelse gør ikke afgørelsen mindre automatisk (GDPR art. 22), og en "
            "beslutning om en borgers ret til en ydelse, der bygger på en automatiseret proces, står på Datatilsynets "
            "liste over behandlinger, der altid kræver en konsekvensanalyse. AI, der vurderer ret til offentlige "
            "ydelser, er desuden højrisiko efter AI-forordningen (bilag III, pkt. 5, litra a), så kommunen skal også "
            "vurdere konsekvenserne for borgernes grundlæggende rettigheder (art. 27). Spørg DPO og en jurist."
        ),
        solution_code='svar_1 = "ja"',
        name=name,
    )


def opgave_frigjort_tid(name: str = "opgave_2") -> Exercise:
    """Freed time is not a saving until someone decides what it is used for (b)."""
    return Exercise(
        "b",
        hints=[
            "Forsvinder lønudgiften af sig selv, fordi en robot overtager en del af en opgave?",
            "Nogen skal beslutte, hvad timerne bruges til. Hvem, og hvornår?",
        ],
        solution=(
            "b. 800 frigjorte timer er tid, som nogen skal beslutte, hvad der skal bruges til: flere sager, bedre "
            "service, mindre overarbejde eller færre stillinger. Først når lederen har besluttet det (og drøftet det "
            "i MED), er det en gevinst, man kan følge op på. Derfor står der en ejer og en beslutning i forslaget."
        ),
        solution_code='svar_2 = "b"',
        name=name,
    )


RISKS = (
    ("Fagsystemet ændres, så løsningen holder op med at virke", 3, 4),
    ("Der er ikke hjemmel til at træffe afgørelsen automatisk", 2, 5),
    ("Kollegerne bruger ikke løsningen", 3, 3),
)


def opgave_risiko(name: str = "opgave_3") -> Exercise:
    """The score (likelihood x impact) of the biggest of three risks (12)."""
    scores = [likelihood * impact for _, likelihood, impact in RISKS]
    return Exercise(
        max(scores),
        hints=[
            "Scoren er sandsynlighed gange konsekvens.",
            "3 × 4, 2 × 5 og 3 × 3: hvilken er størst?",
        ],
        solution=(
            "12: »Fagsystemet ændres« har 3 × 4 = 12, mod 2 × 5 = 10 og 3 × 3 = 9. Bemærk, at risikoen med den "
            "største konsekvens (5) ikke er den største samlet: den er mindre sandsynlig. Begge skal have et modtræk."
        ),
        solution_code="svar_3 = 12",
        name=name,
    )


# Reflection questions of notebook 08: key -> (question, model answer). Shown with ``widgets.reflection(key)``.
REFLECTIONS: dict[str, tuple[str, str]] = {
    "08_frigjort_tid": (
        "Din leder siger: »800 frigjorte timer, så kan vi spare en halv stilling.« Hvad svarer du?",
        "At timerne først er en gevinst, når nogen har besluttet, hvad de skal bruges til, og at det skal drøftes i "
        "MED, før der besluttes. Måske skal de bruges på kortere svartid eller de svære sager; forslaget siger, hvem "
        "der beslutter det.",
    ),
    "08_svageste_punkt": (
        "Hvad er det svageste punkt i dit forslag, og hvad gør du ved det?",
        "Fx: timeprisen har ingen kilde endnu, så jeg spørger økonomiafdelingen; eller: jeg har ikke talt med "
        "kollegerne, så jeg tager det op på næste teammøde, før forslaget sendes videre.",
    ),
    "08_hvilken_fil": (
        "Hvem giver du Word-filen, Excel-arket og JSON-filen, og hvorfor?",
        "Word (eller PDF) til lederen og MED, der skal læse og drøfte forslaget; Excel til "
        "digitaliseringskonsulenten, der vil regne videre på tallene; JSON til digitaliseringsafdelingens "
        "portefølje, der sammenligner mange forslag.",
    ),
}
