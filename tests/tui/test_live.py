"""Live sessions in the TUI (issue 18, item 4): two writers on one session, on SQLite and
on PostgreSQL. The other writer is a separate store connection, as another process or
another participant would be; the screens follow its commits through the store's watcher
(PRAGMA data_version / LISTEN-NOTIFY), and what the user typed is never lost."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from textual.widgets import Input, OptionList

from assistant.services.interview import InterviewService
from assistant.store import open_store
from assistant.tui.dialogs.confirm import ActionDialog
from assistant.tui.screens.flows import InfoFlowsScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.review import ReviewScreen
from assistant.tui.widgets.chat import AnswerBubble
from tests.tui.conftest import ANSWERS, answered_until, clock
from tests.tui.helpers import current_id, settle

GENEROUS = 30.0  # the condition is waited for; the figure only bounds a broken run


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, db_path) -> str:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else str(db_path)


@pytest.fixture
def writers(location: str) -> Iterator[tuple[InterviewService, InterviewService]]:
    """Two services on two connections to one database: this window's, and the other's."""
    mine, theirs = open_store(location), open_store(location)
    yield InterviewService(mine, clock=clock), InterviewService(theirs, clock=clock)
    mine.close()
    theirs.close()


async def until(pilot: Any, condition: Callable[[], bool], what: str) -> None:
    """Let the app run until ``condition()`` holds (a commit elsewhere takes a moment)."""
    deadline = time.monotonic() + GENEROUS
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.02)  # let the follower thread run
        await pilot.pause()


def notified(app: Any, title: str) -> bool:
    return any(n.title == title for n in app._notifications)


async def open_session(pilot: Any) -> InterviewScreen:
    await settle(pilot)
    pilot.app.resume("s1")
    await settle(pilot)
    assert isinstance(pilot.app.screen, InterviewScreen)
    return pilot.app.screen


async def test_an_answer_given_elsewhere_shows_up_live(make_app, writers, flow):
    mine, theirs = writers
    answered_until(mine, flow, "product_name")
    app = make_app(store=mine.store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        theirs.open("s1").answer("PlanRight")  # the other participant answers
        await until(
            pilot, lambda: "product_name" in screen.interview.state.answers, "the answer shown"
        )
        await settle(pilot)
        assert screen.query(AnswerBubble).last().entry.text == "PlanRight"
        assert current_id(pilot) == "vision"
        assert notified(app, "Live")


async def test_a_conflicting_edit_is_shown_and_what_was_typed_kept(make_app, writers, flow):
    mine, theirs = writers
    answered_until(mine, flow, "product_name")
    app = make_app(store=mine.store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_session(pilot)
        screen.query_one("#answer-line", Input).value = "Typed here"
        theirs.open("s1").answer("Written elsewhere")
        await until(pilot, lambda: notified(app, "Changed elsewhere"), "the warning")
        # the view stays put while the user has unsent text
        assert screen.query_one("#answer-line", Input).value == "Typed here"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ActionDialog)  # the conflict, shown
        await pilot.click("#action-reload")
        await settle(pilot)
        assert screen.interview.state.answers["product_name"] == "Written elsewhere"
        assert screen.drafts["product_name"] == "Typed here"  # kept, not lost
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert screen.query_one("#answer-line", Input).value == "Typed here"
    assert theirs.open("s1").state.answers["product_name"] == "Written elsewhere"


async def test_review_and_flows_screens_follow_the_other_writer(make_app, writers, flow):
    mine, theirs = writers
    answered_until(mine, flow, "product_name")
    app = make_app(store=mine.store)
    app.animation_level = "none"
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.review("s1")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        theirs.open("s1").answer("PlanRight")

        def listed() -> bool:
            options = review.query_one("#review-list", OptionList)
            texts = [
                str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
            ]
            return any("PlanRight" in text for text in texts)

        await until(pilot, listed, "the review lists the new answer")

        flows = InfoFlowsScreen(review.interview)
        await app.push_screen(flows)
        await settle(pilot)
        other = theirs.open("s1")
        before = len(flows.interview.state.answers["flows"])
        other.edit("flows", [*ANSWERS["flows"], "warehouse -> planner: stock levels [phone] (low)"])
        await until(
            pilot,
            lambda: len(flows.interview.state.answers["flows"]) == before + 1,
            "the flows screen has the new flow",
        )
        await settle(pilot)
        await until(
            pilot,
            lambda: (
                flows.view is not None
                and any(row.content == "stock levels" for row in flows.view.flows)
            ),
            "the new flow drawn",
        )
