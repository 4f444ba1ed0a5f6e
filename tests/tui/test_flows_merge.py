"""Issue 16 item 5: merging two actors by an explicit action (m, then a dialog) on F3."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Select

from assistant.services.importing import import_document, read_document
from assistant.services.interview import InterviewService
from assistant.services.model import session_flows, session_model
from assistant.tui.dialogs.actor_form import MergeDialog
from assistant.tui.screens.flows import InfoFlowsScreen
from tests.tui.helpers import settle, type_text, wait_until

BEDS = Path(__file__).parents[2] / "sessions" / "hospital-beds.json"


@pytest.fixture
def beds(store: Any) -> str:
    return import_document(store, read_document(BEDS))


def actor_names(screen: InfoFlowsScreen) -> list[str]:
    table = screen.query_one("#actors", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_m_merges_the_highlighted_actor_into_the_one_picked(make_app, beds, store):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        await app.push_screen(InfoFlowsScreen(app.service.open(beds)))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InfoFlowsScreen)
        await pilot.press("2")
        table = screen.query_one("#actors", DataTable)
        table.move_cursor(row=table.get_row_index("a:housekeeping"))
        await pilot.press("m")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, MergeDialog)
        assert "Merge Housekeeping into" in str(dialog.query_one(".field-label").content)
        # the list: every other actor, the merged one left out
        select = dialog.query_one("#merge-into", Select)
        assert ("Housekeeping (team)", "Housekeeping") not in select._options
        await pilot.press("ctrl+s")  # nothing picked yet: said once, the dialog stays
        await settle(pilot)
        assert app.screen is dialog
        assert "pick the actor to keep" in str(dialog.query_one(".dialog-error").content)
        await pilot.press("enter")  # opens the list
        await type_text(pilot, "Patient t")
        await pilot.press("enter")
        await wait_until(pilot, lambda: select.value == "Patient transport", "the pick")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        await wait_until(
            pilot, lambda: "Housekeeping" not in actor_names(screen), "the redrawn actors"
        )
        assert "Patient transport" in actor_names(screen)

    reopened = InterviewService(store).open(beds)
    flows = session_flows(reopened)
    assert not any(
        "housekeeping" in [f.source.casefold(), *(t.casefold() for t in f.targets)] for f in flows
    )
    assert any(
        f.source == "Patient transport" and f.content == "beds cleaned and ready" for f in flows
    )
    model = session_model(reopened)
    assert "Housekeeping" in model.actor("Housekeeping").aliases  # found by its old name
    assert model.actor("Housekeeping").name == "Patient transport"


async def test_m_on_a_flow_says_to_highlight_an_actor(make_app, beds):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        await app.push_screen(InfoFlowsScreen(app.service.open(beds)))
        await settle(pilot)
        await pilot.press("3", "m")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowsScreen)
        assert any("Highlight an actor" in str(n.message) for n in app._notifications)
