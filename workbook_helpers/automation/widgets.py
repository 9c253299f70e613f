"""Widgets: the software-robot simulator and the automation scoring with weight sliders and the matrix.

Thin on purpose: the controls are wired to ``robot`` and ``scoring`` (the model) and to ``charts``. The callback
logic lives in small methods (``update``) that tests call after setting ``.value`` on a control. Expected errors
(a ValueError in Danish) are shown in the widget, never as a traceback.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from workbook_helpers import formats
from workbook_helpers.storage import load_work, save_work
from workbook_helpers.style import show_figure

from . import charts, robot, scoring
from .examples import EXAMPLE_LABEL

ROBOT_RULES_WORK = "robot_regler"
WEIGHTS_WORK = "automatisering_vaegte"
_WIDE = {"style": {"description_width": "22em"}, "layout": widgets.Layout(width="44em")}
# A checkbox shows its description to the right; without the indent it gets the full width for long labels.
_CHECK = {"indent": False, "layout": widgets.Layout(width="34em", margin="2px 0 2px 22.5em")}
AMOUNT_CHOICES = (1000, 2500, 5000, 10_000, 20_000, 40_000)
QUEUE_SIZES = (50, 200, 1000)
RULE_CHANGE_SHARE = 0.5
TIME_TAB, MATRIX_TAB = (
    3,
    1,
)  # tabs whose chart is drawn only when the learner opens them  # the rule changes halfway through the queue


def _table_html(frame: pd.DataFrame, max_rows: int = 15) -> str:
    shown = frame.head(max_rows)
    more = len(frame) - len(shown)
    note = f"<p><em>… og {formats.number(more)} sager mere.</em></p>" if more > 0 else ""
    table = shown.to_html(index=False, escape=True, border=0, classes="robot-tabel")
    return f"<div style='font-size:.9em;overflow-x:auto'>{table}</div>{note}"


def _error_html(message: str) -> str:
    return (
        "<div role='alert' style='border-left:6px solid #a33a00;padding:.4em .8em;background:#f7f7f7'>"
        f"⚠️ <strong>Det kan ikke beregnes:</strong> {html.escape(message)}</div>"
    )


class RobotSimulator:
    """Switch and adjust the robot's rules; the headline, the chart, the exception queue and the log follow.

    The learner's rules are saved (``robot_regler``) so a kernel restart keeps them.
    """

    def __init__(self, seed: int = 2026, n_cases: int = 200, restore: bool = True):
        self.seed = seed
        saved = load_work(ROBOT_RULES_WORK, default={}) if restore else {}
        try:
            rules = robot.rules_from_dict(saved or {})
        except (TypeError, ValueError):
            rules = robot.RobotRules()
        labels = robot.RULE_LABELS
        self.ocr = widgets.Checkbox(
            value=rules.read_paper_with_ocr, description=labels["read_paper_with_ocr"], **_CHECK
        )
        self.ocr_threshold = widgets.IntSlider(
            value=round(rules.ocr_threshold * 100), min=50, max=100, step=5,
            description="Mindste OCR-sikkerhed (%)", **_WIDE,
        )  # fmt: skip
        self.ai = widgets.Checkbox(value=rules.read_email_with_ai, description=labels["read_email_with_ai"], **_CHECK)
        self.ai_threshold = widgets.IntSlider(
            value=round(rules.ai_threshold * 100), min=50, max=100, step=5,
            description="Mindste AI-sikkerhed (%)", **_WIDE,
        )  # fmt: skip
        self.register = widgets.Checkbox(
            value=rules.fill_from_register, description=labels["fill_from_register"], **_CHECK
        )
        amounts = sorted({*AMOUNT_CHOICES, int(rules.max_amount)})
        self.max_amount = widgets.Dropdown(
            options=[(formats.kr(a), a) for a in amounts], value=int(rules.max_amount),
            description=labels["max_amount"], **_WIDE,
        )  # fmt: skip
        self.rule_change = widgets.Checkbox(value=False, description="Kommunen ændrer en regel midt i køen", **_CHECK)
        self.updated = widgets.Checkbox(
            value=rules.updated_for_new_rule, description=labels["updated_for_new_rule"], **_CHECK
        )
        self.n_cases = widgets.Dropdown(
            options=[(f"{formats.number(n)} sager", n) for n in sorted({*QUEUE_SIZES, n_cases})], value=n_cases,
            description="Sager i køen", **_WIDE,
        )  # fmt: skip
        self.result = widgets.HTML(layout=widgets.Layout(min_height="3em"))
        self.result.add_class("robot-resultat")
        self.chart = widgets.Output()
        self.queue_view = widgets.HTML()
        self.queue_view.add_class("robot-undtagelser")
        self.log_view = widgets.HTML()
        self.time_chart = widgets.Output()
        self.tabs = tabs = widgets.Tab(
            children=[self.chart, self.queue_view, self.log_view, self.time_chart],
            titles=["Udfald", "Undtagelseskøen", "Robottens log", "Tid"],
        )
        controls = [self.ocr, self.ocr_threshold, self.ai, self.ai_threshold, self.register, self.max_amount,
                    self.rule_change, self.updated, self.n_cases]  # fmt: skip
        for control in controls:
            control.observe(self.update, names="value")
        tabs.observe(self.draw_time_chart, names="selected_index")
        self.view = widgets.VBox([widgets.HTML("<strong>Robottens regler</strong>"), *controls, self.result, tabs])
        self.last: robot.SimulationResult | None = None
        self.update()

    def rules(self) -> robot.RobotRules:
        """The rules as the controls say now."""
        return robot.RobotRules(
            read_paper_with_ocr=self.ocr.value,
            ocr_threshold=self.ocr_threshold.value / 100,
            read_email_with_ai=self.ai.value,
            ai_threshold=self.ai_threshold.value / 100,
            fill_from_register=self.register.value,
            max_amount=float(self.max_amount.value),
            updated_for_new_rule=self.updated.value,
        )

    def queue(self) -> list[robot.Case]:
        n = self.n_cases.value
        change_at = int(n * RULE_CHANGE_SHARE) + 1 if self.rule_change.value else None
        return robot.make_queue(n, seed=self.seed, rule_change_at=change_at)

    def update(self, _change=None) -> None:
        """Run the robot with the current rules and refresh every view (the widget's one callback)."""
        self.ocr_threshold.disabled = not self.ocr.value
        self.ai_threshold.disabled = not self.ai.value
        self.updated.disabled = not self.rule_change.value
        try:
            rules = self.rules()
            result = robot.run_robot(self.queue(), rules)
        except ValueError as error:
            self.result.value = _error_html(str(error))
            return
        self.last = result
        save_work(ROBOT_RULES_WORK, robot.rules_to_dict(rules))
        self.result.value = f"<p style='font-size:1.25em;margin:.3em 0'>{html.escape(robot.summary_text(result))}</p>"
        show_figure(self.chart, charts.robot_outcome_chart(result))
        self.time_chart.outputs = ()
        self.draw_time_chart()
        exceptions = robot.log_table(result, exceptions_only=True)
        self.queue_view.value = (
            f"<p><strong>{formats.number(result.n_person)} sager venter på en medarbejder.</strong></p>"
            + _table_html(exceptions.drop(columns=["Hvem behandlede", "Fejl"]))
        )
        self.log_view.value = _table_html(robot.log_table(result), max_rows=25)

    def draw_time_chart(self, _change=None) -> None:
        """Draw the time chart, but only while its tab is open (a chart costs a few hundred milliseconds)."""
        if self.tabs.selected_index == TIME_TAB and self.last is not None and not self.time_chart.outputs:
            show_figure(self.time_chart, charts.robot_time_chart(self.last))


def robot_simulator(seed: int = 2026, n_cases: int = 200) -> widgets.VBox:
    """The software-robot simulator of notebook 02, ready to show."""
    return RobotSimulator(seed=seed, n_cases=n_cases).view


class ScoringExplorer:
    """Weight sliders for the seven criteria; the score table, the matrix and one step's explanation follow."""

    def __init__(self, steps: pd.DataFrame, source: str = EXAMPLE_LABEL, restore: bool = True):
        self.steps = steps
        self.source = source
        saved = load_work(WEIGHTS_WORK, default={}) if restore else {}
        try:
            weights = scoring.check_weights(saved or None)
        except (TypeError, ValueError):
            weights = dict(scoring.DEFAULT_WEIGHTS)
        self.weights = {
            key: widgets.IntSlider(
                value=round(weights[key]), min=0, max=5, step=1, description=f"Vægt: {criterion.label}", **_WIDE
            )
            for key, criterion in scoring.CRITERIA.items()
        }
        names = [str(s) for s in steps["step"]] if "step" in steps.columns else []
        self.step_choice = widgets.Dropdown(options=names, description="Forklar trinnet", **_WIDE)
        self.message = widgets.HTML()
        self.message.add_class("scoring-besked")
        self.table = widgets.HTML()
        self.table.add_class("scoring-tabel")
        self.matrix = widgets.Output()
        self.explanation = widgets.HTML()
        self.tabs = tabs = widgets.Tab(
            children=[self.table, self.matrix, widgets.VBox([self.step_choice, self.explanation])],
            titles=["Scorer", "Prioriteringsmatrix", "Forklaring"],
        )
        for slider in self.weights.values():
            slider.observe(self.update, names="value")
        self.step_choice.observe(self.explain, names="value")
        tabs.observe(self.draw_matrix, names="selected_index")
        self.view = widgets.VBox(
            [widgets.HTML("<strong>Vægte (0 = tæller ikke med)</strong>"), *self.weights.values(), self.message, tabs]
        )
        self.scored: pd.DataFrame | None = None
        self.update()

    def current_weights(self) -> dict[str, float]:
        return {key: float(slider.value) for key, slider in self.weights.items()}

    def update(self, _change=None) -> None:
        """Score the steps with the current weights and refresh the table, the matrix and the explanation."""
        try:
            self.scored = scoring.score_steps(self.steps, self.current_weights())
        except ValueError as error:
            self.scored = None
            self.matrix.outputs = ()
            self.message.value = _error_html(str(error))
            self.table.value = ""
            self.explanation.value = ""
            return
        save_work(WEIGHTS_WORK, self.current_weights())
        self.message.value = ""
        table = scoring.priority_table(self.scored).to_html(index=False, escape=True, border=0)
        self.table.value = f"<div style='font-size:.9em;overflow-x:auto'>{table}</div>"
        self.matrix.outputs = ()
        self.draw_matrix()
        self.explain()

    def draw_matrix(self, _change=None) -> None:
        """Draw the prioritisation matrix, but only while its tab is open."""
        if self.tabs.selected_index == MATRIX_TAB and self.scored is not None and not self.matrix.outputs:
            show_figure(self.matrix, charts.priority_matrix_chart(self.scored, source=self.source))

    def explain(self, _change=None) -> None:
        """Show the explanation of the chosen step, criterion by criterion."""
        if self.scored is None or self.step_choice.value is None:
            return
        text = scoring.explain(self.scored, self.step_choice.value)
        self.explanation.value = f"<pre style='white-space:pre-wrap;font-size:1.05em'>{html.escape(text)}</pre>"


def scoring_explorer(steps: pd.DataFrame, source: str = EXAMPLE_LABEL) -> widgets.VBox:
    """The scoring widget of notebook 05 for a step table, ready to show."""
    return ScoringExplorer(steps, source=source).view


class TechnologyExplorer:
    """Pick a technology; its card (what it does, needs, limits, legal points, example) is shown."""

    def __init__(self):
        from . import technologies

        tech = technologies.technologies()
        self._card = technologies.technology_card
        self.choice = widgets.Dropdown(
            options=list(zip(tech["name"], tech["key"], strict=True)), description="Teknologi", **_WIDE
        )
        self.card = widgets.HTML()
        self.card.add_class("teknologi-kort")
        self.choice.observe(self.update, names="value")
        self.view = widgets.VBox([self.choice, self.card])
        self.update()

    def update(self, _change=None) -> None:
        self.card.value = self._card(self.choice.value)


def technology_explorer() -> widgets.VBox:
    """The technology cards of notebook 05, ready to show."""
    return TechnologyExplorer().view
