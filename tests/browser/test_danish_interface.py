"""What a new learner meets in JupyterLab is Danish: menus, toolbars, status bar, file browser, dialogs, launcher.

A shown text counts as English when it is one of the installed JupyterLab's own message ids (or fills one of its
templates, like "Save %1") and neither the language pack nor the workbook's catalogue gives it a Danish form.
Everything met is written to test-artefacts/browser/danish_interface.json for a maintainer to read.
"""

from __future__ import annotations

import json
import os
import re

from playwright.sync_api import expect

from tests.browser.conftest import ARTEFACTS, ROOT
from workbook_helpers import lab_danish

# JupyterLab 4.6.6 builds these with a null translator (the widget is given none), so no catalogue reaches them.
BUILT_WITHOUT_TRANSLATOR = {
    "Save",  # the button of the Save As dialog (docmanager getSavePath)
    "Save File As…",  # the title of the Save As dialog
    "No Kernel",  # in the change-kernel dialog's list
    "Enable Debugger",  # the bug button's tooltip on the notebook toolbar
    "More commands",  # the "⋯" of a toolbar too narrow for its buttons
    "main area toolbar",  # screen-reader labels (aria-label) of a notebook's toolbar, its content and the cell
    "main area content",  # toolbar
    "Cell toolbar",
}
# Installed extensions whose labels are written in English in their code, not through a translator.
EXTENSIONS_WITHOUT_TRANSLATOR = {
    "Render Notebook with Voilà",  # View menu and notebook toolbar (@voila-dashboards/jupyterlab-preview)
    "Render with Voilà",
    "Open with Voilà in New Browser Tab",
    "Customize Notebook Fonts",  # notebook toolbar (@deathbeds/jupyterlab-fonts)
    "Fonts",  # Settings → Fonts (@deathbeds/jupyterlab-fonts): Code, Content, UI, …
    "Code",
    "Content",
    "UI",
    "Global Fonts...",
    "Disable Custom Fonts",
}
ONLY_IN_FONTS_MENU = {"Code", "Content", "UI"}  # JupyterLab's own "Code" (the cell type) must still be Danish
# JupyterLab puts the raw true/false into a file's tooltip ("\nWritable: %1", translated "\nKan ændres: %1").
RAW_VALUES = {"Kan ændres: true", "Kan ændres: false"}
UNREACHABLE = BUILT_WITHOUT_TRANSLATOR | EXTENSIONS_WITHOUT_TRANSLATOR | RAW_VALUES
# English words no Danish label has: a text that is no JupyterLab string but has one of them is English too.
ENGLISH_WORD = re.compile(
    r"\b(?:the|and|with|of|from|Open|Render|Fonts|Global|Disable|Enable|Content|New|Save|File|Files|Kernel|Cell|Cells|"
    r"Run|Move|Show|Hide|Delete|Close|Settings|Help|View|Edit|Select|Restart|Copy|Paste|Undo|Redo|Background|Bottom|"
    r"Left|Right|Fade|Size|Created|Modified|More|Reference|Custom|Theme|Light|Dark|true|false|Slide|Slides|Notes)\b"
)
# Not looked for: the export formats nbconvert names itself (Asciidoc, Qtpdf, Qtpng, Webpdf), names not words.
MENUS_FILE = ROOT / "tests" / "menus_da.json"
SHORTCUT = re.compile(r"\s*\((?:[^()]*(?:Ctrl|Shift|Alt|Cmd|Accel|Enter|Esc)[^()]*|[A-Z0-9](?:, [A-Z0-9])?)\)$")

# Not read: the notebook's own content, keyboard shortcuts, and the list of programming languages under
# View → Text Editor Syntax Highlighting (names spelt the same in Danish).
SKIP = ".jp-RenderedHTMLCommon, .jp-OutputArea-output, .cm-content, .lm-Menu-itemShortcut, .lm-Menu-itemMnemonic"
SKIP_SUBMENU = "menu\x04Text Editor Syntax Highlighting"
COLLECT = """([root, SKIP]) => {
    const out = [];
    const roots = root ? [...document.querySelectorAll(root)] : [document.body];
    for (const r of roots) {
        for (const el of [r, ...r.querySelectorAll('*')]) {
            if (el.closest(SKIP)) continue;
            // A menu label with a mnemonic is "<span class=lm-Menu-itemMnemonic>O</span>pen": read it whole.
            const kids = [...el.children];
            const whole = kids.length && kids.every(k => k.matches('.lm-Menu-itemMnemonic, .lm-MenuBar-itemMnemonic'));
            const own = whole ? el.textContent.trim()
                : [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
            if (own && el.getClientRects().length) out.push(own);
            if (el.tagName === 'SELECT') {  // a closed list: what a learner sees when opening it
                for (const o of el.querySelectorAll('option')) out.push(o.textContent.trim());
                for (const g of el.querySelectorAll('optgroup')) out.push(g.label);
            }
            for (const a of ['title', 'placeholder', 'aria-label']) {
                const v = el.getAttribute(a);
                if (v && v.trim()) out.push(v.trim());
            }
        }
    }
    return out;
}"""


