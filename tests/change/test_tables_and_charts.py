"""Sources, Danish tables, the Excel export and the charts of notebook 07."""

import datetime as dt

import openpyxl
import pytest

from workbook_helpers.change import charts, model, tables


def test_every_source_row_has_a_source_a_date_and_a_certainty():
    frame = tables.sources()
    assert set(frame["certainty"]) <= {"primær", "sekundær", "antagelse"}
    assert frame["source_url"].str.startswith("https://").all()
    assert (frame["as_of"].dt.date <= dt.date(2026, 12, 1)).all()
    for key in ("fh_2022", "hk_roberta_2019", "kl_hk_2020", "med_7", "apv_65_2024", "gdpr_dpo", "speaking_rate"):
        assert key in set(frame["key"])


def test_the_rules_say_what_the_sources_say():
    rules = tables.sources().set_index("key")["text"]
    assert "så medarbejdernes/medarbejderrepræsentanternes synspunkter og forslag kan indgå" in rules["med_7"]
    assert "nr. 65 af 22. januar 2024" in rules["apv_65_2024"] and "ændres" in rules["apv_65_2024"]
    assert "ikke fundet" in rules["med_teknologi"] and "ikke overføres" in rules["med_teknologi"]
    assert "antagelse" in rules["speaking_rate"] and "130 ord" in rules["speaking_rate"]


def test_voices_are_sourced_and_secondary_ones_say_so():
    shown = tables.voices_table()
    frame = shown.frame
    assert len(frame) >= 3 and frame["Link"].str.startswith("https://").all()
    assert "sekundær kilde" in set(frame["Kildetype"]) and "primær kilde" in set(frame["Kildetype"])
    assert "Roberta er populær" in str(shown) and "Brug HK'erne!" in str(shown)


def test_tables_are_danish_and_complete():
    assert list(tables.phases_table().frame["Fase"]) == ["Benægtelse", "Modstand", "Udforskning", "Engagement"]
    assert len(tables.kotter_table().frame) == 8 and len(tables.adkar_table().frame) == 5
    assert "Håndtér tæt" in str(tables.quadrants_table())
    shown = tables.stakeholder_table(model.default_stakeholders())
    assert list(shown.frame.columns)[:2] == ["Interessent", "Indflydelse"] and "Det gør du" in shown.frame.columns
    assert "Eksempel (illustrativt)" in str(tables.remarks_table())


def test_export_writes_a_plan_that_excel_cannot_run(tmp_path):
    rows = model.plan_from_stakeholders(model.default_stakeholders())
    rows[0]["message"] = '=HYPERLINK("http://x")'
    rows[1]["occasion"] = "@SUM(A1)"
    rows[2]["channel"] = "+45 12 34 56 78"
    rows[3]["responsible"] = "-leder"
    checks = model.check_plan(rows, model.default_stakeholders())
    path = tables.export_plan(rows, tmp_path / "plan.xlsx", checks)
    book = openpyxl.load_workbook(path)
    sheet = book["Kommunikationsplan"]
    header = [c.value for c in sheet[1]]
    assert header == ["Anledning", "Målgruppe", "Budskab", "Kanal", "Hvornår", "Ansvarlig", "Form"]
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row]
    assert sheet.max_row == len(rows) + 1
    assert '\'=HYPERLINK("http://x")' in values and "'@SUM(A1)" in values and "'+45 12 34 56 78" in values
    assert "'-leder" in values and all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert "Dialog (tovejs)" in values
    assert [c.value for c in book["Tjek"][1]] == ["Tjek", "Opfyldt", "Forklaring"]
    assert not list(tmp_path.glob("*.tmp.xlsx"))


def test_export_raises_oserror_when_the_folder_is_a_file(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    with pytest.raises(OSError):
        tables.export_plan([], blocker / "plan.xlsx")


def _texts(fig):
    return " ".join(t.get_text() for ax in fig.axes for t in ax.texts) + " ".join(t.get_text() for t in fig.texts)


def test_grid_writes_quadrant_names_and_advice_and_numbers_each_stakeholder():
    stakeholders = model.default_stakeholders()
    fig = charts.stakeholder_grid(stakeholders, highlight="MED-udvalg")
    text = _texts(fig)
    for q in model.QUADRANTS.values():
        assert q.name.upper() in text and q.advice.split(":")[0].split(".")[0][:20] in text.replace("\n", " ")
    assert "5\u00a0MED-udvalg" in text and "MED-udvalg" in text and "Kilde:" in text
    assert fig.axes[0].get_xlabel() == "Interesse (1-5)"


def test_grid_points_move_with_the_sliders():
    s = model.Stakeholder("Borgerne", influence=1, interest=1)
    before = charts.stakeholder_grid([s]).axes[0].collections[-1].get_offsets().tolist()
    s.influence, s.interest = 5, 5
    after = charts.stakeholder_grid([s]).axes[0].collections[-1].get_offsets().tolist()
    assert before == [[1, 1]] and after == [[5, 5]]


def test_curve_and_barometer_name_their_phases_and_barrier():
    assert all(p.name in _texts(charts.change_curve_chart("modstand")) for p in model.PHASES)
    fig = charts.adkar_chart({"awareness": 5, "desire": 2, "knowledge": 1, "ability": 5, "reinforcement": 5}, "teamet")
    assert "første svage trin" in _texts(fig) and fig.axes[0].get_title(loc="left") == "Barometer for teamet"
