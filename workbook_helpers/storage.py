"""Learners' work, saved as they go so that a crash or a kernel restart loses nothing.

Each piece of work is one JSON file in the work folder: ``mit_arbejde/`` at the top of the workbook, or the folder
in the environment variable ``WORKBOOK_WORK_DIR`` (tests use a temporary one). Writes are atomic (a new file is
written, then moved into place), and the previous version is kept as ``<name>.forrige.json``.

>>> import os, tempfile
>>> os.environ["WORKBOOK_WORK_DIR"] = tempfile.mkdtemp()
>>> _ = save_work("min_kommune", {"navn": "Eksempelby"})
>>> load_work("min_kommune")
{'navn': 'Eksempelby'}
>>> load_work("findes_ikke", default=[])
[]
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

_REPO = Path(__file__).resolve().parent.parent
_NAME = re.compile(r"[a-z0-9_\-]+")


def work_dir() -> Path:
    """The folder that holds the learner's saved work (made if missing)."""
    folder = Path(os.environ.get("WORKBOOK_WORK_DIR") or _REPO / "mit_arbejde")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _path(name: str, suffix: str = ".json") -> Path:
    if not _NAME.fullmatch(name):
        raise ValueError(f"Invalid work name {name!r}: use lower-case letters, digits, _ and -.")
    return work_dir() / f"{name}{suffix}"


def save_work(name: str, obj: Any) -> Path:
    """Save ``obj`` (anything JSON can hold) under ``name``; returns the file it went to."""
    path = _path(name)
    text = json.dumps(obj, ensure_ascii=False, indent=2, default=str)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    if path.exists():
        os.replace(path, _path(name, ".forrige.json"))
    os.replace(tmp, path)
    return path


def load_work(name: str, default: Any = None) -> Any:
    """The work saved under ``name``; ``default`` if there is none. A damaged file falls back to the last version."""
    for candidate in (_path(name), _path(name, ".forrige.json")):
        if candidate.exists():
            try:
                return json.loads(candidate.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
    return default


def save_table(name: str, frame: pd.DataFrame) -> Path:
    """Save a table (its columns, types as text, and rows) under ``name``."""
    return save_work(name, json.loads(frame.to_json(orient="split", index=False, date_format="iso")))


def load_table(name: str) -> pd.DataFrame | None:
    """The table saved under ``name``, or None if there is none."""
    saved = load_work(name)
    if not saved:
        return None
    return pd.DataFrame(saved["data"], columns=saved["columns"])