class Catalogue:
    """The installed JupyterLab's English message ids, and the Danish the page is served for them."""

    def __init__(self, served: dict):
        entries = {k: v for domain in served.values() for k, v in domain.items() if k}
        danish = {form for forms in entries.values() for form in forms}
        # A tooltip is built line by line ("Name: %1\nPath: %2\n", "\nSize: %1"), and read line by line here.
        ids = {
            line.strip()
            for key in lab_danish.source_strings()
            for line in key.split(lab_danish.CONTEXT_SEPARATOR)[-1].split("\n")
        }
        self.danish = {line.strip() for form in danish for line in form.split("\n")}
        self.skip_submenus = {SKIP_SUBMENU.split("\x04")[-1], *entries.get(SKIP_SUBMENU, [])}
        self.english = {i for i in ids if i not in self.danish and i}
        templates = [i for i in self.english if re.search(r"%\d", i) and len(re.sub(r"%\d|\W", "", i)) >= 4]
        self.templates = [
            re.compile("^" + "(.+)".join(re.escape(part) for part in re.split(r"%\d", t)) + "$") for t in templates
        ]

    def is_english(self, text: str, where: list[str]) -> bool:
        text = SHORTCUT.sub("", text.strip())
        if not text or text in self.danish or text in UNREACHABLE - ONLY_IN_FONTS_MENU:
            return False
        if text in ONLY_IN_FONTS_MENU and set(where) == {"menuen Indstillinger (undermenu)"}:
            return False
        return text in self.english or any(t.match(text) for t in self.templates) or bool(ENGLISH_WORD.search(text))


def _collect(page, seen: dict, surface: str, root: str | None) -> None:
    for text in page.evaluate(COLLECT, [root, SKIP]):
        for line in re.split(r"\n| \| ", text):  # tooltips have lines; the kernel's is "Python 3 | Ledig"
            if line.strip():
                surfaces = seen.setdefault(line.strip(), [])
                if surface not in surfaces:
                    surfaces.append(surface)


def _command(page, command: str) -> None:
    page.evaluate("(c) => { window.jupyterapp.commands.execute(c); }", command)


def _dialog(page, seen: dict, surface: str, command: str) -> None:
    _command(page, command)
    page.wait_for_selector(".jp-Dialog", timeout=30_000)
    page.wait_for_timeout(500)
    _collect(page, seen, surface, ".jp-Dialog")
    page.keyboard.press("Escape")
    page.wait_for_selector(".jp-Dialog", state="detached", timeout=30_000)


MENU_ITEMS = """(menu) => [...menu.querySelectorAll(':scope > .lm-Menu-content > .lm-Menu-item')]
    .filter(i => i.getClientRects().length && i.dataset.type !== 'separator')
    .map(i => i.querySelector('.lm-Menu-itemLabel').textContent.trim())"""
# Menu items that name the learner's own files (Tabs lists the open ones; Open Recent the recent ones): not kept.
OWN_FILES = re.compile(r"^/|\.ipynb$")


def _menus(page, seen: dict, skip: set[str]) -> dict[str, list[str]]:
    """Read every menu of the menu bar and its submenus; return {"Kør": [...], "Filer → Ny": [...]}."""
    _collect(page, seen, "menulinjen", "#jp-menu-panel")
    tree: dict[str, list[str]] = {}
    for index in range(page.locator(".lm-MenuBar-item").count()):
        page.locator(".lm-MenuBar-item").nth(index).click()
        menu = page.locator(".lm-Menu").first  # submenus open after it
        menu.wait_for()
        title = page.locator(".lm-MenuBar-item").nth(index).inner_text().strip()
        _collect(page, seen, f"menuen {title}", ".lm-Menu")
        tree[title] = [i for i in menu.evaluate(MENU_ITEMS) if not OWN_FILES.search(i)]
        submenus = menu.locator(":scope > .lm-Menu-content > .lm-Menu-item[data-type='submenu']")
        for sub in range(submenus.count()):
            label = submenus.nth(sub).locator(".lm-Menu-itemLabel").inner_text().strip()
            if label in skip or not submenus.nth(sub).is_visible():
                continue
            submenus.nth(sub).hover()
            page.wait_for_timeout(300)
            _collect(page, seen, f"menuen {title} (undermenu)", ".lm-Menu")
            items = page.locator(".lm-Menu").nth(1).evaluate(MENU_ITEMS)
            tree[f"{title} → {label}"] = [i for i in items if not OWN_FILES.search(i)]
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
    return tree


def _context_menu(page, seen: dict, surface: str, target) -> None:
    target.click(button="right")
    page.wait_for_selector(".lm-Menu", timeout=30_000)
    _collect(page, seen, surface, ".lm-Menu")
    page.keyboard.press("Escape")


