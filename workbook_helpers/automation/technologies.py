"""Technologies for the municipal workplace, the legal points, Danish RPA figures and real data on public AI use.

Everything is read through ``workbook_helpers.data.load_dataset`` from the catalogued files in ``data/``:
``automation_technologies``, ``automation_legal_points``, ``rpa_public_sector_key_figures_dk`` and
``us_federal_ai_use_cases_2025`` (US federal agencies, not Danish municipalities: say so wherever it is shown).

>>> list(technology_overview().columns)[:2]
['Teknologi', 'Hvad gør den?']
>>> int(count_by_topic(us_ai_use_cases())["Antal"].sum())
3611
"""

from __future__ import annotations

import html

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.data import attribution, load_dataset

TECHNOLOGIES = "automation_technologies"
LEGAL_POINTS = "automation_legal_points"
RPA_FIGURES = "rpa_public_sector_key_figures_dk"
US_AI = "us_federal_ai_use_cases_2025"

US_CAVEAT = (
    "OBS: Tallene er fra amerikanske føderale myndigheder (opgjort 2025), ikke fra danske kommuner, og de handler "
    "om kunstig intelligens, ikke om softwarerobotter (RPA)."
)

# The inventory's topic areas, with Danish names. Spelling variants and the "Other ..." areas are merged.
TOPIC_LABELS: dict[str, str] = {
    "Science": "Forskning og videnskab",
    "Admin Functions": "Administration",
    "Administrative functions": "Administration",
    "IT": "IT",
    "Law Enforcement": "Politi og retshåndhævelse",
    "Health and Medical": "Sundhed",
    "Service Delivery": "Service til borgere og virksomheder",
    "Energy and Environment": "Energi og miljø",
    "Procurement and Finance Mgmt": "Indkøb og økonomi",
    "Transportation": "Transport",
    "Benefits Processing": "Sagsbehandling af ydelser",
    "Cybersecurity": "Cybersikkerhed",
    "HR": "HR og personale",
    "Emergency Mgmt": "Beredskab",
    "International Affairs": "Internationale forhold",
    "Other": "Andet",
    "Other – Economic & Financial": "Andet",
    "Other - Applied Mathematical Sciences": "Andet",
    "Other (use other text field)": "Andet",
    "": "Ikke oplyst",
}
STAGE_LABELS: dict[str, str] = {
    "Pre-deployment": "Under udvikling",
    "Pilot": "Pilot (afprøves)",
    "Deployed": "I drift",
    "Retired": "Udfaset",
    "": "Ikke oplyst",
}
STAGE_ORDER: tuple[str, ...] = ("Under udvikling", "Pilot (afprøves)", "I drift", "Udfaset", "Ikke oplyst")
CLASSIFICATION_LABELS: dict[str, str] = {
    "Classical ML": "Klassisk maskinlæring",
    "Generative AI": "Generativ AI",
    "NLP": "Sprogteknologi (NLP)",
    "Computer Vision": "Billedgenkendelse",
    "Agentic AI": "AI-agenter",
    "Reinforcement Learning": "Forstærkningslæring",
    "Other": "Andet",
    "": "Ikke oplyst",
}

# The published Danish RPA figures, metric by metric in Danish.
RPA_METRIC_LABELS: dict[str, str] = {
    "RPA robots put into operation since 2019": "Softwarerobotter sat i drift siden 2019",
    "work hours freed by RPA over three years": "Arbejdstimer frigjort af robotter over tre år",
    "net gain over three years": "Nettogevinst over tre år",
    "size of RPA team": "Størrelse på RPA-teamet",
    "manual processes identified as suitable for RPA": "Manuelle processer vurderet egnede til RPA",
    "annual national potential (lower bound)": "Årligt nationalt potentiale (nedre grænse)",
    "annual national potential (upper bound)": "Årligt nationalt potentiale (øvre grænse)",
    "project municipalities": "Kommuner i projektet",
    "work processes proposed by project municipalities": "Arbejdsgange foreslået af kommunerne",
    "proposals in inspiration catalogue": "Forslag i inspirationskataloget",
    "software robots in operation": "Softwarerobotter i drift",
    "hours of work taken over by robots": "Arbejdstimer overtaget af robotter",
    "target hours for 2018": "Mål for timer i 2018",
    "target hours over two years": "Mål for timer over to år",
    "employees working with robots": "Medarbejdere, der arbejder med robotterne",
    "share of municipalities that had introduced software robots": "Andel af kommunerne med softwarerobotter",
    "share expecting to introduce software robots within three years": "Andel, der forventede robotter inden tre år",
}
RPA_UNIT_LABELS: dict[str, str] = {
    "robots (approx.)": "robotter (ca.)",
    "hours (more than)": "timer (over)",
    "million DKK (approx.)": "mio. kr. (ca.)",
    "FTE (årsværk)": "årsværk",
    "processes": "processer",
    "million DKK per year": "mio. kr. pr. år",
    "municipalities": "kommuner",
    "proposals": "forslag",
    "robots": "robotter",
    "hours": "timer",
    "persons": "personer",
    "percent": "%",
}


