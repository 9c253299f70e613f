from playwright.sync_api import expect


def test_workflow_editor_validates_draws_and_keeps_the_work_after_a_restart(lab, page):
    lab.run_notebook(page, "03_arbejdsgangsanalyse.ipynb")

    status = page.locator(".arbejdsgang-status").first
    summary = page.locator(".arbejdsgang-resultat").nth(1)  # [0] is the to-be scenario of the example
    expect(status).to_contain_text("Alle 8 trin er i orden")
    expect(summary).to_contain_text("I alt 98,1 timer om året")

    # Typing a bad number names the row and column in Danish; a good one updates the hours.
    minutes = page.locator(".arbejdsgang-raekke").first.locator(".arbejdsgang-minutes input")
    minutes.fill("fem")
    expect(status).to_contain_text("Række 1, kolonnen 'Minutter pr. gang': 'fem' er ikke et tal")
    minutes.fill("7,5")
    expect(status).to_contain_text("Alle 8 trin er i orden")
    expect(summary).to_contain_text("I alt 105,3 timer om året")  # + 2,5 min x 150 x 1,15 / 60 = 7,2 hours

    # The swimlane diagram is drawn on request.
    page.get_by_role("button", name="Tegn svømmebaner og timer").click()
    editor = page.locator(".widget-vbox", has=page.locator(".arbejdsgang-status")).first
    expect(editor.locator(".widget-output img").first).to_be_visible()
    # Export to Excel and BPMN: the files land in the work folder and the editor says so.
    page.get_by_role("button", name="Gem som Excel").click()
    message = page.locator(".arbejdsgang-fil").first
    expect(message).to_contain_text("Gemt som min_arbejdsgang.xlsx i mappen")
    page.get_by_role("button", name="Gem som BPMN").click()
    expect(message).to_contain_text("Gemt som min_arbejdsgang.bpmn i mappen")
    lab.assert_clean(page)
    lab.screenshot(page, "03_arbejdsgangsanalyse_editor")

    # Restart the kernel and run everything again: the learner's number is still there.
    restart = "async () => { await window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart(); }"
    page.evaluate(restart)
    lab.run_all(page)
    minutes = page.locator(".arbejdsgang-raekke").first.locator(".arbejdsgang-minutes input")
    expect(minutes).to_have_value("7,5")
    lab.assert_clean(page)
