"""Widgets for notebook 01: the cascade explorer (work area + date -> what applies), the benchmark explorer and the
form for your own municipality. Thin: controls wired to the model and the charts; the callbacks are small methods
that tests call directly.

>>> explorer = CascadeExplorer(on="2026-11-29", area="ydelse")
>>> "AI-forordningen" in explorer.rules.value
True
"""

from __future__ import annotations

import datetime as dt
import html

import ipywidgets as widgets
import pandas as pd

from .. import formats
from ..messages import status_html
from ..style import show_figure
from . import benchmark, charts, model, municipal
from .tables import date_text as _date_text

AREA_LABELS = {
    "skole": "Skole",
    "ydelse": "Ydelser (fx kontanthjælp, boligstøtte)",
    "plan/byg/miljø": "Plan, byg og miljø",
    "børn og unge": "Børn og unge",
    "borgerservice": "Borgerservice",
    "HR/økonomi": "HR og økonomi",
    "alle": "Alle områder",
}
_STYLE = {"description_width": "11em"}
_TABLE = "border-collapse:collapse;width:100%;font-size:0.95em"
_CELL = "border-bottom:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left"


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def source_link(url: str, text: str = "Kilde") -> str:
    """A plain, escaped link to a source: ``<a href="..." target="_blank" rel="noopener">Kilde</a>``."""
    return f'<a href="{_e(url)}" target="_blank" rel="noopener">{_e(text)}</a>'


def _verification(value: str) -> str:
    if value == "sekundær":
        return "<br><small>⚠️ Kun kontrolleret i sekundære kilder</small>"
    return ""


def _message(text: str, kind: str = "problem") -> str:
    return status_html({"problem": "warning", "ok": "ok"}.get(kind, "info"), text)


def rules_html(table: pd.DataFrame) -> str:
    """The acts and strategies that apply, as an HTML table with what they demand, the next date and a source."""
    if table.empty:
        return "<p>Ingen retsakter eller strategier i datasættet gælder for det valgte område på den dato.</p>"
    head = "".join(
        f"<th style='{_CELL}'>{h}</th>" for h in ("Niveau", "Retsakt eller strategi", "Hvad det kræver", "Næste dato")
    )
    rows = []
    for _, row in table.iterrows():
        demands = "".join(
            f"<li>{_e(_date_text(when))}: {_e(text)}</li>"
            for when, text in zip(row["in_effect_dates"], row["in_effect"], strict=True)
        )
        demands = f"<ul style='margin:.2em 0 0 1.1em;padding:0'>{demands}</ul>" if demands else ""
        nxt = f"{_e(_date_text(row['next_date']))}: {_e(row['next_text'])}" if row["next_text"] else "–"
        rows.append(
            "<tr>"
            f"<td style='{_CELL}'>{_e(row['level_label'])}</td>"
            f"<td style='{_CELL}'><strong>{_e(row['title_da'])}</strong><br>{_e(row['identifier'])}<br>"
            f"{source_link(row['source_url'])}{_verification(row['verification'])}</td>"
            f"<td style='{_CELL}'>{_e(row['meaning_da'])}{demands}</td>"
            f"<td style='{_CELL}'>{nxt}</td>"
            "</tr>"
        )
    return f"<table style='{_TABLE}'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def upcoming_html(table: pd.DataFrame, months: int) -> str:
    """The coming dates as an HTML list, each with its source link."""
    if table.empty:
        return f"<p>Ingen kendte datoer de næste {_e(months)} måneder for det valgte område.</p>"
    items = "".join(
        f"<li><strong>{_e(_date_text(row['date'], row['precision']))}</strong> ({_e(row['level_label'])}) – "
        f"{_e(row['title_da'])}: {_e(row['milestone_da'])} {source_link(row['source_url'])}"
        f"{_verification(row['verification'])}</li>"
        for _, row in table.iterrows()
    )
    return f"<ol>{items}</ol>"


