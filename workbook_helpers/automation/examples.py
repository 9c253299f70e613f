"""An illustrative step table to score when the learner has not saved a workflow of their own.

Every number here is made up for teaching ("Eksempel (illustrativt)"): it is a plausible application workflow in a
municipal administration, not a measurement. The columns are the shared step table of
``workbook_helpers.workflow.schema`` plus two optional scoring columns.

>>> steps = example_steps()
>>> len(steps), steps.loc[0, "step"]
(7, 'Modtag og journalisér ansøgningen')
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers.storage import load_work

EXAMPLE_LABEL = "Eksempel (illustrativt): en ansøgning om tilskud i syv trin; alle tal er opdigtede."

_ROWS = [
    # step, actor, system, minutes, per_year, wait_hours, input_type, rule_based, error_rate, stability_score
    ("Modtag og journalisér ansøgningen", "Administrativ medarbejder", "ESDH", 4, 2400, 8, "email", True, 0.05, 4),
    ("Tast oplysningerne ind i fagsystemet", "Administrativ medarbejder", "Fagsystem", 6, 2400, 24, "form", True,
     0.08, 4),
    ("Slå oplysninger op i CPR og indkomstregister", "Sagsbehandler", "Registre", 5, 2400, 4, "structured", True,
     0.03, 5),
    ("Vurdér særlige forhold", "Sagsbehandler", "Fagsystem", 20, 300, 48, "email", False, 0.20, 3),
    ("Beregn tilskud og træf afgørelse", "Sagsbehandler", "Fagsystem", 8, 2400, 24, "structured", True, 0.06, 2),
    ("Send afgørelsesbrev", "Administrativ medarbejder", "Digital Post", 3, 2400, 2, "structured", True, 0.02, 5),
    ("Scan og arkivér papirbilag", "Administrativ medarbejder", "ESDH", 5, 1800, 72, "paper", True, 0.15, 4),
]  # fmt: skip
_COLUMNS = [
    "step", "actor", "system", "minutes", "per_year", "wait_hours", "input_type", "rule_based", "error_rate",
    "stability_score",
]  # fmt: skip


def example_steps() -> pd.DataFrame:
    """The illustrative seven-step workflow as a step table (shared columns plus ``stability_score``)."""
    steps = pd.DataFrame(_ROWS, columns=_COLUMNS)
    steps["minutes"] = steps["minutes"].astype(float)
    steps["per_year"] = steps["per_year"].astype(float)
    steps["wait_hours"] = steps["wait_hours"].astype(float)
    return steps


# The name the workflow editor of notebook 03 saves under (workbook_helpers.workflow.widgets.workflow_editor).
WORKFLOW_WORK = "min_arbejdsgang"
NO_SAVED_WORKFLOW = " Du har ikke gemt en arbejdsgang i notebook 03 endnu, så her bruges eksemplet."


def saved_or_example_steps(name: str = WORKFLOW_WORK) -> tuple[pd.DataFrame, str]:
    """The learner's own workflow from notebook 03 if one is saved and valid, otherwise the illustrative example.

    Returns ``(steps, label)``; the label says which it is (and, for a saved table that cannot be used, why).
    """
    saved = load_work(name, default=None)
    rows = saved.get("rows") if isinstance(saved, dict) else None
    if not rows:
        return example_steps(), EXAMPLE_LABEL + NO_SAVED_WORKFLOW
    try:
        from workbook_helpers.workflow.model import validate_steps

        steps = validate_steps(pd.DataFrame(rows))
    except ImportError:  # the workflow model is optional for this topic; the scoring validates on its own
        steps = pd.DataFrame(rows)
    except ValueError as error:
        return example_steps(), f"{EXAMPLE_LABEL} Din gemte arbejdsgang kunne ikke bruges: {error}"
    title = str(saved.get("title") or "Min arbejdsgang")
    return steps, f"Din egen arbejdsgang »{title}« fra notebook 03 (dine egne tal)."
