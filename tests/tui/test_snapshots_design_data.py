"""SVG snapshots of the Design-Data screens (flows & hot spots, use cases), 80×24 and 120×40.

The refinery example session, imported as it is shipped: fixed ids, fixed times, UTC, no
cursor blink. Regenerate with ``pytest tests/tui/test_snapshots_design_data.py
--snapshot-update`` and look at the diffs (and at the pictures).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from assistant.services.importing import import_document, read_document
from assistant.tui.screens.flows import InfoFlowsScreen
from tests.tui.helpers import settle

REFINERY = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"
SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def flows_then(session_id: str, *keys: str):
    """A run_before that opens the flows screen over the session, then presses ``keys``."""

    async def run_before(pilot: Pilot[Any]) -> None:
        app: Any = pilot.app
        app.animation_level = "none"  # no tab underline caught mid-slide
        await settle(pilot)
        await app.push_screen(InfoFlowsScreen(app.service.open(session_id)))
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


@pytest.fixture
def refinery(store) -> str:
    return import_document(store, read_document(REFINERY))


@pytest.mark.parametrize("size", SIZES)
def test_flows_hot_spots(snap_compare, make_app, refinery, size) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=flows_then(refinery))


@pytest.mark.parametrize("size", SIZES)
def test_usecases(snap_compare, make_app, refinery, size) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=flows_then(refinery, "u"))


def test_flows_table(snap_compare, make_app, refinery) -> None:
    """The flows tab at 80 columns: the table scrolls, the line under it says it all."""
    run_before = flows_then(refinery, "3", "down")
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
