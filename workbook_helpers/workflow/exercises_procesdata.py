"""The exercises of notebook 04 (procesdata), on the real WABO log (Buijs 2014).

tests/workflow/test_exercises.py recomputes every expected answer from the log. The checked exercises ask for a
number or a choice that takes thinking, not one printed above; the reflection questions ask what the numbers mean.
"""

from workbook_helpers.case_widgets import register_questions
from workbook_helpers.exercises import Exercise

# From the log: 1.434 cases, 713 of them follow the most common variant.
CASES, TOP_VARIANT_CASES = 1434, 713
NOT_TYPICAL_PERCENT = round(100 * (CASES - TOP_VARIANT_CASES) / CASES, 1)

opgave_1 = Exercise(
    NOT_TYPICAL_PERCENT,
    tolerance=0.1,
    name="opgave_1",
    hints=[
        "Varianttabellen viser, hvor mange sager der følger den hyppigste variant, og hvor mange sager loggen har.",
        "Træk andelen for den hyppigste variant fra 100 %. Loggen har 1.434 sager, og 713 følger den hyppigste.",
    ],
    solution=f"{NOT_TYPICAL_PERCENT:.1f} %".replace(".", ",") + ": 713 af 1.434 sager følger den hyppigste variant "
    "(49,7 %), så 721 sager (50,3 %) går en anden vej. Halvdelen af sagerne er altså ikke »typiske«.",
    praise="Netop: halvdelen af sagerne følger ikke det typiske forløb. En robot, der kun kan det typiske, tager "
    "højst halvdelen.",
)


def _true_statement(answer) -> str | None:
    text = str(answer).strip().casefold().replace("udsagn", "").strip(" .")
    if text == "a":
        return None
    if text in {"b", "c"}:
        return (
            "Det udsagn siger noget om årsag, men tabellen viser kun en sammenhæng: sagerne i kanalerne kan være "
            "forskellige."
        )
    return 'Skriv bogstavet for udsagnet i anførselstegn, fx "A".'


opgave_2 = Exercise(
    checker=_true_statement,
    name="opgave_2",
    hints=[
        "Tallene viser, hvad der skete med de sager, der kom ind i hver kanal. Siger de noget om, hvorfor?",
        "Et udsagn om årsag (»fordi«, »hvis alle …, ville …«) kræver, at sagerne i kanalerne ellers er ens.",
    ],
    solution="A. Tallene viser, at sager fra den digitale kanal har den korteste median. De viser ikke, at kanalen "
    "er årsagen (B), eller hvad der ville ske, hvis alle søgte digitalt (C): måske er det andre slags sager, der "
    "kommer med posten.",
)


def _longest_wait(answer) -> str | None:
    text = str(answer).strip().casefold()
    if text.startswith("t06") or "stop advice" in text:
        return None
    return "Se på den øverste række i ventetidstabellen: den er sorteret med den længste samlede ventetid først."


opgave_3 = Exercise(
    checker=_longest_wait,
    name="opgave_3",
    hints=[
        "Ventetidstabellen er sorteret efter den samlede ventetid over alle sager.",
        'Læs navnet på aktiviteten i den øverste række. Du kan nøjes med koden, fx "T02".',
    ],
    solution="Sagerne venter samlet længst før »T06 Determine necessity of stop advice« (vurdering af, om et "
    "stop-råd er nødvendigt).",
)

REFLECTIONS = {
    "04_log": (
        "Hvilke hændelser tror du, dit eget fagsystem gemmer (sag, aktivitet, tidspunkt)? Hvem i kommunen skal du "
        "spørge, hvis du vil have en log ud?",
        "De fleste sags- og fagsystemer gemmer, hvornår en sag oprettes, hvornår et dokument journaliseres, og "
        "hvornår en afgørelse sendes. Spørg systemejeren eller digitaliseringsafdelingen; de kan tale med "
        "leverandøren. Husk, at en log med personoplysninger skal behandles efter GDPR.",
    ),
    "04_median": (
        "Hvorfor bruger vi median og percentiler i stedet for gennemsnit? Hvad kunne et gennemsnit få din leder til "
        "at tro om sagerne?",
        "Fordelingen er skæv: de fleste sager går hurtigt, nogle få trækker ud i måneder. Gennemsnittet trækkes op "
        "af de få lange sager, så det ligner, at en typisk sag tager længere, end den gør, og det skjuler, at "
        "problemet er de lange sager.",
    ),
    "04_omarbejde": (
        "Find en baglæns pil eller en aktivitet med omarbejde. Hvad fortæller den om arbejdsgangen, og hvad kunne "
        "forebygge den?",
        "Fx »T03 Adjust confirmation of receipt«: kvitteringen skal rettes, fordi noget var forkert første gang. "
        "Et bedre ansøgningsskema med tjek af felterne kunne forebygge fejlen, så sagen ikke skal om.",
    ),
    "04_bevis": (
        "Hvad kan en hændelseslog ikke vise dig om en arbejdsgang, som et interview med en kollega kan?",
        "Loggen viser, hvornår noget blev registreret, ikke hvad der skete imellem: telefonopkald, papir, "
        "arbejde uden for systemet, og hvorfor en sag ventede. Den siger heller ikke, hvad medarbejderne oplever "
        "som besværligt. Data og interview supplerer hinanden.",
    ),
}
register_questions(REFLECTIONS)
