"""Widget callbacks driven programmatically: set .value on the controls, read the HTML and the chart output."""

import pandas as pd

from workbook_helpers import case, storage
from workbook_helpers.policy import model, municipal, widgets


def test_cascade_explorer_shows_what_applies_with_source_links_and_reacts_to_the_date():
    explorer = widgets.CascadeExplorer(on="2026-11-29", area="ydelse")
    assert "AI-forordningen" in explorer.rules.value
    assert (
        '<a href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj" target="_blank" rel="noopener">'
        in explorer.rules.value
    )
    assert "2. dec. 2026" in explorer.coming.value and "2. dec. 2027" not in explorer.coming.value
    explorer.months.value = 13
    assert "2. dec. 2027" in explorer.coming.value
    assert "29. nov. 2026" in explorer.message.value
    assert explorer.chart.outputs[0]["data"]["text/plain"] == "Diagram: Tidslinje: datoer før og efter 29. nov. 2026"
    explorer.day.value = pd.Timestamp("2025-06-01").date()
    assert "1. jun. 2025" in explorer.message.value
    assert "Digitalisering der løfter samfundet" in explorer.rules.value
    assert "oprindelig dato" not in explorer.coming.value  # 2 Aug 2026 is more than 12 months ahead
    explorer.months.value = 15
    assert "oprindelig dato" in explorer.coming.value
    assert len(explorer.chart.outputs) == 1


def test_cascade_explorer_area_and_an_empty_date():
    explorer = widgets.CascadeExplorer(on="2026-11-29", area="ydelse")
    explorer.area.value = "plan/byg/miljø"
    assert "Open data-direktivet" in explorer.rules.value
    explorer.day.value = None
    assert "Vælg en dato" in explorer.message.value


def test_learner_and_data_text_is_escaped():
    data = model.load_policy()
    acts = data.acts.copy()
    acts.loc[acts["id"] == "gdpr", "title_da"] = "<script>alert(1)</script>"
    acts.loc[acts["id"] == "gdpr", "source_url"] = 'https://x.dk/"><b>'
    explorer = widgets.CascadeExplorer(on="2026-11-29", data=model.PolicyData(acts, data.dates, data.cascade))
    assert "<script>" not in explorer.rules.value and "&lt;script&gt;" in explorer.rules.value
    assert 'href="https://x.dk/&quot;&gt;&lt;b&gt;"' in explorer.rules.value


def test_benchmark_explorer_follows_indicator_and_countries():
    explorer = widgets.BenchmarkExplorer()
    assert "Danmark ligger 12,2 point over EU27" in explorer.message.value
    explorer.indicator.value = "B3.1"
    assert explorer.chart.outputs[0]["data"]["text/plain"] == "Diagram: eGovernment Benchmark 2023: eID"
    explorer.countries.value = ()
    assert "Vælg mindst ét land" in explorer.message.value and explorer.chart.outputs == ()
    explorer.countries.value = ("DK", "FI")
    assert "2 lande" in explorer.message.value and len(explorer.chart.outputs) == 1


def test_municipality_form_saves_only_a_valid_entry_and_reloads_it(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    form = widgets.MunicipalityForm()
    form.save()
    assert "Skriv kommunens navn" in form.status.value
    assert case.load_case().get("municipality") is None
    form.fields["kommune"].value = "Testby <b>"
    form.fields["titel"].value = "Digital strategi"
    form.fields["vedtaget"].value = "31-02-2024"
    form.save()
    assert "»31-02-2024« er ikke en dato" in form.status.value
    form.fields["vedtaget"].value = "2024-03-01"
    form.links.value = ("fo_2026", "nis2_dk")
    form.save()
    assert "Gemt kl." in form.status.value
    saved = case.load_case().get("municipality")
    assert saved["kommune"] == "Testby <b>" and saved["links"] == ["fo_2026", "nis2_dk"]
    again = widgets.MunicipalityForm()
    assert again.fields["titel"].value == "Digital strategi" and again.links.value == ("fo_2026", "nis2_dk")
    explorer = widgets.CascadeExplorer(on="2026-11-29", area="ydelse")
    assert explorer.chart.outputs, "the saved municipality is drawn in the timeline"


def test_a_municipality_saved_before_the_case_existed_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    storage.save_work(municipal.WORK_NAME, {"kommune": "Gammelby", "titel": "Strategi", "links": []})
    assert widgets.MunicipalityForm().fields["kommune"].value == "Gammelby"


def test_a_failed_save_of_the_municipality_is_not_reported_as_saved(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    form = widgets.MunicipalityForm()
    form.fields["kommune"].value, form.fields["titel"].value = "Testby", "Strategi"

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "_write_atomic", refused)
    form.save()
    assert "IKKE gemt" in form.status.value and "Gemt kl." not in form.status.value
    assert form.fields["kommune"].value == "Testby"


def test_the_worked_example_is_labelled_illustrative():
    text = widgets.example_html()
    assert "Eksempel (illustrativt)" in text and "Eksempelkommune" in text
