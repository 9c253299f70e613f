"""Widgets for arbejdsgangsanalyse: the workflow editor, the to-be scenario, the irritation register and the
event-log explorer.

Thin by design: controls wired to ``workflow.model``, ``workflow.files``, ``workflow.charts`` and the learner's case
(``workbook_helpers.case``): the editor saves the part ``as_is``, the to-be scenario ``to_be`` and the register
``irritations``. Every save shows its real outcome; a failed save says so in Danish and keeps what was typed on
screen. The callback logic lives in small methods (``add_row``, ``set_cell``, ``import_file``, ``export`` ...)
that tests call directly.
"""

from __future__ import annotations

import contextlib
import html
import shutil
import tempfile
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from workbook_helpers import case, formats
from workbook_helpers.data import DataError
from workbook_helpers.display import table as readable_table
from workbook_helpers.messages import EXAMPLE_LABEL, status_html
from workbook_helpers.storage import SaveError, SaveResult, work_dir
from workbook_helpers.style import show_figure
from workbook_helpers.workflow import charts, eventlog
from workbook_helpers.workflow.bpmn import save_bpmn
from workbook_helpers.workflow.files import MAX_FILE_BYTES, read_steps, write_steps
from workbook_helpers.workflow.messages import message
from workbook_helpers.workflow.model import (
    ALL_COLUMNS,
    BOOL_COLUMNS,
    DEFAULTS,
    NUMBER_COLUMNS,
    WASTE_NAMES,
    StepError,
    add_irritation,
    change_step,
    check_cell,
    describe_changes,
    hours_freed,
    irritation_rows,
    irritation_table,
    plausibility_warnings,
    register_from_rows,
    remove_step,
    summarise,
    total_hours,
    validate_steps,
)
from workbook_helpers.workflow.schema import INPUT_TYPE_LABELS, input_type_code

# Column widths in the editor. Each step takes two lines (names, then figures) under a two-line header with the
# same widths, so every column lines up with its heading and the table fits 1024 px wide with the sidebar open;
# the row's ↑ and 🗑 buttons come first, so they are always in view.
LINES = (("step", "actor", "system"), ("minutes", "per_year", "wait_hours", "input_type", "rule_based", "error_rate",
                                         "double_entry"))  # fmt: skip
WIDTHS = {
    "step": "12em", "actor": "9em", "system": "8em", "minutes": "4.5em", "per_year": "5em",
    "wait_hours": "5em", "input_type": "10.5em", "rule_based": "4em", "error_rate": "5em", "double_entry": "4em",
}  # fmt: skip
BUTTONS_WIDTH = "6.4em"
SHORT_LABELS = {
    "step": "Trin", "actor": "Aktør/rolle", "system": "System", "minutes": "Min. pr. gang",
    "per_year": "Gange pr. år", "wait_hours": "Ventetid før (timer)", "input_type": "Input",
    "rule_based": "Faste regler", "error_rate": "Andel om\u00adarbejde (0-1)", "double_entry": "Tastes igen",
}  # fmt: skip
PANEL_WIDTH = "100%"
PANEL_MAX = "44em"  # about 640 px: fits 1024 px wide with the JupyterLab sidebar open
PERSONAL_DATA = "Skriv ikke navne, CPR-numre eller sagsoplysninger i din arbejdsgang: skriv roller og typiske tal."
# The file button shows its count, »Hent fra fil (0)«; the workbook shows the words alone.
_CSS = (
    "<style>.wb-upload{font-size:0!important}.wb-upload i{font-size:var(--jp-widgets-font-size)}"
    ".wb-upload::after{content:'Hent fra fil';font-size:var(--jp-widgets-font-size);margin-left:.3em}"
    ".wb-head .widget-html-content{line-height:1.15;white-space:normal}"
    ".arbejdsgang-raekke{border-top:1px solid #ddd;padding:.15em 0}.arbejdsgang-raekke:nth-child(even)"
    "{background:#f4f4f4}</style>"
)


