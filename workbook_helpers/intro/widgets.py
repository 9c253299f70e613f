"""The first widget: two sliders, a sentence and a chart that follow them."""

from __future__ import annotations

import ipywidgets as widgets

from .. import formats
from ..style import show_figure
from .charts import hours_freed_chart
from .model import hours_freed_per_year


class HoursFreedExplorer:
    """Sliders for minutes saved per case and cases a year; the sentence and the chart update as they move."""

    def __init__(self, minutes: float = 3, cases: float = 2000):
        self.minutes = widgets.IntSlider(
            value=minutes, min=0, max=30, step=1, description="Minutter sparet pr. sag",
            style={"description_width": "14em"}, layout=widgets.Layout(width="36em"),
        )  # fmt: skip
        self.cases = widgets.IntSlider(
            value=cases, min=0, max=10000, step=100, description="Sager om året",
            style={"description_width": "14em"}, layout=widgets.Layout(width="36em"),
        )  # fmt: skip
        self.result = widgets.HTML(layout=widgets.Layout(min_height="2.5em"))
        self.result.add_class("arbejdsbog-resultat")
        self.chart = widgets.Output()
        for control in (self.minutes, self.cases):
            control.observe(self.update, names="value")
        self.view = widgets.VBox([self.minutes, self.cases, self.result, self.chart])
        self.update()

    def sentence(self) -> str:
        hours = hours_freed_per_year(self.minutes.value, self.cases.value)
        return (
            f"{formats.number(self.minutes.value)} minutter sparet pr. sag × {formats.number(self.cases.value)} "
            f"sager om året = <strong>{formats.hours(hours, 1 if hours % 1 else 0)}</strong> om året."
        )

    def update(self, _change=None) -> None:
        self.result.value = f"<p style='font-size:1.3em;margin:.3em 0'>{self.sentence()}</p>"
        fig = hours_freed_chart(self.minutes.value, self.cases.value)
        show_figure(self.chart, fig)


def hours_freed_explorer() -> widgets.VBox:
    """The widget of notebook 00, ready to show."""
    return HoursFreedExplorer().view
