"""Learners' work, saved as they go so that a crash or a kernel restart loses nothing.

Each piece of work is one JSON file in the work folder: ``mit_arbejde/`` at the top of the workbook, or the folder
in the environment variable ``WORKBOOK_WORK_DIR`` (tests use a temporary one).

- Writes are atomic (a new file is written, then moved into place) and happen under a lock, so two notebooks that
  save at once never leave a half-written file; the previous version is kept as ``<name>.forrige.json``.
- A save that fails (a read-only folder, a full disk) raises ``SaveError`` with a Danish message and leaves the last
  good file as it was; ``try_save`` returns the outcome instead, for widgets to show.
- A damaged file, or one of the wrong type, is kept aside as ``<name>.beskadiget-<tid>.json`` (never deleted), the
  previous version is used, and ``problems()`` says so in Danish.

>>> import os, tempfile
>>> os.environ["WORKBOOK_WORK_DIR"] = tempfile.mkdtemp()
>>> _ = save_work("min_kommune", {"navn": "Eksempelby"})
>>> load_work("min_kommune")
{'navn': 'Eksempelby'}
>>> load_work("findes_ikke", default=[])
[]
>>> try_save("min_kommune", {"navn": "Eksempelby"}).ok
True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .messages import WorkbookError, quote

try:  # POSIX; on Windows saving works the same, without the cross-process lock
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

_REPO = Path(__file__).resolve().parent.parent
_NAME = re.compile(r"[a-z0-9_\-]+")
_PROBLEMS: list[str] = []


class SaveError(WorkbookError):
    """The work could not be saved. The message says why and what to do; the last good file is unchanged."""


@dataclass(frozen=True)
class SaveResult:
    """The outcome of a save, for a widget to show: ``ok`` and a Danish ``message``."""

    ok: bool
    message: str
    path: Path | None = None


def work_dir() -> Path:
    """The folder that holds the learner's saved work (made if missing)."""
    folder = Path(os.environ.get("WORKBOOK_WORK_DIR") or _REPO / "mit_arbejde")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SaveError(_why(error, folder)) from None
    return folder


def _path(name: str, suffix: str = ".json") -> Path:
    if not _NAME.fullmatch(name):
        raise ValueError(f"Invalid work name {name!r}: use lower-case letters, digits, _ and -.")
    return work_dir() / f"{name}{suffix}"


def _why(error: OSError, where: Path) -> str:
    """A Danish sentence for what went wrong on disk, and what the learner can do."""
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        cause = "disken er fuld"
        advice = "Slet eller flyt nogle filer, og prøv igen."
    elif isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        cause = f"mappen {where} må ikke skrives i"
        advice = "Spørg underviseren, eller ret mappens rettigheder, og prøv igen."
    else:
        cause = f"{where} kunne ikke skrives ({error.strerror or type(error).__name__})"
        advice = "Prøv igen om lidt; sker det igen, så spørg underviseren."
    return f"Dit arbejde er IKKE gemt: {cause}. {advice} Det, du har skrevet, står stadig på skærmen."


