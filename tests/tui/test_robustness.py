"""Bad input and bad conditions: huge pastes, escape sequences, tiny terminals, a locked
database, two windows on one session."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual.widgets import Button, Input

from assistant.services.session_lock import SessionLock
from assistant.tui.dialogs.confirm import ActionDialog
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.text import BUBBLE_CHARS
from assistant.tui.widgets.chat import AnswerBubble, Bubble
from assistant.tui.widgets.composer import Composer
from assistant.tui.widgets.prompt_input import PromptInput
from tests.tui.conftest import answered_until
from tests.tui.helpers import composer_error, current_id, paste, settle

NASTY = "Red \x1b[31mALERT\x1b[0m bell\x07 [bold]not markup[/bold] $accent \x00 end"


async def open_session(pilot, session_id: str = "s1") -> InterviewScreen:
    await settle(pilot)
    pilot.app.resume(session_id)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


async def test_megabyte_paste_is_stored_whole_and_shown_clipped(make_app, service, flow):
    answered_until(service, flow, "perimeter")
    line = "The maintenance planner sends the shutdown plan by email every week. "
    big = "\n".join([line] * 15_000)  # ~1 MB over 15 000 lines
    assert len(big) > 1_000_000
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(pilot)
        await paste(pilot, big)
        assert screen.query_one(PromptInput).text == big
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert current_id(pilot) == "flows"
        assert screen.interview.state.answers["perimeter"] == big
        bubble = screen.query(AnswerBubble).last()
        shown = bubble.render()
        assert len(str(shown)) < BUBBLE_CHARS + 200
        assert "characters in all" in str(shown)
    assert service.open("s1").state.answers["perimeter"] == big


async def test_escape_sequences_and_markup_are_stored_as_typed_and_shown_inert(
    make_app, service, flow
):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        await paste(pilot, NASTY)
        field = screen.query_one("#answer-line", Input)
        assert "\x1b" not in field.value and "␛[31m" in field.value  # drawn as pictures
        await pilot.press("enter")
        await settle(pilot)
        assert screen.interview.state.answers["product_name"] == NASTY
        bubble = screen.query(AnswerBubble).last()
        text = str(bubble.render())
        assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
        assert "\\x1b[31mALERT" in text
        assert "[bold]not markup[/bold]" in text
        # the next prompt pipes the answer in: still inert
        question = screen.query(Bubble).last()
        assert "\x1b" not in str(question.render())
        await pilot.press("f2")  # the document panel renders it too
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "ReviewScreen"
        assert app.export_screenshot()  # renders every line (raises if anything is broken)
    assert service.open("s1").state.answers["product_name"] == NASTY


async def test_very_narrow_terminal_still_works(make_app, service, flow):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(28, 10)) as pilot:
        screen = await open_session(pilot)
        assert not screen.query_one("#sidebar").display or screen.has_class("-narrow")
        await paste(pilot, "PlanRight")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.interview.state.answers["product_name"] == "PlanRight"
        await pilot.press("f2")
        await settle(pilot)
        assert app.export_screenshot()  # renders every line, writes nothing


async def test_locked_database_tells_the_user_and_loses_nothing(make_app, service, flow, db_path):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        app.store.conn.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            screen.query_one("#answer-line", Input).value = "PlanRight"
            await pilot.press("enter")
            await settle(pilot)
            assert "locked" in composer_error(pilot)
            assert screen.query_one("#answer-line", Input).value == "PlanRight"
            assert "product_name" not in screen.interview.state.answers
            assert any("locked" in str(n.message) for n in app._notifications)
        finally:
            other.execute("ROLLBACK")
            other.close()
        await pilot.press("enter")  # the same answer, sent again
        await settle(pilot)
        assert screen.interview.state.answers["product_name"] == "PlanRight"
    assert service.open("s1").state.answers["product_name"] == "PlanRight"


async def test_second_window_opens_read_only_then_takes_over(
    make_app, service, flow, db_path: Path, tmp_path: Path
):
    answered_until(service, flow, "product_name")
    other_window = SessionLock(tmp_path / "locks", str(db_path), "s1")
    (tmp_path / "locks").mkdir(exist_ok=True)
    assert other_window.acquire()
    try:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.resume("s1")
            await settle(pilot)
            assert isinstance(app.screen, ActionDialog)
            await pilot.click("#action-readonly")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, InterviewScreen) and screen.read_only
            assert screen.query_one(Composer).answer_input is None

            # the other window answers: the read-only view follows
            service.open("s1").answer("PlanRight")
            await screen._check_external()
            await settle(pilot)
            assert screen.interview.state.answers["product_name"] == "PlanRight"
            assert screen.query(AnswerBubble).last().entry.text == "PlanRight"

            await pilot.click("#take-over")
            await settle(pilot)
            assert not screen.read_only
            assert current_id(pilot) == "vision"
            assert screen.query_one(Composer).answer_input is not None
    finally:
        other_window.release()


async def test_concurrent_write_is_detected_and_the_draft_kept(make_app, service, flow):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        service.open("s1").answer("Written elsewhere")  # another process, same session
        screen.query_one("#answer-line", Input).value = "Typed here"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ActionDialog)
        error = screen.query_one(".composer-error").content
        assert "changed in another window" in str(error)
        await pilot.click("#action-reload")
        await settle(pilot)
        assert app.screen is screen
        assert screen.interview.state.answers["product_name"] == "Written elsewhere"
        assert current_id(pilot) == "vision"
        assert screen.drafts["product_name"] == "Typed here"
        # going back to that question brings the unsent text back
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert screen.query_one("#answer-line", Input).value == "Typed here"
    assert service.open("s1").state.answers["product_name"] == "Written elsewhere"


async def test_read_only_window_cannot_write(make_app, service, flow):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(pilot)
        screen.read_only = True
        await screen.refresh_view()
        assert screen.query_one("#take-over", Button)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert current_id(pilot) == "product_name"


async def test_free_text_flows_open_the_extraction_review(make_app, service, flow, monkeypatch):
    monkeypatch.delenv("DATA360_MODEL", raising=False)
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        notation = screen.query_one("#flow-notation", PromptInput)
        notation.focus()
        text = "Every week the planner emails the shutdown plan to maintenance."
        await paste(pilot, text)
        await pilot.press("ctrl+j")
        await settle(pilot)
        from assistant.tui.screens.extraction_review import ExtractionReviewScreen

        assert isinstance(app.screen, ExtractionReviewScreen)
        await pilot.press("escape")  # cancelled: the text stays where it was typed
        await settle(pilot)
        assert app.screen is screen
        assert notation.text == text
        assert "flows" not in screen.interview.state.answers


async def test_pasted_control_characters_are_drawn_as_pictures_in_the_text_area(
    make_app, service, flow
):
    answered_until(service, flow, "perimeter")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        await paste(pilot, "line one\r\n" + NASTY + "\fform feed")
        area = screen.query_one(PromptInput)
        assert not any(ord(c) < 32 and c not in "\n\t" for c in area.text)
        assert area.value == "line one\n" + NASTY + "\fform feed"
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert screen.interview.state.answers["perimeter"] == "line one\n" + NASTY + "\fform feed"


async def test_a_paste_whose_lines_end_in_cr_alone_keeps_its_lines(make_app, service, flow):
    """Terminals (and tmux) deliver pasted line breaks as CR: the answer has lines, not ␍."""
    answered_until(service, flow, "perimeter")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        await paste(pilot, "first line\rsecond line\r\nthird line")
        area = screen.query_one(PromptInput)
        assert area.value == "first line\nsecond line\nthird line"
        assert "\u240d" not in area.text
