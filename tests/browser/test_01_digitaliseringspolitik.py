from playwright.sync_api import expect


def test_cascade_explorer_renders_and_reacts_to_the_work_area(lab, page):
    lab.run_notebook(page, "01_digitaliseringspolitik.ipynb")

    explorer = page.locator(".politik-kaskade").first
    explorer.scroll_into_view_if_needed()
    expect(explorer).to_contain_text("Hvad gælder for mit arbejdsområde?")
    expect(explorer).to_contain_text("AI-forordningen")
    expect(explorer.locator('a[href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj"]').first).to_be_visible()
    chart = explorer.locator(".widget-output img").first
    expect(chart).to_be_visible()
    assert "Open data-direktivet" not in explorer.inner_text()

    # Choosing another work area updates what applies: the Open Data Directive concerns plan, byg og miljø.
    explorer.locator("select").first.select_option(label="Plan, byg og miljø")
    expect(explorer).to_contain_text("Open data-direktivet")
    expect(explorer).to_contain_text("Plan, byg og miljø pr.")

    # The benchmark explorer and the municipality form rendered too.
    expect(page.locator(".politik-benchmark").first).to_contain_text("Danmark ligger")
    expect(page.locator(".politik-min-kommune").first).to_be_attached()
    lab.assert_clean(page)
    lab.screenshot(page, "01_digitaliseringspolitik_efter_valg")
    lab.assert_fits(page, "01_digitaliseringspolitik.ipynb")
