"""Deferred focus never reaches an answer input that Textual is removing (issue 11).

The composer focuses its first input after the first refresh, and the interview screen
focuses it again when a dialog closes. When the review opened the interview on a scale
question and jumped at once to a missing one, that deferred focus ran while the scale input
was half removed (its buttons gone, itself still attached): ``NoMatches '#score-1'``, a
crash that showed only on a loaded machine. These tests hold an input in exactly that state,
by making its removal wait on an event, and run the deferred focus there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Button, OptionList

from assistant.models.flowdef import FlowDefinition, Question
from assistant.tui.widgets.answers.base import AnswerInput
from assistant.tui.widgets.composer import Composer
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, settle

KINDS = ("confidence", "personal_data", "task_types", "flows", "candidates", "team")


def question(flow: FlowDefinition, question_id: str) -> Question:
    return next(q for s in flow.sections for q in s.questions if q.id == question_id)


class Hold:
    """Makes every AnswerInput's removal stop after its children are gone, until released."""

    def __init__(self) -> None:
        self.reached = asyncio.Event()
        self.release = asyncio.Event()

    async def wait(self) -> None:
        """Until an input is held half removed (a generous bound, so a bug fails clearly)."""
        await asyncio.wait_for(self.reached.wait(), timeout=60)

    async def on_unmount(self, widget: AnswerInput) -> None:
        assert widget.is_attached and not widget.query(Button)  # the half-removed state
        self.reached.set()
        await self.release.wait()


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    held = Hold()

    async def on_unmount(widget: AnswerInput) -> None:
        await held.on_unmount(widget)

    monkeypatch.setattr(AnswerInput, "on_unmount", on_unmount, raising=False)
    yield held
    held.release.set()


class ComposerScreen(Screen[None]):
    def __init__(self, first: Question) -> None:
        super().__init__()
        self.first = first

    def compose(self) -> ComposeResult:
        yield Composer(self.first, choices=["A", "B"], id="composer")


class ComposerApp(App[None]):
    def __init__(self, first: Question) -> None:
        super().__init__()
        self.first = first

    def on_mount(self) -> None:
        self.push_screen(ComposerScreen(self.first))


async def test_focus_during_a_question_change_skips_the_old_input(flow, hold) -> None:
    for first_id in KINDS:
        hold.reached.clear()
        hold.release.clear()
        app = ComposerApp(question(flow, first_id))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            composer = app.screen.query_one(Composer)
            old = composer.answer_input
            automation = question(flow, "automation")
            app.call_later(composer.ask, automation, list(automation.choices or []))
            try:
                await hold.wait()
                composer.focus_answer(old)  # the deferred first focus, now
                composer.focus_answer()  # a dialog closing, now
                assert app.focused is None or old not in app.focused.ancestors_with_self
            finally:
                hold.release.set()
            await settle(pilot)
            assert composer.question is not None and composer.question.id == "automation"
            assert isinstance(app.focused, OptionList), first_id


async def test_focus_while_the_screen_closes_does_nothing(flow, hold) -> None:
    for first_id in KINDS:
        hold.reached.clear()
        hold.release.clear()
        app = ComposerApp(question(flow, first_id))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            composer = app.screen.query_one(Composer)
            old = composer.answer_input
            app.call_later(app.pop_screen)
            try:
                await hold.wait()
                composer.focus_answer(old)
                composer.focus_answer()
            finally:
                hold.release.set()
            await settle(pilot)
            assert not app.query(Composer), first_id


async def test_review_jumps_to_a_missing_question_of_another_kind(make_app, service, flow) -> None:
    """The app path that crashed: home → review → missing question, the current one a scale."""
    interview = answered_until(service, flow, "automation")
    interview.skip()  # automation skipped: the session now stands on `confidence`, a scale
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("m", "enter")
        await settle(pilot)
        assert current_id(pilot) == "automation"
        assert isinstance(app.focused, OptionList)
