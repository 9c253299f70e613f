from playwright.sync_api import expect

from tests.browser.conftest import ARTEFACTS

NARROW = {"width": 1024, "height": 768}


def check_layout(lab, page, name):
    """At 1024×768 with the file browser open: no table cell cut with »…«, no widget wider than the notebook, no error
    output; a screenshot of each widget is kept. (Could move to conftest's ``Lab`` for every notebook.)"""
    page.evaluate("async () => { await window.jupyterapp.commands.execute('filebrowser:activate'); }")
    page.wait_for_timeout(500)
    cut = page.evaluate("""() => [...document.querySelectorAll('.jp-Notebook table td, .jp-Notebook table th')]
        .map(c => c.innerText).filter(t => t.includes('…'))""")
    assert cut == [], f"table cells cut with an ellipsis: {cut[:5]}"
    outputs = page.locator(".jp-OutputArea-output:has(.jupyter-widgets)")
    for index in range(outputs.count()):
        output = outputs.nth(index)
        output.scroll_into_view_if_needed()
        widths = output.evaluate("""o => { const box = o.getBoundingClientRect();
            const rights = [...o.querySelectorAll('.jupyter-widgets')].map(w => w.getBoundingClientRect().right);
            const widest = Math.max(...rights);
            return [box.right, widest, o.scrollWidth, o.clientWidth]; }""")
        right, widest, scroll, client = widths
        assert widest <= right + 2 and scroll <= client + 2, f"widget {index} is wider than the notebook: {widths}"
        output.screenshot(path=str(ARTEFACTS / f"{name}_widget_{index}.png"))
    lab.assert_clean(page)


def test_robot_rule_changes_the_automation_rate_and_the_exception_queue(lab, page):
    page.set_viewport_size(NARROW)
    lab.run_notebook(page, "02_teknologiforstaaelse.ipynb")

    result = page.locator(".robot-resultat").first
    queue = page.locator(".robot-undtagelser").first
    expect(result).to_contain_text("Automatiseringsgrad: 39 % (77 af 200 sager)")
    expect(queue).to_contain_text("123 sager venter på en medarbejder")

    # Switch on OCR for scanned letters: more cases for the robot, a shorter exception queue; the rules are saved.
    ocr = page.locator(".widget-checkbox", has_text="Læs indscannede breve med OCR").first
    ocr.scroll_into_view_if_needed()
    ocr.locator("input").check()
    expect(result).to_contain_text("Automatiseringsgrad: 48 % (96 af 200 sager)")
    expect(page.locator(".robot-gemt").first).to_contain_text("Dine regler er gemt i din sag.")
    page.locator(".lm-TabBar-tab", has_text="Undtagelseskøen").first.click()
    expect(queue).to_contain_text("104 sager venter på en medarbejder")

    # Lower the OCR threshold from 90 % to 60 %: the robot takes even more, and makes more errors.
    lab.press_slider(page, "Mindste OCR-sikkerhed (%)", "ArrowLeft", times=6)
    expect(result).to_contain_text("Automatiseringsgrad: 54 % (108 af 200 sager). Til en medarbejder: 92. Fejl: 3.")
    expect(queue).to_contain_text("92 sager venter på en medarbejder")

    # An idea for the proposal is saved in the case.
    board = page.locator(".widget-vbox", has=page.locator(".ideer-liste")).first
    board.locator("textarea").first.fill("Borgerne søger i en formular med faste felter")
    board.get_by_role("button", name="Tilføj idé").click()
    expect(page.locator(".ideer-status").first).to_contain_text("Idéen er gemt i din sag.")
    expect(page.locator(".ideer-liste").first).to_contain_text("Borgerne søger i en formular med faste felter")
    check_layout(lab, page, "02_teknologiforstaaelse")
    lab.screenshot(page, "02_teknologiforstaaelse_efter_regel")
