"""The widgets of notebook 07 (thin wiring over ``model``, ``tables`` and ``charts``).

Everything the learner builds is saved in their case (``workbook_helpers.case``): the stakeholder map in
``stakeholders``, the plan in ``communication_plan``, the pitch in ``pitch``, the barometer in ``settings``; every save
shows its real outcome, and a new kernel reads the work back. Layouts stay within about 640 px.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets

from .. import case, case_widgets, storage, style
from ..messages import EXAMPLE_LABEL, quote, status_html
from . import charts, exercises, model, tables

WIDTH = "640px"


def _layout(**kw) -> widgets.Layout:
    return widgets.Layout(**{"width": "100%", "max_width": WIDTH, **kw})


def _html(text: str, cls: str = "") -> widgets.HTML:
    box = widgets.HTML(text, layout=_layout())
    if cls:
        box.add_class(cls)
    return box


def _slider(value: int, low: int, high: int, label: str) -> widgets.IntSlider:
    return widgets.IntSlider(value=value, min=low, max=high, step=1, description=label,
                             style={"description_width": "9em"}, layout=_layout(), continuous_update=False)  # fmt: skip


def _save_result(result: storage.SaveResult) -> str:
    return status_html("ok" if result.ok else "error", result.message)


def _part_value(name: str) -> Any:
    return case.part(name).value


def learner_context() -> model.GainsContext:
    """The gains from the learner's own case, or the illustrative example when the case has none yet."""
    current = case.load_case()
    ctx = model.gains_context(current.get("as_is"), current.get("to_be"), current.get("business_case"),
                              current.get("about"))  # fmt: skip
    example_parts = [n for n in ("as_is", "to_be", "business_case") if current.entry(n) and not current.is_own(n)]
    if not model.has_gains(ctx):
        example = model.example_gains_context()
        example.notes = ctx.notes
        return example
    if example_parts:
        ctx.notes.append(
            "Nogle af tallene kommer fra et eksempel, du ikke har rettet endnu: "
            + ", ".join(case.PARTS[n].label for n in example_parts)
            + "."
        )
        ctx.example = True
    return ctx


def context_html(ctx: model.GainsContext) -> str:
    head = (
        f"<strong>{EXAMPLE_LABEL}</strong>: din sag har endnu ikke tal nok til at vise gevinsterne (frigjorte timer, "
        "kortere ventetid eller en nutidsværdi), så her er et eksempel. Tallene bliver dine, når du har gemt din "
        "arbejdsgang i notebook 03 og din business case i notebook 06."
        if ctx.example and ctx.sources == [EXAMPLE_LABEL]
        else "<strong>Fra din egen sag</strong> (" + html.escape(", ".join(ctx.sources)) + ")"
    )
    lines = "".join(f"<li><strong>{html.escape(g)}:</strong> {html.escape(t)}</li>" for g, t in ctx.lines())
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in ctx.notes)
    more = f"<p style='margin:.3em 0'>Det mangler:</p><ul>{notes}</ul>" if notes else ""
    return f"<div style='max-width:{WIDTH}'><p>{head}</p><ul>{lines or '<li>Ingen tal endnu.</li>'}</ul>{more}</div>"


# --- 1. the stakeholder map ----------------------------------------------------------------------------------


class _RowPicker:
    """A dropdown that picks one row to edit in a form below it (the stakeholder map and the plan share it)."""

    pick: widgets.Dropdown
    _loading: bool

    def _labels(self) -> list[str]:
        raise NotImplementedError

    def _load(self, index: int) -> None:
        raise NotImplementedError

    def _set_options(self, index: int | None) -> None:
        """Relabel the rows and keep ``index`` picked, without loading it again."""
        self._loading = True
        self.pick.options = [(label, i) for i, label in enumerate(self._labels())]
        self.pick.value = index if self.pick.options else None
        self._loading = False

    def _refresh_pick(self, index: int) -> None:
        self._set_options(index)
        self._load(index)

    def _on_pick(self, change) -> None:
        if not self._loading and change["new"] is not None:
            self._load(change["new"])


