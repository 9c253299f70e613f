"""Organisation, culture and colleagues: the pure model behind notebook 07 (no widgets, no charts, no files).

- Interessentanalyse: ``Stakeholder`` rows (role, influence 1-5, interest 1-5, attitude -2..2), the quadrant of the
  2×2 grid (``quadrant``) and the advice for it (``advice``), the usual municipal stakeholders
  (``default_stakeholders``) and a tolerant reader of the saved case part (``read_stakeholders``).
- How colleagues react: the change curve's four phases (``PHASES``, Jaffe & Scott as taught in Danish), colleague
  remarks to place (``REMARKS``), the ADKAR-style barometer (``ADKAR_STEPS``, ``barrier_point``) and Kotter's eight
  steps with Lewin's phase (``KOTTER_STEPS``, ``kotter_actions``).
- Gains for whom: ``gains_context`` reads the learner's ``as_is``, ``to_be`` and ``business_case`` parts tolerantly.
- The communication plan: ``plan_from_stakeholders`` and ``check_plan`` (dialogue with those managed closely; MED
  before the decision; the arbejdsmiljørepræsentant and the APV; the DPO when personal data are processed), and
  ``safe_cell`` for exports.
- The elevator pitch: ``pitch_text``, ``word_count``, ``speaking_seconds``, ``pitch_verdict``.

>>> quadrant(5, 5), quadrant(2, 4), quadrant(4, 1), quadrant(1, 1)
('manage_closely', 'keep_informed', 'keep_satisfied', 'monitor')
>>> barrier_point({"awareness": 4, "desire": 3, "knowledge": 2, "ability": 5, "reinforcement": 5})
'desire'
>>> safe_cell("=SUM(A1:A3)")
"'=SUM(A1:A3)"
>>> speaking_seconds("ord " * 130, words_per_minute=130)
60.0
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .. import formats

# --- interessentanalyse -------------------------------------------------------------------------------------

HIGH = 4  # 4 and 5 count as high influence/interest; 3 is the middle and counts as low
SCALE = (1, 5)
ATTITUDES: dict[int, str] = {-2: "Imod", -1: "Skeptisk", 0: "Neutral", 1: "Positiv", 2: "For"}


@dataclass(frozen=True)
class Quadrant:
    key: str
    name: str
    advice: str
    colour: str


QUADRANTS: dict[str, Quadrant] = {
    "manage_closely": Quadrant(
        "manage_closely",
        "Håndtér tæt",
        "Inddrag dem tidligt og løbende i dialog: møder, workshops, afprøvning. Spørg, lyt og brug deres råd.",
        "#F3C89B",
    ),
    "keep_satisfied": Quadrant(
        "keep_satisfied",
        "Hold tilfreds",
        "Giv dem det, de skal bruge for at beslutte, kort og i god tid. Spørg, hvad de har brug for at vide.",
        "#B9D7EC",
    ),
    "keep_informed": Quadrant(
        "keep_informed",
        "Hold informeret",
        "Fortæl jævnligt, hvad der sker, og hvad det betyder for dem. Giv dem en vej til at stille spørgsmål.",
        "#BFE3D4",
    ),
    "monitor": Quadrant(
        "monitor",
        "Overvåg",
        "Hold øje med dem med lav indsats; informér, når det er relevant, og se, om deres interesse vokser.",
        "#E4E4E4",
    ),
}


def quadrant(influence: float, interest: float) -> str:
    """The quadrant key for a stakeholder: high means 4 or 5 on the 1-5 scale."""
    high_power, high_interest = influence >= HIGH, interest >= HIGH
    if high_power and high_interest:
        return "manage_closely"
    if high_power:
        return "keep_satisfied"
    if high_interest:
        return "keep_informed"
    return "monitor"


def advice(influence: float, interest: float, attitude: int = 0) -> str:
    """What to do with a stakeholder, in Danish: the quadrant's advice plus a word on the attitude."""
    text = QUADRANTS[quadrant(influence, interest)].advice
    if attitude <= -1:
        text += " De er skeptiske eller imod: tal med dem før alle andre, og find ud af, hvad de er bekymrede for."
    elif attitude >= 2:
        text += " De er for: bed dem fortælle kollegerne, hvorfor."
    return text


def attitude_label(attitude: int) -> str:
    return ATTITUDES.get(int(attitude), "Neutral")


