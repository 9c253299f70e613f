"""Digitalisation policy from the EU to your own municipality: what applies to a work area on a date.

The data are three catalogued tables (see ``data/catalogue.toml``): ``policy_acts`` (one row per act, strategy or
programme), ``policy_dates`` (every date of each, so phased acts such as the AI Act can be queried) and
``policy_cascade`` (which act or strategy flows into which). Everything here is pure: tables in, tables out.

>>> data = load_policy()
>>> rules = applicable(data, "ydelse", on="2026-11-29")
>>> "AI-forordningen" in set(rules["title_da"])
True
>>> coming = upcoming(data, "ydelse", on="2026-11-29", months=13)
>>> coming.loc[coming["act_id"] == "ai_act", "date"].dt.strftime("%Y-%m-%d").tolist()
['2026-12-02', '2027-12-02']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..data import DataError, Problem, load_dataset

LEVELS: tuple[str, ...] = ("EU", "national", "fælleskommunal", "kommunal")
LEVEL_LABELS: dict[str, str] = {
    "EU": "EU",
    "national": "Nationalt og fællesoffentligt",
    "fælleskommunal": "Fælleskommunalt",
    "kommunal": "Kommunalt",
}
WORK_AREAS: tuple[str, ...] = (
    "skole", "ydelse", "plan/byg/miljø", "børn og unge", "borgerservice", "HR/økonomi", "alle",
)  # fmt: skip
KINDS = (
    "forordning",
    "gennemførelsesforordning",
    "direktiv",
    "afgørelse",
    "lov",
    "aftale",
    "strategi",
    "program",
    "organisation",
)
MILESTONE_TYPES = ("fremsat", "vedtaget", "i kraft", "gælder", "frist", "mål", "slut")
# Milestones that say what is demanded from that day on (shown as "hvad der gælder").
IN_EFFECT_TYPES = ("i kraft", "gælder", "frist")
PRECISIONS = ("dag", "måned", "år")
VERIFICATIONS = ("primær", "sekundær")
LINK_TYPES = ("retlig", "strategisk", "tematisk")
VERIFICATION_LABELS = {
    "primær": "kontrolleret i officiel kilde",
    "sekundær": "kun kontrolleret i sekundære kilder",
}


@dataclass(frozen=True)
class PolicyData:
    """The three policy tables, checked: ``acts``, ``dates`` and ``cascade``."""

    acts: pd.DataFrame
    dates: pd.DataFrame
    cascade: pd.DataFrame


def split_areas(value: str) -> list[str]:
    """The work areas in one cell: ``split_areas("ydelse;alle")`` gives ``['ydelse', 'alle']``."""
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _problem_rows(frame: pd.DataFrame, bad: pd.Series, column: str, text) -> list[Problem]:
    # +2: row 1 is the header, and pandas counts from 0.
    return [Problem(int(i) + 2, column, text(frame.at[i, column])) for i in frame.index[bad]]


def validate(acts: pd.DataFrame, dates: pd.DataFrame, cascade: pd.DataFrame) -> None:
    """Check the policy tables beyond their column types; raise ``DataError`` naming file, row and column."""
    problems: list[Problem] = []
    in_set = lambda column, allowed: ~acts[column].isin(allowed)  # noqa: E731
    problems += _problem_rows(
        acts, in_set("level", LEVELS), "level", lambda v: f"Niveauet »{v}« kendes ikke (brug {', '.join(LEVELS)})."
    )
    problems += _problem_rows(acts, in_set("kind", KINDS), "kind", lambda v: f"Typen »{v}« kendes ikke.")
    problems += _problem_rows(
        acts, in_set("adopted_precision", PRECISIONS), "adopted_precision", lambda v: f"»{v}« er ikke dag/måned/år."
    )
    problems += _problem_rows(
        acts, in_set("verification", VERIFICATIONS), "verification", lambda v: f"»{v}« er ikke primær eller sekundær."
    )
    bad_areas = acts["work_areas"].map(lambda v: not split_areas(v) or any(a not in WORK_AREAS for a in split_areas(v)))
    problems += _problem_rows(
        acts, bad_areas, "work_areas", lambda v: f"»{v}« har et ukendt arbejdsområde (brug {', '.join(WORK_AREAS)})."
    )
    for frame in (acts, dates, cascade):
        bad_url = ~frame["source_url"].str.match(r"https?://")
        problems += _problem_rows(frame, bad_url, "source_url", lambda v: f"»{v}« er ikke et link (http...).")
    duplicated = acts["id"].duplicated()
    problems += _problem_rows(acts, duplicated, "id", lambda v: f"Id'et »{v}« findes flere gange.")
    ends_early = acts["ends"].notna() & (acts["ends"] < acts["applies_from"])
    problems += _problem_rows(acts, ends_early, "ends", lambda v: "Slutdatoen ligger før anvendelsesdatoen.")
    if problems:
        raise DataError("policy_acts.csv", problems)

    known = set(acts["id"])
    unknown = lambda v: f"»{v}« findes ikke i policy_acts."  # noqa: E731
    problems += _problem_rows(dates, ~dates["act_id"].isin(known), "act_id", unknown)
    problems += _problem_rows(dates, ~dates["set_by"].isin(known), "set_by", unknown)
    replaced = dates["replaced_by"].notna() & ~dates["replaced_by"].isin(known)
    problems += _problem_rows(dates, replaced, "replaced_by", unknown)
    problems += _problem_rows(
        dates, ~dates["milestone_type"].isin(MILESTONE_TYPES), "milestone_type", lambda v: f"Typen »{v}« kendes ikke."
    )
    problems += _problem_rows(
        dates, ~dates["precision"].isin(PRECISIONS), "precision", lambda v: f"»{v}« er ikke dag, måned eller år."
    )
    problems += _problem_rows(
        dates, ~dates["verification"].isin(VERIFICATIONS), "verification", lambda v: f"»{v}« er ikke primær/sekundær."
    )
    half_replaced = dates["replaced_by"].notna() != dates["valid_until"].notna()
    problems += _problem_rows(
        dates, half_replaced, "valid_until", lambda v: "replaced_by og valid_until skal udfyldes sammen."
    )
    if problems:
        raise DataError("policy_dates.csv", problems)

    for column in ("parent_id", "child_id"):
        problems += _problem_rows(
            cascade, ~cascade[column].isin(known), column, lambda v: f"»{v}« findes ikke i policy_acts."
        )
    problems += _problem_rows(
        cascade, ~cascade["link_type"].isin(LINK_TYPES), "link_type", lambda v: f"Koblingstypen »{v}« kendes ikke."
    )
    if problems:
        raise DataError("policy_cascade.csv", problems)


def load_policy() -> PolicyData:
    """Read and check the three policy tables from ``data/``."""
    acts = load_dataset("policy_acts")
    dates = load_dataset("policy_dates")
    cascade = load_dataset("policy_cascade")
    validate(acts, dates, cascade)
    return PolicyData(acts, dates, cascade)


def as_day(on: dt.date | str | pd.Timestamp | None = None) -> pd.Timestamp:
    """The day a query is about: ``None`` means today; text may be ``2026-11-29`` or ``29-11-2026``."""
    if on is None:
        return pd.Timestamp(dt.date.today())
    if isinstance(on, str):
        text = on.strip()
        for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"):
            try:
                return pd.Timestamp(dt.datetime.strptime(text, fmt).date())
            except ValueError:
                continue
        raise ValueError(f"»{on}« er ikke en dato. Skriv fx 2026-11-29 eller 29-11-2026.")
    try:
        return pd.Timestamp(on).normalize()
    except (TypeError, ValueError):
        raise ValueError(f"»{on}« er ikke en dato. Skriv fx 2026-11-29 eller 29-11-2026.") from None


def _check_area(area: str) -> str:
    if area not in WORK_AREAS:
        raise ValueError(f"Arbejdsområdet »{area}« kendes ikke. Vælg et af: {', '.join(WORK_AREAS)}.")
    return area


def _check_level(level: str | None) -> str | None:
    if level is not None and level not in LEVELS:
        raise ValueError(f"Niveauet »{level}« kendes ikke. Vælg et af: {', '.join(LEVELS)}.")
    return level


def touches(work_areas: str, area: str) -> bool:
    """Whether an act with these work areas concerns ``area`` ("alle" as a choice means every act)."""
    areas = split_areas(work_areas)
    return area == "alle" or "alle" in areas or area in areas


def _acts_for(data: PolicyData, area: str, level: str | None) -> pd.DataFrame:
    acts = data.acts[data.acts["work_areas"].map(lambda v: touches(v, _check_area(area)))]
    if _check_level(level):
        acts = acts[acts["level"] == level]
    return acts


def known_dates(data: PolicyData, on=None) -> pd.DataFrame:
    """The dates that were law or plan on day ``on``: a date replaced before ``on`` is left out, and so is a date
    set by an act that was not yet in force (e.g. the AI Act's new high-risk dates before 27 July 2026)."""
    day = as_day(on)
    dates = data.dates
    set_from = dates["valid_from"].isna() | (dates["valid_from"] <= day)
    still = dates["valid_until"].isna() | (day < dates["valid_until"])
    adopted = dates["act_id"].map(data.acts.set_index("id")["adopted"]) <= day
    return dates[set_from & still & adopted]


def _level_order(frame: pd.DataFrame) -> pd.Series:
    return frame["level"].map({level: i for i, level in enumerate(LEVELS)})


def applicable(data: PolicyData, area: str = "alle", on=None, level: str | None = None) -> pd.DataFrame:
    """What applies to a work area on day ``on`` (default today): one row per act or strategy in force.

    Columns: level, level_label, id, identifier, title_da, kind, adopted, applies_from, ends, meaning_da,
    in_effect (the dated obligations in force that day, as text), next_date and next_text (the next known date
    after ``on``, if any), source_url, verification.
    """
    day = as_day(on)
    acts = _acts_for(data, area, level)
    running = acts["ends"].isna() | (day <= acts["ends"])
    acts = acts[(acts["adopted"] <= day) & (acts["applies_from"] <= day) & running]
    dates = known_dates(data, day)
    rows = []
    for _, act in acts.iterrows():
        own = dates[dates["act_id"] == act["id"]].sort_values("date")
        done = own[(own["date"] <= day) & own["milestone_type"].isin(IN_EFFECT_TYPES)]
        ahead = own[own["date"] > day]
        rows.append(
            {
                "level": act["level"],
                "level_label": LEVEL_LABELS[act["level"]],
                "id": act["id"],
                "identifier": act["identifier"],
                "title_da": act["title_da"],
                "kind": act["kind"],
                "adopted": act["adopted"],
                "applies_from": act["applies_from"],
                "ends": act["ends"],
                "meaning_da": act["meaning_da"],
                "in_effect": list(done["milestone_da"]),
                "in_effect_dates": list(done["date"]),
                "next_date": ahead["date"].iloc[0] if len(ahead) else pd.NaT,
                "next_text": ahead["milestone_da"].iloc[0] if len(ahead) else "",
                "source_url": act["source_url"],
                "verification": act["verification"],
            }
        )
    columns = [
        "level", "level_label", "id", "identifier", "title_da", "kind", "adopted", "applies_from", "ends",
        "meaning_da", "in_effect", "in_effect_dates", "next_date", "next_text", "source_url", "verification",
    ]  # fmt: skip
    result = pd.DataFrame(rows, columns=columns)
    if result.empty:
        return result
    result = result.assign(_order=_level_order(result)).sort_values(["_order", "applies_from"])
    return result.drop(columns="_order").reset_index(drop=True)


def upcoming(data: PolicyData, area: str = "alle", on=None, months: int = 12, level: str | None = None) -> pd.DataFrame:
    """The known dates after ``on`` and at most ``months`` months ahead, for acts that touch ``area``.

    Columns: date, precision, level, level_label, act_id, identifier, title_da, milestone_type, milestone_da,
    source_url, verification (of the date).
    """
    if not isinstance(months, int) or isinstance(months, bool) or months < 1:
        raise ValueError("Antal måneder skal være et helt tal på mindst 1.")
    day = as_day(on)
    until = day + pd.DateOffset(months=months)
    acts = _acts_for(data, area, level).set_index("id")
    dates = known_dates(data, day)
    dates = dates[(dates["date"] > day) & (dates["date"] <= until) & dates["act_id"].isin(acts.index)]
    result = pd.DataFrame(
        {
            "date": dates["date"],
            "precision": dates["precision"],
            "level": dates["act_id"].map(acts["level"]),
            "act_id": dates["act_id"],
            "identifier": dates["act_id"].map(acts["identifier"]),
            "title_da": dates["act_id"].map(acts["title_da"]),
            "milestone_type": dates["milestone_type"],
            "milestone_da": dates["milestone_da"],
            "source_url": dates["source_url"],
            "verification": dates["verification"],
        }
    )
    result.insert(3, "level_label", result["level"].map(LEVEL_LABELS))
    return result.sort_values(["date", "act_id"]).reset_index(drop=True)


def timeline(data: PolicyData, on=None, start=None, end=None, area: str = "alle", extra: pd.DataFrame | None = None):
    """Every known date between ``start`` and ``end`` (default: 4 years before to 4 years after ``on``), with the
    lane it belongs in and whether it lies after ``on``. ``extra`` adds rows of the same shape (e.g. your own
    municipality from :func:`municipal.as_timeline_rows`).

    Columns: date, level, lane (0 = EU ... 3 = kommunal), label, act_id, milestone_type, after.
    """
    day = as_day(on)
    start = as_day(start) if start is not None else day - pd.DateOffset(years=4)
    end = as_day(end) if end is not None else day + pd.DateOffset(years=4)
    if end <= start:
        raise ValueError("Tidslinjens slutdato skal ligge efter startdatoen.")
    acts = _acts_for(data, area, None).set_index("id")
    dates = known_dates(data, day)
    dates = dates[dates["act_id"].isin(acts.index) & (dates["date"] >= start) & (dates["date"] <= end)]
    short = acts["title_da"].str.split(" – ").str[0]
    frame = pd.DataFrame(
        {
            "date": dates["date"],
            "level": dates["act_id"].map(acts["level"]),
            "label": dates["act_id"].map(short) + ": " + dates["milestone_da"],
            "act_id": dates["act_id"],
            "milestone_type": dates["milestone_type"],
        }
    )
    if extra is not None and len(extra):
        inside = extra[(extra["date"] >= start) & (extra["date"] <= end)]
        frame = pd.concat([frame, inside[["date", "level", "label", "act_id", "milestone_type"]]], ignore_index=True)
    frame["lane"] = _level_order(frame)
    frame["after"] = frame["date"] > day
    frame.attrs.update(on=day, start=start, end=end)
    return frame.sort_values(["date", "lane"]).reset_index(drop=True)


def cascade(data: PolicyData, root: str, municipalities: list[dict] | None = None):
    """How an EU act or target flows down: the nodes (with a position per level) and the links below ``root``.

    ``municipalities`` are filled-in templates (see :mod:`.municipal`); one joins the cascade as a municipal node
    when its ``links`` name an act in it. Returns ``(nodes, edges)``: nodes has id, level, lane, row, label,
    example; edges has parent_id, child_id, relation_da, link_type.
    """
    acts = data.acts.set_index("id")
    if root not in acts.index:
        raise ValueError(f"»{root}« findes ikke i policy_acts. Vælg fx dd2030, nis2, ai_act eller wad.")
    ids, queue, edges = [root], [root], []
    while queue:
        parent = queue.pop(0)
        for _, link in data.cascade[data.cascade["parent_id"] == parent].iterrows():
            edges.append(link[["parent_id", "child_id", "relation_da", "link_type"]].to_dict())
            if link["child_id"] not in ids:
                ids.append(link["child_id"])
                queue.append(link["child_id"])
    nodes = [
        {"id": i, "level": acts.at[i, "level"], "label": acts.at[i, "title_da"].split(" – ")[0], "example": False}
        for i in ids
    ]
    for number, entry in enumerate(municipalities or []):
        linked = [act for act in entry.get("links", []) if act in ids]
        if not linked:
            continue
        node_id = f"kommune_{number}"
        label = entry.get("titel") or entry.get("kommune") or "Min kommune"
        example = bool(entry.get("eksempel"))
        if example and "Eksempel (illustrativt)" not in label:
            label = f"{label} – Eksempel (illustrativt)"
        nodes.append({"id": node_id, "level": "kommunal", "label": label, "example": example})
        for act in linked:
            relation = "Kommunens strategi henviser hertil"
            edges.append({"parent_id": act, "child_id": node_id, "relation_da": relation, "link_type": "kommunal"})
    nodes = pd.DataFrame(nodes)
    nodes["lane"] = _level_order(nodes)
    nodes["row"] = nodes.groupby("lane").cumcount()
    edges = pd.DataFrame(edges, columns=["parent_id", "child_id", "relation_da", "link_type"])
    return nodes, edges


def dates_of(data: PolicyData, act_id: str, on=None) -> pd.DataFrame:
    """All known dates of one act as of ``on`` (default today), oldest first, with who set each date."""
    if act_id not in set(data.acts["id"]):
        raise ValueError(f"»{act_id}« findes ikke i policy_acts.")
    dates = known_dates(data, on)
    own = dates[dates["act_id"] == act_id].sort_values("date")
    return own[["date", "precision", "milestone_type", "milestone_da", "set_by", "verification", "source_url"]]
