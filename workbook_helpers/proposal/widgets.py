"""The widgets of notebook 08 (thin wiring over ``model``, ``tables``, ``charts`` and ``export``): the status
overview, the legal check, the consequences form, the project plan editor, the rubric self-assessment and the
export buttons. Each reads and writes its part through ``workbook_helpers.case`` and shows the real outcome of a
save; a failed save keeps what was typed on screen.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import ipywidgets as widgets

from workbook_helpers import case, formats
from workbook_helpers.display import table as show_table
from workbook_helpers.messages import EXAMPLE_LABEL, status_html
from workbook_helpers.style import show_figure

from . import charts, export, model, tables
from .examples import example_case

_E = html.escape
ANSWER_LABELS = {"ja": "Ja", "nej": "Nej", "ved ikke": "Ved ikke"}


def _layout(**kwargs) -> widgets.Layout:
    return widgets.Layout(**kwargs)


def _box(children, **kwargs) -> widgets.VBox:
    return widgets.VBox(children, layout=_layout(max_width="640px", width="100%", **kwargs))


def _result_html(result) -> str:
    return status_html("ok" if result.ok else "error", result.message)


# --- which case is shown -----------------------------------------------------------------------------------


def shown_case() -> tuple[case.Case, bool]:
    """The learner's saved case if it holds any of their own work, else the example; and whether it is the
    example."""
    saved = case.load_case()
    if any(saved.is_own(name) for name, info in case.PARTS.items() if info.proposal):
        return saved, False
    return example_case(), True


def banner_html(is_example: bool, current: case.Case | None = None) -> str:
    if is_example:
        return status_html(
            "info",
            f"{EXAMPLE_LABEL}: du har ikke gemt noget af dit eget forslag endnu, så her vises et eksempel. Det er "
            "ikke dit eget. Gå til de notebooks, der står nedenfor, og gem dine egne dele.",
        )
    ready = current.ready_text() if current is not None else ""
    return status_html("info", f"Her vises din egen sag ({ready}). Dele, der stadig er eksempler, er markeret.")


def case_banner() -> widgets.HTML:
    current, is_example = shown_case()
    return widgets.HTML(banner_html(is_example, current))


# --- status overview ---------------------------------------------------------------------------------------


def _state_line(row: dict) -> str:
    label = _E(row["label"])
    if row["state"] == "klar":
        return f"<li>✅ {label}: klar</li>"
    icon, text = ("🟡", "eksempel, ikke dit eget endnu") if row["state"] == "eksempel" else ("⬜", "mangler")
    return f"<li>{icon} {label}: {text} (notebook {_E(row['notebook'])})</li>"


def status_html_text(current: case.Case) -> str:
    rows = current.status()
    ready = sum(r["state"] == "klar" for r in rows)
    items = "".join(_state_line(r) for r in rows)
    head = status_html("ok" if ready == len(rows) else "info", f"Dit forslag: {ready} af {len(rows)} dele er klar.")
    return f"<div class='forslag-status'>{head}<ul style='margin:.3em 0'>{items}</ul></div>"


def status_overview() -> widgets.HTML:
    """»7 af 13 dele er klar«, each part with its state and the notebook that fills it (the saved case)."""
    return widgets.HTML(status_html_text(case.load_case()), layout=_layout(max_width="640px"))


# --- legal check -------------------------------------------------------------------------------------------


def advice_html(value: Any) -> str:
    advice = model.legal_advice(value)
    verdict = {
        "ja": "Ja, der skal laves en konsekvensanalyse (DPIA).",
        "nej": "Sandsynligvis ikke.",
        "måske": "Måske: det skal afklares.",
    }[advice.dpia]
    reasons = "".join(f"<li>{_E(r)}</li>" for r in advice.dpia_reasons)
    contacts = "".join(
        f"<li><strong>{_E(c.who)}</strong>: {_E(c.why)}<br><em>Tag med:</em> {_E(c.bring)}</li>"
        for c in advice.contacts
    )
    notes = "".join(f"<li>{_E(n)}</li>" for n in advice.notes)
    sources = "".join(f"<li>{_E(model.source_line(k))}</li>" for k in advice.rules)
    missing = (
        status_html(
            "warning",
            f"{formats.count(len(advice.unanswered), 'spørgsmål', 'spørgsmål')} er ikke besvaret "
            "eller er »ved ikke«: så er svaret »spørg«, ikke »det er nok fint«.",
        )
        if advice.unanswered
        else ""
    )
    ai = {True: "ja", False: "nej", None: "ikke afklaret"}[advice.high_risk_ai]
    return (
        f"<div class='forslag-jura'>{missing}<p><strong>Konsekvensanalyse (DPIA)?</strong> {_E(verdict)}</p>"
        f"<ul>{reasons}</ul><p><strong>Højrisiko-AI (AI-forordningens bilag III, pkt. 5, litra a)?</strong> {ai}</p>"
        + (f"<p><strong>Andre regler:</strong></p><ul>{notes}</ul>" if notes else "")
        + f"<p><strong>Hvem skal du spørge, og hvad skal du have med?</strong></p><ul>{contacts}</ul>"
        f"<details><summary>Kilder</summary><ul>{sources}</ul></details>"
        f"<p style='color:#555'><em>{_E(model.LEGAL_DISCLAIMER)}</em></p></div>"
    )


class LegalCheck:
    """One question at a time with Ja/Nej/Ved ikke; the advice follows each answer; saved with a button."""

    def __init__(self):
        self.handle = case.part("legal")
        saved = model.answers_of(self.handle.value)
        self.questions: dict[str, widgets.ToggleButtons] = {}
        rows = []
        for i, q in enumerate(model.QUESTIONS, start=1):
            buttons = widgets.ToggleButtons(
                options=[(label, key) for key, label in ANSWER_LABELS.items()],
                value=saved[q.key] or None,
                style={"button_width": "6em"},
            )
            buttons.observe(lambda _c: self.refresh(), names="value")
            self.questions[q.key] = buttons
            rows += [
                widgets.HTML(
                    f"<p style='margin:.6em 0 .1em'><strong>{i}. {_E(q.text)}</strong><br>"
                    f"<span style='color:#555'>{_E(q.help)}</span></p>"
                ),
                buttons,
            ]
        self.note = widgets.Textarea(
            value=str((self.handle.value or {}).get("note", "")) if isinstance(self.handle.value, dict) else "",
            placeholder="Dine noter: hvad skal du spørge om?",
            rows=2,
            layout=_layout(width="100%"),
        )
        self.origin = widgets.HTML(status_html("info", self.handle.origin))
        self.advice = widgets.HTML()
        self.button = widgets.Button(description="Gem i mit forslag", button_style="primary", icon="save")
        self.button.on_click(lambda _b: self.save())
        self.status = widgets.HTML()
        self.box = _box([self.origin, *rows, self.note, self.button, self.status, self.advice])
        self.box.add_class("forslag-juridisk-tjek")
        self.refresh()

    def value(self) -> dict[str, Any]:
        return {"answers": {k: (b.value or "") for k, b in self.questions.items()}, "note": self.note.value}

    def refresh(self) -> None:
        self.advice.value = advice_html(self.value())

    def save(self):
        value = self.value()
        if not any(value["answers"].values()):
            self.status.value = status_html("warning", "Du har ikke svaret på noget endnu, så intet er gemt.")
            return None
        result = self.handle.save(value, saved_text="Det juridiske tjek er gemt i dit forslag.")
        self.status.value = _result_html(result)
        if result.ok:
            self.origin.value = status_html("info", self.handle.origin)
        return result


def legal_check() -> widgets.VBox:
    return LegalCheck().box


# --- consequences ------------------------------------------------------------------------------------------


class ConsequencesForm:
    """The consequences for the work: lists typed one per line, what the freed time is used for and who decides."""

    def __init__(self):
        self.handle = case.part("consequences")
        saved = model.consequences_of(self.handle.value)
        self.lists: dict[str, widgets.Textarea] = {}
        rows = [widgets.HTML(status_html("info", model.FREED_TIME_NOTE))]
        for key, label in model.TASK_FIELDS.items():
            area = widgets.Textarea(
                value="\n".join(saved[key]), rows=3, placeholder="Én pr. linje", layout=_layout(width="100%")
            )
            self.lists[key] = area
            rows += [widgets.HTML(f"<label style='font-weight:600'>{_E(label)}</label>"), area]
        self.use = widgets.Text(
            value=saved["freed_time_use"],
            layout=_layout(width="100%"),
            placeholder="Fx kortere svartid, flere opsøgende samtaler …",
        )
        self.decided_by = widgets.Text(
            value=saved["freed_time_decided_by"],
            layout=_layout(width="100%"),
            placeholder="En rolle, fx »Afdelingsleder«",
        )
        self.decided = widgets.Checkbox(value=saved["freed_time_decided"], description="Det er besluttet", indent=False)
        rows += [
            widgets.HTML("<label style='font-weight:600'>Den frigjorte tid bruges til</label>"),
            self.use,
            widgets.HTML("<label style='font-weight:600'>Hvem beslutter det (rolle)</label>"),
            self.decided_by,
            self.decided,
        ]
        self.origin = widgets.HTML(status_html("info", self.handle.origin))
        self.suggest = widgets.Button(
            description="Foreslå ud fra min arbejdsgang", icon="magic", layout=_layout(width="auto")
        )
        self.suggest.on_click(lambda _b: self.fill_suggestion())
        self.button = widgets.Button(description="Gem i mit forslag", button_style="primary", icon="save")
        self.button.on_click(lambda _b: self.save())
        self.status = widgets.HTML()
        self.box = _box([self.origin, self.suggest, *rows, self.button, self.status])
        self.box.add_class("forslag-konsekvenser")

    def fill_suggestion(self) -> None:
        current = case.load_case()
        if not (current.is_own("as_is") and current.is_own("to_be")):
            self.status.value = status_html(
                "warning",
                "Du har ikke gemt din egen arbejdsgang i dag og i fremtiden endnu (notebook 03), så der "
                "er ikke noget at foreslå ud fra. Skriv selv, eller gem dem først.",
            )
            return
        tech = (current.get("technology") or {}).get("technology") if current.is_own("technology") else None
        draft = model.suggest_consequences(current.get("as_is"), current.get("to_be"), tech)
        for key, area in self.lists.items():
            if not area.value.strip():
                area.value = "\n".join(draft[key])
        self.status.value = status_html("info", "Et udkast ud fra din arbejdsgang: ret det til, og gem.")

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: model._lines(area.value) for key, area in self.lists.items()}
        out.update(
            freed_time_use=self.use.value.strip(),
            freed_time_decided_by=self.decided_by.value.strip(),
            freed_time_decided=bool(self.decided.value),
        )
        return out

    def save(self):
        value = self.value()
        if not any(value[k] for k in (*model.TASK_FIELDS, "freed_time_use", "freed_time_decided_by")):
            self.status.value = status_html("warning", "Der er ikke skrevet noget endnu, så intet er gemt.")
            return None
        result = self.handle.save(value, saved_text="Konsekvenserne er gemt i dit forslag.")
        missing = model.consequences_missing(value)
        extra = (
            status_html("warning", "Det mangler stadig: " + "; ".join(missing) + ".") if missing and result.ok else ""
        )
        self.status.value = _result_html(result) + extra
        if result.ok:
            self.origin.value = status_html("info", self.handle.origin)
        return result


def consequences_form() -> widgets.VBox:
    return ConsequencesForm().box


# --- project plan ------------------------------------------------------------------------------------------


def _text(value: Any, width: str, placeholder: str = "") -> widgets.Text:
    return widgets.Text(value="" if value is None else str(value), placeholder=placeholder, layout=_layout(width=width))


def _shown_date(value: Any) -> str:
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return "" if value is None else str(value)
    return f"{day.day}.{day.month}.{day.year}"


def _iso_or_typed(text: str) -> str:
    try:
        return formats.parse_date(text).isoformat()
    except (ValueError, TypeError):
        return text.strip()


class PlanEditor:
    """The project plan: the four phases with dates and owners, milestones (add/remove) and the five biggest
    risks; the Gantt chart is drawn when the plan is saved. Dates are typed as 1.3.2027."""

    def __init__(self):
        self.handle = case.part("project_plan")
        self.started_from_example = not isinstance(self.handle.value, dict)
        plan = self.handle.value if isinstance(self.handle.value, dict) else model.default_plan()
        self.initial = None
        self.phase_rows = [self._phase_row(p) for p in plan.get("phases") or []]
        self.milestone_box = widgets.VBox([self._milestone_row(m) for m in plan.get("milestones") or []])
        self.risk_box = widgets.VBox([self._risk_row(r) for r in (plan.get("risks") or [])[: model.MAX_RISKS]])
        self.add_milestone = widgets.Button(description="Tilføj milepæl", icon="plus", layout=_layout(width="auto"))
        self.add_milestone.on_click(lambda _b: self._add(self.milestone_box, self._milestone_row({})))
        self.add_risk = widgets.Button(description="Tilføj risiko", icon="plus", layout=_layout(width="auto"))
        self.add_risk.on_click(lambda _b: self._add_risk())
        origin = (
            f"{EXAMPLE_LABEL}: en typisk plan med opdigtede datoer og ejere. Ret den til dit eget projekt, og gem."
            if self.started_from_example
            else self.handle.origin
        )
        self.origin = widgets.HTML(status_html("info", origin))
        self.button = widgets.Button(description="Gem i mit forslag", button_style="primary", icon="save")
        self.button.on_click(lambda _b: self.save())
        self.status = widgets.HTML()
        self.chart = widgets.Output(layout=_layout(width="100%"))
        source = _E(model.source_line(model.PHASE_SOURCE))
        self.box = _box(
            [
                self.origin,
                widgets.HTML(
                    f"<h4 style='margin:.5em 0 .2em'>Faser</h4><p style='color:#555;margin:0'>Faserne er som i "
                    f"statens it-projektmodel. Kilde: {source}</p>"
                ),
                widgets.HTML("<span style='color:#555'>Fase · start · slut · ansvarlig (rolle)</span>"),
                *self.phase_rows,
                widgets.HTML(
                    "<h4 style='margin:.5em 0 .2em'>Milepæle</h4><span style='color:#555'>Milepæl · dato · "
                    "ejer (rolle)</span>"
                ),
                self.milestone_box,
                self.add_milestone,
                widgets.HTML(
                    f"<h4 style='margin:.5em 0 .2em'>De {model.MAX_RISKS} største risici</h4><span "
                    "style='color:#555'>Sandsynlighed og konsekvens fra 1 (meget lav) til 5 (meget høj)</span>"
                ),
                self.risk_box,
                self.add_risk,
                self.button,
                self.status,
                self.chart,
            ]
        )
        self.box.add_class("forslag-projektplan")
        self.initial = self.value()
        self.draw()

    def _phase_row(self, p: dict) -> widgets.HBox:
        row = widgets.HBox(
            [
                widgets.HTML(f"<strong>{_E(str(p.get('phase', '')))}</strong>", layout=_layout(width="8.5em")),
                _text(_shown_date(p.get("start")), "7.5em", "1.3.2027"),
                _text(_shown_date(p.get("end")), "7.5em"),
                _text(p.get("owner"), "12em", "Rolle"),
            ]
        )
        row.phase, row.content = str(p.get("phase", "")), str(p.get("content", ""))
        return row

    def _remove_button(self, parent_getter, row) -> widgets.Button:
        button = widgets.Button(icon="trash", tooltip="Fjern rækken", layout=_layout(width="2.6em"))
        button.on_click(lambda _b: self._remove(parent_getter(), row))
        return button

    def _milestone_row(self, m: dict) -> widgets.HBox:
        row = widgets.HBox(
            [
                _text(m.get("milestone"), "19em", "Milepæl"),
                _text(_shown_date(m.get("date")), "7.5em", "1.3.2027"),
                _text(m.get("owner"), "9em", "Rolle"),
            ]
        )
        row.children = (*row.children, self._remove_button(lambda: self.milestone_box, row))
        return row

    def _risk_row(self, r: dict) -> widgets.VBox:
        def level(value):
            return widgets.Dropdown(
                options=[("–", 0)] + [(str(i), i) for i in range(1, 6)],
                value=value if value in range(1, 6) else 0,
                layout=_layout(width="4.5em"),
            )

        row = widgets.VBox(
            [
                widgets.HBox(
                    [_text(r.get("risk"), "24em", "Risiko"), level(r.get("likelihood")), level(r.get("impact"))]
                ),
                widgets.HBox(
                    [_text(r.get("response"), "24em", "Modtræk"), _text(r.get("owner"), "9em", "Ejer (rolle)")]
                ),
            ],
            layout=_layout(border_bottom="1px solid #ddd", padding="2px 0"),
        )
        row.children[1].children = (*row.children[1].children, self._remove_button(lambda: self.risk_box, row))
        return row

    def _add(self, parent: widgets.VBox, row) -> None:
        parent.children = (*parent.children, row)

    def _add_risk(self) -> None:
        if len(self.risk_box.children) >= model.MAX_RISKS:
            self.status.value = status_html("warning", f"Skriv kun de {model.MAX_RISKS} største risici.")
            return
        self._add(self.risk_box, self._risk_row({}))

    def _remove(self, parent: widgets.VBox, row) -> None:
        parent.children = tuple(c for c in parent.children if c is not row)

    def value(self) -> dict[str, Any]:
        phases = []
        for row in self.phase_rows:
            _, start, end, owner = row.children
            phases.append(
                {
                    "phase": row.phase,
                    "start": _iso_or_typed(start.value),
                    "end": _iso_or_typed(end.value),
                    "owner": owner.value.strip(),
                    "content": row.content,
                }
            )
        milestones = []
        for row in self.milestone_box.children:
            name, when, owner = row.children[:3]
            milestones.append(
                {"milestone": name.value.strip(), "date": _iso_or_typed(when.value), "owner": owner.value.strip()}
            )
        risks = []
        for row in self.risk_box.children:
            (risk, likelihood, impact), (response, owner) = row.children[0].children, row.children[1].children[:2]
            risks.append(
                {
                    "risk": risk.value.strip(),
                    "likelihood": likelihood.value,
                    "impact": impact.value,
                    "response": response.value.strip(),
                    "owner": owner.value.strip(),
                }
            )
        return {"phases": phases, "milestones": milestones, "risks": risks}

    def draw(self) -> None:
        value = self.value()
        example = self.started_from_example and value == self.initial
        show_figure(self.chart, charts.plan_chart(value, example=example))

    def save(self):
        value = self.value()
        example = self.started_from_example and value == self.initial
        _, problems = model.validate_plan(value)
        result = self.handle.save(value, example=example, saved_text="Projektplanen er gemt i dit forslag.")
        text = _result_html(result)
        if result.ok and example:
            text += status_html("info", f"Gemt som {EXAMPLE_LABEL.lower()}: ret datoer og ejere, så bliver den din.")
        if problems:
            text += status_html("warning", "Ret dette, så planen er fuldstændig: " + " ".join(problems))
        self.status.value = text
        if result.ok:
            self.draw()
        return result


def plan_editor() -> widgets.VBox:
    return PlanEditor().box


# --- rubric ------------------------------------------------------------------------------------------------


class RubricForm:
    """The rubric: per criterion what the saved case shows and what is missing, and the learner's own assessment
    (saved in the part ``settings`` under ``rubric``)."""

    def __init__(self):
        current = case.load_case()
        self.levels: dict[str, widgets.Dropdown] = {}
        self.notes: dict[str, widgets.Text] = {}
        self.shown: dict[str, widgets.HTML] = {}
        rows = []
        for row in model.rubric(current):
            level = widgets.Dropdown(
                options=[("Vælg …", "")] + [(lv.capitalize(), lv) for lv in model.LEVELS],
                value=row["own_level"],
                description="Din vurdering",
                style={"description_width": "8em"},
                layout=_layout(width="20em"),
            )
            note = widgets.Text(
                value=row["own_note"], placeholder="Hvad gør du ved det, der mangler?", layout=_layout(width="100%")
            )
            shown = widgets.HTML(self._shown(row))
            self.levels[row["key"]], self.notes[row["key"]], self.shown[row["key"]] = level, note, shown
            rows += [shown, level, note]
        self.button = widgets.Button(description="Gem min vurdering", button_style="primary", icon="save")
        self.button.on_click(lambda _b: self.save())
        self.status = widgets.HTML()
        self.box = _box([*rows, self.button, self.status])
        self.box.add_class("forslag-rubrik")

    @staticmethod
    def _shown(row: dict) -> str:
        state = {"klar": "✅ ser klar ud", "delvist": "🟡 delvist", "mangler": "⬜ mangler"}[row["case_shows"]]
        missing = "".join(f"<li>{_E(m)}</li>" for m in row["missing"])
        return (
            f"<div style='margin-top:.8em'><strong>{_E(row['title'])}</strong>: {_E(row['question'])}<br>"
            f"Sagen viser: {state}" + (f"<ul style='margin:.2em 0'>{missing}</ul>" if missing else "") + "</div>"
        )

    def value(self) -> dict[str, dict[str, str]]:
        return {k: {"level": self.levels[k].value, "note": self.notes[k].value.strip()} for k in self.levels}

    def save(self):
        handle = case.part("settings")  # re-read, so other widgets' settings are kept
        settings = dict(handle.value) if isinstance(handle.value, dict) else {}
        settings["rubric"] = self.value()
        result = handle.save(settings, saved_text="Din vurdering er gemt i dit forslag.")
        self.status.value = _result_html(result)
        return result


def rubric_form() -> widgets.VBox:
    return RubricForm().box


# --- exports -----------------------------------------------------------------------------------------------


class ExportPanel:
    """One button: Word, Excel, PDF and JSON of the saved case into mit_arbejde/forslag/ (the example, clearly
    labelled, when nothing is saved yet)."""

    def __init__(self):
        self.button = widgets.Button(
            description="Lav Word, Excel, PDF og JSON",
            button_style="primary",
            icon="download",
            layout=_layout(width="auto"),
        )
        self.button.on_click(lambda _b: self.run())
        self.status = widgets.HTML()
        self.results: list[export.ExportResult] = []
        self.box = _box([self.button, self.status])
        self.box.add_class("forslag-eksport")

    def run(self) -> list[export.ExportResult]:
        self.button.disabled = True
        self.status.value = status_html("info", "Laver filerne … (et par sekunder)")
        try:
            current, is_example = shown_case()
            self.results = export.export_all(current)
        finally:
            self.button.disabled = False
        lines = [_result_html(r) for r in self.results]
        if is_example:
            lines.insert(0, status_html("info", f"{EXAMPLE_LABEL}: filerne viser eksemplet, ikke dit eget forslag."))
        if all(r.ok for r in self.results):
            lines.append(status_html("info", "Find filerne i mappen mit_arbejde/forslag i filbrowseren til venstre."))
        self.status.value = "".join(lines)
        return self.results


def export_panel() -> widgets.VBox:
    return ExportPanel().box


# --- reading the case --------------------------------------------------------------------------------------


def key_figures():
    """The key figures of the shown case as a readable table (Danish formats)."""
    current, _ = shown_case()
    return show_table(tables.key_figures(current))


def summary_view() -> widgets.HTML:
    """What the department's portfolio reads (``model.summary``), as a readable list."""
    current, is_example = shown_case()
    items = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{_E(k)}</th><td>{_E(str(v))}</td></tr>"
        for k, v in model.summary(current).items()
    )
    return widgets.HTML(banner_html(is_example, current) + f"<table>{items}</table>", layout=_layout(max_width="640px"))


def reflection(key: str) -> widgets.Widget:
    """A reflection box of notebook 08 (``exercises.REFLECTIONS``), saved to the case part ``reflections``."""
    from workbook_helpers.case_widgets import reflection as case_reflection

    from .exercises import REFLECTIONS

    question, model_answer = REFLECTIONS[key]
    return case_reflection(key, question, model_answer)
