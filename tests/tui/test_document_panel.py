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
        assert "Preparing the framing" not in panel.text


class Gate:
    """Holds the document's build (a thread) until released, so a test sees what the
    panel shows meanwhile; counts the builds started."""

    def __init__(self, monkeypatch) -> None:
        import threading

        import assistant.tui.screens.interview as interview_module

        self.open = threading.Event()
        self.open.set()
        self.started = 0
        real = interview_module.framing_markdown

        def gated(interview):
            self.started += 1
            assert self.open.wait(60), "the test never released the build"
            return real(interview)

        monkeypatch.setattr(interview_module, "framing_markdown", gated)


async def test_the_first_f2_shows_a_placeholder_at_once(make_app, service, flow, monkeypatch):
    """Before anything was laid out, F2 shows "Preparing…" at once, not a blank wait."""
    monkeypatch.setattr(DocumentPanel, "PREPARE_DELAY", 3600.0)  # nothing prepared ahead
    gate = Gate(monkeypatch)
    gate.open.clear()
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(pilot, app)
        panel = screen.query_one(DocumentPanel)
        await pilot.press("f2")
        await wait_until(pilot, lambda: panel.region.width > 0, "the panel on screen")
        assert panel.text.startswith("Preparing the framing document")
        assert panel.updating and not panel.shown_document
        gate.open.set()
        await wait_until(pilot, lambda: panel.shown_document, "the document drawn")
        assert "Maintenance planning" in panel.text and "Preparing" not in panel.text
        assert not panel.updating


async def test_f2_during_a_preparation_shows_the_last_rendition_then_the_fresh_one(
    make_app, service, flow, monkeypatch
):
    """Stale-while-revalidate: F2 pressed while the new answer is still being laid out
    shows the previous rendition at once, marked "updating…", and the preparation under
    way is finished rather than started again."""
    monkeypatch.setattr(DocumentPanel, "PREPARE_DELAY", 0.05)
    gate = Gate(monkeypatch)
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(pilot, app)
        panel = screen.query_one(DocumentPanel)
        await wait_until(pilot, lambda: panel.prepared, "the document laid out while hidden")
        before = panel.text
        assert "Zanzibar" not in before

        gate.open.clear()  # the next build waits
        builds = gate.started
        await type_text(pilot, "Zanzibar scheduling for every shutdown")
        await pilot.press("enter")
        await wait_until(pilot, lambda: gate.started == builds + 1, "the preparation started")

        await pilot.press("f2")
        await wait_until(pilot, lambda: panel.region.width > 0, "the panel on screen")
        assert panel.text == before  # the last rendition, at once
        assert panel.updating
        first_line = panel.render_line(0).text
        assert first_line.rstrip().endswith("updating…"), first_line

        gate.open.set()
        await wait_until(pilot, lambda: panel.shown_document, "the fresh document")
        assert "Zanzibar" in panel.text and not panel.updating
        assert "updating" not in panel.render_line(0).text
        assert gate.started == builds + 1  # the preparation under way was not restarted


async def test_the_panel_is_not_called_prepared_while_a_newer_document_waits(
    make_app, service, flow
) -> None:
    """After an answer the preparation waits for a quiet moment: until it has run, the
    panel does not claim to hold the document as last asked for."""
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(pilot, app)
        panel = screen.query_one(DocumentPanel)
        await wait_until(pilot, lambda: panel.prepared, "the document laid out while hidden")
        panel.PREPARE_DELAY = 3600.0  # the quiet moment never comes in this test
        await type_text(pilot, "Zanzibar scheduling for every shutdown")
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: "Zanzibar" in str(screen.interview.state.answers.get("vision")),
            "the answer committed",
        )
        await settle(pilot)
        assert not panel.prepared
        assert "Zanzibar" not in panel.text

        await pilot.press("f2")  # the older rendition at once, then the new one
        assert panel.has_class("-shown")
        await wait_until(pilot, lambda: "Zanzibar" in panel.text, "the new answer drawn")
        await wait_until(pilot, lambda: panel.prepared, "the document current again")
