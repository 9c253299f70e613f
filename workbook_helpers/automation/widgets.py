"""Widgets: the software-robot simulator, the automation scoring (weights, matrix, the learner's own assessments and
technology pick) and the »alt er muligt« idea board.

Thin on purpose: the controls are wired to ``robot``, ``scoring`` and ``model`` and to ``charts``/``tables``. The
callback logic lives in small methods that tests call after setting ``.value`` on a control. Expected errors (a
Danish ``ValueError``) are shown in the widget, never as a traceback. Everything the learner sets is saved through
the case (``workbook_helpers.case``): the rules and weights in part ``settings``, the technology pick in
``technology``, the ideas in ``ideas``; every save shows its real outcome.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from workbook_helpers import case, formats, storage
from workbook_helpers.messages import EXAMPLE_LABEL, status_html

from . import charts, model, robot, scoring, tables

AMOUNT_CHOICES = (1000, 2500, 5000, 10_000, 20_000, 40_000)
QUEUE_SIZES = (50, 200, 1000)
RULE_CHANGE_SHARE = 0.5  # the rule changes halfway through the queue
LOG_ROWS = 50
TIME_TAB, MATRIX_TAB = 3, 1  # tabs whose chart is drawn only when the learner opens them


def _wide(**layout) -> dict:
    """Style and a Layout of its own for a labelled control (a shared Layout would be changed by every widget)."""
    return {"style": {"description_width": "16em"}, "layout": widgets.Layout(width="100%", max_width="38em", **layout)}


def _check() -> dict:
    """A checkbox with its description on the right, indented under the labelled controls."""
    return {"indent": False, "layout": widgets.Layout(width="auto", max_width="38em", margin="2px 0 2px 16.5em")}


def _box(**layout) -> widgets.Layout:
    return widgets.Layout(width="100%", max_width="640px", **layout)


# Tables in a widget break lines between words only (never inside one); a table wider than the widget scrolls.
_TABLE_CSS = (
    "<style>.aut-tabel .wb-table td,.aut-tabel .wb-table th{overflow-wrap:normal;word-break:normal;"
    "line-height:1.35}.aut-tabel.aut-sager .wb-table td:first-child{white-space:nowrap}</style>"
)


def _scroll_html(inner: str, max_height: str = "26em", kind: str = "") -> str:
    return (
        f"{_TABLE_CSS}<div class='aut-tabel {kind}' style='max-height:{max_height};overflow:auto;font-size:.92em'>"
        f"{inner}</div>"
    )


def _error_html(message: str) -> str:
    return status_html("error", f"Det kan ikke beregnes: {message}")


def _result_html(result: storage.SaveResult) -> str:
    return status_html("ok" if result.ok else "error", result.message)


# --- settings in the case ---------------------------------------------------------------------------------------


def read_setting(key: str):
    """One widget setting from the case (part ``settings``), or from the widget's save file of before the case."""
    value = case.part(model.SETTINGS_PART).value
    if isinstance(value, dict) and key in value:
        return value[key]
    legacy = model.LEGACY_SETTINGS.get(key)
    return storage.load_work(legacy, default=None, expect=dict) if legacy else None


def save_setting(key: str, value, saved_text: str) -> storage.SaveResult:
    """Save one widget setting; the part is read again first, so the other widgets' settings are kept."""
    handle = case.part(model.SETTINGS_PART)
    return handle.save(model.with_setting(handle.value, key, value), saved_text=saved_text)


# --- the robot --------------------------------------------------------------------------------------------------