@dataclass
class Stakeholder:
    """One row of the interessentanalyse. ``personal_data`` marks the DPO (asked when personal data are processed);
    ``kind`` names the special roles the checks look for ("med", "amr", "dpo", "leader" or "")."""

    role: str
    influence: int = 3
    interest: int = 3
    attitude: int = 0
    note: str = ""
    kind: str = ""

    @property
    def quadrant(self) -> str:
        return quadrant(self.influence, self.interest)

    @property
    def quadrant_name(self) -> str:
        return QUADRANTS[self.quadrant].name

    @property
    def advice(self) -> str:
        return advice(self.influence, self.interest, self.attitude)

    def to_row(self) -> dict[str, Any]:
        return {**asdict(self), "quadrant": self.quadrant_name}


def default_stakeholders() -> list[Stakeholder]:
    """The usual stakeholders of a municipal digitalisation proposal, ready to edit (an illustrative starting point)."""
    return [
        Stakeholder("Nærmeste leder", 5, 4, 1, "Beslutter, om forslaget går videre, og skal afsætte tid.", "leader"),
        Stakeholder("Kolleger i teamet", 2, 5, -1, "Deres arbejdsgang ændrer sig mest.", "colleagues"),
        Stakeholder("Tillidsrepræsentant (TR)", 3, 4, 0, "Taler kollegernes sag og sidder ofte i MED.", "tr"),
        Stakeholder("Arbejdsmiljørepræsentant", 3, 4, 0, "Skal deltage i APV'en, når arbejdet ændres.", "amr"),
        Stakeholder("MED-udvalg", 4, 4, 0, "Ændringen skal drøftes her, før den besluttes.", "med"),
        Stakeholder("Digitaliseringsafdelingen", 4, 3, 1, "Vurderer, prioriterer og bygger løsningen.", "digital"),
        Stakeholder("DPO og jurist", 4, 2, 0, "Spørges, når der behandles personoplysninger.", "dpo"),
        Stakeholder("Fagsystemets leverandør", 3, 2, 0, "Kan gøre løsningen let eller svær.", "vendor"),
        Stakeholder("Borgerne", 2, 3, 0, "Mærker resultatet: svartid og kvalitet.", "citizens"),
    ]


def _int_in(value: Any, low: int, high: int, default: int) -> int:
    try:
        number = formats.parse_number(value) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return default
    if math.isnan(number):
        return default
    return int(min(high, max(low, round(number))))


def read_stakeholders(value: Any) -> tuple[list[Stakeholder], list[str]]:
    """Stakeholders from the saved case part (``{"rows": [...]}`` or a bare list), and Danish notes on what was
    missing or out of range. Never raises; an unreadable part gives no rows and a note."""
    notes: list[str] = []
    rows = value.get("rows") if isinstance(value, dict) else value
    if rows is None:
        return [], []
    if not isinstance(rows, list):
        return [], ["Den gemte interessentanalyse kunne ikke læses (forventede en liste af rækker)."]
    found: list[Stakeholder] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            notes.append(f"Række {number} i interessentanalysen er ikke en række og er sprunget over.")
            continue
        role = str(row.get("role") or "").strip()
        if not role:
            notes.append(f"Række {number} i interessentanalysen mangler feltet »rolle« og er sprunget over.")
            continue
        for key, low, high in (("influence", 1, 5), ("interest", 1, 5), ("attitude", -2, 2)):
            raw = row.get(key)
            if raw is None or _int_in(raw, low, high, -99) == -99:
                notes.append(f"Række {number} ({role}): feltet »{key}« manglede eller var ikke et tal; sat til midten.")
        found.append(
            Stakeholder(
                role,
                _int_in(row.get("influence"), 1, 5, 3),
                _int_in(row.get("interest"), 1, 5, 3),
                _int_in(row.get("attitude"), -2, 2, 0),
                str(row.get("note") or ""),
                str(row.get("kind") or _guess_kind(role)),
            )
        )
    return found, notes


_KIND_WORDS = (
    ("med", ("med-udvalg", "med udvalg", "medudvalg", "samarbejdsudvalg", "med")),
    ("amr", ("arbejdsmiljørepræsentant", "arbejdsmiljø", "amr", "amir")),
    ("dpo", ("dpo", "databeskyttelse", "jurist")),
    ("tr", ("tillidsrepræsentant", "tr")),
    ("leader", ("leder", "chef")),
)


