"""The proposal (notebook 08), pure: the legal check, the consequences for the work, the project plan, the rubric
and the key figures the department's portfolio ranks on. No widgets, no charts, no files (the rule texts are read
from ``data/`` through ``workbook_helpers.data``).

The three parts notebook 08 writes into the case (``workbook_helpers.case``) have these shapes (JSON; readers
tolerate missing keys and old shapes):

``legal``
    ``{"answers": {question key: "ja" | "nej" | "ved ikke"}, "note": text}``; the keys are ``QUESTIONS``. The
    advice (DPIA needed?, whom to involve and what to bring) is derived by ``legal_advice`` and never stored, so it
    always follows the current rules.
``consequences``
    ``{"tasks_disappear": [text], "tasks_change": [text], "tasks_new": [text], "affected": [role], "skills":
    [text], "freed_time_use": text, "freed_time_decided_by": role, "freed_time_decided": bool}``. The freed time
    is what someone has decided to use it for, never assumed to be a saving.
``project_plan``
    ``{"phases": [{"phase", "start" (ISO date), "end", "owner" (role), "content"}], "milestones": [{"milestone",
    "date", "owner"}], "risks": [{"risk", "likelihood" 1-5, "impact" 1-5, "response", "owner"}]}`` (at most
    ``MAX_RISKS`` risks: the five biggest).
``rubric`` (kept in the part ``settings`` under ``"rubric"``)
    ``{criterion key: {"level": one of LEVELS, "note": text}}``: the learner's own assessment.

``summary(case)`` is the stable record the portfolio reads (see its docstring; ``SUMMARY_VERSION``).

This is not legal advice: the check helps the learner ask the right people the right questions.

>>> advice = legal_advice({"personal_data": "ja", "automated_decision": "ja"})
>>> advice.dpia, any("DPO" in c.who for c in advice.contacts)
('ja', True)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.case import PARTS, Case
from workbook_helpers.messages import EXAMPLE_LABEL, quote

SUMMARY_VERSION = 1
LEGAL_DISCLAIMER = (
    "Tjekket er ikke juridisk rådgivning. Det hjælper dig med at stille de rigtige spørgsmål og finde ud af, hvem "
    "du skal tale med og hvad du skal have med. Svaret giver kommunens databeskyttelsesrådgiver (DPO) og jurister."
)
FREED_TIME_NOTE = (
    "Frigjort tid er ikke en besparelse, før nogen har besluttet, hvad den skal bruges til: flere sager, bedre "
    "service, færre overarbejdstimer eller færre stillinger er valg, som en leder træffer (efter drøftelse i MED)."
)

# --- the legal check ---------------------------------------------------------------------------------------

ANSWERS = ("ja", "nej", "ved ikke")
RULE_DATASETS = ("proposal_legal_rules", "automation_legal_points")


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    help: str
    rules: tuple[str, ...]


QUESTIONS: tuple[Question, ...] = (
    Question(
        "personal_data",
        "Behandler arbejdsgangen personoplysninger (fx navn, CPR-nummer, adresse eller oplysninger i en sag)?",
        "Næsten alle sager om en borger gør. Også e-mails og lister med navne tæller.",
        ("gdpr_dpo",),
    ),
    Question(
        "special_categories",
        "Indgår følsomme oplysninger (fx helbred, etnisk oprindelse, religion, fagforening) eller oplysninger om "
        "strafbare forhold?",
        "GDPR art. 9 og 10. Et lægeattest i en sag om sygedagpenge er et eksempel.",
        ("gdpr_art9",),
    ),
    Question(
        "large_scale",
        "Gælder det mange borgere, eller sårbare personer som børn eller borgere under en social indsats?",
        "Stort omfang og sårbare personer er kriterier for høj risiko (WP248 og Datatilsynets liste).",
        ("wp248", "datatilsynet_dpia_list"),
    ),
    Question(
        "automated_decision",
        "Træffer løsningen (robot, regelmotor eller AI) en afgørelse om en borgers ret til noget, uden at en "
        "medarbejder reelt vurderer sagen?",
        "En medarbejder, der bare godkender robottens forslag uden reel prøvelse, gør ikke afgørelsen mindre "
        "automatisk (GDPR art. 22).",
        ("gdpr_art22", "datatilsynet_dpia_list"),
    ),
    Question(
        "ai",
        "Indgår kunstig intelligens: et system, der selv udleder sit output (fx en sprogmodel eller maskinlæring)?",
        "En klassisk softwarerobot eller regelmotor, der kun følger regler, som mennesker har skrevet, er ikke AI.",
        ("ai_act_definition",),
    ),
    Question(
        "ai_benefits",
        "Bruges AI til at vurdere, om borgere har ret til offentlige ydelser, eller til at tildele, nedsætte, "
        "tilbagekalde eller kræve ydelser tilbage?",
        "Så er det højrisiko-AI efter AI-forordningens bilag III, pkt. 5, litra a. Svar »nej«, hvis der ikke "
        "indgår AI.",
        ("ai_act_annex3", "ai_act_art27"),
    ),
    Question(
        "citizen_facing",
        "Taler borgerne med løsningen (fx en chatbot), eller skriver AI tekst, som borgerne får?",
        "Så skal borgerne have at vide, at det er AI (AI-forordningen art. 50).",
        ("ai_act_art50",),
    ),
    Question(
        "work_changes",
        "Ændrer løsningen kollegers opgaver, arbejdsmetoder eller arbejdsgange?",
        "Så skal forslaget drøftes i MED, før der besluttes, og APV'en skal opdateres.",
        ("med_information", "apv"),
    ),
)
QUESTION_KEYS = tuple(q.key for q in QUESTIONS)


@dataclass(frozen=True)
class Contact:
    """Someone to involve: ``who`` (a role), ``why``, what to ``bring``, and the rule keys behind it."""

    who: str
    why: str
    bring: str
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Advice:
    """What the answers mean: ``dpia`` is "ja", "måske" or "nej" with ``dpia_reasons``; ``high_risk_ai`` and
    ``automated_decision`` are True, False or None (not known yet); ``contacts`` whom to involve; ``notes`` other
    rules that apply; ``unanswered`` the questions not answered yet."""

    dpia: str
    dpia_reasons: tuple[str, ...]
    high_risk_ai: bool | None
    automated_decision: bool | None
    personal_data: bool | None
    special_categories: bool | None
    contacts: tuple[Contact, ...]
    notes: tuple[str, ...]
    unanswered: tuple[str, ...]
    rules: tuple[str, ...] = field(default=())

    @property
    def dpia_needed(self) -> bool | None:
        return {"ja": True, "nej": False}.get(self.dpia)


def normalise_answer(value: Any) -> str:
    """ "ja", "nej", "ved ikke" or "" (not answered) from a saved answer (also True/False and other spellings)."""
    if value is True:
        return "ja"
    if value is False:
        return "nej"
    text = str(value or "").strip().lower()
    if text in {"ja", "j", "yes", "true"}:
        return "ja"
    if text in {"nej", "n", "no", "false"}:
        return "nej"
    if text in {"ved ikke", "ved_ikke", "?", "usikker"}:
        return "ved ikke"
    return ""


def answers_of(value: Any) -> dict[str, str]:
    """The answers of a saved ``legal`` part, one per question ("" when not answered). Tolerates old shapes."""
    raw = value.get("answers", value) if isinstance(value, Mapping) else {}
    raw = raw if isinstance(raw, Mapping) else {}
    return {key: normalise_answer(raw.get(key)) for key in QUESTION_KEYS}


def _tri(answer: str) -> bool | None:
    return {"ja": True, "nej": False}.get(answer)


def legal_advice(value: Any) -> Advice:
    """The advice that follows from the answers (a ``legal`` part or just its answers). Table-driven tests in
    tests/proposal/test_legal.py. Unknown answers ("ved ikke" or none) lead to "ask", never to "no need"."""
    a = answers_of(value)
    yes = {k for k, v in a.items() if v == "ja"}
    no = {k for k, v in a.items() if v == "nej"}
    unknown = [q.text for q in QUESTIONS if a[q.key] in ("", "ved ikke")]

    high_risk = True if {"ai", "ai_benefits"} <= yes else False if ("ai" in no or "ai_benefits" in no) else None
    reasons: list[str] = []
    rules: list[str] = []
    if "automated_decision" in yes:
        reasons.append(
            "En afgørelse om en borgers ret til noget træffes automatisk: den står på Datatilsynets liste over "
            "behandlinger, der altid kræver en konsekvensanalyse (og GDPR art. 35, stk. 3, litra a)."
        )
        rules += ["datatilsynet_dpia_list", "gdpr_art35"]
    if {"special_categories", "large_scale"} <= yes:
        reasons.append("Følsomme oplysninger i stort omfang (GDPR art. 35, stk. 3, litra b).")
        rules += ["gdpr_art35"]
    if "ai" in yes and ("large_scale" in yes or "special_categories" in yes):
        reasons.append(
            "Ny teknologi (AI) sammen med mindst ét kriterium for høj risiko (stort omfang, sårbare personer eller "
            "følsomme oplysninger): Datatilsynets liste og WP248."
        )
        rules += ["datatilsynet_dpia_list", "wp248"]
    if high_risk:
        reasons.append(
            "Højrisiko-AI efter AI-forordningens bilag III, pkt. 5, litra a: sandsynligvis høj risiko for borgernes "
            "rettigheder (GDPR art. 35, stk. 1)."
        )
        rules += ["ai_act_annex3", "gdpr_art35"]

    if "personal_data" in no:
        dpia = "nej"
        reasons = [
            "Ingen personoplysninger: GDPR's krav om en konsekvensanalyse gælder ikke. Er du i tvivl, så spørg DPO."
        ]
    elif reasons:
        dpia = "ja"
    elif yes & {"special_categories", "large_scale", "ai"}:
        dpia = "måske"
        reasons = [
            "Ét kriterium for høj risiko er opfyldt (følsomme oplysninger, stort omfang/sårbare personer eller ny "
            "teknologi). Efter WP248 kræver to eller flere som regel en konsekvensanalyse: DPO vurderer det."
        ]
        rules += ["wp248"]
    elif a["personal_data"] == "ja" and not any(
        a[k] in ("", "ved ikke") for k in ("special_categories", "large_scale", "automated_decision", "ai")
    ):
        dpia = "nej"
        reasons = [
            "Ud fra dine svar er ingen af de kendte kriterier for høj risiko opfyldt. DPO skal alligevel inddrages "
            "og kan bekræfte det (GDPR art. 38)."
        ]
    else:
        dpia = "måske"
        reasons = ["Nogle svar mangler eller er »ved ikke«: afklar med DPO, om der skal laves en konsekvensanalyse."]
    rules.append("gdpr_art35")

    contacts: list[Contact] = []
    if "personal_data" not in no:
        contacts.append(
            Contact(
                "DPO (kommunens databeskyttelsesrådgiver)",
                "Skal inddrages i alle spørgsmål om personoplysninger og rådgiver om konsekvensanalysen.",
                "Arbejdsgangen i dag og i fremtiden (svømmebanen), hvilke oplysninger der behandles, hvor de kommer "
                "fra, hvem der ser dem, hvilke systemer der indgår, og dine svar i dette tjek.",
                ("gdpr_dpo", "gdpr_art35"),
            )
        )
    if (
        a["automated_decision"] in ("ja", "ved ikke", "")
        or (high_risk is not False and "ai" not in no)
        or "special_categories" in yes
    ):
        contacts.append(
            Contact(
                "Jurist i kommunen",
                "Afklarer, om der er hjemmel til en automatisk afgørelse (GDPR art. 22), og hvilken klasse løsningen "
                "har efter AI-forordningen.",
                "Den regel, afgørelsen bygger på (lov og paragraf), hvilke dele der er skøn, hvad løsningen selv "
                "afgør, og hvordan en medarbejder reelt prøver sagen.",
                ("gdpr_art22", "ai_act_annex3"),
            )
        )
    contacts.append(
        Contact(
            "Digitaliseringskonsulent",
            "Vurderer teknologien, systemerne og business casen, og hvordan forslaget passer ind blandt kommunens "
            "andre projekter.",
            "Svømmebanen, automatiseringsscoren, business casen med kilder og det pessimistiske scenarie, og de "
            "systemer, der indgår (adgang og integrationer).",
        )
    )
    contacts.append(
        Contact(
            "Nærmeste leder",
            "Træffer beslutningen: om forslaget skal videre, hvem der er procesejer og gevinstejer, og hvad den "
            "frigjorte tid skal bruges til.",
            "Problemet med tal (irritationer og timer), gevinsten i timer og kroner, konsekvenserne for arbejdet og "
            "det, du beder om.",
        )
    )
    if "work_changes" not in no:
        contacts += [
            Contact(
                "MED-udvalget",
                "Ledelsen skal informere om og drøfte forslaget i MED, før der besluttes (sekundær kilde: tjek jeres "
                "lokale MED-aftale).",
                "Konsekvenserne for arbejdet (opgaver der forsvinder, ændres og kommer til), hvem der berøres, "
                "kompetencebehov, tidsplanen og hvornår der skal besluttes.",
                ("med_information",),
            ),
            Contact(
                "Tillidsrepræsentant (TR)",
                "Repræsenterer kollegerne, hvis opgaver ændres, og sidder typisk i MED-udvalget.",
                "Hvem der berøres og hvordan, hvad den frigjorte tid skal bruges til, og hvilken oplæring der er "
                "brug for.",
                ("med_tr",),
            ),
            Contact(
                "Arbejdsmiljørepræsentant",
                "Når arbejdet ændres, skal APV'en gennemføres, og arbejdsmiljøorganisationen deltager.",
                "De nye opgaver (fx en undtagelseskø eller kontrol af AI's output), ændringer i arbejdspres, tempo "
                "og samarbejde, og planen for oplæring.",
                ("apv",),
            ),
        ]

    notes: list[str] = []
    if "automated_decision" in yes:
        notes.append(
            "Borgeren skal have at vide, at afgørelsen er automatisk, og have meningsfulde oplysninger om logikken "
            "bag (GDPR art. 13-15)."
        )
        rules.append("gdpr_art15")
    if high_risk:
        notes.append(
            "Kommunen skal vurdere konsekvenserne for borgernes grundlæggende rettigheder, før et højrisiko-AI-system "
            "tages i brug (AI-forordningen art. 27)."
        )
        rules.append("ai_act_art27")
    if "ai" in yes and "citizen_facing" in yes:
        notes.append("Borgerne skal have at vide, at de taler med AI, og AI-tekst skal kunne kendes (art. 50).")
        rules.append("ai_act_art50")
    if "ai" in yes:
        notes.append("Medarbejdere, der bruger AI, skal kunne udvikle AI-færdigheder (AI-forordningen art. 4).")
        rules.append("ai_act_art4")
    for contact in contacts:
        rules += contact.rules
    for question in QUESTIONS:
        rules += question.rules
    return Advice(
        dpia=dpia,
        dpia_reasons=tuple(reasons),
        high_risk_ai=high_risk,
        automated_decision=_tri(a["automated_decision"]),
        personal_data=_tri(a["personal_data"]),
        special_categories=_tri(a["special_categories"]),
        contacts=tuple(contacts),
        notes=tuple(notes),
        unanswered=tuple(unknown),
        rules=tuple(dict.fromkeys(rules)),
    )


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, str]]:
    from workbook_helpers.data import load_dataset

    out: dict[str, dict[str, str]] = {}
    for name in RULE_DATASETS:
        for row in load_dataset(name).to_dict("records"):
            out[str(row["key"])] = {k: "" if pd.isna(v) else str(v) for k, v in row.items()}
    return out


def rule(key: str) -> dict[str, str]:
    """One rule behind the check (law, title, text, source, source_url, status, as_of), from data/."""
    return _rules()[key]


def source_line(key: str) -> str:
    """»GDPR art. 35: Forordning (EU) 2016/679 ... (Kontrolleret i kilden, pr. 2016-04-27)«; a secondary source
    says so."""
    r = rule(key)
    status = r["status"]
    mark = "" if "sekundær" not in status.lower() or status.lower().startswith("sekundær") else "sekundær kilde; "
    return f"{r['law']}: {r['source']} ({mark}{status}, pr. {r['as_of']})"


# --- the consequences for the work -------------------------------------------------------------------------

TASK_FIELDS: dict[str, str] = {
    "tasks_disappear": "Opgaver der forsvinder",
    "tasks_change": "Opgaver der ændres",
    "tasks_new": "Nye opgaver",
    "affected": "Hvem berøres (roller)",
    "skills": "Kompetencer der skal til",
}
# The workbook's own suggestions (not facts): new tasks and skills a technology usually brings.
NEW_TASKS: dict[str, tuple[str, ...]] = {
    "rpa": ("Håndtér robottens undtagelseskø: de sager, robotten ikke kan klare", "Hold øje med, at robotten kører"),
    "api": ("Følg op, når overførslen mellem systemerne fejler",),
    "rules_engine": ("Behandl de sager, reglerne ikke dækker", "Ret reglerne, når lovgivningen ændres"),
    "self_service": ("Hjælp borgere, der ikke kan bruge den digitale løsning",),
    "ocr": ("Kontrollér de felter, maskinen ikke kunne læse sikkert",),
    "ml_classification": ("Kontrollér og ret de sager, modellen sorterer forkert",),
    "genai": ("Kontrollér AI's udkast, før det sendes eller bruges",),
    "speech": ("Læs og ret den automatiske tekst",),
    "low_code": ("Vedligehold løsningen, når regler eller systemer ændres",),
}
SKILLS: dict[str, tuple[str, ...]] = {
    "rpa": ("Viden om, hvad robotten gør, og hvordan en undtagelse behandles",),
    "api": ("Forstå dataflowet mellem systemerne",),
    "rules_engine": ("Kende reglerne godt nok til at se, når maskinen tager fejl",),
    "self_service": ("Vejlede borgere i den digitale løsning",),
    "ocr": ("Kontrollere maskinlæste oplysninger",),
    "ml_classification": ("Forstå, hvordan modellen kan tage fejl, og hvornår man går imod den",),
    "genai": ("AI-færdigheder: skrive gode instruktioner og kontrollere output kritisk",),
    "speech": ("Rette og godkende automatisk tekst",),
    "low_code": ("Bygge og vedligeholde små løsninger i low-code-værktøjet",),
}


def _lines(value: Any) -> list[str]:
    if isinstance(value, str):
        return [line.strip(" -•\t") for line in value.splitlines() if line.strip(" -•\t")]
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return []


def consequences_of(value: Any) -> dict[str, Any]:
    """A clean ``consequences`` part (missing keys filled, text lines split into lists)."""
    value = value if isinstance(value, Mapping) else {}
    out: dict[str, Any] = {key: _lines(value.get(key)) for key in TASK_FIELDS}
    out["freed_time_use"] = str(value.get("freed_time_use") or "").strip()
    out["freed_time_decided_by"] = str(value.get("freed_time_decided_by") or "").strip()
    out["freed_time_decided"] = bool(value.get("freed_time_decided", False))
    return out


def _rows(value: Any) -> list[dict]:
    rows = value.get("rows") if isinstance(value, Mapping) else None
    return [r for r in rows if isinstance(r, Mapping)] if isinstance(rows, list) else []


def suggest_consequences(as_is: Any, to_be: Any, technology: str | None = None) -> dict[str, Any]:
    """A first draft from the learner's own workflows: steps of the as-is that the to-be drops disappear, steps
    with fewer minutes or another system change, steps only in the to-be are new; plus the tasks and skills the
    chosen technology usually brings (the workbook's suggestions, to be corrected)."""
    before = {str(r.get("step", "")).strip(): r for r in _rows(as_is) if str(r.get("step", "")).strip()}
    after = {str(r.get("step", "")).strip(): r for r in _rows(to_be) if str(r.get("step", "")).strip()}
    disappear = [step for step in before if step not in after]
    change = []
    for step, row in after.items():
        old = before.get(step)
        if old is None:
            continue
        try:
            fewer = float(formats.parse_number(row.get("minutes"))) < float(formats.parse_number(old.get("minutes")))
        except (ValueError, TypeError):
            fewer = False
        if fewer or str(row.get("system", "")) != str(old.get("system", "")):
            change.append(step)
    new = [step for step in after if step not in before] + list(NEW_TASKS.get(technology or "", ()))
    affected = list(dict.fromkeys(str(r.get("actor", "")).strip() for r in _rows(as_is) if r.get("actor")))
    return {
        "tasks_disappear": disappear,
        "tasks_change": change,
        "tasks_new": new,
        "affected": affected,
        "skills": list(SKILLS.get(technology or "", ())),
        "freed_time_use": "",
        "freed_time_decided_by": "",
        "freed_time_decided": False,
    }


def consequences_missing(value: Any) -> list[str]:
    """What the consequences still lack, in Danish (empty when complete)."""
    c = consequences_of(value)
    missing = []
    if not (c["tasks_disappear"] or c["tasks_change"] or c["tasks_new"]):
        missing.append("hvilke opgaver der forsvinder, ændres eller kommer til")
    if not c["affected"]:
        missing.append("hvem der berøres")
    if not c["skills"]:
        missing.append("hvilke kompetencer der skal til")
    if not c["freed_time_use"]:
        missing.append("hvad den frigjorte tid skal bruges til")
    if not c["freed_time_decided_by"]:
        missing.append("hvem der beslutter, hvad den frigjorte tid bruges til")
    return missing


# --- the project plan --------------------------------------------------------------------------------------

PHASES: dict[str, str] = {
    "Idé": "Problemet og idéen beskrives; lederen beslutter, om der skal laves en analyse.",
    "Analyse": "Arbejdsgang, data, jura og business case undersøges; der besluttes, om projektet gennemføres.",
    "Gennemførelse": "Løsningen bygges, testes og tages i brug; kolleger oplæres.",
    "Realisering": "Gevinsterne hentes hjem og måles mod baseline; erfaringerne samles op.",
}
PHASE_SOURCE = "it_projektmodel"
MAX_RISKS = 5
LEVEL_TEXT = {1: "meget lav", 2: "lav", 3: "middel", 4: "høj", 5: "meget høj"}
PLAN_LABELS = {
    "phase": "Fase",
    "start": "Start",
    "end": "Slut",
    "owner": "Ansvarlig (rolle)",
    "content": "Indhold",
    "milestone": "Milepæl",
    "date": "Dato",
    "risk": "Risiko",
    "likelihood": "Sandsynlighed (1-5)",
    "impact": "Konsekvens (1-5)",
    "response": "Modtræk",
}


def _months(start: dt.date, months: int) -> dt.date:
    year, month = divmod(start.month - 1 + months, 12)
    return dt.date(start.year + year, month + 1, min(start.day, 28))


def default_plan(start: dt.date | None = None) -> dict[str, Any]:
    """Eksempel (illustrativt): the four phases with typical lengths (1, 2, 3 and 6 months), the milestones a
    municipal proposal usually has, and five typical risks. Every date and owner is to be corrected."""
    s = start or dt.date.today()
    cut = [s, _months(s, 1), _months(s, 3), _months(s, 6), _months(s, 12)]
    owners = ("Forslagsstiller", "Projektleder", "Projektleder", "Gevinstejer (leder)")
    phases = [
        {"phase": name, "start": cut[i].isoformat(), "end": cut[i + 1].isoformat(), "owner": owners[i], "content": text}
        for i, (name, text) in enumerate(PHASES.items())
    ]
    milestones = [
        ("Forslaget drøftet med nærmeste leder", cut[0] + dt.timedelta(days=14), "Forslagsstiller"),
        ("DPO og jurist har svaret på det juridiske tjek", cut[1] + dt.timedelta(days=21), "Projektleder"),
        ("Forslaget drøftet i MED, før der besluttes", cut[2] - dt.timedelta(days=14), "Leder"),
        ("Beslutning: projektet gennemføres", cut[2], "Leder"),
        ("Løsningen i drift", cut[3], "Projektleder"),
        ("Første gevinstmåling mod baseline", _months(cut[3], 3), "Gevinstejer (leder)"),
    ]
    risks = [
        (
            "Fagsystemet ændres, så løsningen holder op med at virke",
            3,
            4,
            "Aftal varsling med leverandøren; overvåg og hav en manuel nødprocedure",
            "Projektleder",
        ),
        (
            "Der er ikke hjemmel til at træffe afgørelsen automatisk",
            2,
            5,
            "Spørg juristen i analysefasen; lad en medarbejder træffe afgørelsen",
            "Projektleder",
        ),
        (
            "Kollegerne bruger ikke løsningen eller mister tillid til den",
            3,
            3,
            "Inddrag kollegerne tidligt; oplæring og en kontaktperson",
            "Leder",
        ),
        (
            "Gevinsten bliver mindre end beregnet (flere undtagelser)",
            3,
            3,
            "Mål baseline før start; regn med det pessimistiske scenarie",
            "Gevinstejer (leder)",
        ),
        (
            "Nøgleperson med viden om arbejdsgangen stopper",
            2,
            3,
            "Beskriv arbejdsgangen og undtagelserne skriftligt",
            "Leder",
        ),
    ]
    return {
        "phases": phases,
        "milestones": [{"milestone": m, "date": d.isoformat(), "owner": o} for m, d, o in milestones],
        "risks": [
            {"risk": r, "likelihood": lk, "impact": im, "response": rs, "owner": ow} for r, lk, im, rs, ow in risks
        ],
    }


def _date(value: Any, where: str, label: str, problems: list[str]) -> str:
    if value in (None, ""):
        problems.append(f"{where}, feltet »{label}«: skriv en dato (fx 1.3.2027).")
        return ""
    try:
        return formats.parse_date(value).isoformat()
    except (ValueError, TypeError):
        problems.append(f"{where}, feltet »{label}«: {quote(value)} er ikke en dato (skriv fx 1.3.2027).")
        return ""


def _level(value: Any, where: str, label: str, problems: list[str]) -> int:
    try:
        number = formats.parse_number(value) if not isinstance(value, int | float) else value
        level = int(number)
        if level == number and 1 <= level <= 5:
            return level
    except (ValueError, TypeError):
        pass
    problems.append(f"{where}, feltet »{label}«: skriv et helt tal fra 1 til 5 (du skrev {quote(value)}).")
    return 0


def validate_plan(value: Any) -> tuple[dict[str, Any], list[str]]:
    """A clean ``project_plan`` and the problems in Danish, each naming the table, row and field. Blank rows are
    dropped; a row with problems is kept (with the bad field blank) so nothing typed is lost silently."""
    value = value if isinstance(value, Mapping) else {}
    problems: list[str] = []
    phases, milestones, risks = [], [], []
    for i, row in enumerate(value.get("phases") or [], start=1):
        if not isinstance(row, Mapping) or not any(str(v).strip() for v in row.values()):
            continue
        where = f"Faser, række {i}"
        start = _date(row.get("start"), where, PLAN_LABELS["start"], problems)
        end = _date(row.get("end"), where, PLAN_LABELS["end"], problems)
        if start and end and end < start:
            problems.append(f"{where}: slutdatoen ligger før startdatoen.")
        phases.append(
            {
                "phase": str(row.get("phase", "")).strip(),
                "start": start,
                "end": end,
                "owner": str(row.get("owner", "")).strip(),
                "content": str(row.get("content", "")).strip(),
            }
        )
    for i, row in enumerate(value.get("milestones") or [], start=1):
        if not isinstance(row, Mapping) or not any(str(v).strip() for v in row.values()):
            continue
        where = f"Milepæle, række {i}"
        name = str(row.get("milestone", "")).strip()
        if not name:
            problems.append(f"{where}, feltet »{PLAN_LABELS['milestone']}«: skriv hvad milepælen er.")
        owner = str(row.get("owner", "")).strip()
        if not owner:
            problems.append(f"{where}, feltet »{PLAN_LABELS['owner']}«: skriv en rolle (fx »Leder«).")
        milestones.append(
            {"milestone": name, "date": _date(row.get("date"), where, PLAN_LABELS["date"], problems), "owner": owner}
        )
    rows = [r for r in value.get("risks") or [] if isinstance(r, Mapping) and any(str(v).strip() for v in r.values())]
    if len(rows) > MAX_RISKS:
        problems.append(f"Risici: skriv de {MAX_RISKS} største (der er {len(rows)}).")
    for i, row in enumerate(rows, start=1):
        where = f"Risici, række {i}"
        name = str(row.get("risk", "")).strip()
        if not name:
            problems.append(f"{where}, feltet »{PLAN_LABELS['risk']}«: beskriv risikoen.")
        likelihood = _level(row.get("likelihood"), where, PLAN_LABELS["likelihood"], problems)
        impact = _level(row.get("impact"), where, PLAN_LABELS["impact"], problems)
        response = str(row.get("response", "")).strip()
        if not response:
            problems.append(f"{where}, feltet »{PLAN_LABELS['response']}«: skriv hvad I gør ved risikoen.")
        risks.append(
            {
                "risk": name,
                "likelihood": likelihood,
                "impact": impact,
                "response": response,
                "owner": str(row.get("owner", "")).strip(),
            }
        )
    return {"phases": phases, "milestones": milestones, "risks": risks}, problems


def risk_score(row: Mapping[str, Any]) -> int:
    """Likelihood x impact (1-25)."""
    return int(row.get("likelihood") or 0) * int(row.get("impact") or 0)


def biggest_risks(plan: Any, n: int = MAX_RISKS) -> list[dict[str, Any]]:
    """The ``n`` biggest risks by likelihood x impact, biggest first."""
    clean, _ = validate_plan(plan)
    return sorted(clean["risks"], key=risk_score, reverse=True)[:n]


def plan_missing(value: Any) -> list[str]:
    clean, problems = validate_plan(value)
    missing = []
    if not clean["phases"]:
        missing.append("faserne med datoer")
    if not clean["milestones"]:
        missing.append("milepæle med dato og ejer")
    if not clean["risks"]:
        missing.append("de største risici")
    return missing + problems


# --- the case's figures ------------------------------------------------------------------------------------


def steps_of(value: Any) -> pd.DataFrame | None:
    """The step table of an ``as_is`` or ``to_be`` part, validated, or None when there is none or it is broken."""
    from workbook_helpers.workflow.model import validate_steps

    rows = _rows(value)
    if not rows:
        return None
    try:
        return validate_steps(pd.DataFrame(rows))
    except ValueError:
        return None


def business_result(case: Case):
    """``business_case.model.evaluate`` of the saved inputs (so the figures equal notebook 06's), or None."""
    from workbook_helpers.business_case.model import BusinessCase, evaluate

    value = case.get("business_case")
    inputs = value.get("inputs") if isinstance(value, Mapping) else None
    if not isinstance(inputs, Mapping) or not inputs:
        return None
    known = set(BusinessCase.__dataclass_fields__)
    kwargs = {k: v for k, v in inputs.items() if k in known}
    if isinstance(kwargs.get("ramp_up"), list):
        kwargs["ramp_up"] = tuple(kwargs["ramp_up"])
    try:
        return evaluate(BusinessCase(**kwargs))
    except (TypeError, ValueError):
        return None


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _dict(value: Any) -> dict:
    return dict(value) if isinstance(value, Mapping) else {}


def hours_freed(case: Case) -> float | None:
    """Hours freed a year: the business case's, else the to-be's own figure, else as-is minus to-be."""
    result = business_result(case)
    if result is not None:
        return float(result.case.hours_freed)
    for part, key in (("business_case", "hours_freed"), ("to_be", "hours_freed_per_year")):
        number = _number(_dict(case.get(part)).get(key))
        if number is not None:
            return number
    before, after = steps_of(case.get("as_is")), steps_of(case.get("to_be"))
    if before is not None and after is not None:
        from workbook_helpers.workflow.model import hours_freed as workflow_hours_freed

        return float(workflow_hours_freed(before, after))
    return None


# The keys of ``summary(case)``, in order (stable: a new key gets a new SUMMARY_VERSION only if a meaning changes).
SUMMARY_KEYS: tuple[str, ...] = (
    "summary_version", "title", "area", "unit", "owner", "problem", "hours_freed_per_year", "kr_per_year",
    "yearly_net", "npv", "one_off_cost", "payback_years", "horizon", "npv_pessimistic", "technology",
    "technology_label", "automation_score", "automation_scale", "systems", "steps", "volume_per_year",
    "personal_data", "special_categories", "automated_decision", "dpia_needed", "dpia", "high_risk_ai",
    "qualitative", "ready", "total", "missing", "example_parts",
)  # fmt: skip


def pessimistic_npv(case: Case) -> float | None:
    """The NPV of the pessimistic scenario: ``business_case.model.scenarios`` of the saved inputs (as notebook 06),
    else the saved ``scenarios["pessimistisk"]``."""
    result = business_result(case)
    if result is not None:
        from workbook_helpers.business_case.model import scenarios

        table = scenarios(result.case)
        return float(table.loc[table["scenario"] == "pessimistic", "npv"].iloc[0])
    saved = _dict(_dict(case.get("business_case")).get("scenarios"))
    return _number(saved.get("pessimistisk", saved.get("pessimistic")))


def summary(case: Case) -> dict[str, Any]:
    """The key figures the department's portfolio ranks on. Stable keys (``SUMMARY_VERSION`` 1); a value the case
    does not have yet is None, never a guess:

    - ``summary_version``; ``title``, ``area``, ``unit``, ``owner`` (a role), ``problem`` (from ``about``)
    - ``hours_freed_per_year`` (float); ``kr_per_year``: the yearly gain at full realisation in kr. (hours freed x
      hourly cost + other gains, before running costs); ``yearly_net``: that minus running costs
    - ``npv``, ``one_off_cost``, ``payback_years`` (None if it does not pay back), ``horizon``,
      ``npv_pessimistic``: computed by ``business_case.model.evaluate`` from the saved inputs, as notebook 06 shows
    - ``technology`` (key in data/automation_technologies.csv), ``technology_label``, ``automation_score``,
      ``automation_scale``
    - ``systems`` (number of distinct systems in the as-is), ``steps`` (number of as-is steps),
      ``volume_per_year`` (``evidence.volume_per_year``, else the largest ``per_year`` of the as-is steps)
    - ``personal_data``, ``special_categories``, ``automated_decision``, ``dpia_needed``, ``high_risk_ai``:
      True, False or None (not answered / "ved ikke"); ``dpia`` as text ("ja", "måske", "nej")
    - ``qualitative``: the qualitative gains saved with the business case (a list of rows) or []
    - ``ready``, ``total``: proposal parts that are the learner's own, of all; ``missing``: the Danish labels of
      the others; ``example_parts``: the part names still holding an untouched example
    """
    about = _dict(case.get("about"))
    technology = _dict(case.get("technology"))
    bc = _dict(case.get("business_case"))
    result = business_result(case)
    steps = steps_of(case.get("as_is"))
    systems = None
    volume = _number(_dict(case.get("evidence")).get("volume_per_year"))
    if steps is not None:
        names = {str(s).strip().lower() for s in steps["system"] if str(s).strip()}
        systems = len(names)
        if volume is None:
            volume = float(steps["per_year"].max())
    if result is not None:
        c = result.case
        kr_year = c.full_yearly_benefit
        figures = {
            "kr_per_year": float(kr_year),
            "yearly_net": float(kr_year - c.running_cost),
            "npv": float(result.npv),
            "one_off_cost": float(c.one_off_cost),
            "payback_years": None if result.payback_years is None else float(result.payback_years),
            "horizon": int(c.horizon),
        }
    else:
        figures = {
            "kr_per_year": None,
            "yearly_net": _number(bc.get("yearly_net")),
            "npv": _number(bc.get("npv")),
            "one_off_cost": _number(bc.get("one_off_cost")),
            "payback_years": _number(bc.get("payback_years")),
            "horizon": _number(bc.get("horizon")),
        }
    pessimistic = pessimistic_npv(case)
    advice = legal_advice(case.get("legal"))
    legal_given = isinstance(case.get("legal"), Mapping)
    qualitative = bc.get("qualitative") if isinstance(bc.get("qualitative"), list) else []
    status = case.status()
    return {
        "summary_version": SUMMARY_VERSION,
        "title": str(about.get("title") or _dict(case.get("as_is")).get("title") or ""),
        "area": str(about.get("area") or ""),
        "unit": str(about.get("unit") or ""),
        "owner": str(about.get("owner") or ""),
        "problem": str(about.get("problem") or ""),
        "hours_freed_per_year": hours_freed(case),
        **figures,
        "npv_pessimistic": pessimistic,
        "technology": str(technology.get("technology") or "") or None,
        "technology_label": str(technology.get("label") or "") or None,
        "automation_score": _number(technology.get("score")),
        "automation_scale": str(technology.get("scale") or "") or None,
        "systems": systems,
        "steps": None if steps is None else len(steps),
        "volume_per_year": volume,
        "personal_data": advice.personal_data if legal_given else None,
        "special_categories": advice.special_categories if legal_given else None,
        "automated_decision": advice.automated_decision if legal_given else None,
        "dpia_needed": advice.dpia_needed if legal_given else None,
        "dpia": advice.dpia if legal_given else None,
        "high_risk_ai": advice.high_risk_ai if legal_given else None,
        "qualitative": qualitative,
        "ready": sum(r["state"] == "klar" for r in status),
        "total": len(status),
        "missing": [r["label"] for r in status if r["state"] != "klar"],
        "example_parts": [r["part"] for r in status if r["state"] == "eksempel"],
    }


# --- the rubric --------------------------------------------------------------------------------------------

LEVELS = ("ikke endnu", "delvist", "klar")


@dataclass(frozen=True)
class Criterion:
    key: str
    title: str
    question: str
    parts: tuple[str, ...]


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "problem",
        "Problemet",
        "Bygger problemet på navngivne irritationsmomenter og en kortlagt arbejdsgang?",
        ("about", "irritations", "as_is"),
    ),
    Criterion(
        "gain",
        "Gevinsten",
        "Er gevinsten regnet i timer og kroner, med kilder og et pessimistisk scenarie?",
        ("to_be", "business_case"),
    ),
    Criterion(
        "technology",
        "Teknologien og jura",
        "Er teknologien begrundet ud fra input, regler og volumen, med de juridiske punkter og hvem der skal spørges?",
        ("technology", "legal"),
    ),
    Criterion(
        "consequences",
        "Konsekvenser for arbejdet",
        "Står der, hvilke opgaver der forsvinder, ændres og kommer til, og hvad den frigjorte tid bruges til?",
        ("consequences",),
    ),
    Criterion(
        "people",
        "Menneskene",
        "Hvem berøres, hvordan kan de reagere, hvem inddrages, og hvordan får de det at vide?",
        ("stakeholders", "communication_plan", "consequences"),
    ),
    Criterion(
        "realisation",
        "Realiseringen",
        "Er der en ejer, en baseline, et mål og en dato for hver gevinst, og en projektplan?",
        ("benefits_plan", "project_plan"),
    ),
)


