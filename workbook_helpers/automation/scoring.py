"""Automation-potential scoring of workflow steps: transparent criteria, adjustable weights, a Danish explanation.

The five first criteria follow the questions of UiPath Automation Hub's high-level assessment, each scored 1-5
(rules, input type, input quality/structure, stability over the next 6 months, documentation; docs.uipath.com).
The workbook adds two of its own: volume (how often the step is done) and the share of exceptions. How a score
is derived from the shared step table (``workbook_helpers.workflow.schema``) is written out in ``CRITERIA`` and in
the explanation of every step, so a learner can see and disagree with each step of the reasoning.

Input: a step table with the shared columns (``step``, ``input_type``, ``rule_based``, ``minutes``, ``per_year``,
``error_rate``; the others are not needed) and, optionally, extra columns that override a derived score:
``rules_score``, ``digital_score``, ``structure_score``, ``stability_score``, ``documentation_score`` (whole numbers
1-5) and ``exception_share`` (0-1).

>>> steps = pd.DataFrame({"step": ["Journalisér ansøgning"], "input_type": ["form"], "rule_based": [True],
...                       "minutes": [5.0], "per_year": [3000.0], "error_rate": [0.04]})
>>> scored = score_steps(steps)
>>> int(scored.loc[0, "score_rules"]), int(scored.loc[0, "score_volume"]), round(scored.loc[0, "total"])
(5, 4, 79)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.workflow.schema import COLUMN_LABELS, INPUT_TYPE_LABELS, STEP_COLUMNS, StepError, check_cell


@dataclass(frozen=True)
class Criterion:
    """One scoring criterion: Danish label, what 1 and 5 mean, the optional override column."""

    key: str
    label: str
    low: str
    high: str
    override: str | None
    ease: bool


CRITERIA: dict[str, Criterion] = {
    c.key: c
    for c in (
        Criterion("rules", "Regelbaseret", "kræver meget skøn", "følger helt faste regler", "rules_score", True),
        Criterion("digital", "Digitalt input", "kun papir", "helt digitalt", "digital_score", True),
        Criterion("structure", "Struktureret input", "fritekst", "faste felter/data", "structure_score", True),
        Criterion(
            "stability",
            "Stabil proces",
            "store ændringer inden 6 mdr.",
            "ingen ændringer inden 6 mdr.",
            "stability_score",
            True,
        ),
        Criterion(
            "documentation",
            "Dokumentation",
            "ingen",
            "detaljerede arbejdsgangsbeskrivelser",
            "documentation_score",
            True,
        ),
        Criterion("volume", "Volumen", "under 100 gange om året", "10.000 gange om året eller mere", None, False),
        Criterion("exceptions", "Få undtagelser", "over 35 % undtagelser", "højst 5 % undtagelser", None, True),
    )
}
CRITERION_LABELS: dict[str, str] = {key: c.label for key, c in CRITERIA.items()}
DEFAULT_WEIGHTS: dict[str, float] = {key: 1.0 for key in CRITERIA}

# Input type -> (digital score, structure score). Ordered like schema.INPUT_TYPES, from least to most
# machine-readable, so a more machine-readable input never scores lower on either criterion.
INPUT_SCORES: dict[str, tuple[int, int]] = {"paper": (1, 1), "email": (4, 2), "form": (5, 4), "structured": (5, 5)}
RULE_BASED_SCORES = {True: 5, False: 2}
# Volume bands (times a year) -> score. The workbook's own scale, not a vendor's: change it if it fits badly.
VOLUME_BANDS: tuple[tuple[float, int], ...] = ((100, 1), (500, 2), (2000, 3), (10_000, 4))
# Exception share bands (upper limit, score).
EXCEPTION_BANDS: tuple[tuple[float, int], ...] = ((0.05, 5), (0.10, 4), (0.20, 3), (0.35, 2))
DEFAULT_STABILITY = 3
# A step that has been mapped in an arbejdsgangsanalyse has at least a process map: level 3 on UiPath's scale
# (1 none, 2 input files, 3 process map/flowchart, 4 SOP, 5 detailed work instructions).
DEFAULT_DOCUMENTATION = 3

QUADRANTS: dict[tuple[bool, bool], str] = {
    (True, True): "Gør det nu (høj lethed, stort potentiale)",
    (False, True): "Forbered: gør input og regler klar først",
    (True, False): "Måske: let, men lille gevinst",
    (False, False): "Vent: svært og lille gevinst",
}

EXTRA_COLUMN_LABELS: dict[str, str] = {
    "rules_score": "Regelbaseret (1-5)",
    "digital_score": "Digitalt input (1-5)",
    "structure_score": "Struktureret input (1-5)",
    "stability_score": "Stabil proces (1-5)",
    "documentation_score": "Dokumentation (1-5)",
    "exception_share": "Andel undtagelser (0-1)",
}
OPTIONAL_COLUMNS: tuple[str, ...] = tuple(EXTRA_COLUMN_LABELS)

TECHNOLOGY_NAMES: dict[str, str] = {
    "rpa": "RPA (softwarerobot)",
    "api": "Integration/API",
    "rules_engine": "Regelmotor",
    "self_service": "Digital selvbetjening (formular)",
    "ocr": "OCR og dokumentforståelse",
    "ml_classification": "Maskinlæring (klassifikation)",
    "genai": "Generativ AI og chatbots",
    "speech": "Talegenkendelse",
    "low_code": "Low-code",
    "none": "Ingen automatisering nu",
}


DERIVED_FROM: dict[str, str] = {
    "rules": "»Følger faste regler«: ja giver 5, nej giver 2 (eller kolonnen rules_score)",
    "digital": "»Input«: papir 1, e-mail 4, formular 5, strukturerede data 5 (eller digital_score)",
    "structure": "»Input«: papir 1, e-mail 2, formular 4, strukturerede data 5 (eller structure_score)",
    "stability": "din egen vurdering pr. trin (eller kolonnen stability_score); ellers antaget 3, og så kan den "
    "ikke blive største stopklods",
    "documentation": "din egen vurdering pr. trin (eller kolonnen documentation_score); ellers antaget 3 "
    "(kortlagt = et proceskort), og så kan den ikke blive største stopklods",
    "volume": "»Antal gange pr. år«: under 100 = 1, under 500 = 2, under 2.000 = 3, under 10.000 = 4, ellers 5",
    "exceptions": "kolonnen exception_share; ellers »Andel fejl/omarbejde«: højst 5 % = 5, 10 % = 4, 20 % = 3, "
    "35 % = 2, ellers 1",
}


def _label(column: str) -> str:
    return COLUMN_LABELS.get(column) or EXTRA_COLUMN_LABELS.get(column) or column


def _row_name(row_number: int, step) -> str:
    name = "" if step is None or (isinstance(step, float) and math.isnan(step)) else str(step)
    return f"Række {row_number} (»{name}«)" if name else f"Række {row_number}"


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def _parse(value) -> float:
    """A number typed the Danish way ("2,5"), or NaN so the caller can say which criterion is wrong."""
    try:
        return formats.parse_number(value)
    except ValueError:
        return math.nan


def _score_1_to_5(value, where: str, criterion: str, column: str) -> int:
    if _missing(value):
        raise ValueError(f"{where}: kriteriet »{criterion}« mangler en værdi i kolonnen »{_label(column)}«.")
    number = _parse(value)
    if math.isnan(number) or number != int(number) or not 1 <= number <= 5:
        raise ValueError(
            f"{where}: kriteriet »{criterion}« skal være et helt tal fra 1 til 5 i kolonnen "
            f"»{_label(column)}«, men er {value!r}."
        )
    return int(number)


def _accepted(column: str, value) -> tuple[bool, object]:
    """Whether the shared step table's one validator (``workflow.schema.check_cell``) accepts the cell, and its
    clean value: notebook 03 and notebook 05 accept and reject exactly the same cells."""
    try:
        return True, check_cell(column, value)
    except StepError as error:
        return False, error.reason


def _number(value, where: str, criterion: str, column: str, *, share: bool = False) -> float:
    if _missing(value) and column not in STEP_COLUMNS:
        raise ValueError(f"{where}: kriteriet »{criterion}« mangler en værdi i kolonnen »{_label(column)}«.")
    if column in STEP_COLUMNS:
        ok, clean = _accepted(column, value)
        if ok:
            return float(clean)
        if _missing(value) or (isinstance(value, str) and not value.strip()):
            raise ValueError(f"{where}: kriteriet »{criterion}« mangler en værdi i kolonnen »{_label(column)}«.")
    number = _parse(value)
    if share and (math.isnan(number) or not 0 <= number <= 1):
        raise ValueError(
            f"{where}: kriteriet »{criterion}« skal være en andel mellem 0 og 1 (fx 0,1 for 10 %) i kolonnen "
            f"»{_label(column)}«, men er {value!r}."
        )
    if math.isnan(number) or number < 0 or math.isinf(number):
        raise ValueError(
            f"{where}: kriteriet »{criterion}« skal være et tal på 0 eller mere i kolonnen »{_label(column)}«, "
            f"men er {value!r}."
        )
    if column in STEP_COLUMNS:  # a number the shared validator refuses for another reason (0 minutes, too large)
        raise ValueError(f"{where}: kriteriet »{criterion}« i kolonnen »{_label(column)}«: {clean}")
    return number


def _input_type(value, where: str) -> str:
    ok, clean = _accepted("input_type", value)
    if ok:
        return clean
    allowed = ", ".join(f"{label} ({code})" for code, label in INPUT_TYPE_LABELS.items())
    text = str(value).strip()
    raise ValueError(
        f"{where}: »{text}« er ikke en kendt input-type i kolonnen »{_label('input_type')}«. Brug en af: {allowed}."
    )


def _rule_based(value, where: str) -> bool:
    if hasattr(value, "dtype") and str(getattr(value, "dtype", "")) == "bool":
        value = bool(value)
    ok, clean = _accepted("rule_based", value)
    if ok:
        return clean
    raise ValueError(
        f"{where}: kolonnen »{_label('rule_based')}« skal være ja eller nej (True/False), men er {value!r}."
    )


def volume_score(per_year: float) -> int:
    """Volume score 1-5 from times per year: under 100 -> 1, under 500 -> 2, under 2.000 -> 3, under 10.000 -> 4.

    >>> [volume_score(n) for n in (50, 100, 1999, 10_000)]
    [1, 2, 3, 5]
    """
    for limit, score in VOLUME_BANDS:
        if per_year < limit:
            return score
    return 5


def exception_score(share: float) -> int:
    """Score 1-5 from the share of exceptions: at most 5 % -> 5, 10 % -> 4, 20 % -> 3, 35 % -> 2, more -> 1.

    >>> [exception_score(s) for s in (0.0, 0.08, 0.2, 0.5)]
    [5, 4, 3, 1]
    """
    for limit, score in EXCEPTION_BANDS:
        if share <= limit:
            return score
    return 1


def check_weights(weights: dict[str, float] | None) -> dict[str, float]:
    """Complete and validate weights: keys are criterion codes or Danish labels, values numbers of 0 or more.

    >>> check_weights({"Volumen": 2})["volume"]
    2.0
    """
    result = dict(DEFAULT_WEIGHTS)
    by_label = {c.label.lower(): key for key, c in CRITERIA.items()}
    for name, value in (weights or {}).items():
        key = name if name in CRITERIA else by_label.get(str(name).lower())
        if key is None:
            allowed = ", ".join(CRITERION_LABELS.values())
            raise ValueError(f"Ukendt kriterium i vægtene: »{name}«. Brug en af: {allowed}.")
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value < 0:
            raise ValueError(f"Vægten for »{CRITERIA[key].label}« skal være et tal på 0 eller mere, men er {value!r}.")
        result[key] = float(value)
    if sum(result.values()) <= 0:
        raise ValueError("Mindst ét kriterium skal have en vægt over 0.")
    return result


def _check_columns(steps: pd.DataFrame, source: str) -> None:
    if not isinstance(steps, pd.DataFrame):
        raise ValueError(f"{source} skal være en tabel (DataFrame) med én række pr. trin.")
    needs = [
        ("step", None, "Trin"),
        ("rule_based", "rules_score", CRITERIA["rules"].label),
        ("input_type", "digital_score", CRITERIA["digital"].label),
        ("input_type", "structure_score", CRITERIA["structure"].label),
        ("per_year", None, CRITERIA["volume"].label),
        ("minutes", None, "Potentiale (timer pr. år)"),
        ("error_rate", "exception_share", CRITERIA["exceptions"].label),
    ]
    for column, alternative, criterion in needs:
        if column in steps.columns or (alternative and alternative in steps.columns):
            continue
        either = f"»{_label(column)}« ({column})"
        if alternative:
            either += f" eller »{_label(alternative)}« ({alternative})"
        raise ValueError(f"{source} mangler kolonnen {either}, som kriteriet »{criterion}« bygger på.")


def _given(row: pd.Series, columns, column: str | None) -> bool:
    return column is not None and column in columns and not _missing(row[column])


def _rules(row: pd.Series, where: str, columns) -> tuple[int, str]:
    if _given(row, columns, "rules_score"):
        return _score_1_to_5(row["rules_score"], where, CRITERION_LABELS["rules"], "rules_score"), (
            "sat direkte i kolonnen rules_score"
        )
    if _rule_based(row.get("rule_based"), where):
        return RULE_BASED_SCORES[True], "trinnet følger faste regler (ja)"
    return RULE_BASED_SCORES[False], "trinnet følger ikke faste regler (nej) – det kræver et skøn"


def _input(row: pd.Series, where: str, columns) -> tuple[dict[str, int], dict[str, str], str | None]:
    """The digital and structure scores (from the input type unless both are set directly)."""
    scores, why = {}, {}
    input_type = None
    if not (_given(row, columns, "digital_score") and _given(row, columns, "structure_score")):
        input_type = _input_type(row.get("input_type"), where)
    for key, position in (("digital", 0), ("structure", 1)):
        column = CRITERIA[key].override
        if _given(row, columns, column):
            scores[key] = _score_1_to_5(row[column], where, CRITERION_LABELS[key], column)
            why[key] = f"sat direkte i kolonnen {column}"
        else:
            scores[key] = INPUT_SCORES[input_type][position]
            why[key] = f"input er »{INPUT_TYPE_LABELS[input_type]}«"
    return scores, why, input_type


ASSUMED_TEXT = {
    "stability": "ikke vurderet – antaget middel (3); vurdér det selv, hvis du ved mere",
    "documentation": "ikke vurderet – antaget et proceskort (3), fordi trinnet er kortlagt",
}
ASSUMED_DEFAULTS = {"stability": DEFAULT_STABILITY, "documentation": DEFAULT_DOCUMENTATION}


def _assessed(row: pd.Series, where: str, columns) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """Stability and documentation: no step column describes them, so the learner assesses them or they are
    assumed (3). Assumed criteria are listed, so they never become the step's biggest blocker unnoticed."""
    scores, why, assumed = {}, {}, []
    for key, default in ASSUMED_DEFAULTS.items():
        column = CRITERIA[key].override
        if _given(row, columns, column):
            scores[key] = _score_1_to_5(row[column], where, CRITERION_LABELS[key], column)
            why[key] = "vurderet (af dig eller i trintabellen)"
        else:
            scores[key], why[key] = default, ASSUMED_TEXT[key]
            assumed.append(key)
    return scores, why, assumed


