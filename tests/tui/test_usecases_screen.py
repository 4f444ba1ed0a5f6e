"""The use-case scoring screen (issue 5, item 6): keep a proposal, rescore, choose.

What is checked is what the rest of the framing relies on: the ``usecases`` answer and
the choice answer as stored, and the chosen title piped into the Business questions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from assistant.services.importing import import_document, read_document
from assistant.services.interview import InterviewService
from assistant.tui.dialogs.confirm import ConfirmDialog
from assistant.tui.dialogs.usecase_form import UseCaseDialog
from assistant.tui.screens.flows import InfoFlowsScreen
from assistant.tui.screens.usecases import FIRST_LENS_COLUMN, UseCasesScreen
from tests.tui.helpers import paste, settle

REFINERY = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"
SIZE = (120, 40)
CHOSEN = "Predict shutdown job durations and slippage risk"


@pytest.fixture
def refinery(store) -> str:
    return import_document(store, read_document(REFINERY))


def stored(store: Any, session_id: str) -> Any:
    return InterviewService(store).open(session_id)


def row_of(screen: UseCasesScreen, title: str) -> int:
    return next(i for i, c in enumerate(screen.rows) if c.usecase.title == title)


def cells(screen: UseCasesScreen, title: str) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(cell) for cell in table.get_row_at(row_of(screen, title))]


async def _scoring_from_the_interview(pilot, app, session_id: str) -> UseCasesScreen:
    """Resume ``session_id`` and open use-case scoring straight from the interview (F5)."""
    await settle(pilot)
    app.resume(session_id)
    await settle(pilot)
    await pilot.press("f5")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, UseCasesScreen)
    return screen


async def test_keep_rescore_choose_and_pipe(make_app, refinery, store):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(InfoFlowsScreen(app.service.open(refinery)))
        await settle(pilot)  # the flows screen, then its use cases
        await pilot.press("u")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, UseCasesScreen)
        kept = [c.usecase.title for c in screen.candidates if c.kept]
        proposals = [c.usecase for c in screen.candidates if not c.kept]
        assert len(kept) == 5 and proposals  # the session's five, then the hot spots' ideas
        assert cells(screen, CHOSEN)[7] == "★ chosen"
        assert cells(screen, CHOSEN)[0] == "1"  # 0.25 × (5 + 3 + 4 + 5) = 4.25, the best
        relay = next(u for u in proposals if u.origin == "object:a:site-planner")
        assert relay.origin == "object:a:site-planner"

        # keep the proposal from the top hot spot
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_of(screen, relay.title), column=FIRST_LENS_COLUMN)
        await pilot.pause()
        detail = str(screen.query_one("#uc-detail", Static).content)
        assert "from the actor hot spot Site planner" in detail
        await pilot.press("k")
        await settle(pilot)
        answer = stored(store, refinery).state.answers["usecase_candidates"]
        assert [u["title"] for u in answer] == [*kept, relay.title]
        assert answer[-1]["origin"] == "object:a:site-planner"
        assert cells(screen, relay.title)[7].startswith("kept")  # "· feasibility not scored"

        # rescore it: 5 5 4 4 → total 4.5, first; each keystroke saved
        await pilot.press("5", "5", "4", "4")
        await settle(pilot)
        assert cells(screen, relay.title)[2:7] == ["5", "5", "4", "4", "4.50"]
        assert cells(screen, relay.title)[0] == "1"
        assert cells(screen, CHOSEN)[0] == "2"
        saved = stored(store, refinery).state.answers["usecase_candidates"][-1]
        assert [saved[k] for k in ("desirability", "datability", "feasibility", "viability")] == [
            5,
            5,
            4,
            4,
        ]
        # a lens at 1 blocks it, whatever its total: it drops to the last rank
        table.move_cursor(row=row_of(screen, relay.title), column=FIRST_LENS_COLUMN + 1)
        await pilot.press("1")
        await settle(pilot)
        row = cells(screen, relay.title)
        assert row[7] == "kept · blocked: Dat"  # the words in full are in the detail
        assert row[0] == str(len(screen.candidates))
        await pilot.press("left", "3")
        await settle(pilot)
        # 5 3 4 4 → 4.0: behind the chosen 4.25 (and any proposal scored higher)
        assert int(cells(screen, relay.title)[0]) > int(cells(screen, CHOSEN)[0])

        # choose it: the choice answer, then the Business questions pipe it in
        table.move_cursor(row=row_of(screen, relay.title))
        await pilot.press("c")
        await settle(pilot)
        interview = stored(store, refinery)
        assert interview.state.answers["chosen_usecase"] == relay.title
        prompt = interview.prompt(interview.question("problem_statement"))
        assert relay.title in prompt
        assert cells(screen, relay.title)[7] == "★ chosen"
        assert cells(screen, CHOSEN)[7] == "kept"
        assert screen.interview.prompt(screen.interview.question("problem_statement")) == prompt


async def test_choose_a_proposal_rename_it_and_drop(make_app, refinery, store):
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        screen = await _scoring_from_the_interview(pilot, app, refinery)
        proposal = next(c.usecase for c in screen.candidates if not c.kept)
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_of(screen, proposal.title))
        await pilot.press("c")  # choosing a proposal keeps it first
        await settle(pilot)
        interview = stored(store, refinery)
        titles = [u["title"] for u in interview.state.answers["usecase_candidates"]]
        assert proposal.title in titles
        assert interview.state.answers["chosen_usecase"] == proposal.title

        # rename it: the choice follows
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, UseCaseDialog)
        app.screen.query_one("#uc-title-field").value = ""
        await paste(pilot, "Shared shutdown schedule")
        await pilot.press("enter")
        await settle(pilot)
        interview = stored(store, refinery)
        assert interview.state.answers["chosen_usecase"] == "Shared shutdown schedule"
        problem = interview.prompt(interview.question("problem_statement"))
        assert "Shared shutdown schedule" in problem

        # the chosen one cannot be dropped; another kept one can, after saying yes
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert "Shared shutdown schedule" in [
            u["title"] for u in stored(store, refinery).state.answers["usecase_candidates"]
        ]
        table.move_cursor(row=row_of(screen, CHOSEN))
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        titles = [u["title"] for u in stored(store, refinery).state.answers["usecase_candidates"]]
        assert CHOSEN not in titles
        assert all(c.usecase.title != CHOSEN for c in screen.candidates)


HOSPITAL = Path(__file__).parents[2] / "sessions" / "hospital-beds.json"


async def test_a_proposal_saying_what_a_kept_candidate_says_is_not_listed_again(
    make_app, store
) -> None:
    # the workshop kept "Live bed board fed by the ADT system and housekeeping"; the map's
    # "A live Bed board fed by ADT system" is the same idea and stays off the list, while
    # the proposals that say something else are there
    hospital = import_document(store, read_document(HOSPITAL))
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        screen = await _scoring_from_the_interview(pilot, app, hospital)
        kept = [c.usecase.title for c in screen.candidates if c.kept]
        proposed = [c.usecase.title for c in screen.candidates if not c.kept]
        assert "Live bed board fed by the ADT system and housekeeping" in kept
        assert proposed and "A live Bed board fed by ADT system" not in proposed
        assert any(title.startswith("One board for") for title in proposed)


RETAIL = Path(__file__).parents[2] / "sessions" / "retail-demand.json"


async def test_a_proposal_quotes_the_answers_that_could_block_it(make_app, store) -> None:
    # the retail session is answered to the end: its risks and data sources name the
    # weather feed's licence and the ERP's change freeze, which the forecast proposal
    # needs; the proposals that touch no such system quote nothing
    retail = import_document(store, read_document(RETAIL))
    app = make_app()
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        screen = await _scoring_from_the_interview(pilot, app, retail)
        title = "Suggested store orders computed with promotions and weather"
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_of(screen, title))
        await settle(pilot)
        detail = str(screen.query_one("#uc-detail", Static).render())
        blocked = detail.split("Could be blocked by, in the answers: ", 1)[1]
        assert blocked.startswith('"Weather feed licence limited to display')
        assert "(business risks)" in blocked and "Christmas freeze on ERP changes" in blocked
        quiet = next(
            c.usecase for c in screen.candidates if c.usecase.title.startswith("One board for")
        )
        assert "blocked by" not in quiet.description