def technologies() -> pd.DataFrame:
    """The nine technologies (one row each) from ``data/automation_technologies.csv``."""
    return load_dataset(TECHNOLOGIES)


def legal_points() -> pd.DataFrame:
    """The legal points (GDPR and the AI Act) from ``data/automation_legal_points.csv``."""
    return load_dataset(LEGAL_POINTS)


def technology_overview() -> pd.DataFrame:
    """The technologies as a Danish table: what it does, what it needs, limits and risks, the legal note."""
    tech = technologies()
    return pd.DataFrame(
        {
            "Teknologi": tech["name"],
            "Hvad gør den?": tech["what_it_does"],
            "Hvad kræver den?": tech["needs"],
            "Grænser og risici": tech["limits_risks"],
            "Jura": tech["legal_note"],
        }
    )


def technology_examples() -> pd.DataFrame:
    """One public-sector example per technology with its source and date (empty where none was verified)."""
    tech = technologies()
    return pd.DataFrame(
        {
            "Teknologi": tech["name"],
            "Eksempel": tech["example"],
            "Kilde": tech["example_source"].fillna(""),
            "Link": tech["example_url"].fillna(""),
        }
    )


def legal_table(keys: list[str] | None = None) -> pd.DataFrame:
    """The legal points as a Danish table with the status of each check (only ``keys``, in that order, if given)."""
    points = legal_points()
    if keys is not None:
        points = points.set_index("key").loc[keys].reset_index()
    return pd.DataFrame(
        {
            "Regel": points["law"],
            "Emne": points["title"],
            "Hvad betyder det?": points["text"],
            "Kilde": points["source"],
            "Kontrol": points["status"],
        }
    )


def technology_card(key: str) -> str:
    """One technology as an HTML card (all text escaped), with its legal points spelled out.

    >>> "RPA" in technology_card("rpa")
    True
    """
    tech = technologies().set_index("key")
    if key not in tech.index:
        known = ", ".join(f"{k} ({tech.loc[k, 'name']})" for k in tech.index)
        raise ValueError(f"Ukendt teknologi »{key}«. Vælg en af: {known}.")
    row = tech.loc[key]
    points = legal_points().set_index("key")
    legal_items = "".join(
        f"<li><strong>{html.escape(points.loc[p, 'law'])}</strong>: {html.escape(points.loc[p, 'title'])}</li>"
        for p in str(row["legal_points"]).split(";")
        if p in points.index
    )
    source = row["example_source"] if isinstance(row["example_source"], str) else ""
    example = html.escape(row["example"]) + (f" <em>(Kilde: {html.escape(source)})</em>" if source else "")
    return (
        f"<div style='border:1px solid #ccc;padding:.6em 1em;margin:.4em 0'>"
        f"<h4 style='margin:.2em 0'>{html.escape(row['name'])}</h4>"
        f"<p><strong>Hvad gør den?</strong> {html.escape(row['what_it_does'])}</p>"
        f"<p><strong>Hvad kræver den?</strong> {html.escape(row['needs'])}</p>"
        f"<p><strong>Grænser og risici:</strong> {html.escape(row['limits_risks'])}</p>"
        f"<p><strong>Jura:</strong> {html.escape(row['legal_note'])}</p><ul>{legal_items}</ul>"
        f"<p><strong>Eksempel:</strong> {example}</p></div>"
    )


