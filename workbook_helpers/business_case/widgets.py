"""The business-case explorer: sliders and fields for every parameter; the figures and charts follow at once.

Thin on purpose: the controls are read into a ``model.BusinessCase``, the model computes, ``charts.LiveChart``
redraws the chart on the visible tab (the others are redrawn when their tab is opened). Bad input is caught and
shown as a Danish message in the widget, never as a traceback. The values are saved as the learner works
(``storage.save_work``), so a kernel restart loses nothing.

>>> import os, tempfile
>>> os.environ["WORKBOOK_WORK_DIR"] = tempfile.mkdtemp()
>>> explorer = BusinessCaseExplorer()
>>> explorer.controls["hourly_cost"].value = 500
>>> "Nutidsværdi" in explorer.figures.value
True
"""

from __future__ import annotations

import base64
import html
import re

import ipywidgets as widgets
import pandas as pd

from workbook_helpers import formats
from workbook_helpers.storage import load_work, save_work
from workbook_helpers.style import show_figure

from .charts import ILLUSTRATIVE, LiveChart, payback_text, realisation_plan_chart
from .defaults import defaults, defaults_html
from .examples import EXAMPLE_CASES_PER_YEAR, example_case
from .model import (
    PARAMETER_LABELS,
    PARAMETER_SHORT_LABELS,
    BusinessCase,
    BusinessCaseResult,
    evaluate,
    hours_from_volume,
    parse_number,
    scenarios,
    sensitivity,
)
from .qualitative import PLAN_COLUMNS, example_qualitative, load_plan, save_plan, to_html

#: Tab order: key -> Danish tab title.
TABS: dict[str, str] = {
    "cumulative": "Tilbagebetaling",
    "yearly": "Pr. år",
    "waterfall": "Vandfald",
    "tornado": "Følsomhed",
    "scenarios": "Scenarier",
}

_WIDE = {"description_width": "14em"}
_LAYOUT = {"width": "26em"}


def _slider(value, low, high, step, label, kind=widgets.FloatSlider):
    # The slider's own readout cannot write Danish numbers, so a Danish readout is shown beside it instead.
    return kind(
        value=value, min=low, max=high, step=step, description=label, readout=False, continuous_update=False,
        style=_WIDE, layout=widgets.Layout(width="23em"),
    )  # fmt: skip


def _amount(value: float) -> str:
    """An amount for a text field in Danish format: 250000 -> "250.000", 2.5 -> "2,5"."""
    return formats.number(value, 0 if float(value) % 1 == 0 else 2)


def _number(value, label):
    # A text field, not a FloatText: a browser number field reads the Danish "250.000" as 250.
    return widgets.Text(
        value=_amount(value), description=label, continuous_update=False, style=_WIDE,
        layout=widgets.Layout(**_LAYOUT),
    )  # fmt: skip


def _label(name: str) -> str:
    # The short label fits beside a field; the heading and the caption say the rest.
    return PARAMETER_SHORT_LABELS[name]


#: How each slider's value is shown in Danish next to it.
_READOUTS = {
    "cases_per_year": lambda v: formats.number(v),
    "minutes_saved": lambda v: formats.number(v, 1),
    "hourly_cost": lambda v: formats.kr(v),
    "horizon": lambda v: f"{v} år",
    "discount_rate": lambda v: formats.percent(v / 100, 1),
}


def parse_ramp(text: str) -> tuple[float, ...]:
    """Read the realisation per year typed as percentages, e.g. "50; 90; 100" -> (0.5, 0.9, 1.0).

    >>> parse_ramp("50; 90; 100")
    (0.5, 0.9, 1.0)
    >>> parse_ramp("50 % ; 100 %")
    (0.5, 1.0)
    """
    parts = [part.strip().rstrip("%").strip() for part in re.split(r"[;/]", str(text)) if part.strip()]
    if not parts:
        raise ValueError(f"Feltet »{PARAMETER_LABELS['ramp_up']}« er tomt. Skriv fx 50; 100 (procent pr. år).")
    return tuple(parse_number("ramp_up", part) / 100 for part in parts)