def _score_row(row: pd.Series, where: str, columns) -> tuple[dict[str, int], dict[str, str], dict]:
    """Scores, the reason for each, and the raw facts for one row."""
    label = CRITERION_LABELS
    scores: dict[str, int] = {}
    why: dict[str, str] = {}
    scores["rules"], why["rules"] = _rules(row, where, columns)
    input_scores, input_why, input_type = _input(row, where, columns)
    assessed_scores, assessed_why, assumed = _assessed(row, where, columns)
    scores.update(input_scores | assessed_scores)
    why.update(input_why | assessed_why)

    per_year = _number(row.get("per_year"), where, label["volume"], "per_year")
    scores["volume"] = volume_score(per_year)
    why["volume"] = f"{formats.number(per_year)} gange om året"

    if _given(row, columns, "exception_share"):
        share = _number(row["exception_share"], where, label["exceptions"], "exception_share", share=True)
        why["exceptions"] = f"{formats.percent(share)} undtagelser"
    else:
        share = _number(row.get("error_rate"), where, label["exceptions"], "error_rate", share=True)
        why["exceptions"] = f"ikke oplyst – skønnet ud fra andelen af fejl/omarbejde ({formats.percent(share)})"
    scores["exceptions"] = exception_score(share)

    minutes = _number(row.get("minutes"), where, "Potentiale (timer pr. år)", "minutes")
    scores = {key: scores[key] for key in CRITERIA}  # in the order of CRITERIA
    facts = {"per_year": per_year, "minutes": minutes, "exception_share": share, "input_type": input_type,
             "assumed": assumed}  # fmt: skip
    return scores, why, facts