def _guess_kind(role: str) -> str:
    words = set(re.findall(r"[a-zæøå-]+", role.casefold()))
    text = role.casefold()
    for kind, names in _KIND_WORDS:
        if any((name in words) if len(name) <= 4 else (name in text) for name in names):
            return kind
    return ""


def stakeholders_value(stakeholders: list[Stakeholder]) -> dict[str, Any]:
    """The case part ``stakeholders`` (see the brief's contract)."""
    return {"rows": [s.to_row() for s in stakeholders]}


# --- how colleagues react: the change curve ----------------------------------------------------------------


@dataclass(frozen=True)
class Phase:
    key: str
    name: str
    sounds_like: str
    response: str


PHASES: tuple[Phase, ...] = (
    Phase(
        "benaegtelse",
        "Benægtelse",
        "Man tror ikke, at forandringen kommer, eller at den gælder én selv. Der er stille, og alt kører som før.",
        "Gentag budskabet roligt og konkret: hvad ændres, hvornår, og hvorfor. Vis tallene fra jeres egen arbejdsgang.",
    ),
    Phase(
        "modstand",
        "Modstand",
        "Bekymring, vrede eller tvivl bliver sagt højt: »Det har vi prøvet før«, »Hvad med mit job?«.",
        "Lyt, og tag bekymringerne alvorligt. Giv plads til spørgsmål, og svar ærligt, også når svaret er »det ved "
        "vi ikke endnu«. Inddrag TR og arbejdsmiljørepræsentanten.",
    ),
    Phase(
        "udforskning",
        "Udforskning",
        "Man begynder at prøve det nye og stille praktiske spørgsmål. Der kan være forvirring og mange idéer.",
        "Giv tid til at afprøve, oplæring og en at spørge. Saml idéerne op, og vis de første små resultater.",
    ),
    Phase(
        "engagement",
        "Engagement",
        "Det nye er blevet den måde, man arbejder på. Man hjælper andre og foreslår forbedringer.",
        "Anerkend indsatsen, fortæl om gevinsterne, og brug kollegerne som ambassadører i næste projekt.",
    ),
)
PHASE_NAMES: dict[str, str] = {p.key: p.name for p in PHASES}


def phase_key(answer: Any) -> str | None:
    """The phase key for what a learner wrote ("Modstand", "modstand ", "benægtelse" ...), or None."""
    text = str(answer).strip().casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    for phase in PHASES:
        if text in (phase.key, phase.name.casefold().replace("æ", "ae")):
            return phase.key
    return None


# Colleague remarks to place on the curve (illustrative: written for the workbook, not quotes of real people).
REMARKS: tuple[tuple[str, str], ...] = (
    ("Det har vi prøvet før, og det virkede ikke.", "modstand"),
    ("Jeg har prøvet den nye skabelon på tre sager. Hvad gør vi med undtagelserne?", "udforskning"),
    ("Det bliver nok aldrig til noget. Vi venter bare, til det går over.", "benaegtelse"),
    ("Skal vi ikke også gøre det samme med rykkerbrevene?", "engagement"),
    ("Hvad skal jeg så lave, når robotten tager mine opgaver?", "modstand"),
    ("Det gælder vel ikke vores afdeling, vi er så specielle.", "benaegtelse"),
    ("Jeg viste lige den nye kollega, hvordan vi gør nu.", "engagement"),
    ("Kan robotten også tage de sager, hvor borgeren har glemt bilaget?", "udforskning"),
)


# --- ADKAR-style barometer ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdkarStep:
    key: str
    letter: str
    name: str
    question: str
    intervention: str


