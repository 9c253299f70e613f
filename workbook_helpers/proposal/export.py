"""The proposal exported for the digitalisation department, into ``mit_arbejde/forslag/``:

- ``forslag.docx`` (python-docx): the proposal with the swimlane, the key figures, the business-case chart, the
  qualitative gains, the consequences, the legal check, the plan and the stakeholders; Danish headings and numbers;
- ``forslag.xlsx`` (openpyxl): one sheet per part, numbers as numbers with Danish display formats, and learner
  text neutralised so it can never become a formula (a leading = + - @, tab or CR gets an apostrophe in front);
- ``forslag.pdf`` (fpdf2 with matplotlib's DejaVu Sans, so it works offline and on Windows);
- ``forslag.json``: ``case.to_record(case, exported=now)`` plus ``"summary": model.summary(case)``, the record the
  department's portfolio reads (``schema_version`` of the case; ``summary_version`` of the summary).

Every file is written to a temporary file in the same folder and moved into place in one step, so a failed export
leaves nothing half-written, the previous file stays as it was, and the ``ExportResult`` says so in Danish.
Parts still holding an untouched example are marked »Eksempel (illustrativt)« in every format.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import math
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from workbook_helpers import case as case_module
from workbook_helpers import formats, storage
from workbook_helpers.case import PARTS, Case
from workbook_helpers.messages import EXAMPLE_LABEL

from . import model, tables

FOLDER = "forslag"
STEM = "forslag"
KINDS = {"docx": "Word-dokumentet", "xlsx": "Excel-arket", "pdf": "PDF-filen", "json": "JSON-filen"}
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportResult:
    """The outcome of one export: ``ok``, a Danish ``message``, the ``path`` (when written) and the time taken."""

    kind: str
    ok: bool
    message: str
    path: Path | None = None
    seconds: float = 0.0


def folder() -> Path:
    """``mit_arbejde/forslag`` (made if missing)."""
    target = storage.work_dir() / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    return target


def clean_text(value: Any) -> str:
    """Text that every format can hold: characters XML forbids are dropped."""
    return _ILLEGAL_XML.sub("", "" if value is None else str(value))


def safe_cell_text(value: Any) -> str:
    """Learner text for a spreadsheet cell: never a formula (``'=SUM(A1)`` stays text)."""
    text = clean_text(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


# --- the document, once, for every format ------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # "heading", "text", "note", "table", "image"
    text: str = ""
    level: int = 1
    table: pd.DataFrame | None = None
    image: bytes | None = None


@dataclass
class Proposal:
    """The proposal as a list of blocks (headings, text, tables, charts as PNG) that each format renders."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    # Where the PDF put each chart: (caption, page number, x, y, width, height) in mm, for the tests.
    image_boxes: list[tuple[str, int, float, float, float, float]] = field(default_factory=list)

    def heading(self, text: str, level: int = 1) -> None:
        self.blocks.append(Block("heading", text, level))

    def text(self, text: str) -> None:
        if text:
            self.blocks.append(Block("text", text))

    def note(self, text: str) -> None:
        self.blocks.append(Block("note", text))

    def add_table(self, frame: pd.DataFrame | None, empty: str = "Ikke udfyldt endnu.") -> None:
        if frame is None or frame.empty:
            self.note(empty)
        else:
            self.blocks.append(Block("table", table=frame.astype(str)))

    def image(self, png: bytes | None, caption: str) -> None:
        if png:
            self.blocks.append(Block("image", caption, image=png))


def _png(fig) -> bytes | None:
    if fig is None:
        return None
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def _origin(doc: Proposal, current: Case, *names: str) -> None:
    states = [model.part_origin(current, n) for n in names]
    if EXAMPLE_LABEL in states:
        labels = ", ".join(PARTS[n].label for n, s in zip(names, states, strict=True) if s == EXAMPLE_LABEL)
        doc.note(f"{EXAMPLE_LABEL}: {labels} er et eksempel, ikke dit eget arbejde.")
    missing = [PARTS[n] for n, s in zip(names, states, strict=True) if s == "Mangler"]
    for info in missing:
        doc.note(f"Mangler: {info.label} (udfyldes i notebook {info.notebook}).")


def build(current: Case | None = None, *, charts: bool = True) -> Proposal:
    """The proposal of ``current`` (default: the saved case) as blocks. ``charts=False`` skips the figures."""
    from workbook_helpers.business_case.defaults import defaults_table

    from . import charts as proposal_charts

    current = current if current is not None else case_module.load_case()
    summary = model.summary(current)
    about = current.get("about") if isinstance(current.get("about"), dict) else {}
    doc = Proposal(title=summary["title"] or "Mit forslag til digitalisering", summary=summary)
    doc.note(
        f"Forslag til digitalisering. Udskrevet {formats.date(dt.date.today(), 'long')}. {summary['ready']} af "
        f"{summary['total']} dele er klar."
    )
    if summary["example_parts"]:
        doc.note(
            f"{EXAMPLE_LABEL}: dele af forslaget er stadig eksempler, ikke dit eget arbejde: "
            + ", ".join(PARTS[p].label for p in summary["example_parts"])
            + "."
        )

    doc.heading("1. Nøgletal")
    doc.add_table(tables.key_figures(current))
    doc.note(
        "Tallene er regnet med business case-modellen fra notebook 06. Standardværdiernes kilder: "
        + "; ".join(f"{r['Parameter']}: {r['Kilde']} ({r['Status']})" for r in _defaults(defaults_table()))
        + "."
    )

    doc.heading("2. Problemet")
    _origin(doc, current, "about", "irritations")
    doc.text(str(about.get("problem") or ""))
    doc.add_table(
        tables.rows_table(current.get("irritations"), tables.IRRITATION_COLUMNS),
        "Ingen irritationsmomenter endnu (notebook 03).",
    )

    doc.heading("3. Arbejdsgangen i dag")
    _origin(doc, current, "as_is")
    if charts:
        doc.image(_png(proposal_charts.swimlane(current)), "Arbejdsgangen i dag i svømmebaner")
    doc.add_table(tables.steps_table(current.get("as_is")), "Arbejdsgangen er ikke kortlagt endnu (notebook 03).")

    doc.heading("4. Den fremtidige arbejdsgang")
    _origin(doc, current, "to_be")
    to_be = current.get("to_be") if isinstance(current.get("to_be"), dict) else {}
    doc.text(str(to_be.get("changes") or ""))
    doc.add_table(tables.steps_table(to_be), "Den fremtidige arbejdsgang mangler (notebook 03).")
    if summary["hours_freed_per_year"] is not None:
        doc.text(f"Frigjort tid: {formats.hours(summary['hours_freed_per_year'])} om året.")

    doc.heading("5. Teknologi")
    _origin(doc, current, "technology")
    tech = current.get("technology") if isinstance(current.get("technology"), dict) else {}
    if tech:
        doc.text(f"Teknologi: {summary['technology_label'] or summary['technology'] or '–'}.")
        if summary["automation_score"] is not None:
            doc.text(
                f"Automatiseringsscore: {formats.number(summary['automation_score'], 'auto')} "
                f"(skala {summary['automation_scale'] or 'ikke angivet'})."
            )
        doc.text(f"Begrundelse: {tech.get('why') or '–'}")

    doc.heading("6. Business case")
    _origin(doc, current, "business_case")
    if charts:
        doc.image(_png(proposal_charts.business_case_chart(current)), "Akkumuleret netto år for år")
    doc.heading("Kvalitative gevinster", 2)
    qualitative = pd.DataFrame(summary["qualitative"]) if summary["qualitative"] else None
    if qualitative is not None:
        qualitative = tables.rows_table({"rows": summary["qualitative"]}, tables.QUALITATIVE_COLUMNS)
    doc.add_table(qualitative, "Ingen kvalitative gevinster gemt.")
    doc.heading("Gevinstrealiseringsplan", 2)
    _origin(doc, current, "benefits_plan")
    doc.add_table(tables.rows_table(current.get("benefits_plan"), tables.BENEFITS_COLUMNS))

    doc.heading("7. Konsekvenser for arbejdet")
    _origin(doc, current, "consequences")
    doc.add_table(tables.consequences_table(current.get("consequences")))
    doc.note(model.FREED_TIME_NOTE)

    doc.heading("8. Juridisk tjek og hvem der skal spørges")
    _origin(doc, current, "legal")
    doc.note(model.LEGAL_DISCLAIMER)
    legal = current.get("legal")
    advice = model.legal_advice(legal)
    doc.add_table(tables.legal_answers(legal))
    doc.text(f"Konsekvensanalyse (DPIA): {advice.dpia}. " + " ".join(advice.dpia_reasons))
    for line in advice.notes:
        doc.text(line)
    doc.heading("Hvem skal spørges, og hvad skal du have med", 2)
    doc.add_table(tables.contacts_table(legal))
    doc.heading("Reglerne og deres kilder", 2)
    doc.add_table(tables.rules_table(legal)[["Regel", "Kilde", "Status", "Pr. dato"]])

    doc.heading("9. Projektplan")
    _origin(doc, current, "project_plan")
    plan = current.get("project_plan")
    if charts:
        doc.image(_png(proposal_charts.project_plan(current)), "Faser og milepæle")
    doc.heading("Faser", 2)
    doc.add_table(tables.phases_table(plan))
    doc.heading("Milepæle", 2)
    doc.add_table(tables.milestones_table(plan))
    doc.heading("De største risici", 2)
    doc.add_table(tables.risks_table(plan))

    doc.heading("10. Interessenter og kommunikation")
    _origin(doc, current, "stakeholders", "communication_plan", "pitch")
    doc.add_table(tables.rows_table(current.get("stakeholders"), tables.STAKEHOLDER_COLUMNS))
    doc.heading("Kommunikations- og involveringsplan", 2)
    doc.add_table(tables.rows_table(current.get("communication_plan"), tables.COMMUNICATION_COLUMNS))
    pitch = current.get("pitch") if isinstance(current.get("pitch"), dict) else {}
    if pitch:
        doc.heading("Elevatortale", 2)
        for key, label in (
            ("problem", "Problem"),
            ("proposal", "Forslag"),
            ("gains", "Gevinst"),
            ("ask", "Jeg beder om"),
        ):
            doc.text(f"{label}: {pitch.get(key) or '–'}")

    doc.heading("11. Status og vurdering")
    doc.add_table(tables.status_table(current))
    doc.heading("Vurdering efter kriterierne", 2)
    doc.add_table(tables.rubric_table(current)[["Kriterium", "Sagen viser", "Det mangler", "Din vurdering"]])
    return doc


def _defaults(table: pd.DataFrame) -> list[dict]:
    frame = table.reset_index() if "Parameter" not in table.columns else table
    if "Parameter" not in frame.columns:
        frame = frame.rename(columns={frame.columns[0]: "Parameter"})
    return frame.to_dict("records")


# --- atomic writing ----------------------------------------------------------------------------------------


def write_atomically(kind: str, target: Path, write: Callable[[Path], None], label: str | None = None) -> ExportResult:
    """Write ``target`` through ``write(tmp)`` and move it into place: a failure leaves nothing half-written and
    returns a Danish message (``label`` names the file for the learner; the proposal's own kinds have one)."""
    start = time.perf_counter()
    label = label or KINDS[kind]
    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=f".{kind}.tmp")
        os.close(handle)
        write(Path(tmp))
        os.replace(tmp, target)
        tmp = None
    except Exception as error:  # any failure: nothing half-written, and a Danish message
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        why = storage._why(error, target.parent) if isinstance(error, OSError) else f"fejl: {error}"
        why = why.replace("Dit arbejde er IKKE gemt: ", "")
        return ExportResult(
            kind,
            False,
            f"{label} er IKKE gemt: {why} Der er ikke efterladt nogen halvfærdig fil.",
            None,
            time.perf_counter() - start,
        )
    return ExportResult(kind, True, f"{label} er gemt: {target}", target, time.perf_counter() - start)


# --- Word ---------------------------------------------------------------------------------------------------


def _docx(doc: Proposal, path: Path) -> None:
    import docx
    from docx.shared import Cm, Pt, RGBColor

    word = docx.Document()
    word.core_properties.title = clean_text(doc.title)
    word.core_properties.language = "da-DK"
    word.styles["Normal"].font.name = "Calibri"
    word.styles["Normal"].font.size = Pt(10.5)
    word.add_heading(clean_text(doc.title), level=0)
    for block in doc.blocks:
        if block.kind == "heading":
            word.add_heading(clean_text(block.text), level=block.level)
        elif block.kind == "text":
            word.add_paragraph(clean_text(block.text))
        elif block.kind == "note":
            run = word.add_paragraph().add_run(clean_text(block.text))
            run.italic = True
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif block.kind == "table":
            frame = block.table
            table = word.add_table(rows=1, cols=len(frame.columns))
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(clean_text(name)).bold = True
            for row in frame.itertuples(index=False):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = clean_text(value)
        elif block.kind == "image":
            word.add_picture(io.BytesIO(block.image), width=Cm(16))
            caption = word.add_paragraph()
            caption.add_run(clean_text(block.text)).italic = True
    word.save(str(path))


# --- PDF ----------------------------------------------------------------------------------------------------


def dejavu_fonts() -> tuple[Path, Path]:
    """matplotlib's own DejaVu Sans (regular and bold): Danish letters, offline, on every platform."""
    import matplotlib

    folder_ = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder_ / "DejaVuSans.ttf", folder_ / "DejaVuSans-Bold.ttf"


PDF_LINE_MM = 4.0
PDF_PAD_MM = 1.0


def _pdf_wrap(pdf, text: str, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` mm (word by word; a too long word is cut)."""
    space = pdf.get_string_width(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split(" "):
            word_width = pdf.get_string_width(word)
            while word_width > width and len(word) > 1:  # a word wider than the column: cut it
                cut = max(1, int(len(word) * width / word_width))
                if line:
                    lines.append(line)
                    line, line_width = "", 0.0
                lines.append(word[:cut])
                word = word[cut:]
                word_width = pdf.get_string_width(word)
            if line and line_width + space + word_width > width:
                lines.append(line)
                line, line_width = word, word_width
            else:
                line, line_width = (f"{line} {word}", line_width + space + word_width) if line else (word, word_width)
        lines.append(line)
    return lines or [""]


def _pdf_table(pdf, frame: pd.DataFrame) -> None:
    """A table drawn cell by cell (header repeated on each page; a tall row continues on the next page).

    fpdf2's own ``table()`` breaks text character by character, twice per cell: this is several times faster."""
    columns = [clean_text(c) for c in frame.columns]
    rows = [[clean_text(v) for v in row] for row in frame.itertuples(index=False)]
    weights = [min(60, max([len(c)] + [len(r[i]) for r in rows])) ** 0.75 for i, c in enumerate(columns)]
    pdf.set_font("DejaVu", "B", 8)
    longest = [max([c, *(r[i] for r in rows)], key=lambda s: max(map(len, s.split()), default=0)) for i, c in
               enumerate(columns)]  # fmt: skip
    least = [
        min(40.0, max(14.0, max(pdf.get_string_width(w) for w in (text.split() or [""])) + 2 * PDF_PAD_MM + 0.5))
        for text in longest
    ]
    widths = [max(low, pdf.epw * w / sum(weights)) for low, w in zip(least, weights, strict=True)]
    widths = [w * pdf.epw / sum(widths) for w in widths]

    def draw(cells: list[list[str]], header: bool) -> None:
        pdf.set_font("DejaVu", "B" if header else "", 8)
        start, total = 0, max(len(lines) for lines in cells)
        while start < total:
            room = int((pdf.page_break_trigger - pdf.get_y() - 2 * PDF_PAD_MM) // PDF_LINE_MM)
            if room < 1 or (header and room < 3):
                pdf.add_page()
                if not header:
                    draw(head, True)
                    pdf.set_font("DejaVu", "", 8)
                continue
            chunk = min(room, total - start)
            height = chunk * PDF_LINE_MM + 2 * PDF_PAD_MM
            x, y = pdf.l_margin, pdf.get_y()
            for width, lines in zip(widths, cells, strict=True):
                pdf.rect(x, y, width, height, style="DF" if header else "D")
                for i, line in enumerate(lines[start : start + chunk]):
                    pdf.set_xy(x + PDF_PAD_MM, y + PDF_PAD_MM + i * PDF_LINE_MM)
                    pdf.cell(width - 2 * PDF_PAD_MM, PDF_LINE_MM, line)
                x += width
            pdf.set_xy(pdf.l_margin, y + height)
            start += chunk

    pdf.set_draw_color(150)
    pdf.set_fill_color(235)
    pdf.set_font("DejaVu", "B", 8)
    head = [_pdf_wrap(pdf, c, w - 2 * PDF_PAD_MM) for c, w in zip(columns, widths, strict=True)]
    draw(head, True)
    pdf.set_font("DejaVu", "", 8)
    for row in rows:
        draw([_pdf_wrap(pdf, v, w - 2 * PDF_PAD_MM) for v, w in zip(row, widths, strict=True)], False)


def _pdf(doc: Proposal, path: Path) -> None:
    from fpdf import FPDF

    class _PDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 8, f"{clean_text(doc.title)[:90]} · side {self.page_no()}", align="C")

    regular, bold = dejavu_fonts()
    doc.image_boxes.clear()
    pdf = _PDF(format="A4")
    pdf.set_title(clean_text(doc.title))
    pdf.set_lang("da")
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, clean_text(doc.title), new_x="LMARGIN", new_y="NEXT", align="L")
    for block in doc.blocks:
        if block.kind == "heading":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 13 if block.level == 1 else 11)
            pdf.multi_cell(0, 7, clean_text(block.text), new_x="LMARGIN", new_y="NEXT", align="L")
        elif block.kind in ("text", "note"):
            pdf.set_font("DejaVu", "", 9.5 if block.kind == "text" else 8.5)
            pdf.set_text_color(0 if block.kind == "text" else 85)
            pdf.multi_cell(0, 5, clean_text(block.text), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.set_text_color(0)
        elif block.kind == "table":
            _pdf_table(pdf, block.table)
            pdf.ln(2)
        elif block.kind == "image":
            from PIL import Image

            with Image.open(io.BytesIO(block.image)) as picture:
                ratio = picture.height / picture.width
            width = pdf.epw
            height = width * ratio
            if height > 120:
                height, width = 120, 120 / ratio
            if pdf.get_y() + height > pdf.h - 20:
                pdf.add_page()
            doc.image_boxes.append((block.text, pdf.page_no(), pdf.get_x(), pdf.get_y(), width, height))
            pdf.image(io.BytesIO(block.image), w=width, h=height)
            pdf.set_font("DejaVu", "", 8.5)
            pdf.multi_cell(0, 5, clean_text(block.text), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(str(path))


# --- Excel --------------------------------------------------------------------------------------------------

NUMBER_FORMATS = {
    "kr": '#,##0" kr."',
    "int": "#,##0",
    "dec": "#,##0.0",
    "share": "0%",
    "date": "dd.mm.yyyy",
}
_STEP_HEADINGS = {
    "step": "Trin",
    "actor": "Aktør/rolle",
    "system": "System",
    "minutes": "Minutter pr. gang",
    "per_year": "Gange pr. år",
    "wait_hours": "Ventetid (timer)",
    "input_type": "Input",
    "rule_based": "Faste regler",
    "error_rate": "Andel fejl",
    "double_entry": "Dobbeltregistrering",
}
_STEP_FORMATS = {"minutes": "dec", "per_year": "int", "wait_hours": "dec", "error_rate": "share"}


def _sheet_rows(ws, headings: list[str], rows: list[list[Any]], formats_: list[str | None] | None = None) -> None:
    from openpyxl.styles import Font

    ws.append([safe_cell_text(h) for h in headings])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_xl_value(v) for v in row])
        if formats_:
            for cell, kind in zip(ws[ws.max_row], formats_, strict=False):
                if kind and isinstance(cell.value, int | float | dt.date):
                    cell.number_format = NUMBER_FORMATS[kind]
    for column in ws.columns:
        longest = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        ws.column_dimensions[column[0].column_letter].width = min(60, max(10, longest + 2))


def _xl_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else value
    if isinstance(value, dt.date):
        return value
    return safe_cell_text(value)


def _iso_date(text: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def _xlsx(current: Case, summary: dict[str, Any], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Nøgletal"
    s = summary
    figure_rows = [
        ("Titel", s["title"], None, "about"),
        ("Arbejdsområde", s["area"], None, "about"),
        ("Afdeling/team", s["unit"], None, "about"),
        ("Procesejer (rolle)", s["owner"], None, "about"),
        ("Frigjorte timer om året", s["hours_freed_per_year"], "dec", "business_case"),
        ("Gevinst om året ved fuld realisering", s["kr_per_year"], "kr", "business_case"),
        ("Engangsomkostninger", s["one_off_cost"], "kr", "business_case"),
        ("Nutidsværdi", s["npv"], "kr", "business_case"),
        ("Nutidsværdi, pessimistisk", s["npv_pessimistic"], "kr", "business_case"),
        ("Tilbagebetalingstid (år)", s["payback_years"], "dec", "business_case"),
        ("Teknologi", s["technology_label"], None, "technology"),
        ("Automatiseringsscore", s["automation_score"], "dec", "technology"),
        ("Systemer", s["systems"], "int", "as_is"),
        ("Sager om året", s["volume_per_year"], "int", "as_is"),
        ("DPIA nødvendig", s["dpia"], None, "legal"),
        ("Dele klar", s["ready"], "int", None),
        ("Dele i alt", s["total"], "int", None),
    ]
    _sheet_rows(
        ws,
        ["Nøgletal", "Værdi", "Oprindelse"],
        [[label, value, model.part_origin(current, part) if part else ""] for label, value, _, part in figure_rows],
    )
    for row, (_, value, kind, _part) in zip(ws.iter_rows(min_row=2), figure_rows, strict=True):
        if kind and isinstance(value, int | float):
            row[1].number_format = NUMBER_FORMATS[kind]
    if summary["example_parts"]:
        ws.append(
            [
                EXAMPLE_LABEL,
                "Dele, der stadig er eksempler:",
                ", ".join(PARTS[p].label for p in summary["example_parts"]),
            ]
        )

    about = current.get("about") if isinstance(current.get("about"), dict) else {}
    ws = book.create_sheet("Om forslaget")
    _sheet_rows(
        ws,
        ["Felt", "Indhold"],
        [
            [k, v]
            for k, v in (
                ("Titel", about.get("title")),
                ("Arbejdsområde", about.get("area")),
                ("Afdeling/team", about.get("unit")),
                ("Procesejer (rolle)", about.get("owner")),
                ("Problem", about.get("problem")),
                ("Oprindelse", model.part_origin(current, "about")),
            )
        ],
    )

    for name, sheet in (("as_is", "Arbejdsgang i dag"), ("to_be", "Fremtidig arbejdsgang")):
        ws = book.create_sheet(sheet)
        steps = model.steps_of(current.get(name))
        columns = list(_STEP_HEADINGS)
        rows = [] if steps is None else [[r.get(c) for c in columns] for r in steps.to_dict("records")]
        _sheet_rows(ws, [_STEP_HEADINGS[c] for c in columns], rows, [_STEP_FORMATS.get(c) for c in columns])
        ws.append([model.part_origin(current, name)])

    for name, sheet, columns in (
        ("irritations", "Irritationer", tables.IRRITATION_COLUMNS),
        ("benefits_plan", "Gevinstplan", tables.BENEFITS_COLUMNS),
        ("stakeholders", "Interessenter", tables.STAKEHOLDER_COLUMNS),
        ("communication_plan", "Kommunikation", tables.COMMUNICATION_COLUMNS),
    ):
        ws = book.create_sheet(sheet)
        value = current.get(name)
        rows = value.get("rows") if isinstance(value, dict) and isinstance(value.get("rows"), list) else []
        _sheet_rows(
            ws,
            list(columns.values()),
            [[r.get(k) for k in columns] for r in rows if isinstance(r, dict)],
            ["int" if k in ("per_year",) else None for k in columns],
        )
        ws.append([model.part_origin(current, name)])

    ws = book.create_sheet("Business case")
    result = model.business_result(current)
    if result is not None:
        yearly = result.table()
        _sheet_rows(ws, list(yearly.columns), yearly.values.tolist(), ["int", "share"] + ["kr"] * 7)
    else:
        _sheet_rows(ws, ["Business case"], [["Ikke udfyldt endnu (notebook 06)."]])
    ws.append([model.part_origin(current, "business_case")])
    if summary["qualitative"]:
        ws = book.create_sheet("Kvalitative gevinster")
        columns = tables.QUALITATIVE_COLUMNS
        _sheet_rows(ws, list(columns.values()), [[r.get(k) for k in columns] for r in summary["qualitative"]])

    ws = book.create_sheet("Konsekvenser")
    frame = tables.consequences_table(current.get("consequences"))
    _sheet_rows(ws, list(frame.columns), frame.values.tolist())

    ws = book.create_sheet("Juridisk tjek")
    legal = current.get("legal")
    advice = model.legal_advice(legal)
    answers = tables.legal_answers(legal)
    _sheet_rows(ws, list(answers.columns), answers.values.tolist())
    ws.append(["Konsekvensanalyse (DPIA)", advice.dpia, " ".join(advice.dpia_reasons)])
    ws.append([model.LEGAL_DISCLAIMER])
    contacts = tables.contacts_table(legal)
    ws = book.create_sheet("Hvem skal spørges")
    _sheet_rows(ws, list(contacts.columns), contacts.values.tolist())

    plan, _ = model.validate_plan(current.get("project_plan"))
    ws = book.create_sheet("Projektplan")
    _sheet_rows(
        ws,
        ["Fase", "Start", "Slut", "Ansvarlig", "Indhold"],
        [[p["phase"], _iso_date(p["start"]), _iso_date(p["end"]), p["owner"], p["content"]] for p in plan["phases"]],
        [None, "date", "date"],
    )
    ws = book.create_sheet("Milepæle")
    _sheet_rows(
        ws,
        ["Milepæl", "Dato", "Ejer (rolle)"],
        [[m["milestone"], _iso_date(m["date"]), m["owner"]] for m in plan["milestones"]],
        [None, "date"],
    )
    ws = book.create_sheet("Risici")
    _sheet_rows(
        ws,
        ["Risiko", "Sandsynlighed (1-5)", "Konsekvens (1-5)", "Score", "Modtræk", "Ejer"],
        [
            [r["risk"], r["likelihood"], r["impact"], model.risk_score(r), r["response"], r["owner"]]
            for r in model.biggest_risks(current.get("project_plan"))
        ],
        [None, "int", "int", "int"],
    )

    ws = book.create_sheet("Vurdering")
    rubric = tables.rubric_table(current)
    _sheet_rows(ws, list(rubric.columns), rubric.values.tolist())
    ws = book.create_sheet("Status")
    status = tables.status_table(current)
    _sheet_rows(ws, list(status.columns), status.values.tolist())
    book.save(str(path))


# --- JSON ---------------------------------------------------------------------------------------------------


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def record(current: Case, now: dt.datetime | None = None) -> dict[str, Any]:
    """The machine-readable record: ``case.to_record(case, exported=now)`` plus ``"summary"``."""
    out = case_module.to_record(current, exported=now or dt.datetime.now())
    out["summary"] = model.summary(current)
    return _finite(out)


def _json(current: Case, path: Path) -> None:
    path.write_text(json.dumps(record(current), ensure_ascii=False, indent=2, allow_nan=False), encoding="utf-8")


# --- the exports ---------------------------------------------------------------------------------------------


def export_docx(current: Case | None = None, doc: Proposal | None = None) -> ExportResult:
    current = current if current is not None else case_module.load_case()
    return write_atomically("docx", folder() / f"{STEM}.docx", lambda p: _docx(doc or build(current), p))


def export_pdf(current: Case | None = None, doc: Proposal | None = None) -> ExportResult:
    current = current if current is not None else case_module.load_case()
    return write_atomically("pdf", folder() / f"{STEM}.pdf", lambda p: _pdf(doc or build(current), p))


def export_xlsx(current: Case | None = None) -> ExportResult:
    current = current if current is not None else case_module.load_case()
    return write_atomically("xlsx", folder() / f"{STEM}.xlsx", lambda p: _xlsx(current, model.summary(current), p))


def export_json(current: Case | None = None) -> ExportResult:
    current = current if current is not None else case_module.load_case()
    return write_atomically("json", folder() / f"{STEM}.json", lambda p: _json(current, p))


def export_all(current: Case | None = None) -> list[ExportResult]:
    """All four exports of ``current`` (default: the saved case); the charts are drawn once for Word and PDF."""
    current = current if current is not None else case_module.load_case()
    try:
        doc = build(current)
    except Exception as error:  # the document itself could not be built: say so, write nothing
        message = f"Forslaget kunne ikke sættes op ({error}); intet er gemt."
        return [ExportResult(kind, False, message) for kind in KINDS]
    return [export_docx(current, doc), export_xlsx(current), export_pdf(current, doc), export_json(current)]