class RobotSimulator:
    """Switch and adjust the robot's rules; the headline, the chart, the exception queue and the log follow.

    The learner's rules are saved in the case (``settings`` → ``robot_rules``) so a kernel restart keeps them.
    """

    def __init__(self, seed: int = 2026, n_cases: int = 200, restore: bool = True):
        self.seed = seed
        rules = model.rules_from_settings(read_setting(model.ROBOT_RULES_KEY) if restore else None)
        self._build_controls(rules, n_cases)
        self.result = widgets.HTML(layout=widgets.Layout(min_height="3em"))
        self.result.add_class("robot-resultat")
        self.saved = widgets.HTML()
        self.saved.add_class("robot-gemt")
        self.chart = widgets.Output()
        self.queue_view = widgets.HTML()
        self.queue_view.add_class("robot-undtagelser")
        self.log_view = widgets.HTML()
        self.time_chart = widgets.Output()
        self.tabs = widgets.Tab(
            children=[self.chart, self.queue_view, self.log_view, self.time_chart],
            titles=["Udfald", "Undtagelseskøen", "Robottens log", "Tid"],
            layout=_box(),
        )
        for control in self.controls:
            control.observe(self.changed, names="value")
        self.tabs.observe(self.draw_time_chart, names="selected_index")
        title = widgets.HTML("<strong>Robottens regler</strong>")
        self.view = widgets.VBox([title, *self.controls, self.result, self.saved, self.tabs], layout=_box())
        self.last: robot.SimulationResult | None = None
        self.update()

    def _build_controls(self, rules: robot.RobotRules, n_cases: int) -> None:
        labels = robot.RULE_LABELS
        self.ocr = widgets.Checkbox(value=rules.read_paper_with_ocr, description=labels["read_paper_with_ocr"],
                                    **_check())  # fmt: skip
        self.ocr_threshold = widgets.IntSlider(
            value=round(rules.ocr_threshold * 100), min=50, max=100, step=5,
            description="Mindste OCR-sikkerhed (%)", **_wide(),
        )  # fmt: skip
        self.ai = widgets.Checkbox(value=rules.read_email_with_ai, description=labels["read_email_with_ai"], **_check())
        self.ai_threshold = widgets.IntSlider(
            value=round(rules.ai_threshold * 100), min=50, max=100, step=5,
            description="Mindste AI-sikkerhed (%)", **_wide(),
        )  # fmt: skip
        self.register = widgets.Checkbox(value=rules.fill_from_register, description=labels["fill_from_register"],
                                         **_check())  # fmt: skip
        amounts = sorted({*AMOUNT_CHOICES, int(rules.max_amount)})
        self.max_amount = widgets.Dropdown(
            options=[(formats.kr(a), a) for a in amounts], value=int(rules.max_amount),
            description=labels["max_amount"], **_wide(),
        )  # fmt: skip
        self.rule_change = widgets.Checkbox(value=False, description="Kommunen ændrer en regel midt i køen", **_check())
        self.updated = widgets.Checkbox(value=rules.updated_for_new_rule, description=labels["updated_for_new_rule"],
                                        **_check())  # fmt: skip
        self.n_cases = widgets.Dropdown(
            options=[(formats.count(n, "sag", "sager"), n) for n in sorted({*QUEUE_SIZES, n_cases})], value=n_cases,
            description="Sager i køen", **_wide(),
        )  # fmt: skip
        self.controls = [self.ocr, self.ocr_threshold, self.ai, self.ai_threshold, self.register, self.max_amount,
                         self.rule_change, self.updated, self.n_cases]  # fmt: skip

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

    def changed(self, _change=None) -> None:
        """A control was changed by the learner: run the robot again and save the rules."""
        if self.update():
            result = save_setting(model.ROBOT_RULES_KEY, robot.rules_to_dict(self.rules()),
                                  "Dine regler er gemt i din sag.")  # fmt: skip
            self.saved.value = _result_html(result)

    def update(self, _change=None) -> bool:
        """Run the robot with the current rules and refresh every view. False if the rules cannot be used."""
        self.ocr_threshold.disabled = not self.ocr.value
        self.ai_threshold.disabled = not self.ai.value
        self.updated.disabled = not self.rule_change.value
        try:
            result = robot.run_robot(self.queue(), self.rules())
        except ValueError as error:
            self.result.value = _error_html(str(error))
            return False
        self.last = result
        self.result.value = f"<p style='font-size:1.2em;margin:.3em 0'>{html.escape(tables.summary_text(result))}</p>"
        charts.show(self.chart, charts.robot_outcome_chart(result))
        self.time_chart.outputs = ()
        self.draw_time_chart()
        exceptions = tables.log_table(result, exceptions_only=True).drop(columns=["Hvem behandlede", "Fejl"])
        waiting = formats.count(result.n_person, "sag venter", "sager venter")
        self.queue_view.value = f"<p><strong>{waiting} på en medarbejder.</strong></p>" + _scroll_html(
            tables.html(exceptions), kind="aut-sager"
        )
        shown = min(LOG_ROWS, result.n_cases)
        note = (
            f"<p>Loggen viser de første {formats.number(shown)} af {formats.count(result.n_cases, 'sag', 'sager')}.</p>"
        )
        self.log_view.value = note + _scroll_html(
            tables.html(tables.log_table(result, max_rows=LOG_ROWS)), kind="aut-sager"
        )
        return True

    def draw_time_chart(self, _change=None) -> None:
        """Draw the time chart, but only while its tab is open (a chart costs a few hundred milliseconds)."""
        if self.tabs.selected_index == TIME_TAB and self.last is not None and not self.time_chart.outputs:
            charts.show(self.time_chart, charts.robot_time_chart(self.last))


