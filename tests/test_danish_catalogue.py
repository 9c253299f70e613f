"""The workbook's Danish catalogue (lab/da_DK/*.json) still fits the installed JupyterLab, and installs cleanly.

After a JupyterLab upgrade these tests turn red where a string was renamed or lost a placeholder, instead of the
menus quietly turning English. README, "For maintainers", says how to add a string.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

import workbook
from workbook_helpers import lab_danish

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted((ROOT / "lab" / "da_DK").glob("*.json"))
PLACEHOLDER = re.compile(r"%\d")


@pytest.fixture(scope="module")
def source():
    return lab_danish.source_strings()


def _entries(path: Path) -> dict:
    return {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if k}


def test_there_is_a_catalogue_for_jupyterlab():
    assert ROOT / "lab" / "da_DK" / "jupyterlab.json" in CATALOGUES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_entry_is_still_a_string_of_the_installed_jupyterlab(path, source):
    missing = sorted(key.replace("\x04", " | ") for key in _entries(path) if key not in source)
    assert not missing, f"{path.name}: not in the installed JupyterLab any more (renamed?): {missing}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_entry_keeps_its_placeholders_and_plural(path, source):
    wrong = []
    for key, forms in _entries(path).items():
        english = [key.split("\x04")[-1]] + ([source[key]] if source.get(key) else [])
        if len(forms) != len(english) or not all(isinstance(f, str) and f.strip() for f in forms):
            wrong.append(f"{key!r}: {len(english)} form(s) wanted, got {forms!r}")
            continue
        for en, da in zip(english, forms, strict=True):
            if sorted(PLACEHOLDER.findall(en)) != sorted(PLACEHOLDER.findall(da)) or en.count("\n") != da.count("\n"):
                wrong.append(f"{en!r} -> {da!r}")
    assert not wrong, f"{path.name}: {wrong}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_header_names_the_domain(path):
    header = json.loads(path.read_text(encoding="utf-8"))[""]
    assert header["domain"] == path.stem
    assert header["language"] == "da-DK"


def test_laid_over_the_pack_for_da_dk_only():
    pack = {"jupyterlab": {"": {"domain": "jupyterlab"}, "Theme": ["Tema"], "menu\x04File": ["File (pack)"]}}
    merged = lab_danish.lay_over(pack, "da_DK", dirs=[ROOT / "lab"])
    assert merged["jupyterlab"]["menu\x04File"] == ["Filer"]  # ours wins key by key
    assert merged["jupyterlab"]["Theme"] == ["Tema"]  # the pack's own entries stay
    assert merged["jupyterlab"][""] == {"domain": "jupyterlab"}
    assert pack["jupyterlab"]["menu\x04File"] == ["File (pack)"]  # the pack's data is not changed in place
    for other in ("en", "de_DE", "nb_NO"):
        assert lab_danish.lay_over(pack, other, dirs=[ROOT / "lab"]) is pack


def test_a_damaged_catalogue_leaves_the_pack_showing(tmp_path):
    (tmp_path / "da_DK").mkdir()
    (tmp_path / "da_DK" / "jupyterlab.json").write_text("{ not json", encoding="utf-8")
    pack = {"jupyterlab": {"Theme": ["Tema"]}}
    assert lab_danish.lay_over(pack, "da_DK", dirs=[tmp_path]) == pack


def test_server_side_strings_are_danish_for_da_dk_and_english_for_en(monkeypatch):
    from jupyterlab_server.translation_utils import TranslationBundle

    monkeypatch.setattr(lab_danish, "catalogue_dirs", lambda: [ROOT / "lab"])
    lab_danish.install_hooks()
    lab_danish.install_hooks()  # twice changes nothing
    danish = TranslationBundle("jupyterlab", "da_DK")
    assert danish.pgettext("menu", "File") == "Filer"
    assert danish.gettext("Run All Cells") == "Kør alle celler"
    assert danish.ngettext("Cut Cell", "Cut Cells", 2) == "Klip celler"
    assert danish.gettext("Build") == "Kompilér"  # not ours: the pack's .mo answers
    english = TranslationBundle("jupyterlab", "en")
    assert english.pgettext("menu", "File") == "File"
    assert english.gettext("Run All Cells") == "Run All Cells"


def test_install_danish_catalogue_into_a_prefix(tmp_path):
    workbook.install_danish_catalogue(tmp_path)
    installed = tmp_path / "share" / "jupyter" / lab_danish.DATA_DIR / "da_DK"
    assert sorted(p.name for p in installed.glob("*.json")) == [p.name for p in CATALOGUES]
    config = tmp_path / "etc" / "jupyter" / "jupyter_server_config.d" / "workbook_helpers.lab_danish.json"
    assert json.loads(config.read_text())["ServerApp"]["jpserver_extensions"] == {"workbook_helpers.lab_danish": True}
    kernel = json.loads((tmp_path / "etc" / "ipython" / "ipython_kernel_config.json").read_text(encoding="utf-8"))
    links = [link["text"] for link in kernel["IPythonKernel"]["help_links"]]
    assert links[:2] == ["Python-reference", "IPython-reference"]
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.json")}
    workbook.install_danish_catalogue(tmp_path)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.json")} == before  # a second run writes nothing


def test_a_catalogue_the_workbook_no_longer_has_is_removed(tmp_path):
    stale = tmp_path / "share" / "jupyter" / lab_danish.DATA_DIR / "da_DK" / "old_domain.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    workbook.install_danish_catalogue(tmp_path)
    assert not stale.exists()
    assert (stale.parent / "jupyterlab.json").exists()


def test_the_kernel_config_of_others_is_kept(tmp_path):
    kernel_config = tmp_path / "etc" / "ipython" / "ipython_kernel_config.json"
    kernel_config.parent.mkdir(parents=True)
    kernel_config.write_text(json.dumps({"InlineBackend": {"figure_format": "retina"}}), encoding="utf-8")
    workbook.install_danish_catalogue(tmp_path)
    config = json.loads(kernel_config.read_text(encoding="utf-8"))
    assert config["InlineBackend"] == {"figure_format": "retina"}
    assert config["IPythonKernel"]["help_links"] == workbook.KERNEL_HELP_LINKS


def test_the_po_export_for_crowdin_reads_back(source):
    from babel.messages.pofile import read_po

    sys.path.insert(0, str(ROOT / "tools"))
    from danish_catalogue_po import to_po

    entries = json.loads((ROOT / "lab" / "da_DK" / "jupyterlab.json").read_text(encoding="utf-8"))
    catalog = read_po(io.BytesIO(to_po(entries, source).encode("utf-8")))
    assert len(catalog) == len(entries) - 1
    assert catalog.get("File", context="menu").string == "Filer"
    assert catalog.get("Cut Cell").string == ("Klip celle", "Klip celler")
