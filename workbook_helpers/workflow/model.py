"""The arbejdsgangsanalyse model: validate a step table and measure it (pure: DataFrames in, DataFrames out).

A workflow is a table with one row per step (the columns are in ``workflow.schema``). The measures:

* hours per year per step: ``minutes x per_year / 60``, plus rework: ``error_rate`` of the occurrences are done
  once more, so rework hours are ``hours x error_rate``;
* processing time (behandlingstid: the minutes of one case through every step once) against lead time
  (gennemløbstid: processing time plus the waits before the steps);
* hand-offs (overdragelser: the actor changes between two consecutive steps), system switches (the system changes),
  double registrations (steps where data already registered are typed in again);
* Lean's eight wastes, suggested per step from those measures, and a register of irritationsmomenter.

>>> steps = pd.DataFrame({
...     "step": ["Modtag", "Registrér"], "actor": ["Sekretær", "Sagsbehandler"], "system": ["Mail", "ESDH"],
...     "minutes": [6, 10], "per_year": [100, 100], "wait_hours": [0, 24], "input_type": ["email", "form"],
...     "rule_based": [True, False], "error_rate": [0, 0.1]})
>>> round(total_hours(steps), 2)
28.33
>>> handoffs(steps), system_switches(steps)
(1, 1)
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.workflow.messages import message
from workbook_helpers.workflow.schema import (  # noqa: F401 - the step table's names, re-exported for the topic
    ALL_COLUMNS,
    BOOL_COLUMNS,
    DEFAULTS,
    INPUT_TYPE_LABELS,
    LABELS,
    NUMBER_COLUMNS,
    REQUIRED_COLUMNS,
    StepError,
    check_cell,
    check_number,
    clean_text,
    is_blank,
    plausibility_warnings,
    validate_steps,
)

# Lean's eight wastes (Ohno's seven plus unused talent), with Danish names and what they look like at a desk.
LEAN_WASTES: dict[str, tuple[str, str]] = {
    "overproduction": (
        "Overproduktion",
        "At lave mere, eller før, end modtageren har brug for: kopier, rapporter og udskrifter ingen læser.",
    ),
    "waiting": ("Ventetid", "Sagen ligger stille og venter på svar, underskrift, post eller næste person."),
    "transport": ("Transport", "Sagen flyttes mellem personer, afdelinger eller systemer (overdragelser)."),
    "overprocessing": (
        "Overbehandling",
        "Mere arbejde end nødvendigt: dobbeltregistrering, ekstra kontroller, unødige godkendelser.",
    ),
    "inventory": ("Lager", "Bunker af sager, mails eller papir, der venter på at blive behandlet."),
    "motion": (
        "Bevægelse",
        "Unødige skridt og klik: lede efter oplysninger, skifte mellem systemer, gå til printeren og scanneren.",
    ),
    "defects": ("Fejl og omarbejde", "Fejl der skal rettes, og mangelfulde ansøgninger der sendes tilbage."),
    "unused_talent": (
        "Uudnyttede kompetencer",
        "Medarbejdernes viden og ideer bruges ikke, fx når faglærte laver regelstyret rutinearbejde.",
    ),
}
WASTE_NAMES: dict[str, str] = {code: name for code, (name, _) in LEAN_WASTES.items()}

IRRITATION_COLUMNS: tuple[str, ...] = ("irritation", "step", "waste", "per_year", "minutes")
IRRITATION_LABELS: dict[str, str] = {
    "irritation": "Irritationsmoment",
    "step": "Trin",
    "waste": "Spildtype",
    "per_year": "Gange pr. år",
    "minutes": "Minutter pr. gang",
}


def step_metrics(steps: pd.DataFrame) -> pd.DataFrame:
    """Per step: hours per year without and with rework, share of the total, and whether a hand-off or a system
    switch comes before the step.

    >>> m = step_metrics(pd.DataFrame({"step": ["A", "B"], "actor": ["X", "Y"], "minutes": [30, 60],
    ...                                "per_year": [100, 10], "error_rate": [0.2, 0]}))
    >>> m[["step", "hours", "rework_hours", "total_hours"]].values.tolist()
    [['A', 50.0, 10.0, 60.0], ['B', 10.0, 0.0, 10.0]]
    """
    table = validate_steps(steps)
    out = table[["step", "actor", "system", "input_type", "rule_based", "double_entry"]].copy()
    out["hours"] = table["minutes"] * table["per_year"] / 60
    out["rework_hours"] = out["hours"] * table["error_rate"]
    out["total_hours"] = out["hours"] + out["rework_hours"]
    grand_total = out["total_hours"].sum()
    out["share"] = out["total_hours"] / grand_total if grand_total else 0.0
    out["handoff_before"] = _changes(table["actor"])
    out["system_switch_before"] = _changes(table["system"])
    out["wait_hours"] = table["wait_hours"]
    return out


def _changes(column: pd.Series) -> pd.Series:
    """True where a value differs from the one in the row before (case-insensitive); False for the first row."""
    key = column.str.lower().str.strip()
    changed = key.ne(key.shift())
    changed.iloc[0] = False
    return changed.astype(bool)


def hours_per_year(steps: pd.DataFrame) -> pd.Series:
    """Hours per year per step including rework, indexed by step name.

    >>> hours_per_year(pd.DataFrame({"step": ["A"], "actor": ["X"], "minutes": [6], "per_year": [50]})).tolist()
    [5.0]
    """
    metrics = step_metrics(steps)
    return metrics.set_index("step")["total_hours"]


def total_hours(steps: pd.DataFrame) -> float:
    """Hours per year for the whole workflow, rework included."""
    return float(step_metrics(steps)["total_hours"].sum())


def rework_hours(steps: pd.DataFrame) -> float:
    """Hours per year spent redoing steps (each error or incomplete case redoes its step once)."""
    return float(step_metrics(steps)["rework_hours"].sum())


def rework_cost(steps: pd.DataFrame, hourly_rate: float) -> float:
    """What the rework costs a year in kr. at ``hourly_rate`` kr. per hour (an assumption the learner sets).

    >>> rework_cost(pd.DataFrame({"step": ["A"], "actor": ["X"], "minutes": [60], "per_year": [10],
    ...                           "error_rate": [0.5]}), hourly_rate=400)
    2000.0
    """
    try:
        rate = formats.parse_number(hourly_rate)
    except (TypeError, ValueError):
        raise StepError(message("bad_hourly_rate", value=hourly_rate)) from None
    if not rate > 0 or math.isinf(rate):
        raise StepError(message("bad_hourly_rate", value=hourly_rate))
    return rework_hours(steps) * rate


def handoffs(steps: pd.DataFrame) -> int:
    """How many times the work passes from one actor to another between consecutive steps."""
    return int(step_metrics(steps)["handoff_before"].sum())


def system_switches(steps: pd.DataFrame) -> int:
    """How many times the system changes between consecutive steps (a blank system counts as "no system")."""
    return int(step_metrics(steps)["system_switch_before"].sum())


def double_registrations(steps: pd.DataFrame) -> pd.DataFrame:
    """The steps where data already registered elsewhere are typed in again, with their hours per year."""
    metrics = step_metrics(steps)
    return metrics.loc[metrics["double_entry"], ["step", "actor", "system", "total_hours"]].reset_index(drop=True)


@dataclass(frozen=True)
class LeadTime:
    """One case through every step once: processing time (minutes of work) against lead time (work plus waits)."""

    processing_hours: float
    wait_hours: float
    lead_hours: float
    flow_efficiency: float  # processing / lead, 0-1


def lead_time(steps: pd.DataFrame) -> LeadTime:
    """Processing time against lead time for one case that passes every step once.

    >>> lead_time(pd.DataFrame({"step": ["A", "B"], "actor": ["X", "Y"], "minutes": [30, 30],
    ...                         "per_year": [1, 1], "wait_hours": [0, 3]}))
    LeadTime(processing_hours=1.0, wait_hours=3.0, lead_hours=4.0, flow_efficiency=0.25)
    """
    table = validate_steps(steps)
    processing = float(table["minutes"].sum() / 60)
    waiting = float(table["wait_hours"].sum())
    lead = processing + waiting
    return LeadTime(processing, waiting, lead, processing / lead if lead else 0.0)


@dataclass(frozen=True)
class WorkflowSummary:
    """The key figures of one workflow (hours are per year)."""

    n_steps: int
    total_hours: float
    rework_hours: float
    handoffs: int
    system_switches: int
    double_registrations: int
    double_registration_hours: float
    processing_hours: float
    wait_hours: float
    lead_hours: float
    flow_efficiency: float


def summarise(steps: pd.DataFrame) -> WorkflowSummary:
    """All the key figures of a workflow in one object."""
    metrics = step_metrics(steps)
    timing = lead_time(steps)
    doubles = metrics[metrics["double_entry"]]
    return WorkflowSummary(
        n_steps=len(metrics),
        total_hours=float(metrics["total_hours"].sum()),
        rework_hours=float(metrics["rework_hours"].sum()),
        handoffs=int(metrics["handoff_before"].sum()),
        system_switches=int(metrics["system_switch_before"].sum()),
        double_registrations=len(doubles),
        double_registration_hours=float(doubles["total_hours"].sum()),
        processing_hours=timing.processing_hours,
        wait_hours=timing.wait_hours,
        lead_hours=timing.lead_hours,
        flow_efficiency=timing.flow_efficiency,
    )


def hours_freed(as_is: pd.DataFrame, to_be: pd.DataFrame) -> float:
    """Hours per year freed by going from the as-is workflow to the to-be workflow (negative if to-be costs more).

    >>> as_is = pd.DataFrame({"step": ["A", "B"], "actor": ["X", "X"], "minutes": [6, 12], "per_year": [100, 100]})
    >>> hours_freed(as_is, as_is.iloc[[0]])
    20.0
    """
    return total_hours(as_is) - total_hours(to_be)


def _step_position(table: pd.DataFrame, step: str) -> int:
    matches = table.index[table["step"].str.lower() == str(step).strip().lower()]
    if len(matches) == 0:
        raise StepError(message("unknown_step", step=step, choices=", ".join(table["step"])), column="step")
    return int(matches[0])


def change_step(
    steps: pd.DataFrame,
    step: str,
    *,
    minutes: float | None = None,
    per_year: float | None = None,
    error_rate: float | None = None,
    wait_hours: float | None = None,
) -> pd.DataFrame:
    """A to-be copy of ``steps`` where one step takes other minutes, volume, error rate or wait.

    >>> as_is = pd.DataFrame({"step": ["A"], "actor": ["X"], "minutes": [10], "per_year": [60]})
    >>> total_hours(change_step(as_is, "A", minutes=5))
    5.0
    """
    table = validate_steps(steps)
    position = _step_position(table, step)
    changes = {"minutes": minutes, "per_year": per_year, "error_rate": error_rate, "wait_hours": wait_hours}
    for column, value in changes.items():
        if value is not None:  # checked as a field (no row number the learner never saw), then set
            table.loc[position, column] = check_cell(column, value)
    return validate_steps(table)


def remove_step(steps: pd.DataFrame, step: str) -> pd.DataFrame:
    """A to-be copy of ``steps`` without one step (e.g. because it is automated or simply dropped)."""
    table = validate_steps(steps)
    position = _step_position(table, step)
    return table.drop(index=position).reset_index(drop=True)


def aligned_hours(as_is: pd.DataFrame, to_be: pd.DataFrame) -> pd.DataFrame:
    """Hours per year per step, as-is against to-be, on one list of steps: the as-is steps in their order (a
    removed step has 0 hours to-be), then steps that only the to-be workflow has (0 hours as-is).

    >>> a = pd.DataFrame({"step": ["A", "B"], "actor": ["X", "X"], "minutes": [6, 12], "per_year": [100, 100]})
    >>> aligned_hours(a, a.iloc[[1]]).values.tolist()
    [['A', 10.0, 0.0], ['B', 20.0, 20.0]]
    """
    before = hours_per_year(as_is)
    after_all = hours_per_year(to_be)
    after = pd.concat([after_all.reindex(before.index, fill_value=0.0), after_all.drop(before.index, errors="ignore")])
    before = before.reindex(after.index, fill_value=0.0)
    return pd.DataFrame({"step": after.index, "as_is": before.to_numpy(), "to_be": after.to_numpy()})


def describe_changes(as_is: pd.DataFrame, to_be: pd.DataFrame) -> list[str]:
    """What differs between the as-is and the to-be workflow, one Danish line per step changed.

    >>> a = pd.DataFrame({"step": ["A", "B"], "actor": ["X", "X"], "minutes": [6, 12], "per_year": [100, 100]})
    >>> describe_changes(a, change_step(a.iloc[[1]], "B", minutes=2))
    ['»A« er fjernet', '»B«: 12 → 2 minutter pr. gang']
    """
    before = validate_steps(as_is).set_index("step")
    after = validate_steps(to_be).set_index("step")
    lines = []
    for step in before.index:
        if step not in after.index:
            lines.append(f"»{step}« er fjernet")
            continue
        parts = [
            f"{formats.number(before.loc[step, c], 'auto')} → {formats.number(after.loc[step, c], 'auto')} {unit}"
            for c, unit in (("minutes", "minutter pr. gang"), ("per_year", "gange pr. år"))
            if before.loc[step, c] != after.loc[step, c]
        ]
        if parts:
            lines.append(f"»{step}«: " + ", ".join(parts))
    lines += [f"»{step}« er nyt" for step in after.index if step not in before.index]
    return lines


@dataclass(frozen=True)
class SwimlaneBox:
    """One step in a swimlane diagram: its lane (actor's position), row (step's position) and figures."""

    step: str
    actor: str
    lane: int
    row: int
    minutes: float
    input_type: str
    error_rate: float


@dataclass(frozen=True)
class SwimlaneArrow:
    """The arrow from one step to the next, with the wait before the next step."""

    from_lane: int
    from_row: int
    to_lane: int
    to_row: int
    wait_hours: float


@dataclass(frozen=True)
class SwimlaneLayout:
    actors: list[str]
    boxes: list[SwimlaneBox]
    arrows: list[SwimlaneArrow]
    input_types: list[str]  # the input types used, in schema order (for the legend)


def swimlane_layout(steps: pd.DataFrame) -> SwimlaneLayout:
    """Where each step of a swimlane diagram goes: one lane per actor (in order of first appearance), one row per
    step in table order, and an arrow between consecutive steps.

    >>> layout = swimlane_layout(pd.DataFrame({"step": ["A", "B"], "actor": ["X", "Y"], "minutes": [5, 5],
    ...                                        "per_year": [1, 1], "wait_hours": [0, 24]}))
    >>> layout.actors, [(b.lane, b.row) for b in layout.boxes], layout.arrows[0].wait_hours
    (['X', 'Y'], [(0, 0), (1, 1)], 24.0)
    """
    table = validate_steps(steps)
    actors = list(dict.fromkeys(table["actor"]))
    lane_of = {actor: i for i, actor in enumerate(actors)}
    boxes = [
        SwimlaneBox(r.step, r.actor, lane_of[r.actor], i, float(r.minutes), r.input_type, float(r.error_rate))
        for i, r in enumerate(table.itertuples())
    ]
    arrows = [
        SwimlaneArrow(a.lane, a.row, b.lane, b.row, float(table["wait_hours"].iloc[b.row]))
        for a, b in itertools.pairwise(boxes)
    ]
    used = set(table["input_type"])
    return SwimlaneLayout(actors, boxes, arrows, [code for code in INPUT_TYPE_LABELS if code in used])


def describe_swimlane(steps: pd.DataFrame) -> str:
    """What a swimlane diagram of ``steps`` shows, in Danish words (its text alternative).

    >>> describe_swimlane(pd.DataFrame({"step": ["Modtag", "Afgør"], "actor": ["Sekretær", "Leder"],
    ...                                 "minutes": [5, 10], "per_year": [100, 100], "wait_hours": [0, 48]}))[:66]
    'Svømmebanediagram med 2 trin i 2 baner (Sekretær, Leder). Trinene '
    """
    layout = swimlane_layout(steps)
    parts = []
    for box, wait in zip(layout.boxes, [0.0] + [a.wait_hours for a in layout.arrows], strict=True):
        extra = f", venter {formats.number(wait, 'auto')} timer før" if wait else ""
        rework = f", omarbejde {formats.percent(box.error_rate)}" if box.error_rate else ""
        parts.append(
            f"{box.row + 1}. {box.step} ({box.actor}, {formats.number(box.minutes, 'auto')} min., input: "
            f"{INPUT_TYPE_LABELS[box.input_type].lower()}{rework}{extra})"
        )
    handoffs = sum(a.from_lane != a.to_lane for a in layout.arrows)
    return (
        f"Svømmebanediagram med {formats.count(len(layout.boxes), 'trin', 'trin')} i "
        f"{formats.count(len(layout.actors), 'bane', 'baner')} ({', '.join(layout.actors)}). Trinene i rækkefølge: "
        f"{'; '.join(parts)}. Sagen skifter hænder {formats.count(handoffs, 'gang', 'gange')}."
    )


def suggest_wastes(steps: pd.DataFrame) -> pd.DataFrame:
    """Lean wastes the figures point to, one row per (step, waste) with the reason in Danish.

    A suggestion, not a verdict: the learner and the colleagues decide. Columns: step, waste (code),
    waste_name (Danish), reason.
    """
    table = validate_steps(steps)
    metrics = step_metrics(table)
    rows: list[tuple[str, str, str]] = []
    previous = None
    for position, step in table.iterrows():
        name = step["step"]
        if step["wait_hours"] > 0:
            rows.append((name, "waiting", f"Sagen venter {_num(step['wait_hours'])} timer før trinnet."))
        if metrics.loc[position, "handoff_before"]:
            rows.append((name, "transport", f"Overdragelse fra {previous['actor']} til {step['actor']}."))
        if metrics.loc[position, "system_switch_before"]:
            before = previous["system"] or "intet system"
            after = step["system"] or "intet system"
            rows.append((name, "motion", f"Skift fra {before} til {after}."))
        if step["input_type"] == "paper":
            rows.append((name, "motion", "Papir skal håndteres fysisk: printes, scannes, sendes eller arkiveres."))
        if step["double_entry"]:
            rows.append((name, "overprocessing", "Oplysninger, der allerede er registreret, tastes igen."))
        if step["error_rate"] > 0:
            rows.append((name, "defects", f"{_num(step['error_rate'] * 100)} % af gangene skal trinnet gøres om."))
        if step["rule_based"] and step["input_type"] in ("form", "structured"):
            rows.append(
                (name, "unused_talent", "Regelstyret arbejde på digitale data: et oplagt emne for automatisering.")
            )
        previous = step
    out = pd.DataFrame(rows, columns=["step", "waste", "reason"])
    out.insert(2, "waste_name", out["waste"].map(WASTE_NAMES))
    return out


def _num(x: float) -> str:
    # Local import: formats is the house formatter, kept out of module import for a fast, light model.
    from workbook_helpers.formats import number

    return number(x, 0 if float(x).is_integer() else 1)


def new_irritation_register() -> pd.DataFrame:
    """An empty register of irritationsmomenter (the small daily annoyances colleagues name)."""
    return pd.DataFrame(
        {
            "irritation": pd.Series(dtype=str),
            "step": pd.Series(dtype=str),
            "waste": pd.Series(dtype=str),
            "per_year": pd.Series(dtype=float),
            "minutes": pd.Series(dtype=float),
        }
    )


def add_irritation(
    register: pd.DataFrame,
    irritation: str,
    *,
    step: str = "",
    waste: str | None = None,
    per_year: float = 0,
    minutes: float = 0,
) -> pd.DataFrame:
    """A copy of ``register`` with one more irritationsmoment; ``waste`` is a code or Danish name of a Lean waste.

    The numbers follow the step table's rules (``schema.check_number``); a blank number counts as 0.

    >>> reg = add_irritation(new_irritation_register(), "Printeren er langt væk", waste="Bevægelse",
    ...                      per_year=400, minutes=3)
    >>> irritation_summary(reg)[["waste_name", "count", "hours"]].values.tolist()
    [['Bevægelse', 1, 20.0]]
    """
    row_number = len(register) + 1
    if is_blank(irritation):
        raise StepError(
            f"{message('where', row=row_number, label=IRRITATION_LABELS['irritation'])}: {message('empty_text')}",
            row_number,
            "irritation",
        )
    code = _waste_code(waste) if not is_blank(waste) else ""
    values = {}
    for column, value in (("per_year", per_year), ("minutes", minutes)):
        values[column] = 0.0 if is_blank(value) else check_number(column, value, zero_ok=True)
    row = pd.DataFrame(
        [{"irritation": clean_text(irritation), "step": clean_text(step or ""), "waste": code, **values}]
    )
    return pd.concat([register, row], ignore_index=True) if len(register) else row


def irritation_rows(register: pd.DataFrame) -> list[dict]:
    """The register as the case part ``irritations`` holds it: rows with the Lean waste's Danish name."""
    origins = register["from"] if "from" in register.columns else pd.Series("", index=register.index)
    rows = register[list(IRRITATION_COLUMNS)].to_dict("records")
    for row, origin in zip(rows, origins.fillna(""), strict=True):
        row["waste"] = WASTE_NAMES.get(row["waste"], "")
        row["per_year"], row["minutes"] = float(row["per_year"]), float(row["minutes"])
        if origin:
            row["from"] = origin  # which notebook wrote it (notebook 00 marks its first irritations "00")
    return rows