def danish_rpa_figures() -> pd.DataFrame:
    """The published Danish RPA figures in Danish, with source and date."""
    figures = load_dataset(RPA_FIGURES)

    def value(row) -> str:
        unit = RPA_UNIT_LABELS.get(row["unit"], row["unit"])
        if unit == "%":
            return formats.percent(row["value"] / 100)
        decimals = 0 if float(row["value"]).is_integer() else 1
        return f"{formats.number(row['value'], decimals)} {unit}"

    return pd.DataFrame(
        {
            "Organisation": figures["organisation"],
            "Periode": figures["period"],
            "Nøgletal": figures["metric"].map(lambda m: RPA_METRIC_LABELS.get(m, m)),
            "Værdi": figures.apply(value, axis=1),
            "Kilde": figures["source_publisher"].str.replace("citing figures from", "med tal fra")
            + ", "
            + figures["source_date"].map(formats.date),
        }
    )


def us_ai_use_cases() -> pd.DataFrame:
    """The 2025 US federal AI use-case inventory, with Danish topic, stage and AI-type columns added."""
    cases = load_dataset(US_AI)
    cases["topic_da"] = cases["topic_area"].fillna("").map(lambda t: TOPIC_LABELS.get(t, "Andet"))
    cases["stage_da"] = cases["development_stage"].fillna("").map(lambda s: STAGE_LABELS.get(s, "Ikke oplyst"))
    cases["classification_da"] = cases["classification"].fillna("").map(lambda c: CLASSIFICATION_LABELS.get(c, "Andet"))
    return cases


def count_by_topic(cases: pd.DataFrame) -> pd.DataFrame:
    """Use cases per topic area (Danish), largest first, with the share of all use cases."""
    counts = cases["topic_da"].value_counts()
    return pd.DataFrame(
        {"Emneområde": counts.index, "Antal": counts.to_numpy(), "Andel": counts.to_numpy() / len(cases)}
    )


def count_by_stage(cases: pd.DataFrame) -> pd.DataFrame:
    """Use cases per development stage, in the order of a life cycle."""
    counts = cases["stage_da"].value_counts().reindex(STAGE_ORDER, fill_value=0)
    return pd.DataFrame({"Stadie": counts.index, "Antal": counts.to_numpy(), "Andel": counts.to_numpy() / len(cases)})


def count_by_classification(cases: pd.DataFrame) -> pd.DataFrame:
    """Use cases per kind of AI (classical machine learning, generative AI, ...), largest first."""
    counts = cases["classification_da"].value_counts()
    return pd.DataFrame({"AI-type": counts.index, "Antal": counts.to_numpy(), "Andel": counts.to_numpy() / len(cases)})


def topic_by_stage(cases: pd.DataFrame, topics: list[str] | None = None) -> pd.DataFrame:
    """A cross table: topic areas (rows) by development stage (columns). ``topics`` limits and orders the rows."""
    table = pd.crosstab(cases["topic_da"], cases["stage_da"]).reindex(columns=list(STAGE_ORDER), fill_value=0)
    if topics is not None:
        table = table.reindex(topics, fill_value=0)
    table.index.name = "Emneområde"
    table.columns.name = "Stadie"
    return table


def admin_examples(cases: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """Deployed use cases in administration, benefits and service, one per agency (names as reported, in English)."""
    chosen = cases[
        cases["topic_da"].isin(["Administration", "Sagsbehandling af ydelser", "Service til borgere og virksomheder"])
        & (cases["stage_da"] == "I drift")
        & cases["use_case_name"].notna()
    ].drop_duplicates("agency")
    return (
        pd.DataFrame(
            {
                "Myndighed": chosen["agency_name"],
                "Anvendelse (originalt navn)": chosen["use_case_name"].str.replace(r"\s+", " ", regex=True),
                "Emneområde": chosen["topic_da"],
                "AI-type": chosen["classification_da"],
            }
        )
        .head(n)
        .reset_index(drop=True)
    )


def us_attribution() -> str:
    """The attribution line for the US inventory, with the caveat that it is not Danish municipal data."""
    return f"{attribution(US_AI)} {US_CAVEAT}"


def readable(counts: pd.DataFrame) -> pd.DataFrame:
    """A count table with Danish number formats: ``Antal`` as 1.234 and ``Andel`` as 12,3 %.

    >>> readable(pd.DataFrame({"Stadie": ["I drift"], "Antal": [1040], "Andel": [0.288]}))["Andel"].tolist()
    ['28,8 %']
    """
    table = counts.copy()
    table["Antal"] = table["Antal"].map(formats.number)
    table["Andel"] = table["Andel"].map(lambda share: formats.percent(share, 1))
    return table
