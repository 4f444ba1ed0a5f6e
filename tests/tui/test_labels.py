"""Issue 16 item 9: labels shown whole and apart: hot-spot names and scores, use-case
statuses, scale anchors, reasons that do not wrap inside a bracket."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Label, OptionList

from assistant.services.importing import import_document, read_document
from assistant.tui.screens.flows import InfoFlowsScreen, wrap_reasons
from assistant.tui.screens.usecases import UseCasesScreen
from tests.tui.helpers import settle, wait_until

BEDS = Path(__file__).parents[2] / "sessions" / "hospital-beds.json"


@pytest.fixture
def beds(store: Any) -> str:
    return import_document(store, read_document(BEDS))


def brackets_whole(wrapped: str) -> bool:
    """No line opens a bracket it does not close."""
    return all(line.count("(") == line.count(")") for line in wrapped.splitlines())


@pytest.mark.parametrize("width", range(32, 101, 7))
def test_reasons_never_wrap_inside_a_bracket(width):
    """(From 32 columns every bracket fits on a line under the 5-column indent.)"""
    text = (
        "5 flows (3 sent, 2 received), 4 of them manual (low maturity), 5 daily or more"
        " often, 5 pain points, broker between 4 actors (2 upstream, 3 downstream)"
    )
    wrapped = wrap_reasons(text, width)
    assert brackets_whole(wrapped), wrapped
    assert " ".join(wrapped.split()) == text  # nothing lost, nothing added


async def test_hot_spot_names_stand_apart_from_scores(make_app, beds):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.push_screen(InfoFlowsScreen(app.service.open(beds)))
        await settle(pilot)
        screen = app.screen
        await wait_until(pilot, lambda: screen.view is not None, "the model")
        options = screen.query_one("#hotspots", OptionList)
        nurse = str(options.get_option("object:a:ward-nurse-in-charge").prompt)
        head, *reasons = nurse.splitlines()
        assert re.fullmatch(r"\s+2\. Ward nurse in charge · score \d\.\d\d  ▲ hot", head), head
        assert brackets_whole("\n".join(reasons))


async def test_use_case_statuses_show_whole_and_the_table_fits(make_app, beds):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.push_screen(UseCasesScreen(app.service.open(beds)))
        screen = app.screen
        await wait_until(pilot, lambda: any(not c.kept for c in screen.candidates), "the proposals")
        await settle(pilot)
        table = screen.query_one(DataTable)
        statuses = [str(table.get_row_at(i)[7]) for i in range(table.row_count)]
        assert any("to score: " in s for s in statuses)  # proposals leave lenses unscored
        assert all(s.startswith(("★ chosen", "kept", "proposed")) for s in statuses)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert table.max_scroll_x == 0  # nothing hidden to the right


async def test_scale_anchors_are_shown_whole(make_app, service, flow):
    from assistant.flow.loader import active_flow

    shipped = active_flow(None)
    interview = service.start(shipped, "Beds", "City hospital", session_id="s1")
    interview.answer("Bed management")
    interview.answer("Site: city hospital")
    interview.answer("Bed manager (person)")
    assert interview.current().id == "perimeter_maturity"
    app = make_app(flow=shipped)
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        app.resume("s1")
        await wait_until(pilot, lambda: bool(app.screen.query(".scale-labels")), "the scale")
        label = app.screen.query_one(".scale-labels", Label)
        assert "3 = files and e-mail between systems" in str(label.content)
        # wrapped inside the answer area, not clipped by the screen's edge
        assert label.region.right <= label.parent.region.right


async def test_at_80_columns_the_use_case_table_still_fits(make_app, beds):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(UseCasesScreen(app.service.open(beds)))
        screen = app.screen
        await wait_until(pilot, lambda: any(not c.kept for c in screen.candidates), "the proposals")
        await settle(pilot)
        table = screen.query_one(DataTable)
        assert table.max_scroll_x == 0
        await pilot.resize_terminal(120, 40)  # wider: the titles take the room
        await settle(pilot)
        assert table.max_scroll_x == 0
        titles = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "Forecast discharges per ward for today and tomorrow" in titles
