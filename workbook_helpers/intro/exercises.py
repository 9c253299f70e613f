"""The exercise of notebook 00."""

from ..exercises import Exercise

opgave_1 = Exercise(
    100,
    name="opgave_1",
    hints=[
        "Regn først ud, hvor mange minutter der spares i alt: minutter pr. sag gange antal sager.",
        "En time har 60 minutter. Del det samlede antal minutter med 60.",
    ],
    solution="3 minutter × 2.000 sager = 6.000 minutter. 6.000 minutter ÷ 60 = 100 timer om året.",
    solution_code="svar_1 = 3 * 2000 / 60",
    praise="100 timer om året – næsten tre arbejdsuger à 37 timer.",
)
