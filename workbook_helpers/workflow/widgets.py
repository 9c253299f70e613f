"""Widgets for arbejdsgangsanalyse: the workflow editor, the to-be scenario and the event-log explorer.

Thin by design: controls wired to ``workflow.model``, ``workflow.eventlog`` and ``workflow.charts``. The callback
logic lives in small methods (``add_row``, ``set_cell``, ``import_file``, ``export`` ...) that tests call directly.
Expected errors are caught and shown in Danish in the widget, never as a traceback.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from workbook_helpers import formats
from workbook_helpers.data import DataError
from workbook_helpers.storage import load_work, save_work, work_dir
from workbook_helpers.style import show_figure
from workbook_helpers.workflow import charts, eventlog
from workbook_helpers.workflow.bpmn import save_bpmn
from workbook_helpers.workflow.files import read_steps, write_steps
from workbook_helpers.workflow.model import (
    ALL_COLUMNS,
    DEFAULTS,
    IRRITATION_COLUMNS,
    LABELS,
    WASTE_NAMES,
    StepError,
    add_irritation,
    change_step,
    hours_freed,
    irritation_table,
    new_irritation_register,
    parse_number,
    remove_step,
    summarise,
    total_hours,
    validate_steps,
)
from workbook_helpers.workflow.schema import INPUT_TYPE_LABELS

OK = "✅"
WARNING = "⚠️"
TEXT_COLUMNS = ("step", "actor", "system")
NUMBER_COLUMNS = ("minutes", "per_year", "wait_hours", "error_rate")
BOOL_COLUMNS = ("rule_based", "double_entry")
WIDTHS = {
    "step": "13em", "actor": "9.5em", "system": "8.5em", "minutes": "4.5em", "per_year": "5em",
    "wait_hours": "5em", "input_type": "10.5em", "rule_based": "4em", "error_rate": "5em", "double_entry": "4em",
}  # fmt: skip
SHORT_LABELS = {
    "step": "Trin", "actor": "Aktør/rolle", "system": "System", "minutes": "Min. pr. gang",
    "per_year": "Gange pr. år", "wait_hours": "Ventetid før (timer)", "input_type": "Input",
    "rule_based": "Faste regler", "error_rate": "Andel om\u00adarbejde (0-1)", "double_entry": "Tastes igen",
}  # fmt: skip


def _status(ok: bool, text: str) -> str:
    """A status line with an icon and words (never colour alone); ``text`` must already be escaped."""
    icon = OK if ok else WARNING
    return f"<p style='margin:.3em 0'>{icon} {text}</p>"


def _count(n: int, one: str, many: str) -> str:
    return f"{formats.number(n)} {one if n == 1 else many}"


def _hours(x: float) -> str:
    return formats.hours(x, 0 if abs(x - round(x)) < 0.05 else 1)


def _cell_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def _row_from_steps(step: pd.Series) -> dict:
    row = {}
    for column in ALL_COLUMNS:
        value = step.get(column, DEFAULTS.get(column, ""))
        if column in BOOL_COLUMNS:
            row[column] = bool(value)
        elif column == "input_type":
            row[column] = value if value in INPUT_TYPE_LABELS else DEFAULTS["input_type"]
        else:
            row[column] = _cell_text(value)
    return row


def _blank_row() -> dict:
    return {
        c: (False if c in BOOL_COLUMNS else DEFAULTS["input_type"] if c == "input_type" else "") for c in ALL_COLUMNS
    }


class WorkflowEditor:
    """An editable step table: add, remove and edit rows; validated as you type; saved automatically.

    Import and export as Excel (.xlsx) and Danish CSV, export as BPMN 2.0, and a swimlane diagram with the hours.
    Work is saved under ``name`` with ``workbook_helpers.storage``, so a new editor with the same name (after a
    kernel restart) shows the same rows. ``start`` is the step table to begin with when nothing is saved yet.
    """

    def __init__(
        self, name: str = "min_arbejdsgang", start: pd.DataFrame | None = None, title: str = "Min arbejdsgang"
    ):
        self.name = name
        saved = load_work(name)
        if saved and saved.get("rows"):
            self.rows = [{**_blank_row(), **row} for row in saved["rows"]]
            title = saved.get("title", title)
        elif start is not None:
            self.rows = [_row_from_steps(step) for _, step in validate_steps(start).iterrows()]
        else:
            self.rows = [_blank_row()]
        self.steps: pd.DataFrame | None = None
        self.error: StepError | None = None

        self.title = widgets.Text(
            value=title,
            description="Navn på arbejdsgangen",
            style={"description_width": "13em"},
            layout=widgets.Layout(width="40em"),
        )
        self.title.observe(lambda _change: self.save(), names="value")
        self.header = widgets.HBox(
            [
                widgets.HTML(f"<b>{SHORT_LABELS[c]}</b>", layout=widgets.Layout(width=WIDTHS[c], flex="0 0 auto"))
                for c in ALL_COLUMNS
            ]
        )
        self.row_box = widgets.VBox()
        # Header and rows scroll sideways together on a narrow screen.
        self.table_box = widgets.VBox([self.header, self.row_box], layout=widgets.Layout(overflow="auto"))
        self.add_button = widgets.Button(description="Tilføj trin", icon="plus", button_style="primary")
        self.add_button.on_click(lambda _b: self.add_row())
        self.draw_button = widgets.Button(
            description="Tegn svømmebaner og timer", icon="refresh", layout=widgets.Layout(width="auto")
        )
        self.draw_button.on_click(lambda _b: self.draw())
        self.status = widgets.HTML()
        self.status.add_class("arbejdsgang-status")
        self.summary = widgets.HTML()
        self.summary.add_class("arbejdsgang-resultat")
        self.chart = widgets.Output()
        self.upload = widgets.FileUpload(accept=".xlsx,.csv", multiple=False, description="Hent fra fil")
        self.upload.observe(self.on_upload, names="value")
        self.file_buttons = {}
        for kind, text in (("xlsx", "Gem som Excel"), ("csv", "Gem som CSV"), ("bpmn", "Gem som BPMN")):
            button = widgets.Button(description=text, icon="download")
            button.on_click(lambda _b, kind=kind: self.export(kind))
            self.file_buttons[kind] = button
        self.file_message = widgets.HTML()
        self.file_message.add_class("arbejdsgang-fil")
        self.view = widgets.VBox(
            [
                self.title,
                self.table_box,
                widgets.HBox([self.add_button, self.draw_button]),
                self.status,
                self.summary,
                widgets.HBox([self.upload, *self.file_buttons.values()]),
                self.file_message,
                self.chart,
            ]
        )
        self.render_rows()
        if not saved:
            self.save()  # what the learner sees is saved from the start, so the to-be scenario can use it
        self.validate()

    # --- rows ----------------------------------------------------------------------------------------------

    def _cell_widget(self, position: int, column: str) -> widgets.Widget:
        layout = widgets.Layout(width=WIDTHS[column], flex="0 0 auto")
        value = self.rows[position][column]
        if column in BOOL_COLUMNS:
            widget = widgets.Checkbox(
                value=bool(value), indent=False, layout=layout, description_allow_html=False, description=""
            )
        elif column == "input_type":
            options = [(label, code) for code, label in INPUT_TYPE_LABELS.items()]
            widget = widgets.Dropdown(options=options, value=value, layout=layout)
        else:
            widget = widgets.Text(
                value=str(value),
                layout=layout,
                continuous_update=True,
                placeholder="0" if column in NUMBER_COLUMNS else "",
            )
        widget.observe(lambda change, p=position, c=column: self.set_cell(p, c, change["new"]), names="value")
        widget.add_class(f"arbejdsgang-{column}")  # for the browser test
        return widget

    def render_rows(self) -> None:
        """Rebuild the row widgets from ``self.rows``."""
        children = []
        for position in range(len(self.rows)):
            cells = [self._cell_widget(position, column) for column in ALL_COLUMNS]
            remove = widgets.Button(icon="trash", tooltip="Fjern trinnet", layout=widgets.Layout(width="3em"))
            remove.on_click(lambda _b, p=position: self.remove_row(p))
            up = widgets.Button(
                icon="arrow-up", tooltip="Flyt trinnet op", layout=widgets.Layout(width="3em"), disabled=position == 0
            )
            up.on_click(lambda _b, p=position: self.move_up(p))
            row = widgets.HBox([*cells, up, remove])
            row.add_class("arbejdsgang-raekke")
            children.append(row)
        self.row_box.children = children

    def cell(self, position: int, column: str) -> widgets.Widget:
        """The widget for one cell (tests set its ``.value`` as a learner would)."""
        return self.row_box.children[position].children[ALL_COLUMNS.index(column)]

    def set_cell(self, position: int, column: str, value: object) -> None:
        self.rows[position][column] = value
        self.changed()

    def add_row(self) -> None:
        self.rows.append(_blank_row())
        self.render_rows()
        self.changed()

    def remove_row(self, position: int) -> None:
        del self.rows[position]
        if not self.rows:
            self.rows.append(_blank_row())
        self.render_rows()
        self.changed()

    def move_up(self, position: int) -> None:
        if position > 0:
            self.rows[position - 1], self.rows[position] = self.rows[position], self.rows[position - 1]
            self.render_rows()
            self.changed()

    # --- state ---------------------------------------------------------------------------------------------

    def table(self) -> pd.DataFrame:
        """The rows as typed (text, not yet validated)."""
        return pd.DataFrame(self.rows, columns=list(ALL_COLUMNS))

    def changed(self) -> None:
        self.save()
        self.validate()

    def save(self) -> None:
        save_work(self.name, {"title": self.title.value if hasattr(self, "title") else "", "rows": self.rows})

    def validate(self) -> bool:
        """Check the rows; show the first problem (row and column) or the key figures. True when all is well."""
        try:
            self.steps = validate_steps(self.table())
            self.error = None
        except StepError as error:
            self.steps, self.error = None, error
            self.status.value = _status(False, html.escape(str(error)))
            self.summary.value = ""
            return False
        figures = summarise(self.steps)
        self.status.value = _status(True, f"Alle {figures.n_steps} trin er i orden, og arbejdet er gemt.")
        self.summary.value = (
            "<p style='font-size:1.15em;margin:.3em 0'>"
            f"I alt <strong>{_hours(figures.total_hours)} om året</strong>"
            f" (heraf omarbejde {_hours(figures.rework_hours)}) · "
            f"{formats.number(figures.handoffs)} overdragelser · {formats.number(figures.system_switches)} "
            f"systemskift · {formats.number(figures.double_registrations)} dobbeltregistreringer · "
            f"behandlingstid {formats.number(figures.processing_hours * 60)} min. mod gennemløbstid "
            f"{_hours(figures.lead_hours)} pr. sag</p>"
        )
        return True

    def draw(self) -> None:
        """Draw the swimlane diagram (and the Pareto of hours) if the table is valid."""
        if not self.validate():
            self.chart.outputs = ()
            return
        show_figure(self.chart, charts.swimlane(self.steps, title=self.title.value or "Arbejdsgangen"))

    # --- files ---------------------------------------------------------------------------------------------

    def export(self, kind: str, folder: str | Path | None = None) -> Path | None:
        """Save the workflow as ``xlsx``, ``csv`` or ``bpmn`` in the work folder; returns the path (None if invalid)."""
        if not self.validate():
            self.file_message.value = _status(False, "Ret fejlen ovenfor, før arbejdsgangen kan gemmes som fil.")
            return None
        path = Path(folder or work_dir()) / f"{self.name}.{kind}"
        if kind == "bpmn":
            save_bpmn(self.steps, path, name=self.title.value or "Arbejdsgang")
        else:
            write_steps(self.steps, path)
        self.file_message.value = _status(
            True,
            f"Gemt som <code>{html.escape(path.name)}</code> i mappen <code>{html.escape(str(path.parent))}</code>.",
        )
        return path

    def import_file(self, path: str | Path) -> bool:
        """Replace the rows with those in an .xlsx or Danish .csv file; a bad file is answered in Danish."""
        try:
            steps = read_steps(path)
        except DataError as error:
            self.file_message.value = _status(False, html.escape(str(error)).replace("\n", "<br>"))
            return False
        self.rows = [_row_from_steps(step) for _, step in steps.iterrows()]
        self.render_rows()
        self.changed()
        self.file_message.value = _status(True, f"Hentede {len(self.rows)} trin fra {html.escape(Path(path).name)}.")
        return True

    def on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        folder = Path(tempfile.mkdtemp(prefix="upload-"))
        path = folder / Path(upload["name"]).name
        path.write_bytes(bytes(upload["content"]))
        self.import_file(path)


def workflow_editor(
    name: str = "min_arbejdsgang", start: pd.DataFrame | None = None, title: str = "Min arbejdsgang"
) -> widgets.VBox:
    """The workflow editor, ready to show; what the learner types is saved under ``name``."""
    return WorkflowEditor(name, start, title).view


class ToBeScenario:
    """Change a step's time or volume, or remove it, and see the hours freed against the as-is workflow."""

    def __init__(self, as_is: pd.DataFrame, source: str = charts.OWN_FIGURES):
        self.as_is = validate_steps(as_is)
        self.source = source
        self.to_be = self.as_is.copy()
        self.step = widgets.Dropdown(
            options=list(self.as_is["step"]),
            description="Trin",
            style={"description_width": "10em"},
            layout=widgets.Layout(width="40em"),
        )
        self.minutes = widgets.Text(description="Minutter pr. gang", style={"description_width": "10em"})
        self.per_year = widgets.Text(description="Antal gange pr. år", style={"description_width": "10em"})
        self.remove = widgets.Checkbox(description="Fjern trinnet helt (fx fordi det automatiseres)", indent=False)
        self.apply_button = widgets.Button(description="Brug ændringen", button_style="primary", icon="check")
        self.reset_button = widgets.Button(description="Start forfra", icon="undo")
        self.apply_button.on_click(lambda _b: self.apply())
        self.reset_button.on_click(lambda _b: self.reset())
        self.step.observe(lambda _c: self.fill_in(), names="value")
        self.result = widgets.HTML()
        self.result.add_class("arbejdsgang-resultat")
        self.chart = widgets.Output()
        self.view = widgets.VBox(
            [
                self.step, self.minutes, self.per_year, self.remove,
                widgets.HBox([self.apply_button, self.reset_button]), self.result, self.chart,
            ]
        )  # fmt: skip
        self.fill_in()
        self.update()

    def fill_in(self) -> None:
        """Put the chosen step's current figures (in the to-be version) in the fields."""
        current = self.to_be[self.to_be["step"] == self.step.value]
        if current.empty:
            self.minutes.value = self.per_year.value = ""
            return
        self.minutes.value = _cell_text(current["minutes"].iloc[0])
        self.per_year.value = _cell_text(current["per_year"].iloc[0])
        self.remove.value = False

    def apply(self) -> bool:
        """Apply the change in the fields to the to-be workflow; a bad number is answered in Danish."""
        step = self.step.value
        try:
            if self.remove.value:
                if step in set(self.to_be["step"]):
                    self.to_be = remove_step(self.to_be, step)
            elif step not in set(self.to_be["step"]):
                raise StepError(f"Trinnet '{step}' er allerede fjernet. Tryk »Start forfra« for at få det tilbage.")
            else:
                values = {}
                for field, widget in (("minutes", self.minutes), ("per_year", self.per_year)):
                    try:
                        values[field] = parse_number(widget.value)
                    except ValueError:
                        raise StepError(
                            f"{LABELS[field]}: '{widget.value}' er ikke et tal. Skriv fx 12 eller 2,5."
                        ) from None
                self.to_be = change_step(self.to_be, step, **values)
        except StepError as error:
            self.result.value = _status(False, html.escape(str(error)))
            return False
        self.update()
        return True

    def reset(self) -> None:
        self.to_be = self.as_is.copy()
        self.fill_in()
        self.update()

    def hours_freed(self) -> float:
        return hours_freed(self.as_is, self.to_be)

    def update(self) -> None:
        freed = self.hours_freed()
        word = "frigjort" if freed >= 0 else "ekstra brugt"
        self.result.value = (
            "<p style='font-size:1.2em;margin:.3em 0'>"
            f"Som nu: {_hours(total_hours(self.as_is))} om året · fremover: "
            f"{_hours(total_hours(self.to_be))} · <strong>{_hours(abs(freed))} {word} "
            "om året</strong></p>"
        )
        show_figure(self.chart, charts.as_is_vs_to_be(self.as_is, self.to_be, source=self.source))


