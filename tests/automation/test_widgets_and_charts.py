"""Widget callbacks driven programmatically, and the charts' titles, labels and source lines."""

import pandas as pd
import pytest

from workbook_helpers.automation import charts, robot, scoring
from workbook_helpers.automation.examples import EXAMPLE_LABEL, example_steps
from workbook_helpers.automation.widgets import ROBOT_RULES_WORK, WEIGHTS_WORK, RobotSimulator, ScoringExplorer
from workbook_helpers.storage import load_work


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))


def test_simulator_starts_with_the_cautious_robot():
    sim = RobotSimulator()
    assert "Automatiseringsgrad: 39 % (77 af 200 sager)" in sim.result.value
    assert "123 sager venter på en medarbejder" in sim.queue_view.value
    assert sim.ocr_threshold.disabled and sim.updated.disabled
    assert len(sim.chart.outputs) == 1
    assert sim.time_chart.outputs == ()  # drawn only when its tab is opened
    sim.tabs.selected_index = 3
    assert len(sim.time_chart.outputs) == 1
    sim.ocr.value = True  # with the tab open, a change redraws it
    assert len(sim.time_chart.outputs) == 1


def test_changing_a_rule_changes_the_rate_and_the_exception_queue():
    sim = RobotSimulator()
    before_rate, before_queue = sim.result.value, sim.queue_view.value
    sim.ocr.value = True
    assert not sim.ocr_threshold.disabled
    assert "Automatiseringsgrad: 48 %" in sim.result.value and sim.result.value != before_rate
    assert "104 sager venter" in sim.queue_view.value and sim.queue_view.value != before_queue
    sim.ocr_threshold.value = 60
    assert sim.last.n_robot > 96
    assert load_work(ROBOT_RULES_WORK)["ocr_threshold"] == 0.6


def test_stale_robot_after_a_rule_change_makes_errors():
    sim = RobotSimulator()
    sim.rule_change.value = True
    assert not sim.updated.disabled
    assert sim.last.errors == 0
    sim.updated.value = False
    assert sim.last.errors > 0
    assert f"Fejl: {sim.last.errors}." in sim.result.value


def test_queue_size_and_amount_limit():
    sim = RobotSimulator()
    sim.n_cases.value = 1000
    assert sim.last.n_cases == 1000
    assert "af 1.000 sager" in sim.result.value
    low = sim.last.n_robot
    sim.max_amount.value = 40_000
    assert sim.last.n_robot > low
    assert ("40.000 kr.", 40_000) in sim.max_amount.options


def test_saved_rules_are_restored_and_bad_saved_rules_ignored(tmp_path):
    first = RobotSimulator()
    first.register.value = True
    assert RobotSimulator().register.value is True
    (tmp_path / f"{ROBOT_RULES_WORK}.json").write_text('{"ocr_threshold": 7}', encoding="utf-8")
    assert RobotSimulator().ocr_threshold.value == 90


def test_scoring_explorer_weights_and_explanation():
    explorer = ScoringExplorer(example_steps())
    assert "Samlet score (0-100)" in explorer.table.value
    assert "Største stopklods" in explorer.explanation.value
    first_total = explorer.scored["total"].copy()
    explorer.weights["volume"].value = 5
    assert not explorer.scored["total"].equals(first_total)
    assert load_work(WEIGHTS_WORK)["volume"] == 5
    explorer.step_choice.value = "Vurdér særlige forhold"
    assert "Trin »Vurdér særlige forhold«" in explorer.explanation.value
    assert explorer.matrix.outputs == ()
    explorer.tabs.selected_index = 1
    assert len(explorer.matrix.outputs) == 1


def test_scoring_explorer_shows_danish_error_not_traceback():
    steps = example_steps()
    steps.loc[1, "stability_score"] = 9
    explorer = ScoringExplorer(steps)
    assert "Række 2" in explorer.message.value and "Stabil proces" in explorer.message.value
    assert explorer.table.value == ""
    for slider in explorer.weights.values():
        slider.value = 0
    assert "Det kan ikke beregnes" in explorer.message.value  # a Danish message, never a crash


def test_all_weights_zero_is_answered_in_danish():
    explorer = ScoringExplorer(example_steps())
    for slider in explorer.weights.values():
        slider.value = 0
    assert "Mindst ét kriterium" in explorer.message.value


