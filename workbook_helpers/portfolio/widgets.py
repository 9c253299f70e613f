"""The portfolio explorer of notebook 09: weights on sliders, the ranking and the bubble chart that follow them at
once, the department's decision per proposal (saved like all other work), and the exports."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from .. import formats, storage
from ..display import table
from ..messages import EXAMPLE_LABEL, status_html
from ..style import show_figure
from . import charts, export, model, tables

DECISIONS_WORK = "portefoelje_beslutninger"
SOURCE = "Kilde: kursisternes forslag (JSON fra notebook 08); point efter data/portfolio_criteria.csv."


def demo_folder() -> Path:
    """Write the demo cohort (Eksempel (illustrativt)) into the work folder and return where it is."""
    from .examples import write_demo_folder

    target = storage.work_dir() / "portefoelje_eksempel"
    write_demo_folder(target)
    return target


def handed_in_folder() -> Path:
    """The folder where the instructor puts the learners' proposal files (made if missing)."""
    target = storage.work_dir() / "forslag_ind"
    target.mkdir(parents=True, exist_ok=True)
    return target


class PortfolioExplorer:
    """Load a folder of proposals, rank them with weights on sliders, decide, and export."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.proposals, self.problems = model.load_folder(self.folder)
        self.decisions = model.decisions_from(storage.load_work(DECISIONS_WORK, default={}, expect=dict))
        self.criteria = model.criteria()
        # Whole-number weights (a browser writes "1.0" for a decimal readout), each with its full label beside it.
        self.sliders = {
            key: widgets.IntSlider(value=round(c.weight), min=0, max=5, step=1, layout=widgets.Layout(width="14em"))
            for key, c in self.criteria.items()
        }
        self.weight_rows = {
            key: widgets.HBox(
                [widgets.HTML(f"<span>{html.escape(c.label)}</span>", layout=widgets.Layout(width="20em")),
                 self.sliders[key]],
                layout=widgets.Layout(align_items="center"),
            )
            for key, c in self.criteria.items()
        }  # fmt: skip
        for slider in self.sliders.values():
            slider.observe(self.update, names="value")
        self.summary = widgets.HTML()
        self.summary.add_class("portefoelje-resultat")
        self.ranking = widgets.HTML(layout=widgets.Layout(overflow="auto", max_width="100%"))
        self.ranking.add_class("portefoelje-rangering")
        self.chart = widgets.Output()
        self._build_decision_form()
        self._build_exports()
        value = [row for k, row in self.weight_rows.items() if self.criteria[k].side == "value"]
        effort = [row for k, row in self.weight_rows.items() if self.criteria[k].side == "effort"]
        weights = widgets.VBox(
            [widgets.HTML("<strong>Vægte: værdi</strong>"), *value,
             widgets.HTML("<strong>Vægte: indsats og risiko</strong>"), *effort]
        )  # fmt: skip
        self.tabs = tabs = widgets.Tab(
            children=[widgets.VBox([self.ranking]), self.chart, self.decision_box, self.export_box]
        )
        for index, title in enumerate(("Rangering", "Diagram", "Beslutninger", "Eksport")):
            tabs.set_title(index, title)
        tabs.observe(lambda _change: self._draw_if_shown(), names="selected_index")
        self.chart_stale = True
        self.view = widgets.VBox([self.summary, weights, tabs], layout=widgets.Layout(max_width="100%"))
        self.view.add_class("portefoelje")
        self.current: list = []
        self.update()

    # --- state --------------------------------------------------------------------------------------------

    def weights(self) -> dict[str, float]:
        return {key: slider.value for key, slider in self.sliders.items()}

    def ranked(self):
        return model.rank(self.proposals, self.weights())

    def update(self, _change=None) -> None:
        ranked = self.ranked()
        self.current = ranked
        example = any(EXAMPLE_LABEL in p.title for p, _ in ranked)
        head = (
            f"{len(self.proposals)} forslag indlæst fra {self.folder.name}; "
            f"{formats.count(len(self.problems), 'fil', 'filer')} kunne ikke læses."
        )
        if example:
            head += f" {EXAMPLE_LABEL}: forslagene er opdigtede til undervisningen."
        self.summary.value = status_html("info", head)
        self.ranking.value = tables.ranking_table(ranked, self.decisions)._repr_html_()
        self.chart_stale = True
        self._draw_if_shown()
        self._refresh_choices(ranked)

    def _draw_if_shown(self) -> None:
        """The chart is drawn when its tab is open (drawing takes longer than ranking), and again after a change."""
        if self.tabs.selected_index == 1 and self.chart_stale and self.current:
            show_figure(self.chart, charts.bubble_chart(self.current, SOURCE))
            self.chart_stale = False

    # --- decisions ----------------------------------------------------------------------------------------

    def _build_decision_form(self) -> None:
        wide = {"description_width": "9em"}
        full = widgets.Layout(width="100%", max_width="40em")
        self.choice = widgets.Dropdown(description="Forslag", style=wide, layout=full)
        self.status = widgets.Dropdown(options=model.STATUSES, description="Status", style=wide)
        self.reason = widgets.Textarea(description="Begrundelse", style=wide, layout=full, rows=3,
                                       placeholder="Kræves ved afvist, dublet og parkeret")  # fmt: skip
        self.owner = widgets.Text(description="Ansvarlig", style=wide, layout=full, placeholder="En rolle")
        self.next_step = widgets.Text(description="Næste skridt", style=wide, layout=full)
        self.save_button = widgets.Button(description="Gem beslutningen", icon="save", button_style="primary")
        self.save_button.on_click(self.save_decision)
        self.decision_status = widgets.HTML()
        self.explanation = widgets.HTML(layout=widgets.Layout(overflow="auto"))
        self.choice.observe(self._show_decision, names="value")
        self.decision_box = widgets.VBox(
            [self.choice, self.explanation, self.status, self.reason, self.owner, self.next_step, self.save_button,
             self.decision_status]
        )  # fmt: skip

    def _refresh_choices(self, ranked) -> None:
        options = [(f"{n}. {p.title}", p.key) for n, (p, _s) in enumerate(ranked, start=1)]
        current = self.choice.value
        self.choice.options = options
        if current in dict((v, k) for k, v in options):
            self.choice.value = current
        elif options:
            self.choice.value = options[0][1]
        self._show_decision()

    def _proposal(self, key: str):
        return next(((p, s) for p, s in self.current if p.key == key), (None, None))

    def _show_decision(self, _change=None) -> None:
        proposal, score = self._proposal(self.choice.value)
        if proposal is None:
            self.explanation.value = ""
            return
        self.explanation.value = tables.explanation_table(proposal, score)._repr_html_()
        saved = self.decisions.get(proposal.key, model.Decision())
        self.status.value, self.reason.value = saved.status, saved.reason
        self.owner.value, self.next_step.value = saved.owner, saved.next_step

    def save_decision(self, _button=None):
        proposal, _ = self._proposal(self.choice.value)
        if proposal is None:
            self.decision_status.value = status_html("warning", "Vælg et forslag først.")
            return None
        try:
            decision = model.check_decision(
                model.Decision(self.status.value, self.reason.value, self.owner.value, self.next_step.value)
            )
        except model.PortfolioError as error:
            self.decision_status.value = status_html("error", f"Ikke gemt: {error}")
            return None
        decisions = {**self.decisions, proposal.key: decision}
        result = storage.try_save(DECISIONS_WORK, {key: dataclasses.asdict(d) for key, d in decisions.items()})
        if result.ok:
            self.decisions = decisions
            self.ranking.value = tables.ranking_table(self.current, self.decisions)._repr_html_()
            text = f"Beslutningen er gemt: {proposal.title} er nu »{decision.status}«."
            self.decision_status.value = status_html("ok", text)
        else:
            self.decision_status.value = status_html("error", result.message)
        return result

    # --- exports ------------------------------------------------------------------------------------------

    def _build_exports(self) -> None:
        self.export_buttons = {
            kind: widgets.Button(description=label, icon="download", layout=widgets.Layout(width="auto"))
            for kind, label in (("xlsx", "Excel"), ("csv", "CSV"), ("docx", "Word-resumé"))
        }
        self.export_status = widgets.HTML()
        for kind, button in self.export_buttons.items():
            button.on_click(lambda _b, kind=kind: self.export(kind))
        problems = tables.problems_table(self.problems)._repr_html_() if self.problems else ""
        self.export_box = widgets.VBox(
            [widgets.HBox(list(self.export_buttons.values())), self.export_status,
             widgets.HTML(f"<p><strong>Filer, der ikke kunne læses:</strong></p>{problems}" if problems else "")]
        )  # fmt: skip

    def export(self, kind: str):
        if kind == "xlsx":
            result = export.export_xlsx(self.current, self.decisions, self.problems)
        elif kind == "csv":
            result = export.export_csv(self.current, self.decisions)
        else:
            result = export.export_docx(self.current, self.decisions)
        self.export_status.value = status_html("ok" if result.ok else "error", result.message)
        return result


def portfolio_explorer(folder: str | Path) -> widgets.VBox:
    """The explorer of notebook 09 for the proposals in ``folder``."""
    return PortfolioExplorer(folder).view


def problems(folder: str | Path):
    """The files in ``folder`` that could not be read, each with its reason."""
    return tables.problems_table(model.load_folder(folder)[1])


def cohort_overview(folder: str | Path):
    """For the instructor: the cohort in numbers."""
    return tables.overview_table(model.overview(model.load_folder(folder)[0]))


def criteria_table():
    """The criteria, their sides, default weights, scales and sources."""
    frame = pd.DataFrame(
        [
            {"Kriterium": c.label, "Side": "værdi" if c.side == "value" else "indsats og risiko",
             "Standardvægt": c.weight, "Skala": c.scale, "Kilde": c.source}
            for c in model.criteria().values()
        ]
    )  # fmt: skip
    return table(frame)


__all__ = ["cohort_overview", "criteria_table", "demo_folder", "handed_in_folder", "portfolio_explorer", "problems"]