def robot_simulator(seed: int = 2026, n_cases: int = 200) -> widgets.VBox:
    """The software-robot simulator of notebook 02, ready to show."""
    return RobotSimulator(seed=seed, n_cases=n_cases).view


# --- the scoring ------------------------------------------------------------------------------------------------

_ASSESS_OPTIONS = {
    key: [("Ikke vurderet (antaget 3)", 0)]
    + [(f"{n} – {c.low}" if n == 1 else f"{n} – {c.high}" if n == 5 else str(n), n) for n in range(1, 6)]
    for key, c in ((k, scoring.CRITERIA[k]) for k in model.ASSESSED)
}


class ScoringExplorer:
    """Weight sliders for the seven criteria; the score table, the matrix and one step's explanation follow.

    With ``assess=True`` the learner rates stability and documentation per step (the two criteria no step column
    describes); with ``choose=True`` they pick a technology for a step and save it to the case (``technology``).
    """

    def __init__(
        self,
        steps: pd.DataFrame | None = None,
        source: str = EXAMPLE_LABEL,
        restore: bool = True,
        *,
        choice: model.StepsChoice | None = None,
        assess: bool = False,
        choose: bool = False,
    ):
        self.choice = choice or model.StepsChoice("example", steps, source, own=False)
        self.restore = restore
        weights = model.weights_from_settings(read_setting(model.WEIGHTS_KEY) if restore else None)
        self.assessments = model.assessments_from_settings(
            read_setting(model.ASSESSMENTS_KEY) if restore and assess else None
        )
        self._build_controls(weights)
        explain_children = [self.step_choice, *(self.assess_controls.values() if assess else ()), self.explanation]
        self.tabs = widgets.Tab(
            children=[self.table, self.matrix, widgets.VBox(explain_children)],
            titles=["Scorer", "Prioriteringsmatrix", "Forklaring"],
            layout=_box(),
        )
        for slider in self.weights.values():
            slider.observe(self.weights_changed, names="value")
        for control in self.assess_controls.values():
            control.observe(self.assessment_changed, names="value")
        self.step_choice.observe(self.explain, names="value")
        self.tabs.observe(self.draw_matrix, names="selected_index")
        self.scored: pd.DataFrame | None = None
        self._showing = False
        self.picker = TechnologyPicker(self) if choose else None
        children = [widgets.HTML("<strong>Vægte (0 = tæller ikke med)</strong>"), *self.weights.values(),
                    self.message, self.saved, self.tabs]  # fmt: skip
        if self.picker:
            children.append(self.picker.view)
        self.view = widgets.VBox(children, layout=_box())
        self.update()

    def _build_controls(self, weights: dict[str, float]) -> None:
        self.weights = {
            key: widgets.IntSlider(
                value=round(weights[key]), min=0, max=5, step=1, description=f"Vægt: {criterion.label}", **_wide()
            )
            for key, criterion in scoring.CRITERIA.items()
        }
        self.assess_controls = {
            key: widgets.Dropdown(
                options=_ASSESS_OPTIONS[key], value=0, description=f"Din vurdering: {scoring.CRITERIA[key].label}",
                **_wide(),
            )
            for key in model.ASSESSED
        }  # fmt: skip
        self.step_choice = widgets.Dropdown(options=self._names(), description="Forklar trinnet", **_wide())
        self.message, self.saved, self.table = widgets.HTML(), widgets.HTML(), widgets.HTML()
        for widget, name in (
            (self.message, "scoring-besked"),
            (self.saved, "scoring-gemt"),
            (self.table, "scoring-tabel"),
        ):
            widget.add_class(name)
        self.matrix = widgets.Output()
        self.explanation = widgets.HTML()

    @property
    def steps(self) -> pd.DataFrame:
        return self.choice.steps

    @property
    def source(self) -> str:
        return self.choice.label

    def _names(self) -> list[str]:
        steps = self.choice.steps
        return [str(s) for s in steps["step"]] if steps is not None and "step" in steps.columns else []

    def set_choice(self, choice: model.StepsChoice) -> None:
        """Score another step table (the learner's as-is or to-be workflow, or the example)."""
        self.choice = choice
        self.step_choice.options = self._names()
        self.update()
        if self.picker:
            self.picker.refresh()

    def current_weights(self) -> dict[str, float]:
        return {key: float(slider.value) for key, slider in self.weights.items()}

    def weights_changed(self, _change=None) -> None:
        if self.update():
            result = save_setting(model.WEIGHTS_KEY, self.current_weights(), "Dine vægte er gemt i din sag.")
            self.saved.value = _result_html(result)

    def assessment_changed(self, _change=None) -> None:
        step = self.step_choice.value
        if step is None or getattr(self, "_showing", False):
            return
        marks = {k: c.value for k, c in self.assess_controls.items() if c.value}
        self.assessments = {**self.assessments, step: marks} if marks else {
            s: m for s, m in self.assessments.items() if s != step
        }  # fmt: skip
        if self.update():
            result = save_setting(model.ASSESSMENTS_KEY, self.assessments, "Din vurdering er gemt i din sag.")
            self.saved.value = _result_html(result)

    def update(self, _change=None) -> bool:
        """Score the steps with the current weights and refresh the table, the matrix and the explanation."""
        try:
            steps = model.apply_assessments(self.steps, self.assessments) if self.assessments else self.steps
            self.scored = scoring.score_steps(steps, self.current_weights())
        except ValueError as error:
            self.scored = None
            self.matrix.outputs = ()
            self.message.value = _error_html(str(error))
            self.table.value = ""
            self.explanation.value = ""
            return False
        self.message.value = ""
        self.table.value = _scroll_html(tables.html(tables.priority_table(self.scored)), "40em")
        self.matrix.outputs = ()
        self.draw_matrix()
        self.explain()
        if self.picker:
            self.picker.refresh()
        return True

    def draw_matrix(self, _change=None) -> None:
        """Draw the prioritisation matrix, but only while its tab is open."""
        if self.tabs.selected_index == MATRIX_TAB and self.scored is not None and not self.matrix.outputs:
            charts.show(self.matrix, charts.priority_matrix_chart(self.scored, source=self.source))

    def explain(self, _change=None) -> None:
        """Show the explanation of the chosen step, criterion by criterion, and the learner's assessment of it."""
        step = self.step_choice.value
        if self.scored is None or step is None:
            return
        self._showing = True
        try:
            for key, control in self.assess_controls.items():
                control.value = self.assessments.get(step, {}).get(key, 0)
        finally:
            self._showing = False
        text = scoring.explain(self.scored, step)
        self.explanation.value = f"<pre style='white-space:pre-wrap;font-size:1em'>{html.escape(text)}</pre>"