class StakeholderMap(_RowPicker):
    """Pick a stakeholder, move its sliders, and see its quadrant and advice change; saved in the case."""

    def __init__(self):
        self.handle = case.part("stakeholders")
        rows, notes = model.read_stakeholders(self.handle.value)
        self.stakeholders = rows or model.default_stakeholders()
        self.example = not rows or self.handle.example
        self._loading = False
        self.origin = _html(status_html("info", self._origin_text(notes)))
        self.pick = widgets.Dropdown(description="Interessent", style={"description_width": "9em"},
                                     layout=_layout())  # fmt: skip
        self.role = widgets.Text(description="Rolle", style={"description_width": "9em"}, layout=_layout())
        self.influence = _slider(3, 1, 5, "Indflydelse")
        self.interest = _slider(3, 1, 5, "Interesse")
        self.attitude = widgets.SelectionSlider(
            options=[(label, value) for value, label in model.ATTITUDES.items()], value=0, description="Holdning",
            style={"description_width": "9em"}, layout=_layout(), continuous_update=False,
        )  # fmt: skip
        self.note = widgets.Text(description="Note", style={"description_width": "9em"}, layout=_layout())
        self.add = widgets.Button(description="Tilføj interessent", icon="plus", layout=widgets.Layout(width="auto"))
        self.remove = widgets.Button(description="Fjern denne", icon="trash", layout=widgets.Layout(width="auto"))
        self.result = _html("", "change-quadrant")
        self.status = _html("")
        self.chart = widgets.Output(layout=_layout())
        self.table = _html("")
        self.pick.observe(self._on_pick, names="value")
        for control in (self.role, self.influence, self.interest, self.attitude, self.note):
            control.observe(self._on_edit, names="value")
        self.add.on_click(lambda _b: self.add_stakeholder())
        self.remove.on_click(lambda _b: self.remove_current())
        self._refresh_pick(0)
        self.box = widgets.VBox(
            [self.origin, self.pick, self.role, self.influence, self.interest, self.attitude, self.note,
             widgets.HBox([self.add, self.remove]), self.result, self.status, self.chart, self.table],
            layout=_layout(),
        )  # fmt: skip

    def _origin_text(self, notes: list[str]) -> str:
        text = (
            f"{EXAMPLE_LABEL}: de sædvanlige interessenter i en kommune. Ret dem til din egen sag; det gemmes, så "
            "snart du flytter en skyder."
            if self.example
            else "Din egen interessentanalyse (gemt)."
        )
        return text + (" " + " ".join(notes) if notes else "")

    @property
    def current(self) -> model.Stakeholder:
        return self.stakeholders[self.pick.index or 0]

    def _labels(self) -> list[str]:
        return [f"{i + 1}. {s.role}" for i, s in enumerate(self.stakeholders)]

    def _load(self, index: int) -> None:
        s = self.stakeholders[index]
        self._loading = True
        self.role.value, self.influence.value, self.interest.value = s.role, s.influence, s.interest
        self.attitude.value, self.note.value = s.attitude, s.note
        self._loading = False
        self.show()

    def _on_edit(self, _change) -> None:
        if self._loading:
            return
        s = self.current
        s.role = self.role.value.strip() or s.role
        s.influence, s.interest, s.attitude = self.influence.value, self.interest.value, self.attitude.value
        s.note = self.note.value
        if s.kind == "" or s.kind not in ("med", "amr", "dpo", "leader", "tr"):
            s.kind = model._guess_kind(s.role) or s.kind
        self._set_options(self.pick.value)
        self.save()
        self.show()

    def add_stakeholder(self, role: str = "Ny interessent") -> None:
        self.stakeholders.append(model.Stakeholder(role))
        self._refresh_pick(len(self.stakeholders) - 1)
        self.save()

    def remove_current(self) -> None:
        if len(self.stakeholders) <= 1:
            self.status.value = status_html("warning", "Der skal være mindst én interessent; ret den i stedet.")
            return
        gone = self.stakeholders.pop(self.pick.value)
        self._refresh_pick(max(0, self.pick.value - 1) if self.pick.value else 0)
        self.save()
        self.status.value += status_html("info", f"{quote(gone.role)} er fjernet.")

    def save(self) -> storage.SaveResult:
        result = self.handle.save(
            model.stakeholders_value(self.stakeholders), saved_text="Interessentanalysen er gemt."
        )
        if result.ok:
            self.example = False
            self.origin.value = status_html("info", self._origin_text([]))
        self.status.value = _save_result(result)
        return result

    def show(self) -> None:
        s = self.current
        q = model.QUADRANTS[s.quadrant]
        self.result.value = (
            f"<div style='border-left:8px solid {q.colour};padding:.4em .8em;background:#f7f7f7'>"
            f"<strong>{html.escape(s.role)}</strong> ligger i feltet <strong>{quote(q.name)}</strong> "
            f"(indflydelse {s.influence}, interesse {s.interest}, holdning {model.attitude_label(s.attitude).lower()})."
            f"<br>Det gør du: {html.escape(s.advice)}</div>"
        )
        style.show_figure(self.chart, charts.stakeholder_grid(self.stakeholders, highlight=s.role))
        self.table.value = tables.stakeholder_table(self.stakeholders)._repr_html_()


