"""The F2 document panel has the framing ready before F2 (issue 16 item 7).

Speed itself is measured in bench/document_panel.py; here: the hidden panel lays the
document out as the interview opens and after each answer, and F2 shows those lines at
once, then the panel holds the up-to-date document at its own width.
"""

from __future__ import annotations

from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.document_panel import DocumentPanel
from tests.tui.conftest import answered_until
from tests.tui.helpers import settle, type_text, wait_until


async def _open(pilot, app) -> InterviewScreen:
    await settle(pilot)
    assert isinstance(app.screen, HomeScreen)
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


async def test_the_hidden_panel_prepares_the_document_and_f2_shows_it_at_once(
    make_app, service, flow
) -> None:
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(pilot, app)
        panel = screen.query_one(DocumentPanel)
        assert not panel.has_class("-shown")
        await wait_until(pilot, lambda: panel.prepared, "the document laid out while hidden")
        assert "Maintenance planning" in panel.text

        # an answer while hidden: the panel lays the new document out again
        await type_text(pilot, "Zanzibar scheduling for every shutdown")
        await pilot.press("enter")  # a one-line answer: enter sends it
        await settle(pilot)
        assert "Zanzibar" in str(screen.interview.state.answers["vision"])
        await wait_until(
            pilot,
            lambda: panel.prepared and "Zanzibar" in panel.text,
            "the new answer laid out while hidden",
        )
        prepared_lines = panel.text

        await pilot.press("f2")
        # on screen with the lines laid out ahead, before any new build is waited for
        assert panel.has_class("-shown")
        assert panel.text == prepared_lines
        await wait_until(pilot, lambda: panel.shown_document, "the document drawn")
        width = panel.scrollable_content_region.width
        assert max(len(line) for line in panel.text.splitlines()) <= width
        assert "Zanzibar" in panel.text


async def test_f2_at_once_after_opening_still_draws_the_document(make_app, service, flow) -> None:
    """The cold path: F2 before the panel could prepare anything."""
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(100, 36)) as pilot:
        screen = await _open(pilot, app)
        panel = screen.query_one(DocumentPanel)
        await pilot.press("f2")
        await wait_until(pilot, lambda: panel.shown_document, "the document drawn")
        assert "Maintenance planning" in panel.text
        assert "Drawing the framing" not in panel.text
