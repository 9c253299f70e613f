"""Tables for reading: every cell in full (never cut with "…"), no index, text left-aligned, numbers right-aligned.

``table(frame)`` returns an object the notebook shows as an HTML table (escaped) and as plain text elsewhere, so a
checked output in nbval stays readable. Numbers are written the Danish way through ``formats``.

>>> import pandas as pd
>>> shown = table(pd.DataFrame({"Navn": ["A <b>"], "Timer": [12.5]}))
>>> "A &lt;b&gt;" in shown._repr_html_() and "12,5" in shown._repr_html_()
True
>>> print(shown)
Navn  | Timer
A <b> | 12,5
"""

from __future__ import annotations

import html
import numbers

import pandas as pd

from . import formats

_CSS = (
    "<style>.wb-table{border-collapse:collapse;margin:.4em 0;font-size:1em;max-width:100%}"
    ".wb-table th,.wb-table td{border-bottom:1px solid #ccc;padding:.25em .6em;vertical-align:top;"
    "white-space:normal;overflow-wrap:break-word;text-align:left}"
    ".wb-table th{background:#eee}.wb-table td.wb-num{text-align:right;white-space:nowrap}</style>"
)


_TD = "text-align:left;vertical-align:top;white-space:normal;overflow-wrap:break-word;padding:.25em .6em"
_TH = _TD + ";background:#eee"
_NUM = "text-align:right;vertical-align:top;white-space:nowrap;padding:.25em .6em"


def _cell(value: object) -> tuple[str, bool]:
    """The text of one cell, and whether it is a number (right-aligned)."""
    if value is None or (isinstance(value, float) and value != value):
        return "", False
    if isinstance(value, bool):
        return ("ja" if value else "nej"), False
    if isinstance(value, numbers.Real):
        return formats.number(value, "auto"), True
    if isinstance(value, pd.Timestamp):
        return formats.date(value), False
    return str(value), False


class Table:
    """A DataFrame shown for reading. ``frame`` is the data itself, for tests and further work."""

    def __init__(self, frame: pd.DataFrame, caption: str = ""):
        self.frame = frame
        self.caption = caption

    def rows(self) -> list[list[tuple[str, bool]]]:
        return [[_cell(v) for v in row] for row in self.frame.itertuples(index=False, name=None)]

    def _repr_html_(self) -> str:
        # Inline styles as well as the class: JupyterLab's own table style right-aligns cells in output areas.
        head = "".join(f"<th scope='col' style='{_TH}'>{html.escape(str(c))}</th>" for c in self.frame.columns)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td class='wb-num' style='{_NUM}'>{html.escape(t)}</td>"
                if n
                else f"<td style='{_TD}'>{html.escape(t)}</td>"
                for t, n in r
            )
            + "</tr>"
            for r in self.rows()
        )
        caption = f"<caption style='text-align:left'>{html.escape(self.caption)}</caption>" if self.caption else ""
        return f"{_CSS}<table class='wb-table'>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def __str__(self) -> str:
        lines = [[str(c) for c in self.frame.columns], *([t for t, _ in r] for r in self.rows())]
        widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))] if lines[0] else []
        text = [" | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in lines]
        return "\n".join(([self.caption] if self.caption else []) + text)

    __repr__ = __str__

    def __len__(self) -> int:
        return len(self.frame)


def table(frame: pd.DataFrame | Table, caption: str = "") -> Table:
    """``frame`` for reading: the whole text of every cell, Danish numbers, escaped; a named index becomes the
    first column, an unnamed one (row numbers) is left out. A ``Table`` is
    returned as it is, so wrapping twice is harmless."""
    if isinstance(frame, Table):
        return frame
    if frame.index.name is not None or any(name is not None for name in frame.index.names):
        frame = frame.reset_index()  # a named index (e.g. the channel) is data: it becomes the first column
    elif not isinstance(frame.index, pd.RangeIndex) or frame.index.start != 0:
        frame = frame.reset_index(drop=True)  # an unnamed index (row numbers left by a filter) is left out
    return Table(frame, caption)
