"""The replay screen (timeline, stepping, play, sections, framing as of a step) and the
TUI diff view (issue 7, items 2-3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import DataTable, Markdown, Static

from assistant.services.reframe import reframe
from assistant.tui.app import ReplayApp
from assistant.tui.screens.diff import DiffScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.replay import ReplayScreen, markdown_at
from tests.tui.conftest import ANSWERS, answered_until, clock
from tests.tui.helpers import settle, wait_until

SIZE = (140, 40)


def replay_app(store: Any, tmp_path: Path, session_id: str, flow: Any) -> ReplayApp:
    (tmp_path / "locks").mkdir(exist_ok=True)
    return ReplayApp(
        store,
        session_id,
        flow=flow,
        clock=clock,
        lock_dir=tmp_path / "locks",
        export_folder=tmp_path / "exports",
        cursor_blink=False,
    )


def info(app: Any) -> str:
    return str(app.screen.query_one("#step-info", Static).content)


async def document(app: Any) -> str:
    return app.screen.query_one("#as-of-document", Markdown).source


async def test_timeline_lists_every_event_and_steps(store, service, flow, tmp_path) -> None:
    interview = answered_until(service, flow, None)
    interview.add_note("perimeter", "Check the <b>scope</b> [red]now[/red]", "Rita")
    events = interview.events
    app = replay_app(store, tmp_path, interview.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReplayScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == len(events)
        # Every event in order, in the words of replay --plain, markup shown as typed.
        last = table.get_row_at(len(events) - 1)
        assert str(last[3]) == "note on perimeter by Rita: Check the <b>scope</b> [red]now[/red]"
        assert [str(table.get_row_at(i)[0]) for i in range(len(events))] == [
            str(e.seq) for e in events
        ]
        assert info(app).startswith(f"Step {len(events)} / {len(events)}")
        await pilot.press("home")
        await settle(pilot)
        assert info(app).startswith(f"Step 1 / {len(events)}")
        # Step forward to the first answer: the document shows it, and nothing later.
        first_answer = next(i for i, e in enumerate(events, 1) if e.type.value == "answer_given")
        for _ in range(first_answer - 1):
            await pilot.press("n")
        await settle(pilot)
        assert screen.step == first_answer
        text = await document(app)
        assert "Normandy refinery, maintenance planning" in text
        assert "PlanRight" not in text
        await pilot.press("p")
        await settle(pilot)
        assert screen.step == first_answer - 1
        assert "Normandy refinery, maintenance planning" not in await document(app)
        await pilot.press("end")
        await settle(pilot)
        assert "PlanRight" in await document(app)


async def test_jump_to_a_section_and_play(store, service, flow, tmp_path) -> None:
    interview = answered_until(service, flow, None)
    app = replay_app(store, tmp_path, interview.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("2")  # business
        await settle(pilot)
        step = screen.step
        event = interview.events[step - 1]
        assert interview.engine.section_of[event.question_id].id == "business"
        assert all(
            not e.question_id or interview.engine.section_of[e.question_id].id != "business"
            for e in interview.events[: step - 1]
        )
        await pilot.press("space")
        assert "playing" in info(app)
        await wait_until(pilot, lambda: screen.step > step, "the replay to play a step")
        await pilot.press("space")
        assert "playing" not in info(app)
        stopped = screen.step
        assert screen._timer is None  # no clock left to move it on
        await settle(pilot)
        assert screen.step == stopped
        assert info(app).startswith(f"Step {stopped} /")


async def test_conversation_view_and_back(store, service, flow, tmp_path) -> None:
    interview = answered_until(service, flow, "vision")
    app = replay_app(store, tmp_path, interview.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen) and app.screen.read_only
        await pilot.press("escape")
        await settle(pilot)


async def test_diff_view_of_a_reframing(store, service, flow, tmp_path) -> None:
    old = answered_until(service, flow, None)
    new = reframe(service, old.id).interview
    new.answer("A narrower perimeter", "perimeter")
    app = replay_app(store, tmp_path, new.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "carried over perimeter" in str(
            app.screen.query_one(DataTable).get_row_at(3)[3]
        ) or any(
            "carried over" in str(app.screen.query_one(DataTable).get_row_at(i)[3])
            for i in range(app.screen.query_one(DataTable).row_count)
        )
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DiffScreen)
        text = str(app.screen.query_one("#diff-text", Static).content)
        assert (
            "~ perimeter [ideation]: Normandy refinery, maintenance planning -> A narrower" in text
        )
        assert "Actors" not in text and "Use cases" not in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReplayScreen)


async def test_replay_of_a_session_that_is_not_a_reframing(store, service, flow, tmp_path) -> None:
    interview = answered_until(service, flow, "vision")
    app = replay_app(store, tmp_path, interview.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ReplayScreen)


def test_markdown_at_is_the_fold_of_a_prefix(service, flow) -> None:
    interview = answered_until(service, flow, None)
    assert "PlanRight" in markdown_at(interview, len(interview.events))
    assert "PlanRight" not in markdown_at(interview, 3)


async def test_reviewer_note_from_the_replay(store, service, flow, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DATA360_AUTHOR", "Rita Reviewer")
    interview = answered_until(service, flow, None)
    count = len(interview.events)
    app = replay_app(store, tmp_path, interview.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        step = next(i for i, e in enumerate(interview.events, 1) if e.question_id == "vision")
        screen.go_to(step)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Too vague", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReplayScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == count + 1
        assert str(table.get_row_at(count)[3]) == "note on vision by Rita Reviewer: Too vague"
        assert screen.step == count + 1
    stored = service.open(interview.id)
    assert stored.state.notes["vision"][0]["text"] == "Too vague"
    assert stored.state.notes["vision"][0]["author"] == "Rita Reviewer"


async def test_replay_rows_and_diff_view_say_what_changed(store, service, flow, tmp_path) -> None:
    """Issue 17: a row says what its event did; the diff view shows list items and flow fields."""
    old = answered_until(service, flow, None)
    new = reframe(service, old.id).interview
    flows = [dict(f) for f in ANSWERS["flows"]]
    flows[1]["maturity"] = "medium"
    new.answer(flows, "flows")
    new.answer(["Ana (product owner)", "Chloé (data engineer)"], "team")
    new.answer(False, "personal_data")
    app = replay_app(store, tmp_path, new.id, flow)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        rows = [str(table.get_row_at(i)[3]) for i in range(table.row_count)]
        assert rows[-3] == "edited flows: ~ flow 2: maturity low -> medium"
        assert rows[-2] == "edited team: - Bob (data scientist); + Chloé (data engineer)"
        assert rows[-1] == "edited personal_data: yes -> no; no longer asked: gdpr_basis"
        assert info(app).endswith("edited personal_data: yes -> no; no longer asked: gdpr_basis")
        await pilot.press("d")
        await wait_until(pilot, lambda: isinstance(app.screen, DiffScreen), "the diff view")
        screen = app.screen
        await wait_until(pilot, lambda: screen.diff is not None, "the diff computed")
        await settle(pilot)
        text = str(screen.query_one("#diff-text", Static).content)
        assert "~ team [build]: 1 removed, 1 added" in text
        assert "    - Bob (data scientist)" in text and "    + Chloé (data engineer)" in text
        assert "~ flow 2: maintenance → planner: job status: maturity low -> medium" in text
        assert "- gdpr_basis [data]: Legitimate interest (no longer asked because of the" in text
