import re
from pathlib import Path

from playwright.sync_api import expect

FITS = """() => {
    const found = [];
    const notebook = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
    const right = notebook.getBoundingClientRect().right + 1;
    for (const cell of notebook.querySelectorAll('td, th')) {
        const text = cell.textContent.trim();
        if (text.endsWith('…') || text.endsWith('...')) found.push('cut: ' + text);
    }
    for (const w of notebook.querySelectorAll('.jp-OutputArea-output > .jupyter-widgets, .widget-box, img')) {
        const box = w.getBoundingClientRect();
        if (box.width > 0 && box.right > right) found.push('too wide: ' + w.className + ' ' +
            Math.round(box.right - right) + ' px');
    }
    return found;
}"""


def assert_fits_1024(lab, page, name):
    """At 1024×768 with the file browser open: no table cell cut with "…", nothing wider than the notebook, no
    error shown (the shared ``lab.assert_fits`` where it exists)."""
    if hasattr(lab, "assert_fits"):
        lab.assert_fits(page, name)
        return
    page.set_viewport_size({"width": 1024, "height": 768})
    page.evaluate("async () => { const a = window.jupyterapp; if (a.shell.leftCollapsed) "
                  "{ await a.commands.execute('filebrowser:activate'); } }")  # fmt: skip
    page.wait_for_timeout(1500)
    problems = page.evaluate(FITS)
    lab.screenshot(page, f"{Path(name).stem}_1024")
    assert not problems, problems[:5]
    lab.assert_clean(page)


def test_workflow_editor_validates_draws_exports_and_keeps_the_work_after_a_restart(lab, page):
    lab.run_notebook(page, "03_arbejdsgangsanalyse.ipynb")

    editor = page.locator(".widget-vbox", has=page.locator(".arbejdsgang-status")).first
    status = page.locator(".arbejdsgang-status").first
    summary = page.locator(".arbejdsgang-resultat").nth(1)  # [0] is the to-be scenario of the example
    expect(status).to_contain_text("Alle 8 trin er i orden")
    expect(summary).to_contain_text("I alt 98,1 timer om året")
    expect(editor).to_contain_text("Eksempel (illustrativt)")
    expect(editor).to_contain_text("Skriv ikke navne, CPR-numre eller sagsoplysninger")

    # Typing a bad number names the row and column in Danish; a good one updates the hours and is saved.
    minutes = page.locator(".arbejdsgang-raekke").first.locator(".arbejdsgang-minutes input")
    minutes.fill("fem")
    expect(status).to_contain_text("Række 1, kolonnen »Minutter pr. gang«: »fem« er ikke et tal")
    minutes.fill("7,5")
    expect(status).to_contain_text("Alle 8 trin er i orden")
    expect(summary).to_contain_text("I alt 105,3 timer om året")  # + 2,5 min x 150 x 1,15 / 60 = 7,2 hours
    expect(page.locator(".arbejdsgang-gem").first).to_contain_text("Gemt i din sag.")
    expect(editor).to_contain_text("Din egen arbejdsgang")

    # The swimlane diagram is drawn on request, with its words; exports land in the work folder.
    page.get_by_role("button", name="Tegn svømmebaner og timer").click()
    expect(editor.locator(".widget-output img").first).to_be_visible()
    expect(editor.locator(".widget-output img").first).to_have_attribute(
        "alt", re.compile(r"^Svømmebanediagram med 8 trin")
    )
    page.get_by_role("button", name="Gem som Excel").click()
    message = page.locator(".arbejdsgang-fil").first
    expect(message).to_contain_text("Gemt som min_arbejdsgang.xlsx i mappen")
    page.get_by_role("button", name="Gem som BPMN").click()
    expect(message).to_contain_text("Gemt som min_arbejdsgang.bpmn i mappen")
    # The file button reads »Hent fra fil«, without the count »(0)« that ipywidgets puts on it.
    label = editor.locator(".wb-upload").first.evaluate(
        "b => [getComputedStyle(b, '::after').content, getComputedStyle(b).fontSize]"
    )
    assert label == ['"Hent fra fil"', "0px"], label
    lab.assert_clean(page)
    lab.screenshot(page, "03_arbejdsgangsanalyse_editor")

    # Restart the kernel and run everything again: the learner's number is still there, as their own.
    restart = "async () => { await window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart(); }"
    page.evaluate(restart)
    lab.run_all(page)
    minutes = page.locator(".arbejdsgang-raekke").first.locator(".arbejdsgang-minutes input")
    expect(minutes).to_have_value("7,5")
    expect(page.locator(".arbejdsgang-status").first).to_contain_text("Alle 8 trin er i orden")
    expect(page.locator(".widget-vbox", has=page.locator(".arbejdsgang-status")).first).to_contain_text(
        "Din egen arbejdsgang"
    )
    lab.assert_clean(page)
    assert_fits_1024(lab, page, "03_arbejdsgangsanalyse")
