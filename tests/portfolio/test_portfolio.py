"""The department's portfolio: loading with good, bad and duplicate files, ranking properties, decisions, the
widgets driven by their callbacks, and the exports read back."""

import csv
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from workbook_helpers import storage
from workbook_helpers.portfolio import export, model
from workbook_helpers.portfolio import widgets as pw
from workbook_helpers.portfolio.examples import DEMO, write_demo_folder


@pytest.fixture(autouse=True)
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path / "arbejde"))
    return tmp_path


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    write_demo_folder(folder)
    return folder


def test_the_demo_cohort_loads_ranked_and_flags_its_duplicate(demo):
    proposals, problems = model.load_folder(demo)
    assert len(proposals) == len(DEMO) == 11 and problems == []
    assert all(p.title.startswith("Eksempel (illustrativt): ") for p in proposals)
    duplicates = [p for p in proposals if p.duplicate_of]
    assert [(p.file, p.duplicate_of) for p in duplicates] == [("eksempel_11.json", "eksempel_03.json")]
    ranked = model.rank(proposals)
    assert {s.quadrant for _, s in ranked} >= {"Hurtige gevinster", "Store projekter"}
    assert [s.priority for _, s in ranked] == sorted((s.priority for _, s in ranked), reverse=True)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{ikke json", "ikke gyldig JSON (linje 1"),
        (b"\xff\xfe\x00\x00", "ikke en tekstfil i UTF-8"),
        (b"[1, 2]", "ikke en sag"),
        (b'{"schema_version": 99, "parts": {}}', "nyere udgave af arbejdsbogen"),
        (b'{"schema_version": 0, "parts": {}}', "versionsnummeret"),
        (b'{"schema_version": 1, "parts": []}', "»parts« skal være et objekt"),
    ],
)
def test_a_bad_file_is_listed_with_a_danish_reason_and_never_stops_the_rest(demo, tmp_path, content, reason):
    folder = tmp_path / "ind"
    folder.mkdir()
    (folder / "god.json").write_bytes((demo / "eksempel_01.json").read_bytes())
    (folder / "daarlig.json").write_bytes(content)
    (folder / "mappe.json").mkdir()
    proposals, problems = model.load_folder(folder)
    assert [p.file for p in proposals] == ["god.json"]
    reasons = {p.file: p.reason for p in problems}
    assert reason in reasons["daarlig.json"] and "daarlig.json" in reasons["daarlig.json"]
    assert "er en mappe" in reasons["mappe.json"]


def test_a_missing_folder_is_a_danish_message(tmp_path):
    with pytest.raises(model.WorkbookError, match="findes ikke"):
        model.load_folder(tmp_path / "findes_ikke")


def test_a_record_without_summary_is_summarised_from_its_case(demo, tmp_path):
    record = json.loads((demo / "eksempel_03.json").read_text())
    del record["summary"]
    (tmp_path / "uden.json").write_text(json.dumps(record))
    proposal = model.read_proposal(tmp_path / "uden.json")
    assert proposal.summary["hours_freed_per_year"] == 800