def test_learner_text_is_escaped():
    steps = example_steps()
    steps.loc[0, "step"] = "<b>Modtag</b>"
    explorer = ScoringExplorer(steps)
    assert "<b>Modtag</b>" not in explorer.table.value and "&lt;b&gt;Modtag&lt;/b&gt;" in explorer.table.value
    explorer.step_choice.value = "<b>Modtag</b>"
    assert "&lt;b&gt;" in explorer.explanation.value


def _texts(fig):
    return " ".join(t.get_text() for t in fig.texts)


def test_robot_charts_have_danish_titles_labels_and_the_illustrative_label():
    result = robot.run_robot(robot.make_queue(), robot.RobotRules())
    fig = charts.robot_outcome_chart(result)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Hvor endte sagerne?"
    assert ax.get_xlabel() == "Antal sager"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Papirbrev (kan ikke læses)" or "Klaret af robotten" in labels
    assert "Eksempel (illustrativt)" in _texts(fig)
    fig = charts.robot_time_chart(result)
    assert fig.axes[0].get_ylabel() == "Timer" and "Eksempel (illustrativt)" in _texts(fig)
    effects = [robot.yearly_effect(result, n) for n in (100, 1000, 10_000)]
    fig = charts.volume_chart(effects)
    assert fig.axes[0].get_xlabel() == "Sager pr. år"


def test_matrix_and_criteria_charts():
    scored = scoring.score_steps(example_steps())
    fig = charts.priority_matrix_chart(scored, source=EXAMPLE_LABEL)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Lethed (0-100)" and ax.get_ylabel() == "Potentiale (timer pr. år)"
    annotations = [c.get_text() for c in ax.texts]
    assert "1. Modtag og journalisér…" in annotations
    assert "Gør det nu" in annotations and "Eksempel (illustrativt)" in _texts(fig)
    fig = charts.criteria_chart(scored, 0)
    assert {t.get_text() for t in fig.axes[0].get_yticklabels()} == {c.label for c in scoring.CRITERIA.values()}


def test_ai_charts_carry_the_us_caveat():
    from workbook_helpers.automation import technologies as t

    cases = t.us_ai_use_cases()
    fig = charts.ai_topic_chart(t.count_by_topic(cases), t.us_attribution())
    assert "ikke fra danske kommuner" in _texts(fig).replace("\n", " ")
    fig = charts.ai_stage_chart(t.count_by_stage(cases), t.us_attribution())
    assert fig.axes[0].get_title(loc="left") == "Hvor langt er AI-anvendelserne nået?"


def test_empty_matrix_does_not_crash():
    empty = pd.DataFrame(columns=["step", "ease", "potential_hours", "quadrant"])
    fig = charts.priority_matrix_chart(empty)
    assert fig.axes[0].get_ylim()[1] > 0


def test_technology_explorer_shows_the_chosen_card():
    from workbook_helpers.automation.widgets import TechnologyExplorer

    explorer = TechnologyExplorer()
    assert "RPA (softwarerobot)" in explorer.card.value
    explorer.choice.value = "speech"
    assert "Talegenkendelse" in explorer.card.value and "Nordfyns Kommune" in explorer.card.value


def test_saved_workflow_is_scored_or_the_example_is_used(tmp_path):
    from workbook_helpers.automation.examples import WORKFLOW_WORK, saved_or_example_steps
    from workbook_helpers.storage import save_work

    steps, label = saved_or_example_steps()
    assert label.startswith("Eksempel (illustrativt)") and len(steps) == 7
    rows = [
        {"step": "Modtag <ansøgning>", "actor": "Sekretær", "system": "Mail", "minutes": "2,5", "per_year": "1.200",
         "wait_hours": "", "input_type": "email", "rule_based": True, "error_rate": "0,1", "double_entry": False},
    ]  # fmt: skip
    save_work(WORKFLOW_WORK, {"title": "Skoleindskrivning", "rows": rows})
    steps, label = saved_or_example_steps()
    assert label == "Din egen arbejdsgang »Skoleindskrivning« fra notebook 03 (dine egne tal)."
    scored = scoring.score_steps(steps)
    assert scored.loc[0, "score_volume"] == 3 and scored.loc[0, "potential_hours"] == pytest.approx(45)
    explorer = ScoringExplorer(steps, source=label)
    assert "&lt;ansøgning&gt;" in explorer.table.value
    save_work(WORKFLOW_WORK, {"title": "x", "rows": [{"step": "", "actor": "", "minutes": "abc", "per_year": "1"}]})
    steps, label = saved_or_example_steps()
    assert "kunne ikke bruges" in label and len(steps) == 7
