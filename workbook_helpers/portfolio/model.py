"""The digitalisation department's portfolio (notebook 09), pure: load a folder of proposals, score each on value
against effort and risk, rank them, and keep the department's decisions. No widgets, no charts.

A proposal is the JSON record notebook 08 exports (``proposal.export.record``: the learner's case with its schema
version, plus ``"summary"``, the key figures of ``proposal.model.summary``). Each learner hands in one file.

Scoring (after AAU's weighted scoring of digitalisation projects and UiPath Automation Hub's potential/ease, see
data/portfolio_criteria.csv): every criterion gives 0-10 points on a fixed, stated scale, so a score means the same
whatever else is in the folder and explains itself. Value is the weighted mean of the value criteria, effort the
weighted mean of the effort and risk criteria; the priority is value minus effort, so a proposal with more value and
less effort never ranks lower. A figure a proposal lacks counts as 0 value points and as 5 (middle) effort points,
and the explanation says so.

>>> p = Proposal("a.json", {"title": "Robot", "owner": "Leder", "hours_freed_per_year": 800, "one_off_cost": 200_000})
>>> s = score(p)
>>> round(s.value, 1), round(s.effort, 1), s.quadrant in QUADRANTS
(2.5, 4.9, True)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..case import CaseError, from_record
from ..data import load_dataset
from ..messages import WorkbookError, quote

MAX_FILE_BYTES = 5_000_000
QUADRANTS = ("Hurtige gevinster", "Store projekter", "Småting", "Drop")
QUADRANT_ADVICE = {
    "Hurtige gevinster": "Høj værdi, lav indsats: tag dem først.",
    "Store projekter": "Høj værdi, stor indsats: planlæg dem som projekter med en business case.",
    "Småting": "Lav værdi, lav indsats: gør dem, når der er luft, eller saml dem.",
    "Drop": "Lav værdi, stor indsats: parkér eller afvis med en begrundelse.",
}
STATUSES = (
    "afventer vurdering", "godkendt til analyse", "i analyse", "udvikling", "test", "i drift",
    "afvist", "dublet", "parkeret",
)  # fmt: skip
NEEDS_REASON = ("afvist", "dublet", "parkeret")


class PortfolioError(WorkbookError):
    """A decision or a weight that cannot be used, with the Danish reason."""


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    side: str  # "value" or "effort"
    weight: float
    scale: str
    source: str


def criteria() -> dict[str, Criterion]:
    """The scoring criteria with their default weights and the source of the idea (data/portfolio_criteria.csv)."""
    return dict(_criteria())


@cache
def _criteria() -> dict[str, Criterion]:
    table = load_dataset("portfolio_criteria")
    return {
        row.key: Criterion(row.key, row.label_da, row.side, float(row.default_weight), row.scale_da, row.source)
        for row in table.itertuples()
    }


@dataclass
class Proposal:
    """One loaded proposal: the file it came from and its summary (and the whole record, when loaded from disk)."""

    file: str
    summary: dict[str, Any]
    record: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None

    @property
    def key(self) -> str:
        """What identifies a proposal for duplicates and decisions: title and process owner, ignoring case."""
        return f"{_plain(self.summary.get('title'))} / {_plain(self.summary.get('owner'))}"

    @property
    def title(self) -> str:
        return str(self.summary.get("title") or "(uden titel)")


@dataclass(frozen=True)
class Problem:
    file: str
    reason: str


def _plain(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def read_proposal(path: Path) -> Proposal:
    """One proposal file. Raises ``WorkbookError`` with a Danish reason that names the file."""
    name = path.name
    try:
        if path.is_dir():
            raise WorkbookError(f"{name} er en mappe, ikke en forslagsfil.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkbookError(
                f"{name} fylder {size // 1_000_000} MB; et forslag fylder under 5 MB. Er det den rigtige fil?"
            )
        raw = path.read_bytes()
    except OSError as error:
        raise WorkbookError(f"{name} kunne ikke læses ({error.strerror}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WorkbookError(f"{name} er ikke en tekstfil i UTF-8; gem forslaget igen fra notebook 08.") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise WorkbookError(
            f"{name} er ikke gyldig JSON (linje {error.lineno}, tegn {error.colno}); filen kan være beskadiget. "
            "Bed kursisten eksportere forslaget igen fra notebook 08."
        ) from None
    try:
        case = from_record(record, source=name)
    except CaseError as error:
        raise WorkbookError(str(error)) from None
    summary = record.get("summary") if isinstance(record.get("summary"), Mapping) else None
    if summary is None:
        from ..proposal.model import summary as summarise

        summary = summarise(case)
    return Proposal(name, dict(summary), record)


def load_folder(folder: str | Path) -> tuple[list[Proposal], list[Problem]]:
    """Every ``*.json`` in ``folder``: the proposals that load, and a Danish reason for each file that does not.

    One bad file never stops the rest. Proposals with the same title and process owner are flagged as duplicates
    of the first one (by file name).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise WorkbookError(f"Mappen {folder} findes ikke. Læg forslagene (JSON-filer fra notebook 08) i en mappe.")
    loaded: list[Proposal] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.json")):
        try:
            loaded.append(read_proposal(path))
        except WorkbookError as error:
            problems.append(Problem(path.name, str(error)))
    flag_duplicates(loaded)
    return loaded, problems