class CascadeExplorer:
    """Choose a work area and a date: what applies, what it demands, the coming deadlines and the timeline."""

    def __init__(self, on=None, area: str = "ydelse", months: int = 12, data: model.PolicyData | None = None):
        self.data = data or model.load_policy()
        self.area = widgets.Dropdown(
            options=[(label, key) for key, label in AREA_LABELS.items()], value=area, description="Arbejdsområde",
            style=_STYLE, layout=widgets.Layout(width="34em"),
        )  # fmt: skip
        self.day = widgets.DatePicker(value=model.as_day(on).date(), description="Dato", style=_STYLE)
        self.months = widgets.IntSlider(
            value=months, min=1, max=60, step=1, description="Måneder frem", style=_STYLE,
            layout=widgets.Layout(width="34em"),
        )  # fmt: skip
        self.message = widgets.HTML()
        self.rules = widgets.HTML()
        self.coming = widgets.HTML()
        self.chart = widgets.Output()
        for control in (self.area, self.day, self.months):
            control.observe(self.update, names="value")
        self.view = widgets.VBox(
            [
                widgets.HTML("<h3 style='margin:.2em 0'>Hvad gælder for mit arbejdsområde?</h3>"),
                self.area, self.day, self.months, self.message,
                widgets.HTML("<h4>Det gælder på datoen</h4>"), self.rules,
                widgets.HTML("<h4>Det kommer</h4>"), self.coming, self.chart,
            ]
        )  # fmt: skip
        self.view.add_class("politik-kaskade")
        self.update()

    def chosen_day(self) -> pd.Timestamp | None:
        """The date in the picker, or None (with a Danish message) when it is empty."""
        if self.day.value is None:
            self.message.value = _message("Vælg en dato i feltet »Dato« (fx i dag).")
            return None
        return model.as_day(self.day.value)

    def update(self, _change=None) -> None:
        try:
            day = self.chosen_day()
            if day is None:
                return
            area, months = self.area.value, int(self.months.value)
            rules = model.applicable(self.data, area, day)
            coming = model.upcoming(self.data, area, day, months)
            own = municipal.as_timeline_rows(municipal.load())
            line = model.timeline(self.data, on=day, area=area, extra=own)
        except (ValueError, KeyError) as error:
            self.message.value = _message(str(error))
            return
        self.message.value = _message(
            f"{AREA_LABELS[area]} pr. {formats.date(day)}: {len(rules)} retsakter og strategier gælder, og "
            f"{len(coming)} datoer kommer inden for {months} måneder.",
            kind="info",
        )
        self.rules.value = rules_html(rules)
        self.coming.value = upcoming_html(coming, months)
        show_figure(self.chart, charts.timeline_chart(line))


def cascade_explorer(on=None, area: str = "ydelse", months: int = 12) -> widgets.VBox:
    """The cascade explorer of notebook 01, ready to show."""
    return CascadeExplorer(on=on, area=area, months=months).view


class BenchmarkExplorer:
    """Choose countries and an indicator from the eGovernment Benchmark 2023; the chart follows."""

    def __init__(self, countries=benchmark.DEFAULT_PEERS, indicator: str = "B0"):
        self.egov, _ = benchmark.load_benchmarks()
        self.countries = widgets.SelectMultiple(
            options=list(benchmark.country_choices(self.egov).items()), value=tuple(countries),
            description="Lande", rows=10, style=_STYLE,
        )  # fmt: skip
        self.indicator = widgets.Dropdown(
            options=[(label, code) for label, code in benchmark.indicator_choices().items()], value=indicator,
            description="Indikator", style=_STYLE, layout=widgets.Layout(width="40em"),
        )  # fmt: skip
        self.message = widgets.HTML()
        self.chart = widgets.Output()
        for control in (self.countries, self.indicator):
            control.observe(self.update, names="value")
        hint = "<small>Hold Ctrl (Cmd på Mac) nede for at vælge flere lande.</small>"
        self.view = widgets.VBox([self.countries, widgets.HTML(hint), self.indicator, self.message, self.chart])
        self.view.add_class("politik-benchmark")
        self.update()

    def update(self, _change=None) -> None:
        try:
            table = benchmark.scores(self.egov, self.countries.value, self.indicator.value)
        except ValueError as error:
            self.message.value = _message(str(error))
            self.chart.outputs = ()
            return
        text = benchmark.comparison_text(table)
        self.message.value = _message(text, kind="info")
        show_figure(self.chart, charts.benchmark_chart(table, self.indicator.value))


