"""Slides: notebook 00 presented with jupyterlab-slideshow (Deck); the widget slide works, with no outside request."""

from urllib.parse import urlsplit

from playwright.sync_api import expect

WIDGET_CELL = "hours_freed_explorer()"


def test_deck_starts_and_its_widget_slide_works(lab, page):
    outside = []
    page.on(
        "request", lambda r: urlsplit(r.url).hostname not in {"127.0.0.1", "localhost", None} and outside.append(r.url)
    )
    lab.open_notebook(page, "00_kom_i_gang.ipynb")
    lab.run_all(page)
    page.evaluate("async () => { await window.jupyterapp.commands.execute('deck:start'); }")
    expect(page.locator("body[data-jp-deck-mode='presenting']")).to_have_count(1)

    # Go to the widget's slide as a presenter would: the deck follows the active cell.
    page.evaluate(
        """(source) => {
            const notebook = window.jupyterapp.shell.currentWidget.content;
            notebook.activeCellIndex = notebook.widgets.findIndex(c => c.model.sharedModel.getSource() === source);
        }""",
        WIDGET_CELL,
    )
    on_screen = page.locator(".jp-deck-mod-onscreen")
    result = on_screen.locator(".arbejdsbog-resultat")
    expect(result).to_contain_text("= 100 timer om året")
    expect(on_screen.locator(".widget-slider").first).to_be_visible()
    lab.press_slider(page, "Minutter sparet pr. sag", "ArrowRight")
    expect(result).to_contain_text("4 minutter sparet pr. sag")  # the kernel answered the slider on the slide
    expect(result).not_to_contain_text("= 100 timer om året")
    lab.screenshot(page, "00_kom_i_gang_slides")
    assert outside == [], f"requests outside the machine: {outside}"