ADKAR_STEPS: tuple[AdkarStep, ...] = (
    AdkarStep(
        "awareness",
        "A",
        "Forstår hvorfor",
        "Ved gruppen, hvorfor arbejdsgangen skal ændres, og hvad der sker, hvis den ikke gør?",
        "Fortæl hvorfor: vis tidsforbruget, ventetiden og fejlene fra jeres egen arbejdsgang, og sig, hvad der "
        "sker, hvis intet ændres.",
    ),
    AdkarStep(
        "desire",
        "D",
        "Vil være med",
        "Har gruppen lyst til at være med, eller er bekymringerne størst?",
        "Tal om, hvad der er i det for dem, og lyt til bekymringerne. Inddrag TR og arbejdsmiljørepræsentanten, og "
        "lad kollegerne være med til at beslutte, hvor løsningen gør mest gavn.",
    ),
    AdkarStep(
        "knowledge",
        "K",
        "Ved hvordan",
        "Ved gruppen, hvordan den nye arbejdsgang skal gøres i praksis?",
        "Giv oplæring, en kort vejledning og eksempler på rigtige sager. Lav en side med de mest stillede spørgsmål.",
    ),
    AdkarStep(
        "ability",
        "A",
        "Kan i hverdagen",
        "Kan gruppen gøre det i hverdagen, med den tid og de systemer, de har?",
        "Giv tid til at øve, en superbruger at spørge og hjælp ved de første rigtige sager. Fjern de forhindringer, "
        "der gør det svært.",
    ),
    AdkarStep(
        "reinforcement",
        "R",
        "Bliver ved",
        "Bliver det nye ved, eller glider man tilbage til den gamle måde?",
        "Følg op på gevinsterne, fortæl om dem, og anerkend dem, der bruger det nye. Fjern den gamle vej, når det nye "
        "virker.",
    ),
)
ADKAR_KEYS = tuple(step.key for step in ADKAR_STEPS)
BARRIER_AT = 3  # a step scored 3 or lower is weak; the first weak step is the barrier point


def barrier_point(scores: dict[str, Any]) -> str | None:
    """The first ADKAR step scored 3 or lower (the barrier point), or None when every step is 4 or 5."""
    for key in ADKAR_KEYS:
        if _int_in(scores.get(key), 1, 5, 3) <= BARRIER_AT:
            return key
    return None


def adkar_step(key: str) -> AdkarStep:
    return next(step for step in ADKAR_STEPS if step.key == key)


# --- Kotter and Lewin ------------------------------------------------------------------------------------------

LEWIN_PHASES: dict[str, str] = {"unfreeze": "Optøning", "change": "Forandring", "refreeze": "Genfrysning"}


@dataclass(frozen=True)
class KotterStep:
    number: int
    name: str
    lewin: str

    @property
    def lewin_name(self) -> str:
        return LEWIN_PHASES[self.lewin]


KOTTER_STEPS: tuple[KotterStep, ...] = (
    KotterStep(1, "Skab en følelse af, at det haster", "unfreeze"),
    KotterStep(2, "Dan en styrende koalition", "unfreeze"),
    KotterStep(3, "Udvikl en vision og en strategi", "unfreeze"),
    KotterStep(4, "Kommunikér visionen", "unfreeze"),
    KotterStep(5, "Fjern forhindringer, så mange kan handle", "change"),
    KotterStep(6, "Skab hurtige, synlige resultater", "change"),
    KotterStep(7, "Byg videre på resultaterne", "change"),
    KotterStep(8, "Forankr det nye i kulturen", "refreeze"),
)


def kotter_step(number: int) -> KotterStep:
    return KOTTER_STEPS[int(number) - 1]


def kotter_actions(context: GainsContext | None = None) -> list[tuple[str, int]]:
    """Concrete actions for the sorting exercise, worded from the learner's own case where it exists, each with the
    Kotter step it belongs to (one action per step)."""
    ctx = context or GainsContext()
    hours = f" ({formats.hours(ctx.hours_freed)} om året)" if ctx.hours_freed else ""
    title = f" »{ctx.title}«" if ctx.title else ""
    actions = [
        (f"Vis tidsforbruget fra jeres arbejdsgangsanalyse{hours} på et teammøde.", 1),
        ("Få lederen, en TR og en erfaren kollega med i en lille gruppe, der driver forslaget.", 2),
        (f"Skriv i to sætninger, hvordan arbejdsgangen{title} ser ud, når den er ændret.", 3),
        ("Fortæl om forslaget på afdelingsmødet og i MED, og svar på spørgsmålene.", 4),
        ("Sørg for adgang til systemet og tid i kalenderen til at lære det nye.", 5),
        ("Fortæl efter den første måned, hvor mange sager der gik hurtigere.", 6),
        ("Brug erfaringerne til at tage den næste arbejdsgang med samme problem.", 7),
        ("Skriv den nye arbejdsgang ind i introduktionen af nye kolleger.", 8),
    ]
    return [actions[i] for i in _KOTTER_ORDER]


_KOTTER_ORDER = (5, 0, 3, 7, 1, 6, 2, 4)  # shown mixed, so the order gives nothing away


# --- gains for whom ---------------------------------------------------------------------------------------------