def _panel(children, **layout) -> widgets.VBox:
    """A box as wide as the notebook, never wider than PANEL_MAX."""
    return widgets.VBox(children, layout=widgets.Layout(width=PANEL_WIDTH, max_width=PANEL_MAX, **layout))


def _hours(x: float) -> str:
    return formats.hours(x, 0 if abs(x - round(x)) < 0.05 else 1)


def _cell_text(value: object) -> str:
    """A saved or validated value as the editor shows it: numbers the Danish way (7,5), blanks as blank."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "ja" if value else ""
    if isinstance(value, (int, float)):
        return formats.number(value, 6).rstrip("0").rstrip(",") if float(value) % 1 else formats.number(value)
    return str(value)


def _editor_row(saved: object) -> dict:
    """One row for the editor from a saved row of any shape (missing keys blank, odd values kept as text)."""
    saved = saved if isinstance(saved, dict) else {}
    row = _blank_row()
    for column in ALL_COLUMNS:
        value = saved.get(column, DEFAULTS.get(column, ""))
        if column in BOOL_COLUMNS:
            try:
                row[column] = bool(check_cell(column, value))
            except StepError:
                row[column] = False
        elif column == "input_type":
            try:
                row[column] = input_type_code(value)
            except ValueError:
                row[column] = DEFAULTS["input_type"]
        else:
            row[column] = _cell_text(value)
    return row


def _blank_row() -> dict:
    return {
        c: (False if c in BOOL_COLUMNS else DEFAULTS["input_type"] if c == "input_type" else "") for c in ALL_COLUMNS
    }


def _show_chart(output: widgets.Output, fig) -> None:
    """Show a chart with its Danish text alternative (``charts.text_alternative``)."""
    output.outputs = (charts.output(fig),)


class WorkflowEditor:
    """An editable step table: add, remove and edit rows; validated as you type; saved in the learner's case.

    Import and export as Excel (.xlsx) and Danish CSV, export as BPMN 2.0, and a swimlane diagram with the hours.
    The rows are the case part ``part`` ("as_is"), so a new editor (after a kernel restart) shows the same rows.
    ``start`` is the (illustrative) step table to begin with when the case holds no workflow yet; it is saved as an
    example until the learner changes something. ``file_stem`` names the exported files.
    """

    def __init__(
        self,
        start: pd.DataFrame | None = None,
        title: str = "Min arbejdsgang",
        *,
        part: str = "as_is",
        file_stem: str = "min_arbejdsgang",
        start_title: str | None = None,
    ):
        self.part, self.file_stem = part, file_stem
        self.steps: pd.DataFrame | None = None
        self.error: StepError | None = None
        title, origin = self._load(start, title, start_title)
        self._build(title, origin)
        self.render_rows()
        self.validate()
        if self.handle.value is None:  # the case shows the example from the start, labelled as an example
            self.save()

    # --- building ------------------------------------------------------------------------------------------

    def _load(self, start: pd.DataFrame | None, title: str, start_title: str | None) -> tuple[str, str]:
        """Fill ``self.rows`` from the case, or from ``start``; return the title and the Danish origin line."""
        self.handle = case.part(self.part)
        saved = self.handle.value
        if isinstance(saved, dict) and isinstance(saved.get("rows"), list) and saved["rows"]:
            self.rows = [_editor_row(row) for row in saved["rows"]]
            self.example = self.handle.example
            title = str(saved.get("title") or title)
            if self.example:
                return title, status_html("info", message("origin_example", title=start_title or title))
            return title, status_html("ok", message("origin_own"))
        self.example = True
        if start is not None:
            self.rows = [_editor_row(row) for row in validate_steps(start).to_dict("records")]
            if saved is not None:
                why = "den havde ingen trin" if isinstance(saved, dict) else "den havde en ukendt form"
                return title, status_html("warning", message("origin_broken", why=why))
            return title, status_html("info", message("origin_example", title=start_title or title))
        self.rows = [_blank_row()]
        return title, status_html("info", "Du har ikke skrevet en arbejdsgang endnu. Start med det første trin.")

    def _build(self, title: str, origin: str) -> None:
        self.origin = widgets.HTML(origin)
        self.privacy = widgets.HTML(status_html("info", PERSONAL_DATA))
        self.title = widgets.Text(
            value=title, description="Navn på arbejdsgangen", style={"description_width": "11em"},
            layout=widgets.Layout(width="100%", max_width="40em"),
        )  # fmt: skip
        self.title.observe(lambda _change: self.changed(), names="value")

        def heading(text: str, width: str) -> widgets.HTML:
            return widgets.HTML(f"<b>{text}</b>", layout=widgets.Layout(width=width, flex="0 0 auto"))

        first = [heading("Flyt/fjern", BUTTONS_WIDTH)] + [heading(SHORT_LABELS[c], WIDTHS[c]) for c in LINES[0]]
        second = [heading(SHORT_LABELS[c], WIDTHS[c]) for c in LINES[1]]
        self.header = widgets.VBox(
            [widgets.HBox(first, layout=widgets.Layout(align_items="flex-end")),
             widgets.HBox(second, layout=widgets.Layout(align_items="flex-end"))]
        )  # fmt: skip
        self.header.add_class("wb-head")
        self.row_box = widgets.VBox()
        self.table_box = widgets.VBox([self.header, self.row_box], layout=widgets.Layout(width="100%"))
        self.table_box.add_class("arbejdsgang-tabel")
        self.add_button = widgets.Button(description="Tilføj trin", icon="plus", button_style="primary")
        self.add_button.on_click(lambda _b: self.add_row())
        self.draw_button = widgets.Button(
            description="Tegn svømmebaner og timer", icon="refresh", layout=widgets.Layout(width="auto")
        )
        self.draw_button.on_click(lambda _b: self.draw())
        self.status = widgets.HTML()
        self.status.add_class("arbejdsgang-status")
        self.save_status = widgets.HTML()
        self.save_status.add_class("arbejdsgang-gem")
        self.summary = widgets.HTML()
        self.summary.add_class("arbejdsgang-resultat")
        self.chart = widgets.Output(layout=widgets.Layout(width="100%"))
        self._build_files()
        self.view = _panel(
            [
                widgets.HTML(_CSS), self.origin, self.privacy, self.title, self.table_box,
                widgets.HBox([self.add_button, self.draw_button], layout=widgets.Layout(flex_flow="row wrap")),
                self.status, self.save_status, self.summary, self.file_row, self.file_message, self.chart,
            ]
        )  # fmt: skip

    def _build_files(self) -> None:
        self.upload = widgets.FileUpload(
            accept=".xlsx,.csv", multiple=False, description="Hent fra fil", tooltip="Hent trinene fra en fil"
        )
        self.upload.add_class("wb-upload")
        self.upload.observe(self.on_upload, names="value")
        self.file_buttons = {}
        for kind, text in (("xlsx", "Gem som Excel"), ("csv", "Gem som CSV"), ("bpmn", "Gem som BPMN")):
            button = widgets.Button(description=text, icon="download")
            button.on_click(lambda _b, kind=kind: self.export(kind))
            self.file_buttons[kind] = button
        self.file_row = widgets.HBox(
            [self.upload, *self.file_buttons.values()], layout=widgets.Layout(flex_flow="row wrap")
        )
        self.file_message = widgets.HTML()
        self.file_message.add_class("arbejdsgang-fil")

    # --- rows ----------------------------------------------------------------------------------------------

    def _cell_widget(self, position: int, column: str) -> widgets.Widget:
        layout = widgets.Layout(width=WIDTHS[column], flex="0 0 auto")
        value = self.rows[position][column]
        if column in BOOL_COLUMNS:
            widget = widgets.Checkbox(value=bool(value), indent=False, layout=layout, description="")
        elif column == "input_type":
            options = [(label, code) for code, label in INPUT_TYPE_LABELS.items()]
            widget = widgets.Dropdown(options=options, value=value, layout=layout)
        else:
            widget = widgets.Text(
                value=str(value), layout=layout, continuous_update=True,
                placeholder="0" if column in NUMBER_COLUMNS else "",
            )  # fmt: skip
        widget.observe(lambda change, p=position, c=column: self.set_cell(p, c, change["new"]), names="value")
        widget.add_class(f"arbejdsgang-{column}")  # for the browser test
        return widget

    def _row_buttons(self, position: int) -> widgets.HBox:
        up = widgets.Button(
            icon="arrow-up", tooltip="Flyt trinnet op", layout=widgets.Layout(width="3em"), disabled=position == 0
        )
        up.on_click(lambda _b, p=position: self.move_up(p))
        remove = widgets.Button(icon="trash", tooltip="Fjern trinnet", layout=widgets.Layout(width="3em"))
        remove.on_click(lambda _b, p=position: self.remove_row(p))
        return widgets.HBox([up, remove], layout=widgets.Layout(width=BUTTONS_WIDTH, flex="0 0 auto"))

    def render_rows(self) -> None:
        """Rebuild the row widgets from ``self.rows``."""
        children = []
        for position in range(len(self.rows)):
            names = [self._cell_widget(position, column) for column in LINES[0]]
            figures = [self._cell_widget(position, column) for column in LINES[1]]
            row = widgets.VBox([widgets.HBox([self._row_buttons(position), *names]), widgets.HBox(figures)])
            row.add_class("arbejdsgang-raekke")
            children.append(row)
        self.row_box.children = children

    def cell(self, position: int, column: str) -> widgets.Widget:
        """The widget for one cell (tests set its ``.value`` as a learner would)."""
        line = 0 if column in LINES[0] else 1
        return self.row_box.children[position].children[line].children[LINES[line].index(column) + 1 - line]

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
        """The learner changed something: from now on it is their own workflow."""
        if self.example:
            self.example = False
            self.origin.value = status_html("ok", message("origin_own"))
        self.validate()
        self.save()

    def value(self) -> dict:
        """The case part: the title, the rows (clean when the table is valid, as typed otherwise) and ``valid``."""
        valid = self.steps is not None
        rows = self.steps.to_dict("records") if valid else [dict(row) for row in self.rows]
        return {"title": self.title.value, "rows": rows, "valid": valid}

    def save(self) -> SaveResult:
        """Save the rows to the case and show the real outcome (a failed save never says »gemt«)."""
        result = self.handle.save(self.value(), example=self.example, saved_text="Gemt i din sag.")
        if not result.ok:
            self.save_status.value = status_html("error", result.message)
        elif self.example:
            self.save_status.value = status_html("info", f"{EXAMPLE_LABEL}: gemt i din sag som eksempel.")
        else:
            self.save_status.value = status_html("ok", "Gemt i din sag.")
        return result

    def validate(self) -> bool:
        """Check the rows; show the first problem (row and column) or the key figures. True when all is well."""
        try:
            self.steps = validate_steps(self.table())
            self.error = None
        except StepError as error:
            self.steps, self.error = None, error
            self.status.value = status_html("error", str(error))
            self.summary.value = ""
            return False
        warnings = "".join(status_html("warning", text) for text in plausibility_warnings(self.steps))
        self.status.value = status_html("ok", message("all_ok", count=len(self.steps))) + warnings
        self.summary.value = _summary_html(self.steps)
        return True

    def draw(self) -> None:
        """Draw the swimlane diagram if the table is valid."""
        if not self.validate():
            self.chart.outputs = ()
            return
        _show_chart(self.chart, charts.swimlane(self.steps, title=self.title.value or "Arbejdsgangen"))

    # --- files ---------------------------------------------------------------------------------------------

    def export(self, kind: str, folder: str | Path | None = None) -> Path | None:
        """Save the workflow as ``xlsx``, ``csv`` or ``bpmn`` in the work folder; the path, or None (and a Danish
        message) when the table is invalid or the disk refuses."""
        if not self.validate():
            self.file_message.value = status_html("error", message("fix_before_export"))
            return None
        try:
            path = Path(folder or work_dir()) / f"{self.file_stem}.{kind}"
            if kind == "bpmn":
                save_bpmn(self.steps, path, name=self.title.value or "Arbejdsgang")
            else:
                write_steps(self.steps, path)
        except (OSError, SaveError, DataError) as error:
            why = str(error) if isinstance(error, (SaveError, DataError)) else _disk_reason(error)
            self.file_message.value = status_html("error", message("export_failed", name=f"»{self.file_stem}.{kind}«",
                                                                   why=why))  # fmt: skip
            return None
        self.file_message.value = status_html("ok", message("exported", name=path.name, folder=path.parent))
        return path

    def import_file(self, path: str | Path) -> bool:
        """Replace the rows with those in an .xlsx or Danish .csv file; a bad file is answered in Danish and the
        rows on screen stay as they were."""
        try:
            steps = read_steps(path)
        except DataError as error:
            self.file_message.value = status_html("error", str(error))
            return False
        self.rows = [_editor_row(row) for row in steps.to_dict("records")]
        self.render_rows()
        self.changed()
        count = formats.count(len(self.rows), "trin", "trin")
        self.file_message.value = status_html("ok", message("imported", count=count, name=Path(path).name))
        return True

    def on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        name = Path(str(upload.get("name") or "fil")).name
        content = bytes(upload.get("content") or b"")
        if len(content) > MAX_FILE_BYTES:
            size, limit = f"{formats.number(len(content) / 1e6, 1)} MB", f"{formats.number(MAX_FILE_BYTES / 1e6)} MB"
            self.file_message.value = status_html("error", message("upload_too_big", name=name, size=size,
                                                                   limit=limit))  # fmt: skip
            return
        folder = Path(tempfile.mkdtemp(prefix="upload-"))
        try:
            path = folder / name
            path.write_bytes(content)
            self.import_file(path)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            with contextlib.suppress(Exception):
                self.upload.value = ()  # the same file can be fetched again


def _disk_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "mappen må ikke skrives i. Spørg underviseren."
    return f"disken sagde nej ({error.strerror or type(error).__name__}). Prøv igen om lidt."


def _summary_html(steps: pd.DataFrame) -> str:
    figures = summarise(steps)
    return (
        "<p style='font-size:1.15em;margin:.3em 0'>"
        f"I alt <strong>{_hours(figures.total_hours)} om året</strong>"
        f" (heraf omarbejde {_hours(figures.rework_hours)}) · "
        f"{formats.count(figures.handoffs, 'overdragelse', 'overdragelser')} · "
        f"{formats.count(figures.system_switches, 'systemskift', 'systemskift')} · "
        f"{formats.count(figures.double_registrations, 'dobbeltregistrering', 'dobbeltregistreringer')} · "
        f"behandlingstid {formats.number(figures.processing_hours * 60)} min. mod gennemløbstid "
        f"{_hours(figures.lead_hours)} pr. sag</p>"
    )


def workflow_editor(
    start: pd.DataFrame | None = None, title: str = "Min arbejdsgang", start_title: str | None = None
) -> widgets.VBox:
    """The workflow editor, ready to show; what the learner types is saved in the case (part ``as_is``).

    Without ``start`` it opens the learner's own workflow from the case, or else the illustrative example closest
    to the work area they gave in notebook 00 (the school example when there is none), labelled as an example.
    """
    if start is None:
        from workbook_helpers.workflow.examples import EXAMPLES, example, example_for_area

        about = case.part("about").value
        name = example_for_area(about.get("area") if isinstance(about, dict) else None)
        start, start_title = example(name), start_title or EXAMPLES[name].title
    return WorkflowEditor(start, title, start_title=start_title).view


class ToBeScenario:
    """Change a step's time or volume, or remove it, and see the hours freed against the as-is workflow.

    With ``part="to_be"`` the changes are saved in the learner's case as {"title", "rows", "hours_freed_per_year",
    "changes", "operations"} and replayed on the as-is workflow when the widget opens again (after a restart, or
    after the as-is workflow was corrected). Without a part (the example in section 3) nothing is saved.
    """

    def __init__(
        self,
        as_is: pd.DataFrame,
        source: str = charts.OWN_FIGURES,
        *,
        part: str | None = None,
        title: str = "Fremtidens arbejdsgang",
        example: bool = False,
    ):
        self.as_is = validate_steps(as_is)
        self.source, self.part, self.title, self.example = source, part, title, example
        self.operations: list[dict] = []
        self.handle = case.part(part) if part else None
        origin = self._load()
        wide = {"description_width": "10em"}
        self.step = widgets.Dropdown(
            options=list(self.as_is["step"]), description="Trin", style=wide,
            layout=widgets.Layout(width="100%", max_width="40em"),
        )  # fmt: skip
        self.minutes = widgets.Text(description="Minutter pr. gang", style=wide, placeholder="fx 2,5")
        self.per_year = widgets.Text(description="Antal gange pr. år", style=wide, placeholder="fx 1.200")
        self.remove = widgets.Checkbox(description="Fjern trinnet helt (fx fordi det automatiseres)", indent=False)
        self.apply_button = widgets.Button(description="Brug ændringen", button_style="primary", icon="check")
        self.reset_button = widgets.Button(description="Start forfra", icon="undo")
        self.apply_button.on_click(lambda _b: self.apply())
        self.reset_button.on_click(lambda _b: self.reset())
        self.step.observe(lambda _c: self.fill_in(), names="value")
        self.origin = widgets.HTML(origin)
        self.message = widgets.HTML()
        self.message.add_class("fremtid-besked")
        self.result = widgets.HTML()
        self.result.add_class("arbejdsgang-resultat")
        self.chart = widgets.Output(layout=widgets.Layout(width="100%"))
        self.view = _panel(
            [
                self.origin, self.step, self.minutes, self.per_year, self.remove,
                widgets.HBox([self.apply_button, self.reset_button], layout=widgets.Layout(flex_flow="row wrap")),
                self.message, self.result, self.chart,
            ]
        )  # fmt: skip
        self.fill_in()
        self.update()

    def _load(self) -> str:
        """Replay the saved changes on the as-is workflow; the Danish line that says where the to-be came from."""
        self.to_be = self.as_is.copy()
        saved = self.handle.value if self.handle else None
        if not isinstance(saved, dict) or not isinstance(saved.get("operations"), list):
            return status_html("info", message("to_be_origin_new")) if self.handle else ""
        skipped = []
        for operation in saved["operations"]:
            try:
                self._apply_operation(operation)
            except (StepError, KeyError, TypeError, AttributeError):
                skipped.append(str(operation.get("step", "?")) if isinstance(operation, dict) else "?")
        changes = "; ".join(describe_changes(self.as_is, self.to_be)) or "ingen"
        text = message("to_be_origin_own", changes=changes)
        if skipped:
            text += f" Ændringer til trin, der ikke findes mere, er sprunget over: {', '.join(skipped)}."
        return status_html("ok" if not skipped else "warning", text)

    def _apply_operation(self, operation: dict) -> None:
        step = operation["step"]
        if operation.get("remove"):
            self.to_be = remove_step(self.to_be, step)
        else:
            values = {k: operation[k] for k in ("minutes", "per_year") if operation.get(k) is not None}
            self.to_be = change_step(self.to_be, step, **values)
        self.operations.append(dict(operation))

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
        """Apply the change in the fields to the to-be workflow; a bad number is answered in Danish, as typed."""
        step = self.step.value
        try:
            if step not in set(self.to_be["step"]):
                raise StepError(message("removed_step", step=step))
            if self.remove.value:
                operation = {"step": step, "remove": True}
            else:
                operation = {
                    "step": step,
                    "minutes": check_cell("minutes", self.minutes.value),
                    "per_year": check_cell("per_year", self.per_year.value),
                }
            self._apply_operation(operation)
        except StepError as error:
            self.message.value = status_html("error", str(error))
            return False
        self.message.value = ""
        self.update()
        self.save()
        return True

    def reset(self) -> None:
        self.to_be = self.as_is.copy()
        self.operations = []
        self.fill_in()
        self.message.value = ""
        self.update()
        self.save()

    def hours_freed(self) -> float:
        return hours_freed(self.as_is, self.to_be)

    def value(self) -> dict:
        """The case part ``to_be``."""
        return {
            "title": self.title,
            "rows": self.to_be.to_dict("records"),
            "hours_freed_per_year": round(self.hours_freed(), 6),
            "changes": "; ".join(describe_changes(self.as_is, self.to_be)),
            "operations": self.operations,
        }

    def save(self) -> SaveResult | None:
        if not self.handle:
            return None
        result = self.handle.save(self.value(), example=self.example, saved_text="Den fremtidige arbejdsgang er gemt i "
                                  "din sag.")  # fmt: skip
        kind = "ok" if result.ok else "error"
        if result.ok and self.example:
            self.message.value = status_html("info", f"{EXAMPLE_LABEL}: gemt i din sag som eksempel.")
        else:
            self.message.value = status_html(kind, result.message)
        return result

    def update(self) -> None:
        freed = self.hours_freed()
        word = "frigjort" if freed >= 0 else "ekstra brugt"
        self.result.value = (
            "<p style='font-size:1.2em;margin:.3em 0'>"
            f"Som nu: {_hours(total_hours(self.as_is))} om året · fremover: "
            f"{_hours(total_hours(self.to_be))} · <strong>{_hours(abs(freed))} {word} "
            "om året</strong></p>"
        )
        _show_chart(self.chart, charts.as_is_vs_to_be(self.as_is, self.to_be, source=self.source))


def saved_workflow() -> tuple[pd.DataFrame, bool]:
    """The workflow in the case (part ``as_is``), validated, and whether it is still the example; ``StepError`` in
    Danish if there is none or it has a problem."""
    handle = case.part("as_is")
    saved = handle.value
    if not isinstance(saved, dict) or not isinstance(saved.get("rows"), list) or not saved["rows"]:
        raise StepError(message("no_as_is"))
    try:
        table = pd.DataFrame([row if isinstance(row, dict) else {} for row in saved["rows"]])
        return validate_steps(table), handle.example
    except StepError as error:
        raise StepError(message("as_is_invalid", error=str(error))) from None


def to_be_scenario(as_is: pd.DataFrame | None = None, source: str = charts.OWN_FIGURES) -> widgets.Widget:
    """The to-be scenario widget, ready to show.

    Without ``as_is`` it works on the learner's own workflow from the case and saves the result as the part
    ``to_be``; with a step table (an example) nothing is saved. A problem is told in Danish instead.
    """
    if as_is is not None:
        return ToBeScenario(as_is, source).view
    try:
        table, example = saved_workflow()
    except StepError as error:
        return widgets.HTML(status_html("warning", str(error)))
    if example:
        from workbook_helpers.workflow.examples import EXAMPLE_NOTE

        scenario = ToBeScenario(table, EXAMPLE_NOTE, part="to_be", example=True)
        scenario.view.children = (widgets.HTML(status_html("info", message("to_be_from_example"))),
                                  *scenario.view.children)  # fmt: skip
        return scenario.view
    title = str((case.part("as_is").value or {}).get("title") or "Min arbejdsgang")
    return ToBeScenario(table, source, part="to_be", title=f"{title} (fremover)").view


class IrritationRegister:
    """The learner's register of irritationsmomenter: write one, give it a Lean waste and a time, add it.

    Saved in the case (part ``irritations``, {"rows": [...]}) together with what notebook 00 collected. A failed
    save says so and keeps the typed text in the fields.
    """

    def __init__(self, part: str = "irritations"):
        self.part = part
        self.handle = case.part(part)
        self.register, problems = register_from_rows(self.handle.value)
        wide = {"description_width": "11em"}
        full = {"width": "100%", "max_width": "40em"}
        self.irritation = widgets.Text(description="Irritationsmoment", style=wide, layout=widgets.Layout(**full),
                                       placeholder="fx Skal logge ind i tre systemer")  # fmt: skip
        self.step = widgets.Text(description="Arbejdsgang/trin", style=wide, layout=widgets.Layout(**full),
                                 placeholder="valgfrit, fx Indskrivning")  # fmt: skip
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
        self.table.add_class("irritation-tabel")
        self.view = _panel(
            [
                self.irritation, self.step, self.waste, self.per_year, self.minutes,
                widgets.HBox([self.add_button, self.undo_button], layout=widgets.Layout(flex_flow="row wrap")),
                self.status, self.table,
            ]
        )  # fmt: skip
        note = status_html("warning", message("saved_rows_skipped", count=len(problems), why="; ".join(problems)))
        self.show(note if problems else "")

    def add(self) -> bool:
        """Add what is in the fields; a blank text, a bad number or a failed save is answered in Danish."""
        before = self.register
        try:
            self.register = add_irritation(self.register, self.irritation.value, step=self.step.value,
                                           waste=self.waste.value or None, per_year=self.per_year.value,
                                           minutes=self.minutes.value)  # fmt: skip
        except StepError as error:
            self.status.value = status_html("error", str(error))
            return False
        result = self.save()
        if not result.ok:
            self.register = before  # not added: the text stays in the fields, so nothing typed is lost
            self.show(status_html("error", result.message))
            return False
        self.irritation.value = self.step.value = self.per_year.value = self.minutes.value = ""
        self.show(status_html("ok", "Tilføjet og gemt i din sag."))
        return True

    def remove_last(self) -> None:
        if not len(self.register):
            self.show()
            return
        before = self.register
        self.register = self.register.iloc[:-1].reset_index(drop=True)
        result = self.save()
        if not result.ok:
            self.register = before
        self.show(status_html("ok" if result.ok else "error", "Fjernet og gemt." if result.ok else result.message))

    def save(self) -> SaveResult:
        kept = self.handle.value if isinstance(self.handle.value, dict) else {}  # other keys are kept
        return self.handle.save({**kept, "rows": irritation_rows(self.register)}, saved_text="Gemt i din sag.")

    def show(self, status: str = "") -> None:
        self.status.value = status
        if not len(self.register):
            self.table.value = "<p>Ingen irritationsmomenter endnu.</p>"
            return
        rows = pd.DataFrame(
            {
                "Irritationsmoment": self.register["irritation"],
                "Arbejdsgang/trin": self.register["step"],
                "Spildtype": [WASTE_NAMES.get(w, "Ikke klassificeret") for w in self.register["waste"]],
                "Timer pr. år": [_hours(p * m / 60) for p, m in zip(self.register["per_year"],
                                                                    self.register["minutes"], strict=True)],
            }
        )  # fmt: skip
        summary = irritation_table(self.register)
        totals = " · ".join(
            f"{w}: {formats.count(int(n), 'moment', 'momenter')}, {_hours(h)}"
            for w, n, h in summary.itertuples(index=False)
        )
        self.table.value = readable_table(rows)._repr_html_() + status_html("info", f"Pr. spildtype: {totals}")


def irritation_register() -> widgets.VBox:
    """The irritationsmomenter register, ready to show; what the learner adds is saved in the case."""
    return IrritationRegister().view


def _status(ok: bool, text: str) -> str:
    """A status line for the log explorer; ``text`` is already escaped."""
    return f"<p style='margin:.3em 0'>{'✅' if ok else '⚠️'} {text}</p>"


def _count(n: int, one: str, many: str) -> str:
    return formats.count(n, one, many)


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
            options=[(f"Alle kanaler ({formats.count(counts.sum(), 'sag', 'sager')})", ALL)]
            + [(f"{name} ({formats.count(n, 'sag', 'sager')})", name) for name, n in counts.items()],
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
            (f"Variant {i + 1}: {formats.count(n, 'sag', 'sager')} ({formats.percent(s)})", v)
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