def stakeholder_map() -> widgets.Widget:
    return StakeholderMap().box


# --- 2. exercises as widgets: the change curve and Kotter ----------------------------------------------------


class Placement:
    """Place each item in a category with a dropdown, then check, get a hint or see the solution (in words)."""

    def __init__(self, items: list[str], choices: list[tuple[str, Any]], exercise, label: str, cls: str):
        self.exercise = exercise
        self.items = items
        self.dropdowns = [
            widgets.Dropdown(options=[("(vælg)", None), *choices], value=None, description=f"{i + 1}.",
                             style={"description_width": "2em"}, layout=widgets.Layout(width="100%", max_width="300px"))
            for i in range(len(items))
        ]  # fmt: skip
        rows = [
            widgets.VBox([widgets.HTML(f"<div style='margin-top:.4em'>{i + 1}. {html.escape(quote(item))}</div>"),
                          dd], layout=_layout())
            for i, (item, dd) in enumerate(zip(items, self.dropdowns, strict=True))
        ]  # fmt: skip
        self.check_button = widgets.Button(description="Tjek", button_style="primary", icon="check")
        self.hint_button = widgets.Button(description="Hint", icon="lightbulb-o")
        self.solution_button = widgets.Button(description="Vis løsning", icon="book")
        self.feedback = _html("", cls)
        self.check_button.on_click(lambda _b: self.check())
        self.hint_button.on_click(lambda _b: self._show(self.exercise.hint()))
        self.solution_button.on_click(lambda _b: self._show(self.exercise.solution()))
        self.box = widgets.VBox(
            [widgets.HTML(f"<p>{html.escape(label)}</p>"), *rows,
             widgets.HBox([self.check_button, self.hint_button, self.solution_button]), self.feedback],
            layout=_layout(),
        )  # fmt: skip

    def answers(self) -> list[Any]:
        return [dd.value for dd in self.dropdowns]

    def check(self):
        answers = self.answers()
        feedback = self.exercise.check([exercises.____ if a is None else a for a in answers])
        self._show(feedback)
        return feedback

    def _show(self, feedback) -> None:
        self.feedback.value = feedback._repr_html_()


def curve_placement() -> widgets.Widget:
    """Place the colleague remarks on the change curve (benægtelse, modstand, udforskning, engagement)."""
    return Placement(
        [r for r, _ in model.REMARKS],
        [(p.name, p.key) for p in model.PHASES],
        exercises.curve_placement_exercise(),
        f"{EXAMPLE_LABEL}: udsagnene er skrevet til arbejdsbogen. Vælg den fase, hver kollega er i.",
        "change-curve-feedback",
    ).box


