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