def _own_rows(case: Case, part: str) -> list[dict]:
    return _rows(case.get(part)) if case.is_own(part) else []


def criterion_missing(case: Case, key: str) -> list[str]:
    """What the case still lacks for one criterion, in Danish (empty: the criterion looks met)."""
    missing: list[str] = []

    def own(part: str, what: str) -> bool:
        if case.is_own(part):
            return True
        entry = case.entry(part)
        example = bool(entry and entry.get("example"))
        where = PARTS[part].notebook
        missing.append(f"{what} ({'kun et eksempel' if example else 'mangler'}; notebook {where})")
        return False

    if key == "problem":
        if own("irritations", "navngivne irritationsmomenter") and not _own_rows(case, "irritations"):
            missing.append("mindst ét irritationsmoment i registret")
        if own("as_is", "den kortlagte arbejdsgang") and len(_own_rows(case, "as_is")) < 2:
            missing.append("arbejdsgangen med mindst to trin")
        if not _dict(case.get("about")).get("problem"):
            missing.append("problemet i én eller to sætninger (notebook 00)")
    elif key == "gain":
        if own("business_case", "business casen i timer og kroner"):
            bc = _dict(case.get("business_case"))
            if business_result(case) is None and _number(bc.get("npv")) is None:
                missing.append("nutidsværdien")
            if pessimistic_npv(case) is None:
                missing.append("et pessimistisk scenarie")
            if bc.get("source") == "example":
                missing.append("dine egne tal i stedet for eksemplets")
        own("to_be", "den fremtidige arbejdsgang, som timerne regnes fra")
    elif key == "technology":
        if own("technology", "teknologivalget med automatiseringsscore"):
            tech = _dict(case.get("technology"))
            if not str(tech.get("why") or "").strip():
                missing.append("en begrundelse for teknologien (input, regler, volumen)")
        if own("legal", "det juridiske tjek"):
            unanswered = legal_advice(case.get("legal")).unanswered
            if unanswered:
                missing.append(f"svar på {formats.count(len(unanswered), 'juridisk spørgsmål', 'juridiske spørgsmål')}")
    elif key == "consequences":
        if own("consequences", "konsekvenserne for arbejdet"):
            missing += consequences_missing(case.get("consequences"))
    elif key == "people":
        if own("stakeholders", "interessentanalysen") and not _own_rows(case, "stakeholders"):
            missing.append("mindst én interessent")
        if own("communication_plan", "kommunikations- og involveringsplanen") and not _own_rows(
            case, "communication_plan"
        ):
            missing.append("mindst én aktivitet i kommunikationsplanen")
        if not consequences_of(case.get("consequences"))["affected"] or not case.is_own("consequences"):
            missing.append("hvem der berøres (under konsekvenser, notebook 08)")
    elif key == "realisation":
        if own("benefits_plan", "gevinstrealiseringsplanen"):
            rows = _own_rows(case, "benefits_plan")
            if not rows:
                missing.append("mindst én gevinst i planen")
            for i, row in enumerate(rows, start=1):
                empty = [
                    n
                    for k, n in (("owner", "ejer"), ("baseline", "baseline"), ("target", "mål"), ("date", "dato"))
                    if not str(row.get(k) or "").strip()
                ]
                if empty:
                    missing.append(f"gevinst {i} mangler {', '.join(empty)}")
        if own("project_plan", "projektplanen"):
            missing += plan_missing(case.get("project_plan"))
    else:
        raise KeyError(key)
    return missing