def kotter_sorting() -> widgets.Widget:
    """Sort actions from the learner's own project into Kotter's eight steps; the answer names Lewin's phase."""
    ctx = learner_context()
    actions = model.kotter_actions(ctx)
    label = "Handlingerne er formuleret ud fra din egen sag." if not ctx.example else (
        f"{EXAMPLE_LABEL}: handlingerne bruger eksemplets tal, indtil du har gemt din egen arbejdsgang.")  # fmt: skip
    return Placement(
        [a for a, _ in actions],
        [(f"{s.number}. {s.name}", s.number) for s in model.KOTTER_STEPS],
        exercises.kotter_sorting_exercise(actions),
        label + " Vælg det af Kotters trin, hver handling hører til.",
        "change-kotter-feedback",
    ).box


# --- 3. the ADKAR-style barometer ----------------------------------------------------------------------------


class Barometer:
    """Five sliders for a colleague group; the first step at 3 or lower is the barrier point, with what to do."""

    KEY = "07_adkar"

    def __init__(self):
        saved = _part_value("settings")
        saved = saved.get(self.KEY, {}) if isinstance(saved, dict) else {}
        saved = saved if isinstance(saved, dict) else {}
        self.group = widgets.Text(value=str(saved.get("group", "")), description="Gruppe",
                                  placeholder="fx kollegerne i visitationen", style={"description_width": "9em"},
                                  layout=_layout())  # fmt: skip
        self.sliders = {
            s.key: _slider(model._int_in(saved.get(s.key), 1, 5, 4), 1, 5, f"{s.letter}: {s.name}")
            for s in model.ADKAR_STEPS
        }
        self.result = _html("", "change-barrier")
        self.status = _html("")
        self.chart = widgets.Output(layout=_layout())
        for control in (self.group, *self.sliders.values()):
            control.observe(lambda _c: self.update(save=True), names="value")
        self.update(save=False)
        self.box = widgets.VBox([self.group, *self.sliders.values(), self.result, self.status, self.chart],
                                layout=_layout())  # fmt: skip

    def scores(self) -> dict[str, int]:
        return {key: slider.value for key, slider in self.sliders.items()}

    def update(self, save: bool = True) -> None:
        scores = self.scores()
        barrier = model.barrier_point(scores)
        who = html.escape(self.group.value.strip() or "gruppen")
        if barrier is None:
            self.result.value = status_html("ok", f"Ingen svage trin for {self.group.value.strip() or 'gruppen'}: alle "
                                                  "trin er 4 eller 5. Hold fast i det, der virker.")  # fmt: skip
        else:
            step = model.adkar_step(barrier)
            self.result.value = (
                "<div style='border-left:8px solid #D55E00;padding:.4em .8em;background:#f7f7f7'>"
                f"<strong>Første svage trin for {who}: {step.letter} – {html.escape(step.name)}</strong> "
                f"({scores[barrier]} af 5). Start her; de senere trin hjælper ikke, før dette er på plads."
                f"<br>Det kan du gøre: {html.escape(step.intervention)}</div>"
            )
        style.show_figure(self.chart, charts.adkar_chart(scores, self.group.value.strip()))
        if save:
            handle = case.part("settings")
            settings = dict(handle.value) if isinstance(handle.value, dict) else {}
            settings[self.KEY] = {"group": self.group.value, **scores}
            self.status.value = _save_result(handle.save(settings, saved_text="Barometeret er gemt."))


def barometer() -> widgets.Widget:
    return Barometer().box


# --- 4. gains for whom -----------------------------------------------------------------------------------------

