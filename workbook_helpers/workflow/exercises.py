"""The exercises of notebook 03 (arbejdsgangsanalyse), on the illustrative school example.

The expected answers are worked out by hand in the solutions; tests/workflow/test_exercises.py recomputes them
with the model.
"""

from workbook_helpers.exercises import Exercise
from workbook_helpers.workflow.model import WASTE_NAMES

opgave_1 = Exercise(
    26.25,
    tolerance=0.05,
    name="opgave_1",
    hints=[
        "Timer pr. år = minutter pr. gang × antal gange pr. år ÷ 60.",
        "Omarbejdet lægger 5 % oveni: gang med 1,05.",
    ],
    solution="10 minutter × 150 gange = 1.500 minutter = 25 timer. Med 5 % omarbejde: 25 × 1,05 = 26,25 timer.",
    solution_code="svar_1 = 10 * 150 / 60 * 1.05",
    praise="26,25 timer om året på ét trin – og en del af dem er indtastning af oplysninger, der allerede findes.",
)


def _handoffs(answer) -> str | None:
    if answer == 2:
        return None
    if answer in (3, 4):
        return "Tæl kun skift mellem to trin, der følger lige efter hinanden – ikke hvor mange aktører der er."
    return "Følg trinnene i rækkefølge og tæl, hver gang aktøren skifter."


opgave_2 = Exercise(
    checker=_handoffs,
    name="opgave_2",
    hints=[
        "En overdragelse er, når arbejdet går fra én aktør til en anden mellem to trin i træk.",
        "Se på kolonnen Aktør/rolle: hvor skifter den fra Skolesekretær til Skoleleder og tilbage?",
    ],
    solution="Skolesekretær → Skoleleder (før 'Godkend optagelse') og Skoleleder → Skolesekretær (før 'Opret "
    "eleven i elevadministrationen'): 2 overdragelser.",
    solution_code="svar_2 = 2",
    praise="Hver overdragelse er en chance for ventetid – her venter sagen 48 og 24 timer.",
)

opgave_3 = Exercise(
    "Overbehandling",
    name="opgave_3",
    hints=[
        f"Lean har otte spildtyper: {', '.join(WASTE_NAMES.values())}.",
        "At taste noget, der allerede er registreret, er mere arbejde end modtageren har brug for.",
    ],
    solution="Dobbeltregistrering er Overbehandling: mere arbejde end nødvendigt for at få resultatet.",
    solution_code='svar_3 = "Overbehandling"',
)

opgave_4 = Exercise(
    15,
    tolerance=0.05,
    name="opgave_4",
    hints=[
        "Arkivering: 3 minutter × 150 gange ÷ 60. Det hele forsvinder, når trinnet fjernes.",
        "Velkomstbrevet: (4 − 1) minutter × 150 gange ÷ 60.",
    ],
    solution="Arkivering: 3 × 150 ÷ 60 = 7,5 timer. Velkomstbrev: 3 × 150 ÷ 60 = 7,5 timer. I alt 15 timer om året.",
    solution_code='svar_4 = hours_freed(skole, remove_step(change_step(skole, "Send velkomstbrev", minutes=1), '
    '"Arkivér indmeldelsen"))',
)
