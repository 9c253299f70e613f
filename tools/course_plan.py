"""Keep the course plan (notebooks/kursusplan.md) in step with the notebooks: times and sections come from them.

    .venv/bin/python tools/course_plan.py           # rewrite the generated parts of the plan
    .venv/bin/python tools/course_plan.py --check   # only say whether the plan is out of step (exit 1)

The plan is hand-written prose with generated blocks between markers:

    <!-- plan:notebook 03_arbejdsgangsanalyse -->   ... the notebook's title, time and sections ...   <!-- /plan -->
    <!-- plan:dag -->   ... the sum of the notebook times of this day (the `## Dag` section) ...   <!-- /plan -->

A notebook's time is its line ``**Tid:** ca. N minutter`` (and ``**Fordybelse:** ca. N minutter …`` if it has one,
shown as it stands). Its sections are its ``##`` headings (not
"Læringsmål" or the wrap-ups). A section is "Fordybelse" when its heading cell is tagged ``fordybelse``, or its
heading or the first line after it says "Fordybelse"; otherwise it is "Kerne". A notebook the plan names but
that is not written yet is shown as such, and counts nothing.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "notebooks" / "kursusplan.md"
BLOCK = re.compile(r"<!-- plan:(notebook (?P<name>\d\d_[a-z0-9_]+)|dag) -->\n.*?<!-- /plan -->", re.S)
TIME = re.compile(r"^\*\*Tid:\*\* ca\. (\d+) minutter\s*$", re.M)
DEEPER_TIME = re.compile(r"^\*\*Fordybelse:\*\* ca\. (\d+) minutter(.*)$", re.M)  # e.g. "(afsnit 7)" after it
DEEPER = re.compile(r"fordybelse", re.I)
SKIPPED = {"Læringsmål", "Opsummering", "Kilder", "Når du er færdig"}  # wrap-ups belong to every section


@dataclass
class Notebook:
    name: str
    title: str = ""
    minutes: int | None = None
    deeper_minutes: int | None = None
    deeper_note: str = ""
    core: list[str] = field(default_factory=list)
    deeper: list[str] = field(default_factory=list)


def read_notebook(path: Path) -> Notebook:
    notebook = nbformat.read(path, as_version=4)
    found = Notebook(path.stem)
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        if not found.title and (m := re.match(r"#\s+(.+)", cell.source)):
            found.title = m.group(1).strip()
        if found.minutes is None and (m := TIME.search(cell.source)):
            found.minutes = int(m.group(1))
        if found.deeper_minutes is None and (m := DEEPER_TIME.search(cell.source)):
            found.deeper_minutes, found.deeper_note = int(m.group(1)), m.group(2).strip()
        lines = cell.source.splitlines()
        for index, line in enumerate(lines):
            if not (m := re.match(r"##\s+(.+)", line)) or m.group(1).strip() in SKIPPED:
                continue
            heading = m.group(1).strip()
            after = next((x for x in lines[index + 1 :] if x.strip()), "")
            deeper = (
                "fordybelse" in cell.metadata.get("tags", [])
                or DEEPER.search(heading)
                or re.match(r"[>*_\s]*Fordybelse", after, re.I)
            )
            clean = re.sub(r"\s*[(\[]?\s*(fordybelse|kerne)\s*[)\]]?\s*$", "", heading, flags=re.I)
            (found.deeper if deeper else found.core).append(clean)
    return found


def notebook_block(name: str, notebooks: dict[str, Notebook]) -> str:
    if name not in notebooks:
        return f"**`{name}`** · findes ikke endnu (tiden tælles med, når notebooken er skrevet)"
    nb = notebooks[name]
    time = f"ca. {nb.minutes} minutter" if nb.minutes is not None else "ingen tid angivet"
    if nb.deeper_minutes is not None:
        time += f" · fordybelse: ca. {nb.deeper_minutes} minutter {nb.deeper_note}".rstrip()
    lines = [f"**`{name}`: {nb.title}** · {time}", ""]
    lines.append(f"- Kerne: {'; '.join(nb.core) if nb.core else 'hele notebooken'}")
    lines.append(f"- Fordybelse: {'; '.join(nb.deeper) if nb.deeper else 'ingen afsnit er markeret endnu'}")
    return "\n".join(lines)


def render(text: str, notebooks: dict[str, Notebook]) -> str:
    """The plan with every generated block written from ``notebooks``."""
    day_minutes, deeper, missing, out, position = 0, 0, 0, [], 0
    for match in BLOCK.finditer(text):
        before = text[position : match.start()]
        if re.search(r"^## ", before, re.M):
            day_minutes, deeper, missing = 0, 0, 0  # a new `##` section (a day) starts its own sum
        out.append(before)
        if match.group("name"):
            name = match.group("name")
            day_minutes += (notebooks[name].minutes or 0) if name in notebooks else 0
            deeper += (notebooks[name].deeper_minutes or 0) if name in notebooks else 0
            missing += name not in notebooks
            body = notebook_block(name, notebooks)
            out.append(f"<!-- plan:notebook {name} -->\n{body}\n<!-- /plan -->")
        else:
            note = f"; fordybelse: ca. {deeper} minutter" if deeper else ""
            note += f" ({missing} af dagens notebooks findes ikke endnu)" if missing else ""
            body = f"**Tid i notebookene denne dag:** ca. {day_minutes} minutter{note}"
            out.append(f"<!-- plan:dag -->\n{body}\n<!-- /plan -->")
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def planned_names(text: str) -> list[str]:
    return [m.group("name") for m in BLOCK.finditer(text) if m.group("name")]


def current_notebooks(folder: Path = ROOT / "notebooks") -> dict[str, Notebook]:
    return {p.stem: read_notebook(p) for p in sorted(folder.glob("*.ipynb"))}


def main(argv: list[str]) -> int:
    text = PLAN.read_text(encoding="utf-8")
    wanted = render(text, current_notebooks())
    if "--check" in argv:
        if wanted != text:
            print("notebooks/kursusplan.md is out of step: run .venv/bin/python tools/course_plan.py", file=sys.stderr)
            return 1
        return 0
    if wanted != text:
        PLAN.write_text(wanted, encoding="utf-8")
        print("kursusplan.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
