"""Issue 16 item 5: the use-case screen follows an edit of a kept proposal at once, and
coming back to it does not show the original proposal again beside the renamed one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from assistant.services.importing import import_document, read_document
from assistant.services.interview import InterviewService
from assistant.tui.dialogs.usecase_form import UseCaseDialog
from assistant.tui.screens.usecases import UseCasesScreen
from tests.tui.helpers import paste, settle, wait_until

REFINERY = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"


@pytest.fixture
def refinery(store: Any) -> str:
    return import_document(store, read_document(REFINERY))


def legend(screen: UseCasesScreen) -> str:
    return str(screen.query_one("#uc-legend", Static).content)


def shown_titles(screen: UseCasesScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(table.get_row_at(i)[1]) for i in range(table.row_count)]


async def open_usecases(pilot: Any, session_id: str) -> UseCasesScreen:
    await pilot.app.push_screen(UseCasesScreen(pilot.app.service.open(session_id)))
    screen = pilot.app.screen
    assert isinstance(screen, UseCasesScreen)
    await wait_until(
        pilot, lambda: any(not c.kept for c in screen.candidates), "the hot spots' proposals"
    )
    await settle(pilot)
    return screen


async def test_keep_then_edit_shows_the_new_title_and_no_duplicate_later(make_app, refinery, store):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_usecases(pilot, refinery)
        before = len(screen.candidates)
        assert legend(screen).startswith("5 kept")
        proposal = next(c.usecase for c in screen.candidates if not c.kept)
        table = screen.query_one(DataTable)
        table.move_cursor(row=next(i for i, c in enumerate(screen.rows) if not c.kept))
        await pilot.press("k")
        await settle(pilot)
        assert legend(screen).startswith("6 kept")

        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, UseCaseDialog)
        app.screen.query_one("#uc-title-field").value = ""
        await paste(pilot, "Shared shutdown schedule")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        # at once: the new title, still kept, nothing added
        assert "Shared shutdown schedule" in shown_titles(screen)
        assert proposal.title not in shown_titles(screen)
        assert legend(screen).startswith("6 kept")
        assert len(screen.candidates) == before
        titles = [
            u["title"]
            for u in InterviewService(store).open(refinery).state.answers["usecase_candidates"]
        ]
        assert "Shared shutdown schedule" in titles and proposal.title not in titles

        # leave and come back: the original proposal does not reappear
        await pilot.press("escape")
        await settle(pilot)
        again = await open_usecases(pilot, refinery)
        assert "Shared shutdown schedule" in shown_titles(again)
        assert proposal.title not in shown_titles(again)
        assert len(again.candidates) == before
        assert legend(again).startswith("6 kept")
