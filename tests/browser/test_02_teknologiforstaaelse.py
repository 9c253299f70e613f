from playwright.sync_api import expect


def test_robot_rule_changes_the_automation_rate_and_the_exception_queue(lab, page):
    lab.run_notebook(page, "02_teknologiforstaaelse.ipynb")

    result = page.locator(".robot-resultat").first
    queue = page.locator(".robot-undtagelser").first
    expect(result).to_contain_text("Automatiseringsgrad: 39 % (77 af 200 sager)")
    expect(queue).to_contain_text("123 sager venter på en medarbejder")

    # Switch on OCR for scanned letters: more cases for the robot, a shorter exception queue.
    ocr = page.locator(".widget-checkbox", has_text="Læs indscannede breve med OCR").first
    ocr.scroll_into_view_if_needed()
    ocr.locator("input").check()
    expect(result).to_contain_text("Automatiseringsgrad: 48 % (96 af 200 sager)")
    page.locator(".lm-TabBar-tab", has_text="Undtagelseskøen").first.click()
    expect(queue).to_contain_text("104 sager venter på en medarbejder")

    # Lower the OCR threshold from 90 % to 60 %: the robot takes even more, and makes more errors.
    lab.press_slider(page, "Mindste OCR-sikkerhed (%)", "ArrowLeft", times=6)
    expect(result).to_contain_text("Automatiseringsgrad: 54 % (108 af 200 sager). Til en medarbejder: 92. Fejl: 3.")
    expect(queue).to_contain_text("92 sager venter på en medarbejder")
    lab.assert_clean(page)
    lab.screenshot(page, "02_teknologiforstaaelse_efter_regel")