def flag_duplicates(proposals: Iterable[Proposal]) -> None:
    first: dict[str, str] = {}
    for p in proposals:
        if p.key in first:
            p.duplicate_of = first[p.key]
        else:
            first[p.key] = p.file
            p.duplicate_of = None


# --- scoring ---------------------------------------------------------------------------------------------------


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _root_points(x: float | None, top: float) -> float | None:
    """0 for nothing, 10 from ``top`` up, on a square-root scale in between (the first hours count the most).

    >>> [round(_root_points(h, 5000), 1) for h in (0, 500, 1250, 5000, 9000)]
    [0.0, 3.2, 5.0, 10.0, 10.0]
    """
    if x is None:
        return None
    if x <= 0:
        return 0.0
    return min(10.0, 10 * math.sqrt(x / top))


def _bool_points(value: Any, yes: float, no: float) -> float | None:
    return yes if value is True else no if value is False else None


_DIRECTION = {"bedre": 1, "uændret": 0, "dårligere": -1}
_WEIGHT = {"lille": 1, "middel": 2, "stor": 3}


def _qualitative_points(rows: Any) -> float | None:
    """The qualitative gains of notebook 06 (quality, legal certainty, citizens, working environment) as 0-10:
    each row counts its direction (bedre +1, uændret 0, dårligere -1) times its weight (lille 1, middel 2, stor 3);
    the mean, from -3 to +3, is put on 0-10 (5 = no change on balance).

    >>> _qualitative_points([{"direction": "bedre", "weight": "stor"}, {"direction": "uændret", "weight": "stor"}])
    7.5
    """
    if not isinstance(rows, list):
        return None
    values = [
        _DIRECTION[str(row.get("direction")).strip().casefold()] * _WEIGHT.get(str(row.get("weight")).strip(), 2)
        for row in rows
        if isinstance(row, Mapping) and str(row.get("direction", "")).strip().casefold() in _DIRECTION
    ]
    if not values:
        return None
    return 10 * (sum(values) / len(values) + 3) / 6


# key -> (points from the summary, points when unknown, Danish text for the figure)
def _points(summary: Mapping[str, Any]) -> dict[str, tuple[float | None, str]]:
    hours = _number(summary.get("hours_freed_per_year"))
    kr_year = _number(summary.get("kr_per_year"))
    npv = _number(summary.get("npv"))
    cost = _number(summary.get("one_off_cost"))
    systems = _number(summary.get("systems"))
    steps = _number(summary.get("steps"))
    score = _number(summary.get("automation_score"))
    scale_top = 5.0 if str(summary.get("automation_scale") or "").endswith("5") else 100.0
    legal = [summary.get(k) for k in ("dpia_needed", "high_risk_ai", "automated_decision", "special_categories")]
    legal_known = [v for v in legal if isinstance(v, bool)]
    return {
        "hours": (_root_points(hours, 2000), "timer/år"),
        "kroner": (_root_points(kr_year, 1_000_000), "kr./år"),
        "npv": (None if npv is None else 0.0 if npv <= 0 else _root_points(npv, 2_000_000), "kr. (NPV)"),
        "qualitative": (_qualitative_points(summary.get("qualitative")), "kvalitative gevinster"),
        "cost": (_root_points(cost, 1_000_000), "kr. engangs"),
        "systems": (None if systems is None else min(10.0, 2.5 * max(0.0, systems - 1)), "systemer"),
        "variation": (None if steps is None else min(10.0, steps), "trin"),
        "ease": (None if score is None else max(0.0, 10 - 10 * score / scale_top), "automatiseringsscore"),
        "legal": (
            None if not legal_known else 10.0 * sum(v is True for v in legal) / len(legal),
            "juridiske forhold (DPIA, højrisiko-AI, automatisk afgørelse, følsomme data)",
        ),
    }


@dataclass(frozen=True)
class Score:
    value: float
    effort: float
    priority: float
    quadrant: str
    parts: tuple[tuple[str, str, float, float, bool], ...]  # (key, label, points, weight, known)

    def explanation(self) -> list[str]:
        """One Danish line per criterion: its points, its weight, and whether the figure was known."""
        labels = {c.key: c for c in criteria().values()}
        lines = []
        for key, label, points, weight, known in self.parts:
            side = "værdi" if labels[key].side == "value" else "indsats og risiko"
            unknown = "" if known else " (tallet mangler i forslaget)"
            lines.append(f"{label}: {points:.1f} af 10 point ({side}, vægt {weight:g}){unknown}".replace(".", ","))
        return lines