GAIN_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("07_gevinst_borgere", "Hvad får borgerne ud af dit forslag? (én sætning)",
     "Fx: Borgerne får svar på deres ansøgning på to dage i stedet for en uge, og færre skal sende bilag igen."),
    ("07_gevinst_kolleger", "Hvad får dine kolleger ud af det? (én sætning)",
     "Fx: Vi slipper for at taste det samme tre gange og får tid til de svære sager og til at tale med borgerne."),
    ("07_gevinst_kommunen", "Hvad får kommunen som helhed ud af det? (én sætning)",
     "Fx: 800 timer om året kan bruges på ventelisten, og færre fejl giver færre klagesager."),
    ("07_bliver_vaerre", "Hvad bliver værre, og for hvem? (én sætning)",
     "Fx: Borgere uden MitID får en ekstra vej at gå, og de kolleger, der kendte den gamle arbejdsgang bedst, "
     "skal lære en ny; begge dele skal med i planen."),
)  # fmt: skip


def gains_for_whom() -> widgets.Widget:
    """The learner's numbers (or a labelled example) and one sentence per group, saved as reflections."""
    ctx = learner_context()
    boxes = [case_widgets.reflection(key, question, answer, rows=2) for key, question, answer in GAIN_QUESTIONS]
    return widgets.VBox([_html(context_html(ctx)), *boxes], layout=_layout())


# --- 5. the communication and involvement plan -------------------------------------------------------------------


