"""The one-liners notebook 01 calls (policy/notebook.py) and its Danish tables (policy/tables.py)."""

import subprocess
import sys

from matplotlib.figure import Figure

from workbook_helpers.policy import notebook, tables


def test_the_model_imports_without_the_gui():
    code = "import sys, workbook_helpers.policy.model; print('ipywidgets' in sys.modules, 'matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split() == [
        "False",
        "False",
    ]


def test_the_acts_table_is_whole_and_can_be_narrowed_to_a_work_area():
    every = notebook.acts_table()
    school = notebook.acts_table(area="skole")
    assert 0 < len(school) < len(every)
    assert "…" not in every._repr_html_() and "Vedtaget" in str(every).splitlines()[0]


def test_the_dates_of_an_act_are_danish_lines_with_their_verification():
    text = notebook.dates_text("ai_act", on="2026-11-29")
    assert "2. feb. 2025" in text and "sekundær" in text.lower()
    assert tables.date_text("2026-01-15", "måned") == "januar 2026" and tables.date_text(None) == "–"


def test_every_figure_is_a_titled_chart():
    figures = [
        notebook.timeline_figure(on="2026-11-29", area="ydelse"),
        notebook.cascade_figure("dd2030"),
        notebook.benchmark_figure(),
        notebook.government_level_figure(),
        notebook.egdi_figure(),
    ]
    assert all(isinstance(f, Figure) and f.axes[0].get_title(loc="left") for f in figures)
    assert "Eksempel (illustrativt)" in notebook.example_municipality().data


def test_denmark_summary_names_the_gap_and_the_rank():
    summary = notebook.denmark_summary()
    assert summary.startswith("eGovernment Benchmark 2023: Danmark") and "FN's EGDI 2024: Danmark nr. 1" in summary