def saved_workflow(name: str = "min_arbejdsgang") -> pd.DataFrame:
    """The workflow saved by the editor under ``name``, validated; ``StepError`` in Danish if it is missing or has
    a problem."""
    saved = load_work(name)
    if not saved or not saved.get("rows"):
        raise StepError(f"Der er ingen gemt arbejdsgang med navnet »{name}«. Udfyld editoren ovenfor først.")
    return validate_steps(pd.DataFrame(saved["rows"], columns=list(ALL_COLUMNS)))


def to_be_scenario(as_is: pd.DataFrame | str, source: str = charts.OWN_FIGURES) -> widgets.Widget:
    """The to-be scenario widget for a workflow, ready to show.

    ``as_is`` is a step table, or the name the editor saved a workflow under; if that workflow has a problem,
    the widget says so in Danish instead.
    """
    try:
        table = saved_workflow(as_is) if isinstance(as_is, str) else as_is
        return ToBeScenario(table, source).view
    except StepError as error:
        return widgets.HTML(_status(False, html.escape(str(error)) + " Ret det i editoren, og kør cellen igen."))


class IrritationRegister:
    """The learner's register of irritationsmomenter: write one, give it a Lean waste and a time, add it.

    Saved under ``name`` with ``workbook_helpers.storage``, like the workflow editor.
    """

    def __init__(self, name: str = "mine_irritationsmomenter"):
        self.name = name
        saved = load_work(name, default=[])
        self.register = new_irritation_register()
        for row in saved:
            self.register = add_irritation(self.register, row["irritation"], step=row.get("step", ""),
                                           waste=row.get("waste") or None, per_year=row.get("per_year", 0),
                                           minutes=row.get("minutes", 0))  # fmt: skip
        wide = {"description_width": "12em"}
        self.irritation = widgets.Text(description="Irritationsmoment", style=wide, layout=widgets.Layout(width="46em"),
                                       placeholder="fx Skal logge ind i tre systemer")  # fmt: skip
        self.step = widgets.Text(description="Trin (valgfrit)", style=wide, layout=widgets.Layout(width="46em"))
        self.waste = widgets.Dropdown(options=[("Ved ikke endnu", "")] + [(n, c) for c, n in WASTE_NAMES.items()],
                                      description="Spildtype", style=wide)  # fmt: skip
        self.per_year = widgets.Text(description="Gange pr. år", style=wide, placeholder="fx 200")
        self.minutes = widgets.Text(description="Minutter pr. gang", style=wide, placeholder="fx 2,5")
        self.add_button = widgets.Button(description="Tilføj", icon="plus", button_style="primary")
        self.add_button.on_click(lambda _b: self.add())
        self.undo_button = widgets.Button(
            description="Fjern det seneste", icon="undo", layout=widgets.Layout(width="auto")
        )
        self.undo_button.on_click(lambda _b: self.remove_last())
        self.status = widgets.HTML()
        self.status.add_class("irritation-status")
        self.table = widgets.HTML()
        self.view = widgets.VBox(
            [
                self.irritation, self.step, self.waste, self.per_year, self.minutes,
                widgets.HBox([self.add_button, self.undo_button]), self.status, self.table,
            ]
        )  # fmt: skip
        self.show()

    def add(self) -> bool:
        """Add what is in the fields; a blank text or a bad number is answered in Danish."""
        try:
            self.register = add_irritation(self.register, self.irritation.value, step=self.step.value.strip(),
                                           waste=self.waste.value or None, per_year=self.per_year.value,
                                           minutes=self.minutes.value)  # fmt: skip
        except StepError as error:
            self.status.value = _status(False, html.escape(str(error)))
            return False
        self.irritation.value = self.step.value = self.per_year.value = self.minutes.value = ""
        self.save()
        self.show(_status(True, "Tilføjet og gemt."))
        return True

    def remove_last(self) -> None:
        if len(self.register):
            self.register = self.register.iloc[:-1].reset_index(drop=True)
            self.save()
        self.show()

    def save(self) -> None:
        rows = self.register[list(IRRITATION_COLUMNS)].to_dict("records")
        save_work(self.name, rows)

    def show(self, status: str = "") -> None:
        self.status.value = status
        if not len(self.register):
            self.table.value = "<p>Ingen irritationsmomenter endnu.</p>"
            return
        rows = "".join(
            f"<tr><td>{html.escape(r.irritation)}</td><td>{html.escape(r.step)}</td>"
            f"<td>{html.escape(WASTE_NAMES.get(r.waste, 'Ikke klassificeret'))}</td>"
            f"<td style='text-align:right'>{_hours(r.per_year * r.minutes / 60)}</td></tr>"
            for r in self.register.itertuples()
        )
        summary = irritation_table(self.register)
        totals = " · ".join(
            f"{html.escape(w)}: {_count(int(n), 'moment', 'momenter')}, {_hours(h)}"
            for w, n, h in summary.itertuples(index=False)
        )
        self.table.value = (
            "<table><tr><th>Irritationsmoment</th><th>Trin</th><th>Spildtype</th><th>Timer pr. år</th></tr>"
            f"{rows}</table><p><strong>Pr. spildtype:</strong> {totals}</p>"
        )


