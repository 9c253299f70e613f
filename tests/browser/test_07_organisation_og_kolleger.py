from playwright.sync_api import expect


def test_stakeholder_slider_moves_the_quadrant_and_the_work_survives_a_restart(lab, page):
    lab.run_notebook(page, "07_organisation_og_kolleger.ipynb")
    lab.assert_fits(page, "07_organisation_og_kolleger.ipynb")  # 1024×768 with the file browser open

    quadrant = page.locator(".change-quadrant").first
    expect(quadrant).to_contain_text("Nærmeste leder ligger i feltet »Håndtér tæt«")
    lab.press_slider(page, "Indflydelse", "ArrowLeft")  # 5 -> 4: still high
    expect(quadrant).to_contain_text("(indflydelse 4, interesse 4")
    lab.press_slider(page, "Indflydelse", "ArrowLeft")  # 4 -> 3: low influence, high interest
    expect(quadrant).to_contain_text("»Hold informeret«")
    expect(quadrant).to_contain_text("Fortæl jævnligt")

    # The plan's APV check fails and explains itself; choosing dialogue and writing »APV« fixes it.
    checks = page.locator(".change-checks").first
    expect(checks).to_contain_text("3 af 4 er opfyldt")
    expect(checks).to_contain_text("nr. 65 af 22. januar 2024")
    dropdown = page.locator(".widget-dropdown", has=page.locator("label", has_text="Række")).locator("select")
    dropdown.scroll_into_view_if_needed()
    dropdown.select_option(index=3)  # 4. Arbejdsmiljørepræsentant
    audience = page.locator(".widget-text", has=page.locator("label", has_text="Målgruppe")).locator("input")
    expect(audience).to_have_value("Arbejdsmiljørepræsentant")
    form = page.locator(".widget-dropdown", has=page.locator("label", has_text="Form")).locator("select")
    form.select_option(label="Dialog (tovejs)")
    expect(checks).to_contain_text("APV'en opdateres (APV står ingen steder i planen)")
    occasion = page.locator(".widget-text", has=page.locator("label", has_text="Anledning")).locator("input")
    occasion.fill("APV for den nye arbejdsgang")
    expect(checks).to_contain_text("4 af 4 er opfyldt")
    pitch_time = page.locator(".change-pitch-time").first
    pitch_time.scroll_into_view_if_needed()
    page.get_by_placeholder("Hvad er problemet i dag, og hvem mærker det?").fill("Vi taster alt to gange.")
    expect(pitch_time).to_contain_text("lidt kort")
    lab.assert_clean(page)
    quadrant.scroll_into_view_if_needed()
    lab.screenshot(page, "07_organisation_og_kolleger_interessent")

    restart = "async () => { await window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart(); }"
    page.evaluate(restart)
    lab.run_all(page)
    expect(page.locator(".change-quadrant").first).to_contain_text("Nærmeste leder ligger i feltet »Hold informeret«")
    expect(page.get_by_placeholder("Hvad er problemet i dag, og hvem mærker det?")).to_have_value(
        "Vi taster alt to gange."
    )
    expect(page.locator(".change-checks").first).to_contain_text("4 af 4 er opfyldt")
    lab.assert_clean(page)
