"""An illustrative step table to score when the learner has not saved a workflow of their own (see
``model.choices``).

Every number here is made up for teaching ("Eksempel (illustrativt)"): it is a plausible application workflow in a
municipal administration, not a measurement. The columns are the shared step table of
``workbook_helpers.workflow.schema`` plus two optional scoring columns.

>>> steps = example_steps()
>>> len(steps), steps.loc[0, "step"]
(7, 'Modtag og journalisér ansøgningen')
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers.messages import EXAMPLE_LABEL as _LABEL

EXAMPLE_LABEL = f"{_LABEL}: en ansøgning om tilskud i syv trin; alle tal er opdigtede."

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