def irritation_register(name: str = "mine_irritationsmomenter") -> widgets.VBox:
    """The irritationsmomenter register, ready to show; what the learner adds is saved under ``name``."""
    return IrritationRegister(name).view


ALL = "Alle"
VIEWS = (
    ("Varianter", "variants"),
    ("Gennemløbstid", "throughput"),
    ("Ventetid", "waits"),
    ("Hvad følger efter hvad", "dfg"),
)


class LogExplorer:
    """Pick a channel and a variant of an event log and see its figures and charts."""

    def __init__(self, log: pd.DataFrame, source: str, channel_column: str = eventlog.CHANNEL):
        self.log = eventlog.prepare_log(log) if not log.attrs.get("eventlog_prepared") else log
        self.source = source
        self.channel_column = channel_column
        counts = self.log.groupby(channel_column)[eventlog.CASE].nunique().sort_values(ascending=False)
        self.channel = widgets.Dropdown(
            options=[(f"Alle kanaler ({formats.number(counts.sum())} sager)", ALL)]
            + [(f"{name} ({formats.number(n)} sager)", name) for name, n in counts.items()],
            description="Kanal", layout=widgets.Layout(width="32em"),
        )  # fmt: skip
        self.variant = widgets.Dropdown(description="Variant", layout=widgets.Layout(width="32em"))
        self.view_choice = widgets.ToggleButtons(options=VIEWS, value="variants", style={"button_width": "auto"})
        self.summary = widgets.HTML()
        self.summary.add_class("procesdata-resultat")
        self.chart = widgets.Output()
        self._fill_variants()
        self.channel.observe(self.on_channel, names="value")
        self.variant.observe(lambda _c: self.update(), names="value")
        self.view_choice.observe(lambda _c: self.update(), names="value")
        self.view = widgets.VBox([self.channel, self.variant, self.view_choice, self.summary, self.chart])
        self.update()

    def _channel_log(self) -> pd.DataFrame:
        channel = None if self.channel.value == ALL else self.channel.value
        return eventlog.filter_cases(self.log, channel=channel, channel_column=self.channel_column)

    def _fill_variants(self) -> None:
        table = eventlog.variants(self._channel_log()).head(10)
        options = [("Alle varianter", ALL)] + [
            (f"Variant {i + 1}: {formats.number(n)} sager ({formats.percent(s)})", v)
            for i, (v, n, s) in enumerate(zip(table["variant"], table["cases"], table["share"], strict=True))
        ]
        self.variant.options = options
        self.variant.value = ALL

    def on_channel(self, _change=None) -> None:
        self._fill_variants()
        self.update()

    def selection(self) -> pd.DataFrame:
        """The events of the chosen channel and variant."""
        variant = None if self.variant.value == ALL else self.variant.value
        channel = None if self.channel.value == ALL else self.channel.value
        return eventlog.filter_cases(self.log, channel=channel, variant=variant, channel_column=self.channel_column)

    def update(self) -> None:
        try:
            chosen = self.selection()
            figures = eventlog.summary(chosen)
        except eventlog.EventLogError as error:
            self.summary.value = _status(False, html.escape(str(error)))
            self.chart.outputs = ()
            return
        text = (
            f"<strong>{_count(figures['cases'], 'sag', 'sager')}</strong>, "
            f"{_count(figures['variants'], 'variant', 'varianter')} · halvdelen er færdige inden "
            f"{charts.duration(figures['median_days'])}, 90 % inden {charts.duration(figures['p90_days'])}"
        )
        if self.variant.value != ALL:
            steps = html.escape(self.variant.value)
            text += f"<br><small>Trinene: {steps}</small>"
        self.summary.value = f"<p style='font-size:1.1em;margin:.3em 0'>{text}</p>"
        view = self.view_choice.value
        if view == "variants":
            fig = charts.variants_chart(eventlog.variants(chosen), source=self.source)
        elif view == "throughput":
            fig = charts.throughput_chart(eventlog.case_durations(chosen), source=self.source)
        elif view == "waits":
            fig = charts.waiting_chart(eventlog.waiting_times(chosen), source=self.source)
        else:
            dfg = eventlog.directly_follows(chosen, start_end=True)
            fig = charts.dfg_chart(dfg, source=self.source, min_count=max(1, figures["cases"] // 100), max_activities=8)
        show_figure(self.chart, fig)


def log_explorer(log: pd.DataFrame, source: str, channel_column: str = eventlog.CHANNEL) -> widgets.VBox:
    """The variant and channel explorer for an event log, ready to show (``source``: the attribution line)."""
    return LogExplorer(log, source, channel_column).view
