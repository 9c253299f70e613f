"""The exercises of notebook 01 (check, hint, solution). Learners type ``opgave_1.tjek(svar_1)``.

>>> opgave_1.tjek(["EU", "national", "fælleskommunal", "kommunal"]).state
'correct'
>>> opgave_3.tjek(16).state
'correct'
"""

from __future__ import annotations

import datetime as dt
import re

from ..case_widgets import register_questions
from ..exercises import Exercise, as_number
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
    solution="Fra toppen: EU → nationalt og fællesoffentligt → fælleskommunalt (KL, KOMBIT) → kommunalt. Du kan "
    "fx skrive ['EU', 'national', 'fælleskommunal', 'kommunal'].",
    praise="Sådan løber reglerne nedad: EU → Danmark → KL og KOMBIT → din kommune.",
)

# Obligation -> the acts that count as the right answer (ids and the names learners are likely to use).
OBLIGATIONS = {
    "A": "Kommunen skal støtte, at medarbejdere, der bruger AI i deres arbejde, udvikler AI-færdigheder.",
    "B": "Borgere, der er fyldt 15 år, får post fra kommunen digitalt, medmindre de er fritaget.",
    "C": "Kommunen skal indberette væsentlige cyberhændelser og have styr på sine cybersikkerhedsrisici.",
    "D": "Kommunens hjemmeside skal have en tilgængelighedserklæring.",
}
_ACCEPTED = {
    "A": ("ai_act", "ai-forordningen", "ai act", "(eu) 2024/1689", "2024/1689", "forordningen om kunstig intelligens"),
    "B": ("digital_post", "lov om offentlig digital post", "digital post", "lov nr. 528 af 11. juni 2012",
          "digital post-loven", "lov om digital post fra offentlige afsendere", "digital post-lov", "digitalpost"),
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
    solution="A: AI-forordningen, (EU) 2024/1689, art. 4 (som ændret i 2026). B: Lov om Offentlig Digital Post (lov "
    "nr. 528 af 11. juni 2012; i dag lov om Digital Post fra offentlige afsendere). C: NIS 2-loven (lov nr. 434 af "
    "6. maj 2025), som gennemfører NIS2-direktivet. D: Lov om webtilgængelighed (lov nr. 692 af 8. juni 2018), som "
    "gennemfører webtilgængelighedsdirektivet.",
)

HIGH_RISK_ORIGINAL = dt.date(2026, 8, 2)
HIGH_RISK_NOW = dt.date(2027, 12, 2)
POSTPONED_MONTHS = (HIGH_RISK_NOW.year - HIGH_RISK_ORIGINAL.year) * 12 + HIGH_RISK_NOW.month - HIGH_RISK_ORIGINAL.month


def check_postponement(answer) -> str | None:
    """Right for 16 months: high-risk AI in Annex III moved from 2 Aug 2026 to 2 Dec 2027 (Reg. (EU) 2026/1744)."""
    value = as_number(answer)
    if value is None:
        return "Skriv antallet af måneder som et tal, fx 12."
    if value == POSTPONED_MONTHS:
        return None
    if value < 3:
        return "Svaret skal være i måneder, ikke i år."
    return "Tæl månederne fra den oprindelige dato til den nye." + (" Det er for lavt." if value < 16 else "")


opgave_3 = Exercise(
    checker=check_postponement,
    name="opgave_3",
    hints=[
        "Find de to linjer om højrisiko-AI i bilag III i datoerne ovenfor: den oprindelige dato og den nye.",
        "Den oprindelige dato er 2. august 2026, den nye 2. december 2027. Tæl månederne: fra august 2026 til "
        "august 2027 er 12 måneder.",
    ],
    solution=f"{POSTPONED_MONTHS} måneder: reglerne for højrisiko-AI i bilag III skulle have gældt fra 2. august 2026, "
    "men gælder efter ændringen i 2026 (forordning (EU) 2026/1744) fra 2. december 2027. Ændringen er kun kontrolleret "
    "i sekundære kilder.",
    praise="Netop: en dato, du læste i foråret 2026, holdt ikke. Se altid efter, hvornår en oplysning er opgjort.",
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
    praise="En rimelig kobling – din opgave er styret fra flere niveauer. Gem den gerne i din egen kommunes skabelon.",
)


# Reflection questions of notebook 01: key -> (question, a model answer to compare with after trying).
REFLECTIONS = {
    "01_krav": (
        "Vælg én af reglerne, der gælder for dit arbejdsområde. Hvad betyder den konkret for det, du gør i dag?",
        "Fx for GDPR i en ydelsesafdeling: jeg må kun slå de oplysninger op, sagen kræver, og kun bruge dem til"
        " det formål, de er indsamlet til. Et nyt værktøj skal derfor kunne vise, hvilke oplysninger det "
        "bruger.",
    ),
    "01_faser": (
        "Hvorfor tror du, at en EU-forordning gælder i faser i stedet for på én dag? Og hvad betyder det for "
        "dig, at datoerne kan flyttes?",
        "Kommuner, leverandører og myndigheder skal have tid til at omstille sig: systemer skal ændres, "
        "medarbejdere klædes på og vejledninger skrives. Forbud kan gælde hurtigt, mens krav til "
        "højrisikosystemer kræver standarder og tilsyn først. For mig betyder det, at jeg altid skal tjekke, "
        "hvornår en oplysning er opgjort, før jeg bygger et forslag på en dato.",
    ),
    "01_kaskade": (
        "Følg AI-forordningen ned gennem kaskaden. Hvilke led går den igennem, før den når din kommune, og "
        "hvilken slags kobling er det (retlig, strategisk eller tematisk)?",
        "Forordningen gælder direkte (retlig), den danske AI-lov udpeger myndighederne (retlig), de "
        "fællesoffentlige strategier og KL sætter retning for brugen af AI (strategisk), og kommunens egen "
        "strategi henviser til dem. En forordning skal altså ikke vente på dansk lov, men kommunens strategi "
        "bestemmer, hvordan den bruges lokalt.",
    ),
    "01_maalinger": (
        "En kollega siger: »Vi er jo verdensmestre i digitalisering, så hos os er der ikke mere at hente.« Hvad"
        " svarer du ud fra målingerne?",
        "Danmark ligger i top samlet set, men målingerne viser, at de kommunale tjenester scorer lavere end de "
        "statslige på fx eID og digitale dokumenter. Målingerne ser desuden kun på borgernes side af "
        "tjenesterne, ikke på, hvor meget manuelt arbejde der ligger bag. Der er altså stadig noget at hente, "
        "især i kommunerne.",
    ),
}
register_questions(REFLECTIONS)
