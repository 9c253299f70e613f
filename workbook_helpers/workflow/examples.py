"""Example workflows from the departments on the course, to learn the method on before mapping one's own.

They are ILLUSTRATIVE: the steps are typical of the work, but every time, volume, wait and error rate is made up
for teaching and measured nowhere. Show ``EXAMPLE_NOTE`` with them.

>>> sorted(EXAMPLES)
['boern_unge_underretning', 'byggesag_modtagelse', 'skole_indskrivning', 'ydelse_ansoegning']
>>> example("skole_indskrivning")["step"].iloc[0]
'Modtag indmeldelse'
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from workbook_helpers.workflow.model import validate_steps

EXAMPLE_NOTE = (
    "Eksempel (illustrativt): trinnene er typiske, men tider, antal, ventetider og fejlandele er opdigtet til "
    "undervisningen og ikke målt i en kommune."
)


@dataclass(frozen=True)
class Example:
    """One example workflow: a Danish title, the department, a short description and the step table rows."""

    title: str
    department: str
    description: str
    rows: tuple[tuple, ...]

    def steps(self) -> pd.DataFrame:
        """The example as a validated step table."""
        columns = [
            "step", "actor", "system", "minutes", "per_year", "wait_hours", "input_type", "rule_based",
            "error_rate", "double_entry",
        ]  # fmt: skip
        return validate_steps(pd.DataFrame(list(self.rows), columns=columns))


# step, actor, system, minutes, per_year, wait_hours, input_type, rule_based, error_rate, double_entry
EXAMPLES: dict[str, Example] = {
    "skole_indskrivning": Example(
        title="Indskrivning af en ny elev (tilflytter)",
        department="Skole (skolesekretær)",
        description="Forældre melder et barn ind på skolen efter en flytning; sekretæren tjekker, opretter og "
        "byder velkommen.",
        rows=(
            ("Modtag indmeldelse", "Skolesekretær", "Mail", 5, 150, 0, "email", False, 0.15, False),
            ("Slå barnet op i CPR", "Skolesekretær", "CPR", 3, 150, 0, "structured", True, 0, False),
            (
                "Tjek skoledistrikt og plads i klassen",
                "Skolesekretær",
                "Elevadministration",
                6,
                150,
                0,
                "structured",
                True,
                0,
                False,
            ),
            ("Godkend optagelse", "Skoleleder", "Mail", 4, 150, 48, "email", False, 0, False),
            (
                "Opret eleven i elevadministrationen",
                "Skolesekretær",
                "Elevadministration",
                10,
                150,
                24,
                "email",
                True,
                0.05,
                True,
            ),
            ("Giv klasselæreren besked", "Skolesekretær", "Aula", 3, 150, 0, "form", True, 0, False),
            ("Send velkomstbrev", "Skolesekretær", "Digital Post", 4, 150, 0, "form", True, 0, False),
            ("Arkivér indmeldelsen", "Skolesekretær", "ESDH", 3, 150, 0, "form", True, 0, True),
        ),
    ),
    "ydelse_ansoegning": Example(
        title="Ansøgning om økonomisk hjælp til en enkeltudgift",
        department="Ydelser (borgerservice og sagsbehandling)",
        description="En borger søger om hjælp til en enkeltudgift; ansøgningen modtages, oplyses, vurderes og afgøres.",
        rows=(
            ("Modtag ansøgning", "Borgerservice", "Selvbetjeningsløsning", 4, 2000, 0, "form", True, 0.2, False),
            ("Journalisér ansøgningen", "Administrativ medarbejder", "ESDH", 3, 2000, 8, "form", True, 0, True),
            ("Indhent manglende oplysninger", "Sagsbehandler", "Mail", 15, 400, 24, "email", False, 0, False),
            ("Vurdér og beregn", "Sagsbehandler", "Ydelsessystem", 25, 2000, 120, "structured", False, 0.05, False),
            ("Godkend afgørelsen", "Teamleder", "Ydelsessystem", 5, 600, 24, "structured", False, 0, False),
            ("Send afgørelse", "Sagsbehandler", "Digital Post", 5, 2000, 0, "form", True, 0, False),
            (
                "Registrér udbetaling",
                "Administrativ medarbejder",
                "Økonomisystem",
                4,
                1500,
                24,
                "structured",
                True,
                0.02,
                True,
            ),
        ),
    ),
    "byggesag_modtagelse": Example(
        title="Modtagelse af en byggeansøgning",
        department="Plan, byg og miljø",
        description="En byggeansøgning kommer ind digitalt; den registreres, tjekkes for fuldstændighed og "
        "fordeles til en byggesagsbehandler.",
        rows=(
            ("Modtag ansøgning", "Administrativ medarbejder", "Byg og Miljø", 5, 800, 0, "form", True, 0, False),
            ("Opret og journalisér sagen", "Administrativ medarbejder", "ESDH", 6, 800, 4, "form", True, 0, True),
            (
                "Tjek om ansøgningen er fuldstændig",
                "Byggesagsbehandler",
                "Byg og Miljø",
                20,
                800,
                72,
                "form",
                False,
                0.1,
                False,
            ),
            (
                "Bed om manglende oplysninger",
                "Byggesagsbehandler",
                "Byg og Miljø",
                10,
                320,
                0,
                "email",
                False,
                0,
                False,
            ),
            (
                "Slå ejendommen op i BBR og lokalplan",
                "Byggesagsbehandler",
                "BBR og plandata",
                15,
                800,
                0,
                "structured",
                True,
                0,
                False,
            ),
            (
                "Send kvittering med forventet sagsbehandlingstid",
                "Administrativ medarbejder",
                "Digital Post",
                4,
                800,
                24,
                "form",
                True,
                0,
                False,
            ),
            ("Fordel sagen", "Teamleder", "ESDH", 3, 800, 48, "form", False, 0, False),
        ),
    ),
    "boern_unge_underretning": Example(
        title="Modtagelse af en underretning om et barn",
        department="Børn og unge",
        description="En underretning kommer ind fra fx en skole; den registreres, screenes og fordeles.",
        rows=(
            ("Modtag underretning", "Administrativ medarbejder", "Mail", 5, 1200, 0, "email", False, 0.1, False),
            ("Registrér underretningen", "Administrativ medarbejder", "Fagsystem", 6, 1200, 1, "email", True, 0, True),
            ("Slå barnet og familien op", "Administrativ medarbejder", "CPR", 4, 1200, 0, "structured", True, 0, False),
            ("Screen underretningen", "Socialrådgiver", "Fagsystem", 20, 1200, 4, "form", False, 0, False),
            (
                "Send kvittering til underretteren",
                "Administrativ medarbejder",
                "Digital Post",
                3,
                900,
                2,
                "form",
                True,
                0,
                False,
            ),
            ("Beslut det videre forløb", "Teamleder", "Fagsystem", 10, 1200, 24, "form", False, 0, False),
            ("Fordel sagen", "Teamleder", "Fagsystem", 3, 600, 0, "form", False, 0, False),
        ),
    ),
}


def example(name: str) -> pd.DataFrame:
    """The example workflow ``name`` (a key of ``EXAMPLES``) as a step table."""
    if name not in EXAMPLES:
        raise KeyError(f"Eksemplet »{name}« findes ikke. Vælg et af: {', '.join(EXAMPLES)}.")
    return EXAMPLES[name].steps()


def example_titles() -> dict[str, str]:
    """Danish title (with department) per example name, for a drop-down (``tables.examples`` shows them)."""
    return {name: f"{ex.title} ({ex.department})" for name, ex in EXAMPLES.items()}


# The work areas of the case part "about" (notebook 00) -> the example closest to that work.
AREA_EXAMPLES: dict[str, str] = {
    "skolesekretær": "skole_indskrivning",
    "skole": "skole_indskrivning",
    "ydelse": "ydelse_ansoegning",
    "plan, byg og miljø": "byggesag_modtagelse",
    "børn og unge": "boern_unge_underretning",
}


def example_for_area(area: object) -> str:
    """The example to start from for a work area (the school example when the area is unknown or missing).

    >>> example_for_area("Plan, byg og miljø"), example_for_area(None)
    ('byggesag_modtagelse', 'skole_indskrivning')
    """
    return AREA_EXAMPLES.get(str(area or "").strip().lower(), "skole_indskrivning")