def _weighted(scores: dict[str, int], weights: dict[str, float], keys) -> float:
    total_weight = sum(weights[k] for k in keys)
    if total_weight <= 0:
        return 0.0
    return 100 * sum(weights[k] * (scores[k] - 1) / 4 for k in keys) / total_weight


def suggest_technology(scores: dict[str, int], input_type: str | None) -> tuple[str, str]:
    """Which technology fits a step, and why (Danish). ``scores`` maps criterion code -> 1-5.

    >>> suggest_technology({"rules": 5, "digital": 5, "structure": 4, "stability": 3, "documentation": 3,
    ...                     "volume": 4, "exceptions": 4}, "form")[0]
    'rpa'
    """
    if scores["rules"] <= 2:
        if scores["structure"] <= 2:
            return (
                "ml_classification",
                "Trinnet kræver et skøn, og input er fritekst eller papir: maskinlæring (eller generativ AI) kan "
                "sortere og foreslå, men en medarbejder skal træffe afgørelsen.",
            )
        return (
            "none",
            "Trinnet kræver et fagligt skøn: automatisér ikke afgørelsen. Støt i stedet medarbejderen, fx med "
            "tjeklister, skabeloner eller data, der er hentet på forhånd.",
        )
    if scores["stability"] <= 2 and scores["structure"] >= 4:
        return (
            "rules_engine",
            "Reglerne ændrer sig snart, men data er strukturerede: læg reglerne i en regelmotor, hvor de kan rettes "
            "ét sted, når reglerne ændres. En robot, der taster efter gamle regler, laver fejl i hver sag.",
        )
    if scores["stability"] <= 2:
        return (
            "low_code",
            "Reglerne eller systemerne ændrer sig snart: vent med en robot, eller byg en lille low-code-løsning, "
            "som er let at rette, når reglerne ændrer sig.",
        )
    if scores["digital"] <= 1:
        return (
            "self_service",
            "Trinnet følger faste regler, men input kommer på papir: flyt ansøgningen til en digital "
            "selvbetjeningsformular, så data kommer struktureret ind. Indtil da kan OCR hjælpe, med kontrol.",
        )
    if scores["structure"] <= 2:
        return (
            "self_service",
            "Trinnet følger faste regler, men input er fritekst (fx e-mail): en selvbetjeningsformular med faste "
            "felter gør input struktureret. Dokumentforståelse/AI kan udtrække felter, men skal kontrolleres.",
        )
    if input_type == "structured" or scores["structure"] >= 5:
        return (
            "api",
            "Data ligger allerede struktureret i et system: en integration (API) mellem systemerne er mest "
            "robust. En softwarerobot (RPA) er en nødløsning, hvis systemet ikke har en API.",
        )
    reason = (
        "Trinnet følger faste regler med digitalt, struktureret input: en softwarerobot (RPA) kan læse "
        "formularen og taste i fagsystemerne, som en medarbejder ville gøre."
    )
    if scores["exceptions"] <= 2:
        reason += " Der er mange undtagelser, så robotten bør kun tage standardsagerne og sende resten videre."
    return "rpa", reason


