from playwright.sync_api import expect


def test_log_explorer_follows_the_channel_and_the_view(lab, page):
    lab.run_notebook(page, "04_procesdata.ipynb")

    notebook = page.locator(".jp-Notebook")
    expect(notebook).to_contain_text("Buijs, J.C.A.M. (2014)")
    summary = page.locator(".procesdata-resultat").first
    expect(summary).to_contain_text("1.434 sager, 116 varianter")
    explorer = page.locator(".widget-vbox", has=page.locator(".procesdata-resultat")).first
    chart = explorer.locator(".widget-output img").first
    before = chart.get_attribute("src")

    explorer.locator("select").first.select_option(label="Post (53 sager)")
    expect(summary).to_contain_text("53 sager, 11 varianter")
    expect(summary).to_contain_text("halvdelen er færdige inden 4,1 dage")
    expect(chart).not_to_have_attribute("src", before)

    variants_chart = chart.get_attribute("src")
    explorer.get_by_role("button", name="Hvad følger efter hvad").click()
    expect(chart).not_to_have_attribute("src", variants_chart)
    lab.assert_clean(page)
    lab.screenshot(page, "04_procesdata_udforsker")
    lab.assert_fits(page, "04_procesdata.ipynb")
