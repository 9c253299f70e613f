"""The widgets every notebook uses to write into the learner's case: a reflection box, a "Til dit forslag" form,
and the line that shows how far the proposal has come.

- ``reflection(key, question, model_answer)``: the learner writes in their own words; the text is saved to the
  case (part ``reflections``) as they type; a model answer to compare with is shown only after they have written
  something.
- ``case_form(part, fields)``: a short form whose answers are one part of the case (for example ``about``).
- ``progress()``: »Dit forslag: 3 af 13 dele er klar« with what is missing and where.

Every save shows its real outcome (``messages.status_html``); a failed save keeps the text on screen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from . import case
from .messages import status_html

_FULL = widgets.Layout  # each widget gets a Layout of its own (a shared one would be changed by all)


def _status(result_ok: bool, text: str) -> str:
    return status_html("ok" if result_ok else "error", text)


class Reflection:
    """A question answered in the learner's own words, saved to the case as they type."""

    def __init__(self, key: str, question: str, model_answer: str = "", rows: int = 4):
        self.key = key
        self.handle = case.part("reflections")
        saved = self.handle.value if isinstance(self.handle.value, dict) else {}
        self.question = widgets.HTML(f"<p style='margin:.2em 0'><strong>{_escape(question)}</strong></p>")
        self.text = widgets.Textarea(
            value=str(saved.get(key, "")),
            placeholder="Skriv dit svar med dine egne ord …",
            rows=rows,
            layout=_FULL(width="100%", max_width="40em"),
        )
        self.status = widgets.HTML()
        self.model_answer = model_answer
        self.answer = widgets.HTML()
        self.show = widgets.Button(description="Sammenlign med et modelsvar", layout=_FULL(width="auto"))
        self.show.on_click(self._show_answer)
        self.text.observe(lambda _change: self.save(), names="value")
        children = [self.question, self.text, self.status]
        if model_answer:
            children += [self.show, self.answer]
        self.box = widgets.VBox(children, layout=_FULL(max_width="42em"))

    def save(self):
        handle = case.part("reflections")  # re-read, so answers from other notebooks are kept
        answers = dict(handle.value) if isinstance(handle.value, dict) else {}
        answers[self.key] = self.text.value
        result = handle.save(answers, saved_text="Dit svar er gemt i din sag.")
        self.status.value = _status(result.ok, result.message)
        return result

    def _show_answer(self, _button=None) -> None:
        if not self.text.value.strip():
            self.answer.value = status_html("info", "Skriv dit eget svar først; så kan du sammenligne bagefter.")
            return
        self.answer.value = status_html("info", f"Et modelsvar: {self.model_answer}")


QUESTIONS: dict[str, tuple[str, str]] = {}


def register_questions(table: dict[str, tuple[str, str]]) -> None:
    """Register a topic's reflection questions (key -> (question, model answer)), so a cell says ``reflection(key)``."""
    QUESTIONS.update(table)


def reflection(key: str, question: str | None = None, model_answer: str = "", rows: int = 4) -> widgets.Widget:
    """A reflection box (see ``Reflection``); returns the widget to show. Without ``question``, the registered
    question and model answer for ``key`` are used."""
    if question is None:
        question, model_answer = QUESTIONS[key]
    return Reflection(key, question, model_answer, rows).box


class CaseForm:
    """A short form whose answers are one part of the learner's case. ``fields`` are (key, Danish label, kind) with
    kind "text" (one line) or "long" (a few lines). Saved with the "Gem i mit forslag" button."""

    def __init__(self, part: str, fields: Sequence[tuple[str, str, str]], intro: str = ""):
        self.part = part
        self.handle = case.part(part)
        saved = self.handle.value if isinstance(self.handle.value, dict) else {}
        self.inputs: dict[str, widgets.Widget] = {}
        rows = [widgets.HTML(f"<p>{_escape(intro)}</p>")] if intro else []
        for key, label, kind in fields:
            make = widgets.Textarea if kind == "long" else widgets.Text
            control = make(
                value=str(saved.get(key, "")),
                layout=_FULL(width="100%", max_width="40em"),
                **({"rows": 3} if kind == "long" else {}),
            )
            self.inputs[key] = control
            rows += [widgets.HTML(f"<label style='font-weight:600'>{_escape(label)}</label>"), control]
        self.origin = widgets.HTML(status_html("info", self.handle.origin))
        self.button = widgets.Button(description="Gem i mit forslag", button_style="primary", icon="save")
        self.button.on_click(lambda _b: self.save())
        self.status = widgets.HTML()
        self.box = widgets.VBox([self.origin, *rows, self.button, self.status], layout=_FULL(max_width="42em"))

    def values(self) -> dict[str, str]:
        return {key: control.value.strip() for key, control in self.inputs.items()}

    def save(self):
        values = self.values()
        if not any(values.values()):
            self.status.value = status_html("warning", "Der er ikke skrevet noget endnu, så intet er gemt.")
            return None
        result = self.handle.save(values, saved_text="Gemt i dit forslag.")
        self.status.value = _status(result.ok, result.message)
        if result.ok:
            self.origin.value = status_html("info", self.handle.origin)
        return result


def case_form(part: str, fields: Sequence[tuple[str, str, str]], intro: str = "") -> widgets.Widget:
    """A "Til dit forslag" form (see ``CaseForm``); returns the widget to show."""
    return CaseForm(part, fields, intro).box


def progress_html(current: case.Case | None = None) -> str:
    """How far the proposal has come, and which notebook fills each missing part."""
    current = current or case.load_case()
    rows = current.status()
    missing = [r for r in rows if r["state"] != "klar"]
    lines = "".join(
        f"<li>{_escape(r['label'])}: {'eksempel, ikke dit eget endnu' if r['state'] == 'eksempel' else 'mangler'}"
        f" (notebook {_escape(r['notebook'])})</li>"
        for r in missing
    )
    head = status_html("info", f"Dit forslag: {current.ready_text()}.")
    return head + (f"<details><summary>Det mangler</summary><ul>{lines}</ul></details>" if missing else "")


def progress() -> widgets.Widget:
    """The progress line as a widget."""
    return widgets.HTML(progress_html())


def _escape(text: str) -> str:
    return html.escape(text)


ABOUT_FIELDS = (
    ("area", "Mit arbejdsområde (fx skolesekretær, ydelse, plan/byg/miljø, børn og unge)", "text"),
    ("unit", "Min afdeling eller mit team", "text"),
    ("owner", "Hvem ejer arbejdsgangen? (en rolle, fx »afdelingsleder«, ikke et navn)", "text"),
    ("title", "Arbejdstitel på mit forslag (kan ændres senere)", "text"),
    ("problem", "Hvad vil jeg gerne gøre bedre? (en eller to sætninger)", "long"),
)


def about_form() -> widgets.Widget:
    """The case part ``about``: where the learner works and what they want to improve (notebooks 00 and 08)."""
    return case_form("about", ABOUT_FIELDS)