def _weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    all_criteria = criteria()
    chosen = {k: c.weight for k, c in all_criteria.items()}
    for key, weight in (weights or {}).items():
        if key not in chosen:
            raise PortfolioError(f"Kriteriet {quote(key)} kendes ikke. Kendte: {', '.join(chosen)}.")
        weight = _number(weight)
        if weight is None or weight < 0:
            raise PortfolioError(f"Vægten for {quote(all_criteria[key].label)} skal være 0 eller mere.")
        chosen[key] = weight
    return chosen


def score(proposal: Proposal, weights: Mapping[str, float] | None = None) -> Score:
    """Value, effort and priority of one proposal, with the points of every criterion."""
    chosen = _weights(weights)
    found = _points(proposal.summary)
    totals = {"value": [0.0, 0.0], "effort": [0.0, 0.0]}
    parts = []
    for key, criterion in criteria().items():
        points, _ = found[key]
        known = points is not None
        if not known:
            points = 0.0 if criterion.side == "value" else 5.0
        weight = chosen[key]
        totals[criterion.side][0] += weight * points
        totals[criterion.side][1] += weight
        parts.append((key, criterion.label, points, weight, known))
    value = totals["value"][0] / totals["value"][1] if totals["value"][1] else 0.0
    effort = totals["effort"][0] / totals["effort"][1] if totals["effort"][1] else 0.0
    return Score(value, effort, value - effort, quadrant(value, effort), tuple(parts))


def quadrant(value: float, effort: float) -> str:
    if value >= 5:
        return "Hurtige gevinster" if effort < 5 else "Store projekter"
    return "Småting" if effort < 5 else "Drop"


def rank(proposals: Iterable[Proposal], weights: Mapping[str, float] | None = None) -> list[tuple[Proposal, Score]]:
    """The proposals with their scores, highest priority first (ties: more value first, then title)."""
    chosen = _weights(weights)
    scored = [(p, score(p, chosen)) for p in proposals]
    return sorted(scored, key=lambda ps: (-ps[1].priority, -ps[1].value, ps[0].title.casefold()))


# --- the department's decisions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    status: str = "afventer vurdering"
    reason: str = ""
    owner: str = ""
    next_step: str = ""


def check_decision(decision: Decision) -> Decision:
    """A decision that can be saved, or ``PortfolioError`` saying what is missing (in Danish)."""
    status = decision.status.strip().casefold()
    if status not in STATUSES:
        raise PortfolioError(f"Status {quote(decision.status)} kendes ikke. Vælg en af: {', '.join(STATUSES)}.")
    if status in NEEDS_REASON and not decision.reason.strip():
        raise PortfolioError(
            f"Et forslag, der er {status}, skal have en begrundelse: kursisten skal kunne se, hvorfor. "
            "Skriv begrundelsen, og gem igen."
        )
    return Decision(status, decision.reason.strip(), decision.owner.strip(), decision.next_step.strip())


def decisions_from(saved: Any) -> dict[str, Decision]:
    """Decisions as saved (key -> fields); entries that cannot be read are left out."""
    out = {}
    if isinstance(saved, Mapping):
        for key, fields in saved.items():
            if isinstance(fields, Mapping):
                try:
                    out[str(key)] = check_decision(Decision(**{k: str(v) for k, v in fields.items() if k in
                                                                 Decision.__dataclass_fields__}))  # fmt: skip
                except PortfolioError:
                    continue
    return out


def overview(proposals: list[Proposal]) -> dict[str, Any]:
    """For the instructor: how many proposals, which parts are missing how often, technologies and work areas."""
    missing: dict[str, int] = {}
    technologies: dict[str, int] = {}
    areas: dict[str, int] = {}
    for p in proposals:
        for label in p.summary.get("missing") or []:
            missing[label] = missing.get(label, 0) + 1
        tech = p.summary.get("technology_label") or p.summary.get("technology") or "ikke valgt"
        technologies[tech] = technologies.get(tech, 0) + 1
        area = p.summary.get("area") or "ikke angivet"
        areas[area] = areas.get(area, 0) + 1
    return {
        "count": len(proposals),
        "duplicates": sum(p.duplicate_of is not None for p in proposals),
        "complete": sum(not p.summary.get("missing") for p in proposals),
        "missing": dict(sorted(missing.items(), key=lambda kv: -kv[1])),
        "technologies": dict(sorted(technologies.items(), key=lambda kv: -kv[1])),
        "areas": dict(sorted(areas.items(), key=lambda kv: -kv[1])),
    }
