"""The course plan (notebooks/kursusplan.md) is in step with the notebooks: their times, days' sums and sections."""

import importlib.util
import json
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("course_plan", ROOT / "tools" / "course_plan.py")
course_plan = sys.modules["course_plan"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(course_plan)
PLAN = (ROOT / "notebooks" / "kursusplan.md").read_text(encoding="utf-8")
NOTEBOOKS = {p.stem: p for p in sorted((ROOT / "notebooks").glob("*.ipynb"))}
# The module's notebooks; 07-09 may not be written yet, and only then may the plan name them without a time.
COURSE = [
    "00_kom_i_gang", "01_digitaliseringspolitik", "02_teknologiforstaaelse", "03_arbejdsgangsanalyse",
    "04_procesdata", "05_automatiseringspotentiale", "06_business_case", "07_organisation_og_kolleger",
    "08_mit_forslag", "09_portefoelje",
]  # fmt: skip


def stated_minutes(path):
    """The time a notebook states, read straight from its JSON (not through the tool)."""
    text = "".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "markdown")
    return int(re.search(r"\*\*Tid:\*\* ca\. (\d+) minutter", text).group(1))


def test_the_plan_is_what_the_tool_writes_from_the_notebooks():
    assert course_plan.render(PLAN, course_plan.current_notebooks()) == PLAN, (
        "run .venv/bin/python tools/course_plan.py"
    )


def test_every_notebook_is_planned_once_and_only_course_notebooks():
    planned = course_plan.planned_names(PLAN)
    assert len(planned) == len(set(planned))
    assert set(NOTEBOOKS) <= set(planned), f"not in the plan: {sorted(set(NOTEBOOKS) - set(planned))}"
    assert planned == [n for n in COURSE if n in planned], "the days follow the notebooks' order"
    for name in set(planned) - set(NOTEBOOKS):
        assert name in COURSE, f"the plan names {name}, which is not a notebook of the module"


def test_times_and_day_sums_match_the_notebooks():
    days = re.split(r"^## ", PLAN, flags=re.M)[1:]
    planned_days = 0
    for day in days:
        blocks = re.findall(r"<!-- plan:notebook (\S+) -->\n(.*?)<!-- /plan -->", day, re.S)
        total = re.search(r"Tid i notebookene denne dag:\*\* ca\. (\d+) minutter", day)
        if not blocks:
            continue
        planned_days += 1
        written = 0
        for name, body in blocks:
            if name in NOTEBOOKS:
                minutes = int(re.search(r"ca\. (\d+) minutter", body).group(1))
                assert minutes == stated_minutes(NOTEBOOKS[name]), name
                written += minutes
            else:
                assert "findes ikke endnu" in body
        assert total and int(total.group(1)) == written, day.splitlines()[0]
    assert planned_days >= 3


def test_sections_marked_deeper_are_listed_as_fordybelse(tmp_path):
    cells = [
        nbformat.v4.new_markdown_cell(
            "# Titel\n\n**Tid:** ca. 40 minutter\n\n**Fordybelse:** ca. 15 minutter (afsnit 2)\n\n## Læringsmål\n\n- a"
        ),
        nbformat.v4.new_markdown_cell("## 1. Grundlaget"),
        nbformat.v4.new_markdown_cell("## 2. Internationale målinger (fordybelse)"),
        nbformat.v4.new_markdown_cell("## 3. Rentefod\n\n*Fordybelse:* for de hurtige."),
        nbformat.v4.new_markdown_cell("## 4. Mere", metadata={"tags": ["fordybelse"]}),
        nbformat.v4.new_markdown_cell("## Opsummering"),
    ]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), tmp_path / "01_x.ipynb")
    found = course_plan.read_notebook(tmp_path / "01_x.ipynb")
    assert (found.title, found.minutes, found.deeper_minutes, found.deeper_note) == ("Titel", 40, 15, "(afsnit 2)")
    block = course_plan.notebook_block("01_x", {"01_x": found})
    assert "ca. 40 minutter · fordybelse: ca. 15 minutter (afsnit 2)" in block
    assert found.core == ["1. Grundlaget"]
    assert found.deeper == ["2. Internationale målinger", "3. Rentefod", "4. Mere"]


def test_the_plan_says_what_the_instructor_needs():
    text = PLAN.casefold()
    for needed in ("interview", "volumen", "digitaliseringsafdeling", "pitch", "jurist", "dpo", "word", "pdf",
                   "json", "hub", "før dag 1", "python3 workbook.py student", "python3 workbook.py app"):  # fmt: skip
        assert needed in text, needed
    day_1 = PLAN.split("## Dag 1", 1)[1].split("\n## ", 1)[0]
    assert "Digitaliseringsafdelingen deltager" in day_1, "the department receives the ideas on day 1"
    last_day = PLAN.split("## Dag ")[-1].split("\n## ", 1)[0]
    assert "Digitaliseringsafdelingen deltager" in last_day and "pitch" in last_day, "and the pitches on the last day"
