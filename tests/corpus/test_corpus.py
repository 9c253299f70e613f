"""The bad-input corpus: every case in cases.toml gives exactly its expected outcome.

Read correctly, or a Danish message (a ``WorkbookError`` or ``ValueError``, never a traceback) that names the file,
the row or the field, and nothing saved before is lost. One case per line in cases.toml; the entry points are the
widget fields of notebook 03, »Hent fra fil«, ``data.read_table``, ``eventlog.prepare_log``, the business-case model,
exercise answers and the case file on disk.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import tomllib
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from workbook_helpers import case, data, storage
from workbook_helpers.business_case.model import BusinessCase
from workbook_helpers.exercises import Exercise, ____
from workbook_helpers.workflow import eventlog, examples, files, widgets

CASES = tomllib.loads((Path(__file__).parent / "cases.toml").read_text(encoding="utf-8"))["cases"]
ENGLISH = re.compile(
    r"Traceback|Error\b|Exception|KeyError|could not|invalid literal|object has no|NoneType|(?<!»)\bnan\b"
)


def params():
    for item in CASES:
        marks = [pytest.mark.xfail(reason=item["xfail"], strict=True)] if item.get("xfail") else []
        yield pytest.param(item, id=item["id"], marks=marks)


def danish(text: str, contains: list[str]) -> None:
    """A Danish message for a learner: no English exception text, and every expected fragment (any case)."""
    assert not ENGLISH.search(text), f"English or technical text in: {text}"
    for fragment in contains:
        assert fragment.lower() in text.lower(), f"{fragment!r} not in: {text}"


def shown(value_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", value_html))


def value(raw):
    if raw == "@none":
        return None
    if raw == "____":
        return ____
    if isinstance(raw, list):
        return tuple(raw)  # what `svar = 26,25` gives in a code cell
    return raw


# --- shared widgets (made once: a widget takes a moment to build) --------------------------------------------


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("arbejde")
        patch.setenv("WORKBOOK_WORK_DIR", str(folder))
        yield folder


def base_steps() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"step": "Modtag", "actor": "Sekretær", "system": "Mail", "minutes": "5", "per_year": "150"},
            {"step": "Afgør", "actor": "Leder", "system": "ESDH", "minutes": "10", "per_year": "150"},
        ]
    )


@pytest.fixture(scope="module")
def editor(work):
    editor = widgets.WorkflowEditor(start=base_steps())
    editor.cell(1, "minutes").value = "12"  # the learner's own from now on
    return editor


@pytest.fixture(scope="module")
def scenario(work):
    return widgets.ToBeScenario(examples.example("skole_indskrivning"))


@pytest.fixture(scope="module")
def register(work):
    return widgets.IrritationRegister()


# --- the entry points ----------------------------------------------------------------------------------------


def run_cell(item, editor):
    column = item["column"]
    good = {**editor.rows[0], **widgets._editor_row(base_steps().iloc[0].to_dict())}
    editor.rows[0] = good
    editor.validate()
    editor.set_cell(0, column, item["value"])
    text = shown(editor.status.value)
    saved = case.part("as_is").value
    assert len(saved["rows"]) == 2 and saved["rows"][1]["minutes"] in (12.0, "12")  # nothing else lost
    if item["expect"] == "ok":
        assert editor.steps is not None, text
        assert "⚠️" not in editor.status.value, text
        assert editor.steps.loc[0, column] == item["value_is"]
    elif item["expect"] == "warning":
        assert editor.steps is not None and "⚠️" in editor.status.value, text
        danish(text, item["contains"])
    else:
        assert editor.steps is None, text
        danish(text, item["contains"] + ["Række 1"])


def run_tobe(item, scenario):
    scenario.reset()
    scenario.step.value = "Modtag indmeldelse"
    getattr(scenario, item["field"]).value = item["value"]
    ok = scenario.apply()
    text = shown(scenario.message.value)
    if item["expect"] == "ok":
        assert ok, text
    else:
        assert not ok
        danish(text, item["contains"])
        assert "Række" not in text and ".0" not in text  # no row the learner never saw, numbers as typed
        assert scenario.hours_freed() == 0  # the to-be workflow is as it was


def run_irritation(item, register):
    before = len(register.register)
    saved_before = case.part("irritations").value
    register.irritation.value, register.per_year.value = item["irritation"], item["per_year"]
    register.minutes.value = item["minutes"]
    register.waste.value = item["waste"] if item["waste"] in dict(register.waste.options).values() else ""
    if item["waste"] and item["waste"] not in dict(register.waste.options).values():
        # A waste the drop-down cannot hold (from a file or another notebook): the model answers it.
        from workbook_helpers.workflow import model

        with pytest.raises(ValueError) as error:
            model.add_irritation(register.register, item["irritation"], waste=item["waste"])
        danish(str(error.value), item["contains"])
        return
    ok = register.add()
    text = shown(register.status.value)
    if item["expect"] == "ok":
        assert ok and len(register.register) == before + 1, text
        assert len(case.part("irritations").value["rows"]) == before + 1
    else:
        assert not ok and len(register.register) == before
        danish(text, item["contains"])
        assert case.part("irritations").value == saved_before  # nothing saved is lost
        assert register.irritation.value == item["irritation"]  # and the typed text stays


def _excel(path: Path, rows: list[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for r, line in enumerate(rows, start=1):
        for c, text in enumerate(line.split(";"), start=1):
            cell = sheet.cell(row=r, column=c)
            if text.startswith("@num:"):
                cell.value = float(text[5:])
            elif text.startswith("@date:"):
                cell.value = dt.datetime.fromisoformat(text[6:])
            else:
                cell.value = text
                cell.data_type = "s"  # typed as text, even when it starts with =
    book.save(path)


def _write(item, folder: Path, monkeypatch) -> Path:
    path = folder / item["name"]
    special = item.get("special")
    if special == "folder":
        path.mkdir()
    elif special == "missing":
        pass
    elif "rows" in item:
        _excel(path, item["rows"])
    elif "hex" in item:
        path.write_bytes(bytes.fromhex(item["hex"]))
    else:
        raw = item["text"].encode(item.get("encoding", "utf-8"))
        if "bad_byte_at" in item:
            at = raw.index(item["bad_byte_at"].encode())
            raw = raw[:at] + b"\xff" + raw[at:]
        if special == "big":
            raw += b" " * (files.MAX_FILE_BYTES + 1)
        path.write_bytes(raw)
    if special == "unreadable":  # tests may run as root, who can read anything: refuse as the disk would
        real = Path.read_bytes

        def refuse(self):
            if self == path:
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    return path


def _first(frame: pd.DataFrame, position: int) -> str:
    return str(frame.iloc[position, 0])


def run_file(item, tmp_path, monkeypatch):
    path = _write(item, tmp_path, monkeypatch)
    if item["expect"] == "ok":
        read = files.read_steps(path) if item["entry"] == "file" else data.read_table(path, item["spec"])
        assert _first(read, 0).startswith(item["first"])
        if "last" in item:
            assert _first(read, -1).startswith(item["last"])
        return
    with pytest.raises(data.DataError) as error:
        files.read_steps(path) if item["entry"] == "file" else data.read_table(path, item["spec"])
    danish(str(error.value), [item["name"], *item["contains"]])


def run_eventlog(item):
    columns = [eventlog.CASE, eventlog.ACTIVITY, eventlog.TIMESTAMP]
    rows = [line.split(";") for line in item["rows"].split("|") if line]
    for row in rows:
        if row[2].startswith("@date:"):
            row[2] = pd.Timestamp(row[2][6:])  # an Excel date cell among text cells
    log = pd.DataFrame(rows, columns=columns, dtype=object)
    if "drop" in item:
        log = log.drop(columns=item["drop"])
    if item["expect"] == "ok":
        prepared = eventlog.prepare_log(log)
        assert len(prepared) >= 1 and prepared[eventlog.TIMESTAMP].notna().all()
        return
    with pytest.raises(ValueError) as error:
        eventlog.prepare_log(log)
    danish(str(error.value), item["contains"])


def run_business_case(item):
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in item["fields"].items()}
    if item["expect"] == "ok":
        BusinessCase(**fields)
        return
    with pytest.raises(ValueError) as error:
        BusinessCase(**fields)
    danish(str(error.value), item["contains"])


def run_exercise(item):
    expected = item["expected"]
    exercise = Exercise(expected, tolerance=0.05) if isinstance(expected, (int, float)) else Exercise(expected)
    feedback = exercise.tjek(value(item["answer"]))
    assert feedback.state == item["expect"], str(feedback)
    danish(str(feedback), [])


def run_saved(item, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    storage.problems()
    first = {"title": "Første", "rows": [{"step": "A", "actor": "X", "minutes": 5, "per_year": 1}]}
    second = {"title": "Anden", "rows": [{"step": "B", "actor": "X", "minutes": 5, "per_year": 1}]}
    assert case.part("as_is").save(first).ok and case.part("as_is").save(second).ok
    target = tmp_path / "min_sag.json"
    content = item["content"]
    raw = bytes.fromhex(content[5:]) if content.startswith("@hex:") else content.encode("utf-8")
    target.write_bytes(raw)
    handle = case.part("as_is")
    problems = storage.problems()
    for problem in problems:
        danish(problem, [])
    expect = item["expect"]
    if expect == "previous":
        assert handle.value == first  # the version before the damaged one
        assert problems and list(tmp_path.glob("min_sag.beskadiget-*.json"))  # reported, and kept aside
        assert sorted(p.read_bytes() for p in tmp_path.glob("min_sag.beskadiget-*.json")) == [raw]
    elif expect == "empty":
        assert handle.value is None
        assert target.read_bytes() == raw  # not deleted or overwritten by reading
    else:
        assert handle.value == json.loads(content)["parts"]["as_is"]["value"]
    view = widgets.WorkflowEditor(start=base_steps())  # the editor opens on any of them, in Danish
    assert view.status.value and "Traceback" not in view.origin.value


@pytest.mark.parametrize("item", list(params()))
def test_corpus_case(item, request, tmp_path, monkeypatch):
    entry = item["entry"]
    if entry == "cell":
        run_cell(item, request.getfixturevalue("editor"))
    elif entry == "tobe":
        run_tobe(item, request.getfixturevalue("scenario"))
    elif entry == "irritation":
        run_irritation(item, request.getfixturevalue("register"))
    elif entry in ("file", "table"):
        run_file(item, tmp_path, monkeypatch)
    elif entry == "eventlog":
        run_eventlog(item)
    elif entry == "business_case":
        run_business_case(item)
    elif entry == "exercise":
        run_exercise(item)
    elif entry == "saved":
        run_saved(item, tmp_path, monkeypatch)
    else:
        raise AssertionError(f"unknown entry point {entry!r}")


def test_the_corpus_is_big_and_covers_every_entry_point():
    assert len(CASES) >= 200
    assert len({c["id"] for c in CASES}) == len(CASES)
    entries = {c["entry"] for c in CASES}
    assert entries == {"cell", "tobe", "irritation", "file", "table", "eventlog", "business_case", "exercise", "saved"}
