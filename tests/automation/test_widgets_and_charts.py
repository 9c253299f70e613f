"""Widget callbacks driven programmatically, and the charts' titles, labels and source lines."""

import pandas as pd
import pytest

from workbook_helpers import case, formats, storage
from workbook_helpers.automation import charts, model, robot, scoring
from workbook_helpers.automation.examples import EXAMPLE_LABEL, example_steps
from workbook_helpers.automation.widgets import RobotSimulator, ScoringExplorer


def settings():
    return case.load_case().get("settings") or {}


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
    assert settings()["robot_rules"]["ocr_threshold"] == 0.6
    assert "Dine regler er gemt i din sag." in sim.saved.value


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


def test_saved_rules_are_restored_other_settings_kept_and_bad_rules_ignored():
    case.part("settings").save({"andet_widget": {"x": 1}})
    RobotSimulator().register.value = True
    assert RobotSimulator().register.value is True
    assert settings()["andet_widget"] == {"x": 1}
    ScoringExplorer(example_steps()).weights["volume"].value = 4
    assert settings()["robot_rules"]["fill_from_register"] is True and settings()["scoring_weights"]["volume"] == 4
    case.part("settings").save({"robot_rules": {"ocr_threshold": 7}})
    assert RobotSimulator().ocr_threshold.value == 90


def test_nothing_is_saved_before_the_learner_changes_something():
    RobotSimulator()
    ScoringExplorer(example_steps())
    assert case.load_case().get("settings") is None


def test_rules_from_the_save_file_of_before_the_case_are_read():
    storage.save_work("robot_regler", {"read_paper_with_ocr": True})
    assert RobotSimulator().ocr.value is True


