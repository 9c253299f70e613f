"""The exercises of notebook 01 (check, hint, solution). Learners type ``opgave_1.tjek(svar_1)``.

>>> opgave_1.tjek(["EU", "national", "fælleskommunal", "kommunal"]).state
'correct'
>>> opgave_3.tjek("2. februar 2025").state
'correct'
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from ..exercises import Exercise
from .model import LEVEL_LABELS, load_policy

# Words a learner may use for each level, after lower-casing.
_LEVEL_WORDS = {
    "EU": ("eu", "eu-niveau", "den europæiske union", "europa", "eu-plan"),
    "national": ("national", "nationalt", "stat", "staten", "fællesoffentlig", "fællesoffentligt", "regeringen",
                 "nationalt og fællesoffentligt", "folketinget", "danmark"),
    "fælleskommunal": ("fælleskommunal", "fælleskommunalt", "kl", "kombit", "kl og kombit"),
    "kommunal": ("kommunal", "kommunalt", "kommune", "kommunen", "min kommune", "egen kommune"),
}  # fmt: skip


def _level_of(word) -> str | None:
    text = re.sub(r"\s+", " ", str(word)).strip().casefold()
    for level, words in _LEVEL_WORDS.items():
        if text in words or text == LEVEL_LABELS[level].casefold():
            return level
    return None


def check_levels(answer) -> str | None:
    """Right when the four levels come from the top (EU) down to the municipality, in any of their usual names."""
    if not isinstance(answer, (list, tuple)):
        return "Skriv niveauerne som en liste i firkantede parenteser, fx ['EU', '...', '...', '...']."
    if len(answer) != 4:
        return f"Der er fire niveauer; din liste har {len(answer)}."
    levels = [_level_of(a) for a in answer]
    unknown = [str(a) for a, level in zip(answer, levels, strict=True) if level is None]
    if unknown:
        return f"Jeg kender ikke niveauet »{unknown[0]}«. Brug fx EU, national, fælleskommunal og kommunal."
    if levels == ["EU", "national", "fælleskommunal", "kommunal"]:
        return None
    if levels == ["kommunal", "fælleskommunal", "national", "EU"]:
        return "Du har dem i omvendt rækkefølge: start med det øverste niveau."
    return "Rækkefølgen er ikke rigtig: hvilket niveau vedtager de regler, som alle de andre skal følge?"


opgave_1 = Exercise(
    checker=check_levels,
    name="opgave_1",
    hints=[
        "Start med det niveau, hvis regler gælder i alle 27 EU-lande.",
        "Regeringen, KL og Danske Regioner laver fællesoffentlige strategier; KL og KOMBIT arbejder for alle "
        "98 kommuner; din egen kommune vedtager sin egen strategi.",
    ],
    solution="Fra toppen: EU → nationalt og fællesoffentligt → fælleskommunalt (KL, KOMBIT) → kommunalt.",
    solution_code="svar_1 = ['EU', 'nationalt og fællesoffentligt', 'fælleskommunalt', 'kommunalt']",
    praise="Sådan løber reglerne nedad: EU → Danmark → KL og KOMBIT → din kommune.",
)

# Obligation -> the acts that count as the right answer (ids and the names learners are likely to use).
OBLIGATIONS = {
    "A": "Medarbejdere, der bruger AI i deres arbejde, skal have tilstrækkelige AI-færdigheder.",
    "B": "Borgere over 15 år får post fra kommunen digitalt, medmindre de er fritaget.",
    "C": "Kommunen skal indberette væsentlige cyberhændelser og have styr på sine cybersikkerhedsrisici.",
    "D": "Kommunens hjemmeside skal have en tilgængelighedserklæring.",
}
_ACCEPTED = {
    "A": ("ai_act", "ai-forordningen", "ai act", "(eu) 2024/1689", "2024/1689", "forordningen om kunstig intelligens"),
    "B": ("digital_post", "lov om offentlig digital post", "digital post", "lov nr. 528 af 11. juni 2012",
          "digital post-loven"),
    "C": ("nis2_dk", "nis2", "nis 2-loven", "nis2-loven", "nis 2", "nis2-direktivet", "(eu) 2022/2555", "2022/2555",
          "lov nr. 434 af 6. maj 2025"),
    "D": ("webtilg_dk", "wad", "webtilgængelighedsloven", "lov om webtilgængelighed", "webtilgængelighedsdirektivet",
          "lov nr. 692 af 8. juni 2018", "(eu) 2016/2102", "2016/2102",
          "lov om tilgængelighed af offentlige organers websteder og mobilapplikationer"),
}  # fmt: skip


def _normal(text) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def check_obligations(answer) -> str | None:
    """Right when each obligation A-D is matched with its act (by id, number or usual name)."""
    if not isinstance(answer, dict):
        return "Skriv svaret som en ordbog, fx {'A': 'AI-forordningen', 'B': '...', 'C': '...', 'D': '...'}."
    missing = [key for key in OBLIGATIONS if key not in answer]
    if missing:
        return f"Der mangler et svar for {', '.join(missing)}."
    wrong = [key for key in OBLIGATIONS if _normal(answer[key]) not in _ACCEPTED[key]]
    if not wrong:
        return None
    return f"{len(OBLIGATIONS) - len(wrong)} af {len(OBLIGATIONS)} er rigtige. Se igen på: {', '.join(wrong)}."


opgave_2 = Exercise(
    checker=check_obligations,
    name="opgave_2",
    hints=[
        "Brug kaskade-udforskeren: vælg »Alle områder« og læs kolonnen »Hvad det kræver«.",
        "To af pligterne kommer fra EU-regler, som Danmark har gennemført i dansk lov. Begge svar tæller.",
        "A: artikel 4 i en EU-forordning fra 2024. B: en dansk lov fra 2012. C: et EU-direktiv fra 2022 og den "
        "danske lov fra 2025. D: en dansk lov fra 2018.",
    ],
    solution="A: AI-forordningen, (EU) 2024/1689, art. 4. B: Lov om Offentlig Digital Post (lov nr. 528 af "
    "11. juni 2012). C: NIS 2-loven (lov nr. 434 af 6. maj 2025), som gennemfører NIS2-direktivet. D: Lov om "
    "webtilgængelighed (lov nr. 692 af 8. juni 2018), som gennemfører webtilgængelighedsdirektivet.",
    solution_code="svar_2 = {'A': 'AI-forordningen', 'B': 'Lov om Offentlig Digital Post', 'C': 'NIS 2-loven',\n"
    "          'D': 'Lov om webtilgængelighed'}",
)

AI_LITERACY_DATE = dt.date(2025, 2, 2)
_MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip


def parse_danish_date(answer) -> dt.date | None:
    """A date from what a learner typed: a date, "2025-02-02", "02-02-2025" or "2. februar 2025" (None if not)."""
    if isinstance(answer, (dt.date, pd.Timestamp)):
        return pd.Timestamp(answer).date()
    text = _normal(answer)
    match = re.fullmatch(r"(\d{1,2})\.? ?([a-zæøå]+)\.? (\d{4})", text)
    if match:
        month = next((n for name, n in _MONTHS.items() if name.startswith(match.group(2)[:3])), None)
        if month:
            try:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
            except ValueError:
                return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def check_ai_literacy_date(answer) -> str | None:
    """Right for 2 February 2025 (AI Act art. 4 applies with chapter I, art. 113 (a))."""
    day = parse_danish_date(answer)
    if day is None:
        return "Skriv en dato, fx '2025-02-02' eller '2. februar 2025'."
    if day == AI_LITERACY_DATE:
        return None
    if day == dt.date(2024, 8, 1):
        return "Det er datoen, forordningen trådte i kraft – pligterne gælder først senere."
    if day in (dt.date(2026, 8, 2), dt.date(2027, 12, 2)):
        return "Den dato gælder andre dele af forordningen. AI-færdigheder står i kapitel I."
    return "Det er ikke den dato. Find AI-forordningens datoer med model.dates_of(data, 'ai_act')."


opgave_3 = Exercise(
    checker=check_ai_literacy_date,
    name="opgave_3",
    hints=[
        "Kør cellen med datoerne for AI-forordningen og find linjen om AI-færdigheder (art. 4).",
        "AI-færdigheder hører til forordningens kapitel I, som gælder sammen med forbuddene i kapitel II.",
    ],
    solution="2. februar 2025: kapitel I og II, herunder art. 4 om AI-færdigheder, gælder fra den dato "
    "(art. 113, litra a). Ændringen i 2026 (forordning (EU) 2026/1744) flyttede ikke den dato.",
    solution_code="svar_3 = '2025-02-02'",
)


def _known_acts() -> dict[str, tuple[str, str]]:
    """Every name a learner may use for an act -> (id, level)."""
    acts = load_policy().acts
    names: dict[str, tuple[str, str]] = {}
    for row in acts.itertuples():
        for name in (row.id, row.identifier, row.title_da, row.title_da.split(" – ")[0], row.title_en):
            names[_normal(name)] = (row.id, row.level)
    for key, words in _ACCEPTED.items():
        target = {"A": "ai_act", "B": "digital_post", "C": "nis2_dk", "D": "webtilg_dk"}[key]
        level = acts.set_index("id").at[target, "level"]
        for word in words:
            names.setdefault(word, (target, level))
    for word in ("gdpr", "databeskyttelsesforordningen", "persondataforordningen"):
        names[word] = ("gdpr", "EU")
    return names


def check_task_mapping(answer) -> str | None:
    """Open-ended: any reasonable mapping passes — a task in your own words and at least two acts or strategies
    from the data, on at least two levels. Feedback names what was not recognised."""
    if not isinstance(answer, dict) or "opgave" not in answer or "regler" not in answer:
        return "Skriv svaret som {'opgave': 'din opgave med egne ord', 'regler': ['...', '...']}."
    task = str(answer["opgave"]).strip()
    if len(task) < 10:
        return "Beskriv din opgave med mindst en kort sætning, fx »Jeg behandler ansøgninger om boligstøtte«."
    rules = answer["regler"]
    if isinstance(rules, str) or not isinstance(rules, (list, tuple, set)):
        return "»regler« skal være en liste, fx ['GDPR', 'AI-forordningen']."
    known = _known_acts()
    found = {known[_normal(r)] for r in rules if _normal(r) in known}
    unknown = [str(r) for r in rules if _normal(r) not in known]
    if unknown:
        return (
            f"Jeg kan ikke finde »{unknown[0]}« i datasættet. Brug titlen, nummeret eller id'et fra tabellen "
            "(fx »GDPR«, »(EU) 2024/1689« eller »fo_2026«)."
        )
    if len(found) < 2:
        return "Find mindst to retsakter eller strategier, der styrer opgaven. GDPR gælder næsten altid."
    if len({level for _, level in found}) < 2:
        return "Alle dine valg ligger på samme niveau. Find også en regel eller strategi fra et andet niveau."
    return None


opgave_4 = Exercise(
    checker=check_task_mapping,
    name="opgave_4",
    hints=[
        "Vælg dit arbejdsområde i kaskade-udforskeren og se, hvad der gælder i dag.",
        "Behandler du personoplysninger? Så gælder GDPR. Bruger I AI eller chatbots? Så gælder AI-forordningen. "
        "Skriver du breve til borgere? Så gælder loven om Digital Post.",
        "Tag også en strategi med, fx den fællesoffentlige strategi 2026-2029 (fo_2026) eller din kommunes egen.",
    ],
    solution="Der er mange gode svar. Et eksempel fra en ydelsesafdeling: {'opgave': 'Jeg behandler ansøgninger "
    "om boligstøtte', 'regler': ['GDPR', 'AI-forordningen', 'Lov om Offentlig Digital Post', 'fo_2026']}: GDPR "
    "for personoplysningerne, AI-forordningen hvis et AI-værktøj hjælper med vurderingen (højrisiko), Digital "
    "Post til afgørelsen og den fællesoffentlige strategi for retningen.",
    solution_code="svar_4 = {\n    'opgave': 'Jeg behandler ansøgninger om boligstøtte',\n"
    "    'regler': ['GDPR', 'AI-forordningen', 'Lov om Offentlig Digital Post', 'fo_2026'],\n}",
    praise="En rimelig kobling – din opgave er styret fra flere niveauer. Gem den gerne i din egen kommunes skabelon.",
)