def score_steps(
    steps: pd.DataFrame,
    weights: dict[str, float] | None = None,
    *,
    source: str = "Trintabellen",
    ease_threshold: float = 50.0,
    hours_threshold: float = 100.0,
) -> pd.DataFrame:
    """Score every step: one row per step with the criterion scores (1-5), ``total`` (0-100), ``ease`` (0-100,
    every criterion except volume), ``potential_hours`` (hours a year spent on the standard cases, the most that
    can be freed), the ``quadrant`` of the prioritisation matrix and a ``technology`` with its reason.

    Missing columns, missing values and values out of range raise a ValueError in Danish naming the row and the
    criterion. ``weights`` maps criterion (code or Danish label) -> weight; missing criteria weigh 1.
    """
    weights = check_weights(weights)
    _check_columns(steps, source)
    if steps.empty:
        raise ValueError(f"{source} har ingen trin. Tilføj mindst ét trin.")
    out = []
    columns = set(steps.columns)
    for number, (_, row) in enumerate(steps.iterrows(), start=1):
        where = _row_name(number, row.get("step"))
        ok, clean = _accepted("step", row.get("step"))
        if not ok:
            if _missing(row.get("step")) or not str(row.get("step")).strip():
                raise ValueError(f"{where}: kolonnen »{_label('step')}« mangler et navn på trinnet.")
            raise ValueError(f"{where}: kolonnen »{_label('step')}«: {clean}")
        scores, why, facts = _score_row(row, where, columns)
        total = _weighted(scores, weights, list(CRITERIA))
        ease = _weighted(scores, weights, [k for k, c in CRITERIA.items() if c.ease])
        potential = facts["minutes"] * facts["per_year"] / 60 * (1 - facts["exception_share"])
        technology, reason = suggest_technology(scores, facts["input_type"])
        record = {"step": clean}
        record.update({f"score_{k}": v for k, v in scores.items()})
        record.update(
            {
                "total": total,
                "ease": ease,
                "potential_hours": potential,
                "quadrant": QUADRANTS[(ease >= ease_threshold, potential >= hours_threshold)],
                "technology": technology,
                "technology_name": TECHNOLOGY_NAMES[technology],
                "technology_reason": reason,
                "blocker": blocking_criterion(scores, weights, assumed=facts["assumed"]),
                "assumed": tuple(facts["assumed"]),
            }
        )
        record.update({f"why_{k}": v for k, v in why.items()})
        out.append(record)
    scored = pd.DataFrame(out)
    scored.attrs["weights"] = weights
    return scored