def test_a_failed_save_says_so_and_keeps_the_rules_on_screen(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise storage.SaveError("Arbejdet kunne ikke gemmes: disken er fuld.")

    sim = RobotSimulator()
    monkeypatch.setattr(storage, "update_work", refuse)
    sim.ocr.value = True
    assert "disken er fuld" in sim.saved.value and "❌" in sim.saved.value and "gemt i din sag" not in sim.saved.value
    assert sim.ocr.value is True and "48 %" in sim.result.value


def test_scoring_explorer_weights_and_explanation():
    explorer = ScoringExplorer(example_steps())
    assert "Samlet score (0-100)" in explorer.table.value
    assert "Største stopklods" in explorer.explanation.value
    first_total = explorer.scored["total"].copy()
    explorer.weights["volume"].value = 5
    assert not explorer.scored["total"].equals(first_total)
    assert settings()["scoring_weights"]["volume"] == 5 and "Dine vægte er gemt" in explorer.saved.value
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


def test_widget_tables_are_whole_escaped_and_left_aligned():
    sim = RobotSimulator()
    assert sim.queue_view.value.count("<tr>") == 123 + 1  # the whole exception queue, and the header row
    assert "…" not in sim.queue_view.value and "…" not in sim.log_view.value
    assert "Loggen viser de første 50 af 200 sager." in sim.log_view.value
    assert "wb-table" in sim.queue_view.value and "text-align:left" in sim.queue_view.value


def test_no_two_widgets_share_a_layout():
    sim = RobotSimulator()
    layouts = [c.layout for c in sim.controls]
    assert len({id(layout) for layout in layouts}) == len(layouts)


def test_the_model_imports_without_widgets_or_charts():
    import subprocess
    import sys

    code = (
        "import sys, workbook_helpers.automation.model; print('ipywidgets' in sys.modules, 'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def _texts(fig):
    return " ".join(t.get_text() for t in fig.texts)


def test_robot_charts_have_danish_titles_labels_and_the_illustrative_label():
    result = robot.run_robot(robot.make_queue(), robot.RobotRules())
    fig = charts.robot_outcome_chart(result)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Hvor endte sagerne?"
    assert fig.text.startswith("Diagram: Hvor endte sagerne? Vandrette søjler med antal sager: Klaret af robotten: 77")
    assert "Papirbrev (kan ikke læses): 49 sager" in fig.text and "Automatiseringsgrad 39 %" in fig.text
    assert fig.output()["data"]["text/plain"] == fig.text and "image/png" in fig.output()["data"]
    assert ax.get_xlabel() == "Antal sager"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Papirbrev (kan ikke læses)" or "Klaret af robotten" in labels
    assert "Eksempel (illustrativt)" in _texts(fig)
    fig = charts.robot_time_chart(result)
    assert fig.axes[0].get_ylabel() == "Timer" and "Eksempel (illustrativt)" in _texts(fig)
    split = model.time_split(result)
    assert f"medarbejdere uden robot {formats.hours(split.staff_without, 1)}" in fig.text
    fig = charts.volume_chart(model.yearly_effects(result, (100, 1000, 10_000)))
    assert fig.axes[0].get_xlabel() == "Sager pr. år"
    assert "100 sager om året: -" in fig.text.replace("−", "-") and "10.000 sager om året" in fig.text


def test_matrix_and_criteria_charts():
    scored = scoring.score_steps(example_steps())
    fig = charts.priority_matrix_chart(scored, source=EXAMPLE_LABEL)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Lethed (0-100)" and ax.get_ylabel() == "Potentiale (timer pr. år)"
    annotations = [c.get_text() for c in ax.texts]
    assert "1. Modtag og journalisér …" in annotations
    assert "Gør det nu" in annotations and "Eksempel (illustrativt)" in _texts(fig)
    assert "1. Modtag og journalisér ansøgningen: lethed" in fig.text  # the whole name in the text alternative
    fig.canvas.draw()
    box = ax.get_window_extent()
    for label in (t for t in ax.texts if t.get_text()[:1].isdigit()):
        extent = label.get_window_extent()
        assert box.x0 - 1 <= extent.x0 and extent.x1 <= box.x1 + 1, f"{label.get_text()} runs past the axis"
    fig = charts.criteria_chart(scored, 0)
    assert {t.get_text() for t in fig.axes[0].get_yticklabels()} == {c.label for c in scoring.CRITERIA.values()}
    assert "Regelbaseret: 5 af 5" in fig.text


def test_ai_charts_carry_the_us_caveat():
    from workbook_helpers.automation import technologies as t

    cases = t.us_ai_use_cases()
    fig = charts.ai_topic_chart(t.count_by_topic(cases), t.us_attribution())
    assert "ikke fra danske kommuner" in _texts(fig).replace("\n", " ")
    assert "Administration: " in fig.text and "ikke fra danske kommuner" in fig.text
    fig = charts.ai_stage_chart(t.count_by_stage(cases), t.us_attribution())
    assert fig.axes[0].get_title(loc="left") == "Hvor langt er AI-anvendelserne nået?"
    assert "I drift: " in fig.text


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
    assert "art. 4, som ændret i 2026" in explorer.card.value


OWN_ROWS = [
    {"step": "Modtag <ansøgning>", "actor": "Sekretær", "system": "Mail", "minutes": "2,5", "per_year": "1.200",
     "wait_hours": "", "input_type": "email", "rule_based": True, "error_rate": "0,1", "double_entry": False},
    {"step": "Tast i fagsystem", "actor": "Sekretær", "system": "Fagsystem", "minutes": 6, "per_year": 1200,
     "wait_hours": 4, "input_type": "form", "rule_based": True, "error_rate": 0.05, "double_entry": True},
]  # fmt: skip


def test_untouched_example_is_never_called_the_learners_own():
    from workbook_helpers.automation.widgets import OwnScoring

    case.part("as_is").save({"title": "Eksemplet fra 03", "rows": OWN_ROWS}, example=True)
    own = OwnScoring()
    assert [c.part for c in own.choices] == ["example"]
    assert "Eksempel (illustrativt)" in own.origin.value and "Din egen" not in own.origin.value
    assert "dine egne tal" not in own.origin.value


def test_own_steps_are_scored_with_every_criterion_and_the_pick_is_saved():
    from workbook_helpers.automation.widgets import OwnScoring

    case.part("as_is").save({"title": "Skoleindskrivning", "rows": OWN_ROWS})
    own = OwnScoring()
    assert [c.part for c in own.choices] == ["as_is", "example"]
    assert "Din egen arbejdsgang »Skoleindskrivning«" in own.origin.value
    explorer = own.explorer
    assert "&lt;ansøgning&gt;" in explorer.table.value
    assert explorer.scored.loc[0, "potential_hours"] == pytest.approx(45)
    # Stability and documentation: assumed until the learner assesses them, then theirs.
    explorer.step_choice.value = "Tast i fagsystem"
    assert "Ikke vurderet endnu: Stabil proces og Dokumentation" in explorer.explanation.value
    explorer.assess_controls["stability"].value = 1
    explorer.assess_controls["documentation"].value = 5
    row = explorer.scored[explorer.scored["step"] == "Tast i fagsystem"].iloc[0]
    assert row["score_stability"] == 1 and row["score_documentation"] == 5 and row["assumed"] == ()
    assert row["blocker"] == "Stabil proces" and "Ikke vurderet endnu" not in explorer.explanation.value
    assert settings()["scoring_assessments"]["Tast i fagsystem"] == {"stability": 1, "documentation": 5}
    # The technology pick goes to the case with its score and criteria.
    picker = explorer.picker
    picker.step.value = "Tast i fagsystem"
    assert picker.technology.value == row["technology"]  # the scoring's suggestion is preselected
    picker.technology.value = "rules_engine"
    picker.why.value = "Reglerne ændres til sommer."
    result = picker.save()
    assert result.ok and "Dit teknologivalg er gemt" in picker.status.value
    saved = case.part("technology")
    assert saved.is_own and saved.value["technology"] == "rules_engine" and saved.value["step"] == "Tast i fagsystem"
    assert saved.value["score"] == pytest.approx(row["total"], abs=0.05) and saved.value["criteria"]["stability"] == 1
    assert saved.value["label"] == "Regelmotor" and saved.value["source"] == "as_is"
    # The next time, the learner's assessment and pick are there again.
    again = OwnScoring().explorer
    again.step_choice.value = "Tast i fagsystem"
    assert again.assess_controls["stability"].value == 1
    assert again.picker.technology.value == "rules_engine"


def test_a_pick_on_the_example_is_saved_as_an_example():
    from workbook_helpers.automation.widgets import OwnScoring

    picker = OwnScoring().explorer.picker
    assert picker.save().ok and case.part("technology").example
    assert "eksempel" in picker.status.value


def test_bad_own_rows_fall_back_to_the_example_and_say_why():
    from workbook_helpers.automation.widgets import OwnScoring

    case.part("to_be").save({"title": "x", "rows": [{"step": "", "actor": "", "minutes": "abc", "per_year": "1"}]})
    own = OwnScoring()
    assert [c.part for c in own.choices] == ["example"] and "kunne ikke bruges" in own.origin.value


def test_idea_board_adds_keeps_and_chooses_ideas():
    from workbook_helpers.automation.widgets import IdeaBoard

    board = IdeaBoard(["Modtag ansøgning"])
    board.save_idea()
    assert "Skriv idéen først" in board.status.value and case.load_case().get("ideas") is None
    board.idea.value = "Borgerne <søger> i en formular"
    board.step.value = "Modtag ansøgning"
    board.technology.value = "self_service"
    assert board.save_idea().ok and board.idea.value == ""
    assert board.chosen.value == "Borgerne <søger> i en formular"  # the newest idea is ready to be chosen
    assert "&lt;søger&gt;" in board.listing.value and "Digital selvbetjening (formular)" in board.listing.value
    other = IdeaBoard()  # another notebook adds one: the first is kept
    other.idea.value = "En robot taster om natten"
    other.save_idea()
    board.chosen.value = "En robot taster om natten" if "En robot taster om natten" in board.chosen.options else None
    board.show(case.part("ideas").value)
    board.chosen.value = "En robot taster om natten"
    assert board.save_choice().ok
    ideas = case.load_case().get("ideas")
    assert [r["idea"] for r in ideas["rows"]] == ["Borgerne <søger> i en formular", "En robot taster om natten"]
    assert ideas["chosen"] == "En robot taster om natten" and ideas["rows"][0]["technology"] == "self_service"
