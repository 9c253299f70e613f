from playwright.sync_api import expect

from tests.browser.test_02_teknologiforstaaelse import NARROW, check_layout


def test_weights_own_assessment_and_technology_pick(lab, page):
    page.set_viewport_size(NARROW)
    lab.run_notebook(page, "05_automatiseringspotentiale.ipynb", forget=("as_is", "to_be", "technology"))

    table = page.locator(".scoring-tabel").first
    expect(table).to_contain_text("Samlet score (0-100)")
    before = table.inner_text()
    lab.press_slider(page, "Vægt: Volumen", "ArrowRight", times=4)
    expect(table).not_to_have_text(before)
    expect(page.locator(".scoring-gemt").first).to_contain_text("Dine vægte er gemt i din sag.")
    expect(page.locator(".teknologi-kort").first).to_contain_text("RPA (softwarerobot)")

    # Without a workflow of one's own, the example is scored and called an example, never "dine egne tal".
    origin = page.locator(".scoring-kilde").first
    expect(origin).to_contain_text("Eksempel (illustrativt)")
    expect(origin).not_to_contain_text("dine egne tal")
    page.get_by_role("button", name="Gem mit teknologivalg").click()
    expect(page.locator(".teknologi-gemt").first).to_contain_text("som eksempel (illustrativt)")
    check_layout(lab, page, "05_automatiseringspotentiale")
    lab.screenshot(page, "05_automatiseringspotentiale_efter_vaegt")