@dataclass
class GainsContext:
    """What the learner's own case says about the gains (or an illustrative example when ``example`` is True)."""

    title: str = ""
    hours_freed: float | None = None
    wait_hours_before: float | None = None
    wait_hours_after: float | None = None
    errors_before: float | None = None
    errors_after: float | None = None
    npv: float | None = None
    payback_years: float | None = None
    example: bool = False
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def lead_time_saved_days(self) -> float | None:
        if self.wait_hours_before is None or self.wait_hours_after is None:
            return None
        return (self.wait_hours_before - self.wait_hours_after) / 24

    def lines(self) -> list[tuple[str, str]]:
        """(group, Danish line) for citizens, colleagues and the municipality, from what is known."""
        out = []
        days = self.lead_time_saved_days
        if days is not None and days > 0:
            out.append(("Borgerne", f"Sagen venter ca. {formats.number(days, 'auto')} dage kortere i alt."))
        if self.errors_before is not None and self.errors_after is not None and self.errors_after < self.errors_before:
            out.append(
                (
                    "Borgerne",
                    "Færre fejl: andelen af sager med fejl eller omarbejde går fra "
                    f"{formats.percent(self.errors_before)} "
                    f"til {formats.percent(self.errors_after)} (gennemsnit over trinene).",
                )
            )
        if self.hours_freed:
            out.append(("Kollegerne", f"{formats.hours(self.hours_freed)} om året frigøres til andre opgaver."))
        if self.npv is not None:
            line = f"Nutidsværdi {formats.kr(self.npv)}"
            if self.payback_years is not None:
                line += f", tilbagebetalt efter ca. {formats.number(self.payback_years, 1)} år"
            out.append(("Kommunen", line + "."))
        return out


