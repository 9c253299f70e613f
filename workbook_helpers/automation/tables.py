"""Show a table for reading in a notebook: no index column and the full text of every cell.

pandas cuts text longer than 50 characters in a notebook ("…"), which hides most of a technology's description or
a legal point; ``show`` returns a styled table that shows it all.

>>> import pandas as pd
>>> html = show(pd.DataFrame({"Teknologi": ["RPA"], "Hvad gør den?": ["x" * 80]})).to_html()
>>> "x" * 80 in html
True
"""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

_CELL = {"text-align": "left", "vertical-align": "top"}
_HEADER = [{"selector": "th", "props": [("text-align", "left"), ("vertical-align", "bottom")]}]


def show(frame: pd.DataFrame) -> Styler:
    """The table without the index column, every cell in full, text aligned left."""
    return frame.style.hide(axis="index").set_properties(**_CELL).set_table_styles(_HEADER)


def steps_for_reading(steps: pd.DataFrame) -> Styler:
    """A step table with Danish headings, Danish numbers, ja/nej and input types in words.

    >>> from workbook_helpers.automation.examples import example_steps
    >>> "Minutter pr. gang" in steps_for_reading(example_steps()).to_html()
    True
    """
    from workbook_helpers import formats
    from workbook_helpers.workflow.schema import COLUMN_LABELS, INPUT_TYPE_LABELS

    from .scoring import EXTRA_COLUMN_LABELS

    readable = steps.copy()
    for column in readable.columns:
        values = readable[column]
        if column == "input_type":
            readable[column] = values.map(lambda v: INPUT_TYPE_LABELS.get(v, v))
        elif column in ("rule_based", "double_entry"):
            readable[column] = values.map(lambda v: "ja" if v is True or v == 1 else "nej")
        elif column in ("error_rate", "exception_share"):
            readable[column] = values.map(lambda v: formats.percent(v))
        elif pd.api.types.is_numeric_dtype(values):
            readable[column] = values.map(lambda v: formats.number(v, 0 if float(v).is_integer() else 1))
    labels = {
        **COLUMN_LABELS,
        **EXTRA_COLUMN_LABELS,
        "double_entry": "Tastes igen",
        "error_rate": "Andel fejl/omarbejde",
    }
    labels["exception_share"] = "Andel undtagelser"
    return show(readable.rename(columns=lambda c: labels.get(c, c)))
