"""Notebook 08 in Chromium: a small case of the learner's own (seeded through the case API in the lab's kernel, as
notebooks 03 and 06 would save it), the legal check saved, the four exports, and the case found after a restart."""

from playwright.sync_api import expect

from tests.proposal.conftest import OWN_TITLE

SEED = """
import sys, pathlib
sys.path.insert(0, str(pathlib.Path.cwd().parent))
from tests.proposal.conftest import seed_own_case
seed_own_case()
"""
RESTART = "async () => { await window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart(); }"


def test_my_proposal_is_exported_and_found_again_after_a_restart(lab, page):
    lab.open_notebook(page, "08_mit_forslag.ipynb")
    lab.execute(page, SEED)
    lab.run_all(page)
    lab.assert_clean(page)
    expect(page.locator(".forslag-status")).to_contain_text("dele er klar")
    expect(page.locator(".jp-Notebook")).to_contain_text(OWN_TITLE)
    expect(page.locator(".jp-Notebook")).not_to_contain_text("du har ikke gemt noget af dit eget forslag endnu")

    legal = page.locator(".forslag-juridisk-tjek")
    legal.locator(".widget-toggle-buttons").first.get_by_role("button", name="Ja", exact=True).click()
    expect(legal).to_contain_text("DPO (kommunens databeskyttelsesrådgiver)")
    legal.get_by_role("button", name="Gem i mit forslag").click()
    expect(legal).to_contain_text("Det juridiske tjek er gemt i dit forslag.")

    exports = page.locator(".forslag-eksport")
    exports.get_by_role("button", name="Lav Word, Excel, PDF og JSON").click()
    for line in ("Word-dokumentet er gemt", "Excel-arket er gemt", "PDF-filen er gemt", "JSON-filen er gemt"):
        expect(exports).to_contain_text(line, timeout=90_000)
    expect(exports).not_to_contain_text("IKKE gemt")
    lab.screenshot(page, "08_mit_forslag_eksport")

    page.evaluate(RESTART)
    lab.run_all(page)
    lab.assert_clean(page)
    expect(page.locator(".jp-Notebook")).to_contain_text(OWN_TITLE)
    expect(page.locator(".forslag-status")).to_contain_text("Juridisk tjek og hvem der skal spørges: klar")
    first = page.locator(".forslag-juridisk-tjek .widget-toggle-buttons").first
    expect(first.locator("button.mod-active")).to_have_text("Ja")
    lab.assert_fits(page, "08_mit_forslag.ipynb")
