"""Build the student edition (elevudgaven) from the committed notebooks, which are the instructor edition.

    .venv/bin/python tools/student_edition.py                        # build/elev/: no solutions shown
    .venv/bin/python tools/student_edition.py --solutions 01:1,3     # notebook 01 shows the solutions of 1 and 3
    .venv/bin/python tools/student_edition.py --course kursus.toml   # the course's settings file (see below)
    python3 workbook.py student [the same options]                   # the same, after the usual set-up

What changes, cell by cell (the idea of INRIA's scikit-learn MOOC generator, on nbformat):

- cells tagged ``instructor`` are dropped, and so are markdown cells that start with "**Til underviseren" or
  "> **Til underviseren" (notebooks not yet converted); such a quote or paragraph inside another markdown cell is
  cut out;
- cells tagged ``solution`` are dropped, unless the course shows the solution of every exercise they name (a short
  markdown cell just before, that only invites to see the solution, goes with them);
- a block between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` becomes ``svar_N = ____`` for each answer it set;
- the edition carries ``.workbook_settings.json``: ``opgave_N.løsning()`` then says "Spørg underviseren." (or that
  solutions are off) except for the exercises the course shows (workbook_helpers.exercises.solution_mode).

A course settings file (TOML) for ``--course``:

    skjulte_loesninger = "spørg"   # or "fra"
    [vis_loesninger]
    "01" = [1, 3]                 # notebook 01: the solutions of exercises 1 and 3 show
    "06" = "alle"                 # notebook 06: every solution shows
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "notebooks"
TARGET = ROOT / "build" / "elev"
SETTINGS_FILE = ".workbook_settings.json"  # the name workbook_helpers.exercises reads
INSTRUCTOR, SOLUTION = "instructor", "solution"
NOTE_START = re.compile(r"^\s*(>\s*)?\*\*Til underviseren")
QUOTED_NOTE = re.compile(r"(?m)^>\s*\*\*Til underviseren.*(?:\n>.*)*\n?")  # the quote, to its last > line
PARAGRAPH_NOTE = re.compile(r"(?m)^\*\*Til underviseren.*(?:\n(?!\s*$).*)*\n?")  # the paragraph, to a blank line
SOLUTION_BLOCK = re.compile(r"(?ms)^([ \t]*)#+ *BEGIN SOLUTION[^\n]*\n(.*?)^[ \t]*#+ *END SOLUTION[^\n]*(\n|\Z)")
ANSWER = re.compile(r"\b(svar_\d+)\s*=")
EXERCISE = re.compile(r"\bopgave_(\d+)\b")
HIDDEN_MODES = {"spørg": "ask", "fra": "off"}
ALL = "alle"


@dataclass
class Course:
    """What the instructor decided for this course: which solutions show, and what the hidden ones say."""

    hidden: str = "ask"  # "ask" or "off"
    shown: dict[str, set[int] | str] = field(default_factory=dict)  # notebook number "01" -> exercises or "alle"

    def shows(self, stem: str, number: int) -> bool:
        chosen = self.shown.get(stem[:2], set())
        return chosen == ALL or number in chosen

    def settings(self, exercises: dict[str, set[int]]) -> dict:
        shown = {
            stem: sorted(f"opgave_{n}" for n in numbers if self.shows(stem, n)) for stem, numbers in exercises.items()
        }
        return {
            "edition": "student",
            "solutions": {"hidden": self.hidden, "shown": {k: v for k, v in shown.items() if v}},
        }


class CourseError(ValueError):
    """A course setting the tool cannot use; its text is Danish and says what to write instead."""


def parse_solutions(values: list[str]) -> dict[str, set[int] | str]:
    """``["01:1,3", "06:alle"]`` -> ``{"01": {1, 3}, "06": "alle"}``."""
    shown: dict[str, set[int] | str] = {}
    for value in values:
        notebook, _, numbers = value.partition(":")
        if not re.fullmatch(r"\d\d", notebook.strip()) or not numbers.strip():
            raise CourseError(f"»{value}« skal skrives som notebooknummer:opgaver, fx 01:1,3 eller 06:alle.")
        shown[notebook.strip()] = _numbers(numbers, value)
    return shown


def _numbers(numbers, where: str) -> set[int] | str:
    if isinstance(numbers, str) and numbers.strip().casefold() == ALL:
        return ALL
    items = numbers.split(",") if isinstance(numbers, str) else numbers
    try:
        return {int(str(n).strip()) for n in items}
    except (TypeError, ValueError):
        raise CourseError(f"»{where}«: opgaverne skal være numre, fx 1,3, eller »alle«.") from None


def read_course(path: Path) -> Course:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError:
        raise CourseError(f"Kursusfilen {path} kan ikke læses.") from None
    except tomllib.TOMLDecodeError as error:
        raise CourseError(f"Kursusfilen {path} er ikke gyldig TOML: {error}.") from None
    hidden = data.get("skjulte_loesninger", "spørg")
    if hidden not in HIDDEN_MODES:
        raise CourseError(f"Kursusfilen {path}: skjulte_loesninger skal være »spørg« eller »fra«, ikke »{hidden}«.")
    shown = {}
    for notebook, numbers in data.get("vis_loesninger", {}).items():
        if not re.fullmatch(r"\d\d", str(notebook)):
            raise CourseError(f"Kursusfilen {path}: »{notebook}« under [vis_loesninger] skal være et notebooknummer.")
        shown[str(notebook)] = _numbers(numbers, f"{path}, {notebook}")
    return Course(HIDDEN_MODES[hidden], shown)


def is_instructor_note(cell) -> bool:
    if INSTRUCTOR in cell.metadata.get("tags", []):
        return True
    return cell.cell_type == "markdown" and bool(NOTE_START.match(cell.source))


def _clear_solution_blocks(source: str) -> str:
    def stub(match: re.Match) -> str:
        indent, block = match.group(1), match.group(2)
        answers = list(dict.fromkeys(ANSWER.findall(block)))
        lines = [f"{indent}{name} = ____" for name in answers] or [f"{indent}____"]
        return "\n".join(lines) + match.group(3)

    return SOLUTION_BLOCK.sub(stub, source)


def _invites_to_solution(cell) -> bool:
    """A short markdown cell without a heading that only leads to the solution cell after it."""
    text = cell.source.strip()
    return cell.cell_type == "markdown" and "løsning" in text.casefold() and len(text) < 200 and "#" not in text


def student_notebook(notebook, stem: str, course: Course):
    """A copy of ``notebook`` without instructor notes and solutions (the input is not changed)."""
    result = nbformat.from_dict(json.loads(json.dumps(notebook)))
    cells = []
    for cell in result.cells:
        if is_instructor_note(cell):
            continue
        if SOLUTION in cell.metadata.get("tags", []):
            numbers = {int(n) for n in EXERCISE.findall(cell.source)}
            if not numbers or not all(course.shows(stem, n) for n in numbers):
                if cells and _invites_to_solution(cells[-1]):
                    cells.pop()  # »Vil du se løsningen? Kør cellen.« would point at nothing
                continue
        if cell.cell_type == "markdown" and "Til underviseren" in cell.source:
            text = PARAGRAPH_NOTE.sub("", QUOTED_NOTE.sub("", cell.source))
            cell.source = re.sub(r"\n{3,}", "\n\n", text).strip()
            if not cell.source:
                continue
        if cell.cell_type == "code":
            cell.source = _clear_solution_blocks(cell.source)
        cells.append(cell)
    result.cells = cells
    return result


def exercise_numbers(notebook) -> set[int]:
    return {int(n) for c in notebook.cells if c.cell_type == "code" for n in EXERCISE.findall(c.source)}


def leaks(notebook) -> list[str]:
    """What of the instructor edition is left in a student notebook (empty when nothing is)."""
    found = []
    for index, cell in enumerate(notebook.cells):
        tags = cell.metadata.get("tags", [])
        if INSTRUCTOR in tags:
            found.append(f"celle {index} er mærket {INSTRUCTOR}")
        if "Til underviseren" in cell.source:
            found.append(f"celle {index} indeholder »Til underviseren«")
        if re.search(r"#+ *(BEGIN|END) SOLUTION", cell.source):
            found.append(f"celle {index} indeholder en løsningsblok")
    return found


def build(target: Path = TARGET, course: Course | None = None, source: Path = SOURCE) -> list[Path]:
    """Write the student edition of every notebook in ``source`` into ``target``; returns the notebooks written."""
    course = course or Course()
    if Path(target).resolve() == Path(source).resolve():
        raise CourseError("Elevudgaven skal skrives i en anden mappe end notebookene selv, fx build/elev.")
    target.mkdir(parents=True, exist_ok=True)
    for old in [*target.glob("*.ipynb"), target / SETTINGS_FILE]:
        old.unlink(missing_ok=True)  # a notebook removed from the source leaves the edition too
    written, exercises = [], {}
    for path in sorted(source.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        exercises[path.stem] = exercise_numbers(notebook)
        student = student_notebook(notebook, path.stem, course)
        problems = leaks(student)
        if problems:
            raise CourseError(f"{path.name}: elevudgaven ville stadig have {'; '.join(problems)}.")
        nbformat.write(student, target / path.name)
        written.append(target / path.name)
    for extra in source.iterdir():  # pictures and data files the notebooks use; the instructor's pages stay behind
        if extra.is_file() and extra.suffix not in (".ipynb", ".md") and not extra.name.startswith("."):
            shutil.copy2(extra, target / extra.name)
    settings = json.dumps(course.settings(exercises), ensure_ascii=False, indent=2)
    (target / SETTINGS_FILE).write_text(settings + "\n", encoding="utf-8")
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="student", description="Byg elevudgaven af arbejdsbogen i build/elev/.")
    parser.add_argument("--solutions", "--vis-løsninger", action="append", default=[], metavar="NN:1,3",
                        help="vis løsningerne på disse opgaver i notebook NN (fx 01:1,3 eller 06:alle)")  # fmt: skip
    parser.add_argument("--hidden", "--skjulte", choices=sorted(HIDDEN_MODES), default=None,
                        help="hvad opgave_N.løsning() ellers siger: »spørg« underviseren, eller »fra«")  # fmt: skip
    parser.add_argument("--course", "--kursus", type=Path, help="en kursusfil (TOML), se tools/student_edition.py")
    parser.add_argument("--target", type=Path, default=TARGET, help="mappen elevudgaven skrives i")
    args = parser.parse_args(argv)
    try:
        course = read_course(args.course) if args.course else Course()
        course.shown.update(parse_solutions(args.solutions))
        if args.hidden:
            course.hidden = HIDDEN_MODES[args.hidden]
        written = build(args.target.resolve(), course)
    except CourseError as error:
        print(f"Elevudgaven blev ikke bygget: {error}", file=sys.stderr)
        return 1
    shown = course.settings({p.stem: exercise_numbers(nbformat.read(p, as_version=4)) for p in written})
    cells = lambda path: len(nbformat.read(path, as_version=4).cells)  # noqa: E731
    dropped = sum(cells(SOURCE / p.name) - cells(p) for p in written)
    count = sum(len(v) for v in shown["solutions"]["shown"].values())
    where = args.target.resolve()
    print(f"Elevudgaven er bygget i {where.relative_to(ROOT) if where.is_relative_to(ROOT) else where}: "
          f"{len(written)} notebooks, {dropped} celler til underviseren fjernet, "
          f"{count} løsninger vises.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
