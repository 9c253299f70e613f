"""The numbers of notebooks 02 and 05, pure: no widgets, no charts, no files (the case is read by the widgets).

The simulator itself lives in ``robot`` and the scoring in ``scoring`` (both pure, and imported from here); this
module adds what the charts, tables, widgets and exercises would otherwise each compute on their own:

- the robot's time split, its rate per channel, the break-even volume and the yearly effect at several volumes;
- the widget settings kept in the learner's case (part ``settings``: ``robot_rules``, ``scoring_weights`` and
  ``scoring_assessments``), merged so that other keys are kept;
- which steps 05 scores (the learner's own as-is or to-be rows, or the labelled example) and the record of the
  technology the learner picks (case part ``technology``), and the ideas of »alt er muligt« (case part ``ideas``).

>>> result = robot.run_robot(robot.make_queue(), robot.RobotRules())
>>> round(saved_minutes_per_case(result), 2), round(break_even_cases(saved_minutes_per_case(result)))
(1.85, 1297)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from workbook_helpers.messages import WorkbookError, quote

from . import robot, scoring
from .examples import EXAMPLE_LABEL as EXAMPLE_STEPS_LABEL
from .examples import example_steps

# --- the robot --------------------------------------------------------------------------------------------------


def saved_minutes_per_case(result: robot.SimulationResult) -> float:
    """Person minutes saved per case in a simulation (0 for an empty queue)."""
    return result.person_minutes_saved / result.n_cases if result.n_cases else 0.0


def break_even_cases(minutes_per_case: float, upkeep_hours_per_year: float = 40.0) -> float:
    """Cases a year at which the saving equals the upkeep (infinite when a case saves nothing).

    >>> break_even_cases(2.0, 40)
    1200.0
    """
    return math.inf if minutes_per_case <= 0 else upkeep_hours_per_year * 60 / minutes_per_case


def yearly_effects(result: robot.SimulationResult, volumes, upkeep_hours_per_year: float = 40.0):
    """``robot.yearly_effect`` at each of ``volumes`` (for the volume chart)."""
    return [robot.yearly_effect(result, n, upkeep_hours_per_year=upkeep_hours_per_year) for n in volumes]


@dataclass(frozen=True)
class TimeSplit:
    """Hours spent on the queue: by staff without the robot, by staff with it (cases handed on, fixing the robot's
    errors) and by the robot."""

    staff_without: float
    staff_cases: float
    staff_fixing: float
    robot: float

    @property
    def staff_with(self) -> float:
        return self.staff_cases + self.staff_fixing


def time_split(result: robot.SimulationResult) -> TimeSplit:
    """The hours of the time chart."""
    log = result.log
    return TimeSplit(
        staff_without=result.baseline_person_minutes / 60,
        staff_cases=float(log.loc[log["outcome"] == "person", "person_minutes"].sum()) / 60,
        staff_fixing=float(log.loc[log["outcome"] == "robot", "person_minutes"].sum()) / 60,
        robot=result.robot_minutes / 60,
    )


def channel_rates(result: robot.SimulationResult) -> list[dict[str, Any]]:
    """Per channel: cases, cases the robot finished and the automation rate (0-1)."""
    log = result.log
    rows = []
    for channel in robot.CHANNEL_LABELS:
        part = log[log["channel"] == channel]
        done = int((part["outcome"] == "robot").sum())
        rows.append(
            {"channel": channel, "cases": len(part), "robot": done, "rate": done / len(part) if len(part) else 0}
        )
    return rows


# --- settings in the case ---------------------------------------------------------------------------------------

SETTINGS_PART = "settings"
ROBOT_RULES_KEY = "robot_rules"
WEIGHTS_KEY = "scoring_weights"
ASSESSMENTS_KEY = "scoring_assessments"
# Save files of the widgets from before the case; read once when the case has no setting yet.
LEGACY_SETTINGS = {ROBOT_RULES_KEY: "robot_regler", WEIGHTS_KEY: "automatisering_vaegte"}


def with_setting(settings: Any, key: str, value: Any) -> dict[str, Any]:
    """The settings part with ``key`` set to ``value``; every other key is kept (a damaged value starts empty).

    >>> with_setting({"andet": 1}, "robot_rules", {"max_amount": 2500})
    {'andet': 1, 'robot_rules': {'max_amount': 2500}}
    """
    merged = dict(settings) if isinstance(settings, dict) else {}
    merged[key] = value
    return merged


def rules_from_settings(value: Any) -> robot.RobotRules:
    """The robot's rules from a saved setting; a damaged or missing setting gives the cautious defaults."""
    if not isinstance(value, dict):
        return robot.RobotRules()
    try:
        return robot.rules_from_dict(value)
    except (TypeError, ValueError):
        return robot.RobotRules()