def ramp_text(ramp: tuple[float, ...]) -> str:
    """The realisation per year as Danish percentages for the text field: (0.5, 1.0) -> "50; 100"."""
    return "; ".join(formats.number(share * 100, 0 if (share * 100) % 1 == 0 else 1) for share in ramp)


class BusinessCaseExplorer:
    """Every parameter of a business case as a slider or a field, with the key figures, five charts, the sources
    of the defaults and the qualitative benefits next to the numbers."""

    def __init__(
        self,
        case: BusinessCase | None = None,
        *,
        cases_per_year: float = EXAMPLE_CASES_PER_YEAR,
        qualitative: pd.DataFrame | None = None,
        source: str = ILLUSTRATIVE,
        save_as: str | None = "business_case_explorer",
    ):
        case = case or example_case()
        saved = load_work(save_as) if save_as else None
        self.save_as = save_as
        self.source = source
        minutes = case.hours_freed * 60 / cases_per_year if cases_per_year else 0.0
        found = defaults()

        self.controls: dict[str, widgets.ValueWidget] = {
            "cases_per_year": _slider(cases_per_year, 0, max(20_000, 2 * cases_per_year), 100,
                                      PARAMETER_LABELS["cases_per_year"]),
            "minutes_saved": _slider(round(minutes, 1), 0, max(60, 2 * minutes), 0.5,
                                     PARAMETER_LABELS["minutes_saved"]),
            "hourly_cost": _slider(case.hourly_cost, 100, max(1000, 2 * case.hourly_cost), 5,
                                   PARAMETER_LABELS["hourly_cost"]),
            "other_benefits": _number(case.other_benefits, _label("other_benefits")),
            "ramp_up": widgets.Text(value=ramp_text(case.ramp_up), description="Gevinstrealisering",
                                    continuous_update=False, style=_WIDE, layout=widgets.Layout(**_LAYOUT)),
            "implementation": _number(case.implementation, _label("implementation")),
            "licences": _number(case.licences, _label("licences")),
            "training": _number(case.training, _label("training")),
            "internal_hours": _number(case.internal_hours, _label("internal_hours")),
            "running_cost": _number(case.running_cost, PARAMETER_LABELS["running_cost"]),
            "horizon": _slider(case.horizon, 1, 35, 1, PARAMETER_LABELS["horizon"], widgets.IntSlider),
            "discount_rate": _slider(case.discount_rate * 100, 0, 10, 0.1, "Diskonteringsrente"),
            "hours_per_fte": _number(case.hours_per_fte, PARAMETER_LABELS["hours_per_fte"]),
        }  # fmt: skip
        if isinstance(saved, dict):
            self._restore(saved)

        rate, fte = found["discount_rate"], found["hours_per_fte"]
        captions = {
            "hourly_cost": f"{html.escape(found['hourly_cost'].status)}: der findes ingen officiel timepris.",
            "discount_rate": f"Standard {formats.percent(rate.value, 1)}: {html.escape(rate.source_line())}",
            "hours_per_fte": f"Standard {formats.number(fte.value)} timer (brutto): {html.escape(fte.source_line())}",
            "ramp_up": "Procent af den fulde gevinst i år 1, 2, …; det sidste tal gælder resten af perioden.",
            "other_benefits": "Fx færre fejl, sparet porto og papir, i kr. pr. år.",
            "internal_hours": "Medarbejdernes timer i projektet; de regnes med timeprisen.",
        }
        groups = {
            "Gevinster": ["cases_per_year", "minutes_saved", "hourly_cost", "other_benefits", "ramp_up"],
            "Engangsomkostninger (år 0)": ["implementation", "licences", "training", "internal_hours"],
            "Drift": ["running_cost"],
            "Forudsætninger": ["horizon", "discount_rate", "hours_per_fte"],
        }
        self.readouts = {name: widgets.HTML() for name in _READOUTS}
        rows: list[widgets.Widget] = []
        for heading, names in groups.items():
            rows.append(widgets.HTML(f"<h4 style='margin:.6em 0 .2em'>{html.escape(heading)}</h4>"))
            for name in names:
                if name in self.readouts:
                    rows.append(widgets.HBox([self.controls[name], self.readouts[name]]))
                else:
                    rows.append(self.controls[name])
                if name in captions:
                    rows.append(widgets.HTML(f"<div style='margin:0 0 .3em 1em;font-size:.9em;color:#444'>"
                                             f"{captions[name]}</div>"))  # fmt: skip
        self.hours_line = widgets.HTML()
        rows.insert(3, self.hours_line)

        self.figures = widgets.HTML()
        self.figures.add_class("bc-noegletal")
        self.message = widgets.HTML()
        self.message.add_class("bc-besked")
        self.charts = {kind: LiveChart(kind, source=source) for kind in TABS}
        self.outputs = {kind: widgets.Output() for kind in TABS}
        self.tabs = widgets.Tab(children=[self.outputs[kind] for kind in TABS], titles=list(TABS.values()))
        self.tabs.observe(self._on_tab, names="selected_index")
        self._stale: set[str] = set(TABS)
        self.result: BusinessCaseResult | None = None

        qualitative_table = example_qualitative() if qualitative is None else qualitative
        side = widgets.HTML(
            f"<h4 style='margin:.6em 0 .2em'>Det, der ikke kan gøres op i kroner{_example_note(qualitative)}</h4>"
            f"<div style='font-size:.9em'>{to_html(qualitative_table)}</div>"
        )
        sources = widgets.HTML("<h4 style='margin:.6em 0 .2em'>Standardværdier og kilder</h4>" + defaults_html())
        # Controls on the left, the figures and the chart on the right: a slider and what it moves are seen
        # together. The qualitative benefits and the sources follow under both.
        results = widgets.VBox(
            [self.figures, self.message, self.tabs], layout=widgets.Layout(flex="1 1 0%", min_width="24em")
        )
        controls = widgets.VBox(rows, layout=widgets.Layout(width="30em", min_width="30em", margin="0 1.5em 0 0"))
        self.view = widgets.VBox([widgets.HBox([controls, results]), side, sources])
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.refresh()

    # -- reading the controls ----------------------------------------------------------------------------------

    def read_case(self) -> BusinessCase:
        """The business case the controls describe (a Danish ValueError if a field is wrong)."""
        values = {name: control.value for name, control in self.controls.items()}
        hours = hours_from_volume(values.pop("cases_per_year"), values.pop("minutes_saved"))
        values["ramp_up"] = parse_ramp(values["ramp_up"])
        values["discount_rate"] = parse_number("discount_rate", values["discount_rate"]) / 100
        return BusinessCase(hours_freed=hours, **values)

    def _restore(self, saved: dict) -> None:
        for name, value in saved.items():
            control = self.controls.get(name)
            if control is None:
                continue
            try:
                if isinstance(control, widgets.Text):
                    control.value = value if isinstance(value, str) else _amount(value)
                else:
                    control.value = max(control.min, min(control.max, value))
            except Exception:  # a damaged saved value must not stop the explorer; the default stays
                continue

    # -- updating ------------------------------------------------------------------------------------------------

    def _on_change(self, _change=None) -> None:
        self.refresh()

    def _on_tab(self, _change=None) -> None:
        self._draw(self.visible_tab)

    @property
    def visible_tab(self) -> str:
        """The key of the chart tab the learner is looking at."""
        return list(TABS)[self.tabs.selected_index or 0]

    def refresh(self) -> None:
        """Read the controls, compute, and update the figures and the visible chart (the others when shown)."""
        for name, readout in self.readouts.items():
            readout.value = (
                f"<span style='font-size:1.05em'>{html.escape(_READOUTS[name](self.controls[name].value))}</span>"
            )
        try:
            case = self.read_case()
            result = evaluate(case)
        except ValueError as error:
            self.message.value = (
                "<div role='alert' style='border-left:6px solid #a33a00;padding:.4em .8em;background:#fff4ee'>"
                f"⚠️ <strong>Tjek dit input:</strong> {html.escape(str(error))}<br>"
                "Tallene og diagrammerne viser stadig det sidste gyldige input.</div>"
            )
            return
        self.message.value = ""
        self.result = result
        self.hours_line.value = (
            f"<div style='margin:0 0 .3em 1em'>= <strong>{formats.hours(case.hours_freed)}</strong> om året "
            f"= {formats.number(case.fte_freed, 2)} årsværk ({formats.number(case.hours_per_fte)} timer pr. årsværk)"
            "</div>"
        )
        self.figures.value = key_figures_html(result)
        self._stale = set(TABS)
        self._draw(self.visible_tab)
        if self.save_as:
            save_work(self.save_as, {name: control.value for name, control in self.controls.items()})

    def _draw(self, kind: str) -> None:
        if kind not in self._stale or self.result is None:
            return
        case = self.result.case
        data = {"tornado": lambda: sensitivity(case), "scenarios": lambda: scenarios(case)}.get(
            kind, lambda: self.result
        )()
        chart = self.charts[kind].update(data)
        png = base64.b64encode(chart.png()).decode("ascii")
        self.outputs[kind].outputs = (
            {
                "output_type": "display_data",
                "data": {"image/png": png, "text/plain": f"Diagram: {chart.title or TABS[kind]}"},
                "metadata": {},
            },
        )
        self._stale.discard(kind)


