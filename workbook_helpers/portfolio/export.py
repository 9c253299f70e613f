"""The portfolio's exports for the decision meeting: Excel with every field, the scores, the status and the reason;
a Danish CSV; and a Word summary with one page per proposal, ranked. Written into ``mit_arbejde/portefoelje/``,
atomically (a failed export leaves nothing half-written and says so in Danish). Text from proposals is never a
formula in a spreadsheet and never breaks the XML of a Word file."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .. import formats, storage
from ..proposal.export import ExportResult, clean_text, safe_cell_text, write_atomically
from .model import Decision, Problem, Proposal, Score, criteria

STEM = "portefoelje"
LABELS = {"xlsx": "Excel-arket", "csv": "CSV-filen", "docx": "Word-resuméet"}
KR = '#,##0 "kr."'
NUMBER = "#,##0"
ONE_DECIMAL = "0.0"


def folder() -> Path:
    return storage.work_dir() / "portefoelje"


def _write(kind: str, target: Path, write: Callable[[Path], None]) -> ExportResult:
    return write_atomically(kind, target, write, LABELS[kind])


def rows(ranked: list[tuple[Proposal, Score]], decisions: dict[str, Decision]) -> tuple[list[str], list[list]]:
    """The headings and one row per proposal (numbers as numbers), for Excel and CSV alike."""
    keys = list(criteria().values())
    head = [
        "Nr.", "Fil", "Titel", "Område", "Afdeling", "Procesejer", "Dublet af", "Kvadrant", "Værdi (0-10)",
        "Indsats og risiko (0-10)", "Prioritet", *[f"Point: {c.label}" for c in keys], "Timer frigjort pr. år",
        "Gevinst pr. år (kr.)", "Nutidsværdi (kr.)", "Engangsomkostning (kr.)", "Tilbagebetalingstid (år)",
        "Teknologi", "Automatiseringsscore", "Systemer", "Sager pr. år", "DPIA nødvendig", "Højrisiko-AI",
        "Dele klar", "Dele i alt", "Mangler", "Status", "Begrundelse", "Ansvarlig", "Næste skridt",
    ]  # fmt: skip
    out = []
    yes_no = {True: "ja", False: "nej", None: "ved ikke"}
    for place, (p, s) in enumerate(ranked, start=1):
        m, d = p.summary, decisions.get(p.key, Decision())
        points = {key: points for key, _label, points, _w, _known in s.parts}
        out.append(
            [
                place, p.file, p.title, m.get("area"), m.get("unit"), m.get("owner"), p.duplicate_of or "",
                s.quadrant, round(s.value, 1), round(s.effort, 1), round(s.priority, 1),
                *[round(points[c.key], 1) for c in keys], m.get("hours_freed_per_year"), m.get("kr_per_year"),
                m.get("npv"), m.get("one_off_cost"), m.get("payback_years"),
                m.get("technology_label") or m.get("technology"), m.get("automation_score"), m.get("systems"),
                m.get("volume_per_year"), yes_no.get(m.get("dpia_needed"), "ved ikke"),
                yes_no.get(m.get("high_risk_ai"), "ved ikke"), m.get("ready"), m.get("total"),
                "; ".join(m.get("missing") or []), d.status, d.reason, d.owner, d.next_step,
            ]
        )  # fmt: skip
    return head, out


def _xlsx(ranked, decisions, problems: list[Problem], path: Path) -> None:
    head, body = rows(ranked, decisions)
    book = Workbook()
    sheet = book.active
    sheet.title = "Prioritering"
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    money = {head.index(h) for h in head if h.endswith("(kr.)")}
    decimals = {head.index(h) for h in head if "(0-10)" in h or h.startswith("Point") or h == "Prioritet"}
    for values in body:
        sheet.append([v if isinstance(v, (int, float)) or v is None else safe_cell_text(v) for v in values])
        row = sheet.max_row
        for index in money:
            sheet.cell(row, index + 1).number_format = KR
        for index in decimals:
            sheet.cell(row, index + 1).number_format = ONE_DECIMAL
        sheet.cell(row, head.index("Timer frigjort pr. år") + 1).number_format = NUMBER
    for column, width in (("C", 50), ("AN", 40), ("AO", 50)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "D2"
    failed = book.create_sheet("Ikke indlæst")
    failed.append(["Fil", "Hvorfor den ikke kunne læses"])
    for problem in problems:
        failed.append([safe_cell_text(problem.file), safe_cell_text(problem.reason)])
    about = book.create_sheet("Om skalaerne")
    about.append(["Kriterium", "Side", "Skala", "Kilde"])
    for c in criteria().values():
        about.append([c.label, "værdi" if c.side == "value" else "indsats og risiko", c.scale, c.source])
    book.save(path)


def _csv(ranked, decisions, path: Path) -> None:
    head, body = rows(ranked, decisions)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(head)
    for values in body:
        writer.writerow(
            [
                formats.number(v, "auto").replace(" ", "") if isinstance(v, (int, float)) and not isinstance(v, bool)
                else "" if v is None else safe_cell_text(v)
                for v in values
            ]
        )  # fmt: skip
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")


def _docx(ranked, decisions, path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Porteføljen: kursisternes forslag, prioriteret", level=0)
    doc.add_paragraph(
        f"{formats.count(len(ranked), 'forslag', 'forslag')}, bedst først. Værdi og indsats er 0-10 point på faste "
        "skalaer (se arket »Om skalaerne« i Excel-filen); prioriteten er værdi minus indsats."
    )
    for place, (p, s) in enumerate(ranked, start=1):
        if place > 1:
            doc.add_page_break()
        m, d = p.summary, decisions.get(p.key, Decision())
        doc.add_heading(clean_text(f"{place}. {p.title}"), level=1)
        facts = [
            ("Område og afdeling", f"{m.get('area') or '–'}, {m.get('unit') or '–'}"),
            ("Procesejer", m.get("owner") or "–"),
            ("Problemet", m.get("problem") or "–"),
            ("Kvadrant", s.quadrant),
            (
                "Værdi / indsats / prioritet",
                f"{formats.number(s.value, 1)} / {formats.number(s.effort, 1)} / {formats.number(s.priority, 1)}",
            ),
            ("Timer frigjort pr. år", formats.number(m.get("hours_freed_per_year"), "auto")),
            ("Nutidsværdi", formats.kr(m.get("npv"))),
            ("Engangsomkostning", formats.kr(m.get("one_off_cost"))),
            ("Teknologi", m.get("technology_label") or m.get("technology") or "–"),
            ("Status", d.status),
            ("Begrundelse", d.reason or "–"),
            ("Ansvarlig og næste skridt", f"{d.owner or '–'}: {d.next_step or '–'}"),
        ]
        grid = doc.add_table(rows=0, cols=2)
        grid.style = "Light List Accent 1"
        for label, value in facts:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = label, clean_text(value)
        doc.add_paragraph("")
        doc.add_paragraph("Sådan er scoren regnet:")
        for line in s.explanation():
            doc.add_paragraph(clean_text(line), style="List Bullet")
    doc.save(path)


def export_xlsx(ranked, decisions, problems) -> ExportResult:
    return _write("xlsx", folder() / f"{STEM}.xlsx", lambda p: _xlsx(ranked, decisions, problems, p))


def export_csv(ranked, decisions) -> ExportResult:
    return _write("csv", folder() / f"{STEM}.csv", lambda p: _csv(ranked, decisions, p))


def export_docx(ranked, decisions) -> ExportResult:
    return _write("docx", folder() / f"{STEM}.docx", lambda p: _docx(ranked, decisions, p))
