"""Notebook 06 in Chromium at 1024×768 with the file browser open: readable, nothing cut, sliders and »Brug min
arbejdsgang« work. Screenshots are kept in test-artefacts/browser."""

import re

from playwright.sync_api import expect

SEED = """
from workbook_helpers import case
rows = [{"step": "Journalisér", "actor": "Sekretær", "minutes": 30, "per_year": 1200}]
case.part("as_is").save({"title": "Min arbejdsgang", "rows": rows})
case.part("to_be").save({"title": "Ny", "rows": [{**rows[0], "minutes": 10}], "hours_freed_per_year": 400.0})
"""
RESET = """
from workbook_helpers import case
for name in ("as_is", "to_be", "business_case", "benefits_plan", "reflections"):
    case.part(name).save(None)
"""
# Every widget view must fit inside the cell's output area (no sideways scrolling, nothing cut at the right).
TOO_WIDE = """() => [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output .jupyter-widgets')]
    .filter(el => el.offsetParent !== null)
    .filter(el => el.getBoundingClientRect().right > el.closest('.jp-OutputArea').getBoundingClientRect().right + 2)
    .map(el => el.className)"""
# Every picture fits its output area (a chart wider than the screen is cut off or scrolls sideways).
WIDE_PICTURES = """() => [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output img')]
    .filter(img => img.getBoundingClientRect().right > img.closest('.jp-OutputArea').getBoundingClientRect().right + 2)
    .map(img => img.alt || img.src.slice(0, 40))"""
CUT_TAB_TITLES = """() => [...document.querySelectorAll('.bc-tabs .lm-TabBar-tabLabel')]
    .filter(label => label.scrollWidth > label.clientWidth + 1).map(label => label.innerText)"""
CUT_TABLES = """() => [...document.querySelectorAll('.jp-Notebook table')].map(t => t.innerText)
    .filter(text => text.includes('…'))"""


def run_in_kernel(page, code):
    return page.evaluate(
        """async (code) => {
            const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
            const reply = await kernel.requestExecute({code}).done;
            return reply.content.status;
        }""",
        code,
    )


def test_business_case_at_1024_with_the_file_browser_open(lab, page):
    page.set_viewport_size({"width": 1024, "height": 768})
    lab.open_notebook(page, "06_business_case.ipynb")
    page.evaluate("() => window.jupyterapp.shell.activateById('filebrowser')")
    assert run_in_kernel(page, SEED) == "ok"
    try:
        lab.run_all(page)
        lab.assert_clean(page)
        lab.screenshot(page, "06_business_case_1024")
        assert page.evaluate(CUT_TABLES) == [], "a table cuts its text with …"
        assert page.evaluate(TOO_WIDE) == [], "a widget is wider than the notebook"
        assert page.evaluate(CUT_TAB_TITLES) == [], "a tab title is cut"
        assert page.evaluate(WIDE_PICTURES) == [], "a chart is wider than the notebook"

        figures = page.locator(".bc-noegletal").first
        expect(figures).to_contain_text("Nutidsværdi")
        page.locator(".bc-tabs").first.scroll_into_view_if_needed()
        lab.screenshot(page, "06_business_case_1024_udforsker")
        expect(page.locator(".bc-tabs img").first).to_have_attribute("alt", re.compile("^Diagram: Akkumuleret"))
        before_text = figures.inner_text()
        chart = page.locator(".bc-tabs .widget-output img").first
        before_src = chart.get_attribute("src")
        lab.press_slider(page, "Timepris inkl. overhead", "ArrowRight", times=4)
        expect(figures).not_to_have_text(before_text)
        expect(chart).not_to_have_attribute("src", before_src)
        expect(page.locator(".bc-gemt").first).to_contain_text("Gemt i din sag")

        button = page.get_by_role("button", name="Brug min arbejdsgang")
        button.scroll_into_view_if_needed()
        button.click()
        expect(page.locator(".jp-Notebook")).to_contain_text("fra din egen fremtidige arbejdsgang i notebook 03")
        expect(figures).to_contain_text("400 timer om året")
        payback = figures.locator("tr", has_text="Tilbagebetalingstid").locator("td").inner_text()
        expect(chart).to_have_attribute("alt", re.compile(re.escape(payback)))  # the chart shows the same case
        assert page.evaluate(TOO_WIDE) == []
        lab.assert_clean(page)
        figures.scroll_into_view_if_needed()
        lab.screenshot(page, "06_business_case_min_arbejdsgang")
    finally:
        run_in_kernel(page, RESET)