def benchmark_explorer() -> widgets.VBox:
    """The benchmark explorer of notebook 01, ready to show."""
    return BenchmarkExplorer().view


class MunicipalityForm:
    """The template for your own municipality: fill in, press »Gem«, and it is saved in your work folder."""

    def __init__(self, data: model.PolicyData | None = None):
        data = data or model.load_policy()
        saved = municipal.load() or municipal.blank_template()
        self.fields: dict[str, widgets.Widget] = {}
        rows = []
        for key, label, help_text in municipal.FIELDS:
            long = key in ("vision", "fokusomraader", "principper", "styring", "min_opgave")
            kind = widgets.Textarea if long else widgets.Text
            layout = widgets.Layout(width="100%", max_width="48em", height="5em" if long else None)
            field = kind(value=str(saved.get(key, "")), description=label, placeholder=help_text, style=_STYLE,
                         layout=layout)  # fmt: skip
            self.fields[key] = field
            rows.append(field)
        acts = data.acts.assign(_order=data.acts["level"].map({lvl: i for i, lvl in enumerate(model.LEVELS)}))
        options = [
            (f"{model.LEVEL_LABELS[r.level]}: {r.title_da}", r.id)
            for r in acts.sort_values(["_order", "title_da"]).itertuples()
            if r.level != "kommunal"
        ]
        self.links = widgets.SelectMultiple(
            options=options, value=tuple(v for v in saved.get("links", []) if v in dict(map(reversed, options))),
            description="Henviser til", rows=8, style=_STYLE, layout=widgets.Layout(width="100%", max_width="48em"),
        )  # fmt: skip
        self.save_button = widgets.Button(description="Gem", icon="save", button_style="primary")
        self.save_button.on_click(self.save)
        self.status = widgets.HTML()
        hint = "<small>Vælg de retsakter og strategier, strategien henviser til (Ctrl/Cmd for flere).</small>"
        self.view = widgets.VBox([*rows, self.links, widgets.HTML(hint), self.save_button, self.status])
        self.view.add_class("politik-min-kommune")

    def entry(self) -> dict:
        """What the form holds now, as a template dict."""
        return {key: field.value.strip() for key, field in self.fields.items()} | {
            "links": list(self.links.value),
            "eksempel": False,
        }

    def save(self, _button=None) -> None:
        found = municipal.save(self.entry())
        if found:
            self.status.value = "".join(_message(text) for text in found)
        else:
            when = dt.datetime.now().strftime("%H:%M")
            self.status.value = _message(f"Gemt kl. {when}. Din kommune vises nu i tidslinjen og kaskaden.", "ok")


def municipality_form() -> widgets.VBox:
    """The form for your own municipality, filled with what you saved last time."""
    return MunicipalityForm().view


def example_html() -> str:
    """The worked example as HTML, clearly labelled »Eksempel (illustrativt)«."""
    entry = municipal.example()
    rows = "".join(
        f"<tr><th style='{_CELL};width:14em'>{_e(label)}</th><td style='{_CELL}'>{_e(entry.get(key) or '–')}</td></tr>"
        for key, label, _ in municipal.FIELDS
    )
    return (
        f"<p><strong>{_e(municipal.EXAMPLE_LABEL)}:</strong> »Eksempelkommune« findes ikke. Byggestenene er dem, "
        "kommunale digitaliseringsstrategier typisk har (fx Københavns Kommunes strategi 2024-2027).</p>"
        f"<table style='{_TABLE}'>{rows}</table>"
    )