def weights_from_settings(value: Any) -> dict[str, float]:
    """Scoring weights from a saved setting; a damaged or missing setting gives equal weights."""
    try:
        return scoring.check_weights(value if isinstance(value, dict) else None)
    except (TypeError, ValueError):
        return dict(scoring.DEFAULT_WEIGHTS)


# The criteria no step-table column describes: the learner assesses them per step (1-5), or they stay assumed.
ASSESSED = ("stability", "documentation")


def assessments_from_settings(value: Any) -> dict[str, dict[str, int]]:
    """{step name: {"stability": 1-5, "documentation": 1-5}} from a saved setting; anything else is dropped."""
    clean: dict[str, dict[str, int]] = {}
    for step, marks in value.items() if isinstance(value, dict) else ():
        if not isinstance(marks, dict):
            continue
        kept = {
            k: int(v)
            for k, v in marks.items()
            if k in ASSESSED and isinstance(v, int | float) and not isinstance(v, bool) and v in (1, 2, 3, 4, 5)
        }
        if kept:
            clean[str(step)] = kept
    return clean


def apply_assessments(steps: pd.DataFrame, assessments: dict[str, dict[str, int]]) -> pd.DataFrame:
    """The step table with the learner's own assessments as ``stability_score``/``documentation_score``.

    A value already in the table is kept unless the learner assessed that step; steps not assessed stay empty, so
    the scoring says they are assumed.

    >>> steps = pd.DataFrame({"step": ["A", "B"]})
    >>> apply_assessments(steps, {"A": {"stability": 2}})["stability_score"].tolist()
    [2.0, nan]
    """
    out = steps.copy()
    for key in ASSESSED:
        column = scoring.CRITERIA[key].override
        current = out[column] if column in out.columns else pd.Series([math.nan] * len(out), index=out.index)
        given = out["step"].astype(str).map(lambda s, k=key: assessments.get(s, {}).get(k, math.nan))
        out[column] = given.where(given.notna(), current).astype(float)
    return out


# --- which steps 05 scores --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepsChoice:
    """A step table to score and where it comes from: ``part`` is "as_is", "to_be" or "example"."""

    part: str
    steps: pd.DataFrame
    label: str
    own: bool
    problem: str = ""


PART_NAMES = {"as_is": "arbejdsgangen i dag", "to_be": "den fremtidige arbejdsgang"}
EXAMPLE_TEXT = EXAMPLE_STEPS_LABEL


def example_choice(problem: str = "") -> StepsChoice:
    return StepsChoice("example", example_steps(), EXAMPLE_TEXT, own=False, problem=problem)


def own_choice(part: str, value: Any, example: bool) -> StepsChoice | None:
    """The learner's own rows of case part ``part``, validated; None when there are none (or only an example).

    Rows that cannot be used give a choice with ``problem`` set and the example's steps.
    """
    rows = value.get("rows") if isinstance(value, dict) else None
    if example or not rows:
        return None
    from workbook_helpers.workflow.model import validate_steps

    try:
        steps = validate_steps(pd.DataFrame(rows))
    except ValueError as error:
        return example_choice(f"Dine trin i {PART_NAMES[part]} kunne ikke bruges: {error}")
    title = str(value.get("title") or "").strip() or "Min arbejdsgang"
    label = f"Din egen arbejdsgang {quote(title)}: {PART_NAMES[part]}, som du har gemt den i notebook 03."
    return StepsChoice(part, steps, label, own=True)


