"""The step table every workflow tool shares: arbejdsgangsanalyse, automation scoring and the business case.

One row is one step of a workflow (an arbejdsgang). Column names are English; what a learner sees is Danish,
through ``COLUMN_LABELS`` and ``INPUT_TYPE_LABELS``.

>>> sorted(INPUT_TYPES)
['email', 'form', 'paper', 'structured']
>>> COLUMN_LABELS["minutes"]
'Minutter pr. gang'
"""

from __future__ import annotations

# column -> (dtype, Danish label). dtype is one of "str", "float", "bool", "category".
STEP_COLUMNS: dict[str, tuple[str, str]] = {
    "step": ("str", "Trin"),
    "actor": ("str", "Aktør/rolle"),
    "system": ("str", "System"),
    "minutes": ("float", "Minutter pr. gang"),
    "per_year": ("float", "Antal gange pr. år"),
    "wait_hours": ("float", "Ventetid før trinnet (timer)"),
    "input_type": ("category", "Input"),
    "rule_based": ("bool", "Følger faste regler"),
    "error_rate": ("float", "Andel fejl/omarbejde (0-1)"),
}

COLUMN_LABELS: dict[str, str] = {name: label for name, (_, label) in STEP_COLUMNS.items()}

# input_type codes, from least to most machine-readable, with their Danish labels.
INPUT_TYPE_LABELS: dict[str, str] = {
    "paper": "Papir",
    "email": "E-mail/fritekst",
    "form": "Digital formular",
    "structured": "Strukturerede digitale data",
}
INPUT_TYPES: tuple[str, ...] = tuple(INPUT_TYPE_LABELS)

# Optional columns the arbejdsgangsanalyse adds to the step table. Tools that do not know them may ignore them;
# ``workflow.model.validate_steps`` fills them with their default when they are missing.
EXTRA_STEP_COLUMNS: dict[str, tuple[str, str]] = {
    "double_entry": ("bool", "Data tastes igen (dobbeltregistrering)"),
}
EXTRA_COLUMN_LABELS: dict[str, str] = {name: label for name, (_, label) in EXTRA_STEP_COLUMNS.items()}