class TechnologyPicker:
    """Pick a technology for one step of the scored table, say why, and save it to the case (``technology``)."""

    def __init__(self, explorer: ScoringExplorer):
        from . import technologies

        self.explorer = explorer
        tech = technologies.technologies()
        options = [
            *zip(tech["name"], tech["key"], strict=True),
            (scoring.TECHNOLOGY_NAMES["none"], model.NO_TECHNOLOGY),
        ]
        self.labels = {key: name for name, key in options}
        self.step = widgets.Dropdown(description="Trin", **_wide())
        self.technology = widgets.Dropdown(options=options, description="Teknologi", **_wide())
        self.why = widgets.Textarea(placeholder="Hvorfor passer teknologien til trinnet? Hvad skal der til?", rows=3,
                                    layout=widgets.Layout(width="100%", max_width="38em"))  # fmt: skip
        self.suggestion = widgets.HTML()
        self.button = widgets.Button(description="Gem mit teknologivalg", button_style="primary", icon="save",
                                     layout=widgets.Layout(width="auto", align_self="flex-start"))  # fmt: skip
        self.status = widgets.HTML()
        self.status.add_class("teknologi-gemt")
        self.step.observe(self._step_changed, names="value")
        self.button.on_click(lambda _b: self.save())
        saved = case.part("technology")
        self.saved = saved.value if isinstance(saved.value, dict) else {}
        self.why.value = str(self.saved.get("why", ""))
        title = widgets.HTML("<strong>Dit valg: hvilken teknologi vil du foreslå?</strong>")
        self.view = widgets.VBox([title, self.step, self.suggestion, self.technology, self.why, self.button,
                                  self.status], layout=_box(margin="1em 0 0 0"))  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        scored = self.explorer.scored
        names = [] if scored is None else list(scored.sort_values("total", ascending=False, kind="stable")["step"])
        if list(self.step.options) != names:
            keep = self.step.value if self.step.value in names else self.saved.get("step")
            self.step.options = names
            self.step.value = keep if keep in names else (names[0] if names else None)
        self._step_changed()

    def _row(self):
        scored = self.explorer.scored
        if scored is None or self.step.value is None:
            return None
        matches = scored[scored["step"] == self.step.value]
        return None if matches.empty else matches.iloc[0]

    def _step_changed(self, _change=None) -> None:
        row = self._row()
        if row is None:
            self.suggestion.value = ""
            return
        self.suggestion.value = status_html(
            "info",
            f"Samlet score {formats.number(row['total'])} af 100. Scoringens forslag: {row['technology_name']}. "
            f"{row['technology_reason']}",
        )
        if self.saved.get("step") == self.step.value and self.saved.get("technology") in self.labels:
            self.technology.value = self.saved["technology"]
        elif row["technology"] in self.labels:
            self.technology.value = row["technology"]

    def save(self) -> storage.SaveResult | None:
        if self.explorer.scored is None or self.step.value is None:
            self.status.value = status_html("warning", "Der er ingen scorede trin at vælge imellem, så intet er gemt.")
            return None
        choice = self.explorer.choice
        record = model.technology_record(self.explorer.scored, self.step.value, self.technology.value,
                                         self.labels[self.technology.value], self.why.value, source=choice)  # fmt: skip
        text = (
            "Dit teknologivalg er gemt i dit forslag."
            if choice.own
            else f"Gemt, men som {EXAMPLE_LABEL.lower()}: valget bygger på eksemplet. Gem din egen arbejdsgang i "
            "notebook 03, og vælg den her, så bliver valget dit eget."
        )
        result = case.part("technology").save(record, example=not choice.own, saved_text=text)
        if result.ok:
            self.saved = record
        self.status.value = _result_html(result)
        return result