class PlanEditor(_RowPicker):
    """The plan, generated from the stakeholder map and edited row by row; checks explain themselves; Excel export."""

    def __init__(self):
        self.handle = case.part("communication_plan")
        rows, notes = model.read_plan(self.handle.value)
        stakeholders, _ = model.read_stakeholders(_part_value("stakeholders"))
        self.stakeholders = stakeholders or model.default_stakeholders()
        self.ctx = learner_context()
        title = "" if self.ctx.example else self.ctx.title
        self.rows = rows or model.plan_from_stakeholders(self.stakeholders, title)
        self.example = not rows or self.handle.example
        saved = self.handle.value if isinstance(self.handle.value, dict) else {}
        self._loading = False
        self.origin = _html(status_html("info", self._origin_text(notes, bool(stakeholders))))
        self.personal_data = widgets.Checkbox(value=bool(saved.get("personal_data", True)), indent=False,
                                              description="Forslaget behandler personoplysninger (fx om borgere)",
                                              layout=_layout())  # fmt: skip
        self.pick = widgets.Dropdown(description="Række", style={"description_width": "7em"}, layout=_layout())
        labels = dict(model.PLAN_FIELDS)
        self.fields: dict[str, widgets.Widget] = {}
        for key, _ in model.PLAN_FIELDS:
            if key == "when":
                control = widgets.Dropdown(options=list(model.WHEN_CHOICES), description=labels[key])
            elif key == "kind":
                control = widgets.Dropdown(options=[(v, k) for k, v in model.KINDS.items()], description=labels[key])
            elif key == "message":
                control = widgets.Textarea(description=labels[key], rows=2)
            else:
                control = widgets.Text(description=labels[key])
            control.style = {"description_width": "7em"}
            control.layout = _layout()
            control.observe(self._on_edit, names="value")
            self.fields[key] = control
        self.add = widgets.Button(description="Tilføj række", icon="plus", layout=widgets.Layout(width="auto"))
        self.remove = widgets.Button(description="Fjern rækken", icon="trash", layout=widgets.Layout(width="auto"))
        self.fill = widgets.Button(description="Tilføj manglende interessenter", icon="users",
                                   layout=widgets.Layout(width="auto"))  # fmt: skip
        self.export_button = widgets.Button(description="Gem som Excel", icon="download", button_style="primary",
                                            layout=widgets.Layout(width="auto"))  # fmt: skip
        self.checks_box = _html("", "change-checks")
        self.status = _html("")
        self.export_status = _html("")
        self.table = _html("")
        self.pick.observe(self._on_pick, names="value")
        self.personal_data.observe(lambda _c: (self.save(), self.show()), names="value")
        self.add.on_click(lambda _b: self.add_row())
        self.remove.on_click(lambda _b: self.remove_current())
        self.fill.on_click(lambda _b: self.add_missing())
        self.export_button.on_click(lambda _b: self.export())
        self._refresh_pick(0)
        self.box = widgets.VBox(
            [self.origin, self.personal_data, self.pick, *self.fields.values(),
             widgets.HBox([self.add, self.remove, self.fill], layout=widgets.Layout(flex_flow="row wrap")),
             self.status, self.checks_box, self.export_button, self.export_status, self.table],
            layout=_layout(),
        )  # fmt: skip

    def _origin_text(self, notes: list[str], own_stakeholders: bool) -> str:
        if not self.example:
            text = "Din egen kommunikationsplan (gemt)."
        else:
            base = "din interessentanalyse" if own_stakeholders else f"eksemplets interessenter ({EXAMPLE_LABEL})"
            text = f"Et første udkast lavet ud fra {base}. Ret rækkerne til; planen gemmes, når du retter."
        return text + (" " + " ".join(notes) if notes else "")

    def _labels(self) -> list[str]:
        return [
            f"{i + 1}. {r.get('audience') or '(ingen målgruppe)'}: {r.get('occasion') or '(ingen anledning)'}"
            for i, r in enumerate(self.rows)
        ]

    def _load(self, index: int) -> None:
        if not self.rows:
            self.show()
            return
        row = self.rows[index]
        self._loading = True
        for key, control in self.fields.items():
            value = row.get(key, "")
            if key == "when" and value not in control.options:
                control.options = [*model.WHEN_CHOICES, value] if value else list(model.WHEN_CHOICES)
            if key == "when" and not value:
                value = model.WHEN_CHOICES[0]
            control.value = value
        self._loading = False
        self.show()

    def _on_edit(self, _change) -> None:
        if self._loading or not self.rows:
            return
        self.rows[self.pick.value] = {key: control.value for key, control in self.fields.items()}
        self._set_options(self.pick.value)
        self.save()
        self.show()

    def add_row(self) -> None:
        self.rows.append({key: "" for key, _ in model.PLAN_FIELDS} | {"when": model.WHEN_CHOICES[0], "kind": "dialog"})
        self._refresh_pick(len(self.rows) - 1)
        self.save()

    def remove_current(self) -> None:
        if not self.rows or self.pick.value is None:
            return
        self.rows.pop(self.pick.value)
        self._refresh_pick(0)
        self.save()

    def add_missing(self) -> None:
        """Add a row for every stakeholder in the (re-read) stakeholder map that the plan does not name yet."""
        stakeholders, _ = model.read_stakeholders(_part_value("stakeholders"))
        self.stakeholders = stakeholders or self.stakeholders
        missing = [s for s in self.stakeholders if not any(model._mentions(r, s.role) for r in self.rows)]
        self.rows += model.plan_from_stakeholders(missing, "" if self.ctx.example else self.ctx.title)
        self._refresh_pick(0)
        self.save()
        self.status.value += status_html("info", f"{len(missing)} rækker tilføjet." if missing else
                                         "Alle interessenter står allerede i planen.")  # fmt: skip

    def checks(self) -> list[model.Check]:
        return model.check_plan(self.rows, self.stakeholders, self.personal_data.value)

    def save(self) -> storage.SaveResult:
        value = model.plan_value(self.rows, self.personal_data.value)
        result = self.handle.save(value, saved_text="Kommunikationsplanen er gemt.")
        if result.ok:
            self.example = False
            self.origin.value = status_html("info", self._origin_text([], True))
        self.status.value = _save_result(result)
        return result

    def show(self) -> None:
        checks = self.checks()
        passed = sum(c.ok for c in checks)
        items = "".join(
            f"<li style='margin:.3em 0'><span aria-hidden='true'>{'✅' if c.ok else '❌'}</span> "
            f"<strong>{'Opfyldt' if c.ok else 'Mangler'}: {html.escape(c.title)}</strong><br>"
            f"<span style='font-size:.95em'>{html.escape(c.explanation)}</span></li>"
            for c in checks
        )
        self.checks_box.value = (
            f"<div style='max-width:{WIDTH}'><p><strong>Tjek af planen: {passed} af {len(checks)} er opfyldt.</strong>"
            f"</p><ul style='list-style:none;padding-left:0'>{items}</ul></div>"
        )
        self.table.value = tables.plan_table(self.rows)._repr_html_()

    def export(self):
        try:
            path = storage.work_dir() / "kommunikationsplan.xlsx"
            tables.export_plan(self.rows, path, self.checks())
        except (OSError, storage.SaveError) as error:
            reason = str(error) if isinstance(error, storage.SaveError) else (error.strerror or type(error).__name__)
            self.export_status.value = status_html(
                "error", f"Excel-filen er IKKE gemt: {reason}. Luk filen, hvis den er åben i Excel, og prøv igen."
            )
            return None
        self.export_status.value = status_html("ok", f"Gemt som Excel: {path}")
        return path