amounts = st.floats(min_value=0, max_value=5_000_000, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(
    hours=st.floats(0, 10_000), more=st.floats(0, 5_000), cost=amounts, less=st.floats(0, 1), systems=st.integers(1, 8)
)
def test_more_value_and_less_effort_never_ranks_lower(hours, more, cost, less, systems):
    base = model.Proposal("a.json", {"title": "A", "owner": "x", "hours_freed_per_year": hours, "one_off_cost": cost,
                                     "systems": systems})  # fmt: skip
    better = model.Proposal("b.json", {"title": "B", "owner": "y", "hours_freed_per_year": hours + more,
                                       "one_off_cost": cost * less, "systems": max(1, systems - 1)})  # fmt: skip
    assert model.score(better).priority >= model.score(base).priority


def test_every_score_explains_itself_and_names_missing_figures():
    score = model.score(model.Proposal("a.json", {"title": "A", "hours_freed_per_year": 500}))
    lines = score.explanation()
    assert len(lines) == len(model.criteria())
    assert any("Frigjort tid" in line and "5,0 af 10" in line for line in lines)
    assert any("(tallet mangler i forslaget)" in line for line in lines)


def test_weights_are_checked_in_danish():
    with pytest.raises(model.PortfolioError, match="kendes ikke"):
        model.rank([], {"ukendt": 1})
    with pytest.raises(model.PortfolioError, match="0 eller mere"):
        model.rank([], {"hours": -1})


def test_a_rejection_needs_a_reason():
    with pytest.raises(model.PortfolioError, match="begrundelse"):
        model.check_decision(model.Decision("afvist"))
    assert model.check_decision(model.Decision("Afvist", " Dublet af nr. 3 ")).reason == "Dublet af nr. 3"
    with pytest.raises(model.PortfolioError, match="kendes ikke"):
        model.check_decision(model.Decision("måske"))


def test_a_weight_slider_changes_the_ranking_at_once(demo):
    explorer = pw.PortfolioExplorer(demo)
    before = [p.file for p, _ in explorer.current]
    for key, slider in explorer.sliders.items():
        slider.value = 0 if key != "legal" else 3
    explorer.sliders["cost"].value = 0
    after = [p.file for p, _ in explorer.current]
    assert before != after and explorer.ranking.value.count("<tr>") == len(DEMO) + 1
    assert explorer.chart.outputs == (), "the chart is drawn only when its tab is open"
    explorer.tabs.selected_index = 1
    assert explorer.chart.outputs[0]["data"]["text/plain"].startswith("Diagram: Forslagene: værdi mod indsats")
    assert "forslag efter værdi og indsats" in explorer.chart.outputs[0]["data"]["text/plain"]


def test_a_decision_is_kept_after_a_restart_and_a_failed_save_says_so(demo, monkeypatch):
    explorer = pw.PortfolioExplorer(demo)
    explorer.status.value = "parkeret"
    explorer.save_decision()
    assert "Ikke gemt" in explorer.decision_status.value
    explorer.reason.value = "Venter på den nye ESDH-løsning <b>"
    explorer.owner.value = "Digitaliseringskonsulent"
    assert explorer.save_decision().ok and "&lt;b&gt;" not in explorer.decision_status.value
    again = pw.PortfolioExplorer(demo)
    key = explorer.choice.value
    assert again.decisions[key].status == "parkeret" and again.decisions[key].reason.startswith("Venter")

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "_write_atomic", refused)
    again.status.value = "i analyse"
    result = again.save_decision()
    assert not result.ok and "IKKE gemt" in again.decision_status.value and "er gemt" not in again.decision_status.value


def test_the_exports_read_back_with_every_field_and_no_live_formula(demo, tmp_path):
    proposals, _ = model.load_folder(demo)
    proposals[0].summary["title"] = '=HYPERLINK("http://x")'
    ranked = model.rank(proposals)
    decisions = {ranked[0][0].key: model.Decision("afvist", "-Ikke i år", "Chef", "Tages op igen")}
    problems = [model.Problem("daarlig.json", "@ikke JSON")]
    xlsx = export.export_xlsx(ranked, decisions, problems)
    assert xlsx.ok, xlsx.message
    book = load_workbook(xlsx.path)
    sheet = book["Prioritering"]
    head = [c.value for c in sheet[1]]
    assert {"Titel", "Værdi (0-10)", "Status", "Begrundelse", "Nutidsværdi (kr.)"} <= set(head)
    assert sheet.max_row == len(proposals) + 1
    for row in sheet.iter_rows(min_row=2, values_only=True):
        for value in row:
            assert not (isinstance(value, str) and value[:1] in "=+-@"), value
    npv = head.index("Nutidsværdi (kr.)") + 1
    assert isinstance(sheet.cell(2, npv).value, float) and sheet.cell(2, npv).number_format == '#,##0 "kr."'
    assert book["Ikke indlæst"].cell(2, 2).value == "'@ikke JSON"
    text = export.export_csv(ranked, decisions).path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Nr.", "Fil", "Titel"] and len(rows) == len(proposals) + 1
    numbers = re.compile(r"-?\d{1,3}(\.\d{3})*(,\d+)?")  # a negative number is a number, not a formula
    assert all(not cell.startswith(("=", "+", "-", "@")) or numbers.fullmatch(cell) for row in rows for cell in row)
    from docx import Document

    docx = export.export_docx(ranked, decisions)
    paragraphs = [p.text for p in Document(docx.path).paragraphs]
    assert paragraphs[0].startswith("Porteføljen") and any(p.startswith("1. ") for p in paragraphs)


def test_a_failed_export_leaves_nothing_half_written(demo, monkeypatch):
    ranked = model.rank(model.load_folder(demo)[0])

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_xlsx", broken)
    result = export.export_xlsx(ranked, {}, [])
    assert not result.ok and "IKKE gemt" in result.message and "disken er fuld" in result.message
    assert not list(export.folder().glob("*"))
