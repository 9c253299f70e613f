"""One way to say things to a learner: Danish errors, quotes, the example label, and status lines.

- ``WorkbookError`` is the base of every Danish error the package raises on purpose. Its text is the whole message;
  in a notebook it is shown without a traceback (see ``install_exception_hook``).
- ``quote`` puts learner-facing quotes around a text: the workbook writes »…« everywhere.
- ``EXAMPLE_LABEL`` is the one text that marks an illustrative example.
- ``status_html`` renders one status or error line, always escaped; every widget uses it.
- Per-topic message tables (``{"key": "Tekst med {felt}"}``) are read with ``Messages(table)("key", felt=...)``.

>>> quote("Det har vi prøvet før")
'»Det har vi prøvet før«'
>>> status_html("ok", "Gemt <nu>")[:40]
"<div role='status' class='wb-status wb-s"
>>> "&lt;nu&gt;" in status_html("ok", "Gemt <nu>")
True
"""

from __future__ import annotations

import html
from collections.abc import Mapping

EXAMPLE_LABEL = "Eksempel (illustrativt)"


class WorkbookError(ValueError):
    """A problem the learner can fix, told in Danish. ``str(error)`` is the whole message."""


def quote(text: object) -> str:
    """``text`` in the workbook's quotes: »text«."""
    return f"»{text}«"


# kind -> (icon, colour, ARIA role). The colour only repeats what the icon and the words say.
_KINDS = {
    "ok": ("✅", "#00734d", "status"),
    "info": ("ℹ️", "#005a8c", "status"),
    "warning": ("⚠️", "#8a5a00", "status"),
    "error": ("❌", "#a33a00", "alert"),
}


def status_html(kind: str, text: str, *, detail: str = "") -> str:
    """One status line: an icon, the (escaped) text and an optional (escaped) detail on the next line."""
    icon, colour, role = _KINDS[kind]
    body = html.escape(str(text)).replace("\n", "<br>")
    extra = f"<br><span style='font-size:.95em'>{html.escape(detail)}</span>" if detail else ""
    return (
        f"<div role='{role}' class='wb-status wb-status-{kind}' style='border-left:6px solid {colour};"
        f"padding:.35em .8em;margin:.3em 0;background:#f7f7f7;max-width:100%;overflow-wrap:anywhere'>"
        f"<span aria-hidden='true'>{icon}</span> {body}{extra}</div>"
    )


class Messages:
    """A topic's table of Danish texts; calling it fills in the placeholders.

    >>> Messages({"hej": "Hej {navn}."})("hej", navn="Kim")
    'Hej Kim.'
    """

    def __init__(self, table: Mapping[str, str]):
        self.table = dict(table)

    def __call__(self, key: str, **values: object) -> str:
        return self.table[key].format(**values)


def _show_danish_error(shell, etype, value, tb, tb_offset=None):  # pragma: no cover - runs inside IPython
    from IPython.display import HTML, display

    display(HTML(status_html("error", str(value))))


def install_exception_hook() -> bool:
    """In a notebook, show a ``WorkbookError`` as its Danish message alone (no traceback). True if installed."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is always installed with the workbook
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc((WorkbookError,), _show_danish_error)
    return True
