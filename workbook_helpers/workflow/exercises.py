"""The checked exercises of notebook 03 (arbejdsgangsanalyse), on the illustrative school example, and the model
answers of its reflection boxes.

Each checked exercise asks for a number or a choice that the learner works out before the notebook shows it. Hints
go from a nudge to the method (never code); solutions are Danish words with the number. The expected answers are
worked out by hand in the solutions; tests/workflow/test_exercises.py recomputes them with the model.
"""

from workbook_helpers.exercises import Exercise
from workbook_helpers.workflow.model import WASTE_NAMES

opgave_1 = Exercise(
    26.25,
    tolerance=0.05,
    name="opgave_1",
    hints=[
        "Start med én gang: hvor mange minutter tager trinnet? Hvor mange gange sker det om året?",
        "Timer pr. år = minutter pr. gang × antal gange pr. år ÷ 60. Omarbejdet lægger andelen oveni: gang med 1,05.",
    ],
    solution="10 minutter × 150 gange = 1.500 minutter, og 1.500 ÷ 60 = 25 timer. Med 5 % omarbejde: 25 × 1,05 = "
    "26,25 timer om året på ét trin.",
    praise="26,25 timer om året på ét trin – og en del af dem er indtastning af oplysninger, der allerede findes.",
)


def _handoffs(answer) -> str | None:
    if answer == 2:
        return None
    if answer in (3, 4):
        return "Tæl kun skift mellem to trin, der følger lige efter hinanden – ikke hvor mange aktører der er."
    return "Følg pilene i svømmebanerne fra toppen, og tæl hver gang en pil går over i en anden bane."


opgave_2 = Exercise(
    checker=_handoffs,
    name="opgave_2",
    hints=[
        "Følg pilene i svømmebanerne. Hvor krydser en pil fra én bane til en anden?",
        "En overdragelse er, når arbejdet går fra én aktør til en anden mellem to trin i træk. Se i kolonnen "
        "Aktør/rolle, hvor der skiftes mellem Skolesekretær og Skoleleder.",
    ],
    solution="Sagen går fra Skolesekretær til Skoleleder før »Godkend optagelse« og tilbage til Skolesekretær før "
    "»Opret eleven i elevadministrationen«: 2 overdragelser.",
    praise="Hver overdragelse er en chance for ventetid – her venter sagen 48 og 24 timer.",
)

opgave_3 = Exercise(
    "Overbehandling",
    name="opgave_3",
    hints=[
        "Spørg: får modtageren noget ud af, at oplysningerne tastes en gang til?",
        f"Lean har otte spildtyper: {', '.join(WASTE_NAMES.values())}. At gøre mere arbejde end modtageren har "
        "brug for, hedder én af dem.",
    ],
    solution="Dobbeltregistrering er Overbehandling: mere arbejde end nødvendigt for at få det samme resultat.",
)

opgave_4 = Exercise(
    15,
    tolerance=0.05,
    name="opgave_4",
    hints=[
        "Regn hver ændring for sig, og læg dem sammen. Et fjernet trin frigør alle sine timer.",
        "Arkivering: 3 minutter × 150 gange ÷ 60. Velkomstbrevet: (4 − 1) minutter × 150 gange ÷ 60.",
    ],
    solution="Arkivering: 3 × 150 ÷ 60 = 7,5 timer. Velkomstbrev: 3 minutter sparet × 150 ÷ 60 = 7,5 timer. I alt "
    "15 timer om året.",
)

# The reflection boxes: (key in the case part "reflections", question, model answer).
REFLECTIONS: dict[str, tuple[str, str]] = {
    "03_valg": (
        "Hvilken arbejdsgang vælger du at analysere, og hvilke af irritationsmomenterne hører til den? Hvorfor "
        "netop den?",
        "Vælg en arbejdsgang, der sker mange gange om året, som du selv kender godt, og hvor flere "
        "irritationsmomenter samler sig – fx indskrivning af elever, hvor både de tre logins og de manglende "
        "CPR-numre hører til. Så er der både timer at hente og kolleger, der kan se problemet.",
    ),
    "03_alt_er_muligt": (
        "Alt er muligt: hvis der ingen grænser var for penge, systemer eller regler, hvordan skulle arbejdsgangen "
        "så fungere – set fra borgeren og fra dig?",
        "Fx: forældrene melder barnet ind ét sted, oplysningerne fra CPR og flyttesagen er der allerede, pladsen i "
        "klassen tjekkes af sig selv, og sekretæren ser kun de sager, der kræver et skøn. Idéen behøver ikke være "
        "realistisk endnu – den viser, hvad der er spild i dag.",
    ),
    "03_interview": (
        "Hvorfor er det vigtigt at se arbejdsgangen ved kollegens skrivebord i stedet for at læse vejledningen? "
        "Hvilke tre spørgsmål stiller du først?",
        "Vejledningen viser arbejdsgangen, som den er beskrevet; ved skrivebordet ser du, hvordan den faktisk "
        "udføres – med omveje, ventetid og genveje. Tre gode første spørgsmål: Hvad sætter arbejdet i gang? Hvad "
        "gør du så? Hvor ofte skal noget gøres om?",
    ),
    "03_gennemloeb": (
        "Der arbejdes under en time på sagen, men den er tre dage om at komme igennem. Hvad betyder forskellen for "
        "borgeren, og hvor ligger ventetiden i din egen arbejdsgang?",
        "For borgeren er det gennemløbstiden, der tæller: tre dages venten, selv om arbejdet tager under en time. "
        "Ventetiden ligger typisk ved overdragelser og godkendelser – fx når sagen ligger i en leders indbakke.",
    ),
    "03_spild": (
        "Hvilket af de otte former for spild ser du oftest i din egen arbejdsgang? Giv et eksempel.",
        "Fx Bevægelse: jeg skifter mellem fire systemer for at samle oplysninger til én sag; eller Ventetid: "
        "sagen ligger tre dage hos lederen, før den kan afsluttes.",
    ),
    "03_leder": (
        "Din leder siger: »Så frigør vi 15 timer om året – hvem skal vi så af med?« Hvad svarer du?",
        "15 timer om året er under en halv arbejdsuge, spredt ud i små bidder; ingen stilling forsvinder. Timerne "
        "er en gevinst først, når nogen beslutter, hvad de bruges til – fx hurtigere svar til forældrene eller tid "
        "til de svære sager. Det hører hjemme i gevinstrealiseringsplanen i business casen.",
    ),
}


def reflection(key: str):
    """The reflection box ``key`` of notebook 03 (question and model answer from ``REFLECTIONS``), saved to the
    learner's case as they type."""
    from workbook_helpers.case_widgets import reflection as box

    question, model_answer = REFLECTIONS[key]
    return box(key, question, model_answer)
