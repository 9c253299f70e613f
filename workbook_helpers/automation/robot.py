"""A software robot (RPA) working through a queue of municipal applications: a small, seeded simulator.

Everything here is an illustrative example ("Eksempel (illustrativt)"): the cases are made up by a seeded random
generator and the minutes per case are assumptions the learner can change. What the simulator shows is true in
general: a robot follows fixed rules, it needs structured digital input, anything outside its rules goes to a
person, and every rule that widens what it takes also widens what it can get wrong.

>>> queue = make_queue(n_cases=50, seed=1)
>>> result = run_robot(queue, RobotRules())
>>> result.n_robot + result.n_person == 50
True
>>> 0 <= result.automation_rate <= 1
True
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass, field, fields, replace

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.messages import EXAMPLE_LABEL, WorkbookError

ILLUSTRATIVE = EXAMPLE_LABEL

# Channel codes follow the shared workflow schema (workbook_helpers.workflow.schema.INPUT_TYPES).
CHANNEL_LABELS: dict[str, str] = {
    "form": "Selvbetjening (digital formular)",
    "paper": "Papir (indscannet brev)",
    "email": "E-mail (fritekst)",
}
DEFAULT_CHANNEL_MIX: dict[str, float] = {"form": 0.55, "paper": 0.25, "email": 0.20}

FIELD_LABELS: dict[str, str] = {
    "address": "adresse",
    "account": "kontonummer",
    "attachment": "bilag (dokumentation)",
}
# Fields a register can supply (address from the CPR register, account from NemKonto); an attachment cannot.
REGISTER_FIELDS: frozenset[str] = frozenset({"address", "account"})

# How often a field is missing depends on the channel: a form can make fields mandatory, a letter cannot.
MISSING_PROBABILITY: dict[str, float] = {"form": 0.04, "paper": 0.25, "email": 0.35}
EXCEPTION_PROBABILITY = 0.08
SPECIAL_CIRCUMSTANCES: tuple[str, ...] = (
    "ansøgeren beder om dispensation fra fristen",
    "der er en verserende klage i sagen",
    "ansøgeren er ved at flytte til en anden kommune",
    "ansøgningen gælder måske en anden ordning",
)

OUTCOME_LABELS = {"robot": "Robotten", "person": "Til en medarbejder"}

LOG_COLUMN_LABELS: dict[str, str] = {
    "case_id": "Sag",
    "channel": "Kanal",
    "amount": "Beløb",
    "outcome": "Hvem behandlede",
    "reason": "Begrundelse",
    "note": "Robottens noter",
    "error": "Fejl",
}


@dataclass(frozen=True)
class Case:
    """One application in the queue (made up, seeded).

    ``read_confidence`` is how sure OCR or an AI reader is when reading a letter or an e-mail (None for a form);
    ``misread`` is the hidden truth whether such a reading would be wrong; ``after_rule_change`` says the case
    arrived after the municipality changed its rules.
    """

    case_id: str
    channel: str
    amount: float
    missing: str | None = None
    special: str | None = None
    read_confidence: float | None = None
    misread: bool = False
    after_rule_change: bool = False


@dataclass(frozen=True)
class RobotRules:
    """The rules the learner switches and adjusts. Defaults: a cautious robot that only takes clean forms."""

    read_paper_with_ocr: bool = False
    ocr_threshold: float = 0.90
    read_email_with_ai: bool = False
    ai_threshold: float = 0.90
    fill_from_register: bool = False
    max_amount: float = 5000.0
    updated_for_new_rule: bool = True

    def __post_init__(self) -> None:
        for name in ("ocr_threshold", "ai_threshold"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise WorkbookError(
                    f"Reglen »{RULE_LABELS[name]}« skal være et tal mellem 0 og 1 (fx 0,9 for 90 %), men er {value!r}."
                )
        if not isinstance(self.max_amount, int | float) or math.isnan(self.max_amount) or self.max_amount < 0:
            raise WorkbookError(
                f"Reglen »{RULE_LABELS['max_amount']}« skal være et beløb på 0 kr. eller mere, "
                f"men er {self.max_amount!r}."
            )


RULE_LABELS: dict[str, str] = {
    "read_paper_with_ocr": "Læs indscannede breve med OCR",
    "ocr_threshold": "Mindste sikkerhed for OCR-læsning",
    "read_email_with_ai": "Læs e-mails med AI (sprogmodel)",
    "ai_threshold": "Mindste sikkerhed for AI-læsning",
    "fill_from_register": "Hent manglende adresse og kontonummer i registre",
    "max_amount": "Højeste beløb robotten må behandle",
    "updated_for_new_rule": "Robotten er opdateret til kommunens nye regel",
}


@dataclass(frozen=True)
class TimeAssumptions:
    """Minutes per case. Illustrative assumptions, not measurements: change them to fit your own workplace."""

    manual_minutes: dict[str, float] = field(default_factory=lambda: {"form": 8.0, "paper": 12.0, "email": 14.0})
    special_extra_minutes: float = 20.0
    handoff_minutes: float = 2.0
    robot_minutes: float = 1.0
    correction_minutes: float = 45.0


@dataclass(frozen=True)
class SimulationResult:
    """What the robot did: the log (one row per case) and the totals."""

    log: pd.DataFrame
    n_cases: int
    n_robot: int
    n_person: int
    errors: int
    robot_minutes: float
    person_minutes: float
    baseline_person_minutes: float

    @property
    def automation_rate(self) -> float:
        """Share of cases the robot finished on its own (0-1)."""
        return self.n_robot / self.n_cases if self.n_cases else 0.0

    @property
    def exception_queue(self) -> pd.DataFrame:
        """The cases sent to a person, with the reason."""
        return self.log[self.log["outcome"] == "person"].reset_index(drop=True)

    @property
    def reasons(self) -> pd.Series:
        """How many cases went to a person for each kind of reason, largest first."""
        return self.exception_queue["reason_kind"].value_counts()

    @property
    def person_minutes_saved(self) -> float:
        """Person minutes saved compared with handling every case by hand (negative if the robot costs time)."""
        return self.baseline_person_minutes - self.person_minutes


def make_queue(
    n_cases: int = 200,
    seed: int = 2026,
    channel_mix: dict[str, float] | None = None,
    rule_change_at: int | None = None,
) -> list[Case]:
    """A seeded, deterministic queue of ``n_cases`` made-up applications.

    ``channel_mix`` gives the shares of form, paper and email (default 55/25/20 %); ``rule_change_at`` is the
    number of the first case that arrives after the municipality changed its rules (None: no change).

    >>> [c.case_id for c in make_queue(3)]
    ['S-0001', 'S-0002', 'S-0003']
    >>> make_queue(20, seed=7) == make_queue(20, seed=7)
    True
    """
    if not isinstance(n_cases, int) or n_cases < 1:
        raise WorkbookError(f"Antal sager skal være et helt tal på mindst 1, men er {n_cases!r}.")
    mix = dict(DEFAULT_CHANNEL_MIX if channel_mix is None else channel_mix)
    unknown = set(mix) - set(CHANNEL_LABELS)
    if unknown:
        raise WorkbookError(f"Ukendt kanal: {', '.join(sorted(unknown))}. Brug {', '.join(CHANNEL_LABELS)}.")
    if any(share < 0 for share in mix.values()) or sum(mix.values()) <= 0:
        raise WorkbookError("Kanalernes andele skal være 0 eller mere, og mindst én skal være over 0.")
    channels = list(mix)
    weights = [mix[c] for c in channels]
    rng = random.Random(seed)
    queue = []
    for i in range(1, n_cases + 1):
        channel = rng.choices(channels, weights)[0]
        amount = min(40_000.0, max(100.0, round(rng.lognormvariate(math.log(2500), 0.8), -1)))
        missing = None
        if rng.random() < MISSING_PROBABILITY[channel]:
            missing = rng.choices(list(FIELD_LABELS), [0.3, 0.4, 0.3])[0]
        special = rng.choice(SPECIAL_CIRCUMSTANCES) if rng.random() < EXCEPTION_PROBABILITY else None
        confidence = None
        misread = False
        if channel != "form":
            # Most letters and e-mails read well; some (handwriting, photos, rambling text) read badly.
            confidence = round(0.5 + 0.5 * rng.betavariate(5, 1.2), 2)
            misread = rng.random() < 1 - confidence
        after_change = rule_change_at is not None and i >= rule_change_at
        queue.append(Case(f"S-{i:04d}", channel, amount, missing, special, confidence, misread, after_change))
    return queue


def _decide(case: Case, rules: RobotRules) -> tuple[str, str, str, list[str]]:
    """(outcome, reason_kind, reason, notes) for one case. The first rule that stops the robot wins."""
    notes: list[str] = []
    if case.channel == "paper":
        if not rules.read_paper_with_ocr:
            return "person", "papir", "Papirbrev: robotten kan ikke læse indscannede breve", notes
        if case.read_confidence < rules.ocr_threshold:
            return (
                "person",
                "lav læsesikkerhed",
                f"OCR-sikkerhed {formats.percent(case.read_confidence)} er under grænsen på "
                f"{formats.percent(rules.ocr_threshold)}",
                notes,
            )
        notes.append(f"læst med OCR ({formats.percent(case.read_confidence)} sikker)")
    if case.channel == "email":
        if not rules.read_email_with_ai:
            return "person", "e-mail", "E-mail i fritekst: robotten kan ikke læse fritekst", notes
        if case.read_confidence < rules.ai_threshold:
            return (
                "person",
                "lav læsesikkerhed",
                f"AI-læsningens sikkerhed {formats.percent(case.read_confidence)} er under grænsen på "
                f"{formats.percent(rules.ai_threshold)}",
                notes,
            )
        notes.append(f"læst med AI ({formats.percent(case.read_confidence)} sikker)")
    if case.special:
        return "person", "særlige forhold", f"Særlige forhold: {case.special} (kræver et fagligt skøn)", notes
    if case.missing:
        if rules.fill_from_register and case.missing in REGISTER_FIELDS:
            notes.append(f"{FIELD_LABELS[case.missing]} hentet i register")
        else:
            return "person", "manglende oplysning", f"Mangler {FIELD_LABELS[case.missing]}", notes
    if case.amount > rules.max_amount:
        return (
            "person",
            "beløb over grænsen",
            f"Beløbet {formats.kr(case.amount)} er over robottens grænse på {formats.kr(rules.max_amount)}",
            notes,
        )
    return "robot", "", "Behandlet automatisk efter reglerne", notes


LOG_COLUMNS: tuple[str, ...] = (
    "case_id", "channel", "amount", "outcome", "reason_kind", "reason", "note", "error", "robot_minutes",
    "person_minutes", "baseline_minutes",
)  # fmt: skip


def _log_row(case: Case, rules: RobotRules, times: TimeAssumptions) -> dict:
    """One row of the robot's log: what it decided, whether it was wrong, and the minutes it cost."""
    outcome, kind, reason, notes = _decide(case, rules)
    manual = times.manual_minutes[case.channel] + (times.special_extra_minutes if case.special else 0.0)
    error = outcome == "robot" and (case.misread or (case.after_rule_change and not rules.updated_for_new_rule))
    # A case sent on: the robot still opened it before it gave up, and the person then does the whole case.
    person_min = (times.correction_minutes if error else 0.0) if outcome == "robot" else manual + times.handoff_minutes
    values = (case.case_id, case.channel, case.amount, outcome, kind, reason, "; ".join(notes), error,
              times.robot_minutes, person_min, manual)  # fmt: skip
    return dict(zip(LOG_COLUMNS, values, strict=True))