def register_from_rows(rows: object) -> tuple[pd.DataFrame, list[str]]:
    """A register from saved rows (any old shape: a list, or {"rows": [...]}; missing keys are blanks), and a
    Danish note per row that could not be read (the row is skipped, never the whole register)."""
    if isinstance(rows, dict):
        rows = rows.get("rows", [])
    register, problems = new_irritation_register(), []
    for number, row in enumerate(rows if isinstance(rows, list) else [], start=1):
        if isinstance(row, str):
            row = {"irritation": row}
        if not isinstance(row, dict):
            problems.append(f"række {number} er ikke et irritationsmoment")
            continue
        try:
            register = add_irritation(
                register, row.get("irritation", ""), step=row.get("step") or "", waste=row.get("waste") or None,
                per_year=row.get("per_year", 0), minutes=row.get("minutes", 0),
            )  # fmt: skip
        except StepError as error:
            problems.append(f"række {number}: {error.reason}")
            continue
        if row.get("from"):
            register.loc[len(register) - 1, "from"] = str(row["from"])
    return register, problems


def _waste_code(waste: str) -> str:
    text = clean_text(waste).lower()
    for code, name in WASTE_NAMES.items():
        if text in (code, name.lower()):
            return code
    reason = message("unknown_waste", value=clean_text(waste), choices=", ".join(WASTE_NAMES.values()))
    raise StepError(f"{message('where_field', label=IRRITATION_LABELS['waste'])}: {reason}", None, "waste", reason)