def key_figures_html(result: BusinessCaseResult) -> str:
    """The key figures as HTML: NPV, payback, IRR, benefit/cost ratio and the årsværk freed."""
    case = result.case
    irr = formats.percent(result.irr, 1) if result.irr is not None else "findes ikke"
    ratio = formats.number(result.benefit_cost_ratio, 2) if result.benefit_cost_ratio is not None else "–"
    verdict = "✅ positiv" if result.npv > 0 else "❌ negativ" if result.npv < 0 else "0"
    rows = [
        ("Nutidsværdi", f"{formats.kr(result.npv)} ({verdict})"),
        ("Tilbagebetalingstid", payback_text(result)),
        ("Intern rente", irr),
        ("Gevinst pr. krone brugt (nutidsværdi)", ratio),
        ("Frigjort tid", f"{formats.hours(case.hours_freed)} om året = {formats.number(case.fte_freed, 2)} årsværk"),
        ("Diskonteringsrente og horisont", f"{formats.percent(case.discount_rate, 1)} i {case.horizon} år"),
    ]
    body = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<table class='bc-figures' style='font-size:1.1em'>{body}</table>"


def business_case_explorer(case: BusinessCase | None = None, **options) -> widgets.VBox:
    """The business-case explorer, ready to show (``options`` go to ``BusinessCaseExplorer``)."""
    return BusinessCaseExplorer(case, **options).view


