"""Danish tables for reading in notebook 09: the ranking, the files that could not be read, the cohort overview
and one proposal's score explained."""

from __future__ import annotations

import pandas as pd

from .. import formats
from ..display import Table, table
from .model import Decision, Problem, Proposal, Score


def _kr(value) -> str:
    return formats.kr(value) if isinstance(value, (int, float)) else "–"


def ranking_frame(ranked: list[tuple[Proposal, Score]], decisions: dict[str, Decision] | None = None) -> pd.DataFrame:
    """One row per proposal, best first: rank, title, area, quadrant, value, effort, priority, key figures, status."""
    decisions = decisions or {}
    rows = []
    for place, (p, s) in enumerate(ranked, start=1):
        d = decisions.get(p.key, Decision())
        hours = p.summary.get("hours_freed_per_year")
        rows.append(
            {
                "Nr.": place,
                "Forslag": p.title + (f" (dublet af {p.duplicate_of})" if p.duplicate_of else ""),
                "Område": p.summary.get("area") or "–",
                "Kvadrant": s.quadrant,
                "Værdi": round(s.value, 1),
                "Indsats": round(s.effort, 1),
                "Prioritet": round(s.priority, 1),
                "Timer/år": formats.number(hours, "auto") if isinstance(hours, (int, float)) else "–",
                "NPV": _kr(p.summary.get("npv")),
                "Status": d.status,
            }
        )
    return pd.DataFrame(rows)


def ranking_table(ranked, decisions=None) -> Table:
    return table(ranking_frame(ranked, decisions))


def problems_table(problems: list[Problem]) -> Table:
    """The files that could not be read, each with its Danish reason."""
    frame = pd.DataFrame([{"Fil": p.file, "Hvorfor den ikke kunne læses": p.reason} for p in problems])
    return table(frame if len(frame) else pd.DataFrame({"Fil": [], "Hvorfor den ikke kunne læses": []}))


def overview_table(info: dict) -> Table:
    """The cohort in numbers, then what is missing how often, the technologies and the work areas."""
    rows = [
        ("Forslag i alt", formats.number(info["count"])),
        ("Dubletter (samme titel og procesejer)", formats.number(info["duplicates"])),
        ("Forslag med alle dele klar", formats.number(info["complete"])),
    ]
    rows += [(f"Mangler: {label}", formats.count(n, "forslag", "forslag")) for label, n in info["missing"].items()]
    rows += [
        (f"Teknologi: {label}", formats.count(n, "forslag", "forslag")) for label, n in info["technologies"].items()
    ]
    rows += [(f"Område: {label}", formats.count(n, "forslag", "forslag")) for label, n in info["areas"].items()]
    return table(pd.DataFrame(rows, columns=["Hvad", "Antal"]))


def explanation_table(proposal: Proposal, score: Score) -> Table:
    """How one proposal's score is made, criterion by criterion."""
    frame = pd.DataFrame(
        [
            {
                "Kriterium": label,
                "Point (0-10)": round(points, 1),
                "Vægt": weight,
                "Tallet findes": "ja" if known else "nej",
            }
            for _key, label, points, weight, known in score.parts
        ]
    )
    figures = (
        f"værdi {formats.number(score.value, 1)}, indsats og risiko {formats.number(score.effort, 1)}, "
        f"prioritet {formats.number(score.priority, 1)} ({score.quadrant})"
    )
    caption = f"{proposal.title}: {figures}."
    return table(frame, caption)