def run_robot(
    queue: list[Case], rules: RobotRules | None = None, times: TimeAssumptions | None = None
) -> SimulationResult:
    """Let the robot work through ``queue`` with ``rules``: a log row per case and the totals.

    A case the robot finishes is wrong when the reading was wrong (``misread``) or when it arrived after a rule
    change the robot was not updated for. Each error costs a person ``correction_minutes`` later.

    >>> r = run_robot(make_queue(100, seed=3), RobotRules(read_paper_with_ocr=True, ocr_threshold=0.5))
    >>> r.errors >= 0 and r.n_cases == 100
    True
    """
    rules = rules or RobotRules()
    times = times or TimeAssumptions()
    log = pd.DataFrame([_log_row(case, rules, times) for case in queue], columns=list(LOG_COLUMNS))
    n_robot = int((log["outcome"] == "robot").sum())
    return SimulationResult(
        log=log,
        n_cases=len(log),
        n_robot=n_robot,
        n_person=len(log) - n_robot,
        errors=int(log["error"].sum()),
        robot_minutes=float(log["robot_minutes"].sum()),
        person_minutes=float(log["person_minutes"].sum()),
        baseline_person_minutes=float(log["baseline_minutes"].sum()),
    )


@dataclass(frozen=True)
class YearlyEffect:
    """The robot's effect over a year at a given volume, with the (illustrative) cost of building it."""

    cases_per_year: float
    hours_saved_per_year: float
    upkeep_hours_per_year: float
    net_hours_per_year: float
    build_hours: float

    @property
    def payback_years(self) -> float:
        """Years before the build hours are earned back (infinite if the robot never pays back)."""
        return self.build_hours / self.net_hours_per_year if self.net_hours_per_year > 0 else math.inf