def choices(parts: dict[str, tuple[Any, bool]]) -> list[StepsChoice]:
    """Every step table the learner can score: their own as-is and to-be (if saved), then the example.

    ``parts`` maps "as_is"/"to_be" to (value, example) as read from the case.

    >>> [c.part for c in choices({"as_is": (None, False), "to_be": (None, False)})]
    ['example']
    >>> rows = [{"step": "Tast", "actor": "Sekretær", "system": "ESDH", "minutes": 5, "per_year": 100,
    ...          "wait_hours": 0, "input_type": "form", "rule_based": True, "error_rate": 0.1}]
    >>> [c.part for c in choices({"as_is": ({"rows": rows}, False), "to_be": ({"rows": rows}, True)})]
    ['as_is', 'example']
    """
    found, problems = [], []
    for name in ("as_is", "to_be"):
        value, example = parts.get(name, (None, False))
        choice = own_choice(name, value, example)
        if choice is None:
            continue
        if choice.own:
            found.append(choice)
        else:
            problems.append(choice.problem)
    return [*found, example_choice(" ".join(problems))]


# --- the learner's pick (case parts "technology" and "ideas") ---------------------------------------------------

NO_TECHNOLOGY = "none"


def technology_record(
    scored: pd.DataFrame, step: str, technology: str, label: str, why: str, *, source: StepsChoice
) -> dict[str, Any]:
    """The value of case part ``technology``: the technology chosen for ``step`` with its score and criteria.

    ``technology`` is a key of ``data/automation_technologies.csv``, or ``NO_TECHNOLOGY`` ("none") when the learner
    proposes not to automate the step; ``score`` is the step's total on the scale 0-100 (``scale``); ``criteria`` maps
    each criterion to its score 1-5; ``assumed`` lists criteria the learner did not assess (they count as 3);
    ``source`` is the case part the steps came from ("as_is", "to_be" or "example").
    """
    matches = scored[scored["step"] == step]
    if matches.empty:
        raise WorkbookError(f"Der er intet trin, der hedder {quote(step)}, i den tabel, du scorer.")
    row = matches.iloc[0]
    return {
        "technology": technology,
        "label": label,
        "step": step,
        "score": round(float(row["total"]), 1),
        "scale": "0-100 (vægtet gennemsnit af syv kriterier, hver 1-5)",
        "ease": round(float(row["ease"]), 1),
        "potential_hours": round(float(row["potential_hours"]), 1),
        "criteria": {key: int(row[f"score_{key}"]) for key in scoring.CRITERIA},
        "assumed": list(row["assumed"]) if "assumed" in row.index else [],
        "weights": dict(scored.attrs.get("weights", scoring.DEFAULT_WEIGHTS)),
        "suggested": str(row["technology"]),
        "why": why.strip(),
        "source": source.part,
        "source_label": source.label,
    }


def ideas_rows(value: Any) -> list[dict[str, str]]:
    """The rows of case part ``ideas`` (tolerates a missing or damaged part)."""
    rows = value.get("rows") if isinstance(value, dict) else None
    return [
        {k: str(r.get(k, "") or "") for k in ("idea", "step", "technology")}
        for r in (rows if isinstance(rows, list) else [])
        if isinstance(r, dict) and str(r.get("idea", "")).strip()
    ]


def add_idea(value: Any, idea: str, step: str = "", technology: str = "") -> dict[str, Any]:
    """The ideas part with one more idea (an idea already there is not added twice); other keys are kept.

    >>> add_idea(None, "Borgerne søger i en formular", "Modtag ansøgning")["rows"][0]["step"]
    'Modtag ansøgning'
    """
    idea = " ".join(str(idea).split())
    if not idea:
        raise WorkbookError("Skriv idéen først: der er ikke skrevet noget endnu, så intet er gemt.")
    merged = dict(value) if isinstance(value, dict) else {}
    rows = ideas_rows(value)
    if all(r["idea"].casefold() != idea.casefold() for r in rows):
        rows.append({"idea": idea, "step": " ".join(str(step).split()), "technology": technology})
    merged["rows"] = rows
    return merged


def choose_idea(value: Any, idea: str) -> dict[str, Any]:
    """The ideas part with ``idea`` as the chosen one."""
    merged = dict(value) if isinstance(value, dict) else {}
    merged["rows"] = ideas_rows(value)
    merged["chosen"] = idea
    return merged
