"""The exercise of notebook 00."""

from ..exercises import Exercise

opgave_1 = Exercise(
    100,
    name="opgave_1",
    hints=[
        "Hvor mange minutter sparer du i alt på et år, før du regner om til timer?",
        "Gang minutterne pr. sag med antallet af sager.",
        "En time har 60 minutter. Del det samlede antal minutter med 60.",
    ],
    solution="3 minutter × 2.000 sager = 6.000 minutter. 6.000 minutter ÷ 60 = 100 timer om året.",
    praise="100 timer om året – næsten tre arbejdsuger à 37 timer.",
)