def yearly_effect(
    result: SimulationResult, cases_per_year: float, build_hours: float = 150.0, upkeep_hours_per_year: float = 40.0
) -> YearlyEffect:
    """Scale the simulated saving per case to ``cases_per_year``: why volume matters.

    ``build_hours`` and ``upkeep_hours_per_year`` are illustrative assumptions (building, testing and maintaining
    the robot cost about the same whether it handles 100 or 10.000 cases a year).

    >>> r = run_robot(make_queue(100, seed=3), RobotRules())
    >>> small, big = yearly_effect(r, 200), yearly_effect(r, 20_000)
    >>> big.net_hours_per_year > small.net_hours_per_year
    True
    """
    for name, value in (
        ("Antal sager pr. år", cases_per_year),
        ("Timer til at bygge robotten", build_hours),
        ("Timer til drift pr. år", upkeep_hours_per_year),
    ):
        if not isinstance(value, int | float) or math.isnan(value) or value < 0:
            raise WorkbookError(f"»{name}« skal være et tal på 0 eller mere, men er {value!r}.")
    saved_per_case = result.person_minutes_saved / result.n_cases / 60 if result.n_cases else 0.0
    saved = saved_per_case * cases_per_year
    return YearlyEffect(
        cases_per_year=cases_per_year,
        hours_saved_per_year=saved,
        upkeep_hours_per_year=upkeep_hours_per_year,
        net_hours_per_year=saved - upkeep_hours_per_year,
        build_hours=build_hours,
    )


def rules_from_dict(values: dict) -> RobotRules:
    """Build rules from a plain dict (e.g. saved work); unknown keys are ignored, missing keys get defaults."""
    known = {f.name for f in fields(RobotRules)}
    return replace(RobotRules(), **{k: v for k, v in values.items() if k in known})


def rules_to_dict(rules: RobotRules) -> dict:
    """The rules as a plain dict (for ``workbook_helpers.storage.save_work``)."""
    return asdict(rules)
