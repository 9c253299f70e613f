from playwright.sync_api import expect


def test_business_case_slider_moves_the_npv_and_the_chart(lab, page):
    lab.run_notebook(page, "06_business_case.ipynb")

    figures = page.locator(".bc-noegletal").first
    expect(figures).to_contain_text("Nutidsværdi")
    expect(figures).to_contain_text("Tilbagebetalt efter")
    before_text = figures.inner_text()
    explorer = page.locator(".widget-tab").first
    chart = explorer.locator(".widget-output img").first
    before_src = chart.get_attribute("src")

    lab.press_slider(page, "Timepris inkl. overhead", "ArrowRight", times=4)
    expect(figures).not_to_have_text(before_text)
    expect(chart).not_to_have_attribute("src", before_src)

    # A volume change moves the figures too, and the hours line says how many hours and årsværk that is.
    after_cost = figures.inner_text()
    lab.press_slider(page, "Sager pr. år", "ArrowLeft", times=5)
    expect(figures).not_to_have_text(after_cost)
    expect(page.locator(".jp-Notebook")).to_contain_text("årsværk (1.924 timer pr. årsværk)")
    lab.assert_clean(page)
    figures.scroll_into_view_if_needed()
    lab.screenshot(page, "06_business_case_efter_skyder")
