"""The exports, read back: Word with python-docx, Excel with openpyxl, the PDF rendered to PNG with pdftoppm, and
the JSON record through the case module. A failed export leaves nothing half-written and says so in Danish."""

import json
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

from workbook_helpers import case, formats
from workbook_helpers.business_case.model import evaluate
from workbook_helpers.proposal import examples, export, model

from .conftest import OWN_STEPS, OWN_TITLE


def _docx_text(path):
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for t in document.tables for row in t.rows for cell in row.cells]
    return "\n".join(parts), document


def test_word_holds_title_steps_and_the_npv_as_notebook_06_shows_it(own_case):
    result = export.export_docx(own_case)
    assert result.ok and result.path.name == "forslag.docx" and "er gemt" in result.message
    text, document = _docx_text(result.path)
    npv = formats.kr(evaluate(model.business_result(own_case).case).npv)
    assert OWN_TITLE in text
    assert all(step["step"] in text for step in OWN_STEPS)
    assert npv in text
    assert "Konsekvenser for arbejdet" in text and "Juridisk tjek" in text and "Projektplan" in text
    assert len(document.inline_shapes) >= 2, "the swimlane and the business-case chart"
    assert "Eksempel (illustrativt)" not in text.split("1. Nøgletal")[0], "the learner's own case is not an example"


def test_word_marks_the_example_and_survives_control_characters():
    c = examples.example_case()
    about = dict(c.get("about"), problem="Tekst med \x0b lodret tab og \x00 nul")
    c.set("about", about, example=True)
    result = export.export_docx(c)
    assert result.ok, result.message
    text, _ = _docx_text(result.path)
    assert "Eksempel (illustrativt)" in text and "lodret tab" in text


def test_excel_has_numbers_as_numbers_and_no_formulas_from_learner_text(own_case):
    about = dict(own_case.get("about"), problem='=HYPERLINK("http://x")', unit="@SUM(A1)", owner="+45 1234")
    assert case.part("about").save(about).ok
    result = export.export_xlsx(case.load_case())
    assert result.ok
    from openpyxl import load_workbook

    book = load_workbook(result.path)
    assert {"Nøgletal", "Arbejdsgang i dag", "Juridisk tjek", "Projektplan", "Risici"} <= set(book.sheetnames)
    figures = {row[0].value: row[1] for row in book["Nøgletal"].iter_rows(min_row=2)}
    assert isinstance(figures["Nutidsværdi"].value, float)
    assert figures["Nutidsværdi"].value == pytest.approx(model.summary(own_case)["npv"])
    assert "kr." in figures["Nutidsværdi"].number_format and "#,##0" in figures["Nutidsværdi"].number_format
    steps = next(book["Arbejdsgang i dag"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert steps[0] == OWN_STEPS[0]["step"] and steps[3] == 6 and steps[4] == 180
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells), "no formulas at all"
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert '\'=HYPERLINK("http://x")' in texts and "'@SUM(A1)" in texts and "'+45 1234" in texts


def test_pdf_renders_and_its_page_shows_the_business_case_chart(own_case, tmp_path):
    assert shutil.which("pdftoppm"), "pdftoppm is missing: `python3 workbook.py test` installs poppler-utils"
    doc = export.build(own_case)
    result = export.export_pdf(own_case, doc)
    assert result.ok and result.path.read_bytes().startswith(b"%PDF")
    _caption, page, x, y, width, height = next(b for b in doc.image_boxes if b[0].startswith("Akkumuleret"))
    dpi = 50
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", str(result.path),
                    str(tmp_path / "side")], check=True)  # fmt: skip
    picture = Image.open(next(tmp_path.glob("side*.png"))).convert("RGB")
    mm = dpi / 25.4
    region = picture.crop((int(x * mm), int(y * mm), int((x + width) * mm), int((y + height) * mm)))
    pixels = np.asarray(region, dtype=int)
    inked = float((pixels.min(axis=2) < 200).mean())
    coloured = float((pixels.max(axis=2) - pixels.min(axis=2) > 60).mean())
    text = subprocess.run(["pdftotext", str(result.path), "-"], check=True, capture_output=True, text=True).stdout
    assert OWN_TITLE in " ".join(text.split()) and formats.kr(model.summary(own_case)["npv"]) in text
    assert inked > 0.03, f"the chart area is blank ({inked:.1%} inked)"
    assert coloured > 0.005, "the chart's coloured lines and bars are visible"


def test_json_is_the_record_the_portfolio_reads(own_case):
    result = export.export_json(own_case)
    record = json.loads(result.path.read_text(encoding="utf-8"))
    assert record["schema_version"] == case.SCHEMA_VERSION and "exported" in record
    again = case.from_record(record)
    assert again.get("as_is")["rows"][0]["step"] == OWN_STEPS[0]["step"]
    assert record["summary"] == json.loads(json.dumps(model.summary(own_case)))


def test_a_failed_export_leaves_nothing_half_written_and_says_so(own_case, monkeypatch):
    assert export.export_docx(own_case).ok
    good = (export.folder() / "forslag.docx").read_bytes()

    def broken(doc, path):
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_docx", broken)
    result = export.export_docx(own_case)
    assert not result.ok and "IKKE gemt" in result.message and "disken er fuld" in result.message
    assert "halvfærdig" in result.message
    assert (export.folder() / "forslag.docx").read_bytes() == good, "the previous file is untouched"
    assert [p.name for p in export.folder().iterdir() if p.name.endswith(".tmp")] == []


def test_export_all_writes_four_files_into_mit_arbejde_forslag(own_case, work):
    results = export.export_all(own_case)
    assert [r.kind for r in results] == ["docx", "xlsx", "pdf", "json"] and all(r.ok for r in results)
    assert sorted(p.name for p in (work / "forslag").iterdir()) == [
        "forslag.docx", "forslag.json", "forslag.pdf", "forslag.xlsx",
    ]  # fmt: skip


def test_formula_neutralising():
    assert [export.safe_cell_text(t) for t in ("=1+1", "+1", "-1", "@x", "\tx", "\rx", "ok")] == [
        "'=1+1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "ok",
    ]  # fmt: skip


def test_the_example_is_marked_in_excel_and_json():
    from openpyxl import load_workbook

    example = examples.example_case()
    book = load_workbook(export.export_xlsx(example).path)
    origins = {row[2] for row in book["Nøgletal"].iter_rows(min_row=2, values_only=True)}
    assert "Eksempel (illustrativt)" in origins and "Dit eget arbejde" not in origins
    record = json.loads(export.export_json(example).path.read_text(encoding="utf-8"))
    assert all(entry["example"] for entry in record["parts"].values())
    assert record["summary"]["ready"] == 0