def _example_note(qualitative: pd.DataFrame | None) -> str:
    return " – eksempel (illustrativt)" if qualitative is None else ""


def numbers_and_qualities(result: BusinessCaseResult, qualitative: pd.DataFrame | None = None) -> widgets.HBox:
    """The key figures next to the qualitative benefits: not every gain is money."""
    table = example_qualitative() if qualitative is None else qualitative
    numbers = widgets.HTML("<h4 style='margin:.3em 0'>I kroner</h4>" + key_figures_html(result))
    heading = f"<h4 style='margin:.3em 0'>Det, der ikke kan gøres op i kroner{_example_note(qualitative)}</h4>"
    qualities = widgets.HTML(heading + to_html(table))
    numbers.layout.min_width = "28em"
    numbers.layout.margin = "0 2em 0 0"
    return widgets.HBox([numbers, qualities])


_MONEY_COLUMNS = (
    "Gevinst af frigjorte timer",
    "Andre gevinster",
    "Engangsomkostninger",
    "Driftsomkostninger",
    "Netto",
    "Akkumuleret netto",
    "Nutidsværdi af netto",
)


def yearly_table(result: BusinessCaseResult) -> pd.DataFrame:
    """The yearly flows with Danish numbers ("1.234 kr.", "50 %"), one row per year, for reading."""
    table = result.table().set_index("År")
    shown = pd.DataFrame(index=table.index)
    shown["Gevinstrealisering"] = [formats.percent(v) for v in table["Gevinstrealisering"]]
    for column in _MONEY_COLUMNS:
        shown[column] = [formats.kr(v) for v in table[column]]
    return shown