def plan_editor() -> widgets.Widget:
    return PlanEditor().box


# --- 6. the elevator pitch -------------------------------------------------------------------------------------

EXAMPLE_PITCH = {
    "problem": "Hver uge taster vi oplysningerne fra ansøgningerne om enkeltydelser ind i to systemer. Det tager tid, "
    "der opstår fejl, og borgerne venter en uge på svar.",
    "proposal": "Jeg foreslår, at en softwarerobot overfører oplysningerne, så vi kun skal tjekke dem og tage os af de "
    "svære sager.",
    "gains": "Det frigør ca. 800 timer om året i teamet, borgerne får svar fire dage hurtigere, og der bliver færre "
    "fejl at rette.",
    "ask": "Jeg beder om et møde med digitaliseringsafdelingen inden jul, hvor jeg kan vise dem arbejdsgangen, og om "
    "en time til at tale med MED-udvalget.",
}


def _suggested_proposal(current: case.Case) -> str:
    """»Jeg foreslår …« from the learner's chosen idea or technology (notebooks 02 and 05), if they saved one."""
    ideas = current.get("ideas") if current.is_own("ideas") else None
    technology = current.get("technology") if current.is_own("technology") else None
    chosen = str(ideas.get("chosen") or "").strip() if isinstance(ideas, dict) else ""
    label = str(technology.get("label") or "").strip() if isinstance(technology, dict) else ""
    if chosen and label:
        return f"Jeg foreslår {chosen.rstrip('.')} (teknologi: {label})."
    if chosen or label:
        return f"Jeg foreslår {(chosen or label).rstrip('.')}."
    return ""


