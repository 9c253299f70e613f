"""The student edition: built from the instructor notebooks, no instructor note or solution left, all checkable."""

import importlib.util
import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from workbook_helpers.exercises import Exercise

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("student_edition", ROOT / "tools" / "student_edition.py")
edition = sys.modules["student_edition"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(edition)
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHECKS = re.compile(r"\b(opgave_\d+)\.tjek\((svar_\d+)")


def md(text, tags=()):
    return nbformat.v4.new_markdown_cell(text, metadata={"tags": list(tags)})


def code(text, tags=()):
    return nbformat.v4.new_code_cell(text, metadata={"tags": list(tags)})


@pytest.fixture
def teacher_notebook():
    return nbformat.v4.new_notebook(
        cells=[
            md(
                "# Titel\n\n**Tid:** ca. 30 minutter\n\n> **Til underviseren:** Brug 10 minutter.\n> Vis widgetten.\n"
                "\n## Læringsmål\n\n- noget"
            ),
            md("**Til underviseren:** Spørg holdet.", tags=["instructor"]),
            md("> **Til underviseren:** Gammel form, ikke mærket."),
            md("## Afsnit\n\nTekst.\n\n**Til underviseren:** Midt i en celle.\nTo linjer.\n\nMere tekst."),
            code("svar_1 = ____\nopgave_1.tjek(svar_1)"),
            code("### BEGIN SOLUTION\nsvar_2 = 1924\n### END SOLUTION\nopgave_2.tjek(svar_2)"),
            md("Vil du se løsningen? Kør cellen herunder."),
            code("opgave_1.løsning()", tags=["solution"]),
            code("opgave_2.løsning()", tags=["solution"]),
        ]
    )


def test_instructor_notes_and_solutions_are_dropped(teacher_notebook):
    student = edition.student_notebook(teacher_notebook, "00_x", edition.Course())
    sources = [c.source for c in student.cells]
    assert len(sources) == 4 and not edition.leaks(student)
    assert sources[1] == "## Afsnit\n\nTekst.\n\nMere tekst."
    assert "Til underviseren" not in sources[0] and "## Læringsmål" in sources[0] and "**Tid:** ca. 30" in sources[0]
    assert sources[3] == "svar_2 = ____\nopgave_2.tjek(svar_2)"
    assert len(teacher_notebook.cells) == 9, "the instructor edition is not changed"


def test_the_course_decides_which_solution_cells_stay(teacher_notebook):
    course = edition.Course(shown=edition.parse_solutions(["00:2"]))
    student = edition.student_notebook(teacher_notebook, "00_x", course)
    assert [c.source for c in student.cells][-1] == "opgave_2.løsning()"
    assert course.settings({"00_x": {1, 2}})["solutions"] == {"hidden": "ask", "shown": {"00_x": ["opgave_2"]}}


def test_course_file_and_options_are_read_with_danish_messages(tmp_path):
    course_file = tmp_path / "kursus.toml"
    course_file.write_text('skjulte_loesninger = "fra"\n[vis_loesninger]\n"01" = [1, 3]\n"06" = "alle"\n', "utf-8")
    course = edition.read_course(course_file)
    assert course.hidden == "off" and course.shows("01_politik", 3) and not course.shows("01_politik", 2)
    assert course.shows("06_bc", 4)
    course_file.write_text('skjulte_loesninger = "måske"\n', "utf-8")
    with pytest.raises(edition.CourseError, match="»spørg« eller »fra«"):
        edition.read_course(course_file)
    with pytest.raises(edition.CourseError, match="fx 01:1,3"):
        edition.parse_solutions(["1,3"])


@pytest.fixture
def opgave():
    return Exercise(100, name="opgave_2", solution="6.000 ÷ 60 = 100.", solution_code="svar_2 = 6000 / 60")


def test_solution_follows_the_setting_the_edition_carries(tmp_path, monkeypatch, opgave):
    settings = tmp_path / ".workbook_settings.json"
    monkeypatch.setenv("WORKBOOK_SETTINGS", str(settings))
    assert "6.000 ÷ 60" in str(opgave.løsning()), "without a settings file (instructor edition) the solution shows"
    settings.write_text(json.dumps({"solutions": {"hidden": "ask", "shown": {"03_x": ["opgave_2"]}}}))
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    hidden = opgave.løsning()
    assert "Spørg underviseren" in hidden.message and "6.000" not in str(hidden) and hidden.code is None
    monkeypatch.setenv("JPY_SESSION_NAME", "/home/kursist/elev/03_x.ipynb")
    assert "6.000 ÷ 60" in str(opgave.løsning()), "the course shows this exercise's solution in notebook 03"
    settings.write_text(json.dumps({"solutions": {"hidden": "off"}}))
    assert "slået fra" in opgave.løsning().message
    settings.write_text("{ikke json")
    assert "Spørg underviseren" in opgave.løsning().message, "a damaged setting hides the solution"


def test_the_edition_never_overwrites_the_instructor_notebooks():
    with pytest.raises(edition.CourseError, match="anden mappe"):
        edition.build(ROOT / "notebooks")


def test_the_real_notebooks_build_without_leaks_and_stay_checkable(tmp_path):
    written = edition.build(tmp_path, edition.Course())
    assert [p.name for p in written] == [p.name for p in NOTEBOOKS]
    settings = json.loads((tmp_path / ".workbook_settings.json").read_text())
    assert settings == {"edition": "student", "solutions": {"hidden": "ask", "shown": {}}}
    for teacher_path, student_path in zip(NOTEBOOKS, written, strict=True):
        student = nbformat.read(student_path, as_version=4)
        assert edition.leaks(student) == [], student_path.name
        assert not any("solution" in c.metadata.get("tags", []) for c in student.cells), student_path.name
        teacher = nbformat.read(teacher_path, as_version=4)
        checks = lambda nb: {m for c in nb.cells if c.cell_type == "code" for m in CHECKS.findall(c.source)}  # noqa: E731
        assert checks(student) == checks(teacher), f"{student_path.name}: every exercise can still be checked"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_student_notebook_runs_and_no_package_solution_shows(path, tmp_path, monkeypatch):
    """Run as a learner would, then ask every exercise for its solution: none is shown, none was printed."""
    edition.build(tmp_path, edition.Course())
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    notebook = nbformat.read(tmp_path / path.name, as_version=4)
    probe = (
        "import json as _json\nfrom workbook_helpers.exercises import Exercise as _Exercise\n"
        "print(_json.dumps({_n: [_e.solution_text, _e.løsning().message] for _n, _e in dict(globals()).items()"
        " if isinstance(_e, _Exercise)}))\n"
        "print(_json.dumps([_e.solution_code for _e in dict(globals()).values() if isinstance(_e, _Exercise)]))"
    )
    notebook.cells.append(nbformat.v4.new_code_cell(probe))
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    found_text, codes_text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs).splitlines()
    found = json.loads(found_text)
    outputs = [o for c in notebook.cells[:-1] for o in c.get("outputs", [])]
    shown_text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    for name, (solution, answer) in found.items():
        assert "Spørg underviseren" in answer, f"{name}.løsning() in the student edition"
        assert not solution or solution not in shown_text, f"the solution of {name} was shown"
    for code in json.loads(codes_text):
        assert not code or code not in shown_text, "a solution's code was shown"