def assessments_of(case: Case) -> dict[str, dict[str, str]]:
    """The learner's own assessment per criterion (from the part ``settings``, key ``rubric``)."""
    saved = _dict(_dict(case.get("settings")).get("rubric"))
    out = {}
    for criterion in CRITERIA:
        entry = _dict(saved.get(criterion.key))
        level = str(entry.get("level") or "")
        out[criterion.key] = {"level": level if level in LEVELS else "", "note": str(entry.get("note") or "")}
    return out


def rubric(case: Case) -> list[dict[str, Any]]:
    """One row per criterion: key, title, question, what the case shows ("klar", "delvist", "mangler"), what is
    missing, and the learner's own assessment and note."""
    own = assessments_of(case)
    rows = []
    for criterion in CRITERIA:
        missing = criterion_missing(case, criterion.key)
        present = sum(case.is_own(p) for p in criterion.parts)
        shown = "klar" if not missing else "delvist" if present else "mangler"
        rows.append(
            {
                "key": criterion.key,
                "title": criterion.title,
                "question": criterion.question,
                "case_shows": shown,
                "missing": missing,
                "own_level": own[criterion.key]["level"],
                "own_note": own[criterion.key]["note"],
            }
        )
    return rows


def part_origin(case: Case, name: str) -> str:
    """»Dit eget arbejde«, »Eksempel (illustrativt)« or »Mangler« for one part."""
    if case.is_own(name):
        return "Dit eget arbejde"
    entry = case.entry(name)
    return EXAMPLE_LABEL if entry and entry.get("example") else "Mangler"