def scoring_explorer(steps: pd.DataFrame, source: str = EXAMPLE_LABEL) -> widgets.VBox:
    """The scoring widget of notebook 05 for a step table, ready to show."""
    return ScoringExplorer(steps, source=source).view


class OwnScoring:
    """05's scoring of the learner's own steps: their as-is or to-be workflow from the case where there is one,
    the labelled example otherwise; every criterion settable, and the technology pick saved to the case."""

    def __init__(self):
        parts = {}
        for name in ("as_is", "to_be"):
            handle = case.part(name)
            parts[name] = (handle.value, handle.example)
        self.choices = model.choices(parts)
        self.source = widgets.Dropdown(
            options=[(c.label, i) for i, c in enumerate(self.choices)], value=0, description="Arbejdsgang", **_wide()
        )
        self.origin = widgets.HTML()
        self.origin.add_class("scoring-kilde")
        self.explorer = ScoringExplorer(choice=self.choices[0], assess=True, choose=True)
        self.source.observe(self.changed, names="value")
        self.view = widgets.VBox([self.source, self.origin, self.explorer.view], layout=_box())
        self._show_origin()

    def changed(self, _change=None) -> None:
        self.explorer.set_choice(self.choices[self.source.value])
        self._show_origin()

    def _show_origin(self) -> None:
        choice = self.choices[self.source.value]
        if choice.own:
            self.origin.value = status_html("ok", choice.label)
            return
        missing = "Du har ikke gemt din egen arbejdsgang i notebook 03 endnu, så her scores eksemplet."
        self.origin.value = status_html("info", f"{choice.label} {choice.problem or missing}")


def own_scoring() -> widgets.VBox:
    """The scoring of the learner's own workflow in notebook 05, ready to show."""
    return OwnScoring().view


# --- ideas (alt er muligt) --------------------------------------------------------------------------------------