def _num(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = formats.parse_number(value) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _steps(part: Any) -> list[dict]:
    rows = part.get("rows") if isinstance(part, dict) else part
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def _sum(rows: list[dict], key: str) -> float | None:
    values = [_num(r.get(key)) for r in rows]
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def _mean(rows: list[dict], key: str) -> float | None:
    values = [_num(r.get(key)) for r in rows]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def _minutes_per_year(rows: list[dict]) -> float | None:
    total, found = 0.0, False
    for row in rows:
        minutes, per_year = _num(row.get("minutes")), _num(row.get("per_year"))
        if minutes is not None and per_year is not None:
            total += minutes * per_year
            found = True
    return total if found else None


def gains_context(as_is: Any = None, to_be: Any = None, business_case: Any = None, about: Any = None) -> GainsContext:
    """Read the learner's own parts tolerantly (missing keys or old shapes give a note, never an error)."""
    ctx = GainsContext()
    if isinstance(about, dict) and about.get("title"):
        ctx.title = str(about["title"])
    before, after = _steps(as_is), _steps(to_be)
    if isinstance(as_is, dict) and as_is.get("title") and not ctx.title:
        ctx.title = str(as_is["title"])
    if before:
        ctx.sources.append("arbejdsgangen i dag (notebook 03)")
        ctx.wait_hours_before = _sum(before, "wait_hours")
        ctx.errors_before = _mean(before, "error_rate")
    if after:
        ctx.sources.append("den fremtidige arbejdsgang (notebook 03)")
        ctx.wait_hours_after = _sum(after, "wait_hours")
        ctx.errors_after = _mean(after, "error_rate")
    if isinstance(to_be, dict) and _num(to_be.get("hours_freed_per_year")) is not None:
        ctx.hours_freed = _num(to_be.get("hours_freed_per_year"))
    elif before and after:
        b, a = _minutes_per_year(before), _minutes_per_year(after)
        if b is not None and a is not None:
            ctx.hours_freed = (b - a) / 60
    if isinstance(business_case, dict):
        ctx.sources.append("business casen (notebook 06)")
        ctx.npv = _num(business_case.get("npv"))
        ctx.payback_years = _num(business_case.get("payback_years"))
        if ctx.hours_freed is None:
            ctx.hours_freed = _num(business_case.get("hours_freed"))
        if ctx.npv is None:
            ctx.notes.append("Business casen har ingen nutidsværdi gemt endnu (notebook 06).")
    if not before:
        ctx.notes.append("Din arbejdsgang i dag er ikke gemt endnu (notebook 03).")
    if not after:
        ctx.notes.append("Din fremtidige arbejdsgang er ikke gemt endnu (notebook 03).")
    if business_case is None:
        ctx.notes.append("Din business case er ikke gemt endnu (notebook 06).")
    return ctx


def example_gains_context() -> GainsContext:
    """An illustrative example (a robot registers applications); never the learner's own."""
    return GainsContext(
        title="Ansøgning om enkeltydelse (eksempel)",
        hours_freed=800.0,
        wait_hours_before=120.0,
        wait_hours_after=24.0,
        errors_before=0.08,
        errors_after=0.03,
        npv=1_250_000.0,
        payback_years=1.4,
        example=True,
        sources=["Eksempel (illustrativt)"],
    )


def has_gains(ctx: GainsContext) -> bool:
    return bool(ctx.hours_freed or ctx.npv is not None or (ctx.lead_time_saved_days or 0) > 0)


# --- the communication and involvement plan ----------------------------------------------------------------

WHEN_CHOICES: tuple[str, ...] = (
    "Før beslutningen",
    "Når beslutningen er truffet",
    "Under implementeringen",
    "Efter idriftsættelsen",
)
BEFORE_DECISION = WHEN_CHOICES[0]
KINDS: dict[str, str] = {"dialog": "Dialog (tovejs)", "information": "Information (envejs)"}
PLAN_FIELDS: tuple[tuple[str, str], ...] = (
    ("occasion", "Anledning"),
    ("audience", "Målgruppe"),
    ("message", "Budskab"),
    ("channel", "Kanal"),
    ("when", "Hvornår"),
    ("responsible", "Ansvarlig"),
    ("kind", "Form"),
)


def _plan_row(occasion, audience, message, channel, when, responsible, kind) -> dict[str, str]:
    return {
        "occasion": occasion,
        "audience": audience,
        "message": message,
        "channel": channel,
        "when": when,
        "responsible": responsible,
        "kind": kind,
    }


def plan_from_stakeholders(stakeholders: list[Stakeholder], title: str = "") -> list[dict[str, str]]:
    """A first communication plan: one row per stakeholder, shaped by its quadrant alone (dialogue before the
    decision for those with high influence, information for the rest). The rules (MED, APV, DPO) are not built in:
    the checks show the learner what the quadrant misses."""
    what = f"forslaget »{title}«" if title else "forslaget"
    rows = []
    for s in stakeholders:
        q = s.quadrant
        if q == "manage_closely":
            row = ("Workshop om forslaget", "Møde eller workshop", BEFORE_DECISION, "dialog")
        elif q == "keep_satisfied":
            row = ("Kort status før beslutning", "Kort notat og et møde", BEFORE_DECISION, "dialog")
        elif q == "keep_informed":
            row = ("Orientering om forslaget", "Teammøde og intranet", "Under implementeringen", "information")
        else:
            row = (
                "Orientering, når det er relevant",
                "Nyhedsbrev eller e-mail",
                "Efter idriftsættelsen",
                "information",
            )
        occasion, channel, when, kind = row
        rows.append(
            _plan_row(
                occasion,
                s.role,
                f"Hvad {what} betyder for {s.role.lower()}, og hvornår.",
                channel,
                when,
                "Forslagsstilleren",
                kind,
            )
        )
    return rows


def read_plan(value: Any) -> tuple[list[dict[str, str]], list[str]]:
    """Plan rows from the saved case part, with every field as text (missing fields empty) and Danish notes."""
    rows = value.get("rows") if isinstance(value, dict) else value
    if rows is None:
        return [], []
    if not isinstance(rows, list):
        return [], ["Den gemte kommunikationsplan kunne ikke læses (forventede en liste af rækker)."]
    out, notes = [], []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            notes.append(f"Række {number} i kommunikationsplanen er ikke en række og er sprunget over.")
            continue
        clean = {key: str(row.get(key) or "") for key, _ in PLAN_FIELDS}
        if clean["kind"] not in KINDS:
            clean["kind"] = "information"
        out.append(clean)
    return out, notes


@dataclass(frozen=True)
class Check:
    """One check of the plan: ``ok``, a short Danish ``title`` and an ``explanation`` that says why it matters."""

    key: str
    ok: bool
    title: str
    explanation: str


def is_before_decision(when: str) -> bool:
    """»Før beslutningen«, »før beslutning«, »Før MED-mødet og beslutningen« … all count as before the decision."""
    return str(when or "").strip().casefold().startswith("før")


def _mentions(row: dict[str, str], role: str) -> bool:
    audience = row.get("audience", "").casefold()
    role = role.casefold()
    return bool(audience) and (role in audience or audience in role)


def _rows_for(plan: list[dict[str, str]], kind_words: tuple[str, ...], role: str | None) -> list[dict[str, str]]:
    found = []
    for row in plan:
        audience = row.get("audience", "").casefold()
        if (role and _mentions(row, role)) or any(w in audience for w in kind_words):
            found.append(row)
    return found


def check_plan(plan: list[dict[str, str]], stakeholders: list[Stakeholder], personal_data: bool = True) -> list[Check]:
    """The four checks of the plan, each with an explanation (what the rule or the advice says, and no more)."""
    checks = []
    close = [s for s in stakeholders if s.quadrant == "manage_closely"]
    missing = [s.role for s in close if not any(_mentions(r, s.role) and r.get("kind") == "dialog" for r in plan)]
    checks.append(
        Check(
            "dialog",
            not missing,
            "Dialog med alle, der skal håndteres tæt" if not missing else f"Mangler dialog med: {', '.join(missing)}",
            "Dem i feltet »Håndtér tæt« har både indflydelse og stor interesse. Information alene er ikke nok: de "
            "skal have en dialog (møde, workshop), hvor de kan spørge og påvirke forslaget.",
        )
    )

    med = next((s for s in stakeholders if s.kind == "med"), None)
    med_rows = _rows_for(plan, ("med-udvalg", "med udvalg", "medudvalg", "med "), med.role if med else None)
    med_rows = med_rows or [r for r in plan if r.get("audience", "").strip().casefold() == "med"]
    med_ok = any(is_before_decision(r.get("when", "")) and r.get("kind") == "dialog" for r in med_rows)
    checks.append(
        Check(
            "med",
            med_ok,
            "MED får forslaget til drøftelse før beslutningen"
            if med_ok
            else "MED skal informeres, og ændringen drøftes, FØR beslutningen",
            "MED-rammeaftalen § 7: information skal gives så tidligt, at der er gode muligheder for en grundig "
            "drøftelse, så medarbejdernes synspunkter og forslag kan indgå i grundlaget for beslutningen. Sæt en "
            "række med målgruppe MED-udvalg, form »dialog« og hvornår »Før beslutningen«. (Kilde: rammeaftalen "
            "gengivet "
            "af medsamarbejdet.dk, sekundær kilde.)",
        )
    )

    amr = next((s for s in stakeholders if s.kind == "amr"), None)
    amr_rows = _rows_for(plan, ("arbejdsmiljø", "amr"), amr.role if amr else None)
    takes_part = any(r.get("kind") == "dialog" for r in amr_rows)
    apv = any("apv" in " ".join(r.values()).casefold() for r in plan)
    checks.append(
        Check(
            "apv",
            takes_part and apv,
            "Arbejdsmiljørepræsentanten er med, og APV'en opdateres"
            if takes_part and apv
            else "Arbejdsmiljørepræsentanten skal være med, og APV'en opdateres"
            + ("" if takes_part else " (ingen dialog med arbejdsmiljørepræsentanten)")
            + ("" if apv else " (APV står ingen steder i planen)"),
            "Bekendtgørelse nr. 65 af 22. januar 2024 om systematisk arbejdsmiljøarbejde: APV'en skal gennemføres, "
            "når arbejdet, arbejdsmetoderne eller arbejdsprocesserne ændres, og arbejdsmiljøorganisationen skal "
            "deltage i hele APV-processen. Skriv »APV« i den række, hvor arbejdsmiljørepræsentanten er målgruppe.",
        )
    )

    if personal_data:
        dpo = next((s for s in stakeholders if s.kind == "dpo"), None)
        dpo_rows = _rows_for(plan, ("dpo", "databeskyttelse"), dpo.role if dpo else None)
        dpo_ok = any(r.get("kind") == "dialog" and is_before_decision(r.get("when", "")) for r in dpo_rows)
        checks.append(
            Check(
                "dpo",
                dpo_ok,
                "DPO'en spørges, før der besluttes" if dpo_ok else "DPO'en (databeskyttelsesrådgiveren) skal spørges",
                "Forslaget behandler personoplysninger. Databeskyttelsesrådgiveren skal inddrages tilstrækkeligt og "
                "rettidigt i alle spørgsmål om beskyttelse af personoplysninger (GDPR art. 38, stk. 1) og giver råd, "
                "hvis der skal laves en konsekvensanalyse (art. 35, stk. 2). Spørg derfor, før der besluttes.",
            )
        )
    else:
        checks.append(
            Check(
                "dpo",
                True,
                "Ingen personoplysninger: DPO'en skal ikke spørges for dette forslags skyld",
                "Du har svaret, at forslaget ikke behandler personoplysninger. Er du i tvivl, så spørg alligevel: de "
                "fleste sager om borgere indeholder personoplysninger.",
            )
        )
    return checks


def plan_value(rows: list[dict[str, str]], personal_data: bool = True) -> dict[str, Any]:
    """The case part ``communication_plan``."""
    return {"rows": [dict(r) for r in rows], "personal_data": bool(personal_data)}


_FORMULA_START = ("=", "+", "-", "@")


def safe_cell(value: Any) -> Any:
    """Text for a spreadsheet cell that can never become a live formula: a leading = + - @ (also after spaces, tabs
    or line breaks) gets an apostrophe in front. Numbers pass unchanged."""
    if not isinstance(value, str):
        return value
    if value.lstrip(" \t\r\n").startswith(_FORMULA_START) or value.startswith(("\t", "\r")):
        return "'" + value
    return value


# --- the elevator pitch -----------------------------------------------------------------------------------------

WORDS_PER_MINUTE = 130  # an assumption, see data/change_sources.csv (speaking_rate)
PITCH_RANGE = (30, 60)
PITCH_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("problem", "Problemet", "Hvad er problemet i dag, og hvem mærker det?"),
    ("proposal", "Mit forslag", "Hvad vil du ændre, og med hvilken teknologi?"),
    ("gains", "Gevinsterne", "Hvad får borgerne, kollegerne og kommunen ud af det? Brug dine tal."),
    ("ask", "Det beder jeg om", "Hvad skal den, du taler med, gøre nu? Fx tid til en analyse eller et møde."),
)


