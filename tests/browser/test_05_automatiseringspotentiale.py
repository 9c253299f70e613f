from playwright.sync_api import expect


def test_weights_change_the_scores_and_the_steps_explain_themselves(lab, page):
    lab.run_notebook(page, "05_automatiseringspotentiale.ipynb")

    table = page.locator(".scoring-tabel").first
    expect(table).to_contain_text("Samlet score (0-100)")
    before = table.inner_text()
    lab.press_slider(page, "Vægt: Volumen", "ArrowRight", times=4)
    expect(table).not_to_have_text(before)
    expect(page.locator(".teknologi-kort").first).to_contain_text("RPA (softwarerobot)")
    lab.assert_clean(page)
    lab.screenshot(page, "05_automatiseringspotentiale_efter_vaegt")
