from playwright.sync_api import expect


def test_a_weight_slider_reorders_the_portfolio(lab, page):
    lab.run_notebook(page, "09_portefoelje.ipynb")

    summary = page.locator(".portefoelje-resultat").first
    expect(summary).to_contain_text("11 forslag indlæst")
    expect(summary).to_contain_text("Eksempel (illustrativt)")
    ranking = page.locator(".portefoelje-rangering").first
    first_row = ranking.locator("tbody tr").first
    before = first_row.inner_text()
    for label, key in (("Frigjort tid (timer om året)", "Home"), ("Juridisk kompleksitet", "End")):
        handle = page.locator(".portefoelje .widget-hbox", has_text=label).first.locator(".noUi-handle").first
        handle.scroll_into_view_if_needed()
        handle.focus()
        handle.press(key)
    expect(first_row).not_to_have_text(before)
    lab.assert_clean(page)
    lab.screenshot(page, "09_portefoelje_efter_vaegt")
    lab.assert_fits(page, "09_portefoelje.ipynb")
