"""The municipal level: a worked example (clearly illustrative) and a template for your own municipality.

A filled-in template is a plain dict with the keys in :data:`FIELDS` plus ``links`` (ids from ``policy_acts`` that
the strategy refers to). It is saved with :mod:`workbook_helpers.storage`, so a kernel restart loses nothing.

>>> entry = blank_template()
>>> entry["kommune"] = "Min by"
>>> problems(entry)
['Skriv strategiens titel.']
"""

from __future__ import annotations

import copy

import pandas as pd

from .. import case
from .model import as_day

WORK_NAME = "politik_min_kommune"  # the save file before the case existed (read once into the case)
EXAMPLE_LABEL = "Eksempel (illustrativt)"

# (key, Danish label, help text shown under the field)
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("kommune", "Kommune", "Navnet på din kommune."),
    ("titel", "Strategiens titel", "Fx »Digitaliseringsstrategi 2024-2027«."),
    ("periode", "Periode", "Fx 2024-2027."),
    ("vedtaget", "Vedtaget den", "Datoen, kommunalbestyrelsen vedtog strategien, fx 2024-02-01."),
    ("kilde", "Link til strategien", "Adressen på kommunens hjemmeside, hvor strategien ligger."),
    ("vision", "Vision", "Strategiens overordnede mål med egne ord."),
    ("fokusomraader", "Fokusområder", "De indsatsområder, strategien prioriterer."),
    ("principper", "Principper", "Fx »fælles først« eller »digitalt, når det giver mening«."),
    ("styring", "Styring og opfølgning", "Hvem følger op, og hvor ofte?"),
    ("min_opgave", "Betydning for mit arbejde", "Hvad betyder strategien for din egen opgave?"),
)

# Illustrative only: the building blocks are the typical contents of municipal digital strategies (vision,
# principles, focus areas, governance, benefits realisation, links upward), as in the City of Copenhagen's
# strategy 2024-2027 (policy_acts: kk_strategi_2024). "Eksempelkommune" is not a real municipality.
EXAMPLE: dict = {
    "eksempel": True,
    "kommune": "Eksempelkommune",
    "titel": f"Digitaliseringsstrategi 2026-2029 – {EXAMPLE_LABEL}",
    "periode": "2026-2029",
    "vedtaget": "",
    "kilde": "",
    "vision": "Digitalisering skal give medarbejderne mere tid til borgerne og give borgerne en enkel og tryg "
    "service – digitalt, når det giver mening, og med hjælp til dem, der har brug for det.",
    "fokusomraader": "1) Borgerservice og kanalstrategi. 2) Data og kunstig intelligens. 3) Cyber- og "
    "informationssikkerhed. 4) Digital inklusion. 5) Medarbejdernes digitale kompetencer.",
    "principper": "Fælles først: vi bruger fællesoffentlige og fælleskommunale løsninger (MitID, Digital Post, "
    "KOMBIT-systemer), før vi bygger selv. Nye løsninger skal være tilgængelige for alle.",
    "styring": "En digitaliseringsstyregruppe prioriterer projekterne. Større projekter har en business case, og "
    "gevinsterne følges op. Årlig status til økonomiudvalget.",
    "min_opgave": "I ydelsesafdelingen betyder strategien fx, at vi afprøver AI-assistance i sagsbehandlingen – "
    "med AI-færdigheder til medarbejderne og menneskelig kontrol af afgørelser.",
    "links": ["fo_2026", "nis2_dk", "ai_act", "webtilg_dk", "gdpr", "dd2030"],
}


def blank_template() -> dict:
    """An empty template for your own municipality (every field blank, no links)."""
    return {key: "" for key, _, _ in FIELDS} | {"links": [], "eksempel": False}


def example() -> dict:
    """A copy of the worked example for the fictional »Eksempelkommune« (labelled »Eksempel (illustrativt)«)."""
    return copy.deepcopy(EXAMPLE)


def problems(entry: dict) -> list[str]:
    """What is missing or wrong in a filled-in template, as Danish sentences (an empty list when it is fine)."""
    found = []
    if not str(entry.get("kommune", "")).strip():
        found.append("Skriv kommunens navn.")
    if not str(entry.get("titel", "")).strip():
        found.append("Skriv strategiens titel.")
    adopted = str(entry.get("vedtaget", "")).strip()
    if adopted:
        try:
            as_day(adopted)
        except ValueError:
            found.append(f"Feltet »Vedtaget den«: »{adopted}« er ikke en dato. Skriv fx 2024-02-01 eller 01-02-2024.")
    link = str(entry.get("kilde", "")).strip()
    if link and not link.startswith(("http://", "https://")):
        found.append("Feltet »Link til strategien« skal begynde med https:// (kopiér adressen fra browseren).")
    return found


def save(entry: dict) -> list[str]:
    """Save your municipality's template (case part ``municipality``) if it is fine; returns the problems. Nothing
    is saved if there are any, and a save that fails is a problem too."""
    found = problems(entry)
    if not found:
        result = case.part("municipality").save({**entry, "eksempel": False})
        if not result.ok:
            found.append(result.message)
    return found


def load() -> dict | None:
    """Your saved municipality, or None if you have not saved one yet."""
    saved = case.part("municipality").value
    if not isinstance(saved, dict) or not saved:
        return None
    return blank_template() | saved


def as_timeline_rows(entry: dict | None) -> pd.DataFrame:
    """Your municipality's adoption date as a row for the timeline's municipal lane (empty if there is none)."""
    columns = ["date", "level", "label", "act_id", "milestone_type"]
    if not entry or not str(entry.get("vedtaget", "")).strip() or problems(entry):
        return pd.DataFrame(columns=columns)
    label = f"{entry['kommune']}: {entry['titel']} vedtaget"
    row = {"date": as_day(entry["vedtaget"]), "level": "kommunal", "label": label, "act_id": "min_kommune",
           "milestone_type": "vedtaget"}  # fmt: skip
    return pd.DataFrame([row], columns=columns)