def irritation_summary(register: pd.DataFrame) -> pd.DataFrame:
    """The register grouped by Lean waste: how many irritationsmomenter and the hours per year they cost."""
    table = register.copy()
    table["hours"] = table["per_year"].astype(float) * table["minutes"].astype(float) / 60
    table["waste"] = table["waste"].fillna("").astype(str)
    grouped = (
        table.groupby("waste", sort=False)
        .agg(count=("irritation", "size"), hours=("hours", "sum"))
        .reset_index()
        .sort_values(["hours", "count"], ascending=False, kind="stable")
        .reset_index(drop=True)
    )
    grouped.insert(1, "waste_name", grouped["waste"].map(WASTE_NAMES).fillna("Ikke klassificeret"))
    grouped["count"] = grouped["count"].astype(int)
    return grouped


WASTE_TABLE_LABELS = {"step": "Trin", "waste_name": "Spildtype", "reason": "Hvorfor"}


def waste_table(steps: pd.DataFrame) -> pd.DataFrame:
    """``suggest_wastes`` with Danish headings, for showing to learners."""
    return suggest_wastes(steps)[list(WASTE_TABLE_LABELS)].rename(columns=WASTE_TABLE_LABELS)


def irritation_table(register: pd.DataFrame) -> pd.DataFrame:
    """``irritation_summary`` with Danish headings, for showing to learners."""
    summary = irritation_summary(register)[["waste_name", "count", "hours"]]
    return summary.rename(columns={"waste_name": "Spildtype", "count": "Antal", "hours": "Timer pr. år"})


