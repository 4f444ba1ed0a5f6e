"""The home screen with many sessions (issue 18, item 3): the first frame draws a screenful
at once and the rest follows in batches; a reload drawing the same rows rebuilds nothing."""

from __future__ import annotations

import asyncio
import time

from textual.widgets import DataTable

from assistant.tui.screens.home import FIRST_ROWS, HomeScreen
from tests.tui.helpers import settle

COUNT = 300


async def test_many_sessions_are_all_listed_after_the_first_frame(make_app, service, flow):
    ids = [
        service.start(flow, f"Session {n:03d}", session_id=f"id{n:03d}").id for n in range(COUNT)
    ]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        table = screen.query_one(DataTable)
        assert FIRST_ROWS <= table.row_count <= COUNT
        deadline = time.monotonic() + 30
        while table.row_count < COUNT:
            assert time.monotonic() < deadline, f"only {table.row_count} rows listed"
            await asyncio.sleep(0)
            await pilot.pause()
        listed = [row.key.value for row in table.ordered_rows]
        assert sorted(listed) == sorted(ids)
        assert listed == [r.id for r in screen.records]  # rows and records stay aligned
        generation = screen._generation
        screen.reload()  # the same rows: nothing is rebuilt
        await settle(pilot)
        assert screen._generation == generation and table.row_count == COUNT
        table.move_cursor(row=COUNT - 1)
        assert screen.selected_id() == listed[-1]
