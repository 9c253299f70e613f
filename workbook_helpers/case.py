"""The learner's own case ("min sag"): everything they make, from the first irritation to the pitch, in one record.

Every topic's widgets read and write their part here, so the learner's data has one path through the package, and
notebook 08 turns the whole case into a proposal. The record is one JSON file (``mit_arbejde/min_sag.json``) on top
of ``storage`` (atomic, locked, damaged files kept aside):

    {"schema_version": 1, "parts": {"as_is": {"value": ..., "example": false, "revision": 3, "updated": "..."}}}

A part is the learner's own unless it was saved with ``example=True`` (an untouched example is never called the
learner's own). Unknown parts and fields are kept, so a newer notebook's record survives an older one.

Two layers:
- the pure model: ``Case``, ``from_record``, ``to_record``, ``migrate`` (no files, no widgets; tested alone);
- the saved case: ``load_case()`` and ``part(name)``, a ``PartHandle`` whose ``save`` never raises and tells the
  truth (a failed save, or a part another notebook changed meanwhile, gives ``ok=False`` and a Danish message).

>>> import os, tempfile
>>> os.environ["WORKBOOK_WORK_DIR"] = tempfile.mkdtemp()
>>> handle = part("pitch")
>>> handle.value is None
True
>>> handle.save({"problem": "Vi taster de samme oplysninger tre gange."}).ok
True
>>> load_case().get("pitch")["problem"]
'Vi taster de samme oplysninger tre gange.'
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from . import storage
from .messages import EXAMPLE_LABEL, WorkbookError, quote

SCHEMA_VERSION = 1
FILE_NAME = "min_sag"


@dataclass(frozen=True)
class PartInfo:
    """What a part of the case is: its Danish ``label``, the ``notebook`` that fills it, and whether the proposal
    counts it (``proposal``)."""

    label: str
    notebook: str
    proposal: bool = True


PARTS: dict[str, PartInfo] = {
    "about": PartInfo("Om forslaget (titel, arbejdsområde, afdeling)", "00_kom_i_gang"),
    "irritations": PartInfo("Irritationsmomenter", "03_arbejdsgangsanalyse"),
    "policy": PartInfo("Hvad politikken kræver af min arbejdsgang", "01_digitaliseringspolitik", proposal=False),
    "municipality": PartInfo("Min kommunes digitaliseringsstrategi", "01_digitaliseringspolitik", proposal=False),
    "ideas": PartInfo("Idéer (alt er muligt)", "02_teknologiforstaaelse", proposal=False),
    "as_is": PartInfo("Arbejdsgangen i dag (som den er)", "03_arbejdsgangsanalyse"),
    "to_be": PartInfo("Den fremtidige arbejdsgang (som den kan blive)", "03_arbejdsgangsanalyse"),
    "evidence": PartInfo("Tal og data om arbejdsgangen", "04_procesdata", proposal=False),
    "technology": PartInfo("Teknologivalg og automatiseringsscore", "05_automatiseringspotentiale"),
    "legal": PartInfo("Juridisk tjek og hvem der skal spørges", "08_mit_forslag"),
    "business_case": PartInfo("Business case", "06_business_case"),
    "benefits_plan": PartInfo("Gevinstrealiseringsplan", "06_business_case"),
    "consequences": PartInfo("Konsekvenser for arbejdet", "08_mit_forslag"),
    "project_plan": PartInfo("Projektplan med milepæle og risici", "08_mit_forslag"),
    "stakeholders": PartInfo("Interessentanalyse", "07_organisation_og_kolleger"),
    "communication_plan": PartInfo("Kommunikations- og involveringsplan", "07_organisation_og_kolleger"),
    "pitch": PartInfo("Elevatortale", "07_organisation_og_kolleger"),
    "reflections": PartInfo("Mine svar på refleksionsspørgsmål", "alle notebooks", proposal=False),
    "settings": PartInfo("Indstillinger i widgets (robotregler, vægte)", "alle notebooks", proposal=False),
}

# Save files from before the case existed: old file name -> part. They are read once into the case.
LEGACY_FILES: dict[str, str] = {
    "min_arbejdsgang": "as_is",
    "mine_irritationsmomenter": "irritations",
    "politik_min_kommune": "municipality",
    "business_case_explorer": "business_case",
    "gevinstrealiseringsplan_kladde": "benefits_plan",
}


class CaseError(WorkbookError):
    """A case record that cannot be read, with the Danish reason."""


@dataclass
class Case:
    """The learner's case: ``parts`` maps a part name to its entry (``value``, ``example``, ``revision``,
    ``updated``); ``extra`` keeps top-level fields this version does not know."""

    parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def entry(self, name: str) -> dict[str, Any] | None:
        return self.parts.get(name)

    def get(self, name: str, default: Any = None) -> Any:
        """The value of part ``name`` (the learner's own or a saved example), or ``default``."""
        entry = self.parts.get(name)
        return default if entry is None or entry.get("value") is None else entry["value"]

    def is_own(self, name: str) -> bool:
        """True when part ``name`` holds the learner's own work (saved, and not an untouched example)."""
        entry = self.parts.get(name)
        return bool(entry) and entry.get("value") not in (None, "", [], {}) and not entry.get("example", False)

    def set(self, name: str, value: Any, *, example: bool = False, now: dt.datetime | None = None) -> None:
        """Put ``value`` in part ``name`` (a new revision)."""
        old = self.parts.get(name) or {}
        stamp = (now or dt.datetime.now()).isoformat(timespec="seconds")
        self.parts[name] = {
            **{k: v for k, v in old.items() if k not in {"value", "example", "revision", "updated"}},
            "value": value,
            "example": bool(example),
            "revision": int(old.get("revision", 0)) + 1,
            "updated": stamp,
        }

    def revision(self, name: str) -> int:
        return int((self.parts.get(name) or {}).get("revision", 0))

    def status(self) -> list[dict[str, Any]]:
        """Per proposal part: its name, Danish label, notebook, and state ("klar", "eksempel" or "mangler")."""
        rows = []
        for name, info in PARTS.items():
            if not info.proposal:
                continue
            entry = self.parts.get(name)
            state = "klar" if self.is_own(name) else "eksempel" if entry and entry.get("example") else "mangler"
            rows.append({"part": name, "label": info.label, "notebook": info.notebook, "state": state})
        return rows

    def ready_text(self) -> str:
        """``'7 af 13 dele er klar'``."""
        rows = self.status()
        return f"{sum(r['state'] == 'klar' for r in rows)} af {len(rows)} dele er klar"


# --- the record (pure) ---------------------------------------------------------------------------------------


def migrate(record: dict[str, Any]) -> dict[str, Any]:
    """Bring a record of an older schema up to ``SCHEMA_VERSION`` (version 1 is the first; nothing to do yet)."""
    record = copy.deepcopy(record)
    record.setdefault("schema_version", 1)
    record.setdefault("parts", {})
    return record


def from_record(record: Any, source: str = "sagen") -> Case:
    """A Case from a record (a dict as saved or exported). Raises ``CaseError`` with a Danish reason."""
    if not isinstance(record, dict):
        raise CaseError(f"{source}: indholdet er ikke en sag (forventede et JSON-objekt, fandt {_kind(record)}).")
    version = record.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseError(f"{source}: versionsnummeret {quote(version)} kendes ikke.")
    if version > SCHEMA_VERSION:
        raise CaseError(
            f"{source}: sagen er gemt med en nyere udgave af arbejdsbogen (version {version}; denne kan læse op til "
            f"{SCHEMA_VERSION}). Opdatér arbejdsbogen."
        )
    record = migrate(record)
    parts = record["parts"]
    if not isinstance(parts, dict):
        raise CaseError(f"{source}: feltet »parts« skal være et objekt, ikke {_kind(parts)}.")
    clean: dict[str, dict[str, Any]] = {}
    for name, entry in parts.items():
        if isinstance(entry, dict) and "value" in entry:
            clean[str(name)] = dict(entry)
    extra = {k: v for k, v in record.items() if k not in {"schema_version", "parts"}}
    return Case(parts=clean, schema_version=SCHEMA_VERSION, extra=extra)


def to_record(case: Case, *, exported: dt.datetime | None = None) -> dict[str, Any]:
    """The record for saving or for the department (JSON-ready; ``exported`` adds an export time stamp)."""
    record = {**copy.deepcopy(case.extra), "schema_version": SCHEMA_VERSION, "parts": copy.deepcopy(case.parts)}
    if exported is not None:
        record["exported"] = exported.isoformat(timespec="seconds")
    return record


def _kind(value: Any) -> str:
    return {list: "en liste", str: "en tekst", int: "et tal", float: "et tal", type(None): "ingenting"}.get(
        type(value), type(value).__name__
    )


# --- the saved case ----------------------------------------------------------------------------------------


def _read() -> Case:
    saved = storage.load_work(FILE_NAME, expect=dict)
    try:
        case = from_record(saved) if saved is not None else Case()
    except CaseError as error:
        storage._PROBLEMS.append(str(error))
        case = Case()
    for old_name, name in LEGACY_FILES.items():
        if name not in case.parts:
            old = storage.load_work(old_name)
            if old not in (None, "", [], {}):
                case.set(name, old, example=isinstance(old, dict) and bool(old.get("eksempel", False)))
                case.parts[name]["migrated_from"] = f"{old_name}.json"
                case.parts[name]["revision"] = 0  # not in the case file yet: the first save writes it
    return case


def load_case() -> Case:
    """The learner's case as saved (an empty case if there is none; problems are in ``storage.problems()``)."""
    return _read()


class _Conflict(Exception):
    pass


@dataclass
class PartHandle:
    """One part of the saved case, as a widget holds it: read ``value`` and ``example``, then ``save``."""

    name: str
    value: Any = None
    example: bool = False
    revision: int = 0

    @property
    def is_own(self) -> bool:
        return self.value not in (None, "", [], {}) and not self.example

    @property
    def origin(self) -> str:
        """Where the value came from, in Danish, for the line a widget shows above it."""
        if self.value in (None, "", [], {}):
            return "Du har ikke gemt noget her endnu."
        return f"{EXAMPLE_LABEL}: ret det til din egen." if self.example else "Dit eget arbejde (gemt)."

    def save(self, value: Any, *, example: bool = False, saved_text: str = "Gemt i din sag.") -> storage.SaveResult:
        """Save ``value`` as this part. Never raises: the result says whether it was saved, in Danish.

        If another notebook saved this part since it was read, nothing is saved and the message says so; saving
        again then overwrites deliberately.
        """
        known = self.revision

        def change(saved: Any) -> Any:
            try:
                case = from_record(saved) if saved is not None else Case()
            except CaseError:
                case = Case()
            current = case.revision(self.name)
            if current != known:
                self.revision = current  # the next save overwrites, on purpose
                raise _Conflict
            case.set(self.name, value, example=example)
            return to_record(case)

        try:
            record = storage.update_work(FILE_NAME, change, expect=dict)
        except _Conflict:
            return storage.SaveResult(
                False,
                f"Ikke gemt: {PARTS[self.name].label if self.name in PARTS else self.name} er ændret i en anden "
                "notebook, siden du åbnede den her. Kør cellen igen for at hente den nyeste udgave, eller gem igen "
                "for at overskrive den med det, du har her.",
            )
        except storage.SaveError as error:
            return storage.SaveResult(False, str(error))
        self.value, self.example = value, bool(example)
        self.revision = int(record["parts"][self.name]["revision"])
        return storage.SaveResult(True, saved_text, storage.work_dir() / f"{FILE_NAME}.json")


def part(name: str) -> PartHandle:
    """The saved part ``name`` of the learner's case (see ``PARTS``), ready to read and save."""
    if name not in PARTS:
        raise KeyError(f"Unknown case part {name!r}; known: {', '.join(PARTS)}")
    case = _read()
    entry = case.entry(name) or {}
    return PartHandle(name, entry.get("value"), bool(entry.get("example", False)), case.revision(name))