def describe(steps: pd.DataFrame) -> str:
    """The key figures of a workflow as Danish sentences (one per line).

    >>> print(describe(pd.DataFrame({"step": ["A", "B"], "actor": ["X", "Y"], "minutes": [30, 30],
    ...                              "per_year": [100, 100], "wait_hours": [0, 3]})))
    Trin: 2
    Timer pr. år i alt: 100 timer (heraf omarbejde: 0 timer)
    Overdragelser mellem aktører: 1
    Skift mellem systemer: 0
    Dobbeltregistreringer: 0 trin (0 timer pr. år)
    Behandlingstid pr. sag: 60 minutter
    Gennemløbstid pr. sag (med ventetid): 4 timer
    Andel af gennemløbstiden, hvor der arbejdes på sagen: 25 %
    """
    from workbook_helpers.formats import hours, number, percent

    def h(x: float) -> str:
        return hours(x, 0 if abs(x - round(x)) < 0.05 else 1)

    s = summarise(steps)
    return "\n".join(
        [
            f"Trin: {s.n_steps}",
            f"Timer pr. år i alt: {h(s.total_hours)} (heraf omarbejde: {h(s.rework_hours)})",
            f"Overdragelser mellem aktører: {s.handoffs}",
            f"Skift mellem systemer: {s.system_switches}",
            f"Dobbeltregistreringer: {s.double_registrations} trin ({h(s.double_registration_hours)} pr. år)",
            f"Behandlingstid pr. sag: {number(s.processing_hours * 60)} minutter",
            f"Gennemløbstid pr. sag (med ventetid): {h(s.lead_hours)}",
            f"Andel af gennemløbstiden, hvor der arbejdes på sagen: {percent(s.flow_efficiency, 0)}",
        ]
    )