class Pitch:
    """Problem, proposal, gains and the ask; the speaking time at a chosen pace; saved in the case part ``pitch``."""

    def __init__(self):
        self.handle = case.part("pitch")
        saved = self.handle.value if isinstance(self.handle.value, dict) else {}
        self.ctx = learner_context()
        current = case.load_case()
        about = current.get("about") if isinstance(current.get("about"), dict) else {}
        suggestions = {
            "problem": str(about.get("problem") or "") if current.is_own("about") else "",
            "proposal": _suggested_proposal(current),
            "gains": model.suggested_gains(self.ctx) if not self.ctx.example else "",
        }
        self.inputs: dict[str, widgets.Textarea] = {}
        rows = []
        for key, label, help_text in model.PITCH_FIELDS:
            value = str(saved.get(key) or suggestions.get(key) or "")
            area = widgets.Textarea(value=value, placeholder=help_text, rows=2, layout=_layout())
            area.observe(lambda _c: self.update(save=True), names="value")
            self.inputs[key] = area
            rows += [widgets.HTML(f"<label style='font-weight:600'>{html.escape(label)}</label>"), area]
        pace = model._int_in(saved.get("words_per_minute"), 80, 200, model.WORDS_PER_MINUTE)
        self.pace = widgets.IntSlider(value=pace, min=80, max=200, step=5, description="Taletempo (ord pr. minut)",
                                      style={"description_width": "14em"}, layout=_layout(),
                                      continuous_update=False)  # fmt: skip
        self.pace.observe(lambda _c: self.update(save=True), names="value")
        prefilled = not saved and any(suggestions.values())
        origin = (
            "Din egen elevatortale (gemt)."
            if saved
            else "Nogle felter er fyldt ud fra din sag: ret dem til. Talen gemmes, når du skriver."
            if prefilled
            else "Skriv din elevatortale i de fire felter. Den gemmes, når du skriver."
        )
        self.origin = _html(status_html("info", origin))
        self.preview = _html("")
        self.time = _html("", "change-pitch-time")
        self.status = _html("")
        self.example_button = widgets.Button(description="Se et eksempel", icon="eye",
                                             layout=widgets.Layout(width="auto"))  # fmt: skip
        self.example_box = _html("")
        self.example_button.on_click(lambda _b: self.show_example())
        self.update(save=False)
        self.box = widgets.VBox(
            [self.origin, *rows, self.pace, self.time, self.preview, self.status, self.example_button,
             self.example_box],
            layout=_layout(),
        )  # fmt: skip

    def parts(self) -> dict[str, str]:
        return {key: area.value for key, area in self.inputs.items()}

    def update(self, save: bool = True) -> storage.SaveResult | None:
        value = model.pitch_value(self.parts(), self.pace.value)
        kind, text = model.pitch_verdict(value["seconds"])
        words = model.word_count(value["text"])
        self.time.value = status_html(kind, f"{text} ({words} ord ved {self.pace.value} ord pr. minut)")
        self.preview.value = (
            f"<blockquote style='max-width:{WIDTH};border-left:4px solid #ccc;margin:.3em 0;padding:.3em .8em'>"
            f"{html.escape(value['text'])}</blockquote>"
            if value["text"]
            else ""
        )
        if not save:
            return None
        if not value["text"]:
            self.status.value = status_html("warning", "Der er ikke skrevet noget endnu, så intet er gemt.")
            return None
        result = self.handle.save(value, saved_text="Elevatortalen er gemt i din sag.")
        self.status.value = _save_result(result)
        return result

    def show_example(self) -> None:
        text = model.pitch_text(EXAMPLE_PITCH)
        seconds = model.speaking_seconds(text, self.pace.value)
        self.example_box.value = status_html(
            "info", f"{EXAMPLE_LABEL}: {text}", detail=f"{model.word_count(text)} ord, ca. {round(seconds)} sekunder."
        )


def pitch() -> widgets.Widget:
    return Pitch().box


# --- til dit forslag ---------------------------------------------------------------------------------------------


def summary_html() -> str:
    """What notebook 07 has added to the learner's case, part by part."""
    current = case.load_case()
    items = []
    for name in ("stakeholders", "communication_plan", "pitch"):
        label = case.PARTS[name].label
        if current.is_own(name):
            value = current.get(name)
            if name == "pitch" and isinstance(value, dict):
                detail = f"ca. {round(float(value.get('seconds') or 0))} sekunder"
            else:
                rows = value.get("rows") if isinstance(value, dict) else None
                detail = f"{len(rows)} rækker" if isinstance(rows, list) else "gemt"
            items.append(f"<li>✅ {html.escape(label)}: gemt ({html.escape(detail)})</li>")
        elif current.entry(name):
            items.append(f"<li>✏️ {html.escape(label)}: et eksempel, du ikke har rettet endnu</li>")
        else:
            items.append(f"<li>✏️ {html.escape(label)}: ikke gemt endnu</li>")
    return f"<ul style='max-width:{WIDTH}'>{''.join(items)}</ul>"


def summary() -> widgets.Widget:
    return widgets.VBox([_html(summary_html()), case_widgets.progress()], layout=_layout())
