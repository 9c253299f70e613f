"""The install check: tells a learner in plain Danish whether everything the workbook needs works.

>>> report = check_installation()
>>> report.ok
True
"""

from __future__ import annotations

import html
import importlib.metadata
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import data, storage

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Item:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class InstallReport:
    items: tuple[Item, ...]

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def summary(self) -> str:
        if self.ok:
            return "✅ Alt virker. Du er klar til kurset."
        failed = sum(not item.ok for item in self.items)
        return (
            f"❌ {failed} ting virker ikke endnu. Vis denne besked til underviseren, "
            "eller kør »python3 workbook.py lab« igen."
        )

    def __str__(self) -> str:
        lines = [self.summary]
        lines += [f"{'✅' if i.ok else '❌'} {i.name}" + ("" if i.ok else f": {i.detail}") for i in self.items]
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<li>{'✅ OK' if i.ok else '❌ Virker ikke'}: <strong>{html.escape(i.name)}</strong>"
            f" – {html.escape(i.detail)}</li>"
            for i in self.items
        )
        return f"<div role='status'><p style='font-size:1.2em'>{html.escape(self.summary)}</p><ul>{rows}</ul></div>"


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==(\S+)", line.strip())
        if match:
            pins[match.group(1)] = match.group(2)
    return pins


def _check_python() -> Item:
    version = ".".join(map(str, sys.version_info[:3]))
    return Item("Python", sys.version_info >= (3, 11), f"version {version} (kræver 3.11 eller nyere)")


def _check_packages() -> Item:
    wrong = []
    for name, pinned in _pins().items():
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            wrong.append(f"{name} mangler")
            continue
        if found != pinned:
            wrong.append(f"{name} {found} (forventet {pinned})")
    if wrong:
        return Item("Pakker", False, "; ".join(wrong))
    return Item("Pakker", True, f"{len(_pins())} pakker i de rigtige versioner")


def _check_data() -> Item:
    try:
        entries = data.catalogue()
    except data.DataError as error:
        return Item("Data", False, str(error))
    missing = [entry["file"] for entry in entries.values() if not (data.DATA_DIR / entry["file"]).exists()]
    if missing:
        return Item("Data", False, "mangler: " + ", ".join(missing))
    return Item("Data", True, f"{len(entries)} datasæt fundet i mappen data/")


def _check_work_folder() -> Item:
    try:
        storage.save_work("installationstjek", {"ok": True})
        ok = storage.load_work("installationstjek") == {"ok": True}
    except OSError as error:
        return Item("Mappe til dit arbejde", False, f"kan ikke gemme ({error.strerror})")
    return Item("Mappe til dit arbejde", ok, f"dit arbejde gemmes i {storage.work_dir()}")


def _check_charts() -> Item:
    import io

    from ..style import new_chart

    try:
        fig, ax = new_chart("Test", "x", "y")
        ax.plot([0, 1], [0, 1])
        fig.savefig(io.BytesIO(), format="png")
    except Exception as error:  # any failure here means charts will not show
        return Item("Diagrammer", False, f"{type(error).__name__}: {error}")
    return Item("Diagrammer", True, "matplotlib tegner i husets stil")


def _check_widgets() -> Item:
    try:
        import ipywidgets

        importlib.metadata.version("jupyterlab_widgets")
    except (ImportError, importlib.metadata.PackageNotFoundError):
        return Item("Widgets", False, "ipywidgets eller jupyterlab_widgets mangler")
    return Item("Widgets", True, f"ipywidgets {ipywidgets.__version__} er klar")


def check_installation() -> InstallReport:
    """Check Python, the pinned packages, the data files, the work folder, charts and widgets."""
    checks = (_check_python, _check_packages, _check_data, _check_work_folder, _check_charts, _check_widgets)
    return InstallReport(tuple(check() for check in checks))