@contextlib.contextmanager
def _locked(name: str):
    """Hold the lock for ``name`` while reading or writing it (other notebooks wait a moment)."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    lock_path = _path(name, ".lock")
    try:
        handle = open(lock_path, "a+")  # noqa: SIM115 - closed below
    except OSError:
        yield  # a read-only folder: reading needs no lock, and the write itself will fail and say so
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _write_atomic(path: Path, text: str) -> None:
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _clean_leftovers(folder: Path, name: str) -> None:
    """Remove temporary files that a killed save of ``name`` left behind. It runs under the lock for ``name``, so no
    other save of it is under way: every such file is an orphan."""
    for tmp in folder.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


def _save_locked(name: str, obj: Any) -> Path:
    path = _path(name)
    text = json.dumps(obj, ensure_ascii=False, indent=2, default=str)
    _clean_leftovers(path.parent, name)
    if path.exists():
        current = path.read_text(encoding="utf-8", errors="replace")
        if _parse(current) is not _UNREADABLE:  # keep only a good version as the previous one
            _write_atomic(_path(name, ".forrige.json"), current)
    _write_atomic(path, text)
    return path


def save_work(name: str, obj: Any) -> Path:
    """Save ``obj`` (anything JSON can hold) under ``name``; returns the file. Raises ``SaveError`` if it fails."""
    try:
        with _locked(name):
            return _save_locked(name, obj)
    except OSError as error:
        raise SaveError(_why(error, work_dir())) from None


def update_work(name: str, change: Callable[[Any], Any], expect: type | tuple[type, ...] | None = None) -> Any:
    """Read the work under ``name``, pass it to ``change`` and save what it returns, all under one lock (so two
    notebooks updating different parts of one file never undo each other). Returns what was saved."""
    try:
        with _locked(name):
            new = change(load_work(name, expect=expect))
            _save_locked(name, new)
            return new
    except OSError as error:
        raise SaveError(_why(error, work_dir())) from None


def try_save(name: str, obj: Any, saved_text: str = "Gemt.") -> SaveResult:
    """Save, and say what happened: ``ok`` True with ``saved_text``, or False with the Danish reason."""
    try:
        path = save_work(name, obj)
    except SaveError as error:
        return SaveResult(False, str(error))
    return SaveResult(True, saved_text, path)


class _Unreadable:
    pass


_UNREADABLE = _Unreadable()


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, ValueError):
        return _UNREADABLE


def _put_aside(path: Path) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.stem}.beskadiget-{stamp}.json")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def load_work(name: str, default: Any = None, expect: type | tuple[type, ...] | None = None) -> Any:
    """The work saved under ``name``; ``default`` if there is none.

    A file that cannot be read, or whose content is not of type ``expect`` (for example ``dict``), is kept aside
    under a new name and reported in ``problems()``; the previous version is used instead.
    """
    for candidate in (_path(name), _path(name, ".forrige.json")):
        try:
            raw = candidate.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as error:
            _PROBLEMS.append(f"Filen {candidate.name} kunne ikke læses ({error.strerror}). Spørg underviseren.")
            continue
        try:
            value = _parse(raw.decode("utf-8"))
        except UnicodeDecodeError:
            value = _UNREADABLE
        if value is not _UNREADABLE and (expect is None or isinstance(value, expect)):
            if candidate.name.endswith(".forrige.json"):
                _PROBLEMS.append(f"Den forrige gemte udgave af {quote(name)} er brugt i stedet.")
            return value
        aside = _put_aside(candidate)
        kept = f" Den er gemt til side som {aside.name}, så intet er slettet." if aside else ""
        _PROBLEMS.append(f"Filen {candidate.name} i {candidate.parent} var beskadiget og kunne ikke bruges.{kept}")
    return default


def quote_name(name: str) -> str:
    return f"»{name}«"


def problems(clear: bool = True) -> list[str]:
    """Danish reports of damaged or unreadable save files met since the last call (cleared unless ``clear=False``)."""
    found = list(_PROBLEMS)
    if clear:
        _PROBLEMS.clear()
    return found


def save_table(name: str, frame: pd.DataFrame) -> Path:
    """Save a table (its columns, types as text, and rows) under ``name``."""
    return save_work(name, json.loads(frame.to_json(orient="split", index=False, date_format="iso")))


def load_table(name: str) -> pd.DataFrame | None:
    """The table saved under ``name``, or None if there is none."""
    saved = load_work(name, expect=dict)
    if not saved or not isinstance(saved.get("data"), list) or not isinstance(saved.get("columns"), list):
        return None
    try:
        return pd.DataFrame(saved["data"], columns=saved["columns"])
    except (ValueError, TypeError):
        _PROBLEMS.append(f"Tabellen {quote(name)} kunne ikke læses; der startes forfra med eksemplet.")
        return None
