"""The flows & hot spots screen (issue 5, item 6) on the refinery example session.

Every edit is checked where it matters: in the store (the session reopened by a new
service), and on screen once the ranking has been recomputed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, OptionList, Select, Static

from assistant.services.importing import import_document, read_document
from assistant.services.interview import InterviewService
from assistant.services.model import session_flows, session_model
from assistant.tui.dialogs.actor_form import ActorDialog
from assistant.tui.dialogs.confirm import ConfirmDialog
from assistant.tui.dialogs.flow_form import InfoFlowDialog, NotationLine
from assistant.tui.dialogs.hyperclass_form import HyperclassDialog
from assistant.tui.screens.flows import InfoFlowsScreen
from assistant.tui.screens.review import ReviewScreen
from assistant.tui.widgets.prompt_input import PromptInput
from tests.tui.helpers import palette_command, paste, settle

REFINERY = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"
SIZE = (100, 30)


@pytest.fixture
def refinery(store) -> str:
    """The refinery example imported into the test database; its session id."""
    return import_document(store, read_document(REFINERY))


def quick_app(make_app: Any) -> Any:
    """The real app, with animations off: a tab switch then costs no 0.3 s slide."""
    app = make_app()
    app.animation_level = "none"
    return app


async def open_flows(pilot: Any, session_id: str) -> InfoFlowsScreen:
    """The flows screen over the session, pushed straight from home.

    (The path a user takes — interview, F3 — is tested once, below: drawing the whole
    conversation of a finished session first would only slow every test down.)
    """
    await settle(pilot)
    await pilot.app.push_screen(InfoFlowsScreen(pilot.app.service.open(session_id)))
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, InfoFlowsScreen)
    return screen


def option_text(options: OptionList, option_id: str) -> str:
    return str(options.get_option(option_id).prompt)


def rows(screen: InfoFlowsScreen, table_id: str) -> list[list[str]]:
    table = screen.query_one(f"#{table_id}", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def stored(store: Any, session_id: str) -> Any:
    """The session as another process would read it."""
    return InterviewService(store).open(session_id)


async def test_top_hot_spot_with_reasons_tables_and_diagram(make_app, refinery):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_flows(pilot, refinery)
        options = screen.query_one("#hotspots", OptionList)
        top = options.highlighted_option
        assert top is not None and top.id == "object:a:site-planner"
        text = str(top.prompt)
        assert text.lstrip().startswith("1. Site planner")
        assert "▲ hot" in text
        assert "10 flows (4 sent, 6 received)" in " ".join(text.split())
        assert "6 of them manual (low maturity)" in " ".join(text.split())
        assert "broker between 10 actors" in " ".join(text.split())
        flow_spot = screen.view.ranking.flows[0]
        assert "3 actors involved" in " ".join(option_text(options, flow_spot.ref).split())

        actors = rows(screen, "actors")
        assert len(actors) == 12
        planner = next(r for r in actors if r[0] == "Site planner")
        assert planner[1] == "person" and planner[4] == "10"
        flows = rows(screen, "flows")
        assert len(flows) == 13
        assert flows[0][1:3] == ["Operations shift supervisor", "Site planner"]
        diagram = str(screen.query_one("#diagram", Static).content)
        assert "stage 1" in diagram and "Inspection engineer" in diagram
        summary = str(screen.query_one("#flows-summary", Static).content)
        assert summary == "12 actors · 13 flows"


async def test_filter_by_attribute_and_hyperclass(make_app, refinery, store):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_flows(pilot, refinery)
        # site=A on the site planner, through the actor dialog
        await pilot.press("2")
        table = screen.query_one("#actors", DataTable)
        table.move_cursor(row=table.get_row_index("a:site-planner"))
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ActorDialog)
        dialog.query_one("#actor-attributes", PromptInput).focus()
        await paste(pilot, "site=A\nrole=planner")
        await pilot.click("#save")
        await settle(pilot)
        assert app.screen is screen
        actor = session_model(stored(store, refinery)).actor("Site planner")
        assert actor.attributes == {"role": "planner", "site": "A"}

        await pilot.press("slash")
        await paste(pilot, "site=A")
        await pilot.press("enter")
        await settle(pilot)
        assert [r[0] for r in rows(screen, "actors")] == ["Site planner"]
        assert rows(screen, "actors")[0][2] == "role=planner, site=A"
        assert len(rows(screen, "flows")) == 10
        diagram = str(screen.query_one("#diagram", Static).content)
        assert "Maintenance team, Mechanical contractor" not in diagram  # HSE permits flow
        assert "1 of 12 actors · 10 of 13 flows" in str(
            screen.query_one("#flows-summary", Static).content
        )
        hot = screen.query_one("#hotspots", OptionList)
        assert hot.get_option_at_index(1).id == "object:a:site-planner"

        # a hyperclass by rule (enter in the filter left the keyboard in the list)
        assert app.focused is screen.query_one("#actors", DataTable)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HyperclassDialog)
        await paste(pilot, "Site A")
        await pilot.press("enter")  # to the members: the highlighted actor is proposed
        assert app.screen.query_one("#hc-members", Input).value == "Site planner"
        app.screen.query_one("#hc-members", Input).value = ""
        await pilot.press("enter")  # to the rule
        await paste(pilot, "site=A")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowsScreen)
        model = session_model(stored(store, refinery))
        assert model.hyperclass_members("Site A") == ["a:site-planner"]
        screen = app.screen
        screen.query_one("#flows-filter", Input).value = "site a"
        await pilot.press("slash", "enter")
        await settle(pilot)
        assert [r[0] for r in rows(screen, "actors")] == ["Site planner"]
        assert rows(screen, "actors")[0][3] == "Site A"
        # a term nothing matches says so, and hides nothing; escape leaves the field only
        screen.query_one("#flows-filter", Input).value = "nobody here"
        await pilot.press("slash", "escape")
        await settle(pilot)
        assert app.screen is screen and not screen.query_one("#flows-filter", Input).has_focus
        assert "nothing matches 'nobody here'" in str(
            screen.query_one("#flows-summary", Static).content
        )
        assert len(rows(screen, "actors")) == 12


async def test_add_flow_is_stored_and_reranked(make_app, refinery, store):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_flows(pilot, refinery)
        before = next(s for s in screen.view.ranking.objects if s.name == "Warehouse")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowDialog)
        await paste(pilot, "Warehouse -> Site planner: stock counts (low) @daily !re-typed")
        reading = str(app.screen.query_one("#flow-reading", Static).content)
        assert reading.startswith("from Warehouse to Site planner · content: stock counts")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowsScreen)
        flows = session_flows(stored(store, refinery))
        assert len(flows) == 14
        assert flows[-1].source == "Warehouse" and flows[-1].pain_points == ["re-typed"]
        after = next(s for s in screen.view.ranking.objects if s.name == "Warehouse")
        assert after.score > before.score
        top = screen.query_one("#hotspots", OptionList).get_option("object:a:site-planner")
        assert "11 flows (4 sent, 7 received)" in " ".join(str(top.prompt).split())
        assert len(rows(screen, "flows")) == 14


async def test_a_bad_flow_line_names_the_column_and_saves_nothing(make_app, refinery, store):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        await open_flows(pilot, refinery)
        await pilot.press("a")
        await settle(pilot)
        await paste(pilot, "Warehouse : stock")
        reading = str(app.screen.query_one("#flow-reading", Static).content)
        assert reading == "column 11: expected '->' after the source"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowDialog)
        error = str(app.screen.query_one(".dialog-error").content)
        reading = str(app.screen.query_one("#flow-reading", Static).content)
        # the problem is said once, under the line; the refusal points to it (issue 16 item 6)
        assert error.startswith("Not saved") and "column 11" not in error
        assert reading == "column 11: expected '->' after the source"
        await paste(pilot, " -> Site planner")  # a change makes the refusal stale
        assert str(app.screen.query_one(".dialog-error").content) == ""
        await pilot.press("escape")
        await settle(pilot)
    assert len(session_flows(stored(store, refinery))) == 13


async def test_edit_actor_kind_edit_and_delete_flows(make_app, refinery, store):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_flows(pilot, refinery)
        # SAP PM is declared a tool in the list of actors; the edit wins
        await pilot.press("2")
        table = screen.query_one("#actors", DataTable)
        table.move_cursor(row=table.get_row_index("a:sap-pm"))
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ActorDialog)
        dialog.query_one("#actor-kind", Select).value = "data"
        await pilot.click("#save")
        await settle(pilot)
        assert session_model(stored(store, refinery)).actor("SAP PM").kind == "data"
        assert rows(screen, "actors")[table.get_row_index("a:sap-pm")][1] == "data"

        # change flow 7 (warehouse → site planner) from the flows tab
        await pilot.press("3")
        flows = screen.query_one("#flows", DataTable)
        flows.move_cursor(row=6)
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, InfoFlowDialog)
        line = dialog.query_one(NotationLine)
        assert line.value.startswith("warehouse -> site planner: parts availability")
        line.text = line.value.replace("(low)", "(high)")
        await pilot.press("enter")
        await settle(pilot)
        assert session_flows(stored(store, refinery))[6].maturity == "high"
        assert rows(screen, "flows")[6][6] == "high"

        # delete flow 2, after saying yes
        flows.move_cursor(row=1)
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        kept = session_flows(stored(store, refinery))
        assert len(kept) == 12
        assert all(f.content != "inspection scope and findings" for f in kept)
        assert len(rows(screen, "flows")) == 12


async def test_delete_actor_takes_its_flows_after_confirming(make_app, refinery, store):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_flows(pilot, refinery)
        await pilot.press("2")
        table = screen.query_one("#actors", DataTable)
        table.move_cursor(row=table.get_row_index("a:warehouse"))
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "2 flows it sends or alone receives go too" in app.screen.message
        await pilot.press("n")  # no: nothing happens
        await settle(pilot)
        assert len(session_flows(stored(store, refinery))) == 13
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        flows = session_flows(stored(store, refinery))
        assert len(flows) == 11
        ends = {end.casefold() for f in flows for end in [f.source, *f.targets]}
        assert "warehouse" not in ends
        # declared in the list of actors, it stays on the map without flows (and says so)
        warehouse = next(r for r in rows(screen, "actors") if r[0] == "Warehouse")
        assert warehouse[4] == "0"


async def test_reached_from_review_and_palette_and_interview_catches_up(make_app, refinery, store):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.resume(refinery)
        await settle(pilot)
        interview_screen = app.screen
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is interview_screen

        await pilot.press("ctrl+p")
        await palette_command(pilot, "view: flows & hot spots")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InfoFlowsScreen)
        await pilot.press("a")
        await settle(pilot)
        await paste(pilot, "Warehouse -> SAP PM: goods receipts [scanner] (high)")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is interview_screen
        # the interview saw the edit (same session object, conversation caught up)
        assert interview_screen.interview.events[-1].seq == stored(store, refinery).events[-1].seq


async def test_patterns_the_score_ranks_low_are_listed_and_open_their_flow(make_app, refinery):
    app = quick_app(make_app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_flows(pilot, refinery)
        options = screen.query_one("#hotspots", OptionList)
        ids = [options.get_option_at_index(i).id or "" for i in range(options.option_count)]
        patterns = [i for i in ids if i.startswith("pattern:")]
        assert patterns, "no pattern listed under the hot spots"
        first = option_text(options, patterns[0])
        assert first.lstrip().startswith("1. Durations entered 3 times by Site planner")
        assert "rated medium" in first
        # the heading sits after the flow hot spots
        headings = [
            str(options.get_option_at_index(i).prompt)
            for i in range(options.option_count)
            if options.get_option_at_index(i).disabled and options.get_option_at_index(i).id is None
        ]
        assert headings[-1] == "Worth a look, though the score ranks them low"
        # enter on a pattern edits the first flow it is read from
        options.highlighted = ids.index(patterns[0])
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, InfoFlowDialog)
        flow_id = patterns[0].split(":", 2)[2]
        content = session_model(screen.interview).flow_data(flow_id)["content"]
        assert content in dialog.query_one(NotationLine).value