PLAN_DRAFT_NAME = "gevinstrealiseringsplan_kladde"


class RealisationPlanEditor:
    """The learner's gevinstrealiseringsplan as a table of text fields: add and remove benefits, type in Danish.

    Every change is saved at once as a draft (``gevinstrealiseringsplan_kladde``), even half-filled, so a kernel
    restart loses nothing; a complete plan is also saved as the plan itself and drawn.

    >>> import os, tempfile
    >>> os.environ["WORKBOOK_WORK_DIR"] = tempfile.mkdtemp()
    >>> editor = RealisationPlanEditor()
    >>> editor.add_row()
    >>> "er tomt" in editor.status.value
    True
    """

    def __init__(self):
        saved = load_work(PLAN_DRAFT_NAME)
        rows = saved if saved else load_plan().to_dict("records")
        self.rows: list[dict[str, widgets.Text]] = []
        self.table = widgets.VBox()
        self.status = widgets.HTML()
        self.chart = widgets.Output()
        add = widgets.Button(description="Tilføj gevinst", icon="plus", button_style="primary")
        add.on_click(lambda _button: self.add_row())
        header = widgets.HBox(
            [
                widgets.HTML(f"<strong>{html.escape(label)}</strong>", layout=self._cell())
                for label in PLAN_COLUMNS.values()
            ]
        )
        self.view = widgets.VBox([header, self.table, add, self.status, self.chart])
        for row in rows:
            self._append(row)
        self.changed()

    @staticmethod
    def _cell() -> widgets.Layout:
        return widgets.Layout(width="15%", min_width="9em")

    def _append(self, values: dict) -> None:
        fields = {}
        for column, label in PLAN_COLUMNS.items():
            field = widgets.Text(value=str(values.get(column, "") or ""), placeholder=label, layout=self._cell())
            field.observe(self.changed, names="value")
            fields[column] = field
        self.rows.append(fields)
        remove = widgets.Button(description="Fjern", icon="trash", layout=widgets.Layout(width="7em"))
        remove.on_click(lambda _button, row=fields: self.remove_row(row))
        self.table.children = (*self.table.children, widgets.HBox([*fields.values(), remove]))

    def add_row(self) -> None:
        self._append({})
        self.changed()

    def remove_row(self, fields: dict) -> None:
        index = self.rows.index(fields)
        self.rows.pop(index)
        self.table.children = tuple(box for i, box in enumerate(self.table.children) if i != index)
        self.changed()

    def values(self) -> list[dict[str, str]]:
        return [{column: field.value for column, field in row.items()} for row in self.rows]

    def changed(self, _change=None) -> None:
        draft = self.values()
        save_work(PLAN_DRAFT_NAME, draft)
        try:
            plan = save_plan(draft)
        except ValueError as error:
            self.status.value = f"<p>✏️ Kladden er gemt. Mangler: {html.escape(str(error))}</p>"
            return
        self.status.value = f"<p>✅ Planen er gemt ({len(plan)} gevinster).</p>"
        show_figure(self.chart, realisation_plan_chart(plan, source="Kilde: jeres egen plan."))


def realisation_plan_editor() -> widgets.VBox:
    """The benefit realisation plan editor of notebook 06, with the learner's saved plan (or the example)."""
    return RealisationPlanEditor().view