def blocking_criterion(
    scores: dict[str, int], weights: dict[str, float] | None = None, assumed: tuple[str, ...] | list[str] = ()
) -> str:
    """The criterion that holds a step back most: the lowest score among criteria that weigh and were not merely
    ``assumed``; ties go to the heavier weight, then to the order in ``CRITERIA``. Returns the Danish label.

    >>> blocking_criterion({"rules": 5, "digital": 1, "structure": 1, "stability": 3, "documentation": 3,
    ...                     "volume": 4, "exceptions": 5})
    'Digitalt input'
    >>> blocking_criterion({"rules": 5, "digital": 5, "structure": 5, "stability": 3, "documentation": 3,
    ...                     "volume": 5, "exceptions": 5}, assumed=("stability", "documentation"))
    'Regelbaseret'
    """
    weights = check_weights(weights)
    order = list(CRITERIA)
    candidates = [k for k in order if weights[k] > 0 and k not in assumed] or [k for k in order if weights[k] > 0]
    key = min(candidates, key=lambda k: (scores[k], -weights[k], order.index(k)))
    return CRITERIA[key].label


def explain(scored: pd.DataFrame, row: int | str) -> str:
    """A Danish, criterion-by-criterion explanation of one scored step (by position or by step name).

    >>> steps = pd.DataFrame({"step": ["Tast ind"], "input_type": ["paper"], "rule_based": [True],
    ...                       "minutes": [6.0], "per_year": [800.0], "error_rate": [0.1]})
    >>> print(explain(score_steps(steps), 0).splitlines()[0])
    Trin »Tast ind«: samlet score 46 af 100
    """
    if isinstance(row, str):
        matches = scored.index[scored["step"] == row]
        if len(matches) == 0:
            raise ValueError(f"Der er intet trin, der hedder »{row}«.")
        position = int(matches[0])
    else:
        position = int(row)
    record = scored.iloc[position]
    weights = scored.attrs.get("weights", DEFAULT_WEIGHTS)
    lines = [
        f"Trin »{record['step']}«: samlet score {formats.number(record['total'])} af 100",
        f"Lethed {formats.number(record['ease'])} af 100; potentiale op til "
        f"{formats.hours(record['potential_hours'])} om året. Prioritering: {record['quadrant']}.",
    ]
    for key, criterion in CRITERIA.items():
        weight_text = formats.number(weights[key], 1 if weights[key] != int(weights[key]) else 0)
        lines.append(
            f"- {criterion.label}: {int(record[f'score_{key}'])} af 5 – {record[f'why_{key}']} "
            f"(1 = {criterion.low}, 5 = {criterion.high}; vægt {weight_text})"
        )
    lines.append(f"Største stopklods: {record['blocker']}.")
    assumed = [CRITERIA[k].label for k in record.get("assumed", ()) or ()]
    if assumed:
        lines.append(
            f"Ikke vurderet endnu: {' og '.join(assumed)} (tæller med som 3 og kan ikke blive største stopklods)."
        )
    lines.append(f"Forslag: {record['technology_name']}. {record['technology_reason']}")
    return "\n".join(lines)
