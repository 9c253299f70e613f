"""Charts: titles, labels, lanes, boxes and the source line (they draw what the model computed)."""

import pandas as pd
import pytest
from matplotlib.patches import FancyBboxPatch

from workbook_helpers.workflow import charts, eventlog, model
from workbook_helpers.workflow.eventlog import END, START

from .test_eventlog import raw_log


def steps(n: int = 5) -> pd.DataFrame:
    actors = ["Sekretær", "Leder", "Borgerservice"]
    return pd.DataFrame(
        {
            "step": [f"Trin {i + 1}" for i in range(n)],
            "actor": [actors[i % 3] for i in range(n)],
            "minutes": [5 + i for i in range(n)],
            "per_year": [100] * n,
            "wait_hours": [0, 24] + [0] * (n - 2),
            "error_rate": [0.1] + [0] * (n - 1),
        }
    )


def texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


@pytest.mark.parametrize("n", [5, 12, 20])
def test_swimlane_has_a_lane_per_actor_and_a_box_per_step(n):
    fig = charts.swimlane(steps(n))
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Arbejdsgangen i svømmebaner"
    shown = texts(fig)
    for actor in ("Sekretær", "Leder", "Borgerservice"):
        assert actor in shown
    boxes = [p for p in ax.patches if isinstance(p, FancyBboxPatch)]
    assert len(boxes) == n
    assert "venter 24 t" in shown
    assert "omarb. 10 %" in shown
    assert any(t.startswith("Kilde:") for t in shown)
    assert fig.get_figwidth() <= 30


def test_pareto_sorts_steps_by_hours():
    fig = charts.pareto(steps(5))
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Hvor går timerne hen?"
    assert ax.get_ylabel() == "Timer pr. år"
    heights = [bar.get_height() for bar in ax.patches]
    assert heights == sorted(heights, reverse=True)
    assert heights[0] == pytest.approx(model.hours_per_year(steps(5)).max())


def test_as_is_vs_to_be_states_hours_freed_in_danish():
    as_is = steps(5)
    to_be = model.remove_step(as_is, "Trin 5")  # 9 min x 100 = 15 hours
    fig = charts.as_is_vs_to_be(as_is, to_be)
    assert fig.axes[0].get_title(loc="left") == "Som nu og fremover: 15 timer frigjort pr. år"
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["Som nu", "Fremover"]


def test_event_log_charts_carry_titles_and_the_attribution():
    log = eventlog.prepare_log(raw_log())
    source = "Kilde: en lille håndlavet log."
    figures = [
        charts.variants_chart(eventlog.variants(log), source=source),
        charts.throughput_chart(eventlog.case_durations(log), source=source),
        charts.channel_chart(eventlog.channel_comparison(log), source=source),
        charts.waiting_chart(eventlog.waiting_times(log), source=source),
        charts.workload_chart(eventlog.workload(log), source=source),
        charts.dfg_chart(eventlog.directly_follows(log, start_end=True), source=source),
    ]
    for fig in figures:
        assert fig.axes[0].get_title(loc="left")
        assert source in texts(fig)


def test_throughput_chart_counts_cases_per_band():
    log = eventlog.prepare_log(raw_log())
    fig = charts.throughput_chart(eventlog.case_durations(log), source="Kilde: test")
    heights = [bar.get_height() for bar in fig.axes[0].patches]
    assert heights == [0, 2, 1, 0, 0, 0]  # two cases of 3 hours, one of 4 days
    assert "Median: 3 timer" in texts(fig)


def test_dfg_chart_draws_every_activity_in_path_order():
    log = eventlog.prepare_log(raw_log())
    fig = charts.dfg_chart(eventlog.directly_follows(log, start_end=True), source="Kilde: test")
    boxes = [t.get_text() for t in fig.axes[0].texts if t.get_text() in {START, END, "Modtag", "Tjek", "Afgør"}]
    assert boxes == [START, "Modtag", "Tjek", "Afgør", END]
    assert "↺ 1" in texts(fig)  # Tjek -> Tjek


def test_durations_read_as_words():
    assert charts.duration(0.02) == "29 min."
    assert charts.duration(4.06) == "4,1 dage"
    assert charts.duration(1) == "1 dag"


def test_a_selection_of_one_event_cases_gets_a_sentence_not_an_error():
    log = eventlog.prepare_log(raw_log().iloc[[0, 3]])  # two cases with one event each
    fig = charts.waiting_chart(eventlog.waiting_times(log), source="Kilde: test")
    assert "Ingen ventetider her: sagerne i udvalget har kun én hændelse." in texts(fig)
    assert charts.dfg_chart(eventlog.directly_follows(log, start_end=True), source="Kilde: test").axes


def test_charts_have_a_danish_text_alternative_that_says_what_they_show():
    school = __import__("workbook_helpers.workflow.examples", fromlist=["x"]).example("skole_indskrivning")
    words = charts.text_alternative(charts.swimlane(school))
    assert words.startswith("Svømmebanediagram med 8 trin i 2 baner (Skolesekretær, Skoleleder).")
    assert "4. Godkend optagelse (Skoleleder, 4 min., input: e-mail/fritekst, venter 48 timer før)" in words
    assert "Sagen skifter hænder 2 gange." in words
    pareto_words = charts.text_alternative(charts.pareto(school))
    assert pareto_words.startswith("Pareto-diagram: timer pr. år pr. trin, størst først, i alt 98,1 timer.")
    to_be = model.remove_step(school, "Arkivér indmeldelsen")
    compare = charts.text_alternative(charts.as_is_vs_to_be(school, to_be))
    assert "7,5 timer frigjort pr. år" in compare and "Arkivér indmeldelsen: 7,5 → 0 timer" in compare
    html = charts.swimlane(school)._repr_html_()
    assert "alt='Svømmebanediagram med 8 trin" in html and "Diagrammet i ord" in html


def test_swimlane_text_stays_inside_its_box_and_is_projector_size():
    school = __import__("workbook_helpers.workflow.examples", fromlist=["x"]).example("skole_indskrivning")
    fig = charts.swimlane(school)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    ax = fig.axes[0]
    boxes = [p.get_window_extent(renderer) for p in ax.patches if isinstance(p, FancyBboxPatch)]
    names = [t for t in ax.texts if t.get_text().replace("\n", " ").replace("- ", "").split()[0] in
             {s.split()[0] for s in school["step"]}]  # fmt: skip
    assert len(names) == 8
    for text in names:
        extent = text.get_window_extent(renderer)
        assert any(b.x0 <= extent.x0 and extent.x1 <= b.x1 for b in boxes), text.get_text()
        assert text.get_fontsize() >= 14
    assert any("elevadministrationen" in t.get_text().replace("-\n", "") for t in names)