def _check_menus(menus: dict[str, list[str]]) -> None:
    """The real Danish menus are the ones tests/menus_da.json records (tests/test_menu_paths.py reads it)."""
    if os.environ.get("WORKBOOK_UPDATE_MENUS"):
        MENUS_FILE.write_text(json.dumps(menus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    recorded = json.loads(MENUS_FILE.read_text(encoding="utf-8"))
    changed = {name: items for name, items in menus.items() if recorded.get(name) != items}
    gone = sorted(set(recorded) - set(menus))
    assert not changed and not gone, (
        f"The menus differ from {MENUS_FILE.name} (changed: {changed}, gone: {gone}). After checking the catalogue, "
        "refresh it with WORKBOOK_UPDATE_MENUS=1 python3 workbook.py test tests/browser/test_danish_interface.py"
    )


def test_a_learner_meets_danish_not_english(lab, page):
    served = json.loads(page.request.get(f"{lab.url}/lab/api/translations/da_DK?token={lab.token}").text())["data"]
    catalogue = Catalogue(served)
    lab.open_notebook(page, "00_kom_i_gang.ipynb")
    # The Help menu lists the kernel's help links once the kernel has told its info.
    page.evaluate("async () => { await window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.info; }")
    page.wait_for_timeout(1500)
    seen: dict[str, list[str]] = {}  # text -> the surfaces it was met on
    menus = _menus(page, seen, catalogue.skip_submenus)
    _collect(page, seen, "notebookens værktøjslinje", ".jp-NotebookPanel-toolbar")
    page.locator(".jp-Notebook .jp-Cell").first.click()
    page.wait_for_timeout(500)
    _collect(page, seen, "cellens værktøjslinje", ".jp-cell-toolbar")
    _collect(page, seen, "statuslinjen", "#jp-main-statusbar")
    _collect(page, seen, "sidepanelerne", ".jp-SideBar")
    _collect(page, seen, "filbrowseren", ".jp-FileBrowser")
    _context_menu(page, seen, "filbrowserens genvejsmenu", page.locator(".jp-DirListing-item").first)
    _context_menu(page, seen, "cellens genvejsmenu", page.locator(".jp-Notebook .jp-Cell").first)
    _context_menu(page, seen, "fanebladets genvejsmenu", page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab").first)
    _dialog(page, seen, "dialogen Genstart kernen", "kernelmenu:restart")
    _dialog(page, seen, "dialogen Skift kerne", "kernelmenu:change")
    _dialog(page, seen, "dialogen Omdøb", "docmanager:rename")
    _dialog(page, seen, "dialogen Gem som", "docmanager:save-as")
    _dialog(page, seen, "dialogen Luk og luk kernen ned", "notebook:close-and-shutdown")
    dirty = "(d) => { window.jupyterapp.shell.currentWidget.context.model.dirty = d; }"
    page.evaluate(dirty, True)  # as after typing: closing asks whether to save
    _dialog(page, seen, "dialogen Luk uden at gemme", "application:close")
    page.evaluate(dirty, False)  # never saved: the notebook on disk stays as it is
    _command(page, "launcher:create")
    page.wait_for_selector(".jp-Launcher", timeout=30_000)
    page.wait_for_timeout(1000)
    _collect(page, seen, "startpanelet (launcher)", ".jp-Launcher")
    _collect(page, seen, "fanebladene", ".lm-DockPanel-tabBar")
    lab.screenshot(page, "danish_interface")

    english = {text: where for text, where in seen.items() if catalogue.is_english(text, where)}
    allowed = sorted(t for t in seen if ENGLISH_WORD.search(t) or SHORTCUT.sub("", t) in UNREACHABLE)
    report = {"english": english, "allowed": allowed, "all_seen": seen, "menus": menus}
    (ARTEFACTS / "danish_interface.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    assert not english, f"{len(english)} English strings on the learner's surfaces: {english}"
    _check_menus(menus)


def test_server_side_strings_are_danish_and_english_stays_english(lab, page):
    def get(path: str) -> dict:
        return json.loads(page.request.get(f"{lab.url}{path}?token={lab.token}").text())

    # Menu labels in the settings schemas are translated on the server, with the locale from overrides.json.
    schema = get("/lab/api/settings/@jupyterlab/mainmenu-extension:plugin")["schema"]
    assert [m["label"] for m in schema["jupyter.lab.menus"]["main"]][:3] == ["Filer", "Rediger", "Vis"]
    # A learner who switches to English gets JupyterLab's English: nothing of the workbook's catalogue.
    english = get("/lab/api/translations/en")["data"]
    assert "Filer" not in json.dumps(english, ensure_ascii=False)


def test_a_learner_who_switches_to_english_sees_english(lab, page):
    url = f"{lab.url}/lab/api/settings/@jupyterlab/translation-extension:plugin"
    headers = {"Authorization": f"token {lab.token}", "Content-Type": "application/json"}

    def choose(raw: str) -> None:
        assert page.request.put(url, data=json.dumps({"raw": raw}), headers=headers).ok

    choose('{"locale": "en"}')  # what Settings → Language → English saves
    try:
        lab.open_notebook(page, "00_kom_i_gang.ipynb")
        titles = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
        assert titles[:5] == ["File", "Edit", "View", "Run", "Kernel"]
        page.locator(".lm-MenuBar-item", has_text="Run").click()
        expect(page.locator(".lm-Menu").first).to_contain_text("Run All Cells")
    finally:
        choose("{}")  # back to the workbook's default, Danish, for the tests that follow
