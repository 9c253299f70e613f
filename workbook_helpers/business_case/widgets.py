"""The business-case explorer and the realisation plan editor: thin wiring between controls, model and charts.

The controls are read into a ``model.BusinessCase``, the model computes, ``charts.LiveChart`` redraws the chart on
the visible tab (the others are redrawn when their tab is opened). Bad input is caught and shown as a Danish message
in the widget, never as a traceback. The learner's inputs and key results are saved to the case as they work
(``case.part("business_case")``), and the line under the figures says whether that worked.

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

import ipywidgets as widgets
import pandas as pd

from workbook_helpers import case as learner_case
from workbook_helpers import formats
from workbook_helpers.display import table as readable_table
from workbook_helpers.messages import EXAMPLE_LABEL, status_html
from workbook_helpers.style import show_figure

from .charts import ILLUSTRATIVE, LiveChart, irr_text, payback_text, realisation_plan_chart
from .defaults import defaults, defaults_html
from .examples import EXAMPLE_CASES_PER_YEAR, example_case
from .model import (
    PARAMETER_LABELS,
    PARAMETER_SHORT_LABELS,
    BusinessCase,
    BusinessCaseError,
    BusinessCaseResult,
    case_record,
    evaluate,
    hours_from_volume,
    parse_number,
    parse_ramp,
    plausibility,
    ramp_text,
    scenarios,
    sensitivity,
    workflow_hours,
)
from .qualitative import PLAN_COLUMNS, example_plan, example_qualitative, plan_rows, to_html

__all__ = ["BusinessCaseExplorer", "RealisationPlanEditor", "business_case_explorer", "parse_ramp", "ramp_text"]

#: Tab order: key -> Danish tab title.
TABS: dict[str, str] = {
    "cumulative": "Tilbagebetaling",
    "yearly": "Pr. år",
    "waterfall": "Vandfald",
    "tornado": "Følsomhed",
    "scenarios": "Scenarier",
}

_WIDE = {"description_width": "14em"}
OWN_SOURCE = "Kilde: dine egne tal og antagelser (skrevet i udforskeren)."
WORKFLOW_SOURCE = "Kilde: de frigjorte timer fra din egen arbejdsgang (notebook 03) og dine egne antagelser."


def _slider(value, low, high, step, label, kind=widgets.FloatSlider):
    # The slider's own readout cannot write Danish numbers, so a Danish readout is shown beside it instead.
    return kind(
        value=value, min=low, max=high, step=step, description=label, readout=False, continuous_update=False,
        style=_WIDE, layout=widgets.Layout(width="23em", max_width="100%"),
    )  # fmt: skip


def _amount(value: float) -> str:
    """An amount for a text field in Danish format: 250000 -> "250.000", 2.5 -> "2,5"."""
    return formats.number(value, 0 if float(value) % 1 == 0 else 2)


def _number(value, label):
    # A text field, not a FloatText: a browser number field reads the Danish "250.000" as 250.
    return widgets.Text(
        value=_amount(value), description=label, continuous_update=False, style=_WIDE,
        layout=widgets.Layout(width="26em", max_width="100%"),
    )  # fmt: skip


#: How each slider's value is shown in Danish next to it.
_READOUTS = {
    "cases_per_year": lambda v: formats.number(v),
    "minutes_saved": lambda v: formats.number(v, 1),
    "hourly_cost": lambda v: formats.kr(v),
    "horizon": lambda v: formats.count(v, "år", "år"),
    "discount_rate": lambda v: formats.percent(v / 100, 1),
}

#: The groups of controls, in the order the learner meets them.
_GROUPS: dict[str, list[str]] = {
    "Gevinster": ["cases_per_year", "minutes_saved", "hourly_cost", "other_benefits", "ramp_up"],
    "Engangsomkostninger (år 0)": ["implementation", "licences", "training", "internal_hours"],
    "Drift": ["running_cost"],
    "Forudsætninger": ["horizon", "discount_rate", "hours_per_fte"],
}

#: Controls typed as text, and how each is read (a Danish BusinessCaseError naming the field when it is wrong).
_TEXT_READERS = {
    "other_benefits": lambda v: parse_number("other_benefits", v),
    "ramp_up": parse_ramp,
    "implementation": lambda v: parse_number("implementation", v),
    "licences": lambda v: parse_number("licences", v),
    "training": lambda v: parse_number("training", v),
    "internal_hours": lambda v: parse_number("internal_hours", v),
    "running_cost": lambda v: parse_number("running_cost", v),
    "hours_per_fte": lambda v: parse_number("hours_per_fte", v),
}


def _captions() -> dict[str, str]:
    found = defaults()
    rate, fte = found["discount_rate"], found["hours_per_fte"]
    return {
        "hourly_cost": f"{found['hourly_cost'].status}: der findes ingen officiel timepris.",
        "discount_rate": f"Standard {formats.percent(rate.value, 1)}: {rate.source_line()}",
        "hours_per_fte": f"Standard {formats.number(fte.value)} timer (brutto): {fte.source_line()}",
        "ramp_up": "Procent af den fulde gevinst i år 1, 2, … adskilt af semikolon, fx 50; 100. Det sidste tal "
        "gælder resten af perioden.",
        "other_benefits": "Fx færre fejl, sparet porto og papir, i kr. pr. år.",
        "internal_hours": "Medarbejdernes timer i projektet; de regnes med timeprisen.",
    }


# Tab titles as wide as their text, so a narrow screen never cuts »Tilbagebetaling« to »Tilbagebetalir«.
_TAB_CSS = (
    "<style>.bc-tabs .lm-TabBar-tab,.bc-tabs .p-TabBar-tab{flex:0 0 auto !important;min-width:max-content;"
    "max-width:none}.bc-tabs .lm-TabBar-content,.bc-tabs .p-TabBar-content{flex-wrap:wrap}</style>"
)


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f"<h4 style='margin:.6em 0 .2em'>{html.escape(text)}</h4>")


class BusinessCaseExplorer:
    """Every parameter of a business case as a slider or a field, with the key figures, five charts, the sources
    of the defaults and the qualitative benefits next to the numbers.

    ``source`` tells where the numbers come from: "example" (untouched), "typed" (the learner changed something)
    or "own_workflow" (the hours freed come from the learner's own to-be workflow, button »Brug min arbejdsgang«).
    """

    def __init__(
        self,
        case: BusinessCase | None = None,
        *,
        cases_per_year: float = EXAMPLE_CASES_PER_YEAR,
        qualitative: pd.DataFrame | None = None,
        source: str = ILLUSTRATIVE,
        save: bool = True,
    ):
        self.handle = learner_case.part("business_case") if save else None
        self.example_source = source
        self.source = "example"
        self.own_hours: float | None = None
        self.result: BusinessCaseResult | None = None
        self._restoring = True
        self.controls = self._make_controls(case or example_case(), cases_per_year)
        self.readouts = {name: widgets.HTML() for name in _READOUTS}
        self.hours_line = widgets.HTML()
        self.origin = widgets.HTML()
        self.warnings = widgets.HTML()
        self.save_status = widgets.HTML()
        self.save_status.add_class("bc-gemt")
        self._restore()
        self.view = self._layout(self._control_rows(), self._results(), qualitative)
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self._restoring = False
        self.refresh(save=False)

    # -- building ------------------------------------------------------------------------------------------------

    @staticmethod
    def _make_controls(case: BusinessCase, cases_per_year: float) -> dict[str, widgets.ValueWidget]:
        minutes = case.hours_freed * 60 / cases_per_year if cases_per_year else 0.0
        return {
            "cases_per_year": _slider(cases_per_year, 0, max(20_000, 2 * cases_per_year), 100,
                                      PARAMETER_LABELS["cases_per_year"]),
            "minutes_saved": _slider(round(minutes, 1), 0, max(60, 2 * minutes), 0.5,
                                     PARAMETER_LABELS["minutes_saved"]),
            "hourly_cost": _slider(case.hourly_cost, 100, max(1000, 2 * case.hourly_cost), 5,
                                   PARAMETER_LABELS["hourly_cost"]),
            "other_benefits": _number(case.other_benefits, PARAMETER_SHORT_LABELS["other_benefits"]),
            "ramp_up": widgets.Text(value=ramp_text(case.ramp_up), description="Gevinstrealisering",
                                    continuous_update=False, style=_WIDE,
                                    layout=widgets.Layout(width="26em", max_width="100%")),
            "implementation": _number(case.implementation, PARAMETER_SHORT_LABELS["implementation"]),
            "licences": _number(case.licences, PARAMETER_SHORT_LABELS["licences"]),
            "training": _number(case.training, PARAMETER_SHORT_LABELS["training"]),
            "internal_hours": _number(case.internal_hours, PARAMETER_SHORT_LABELS["internal_hours"]),
            "running_cost": _number(case.running_cost, PARAMETER_LABELS["running_cost"]),
            "horizon": _slider(case.horizon, 1, 35, 1, PARAMETER_LABELS["horizon"], widgets.IntSlider),
            "discount_rate": _slider(case.discount_rate * 100, 0, 10, 0.1, "Diskonteringsrente"),
            "hours_per_fte": _number(case.hours_per_fte, PARAMETER_LABELS["hours_per_fte"]),
        }  # fmt: skip

    def _control_rows(self) -> list[widgets.Widget]:
        captions = _captions()
        self.own_button = widgets.Button(
            description="Brug min arbejdsgang", icon="download", button_style="primary",
            tooltip="Hent de frigjorte timer fra din fremtidige arbejdsgang (notebook 03)",
            layout=widgets.Layout(width="auto"),
        )  # fmt: skip
        self.own_button.on_click(lambda _button: self.use_own_workflow())
        self.typed_button = widgets.Button(description="Skriv timerne selv", layout=widgets.Layout(width="auto"))
        self.typed_button.on_click(lambda _button: self.use_typed_hours())
        rows: list[widgets.Widget] = [
            self.origin,
            widgets.HBox([self.own_button, self.typed_button], layout=widgets.Layout(flex_flow="row wrap")),
        ]
        for heading, names in _GROUPS.items():
            rows.append(_heading(heading))
            for name in names:
                control = self.controls[name]
                if name in self.readouts:
                    control = widgets.HBox([control, self.readouts[name]], layout=widgets.Layout(max_width="100%"))
                rows.append(control)
                if name in captions:
                    rows.append(widgets.HTML(f"<div style='margin:0 0 .3em 1em;font-size:.9em;color:#444'>"
                                             f"{html.escape(captions[name])}</div>"))  # fmt: skip
                if name == "minutes_saved":
                    rows.append(self.hours_line)
        return rows

    def _results(self) -> widgets.VBox:
        self.figures = widgets.HTML()
        self.figures.add_class("bc-noegletal")
        self.message = widgets.HTML()
        self.message.add_class("bc-besked")
        self.charts = {kind: LiveChart(kind, source=self.example_source) for kind in TABS}
        self.outputs = {kind: widgets.Output(layout=widgets.Layout(max_width="100%")) for kind in TABS}
        self.tabs = widgets.Tab(children=[self.outputs[kind] for kind in TABS], titles=list(TABS.values()))
        self.tabs.observe(self._on_tab, names="selected_index")
        self.tabs.add_class("bc-tabs")
        self.chart_text = widgets.HTML(_TAB_CSS)
        self.chart_text.add_class("bc-diagramtekst")
        self._stale: set[str] = set(TABS)
        return widgets.VBox(
            [self.figures, self.warnings, self.message, self.save_status, self.tabs, self.chart_text],
            layout=widgets.Layout(flex="1 1 26em", min_width="0", max_width="100%"),
        )

    @staticmethod
    def _layout(rows: list[widgets.Widget], results: widgets.VBox, qualitative: pd.DataFrame | None) -> widgets.VBox:
        # Controls and results side by side on a wide screen; on a narrow one (1024 px with the file browser open)
        # the results wrap under the controls instead of being cut off.
        controls = widgets.VBox(rows, layout=widgets.Layout(flex="0 1 30em", max_width="100%", margin="0 1.5em 0 0"))
        qualitative_table = example_qualitative() if qualitative is None else qualitative
        side = widgets.HTML(
            f"<h4 style='margin:.6em 0 .2em'>Det, der ikke kan gøres op i kroner{_example_note(qualitative)}</h4>"
            f"<div style='font-size:.9em'>{to_html(qualitative_table)}</div>"
        )
        sources = widgets.HTML("<h4 style='margin:.6em 0 .2em'>Standardværdier og kilder</h4>" + defaults_html())
        top = widgets.HBox([controls, results], layout=widgets.Layout(flex_flow="row wrap", width="100%"))
        return widgets.VBox([top, side, sources], layout=widgets.Layout(width="100%", max_width="100%"))

    # -- the learner's case ----------------------------------------------------------------------------------------

    def _restore(self) -> None:
        """Put the saved controls back (old save files had the controls at the top level)."""
        saved = self.handle.value if self.handle is not None else None
        if not isinstance(saved, dict):
            return
        controls = saved.get("controls") if isinstance(saved.get("controls"), dict) else saved
        for name, value in controls.items():
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
        if saved.get("source") == "own_workflow" and isinstance(saved.get("hours_freed"), int | float):
            self.source, self.own_hours = "own_workflow", float(saved["hours_freed"])
        elif saved.get("source") in ("typed", "own_workflow") or not self.handle.example:
            self.source = "typed"

    def use_own_workflow(self) -> None:
        """Take the hours freed from the learner's own to-be workflow (case parts ``to_be`` and ``as_is``)."""
        as_is, to_be = learner_case.part("as_is"), learner_case.part("to_be")
        if to_be.value is None:
            self.message.value = status_html(
                "warning", "Du har ikke gemt en fremtidig arbejdsgang endnu. Det gør du i notebook 03 "
                "(arbejdsgangsanalysen); indtil da regner udforskeren med de timer, der står her."
            )  # fmt: skip
            return
        if to_be.example or (as_is.value is not None and as_is.example):
            self.message.value = status_html(
                "warning", f"Arbejdsgangen i notebook 03 er stadig eksemplet ({EXAMPLE_LABEL}), ikke din egen. "
                "Skriv din egen arbejdsgang i notebook 03 først; udforskeren bruger ikke eksemplet som dit."
            )  # fmt: skip
            return
        try:
            hours = workflow_hours(as_is.value, to_be.value)
        except BusinessCaseError as error:
            self.message.value = status_html("error", str(error))
            return
        self.source, self.own_hours = "own_workflow", hours
        self.refresh()

    def use_typed_hours(self) -> None:
        """Back to the hours from the volume and minutes sliders."""
        self.source = "typed"
        self.own_hours = None
        self.refresh()

    def _origin_html(self) -> str:
        if self.source == "own_workflow":
            return status_html("ok", f"Dine egne tal: de frigjorte timer ({formats.hours(self.own_hours, 'auto')} "
                               "om året) er fra din egen fremtidige arbejdsgang i notebook 03.")  # fmt: skip
        if self.source == "typed":
            return status_html("info", "Dine egne tal: du har selv skrevet eller flyttet tallene her.")
        return status_html("info", f"{EXAMPLE_LABEL}: tallene er eksemplets. Tryk »Brug min arbejdsgang« eller ret "
                           "tallene, så bliver de dine egne.")  # fmt: skip

    def _save(self, result: BusinessCaseResult, invalid: list[str]) -> None:
        """Save the inputs and key results to the case; fields that cannot be read keep their last saved value."""
        if self.handle is None:
            return
        valid_controls = {name: c.value for name, c in self.controls.items() if name not in invalid}
        # A field that cannot be read is saved with the last valid value the figures were computed with.
        last_valid = {
            name: ramp_text(result.case.ramp_up) if name == "ramp_up" else _amount(getattr(result.case, name))
            for name in invalid
            if hasattr(result.case, name)
        }
        controls = {**valid_controls, **last_valid}
        record = case_record(result, self.source, controls=controls)
        saved = self.handle.save(record, example=self.source == "example", saved_text="Gemt i din sag.")
        if not saved.ok:
            self.save_status.value = status_html(
                "error", f"Ikke gemt: {saved.message}", detail="Dine tal står stadig her; prøv igen om lidt."
            )
        elif invalid:
            names = ", ".join(f"»{PARAMETER_SHORT_LABELS.get(name, name)}«" for name in invalid)
            self.save_status.value = status_html(
                "warning", f"Gemt i din sag, undtagen {names}: ret feltet, så bliver det også gemt."
            )
        elif self.source == "example":
            self.save_status.value = status_html("info", f"Gemt som {EXAMPLE_LABEL.lower()}; det er ikke dine tal.")
        else:
            self.save_status.value = status_html("ok", saved.message)

    # -- reading the controls ----------------------------------------------------------------------------------

    def read_case(self) -> BusinessCase:
        """The business case the controls describe (a Danish BusinessCaseError if a field is wrong)."""
        case, errors = self._read(fallback=None)
        if errors:
            raise BusinessCaseError(errors[0][1])
        return case

    def _read(self, fallback: BusinessCase | None) -> tuple[BusinessCase | None, list[tuple[str, str]]]:
        """The case, and every field that cannot be read as (control name, Danish message). A field that cannot be
        read takes its value from ``fallback`` (the last valid case), so one bad field does not stop the others."""
        values: dict[str, object] = {}
        errors: list[tuple[str, str]] = []
        for name, control in self.controls.items():
            reader = _TEXT_READERS.get(name)
            try:
                values[name] = reader(control.value) if reader else control.value
            except BusinessCaseError as error:
                errors.append((name, str(error)))
                if fallback is not None:
                    values[name] = getattr(fallback, name)
        if errors and fallback is None:
            return None, errors
        volume, minutes = values.pop("cases_per_year"), values.pop("minutes_saved")
        hours = self.own_hours if self.source == "own_workflow" else hours_from_volume(volume, minutes)
        values["discount_rate"] = float(values["discount_rate"]) / 100
        try:
            return BusinessCase(hours_freed=hours, **values), errors
        except BusinessCaseError as error:
            named = [name for name in self.controls if f"»{PARAMETER_LABELS.get(name)}«" in str(error)]
            return None, [(named[0] if named else "", str(error))]

    # -- updating ------------------------------------------------------------------------------------------------

    def _on_change(self, _change=None) -> None:
        if self._restoring:
            return
        if self.source == "example":
            self.source = "typed"
        self.refresh()

    def _on_tab(self, _change=None) -> None:
        self._draw(self.visible_tab)

    @property
    def visible_tab(self) -> str:
        """The key of the chart tab the learner is looking at."""
        return list(TABS)[self.tabs.selected_index or 0]

    def refresh(self, save: bool = True) -> None:
        """Read the controls, compute, and update the figures and the visible chart (the others when shown)."""
        for name, readout in self.readouts.items():
            readout.value = (
                f"<span style='font-size:1.05em'>{html.escape(_READOUTS[name](self.controls[name].value))}</span>"
            )
        self.origin.value = self._origin_html()
        for control in ("cases_per_year", "minutes_saved"):
            self.controls[control].disabled = self.source == "own_workflow"
        case, errors = self._read(fallback=self.result.case if self.result is not None else None)
        self.message.value = ""
        if errors:
            listed = "\n".join(message for _name, message in errors)
            self.message.value = status_html(
                "error", f"Tjek dit input: {listed}",
                detail="Indtil feltet er rettet, regner udforskeren med den sidste gyldige værdi i det felt.",
            )  # fmt: skip
        if case is None:
            return
        result = evaluate(case)
        self.result = result
        self.warnings.value = "".join(status_html("warning", text) for text in plausibility(case))
        self.hours_line.value = (
            f"<div style='margin:0 0 .3em 1em'>= <strong>{formats.hours(case.hours_freed)}</strong> om året "
            f"= {formats.number(case.fte_freed, 2)} årsværk ({formats.number(case.hours_per_fte)} timer pr. årsværk)"
            + (" – fra din egen arbejdsgang" if self.source == "own_workflow" else "")
            + "</div>"
        )
        self.figures.value = key_figures_html(result)
        source = {"example": self.example_source, "typed": OWN_SOURCE, "own_workflow": WORKFLOW_SOURCE}[self.source]
        for chart in self.charts.values():
            chart.set_source(source)
        self._stale = set(TABS)
        self._draw(self.visible_tab)
        if save:
            self._save(result, [name for name, _message in errors])

    def _draw(self, kind: str) -> None:
        if kind not in self._stale or self.result is None:
            return
        case = self.result.case
        data = {"tornado": lambda: sensitivity(case), "scenarios": lambda: scenarios(case)}.get(
            kind, lambda: self.result
        )()
        chart = self.charts[kind].update(data)
        png = base64.b64encode(chart.png()).decode("ascii")
        # The picture scales down to the width of a narrow screen, and carries its Danish text alternative.
        picture = (
            f"<img src='data:image/png;base64,{png}' alt='{html.escape(chart.description, quote=True)}' "
            "style='max-width:100%;height:auto'>"
        )
        self.outputs[kind].outputs = (
            {"output_type": "display_data",
             "data": {"text/html": picture, "image/png": png, "text/plain": chart.description}, "metadata": {}},
        )  # fmt: skip
        self.chart_text.value = (
            f"{_TAB_CSS}<details><summary>Diagrammet i ord</summary><p>{html.escape(chart.description)}</p></details>"
        )
        self._stale.discard(kind)


def key_figures_html(result: BusinessCaseResult) -> str:
    """The key figures as HTML: NPV, payback, IRR, benefit/cost ratio and the årsværk freed."""
    case = result.case
    ratio = formats.number(result.benefit_cost_ratio, 2) if result.benefit_cost_ratio is not None else "–"
    verdict = "✅ positiv" if result.npv > 0 else "❌ negativ" if result.npv < 0 else "0"
    rows = [
        ("Nutidsværdi", f"{formats.kr(result.npv)} ({verdict})"),
        ("Tilbagebetalingstid", payback_text(result)),
        ("Intern rente", irr_text(result)),
        ("Gevinst pr. krone brugt (nutidsværdi)", ratio),
        ("Frigjort tid", f"{formats.hours(case.hours_freed)} om året = {formats.number(case.fte_freed, 2)} årsværk"),
        ("Diskonteringsrente og horisont", f"{formats.percent(case.discount_rate, 1)} i {case.horizon} år"),
    ]
    body = "".join(
        f"<tr><th style='text-align:left;padding-right:1em;vertical-align:top'>{html.escape(label)}</th>"
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<table class='bc-figures' style='font-size:1.1em;max-width:100%'>{body}</table>"


def business_case_explorer(case: BusinessCase | None = None, **options) -> widgets.VBox:
    """The business-case explorer, ready to show (``options`` go to ``BusinessCaseExplorer``)."""
    return BusinessCaseExplorer(case, **options).view


def _example_note(qualitative: pd.DataFrame | None) -> str:
    return f" – {EXAMPLE_LABEL.lower()}" if qualitative is None else ""


def numbers_and_qualities(result: BusinessCaseResult, qualitative: pd.DataFrame | None = None) -> widgets.Box:
    """The key figures next to the qualitative benefits (under them on a narrow screen): not every gain is money."""
    table = example_qualitative() if qualitative is None else qualitative
    numbers = widgets.HTML(
        "<h4 style='margin:.3em 0'>I kroner</h4>" + key_figures_html(result),
        layout=widgets.Layout(flex="0 1 28em", margin="0 2em 0 0", max_width="100%"),
    )
    heading = f"<h4 style='margin:.3em 0'>Det, der ikke kan gøres op i kroner{_example_note(qualitative)}</h4>"
    qualities = widgets.HTML(heading + to_html(table), layout=widgets.Layout(flex="1 1 24em", max_width="100%"))
    return widgets.HBox([numbers, qualities], layout=widgets.Layout(flex_flow="row wrap", width="100%"))


_MONEY_COLUMNS = (
    "Gevinst af frigjorte timer",
    "Andre gevinster",
    "Engangsomkostninger",
    "Driftsomkostninger",
    "Netto",
    "Akkumuleret netto",
    "Nutidsværdi af netto",
)


def yearly_table(result: BusinessCaseResult):
    """The yearly flows with Danish numbers ("1.234 kr.", "50 %"), one row per year, for reading (never cut)."""
    table = result.table()
    shown = pd.DataFrame({"År": [str(year) for year in table["År"]]})
    shown["Gevinstrealisering"] = [formats.percent(v) for v in table["Gevinstrealisering"]]
    for column in _MONEY_COLUMNS:
        shown[column] = [formats.kr(v) for v in table[column]]
    return readable_table(shown)


# --- the realisation plan ------------------------------------------------------------------------------------


def _plan_source(example: bool) -> str:
    return f"{EXAMPLE_LABEL}: en plan for robotten i eksemplet." if example else "Kilde: din egen plan."


class RealisationPlanEditor:
    """The learner's gevinstrealiseringsplan: one small form per benefit (fits a narrow screen), typed in Danish.

    It starts empty, or with the plan saved in the learner's case; »Start fra eksemplet« fills in the example,
    clearly labelled as an example until the learner changes it. Every change is saved to the case part
    ``benefits_plan`` at once, even half-filled, and the status line says what was saved and what is missing.

    >>> import os, tempfile
    >>> os.environ["WORKBOOK_WORK_DIR"] = tempfile.mkdtemp()
    >>> editor = RealisationPlanEditor()
    >>> len(editor.rows), "tom" in editor.status.value
    (1, True)
    """

    def __init__(self):
        self.handle = learner_case.part("benefits_plan")
        saved_rows = plan_rows(self.handle.value)
        self.example = bool(self.handle.example and saved_rows)
        self.rows: list[dict[str, widgets.Text]] = []
        self.table = widgets.VBox(layout=widgets.Layout(width="100%", max_width="42em"))
        self.origin = widgets.HTML()
        self.status = widgets.HTML()
        self.status.add_class("bc-plan-status")
        self.chart = widgets.Output(layout=widgets.Layout(max_width="100%"))
        add = widgets.Button(description="Tilføj gevinst", icon="plus", button_style="primary")
        add.on_click(lambda _button: self.add_row())
        start = widgets.Button(description="Start fra eksemplet", icon="copy", layout=widgets.Layout(width="auto"))
        start.on_click(lambda _button: self.start_from_example())
        buttons = widgets.HBox([add, start], layout=widgets.Layout(flex_flow="row wrap"))
        self.view = widgets.VBox([self.origin, self.table, buttons, self.status, self.chart],
                                 layout=widgets.Layout(width="100%", max_width="100%"))  # fmt: skip
        self._loading = True
        for row in saved_rows or [{}]:
            self._append(row)
        self._loading = False
        self.changed(save=False)

    def _append(self, values: dict) -> None:
        fields = {}
        for column, label in PLAN_COLUMNS.items():
            field = widgets.Text(
                value=str(values.get(column, "") or ""), description=label, placeholder=_PLACEHOLDERS[column],
                style={"description_width": "9em"}, layout=widgets.Layout(width="100%", max_width="40em"),
            )  # fmt: skip
            field.observe(self._typed, names="value")
            fields[column] = field
        self.rows.append(fields)
        remove = widgets.Button(description="Fjern gevinsten", icon="trash", layout=widgets.Layout(width="auto"))
        remove.on_click(lambda _button, row=fields: self.remove_row(row))
        number = len(self.rows)
        box = widgets.VBox(
            [widgets.HTML(f"<strong>Gevinst {number}</strong>"), *fields.values(), remove],
            layout=widgets.Layout(border="1px solid #ccc", padding=".3em .6em", margin=".3em 0", max_width="100%"),
        )
        self.table.children = (*self.table.children, box)

    def _typed(self, _change=None) -> None:
        if self._loading:
            return
        self.example = False  # the learner changed something: from now on it is their own plan
        self.changed()

    def add_row(self) -> None:
        self._append({})
        self.example = False
        self.changed()

    def remove_row(self, fields: dict) -> None:
        index = self.rows.index(fields)
        self.rows.pop(index)
        self.table.children = tuple(box for i, box in enumerate(self.table.children) if i != index)
        self.example = False
        self.changed()

    def start_from_example(self) -> None:
        """Replace the rows with the example plan (labelled as an example until the learner changes it)."""
        self._loading = True
        self.rows, self.table.children = [], ()
        for row in example_plan().to_dict("records"):
            self._append(row)
        self._loading = False
        self.example = True
        self.changed()

    def values(self) -> list[dict[str, str]]:
        return [{column: field.value for column, field in row.items()} for row in self.rows]

    def changed(self, _change=None, save: bool = True) -> None:
        """Save what is typed (a draft is saved too) and say what was saved, what is missing, and draw the plan."""
        typed = [row for row in self.values() if any(text.strip() for text in row.values())]
        record, problems = plan_record(typed)
        self.origin.value = status_html(
            "info", f"{EXAMPLE_LABEL}: ret planen til din egen." if self.example else
            "Din egen plan." if typed else "Planen er tom: skriv din første gevinst, eller start fra eksemplet."
        )  # fmt: skip
        if save:
            saved = self.handle.save(record, example=self.example, saved_text="Gemt i din sag.")
            if not saved.ok:
                self.status.value = status_html(
                    "error", f"Ikke gemt: {saved.message}", detail="Det, du har skrevet, står stadig her."
                )
                return
        if not typed:
            self.status.value = status_html("info", "Planen er tom: der er ikke noget at gemme endnu.")
            self.chart.outputs = ()
            return
        what = "eksemplet" if self.example else f"din plan ({formats.count(len(typed), 'gevinst', 'gevinster')})"
        if problems:
            self.status.value = (
                status_html("warning", f"Gemt som kladde: {what}. Det mangler:\n" + "\n".join(problems))
                if save
                else status_html("warning", "Det mangler:\n" + "\n".join(problems))
            )
            self.chart.outputs = ()
            return
        self.status.value = status_html("ok", f"Gemt i din sag: {what}." if save else f"Planen er klar: {what}.")
        show_figure(self.chart, realisation_plan_chart(pd.DataFrame(record["rows"]), source=_plan_source(self.example)))


_PLACEHOLDERS = {
    "benefit": "fx Færre rykkere",
    "owner": "en rolle, fx Teamleder (intet navn)",
    "measure": "fx Antal rykkere pr. måned",
    "baseline": "fx 40 pr. måned (i dag)",
    "target": "fx 10 pr. måned",
    "date": "dato, fx 1.6.2027",
}


def plan_record(rows: list[dict[str, str]]) -> tuple[dict, list[str]]:
    """The case part ``benefits_plan`` for the typed rows, and the Danish list of what is still missing.

    Dates are saved as ISO dates (``date``); a date that cannot be read is kept as typed (``when``) and named.
    """
    from workbook_helpers.formats import parse_date

    clean, problems = [], []
    for number, row in enumerate(rows, start=1):
        record = {column: " ".join(str(row.get(column, "")).split()) for column in PLAN_COLUMNS}
        for column, label in PLAN_COLUMNS.items():
            if not record[column]:
                problems.append(f"Gevinst {number}: feltet »{label}« er tomt.")
        record["when"] = record["date"]
        if record["date"]:
            try:
                record["date"] = parse_date(record["date"]).isoformat()
            except ValueError:
                record["date"] = None
                problems.append(
                    f"Gevinst {number}: »{record['when']}« i feltet »{PLAN_COLUMNS['date']}« er ikke en dato, så "
                    "den er gemt som tekst. Skriv fx 1.6.2027."
                )
        clean.append(record)
    return {"rows": clean}, problems


def realisation_plan_editor() -> widgets.VBox:
    """The benefit realisation plan editor of notebook 06, with the learner's saved plan (or an empty one)."""
    return RealisationPlanEditor().view
