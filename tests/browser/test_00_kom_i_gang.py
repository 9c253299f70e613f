from playwright.sync_api import expect


def test_start_page_runs_in_danish_jupyterlab_and_the_slider_drives_the_result(lab, page):
    lab.run_notebook(page, "00_kom_i_gang.ipynb")

    # The Danish language pack is active (it translates only parts of JupyterLab: the file browser's times are
    # Danish, the menus stay English), and no news pop-up asks for attention.
    expect(page.locator(".jp-DirListing-itemModified").first).to_contain_text("siden")
    assert "Jupyter news" not in page.content()

    # The install check and the exercise's friendly first state are on the page.
    notebook = page.locator(".jp-Notebook")
    expect(notebook).to_contain_text("✅ Alt virker. Du er klar til kurset.")
    expect(notebook).to_contain_text("Ikke forsøgt endnu")

    # The widget rendered, and moving the minutes slider updates the sentence and the chart.
    result = page.locator(".arbejdsbog-resultat")
    expect(result).to_contain_text("= 100 timer om året")
    chart = page.locator(".widget-output img").first
    before = chart.get_attribute("src")
    lab.press_slider(page, "Minutter sparet pr. sag", "ArrowRight")
    expect(result).to_contain_text("4 minutter sparet pr. sag")
    expect(result).to_contain_text("= 133 timer om året")
    expect(chart).not_to_have_attribute("src", before)

    # A number typed the Danish way beside the slider is read as the learner meant it.
    box = page.locator(".jp-Notebook .widget-text input").nth(1)
    box.fill("2.500")
    box.press("Enter")
    expect(result).to_contain_text("× 2.500 sager om året = 167 timer om året")
    lab.assert_clean(page)
    lab.screenshot(page, "00_kom_i_gang_efter_skyder")
    lab.assert_fits(page, "00_kom_i_gang.ipynb")