def pitch_text(parts: dict[str, Any]) -> str:
    """The four parts as one text to say, in order (empty parts left out)."""
    pieces = [str(parts.get(key) or "").strip() for key, _, _ in PITCH_FIELDS]
    return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in pieces if p)


def word_count(text: str) -> int:
    """Words as spoken: runs of letters or digits (1.924 and 12,5 are one word each); % and § count as a word."""
    return len(re.findall(r"[0-9A-Za-zÆØÅæøåÉéÜüÖöÄä]+(?:[.,:-][0-9A-Za-zÆØÅæøå]+)*|[%§]", text))


def speaking_seconds(text: str, words_per_minute: float = WORDS_PER_MINUTE) -> float:
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    return round(word_count(text) * 60 / words_per_minute, 1)


def pitch_verdict(seconds: float) -> tuple[str, str]:
    """(kind, Danish text) for the speaking time: "ok" within 30-60 seconds, else "warning" with what to do."""
    low, high = PITCH_RANGE
    shown = formats.number(seconds, 0)
    if seconds == 0:
        return "info", "Skriv din elevatortale i felterne ovenfor."
    if seconds < low:
        return (
            "warning",
            f"Ca. {shown} sekunder: lidt kort. Tilføj et tal eller et eksempel, så den når {low} sekunder.",
        )
    if seconds > high:
        return (
            "warning",
            f"Ca. {shown} sekunder: for lang til en elevatortur. Skær ned, så den er under {high} sekunder.",
        )
    return "ok", f"Ca. {shown} sekunder: inden for {low}-{high} sekunder."


def suggested_gains(ctx: GainsContext) -> str:
    """A first Danish sentence about the gains, from the learner's numbers (the learner edits it)."""
    bits = []
    if ctx.hours_freed:
        bits.append(f"frigør {formats.hours(ctx.hours_freed)} om året")
    days = ctx.lead_time_saved_days
    if days is not None and days > 0:
        bits.append(f"giver borgerne svar ca. {formats.number(days, 'auto')} dage hurtigere")
    if ctx.npv is not None:
        bits.append(f"har en nutidsværdi på {formats.kr(ctx.npv)}")
    if not bits:
        return ""
    text = ", ".join(bits[:-1]) + (" og " if len(bits) > 1 else "") + bits[-1]
    return f"Forslaget {text}."


def pitch_value(parts: dict[str, Any], words_per_minute: float = WORDS_PER_MINUTE) -> dict[str, Any]:
    """The case part ``pitch``."""
    text = pitch_text(parts)
    return {
        **{key: str(parts.get(key) or "").strip() for key, _, _ in PITCH_FIELDS},
        "text": text,
        "seconds": speaking_seconds(text, words_per_minute),
        "words_per_minute": words_per_minute,
    }
