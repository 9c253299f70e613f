"""The widgets of notebook 00: the first explorer, the first irritations, and the word list."""

from __future__ import annotations

import ipywidgets as widgets

from .. import case, formats
from ..messages import status_html
from ..style import show_figure
from .charts import hours_freed_chart
from .model import hours_freed_per_year

_WIDE = {"description_width": "14em"}


class NumberSlider:
    """A slider with a box beside it where the number can be typed the Danish way (2.500 or 12,5).

    The slider's own readout is off: a browser reads "2.500" as 2,5. A number the box cannot read is refused with a
    Danish message, and the slider keeps its value.
    """

    def __init__(self, description: str, value: int, minimum: int, maximum: int, step: int):
        self.slider = widgets.IntSlider(
            value=value, min=minimum, max=maximum, step=step, description=description, readout=False,
            style=_WIDE, layout=widgets.Layout(width="100%", max_width="30em"),
        )  # fmt: skip
        self.text = widgets.Text(value=formats.number(value), layout=widgets.Layout(width="7em"))
        self.message = widgets.HTML()
        self.slider.observe(self._from_slider, names="value")
        self.text.observe(self._from_text, names="value")
        self.view = widgets.VBox([widgets.HBox([self.slider, self.text]), self.message])

    def _from_slider(self, _change=None) -> None:
        shown = formats.number(self.slider.value)
        if self.text.value != shown:
            self.text.value = shown

    def _from_text(self, _change=None) -> None:
        typed = self.text.value
        try:
            value = formats.parse_number(typed)
        except ValueError as error:
            self.message.value = status_html("warning", str(error))
            return
        if not self.slider.min <= value <= self.slider.max:
            low, high = formats.number(self.slider.min), formats.number(self.slider.max)
            self.message.value = status_html("warning", f"Skriv et tal mellem {low} og {high}.")
            return
        self.message.value = ""
        self.slider.value = round(value)


class HoursFreedExplorer:
    """Sliders for minutes saved per case and cases a year; the sentence and the chart update as they move."""

    def __init__(self, minutes: float = 3, cases: float = 2000):
        self.minutes_control = NumberSlider("Minutter sparet pr. sag", minutes, 0, 30, 1)
        self.cases_control = NumberSlider("Sager om året", cases, 0, 10000, 100)
        self.minutes, self.cases = self.minutes_control.slider, self.cases_control.slider
        self.result = widgets.HTML(layout=widgets.Layout(min_height="2.5em"))
        self.result.add_class("arbejdsbog-resultat")
        self.chart = widgets.Output()
        for control in (self.minutes, self.cases):
            control.observe(self.update, names="value")
        self.view = widgets.VBox([self.minutes_control.view, self.cases_control.view, self.result, self.chart])
        self.update()

    def sentence(self) -> str:
        hours = hours_freed_per_year(self.minutes.value, self.cases.value)
        return (
            f"{formats.count(self.minutes.value, 'minut', 'minutter')} sparet pr. sag × "
            f"{formats.count(self.cases.value, 'sag', 'sager')} om året = "
            f"<strong>{formats.hours(hours, 'auto')}</strong> om året."
        )

    def update(self, _change=None) -> None:
        self.result.value = f"<p style='font-size:1.3em;margin:.3em 0'>{self.sentence()}</p>"
        fig = hours_freed_chart(self.minutes.value, self.cases.value)
        show_figure(self.chart, fig)


def hours_freed_explorer() -> widgets.VBox:
    """The widget of notebook 00, ready to show."""
    return HoursFreedExplorer().view


class FirstIrritations:
    """Three lines for the first irritations from your own work, saved to your case (part ``irritations``).

    Rows already in the case (for example from the register in notebook 03) are kept; these are the rows marked
    ``"from": "00"``.
    """

    def __init__(self, lines: int = 3):
        handle = case.part("irritations")
        rows = handle.value.get("rows", []) if isinstance(handle.value, dict) else []
        mine = [r.get("irritation", "") for r in rows if isinstance(r, dict) and r.get("from") == "00"]
        self.inputs = [
            widgets.Text(
                value=mine[i] if i < len(mine) else "",
                placeholder="Fx: Jeg taster de samme oplysninger ind i to systemer.",
                description=f"Irritationsmoment {i + 1}",
                style=_WIDE,
                layout=widgets.Layout(width="100%", max_width="44em"),
            )
            for i in range(lines)
        ]
        self.button = widgets.Button(description="Gem i mit forslag", icon="save", button_style="primary")
        self.button.on_click(lambda _b: self.save())
        self.status = widgets.HTML()
        note = status_html(
            "info", "Skriv ikke navne, CPR-numre eller oplysninger fra en bestemt sag – kun hvad der sker i arbejdet."
        )
        self.view = widgets.VBox([widgets.HTML(note), *self.inputs, self.button, self.status])

    def save(self):
        typed = [box.value.strip() for box in self.inputs if box.value.strip()]
        if not typed:
            self.status.value = status_html("warning", "Der er ikke skrevet noget endnu, så intet er gemt.")
            return None
        handle = case.part("irritations")
        rows = handle.value.get("rows", []) if isinstance(handle.value, dict) else []
        kept = [r for r in rows if not (isinstance(r, dict) and r.get("from") == "00")]
        new = [{"irritation": text, "step": "", "waste": "", "per_year": None, "minutes": None, "from": "00"}
               for text in typed]  # fmt: skip
        result = handle.save({**(handle.value or {}), "rows": new + kept}, saved_text="Gemt i dit forslag.")
        count = formats.count(len(typed), "irritationsmoment", "irritationsmomenter")
        text = f"{result.message} ({count})" if result.ok else result.message
        self.status.value = status_html("ok" if result.ok else "error", text)
        return result


def first_irritations() -> widgets.VBox:
    """The "Til dit forslag" step of notebook 00."""
    return FirstIrritations().view
