"""Issue 17 item 6 / issue 11 item 5: a flow of unknown maturity, as the screens show it.

Flows imported from a wall CSV with an empty maturity cell keep an unknown maturity; the
flows & hot spots screen says "unknown" in the flow table, marks the flow "?" in the
diagram and its hot spot says how the unknown maturity was counted.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, OptionList, Static

from assistant.services.importing import import_document, read_document
from assistant.tui.screens.flows import InfoFlowsScreen
from assistant.workshop.csvflows import import_flows, parse_wall_csv
from tests.tui.helpers import settle

REFINERY = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"


async def test_the_flows_screen_shows_an_unknown_maturity(make_app, store, service) -> None:
    session_id = import_document(store, read_document(REFINERY))
    wall = parse_wall_csv(
        "source,targets,content,maturity\nstores clerk,site planner,spare parts count,\n"
    )
    import_flows(service.open(session_id), wall.flows, source_name="wall.csv")
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        await app.push_screen(InfoFlowsScreen(app.service.open(session_id)))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InfoFlowsScreen)
        table = screen.query_one("#flows", DataTable)
        cells = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        row = next(r for r in cells if "spare parts count" in r)
        assert "unknown" in row
        diagram = str(screen.query_one("#diagram", Static).content)
        assert "──?──▶" in diagram and "? unknown" in diagram
        spot = next(s for s in screen.view.ranking.flows if "spare parts" in s.name)
        text = " ".join(
            str(screen.query_one("#hotspots", OptionList).get_option(spot.ref).prompt).split()
        )
        assert "unknown maturity (counted as low until filled)" in text.casefold()