class IdeaBoard:
    """»Alt er muligt«: write ideas freely (an idea, the step it helps, maybe a technology), then choose the one to
    take further. Saved in the case (part ``ideas``) with every idea added."""

    def __init__(self, steps: list[str] | None = None):
        self.idea = widgets.Textarea(placeholder="Din idé – alt er muligt …", rows=2,
                                     layout=widgets.Layout(width="100%", max_width="38em"))  # fmt: skip
        self.step = widgets.Combobox(options=list(steps or []), placeholder="Hvilket trin? (valgfrit)",
                                     description="Trin", ensure_option=False, **_wide())  # fmt: skip
        self.technology = widgets.Dropdown(
            options=[("Ved ikke endnu", ""), *((n, k) for k, n in scoring.TECHNOLOGY_NAMES.items() if k != "none")],
            description="Teknologi", **_wide(),
        )  # fmt: skip
        self.add = widgets.Button(description="Tilføj idé", icon="plus", button_style="primary",
                                  layout=widgets.Layout(width="auto", align_self="flex-start"))  # fmt: skip
        self.listing = widgets.HTML()
        self.listing.add_class("ideer-liste")
        self.chosen = widgets.Dropdown(description="Arbejd videre med", **_wide())
        self.choose = widgets.Button(
            description="Vælg idéen", icon="check", layout=widgets.Layout(width="auto", align_self="flex-start")
        )
        self.status = widgets.HTML()
        self.status.add_class("ideer-status")
        self.add.on_click(lambda _b: self.save_idea())
        self.choose.on_click(lambda _b: self.save_choice())
        self.view = widgets.VBox([widgets.HTML("<strong>Idé</strong>"), self.idea, self.step, self.technology,
                                  self.add, self.status, self.listing, self.chosen, self.choose],
                                 layout=_box())  # fmt: skip
        self.show(case.part("ideas").value)

    def show(self, value) -> None:
        rows = model.ideas_rows(value)
        self.listing.value = (
            _scroll_html(tables.html(tables.ideas_table(value))) if rows else "<p><em>Ingen idéer endnu.</em></p>"
        )
        self.chosen.options = [r["idea"] for r in rows]
        chosen = value.get("chosen") if isinstance(value, dict) else None
        if rows:
            self.chosen.value = chosen if chosen in self.chosen.options else rows[-1]["idea"]

    def save_idea(self) -> storage.SaveResult | None:
        handle = case.part("ideas")  # re-read: ideas from the other notebook are kept
        try:
            value = model.add_idea(handle.value, self.idea.value, self.step.value, self.technology.value)
        except ValueError as error:
            self.status.value = status_html("warning", str(error))
            return None
        result = handle.save(value, saved_text="Idéen er gemt i din sag.")
        self.status.value = _result_html(result)
        if result.ok:
            self.idea.value = ""
            self.show(value)
        return result

    def save_choice(self) -> storage.SaveResult | None:
        if not self.chosen.value:
            self.status.value = status_html("warning", "Tilføj en idé først; så kan du vælge den.")
            return None
        handle = case.part("ideas")
        value = model.choose_idea(handle.value, self.chosen.value)
        result = handle.save(value, saved_text="Din valgte idé er gemt i din sag.")
        self.status.value = _result_html(result)
        return result


def idea_board(steps: list[str] | None = None) -> widgets.VBox:
    """The »alt er muligt« idea board, ready to show."""
    return IdeaBoard(steps).view


# --- technology cards -------------------------------------------------------------------------------------------


class TechnologyExplorer:
    """Pick a technology; its card (what it does, needs, limits, legal points, example) is shown."""

    def __init__(self):
        from . import technologies

        tech = technologies.technologies()
        self._card = technologies.technology_card
        self.choice = widgets.Dropdown(
            options=list(zip(tech["name"], tech["key"], strict=True)), description="Teknologi", **_wide()
        )
        self.card = widgets.HTML(layout=_box())
        self.card.add_class("teknologi-kort")
        self.choice.observe(self.update, names="value")
        self.view = widgets.VBox([self.choice, self.card], layout=_box())
        self.update()

    def update(self, _change=None) -> None:
        self.card.value = self._card(self.choice.value)


def technology_explorer() -> widgets.VBox:
    """The technology cards of notebook 05, ready to show."""
    return TechnologyExplorer().view
