"""Charts: lanes, labels, highlighted deadlines, source lines."""

import pytest
from matplotlib.collections import PathCollection

from workbook_helpers.policy import benchmark, charts, model, municipal
from workbook_helpers.style import HIGHLIGHT


@pytest.fixture(scope="module")
def data():
    return model.load_policy()


def texts(fig):
    return " ".join(t.get_text() for t in fig.texts)


def test_timeline_has_four_lanes_and_highlights_the_dates_after_the_chosen_day(data):
    line = model.timeline(data, on="2026-11-29", start="2026-01-01", end="2028-12-31", area="ydelse")
    fig = charts.timeline_chart(line)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "EU", "Nationalt og fællesoffentligt", "Fælleskommunalt", "Kommunalt",
    ]  # fmt: skip
    assert ax.get_title(loc="left") == "Tidslinje: datoer før og efter 29. nov. 2026"
    points = {c.get_gid(): c for c in ax.collections if isinstance(c, PathCollection)}
    assert len(points["after"].get_offsets()) == line["after"].sum() == 6
    assert len(points["before"].get_offsets()) == (~line["after"]).sum()
    assert points["after"].get_facecolor()[0].tolist()[:3] != points["before"].get_facecolor()[0].tolist()[:3]
    numbers = [t.get_text() for t in ax.texts if t.get_gid() == "after-number"]
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    listing = next(t.get_text() for t in fig.axes[1].texts if t.get_gid() == "after-list")
    assert "1. 2. dec. 2026: AI-forordningen" in listing
    assert "Kilde: arbejdsbogens policy-data" in texts(fig)


def test_cascade_chart_draws_a_box_per_node_and_an_arrow_per_link(data):
    nodes, edges = model.cascade(data, "ai_act", [municipal.example()])
    fig = charts.cascade_chart(nodes, edges)
    ax = fig.axes[0]
    boxes = [t for t in ax.texts if (t.get_gid() or "").startswith("node:")]
    arrows = [p for p in ax.patches if (p.get_gid() or "").startswith("edge:")]
    assert len(boxes) == len(nodes) and len(arrows) == len(edges)
    assert ax.get_xticklabels()[0].get_text() == "EU"
    example = next(t for t in boxes if t.get_gid() == "node:kommune_0")
    assert "Eksempel" in example.get_text() and example.get_bbox_patch().get_linestyle() == "--"
    assert "Kilde:" in texts(fig)


def test_benchmark_chart_marks_denmark_and_carries_the_attribution():
    egov, _ = benchmark.load_benchmarks()
    fig = charts.benchmark_chart(benchmark.scores(egov, ["DK", "AVERAGE_EU27", "SE"], "B3.1"), "B3.1")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "eGovernment Benchmark 2023: eID"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    bars = dict(zip(labels, ax.patches, strict=False))
    assert bars["Danmark"].get_facecolor()[:3] == pytest.approx(
        tuple(int(HIGHLIGHT[i : i + 2], 16) / 255 for i in (1, 3, 5))
    )
    assert bars["EU27-gennemsnit"].get_hatch() == "//"
    assert "European Commission, eGovernment Benchmark 2023" in texts(fig)


def test_government_level_chart_shows_central_and_local_bars():
    egov, _ = benchmark.load_benchmarks()
    fig = charts.government_level_chart(benchmark.government_levels(egov))
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Danmark, 2022: statslig mod kommunal"
    gids = {p.get_gid() for p in ax.patches}
    assert {"Statslig", "Lokal (kommunal)"} <= gids
    assert "eID" in [t.get_text() for t in ax.get_yticklabels()]
    assert "CC BY 4.0" in texts(fig)
    with pytest.raises(ValueError, match="ingen tal"):
        charts.government_level_chart(benchmark.government_levels(egov), country="XX")


def test_egdi_chart_writes_denmarks_rank_and_the_un_source():
    _, egdi = benchmark.load_benchmarks()
    fig = charts.egdi_chart(benchmark.egdi_series(egdi, ["DNK", "EST"]))
    ax = fig.axes[0]
    ranks = [t.get_text() for t in ax.texts]
    assert ranks == ["nr. 7", "nr. 4", "nr. 16", "nr. 9", "nr. 1", "nr. 1", "nr. 1"]
    assert "UN DESA" in texts(fig) and "2020 mangler" in texts(fig)
