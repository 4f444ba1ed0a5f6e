"""The chat-first interview (issue 16): free text first at the flows question, drafts
that survive ctrl+q, screens that follow edits without re-printing the conversation."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from assistant.tui.screens.extraction_review import ExtractionReviewScreen
from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.answers.usecases import parse_candidate
from assistant.tui.widgets.chat import AnswerBubble, Bubble
from assistant.tui.widgets.composer import Composer
from assistant.tui.widgets.prompt_input import PromptInput
from tests.tui.conftest import answered_until
from tests.tui.helpers import (
    composer_error,
    current_id,
    paste,
    send_for_review,
    settle,
    wait_until,
)

PARAGRAPH = (
    "Every morning the planner sends the shutdown plan to the maintenance team by email."
    " The maintenance team phones the warehouse about spare parts."
)


async def _open_session(pilot, app) -> InterviewScreen:
    """From home, open the first session as a user does (enter on the row)."""
    await settle(pilot)
    assert isinstance(app.screen, HomeScreen)
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
    await settle(pilot)
    return app.screen


async def _quit(pilot, app) -> None:
    """ctrl+q as a user presses it, and wait for the app to be gone."""
    await pilot.press("ctrl+q")
    await wait_until(pilot, lambda: not app.is_running, "the app to quit")


async def test_a_paragraph_at_the_flows_question_opens_the_review_and_becomes_the_answer(
    make_app, service, flow
) -> None:
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, app)
        assert current_id(pilot) == "flows"
        chat_input = screen.query_one("#flow-notation", PromptInput)
        assert screen.focused is chat_input  # the chat input first, not the form
        assert "ctrl+f" in chat_input.placeholder  # the form is one key away, and it says so
        assert not screen.query_one(".flow-form").display

        review = await send_for_review(pilot, PARAGRAPH)
        assert isinstance(review, ExtractionReviewScreen)
        assert review.proposal is not None
        proposed = [(f.source, f.targets) for f in review.proposal.extraction.flows]
        assert proposed == [("planner", ["maintenance team"]), ("maintenance team", ["warehouse"])]
        await pilot.press("a")  # accept all
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen is screen, "back in the interview")
        await settle(pilot)
        answer = screen.interview.state.answers["flows"]
        assert [(f["source"], f["targets"], f["content"]) for f in answer] == [
            ("planner", ["maintenance team"], "shutdown plan"),
            ("maintenance team", ["warehouse"], "spare parts"),
        ]
        assert current_id(pilot) == "candidates"


async def test_form_flows_and_a_paragraph_make_one_answer(make_app, service, flow) -> None:
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, app)
        await pilot.press("ctrl+f")  # the form
        assert screen.focused is screen.query_one("#flow-source", Input)
        await paste(pilot, "SAP PM")
        await pilot.press("tab")
        await paste(pilot, "planner")
        await pilot.press("enter")  # added to the table
        await pilot.pause()
        assert screen.query_one("#flow-table", DataTable).row_count == 1
        await pilot.press("ctrl+f")  # back to the chat input
        assert screen.focused is screen.query_one("#flow-notation", PromptInput)
        await send_for_review(pilot, PARAGRAPH)
        await pilot.press("a")
        await wait_until(pilot, lambda: current_id(pilot) == "candidates", "the next question")
        sources = [f["source"] for f in screen.interview.state.answers["flows"]]
        assert sources == ["SAP PM", "planner", "maintenance team"]


async def test_unsent_text_survives_ctrl_q_and_comes_back_on_resume(
    make_app, service, flow, tmp_path: Path
) -> None:
    answered_until(service, flow, "flows")
    first = make_app()
    async with first.run_test(size=(110, 36)) as pilot:
        await _open_session(pilot, first)
        await paste(pilot, "the planner sends the plan to")
        await _quit(pilot, first)
    assert list((tmp_path / "drafts").glob("*.json"))  # kept on disk, not in memory

    second = make_app()  # a new app on the same database
    async with second.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, second)
        chat_input = screen.query_one("#flow-notation", PromptInput)
        assert chat_input.text == "the planner sends the plan to"
        assert screen.focused is chat_input
        # sent, the draft is gone: a third start shows the answer, not the old draft
        chat_input.text = "planner -> maintenance: plan [email] (low)"
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: current_id(pilot) == "candidates", "the next question")
    assert not list((tmp_path / "drafts").glob("*.json"))


async def test_unsent_text_is_kept_while_typing_without_quitting(
    make_app, service, flow, tmp_path: Path
) -> None:
    """A terminal closed (or a crash) with a paragraph typed: the draft was already on disk
    a moment after the last key, and while its flows were being reviewed."""
    answered_until(service, flow, "flows")
    first = make_app()
    async with first.run_test(size=(110, 36)) as pilot:
        await _open_session(pilot, first)
        await paste(pilot, "the planner emails the weekly plan to the shift leads")
        await wait_until(
            pilot,
            lambda: first.drafts.load("s1").get("flows", "").startswith("the planner emails"),
            "the draft on disk",
        )
    # no ctrl+q: the app went away as a killed terminal takes it
    second = make_app()
    async with second.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, second)
        chat_input = screen.query_one("#flow-notation", PromptInput)
        assert chat_input.text == "the planner emails the weekly plan to the shift leads"


async def test_drafts_are_per_question(make_app, service, flow, tmp_path: Path) -> None:
    """A draft left at one question (by going back) and another at the pending one."""
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, app)
        await paste(pilot, "flows draft")
        await pilot.press("ctrl+b")  # back to the perimeter, leaving text unsent
        await wait_until(pilot, lambda: current_id(pilot) == "perimeter", "the previous question")
        await settle(pilot)
        composer = screen.query_one(Composer)
        assert composer.answer_input is not None
        area = composer.answer_input.query_one(PromptInput)
        area.text = "perimeter draft"
        await _quit(pilot, app)
    drafts = app.drafts.load("s1")
    assert drafts == {"flows": "flows draft", "perimeter": "perimeter draft"}


async def test_the_perimeter_typed_in_the_new_framing_dialog_is_the_first_answer(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await paste(pilot, "Bed management")
        await pilot.press("enter")
        await paste(pilot, "County hospital, adult wards")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
        await settle(pilot)
        screen = app.screen
        assert screen.interview.state.answers["perimeter"] == "County hospital, adult wards"
        assert current_id(pilot) == "flows"  # not asked again
        answers = [b.entry for b in screen.query(AnswerBubble)]
        assert [(a.question_id, a.text) for a in answers] == [
            ("perimeter", "County hospital, adult wards")
        ]


async def test_ml_model_is_preselected_from_the_task_types_ticked(make_app, service) -> None:
    """On the shipped flow: forecasting ticked, "Will it rely on a trained ML model?"
    arrives with "Yes" selected and says why; analytics only, "No" is selected."""
    from assistant.flow.loader import active_flow
    from assistant.services.suggestions import NO_ML, USES_ML

    shipped = active_flow(None)
    for ticked, expected in (
        (["Forecasting / regression", "Descriptive analytics / dashboard"], USES_ML),
        (["Descriptive analytics / dashboard"], NO_ML),
    ):
        interview = service.start(shipped, f"Beds {expected[:3]}", "Wards")
        interview.answer(ticked, "task_types")
        interview.goto("ml_model")
        app = make_app(flow=shipped)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            app.resume(interview.id)
            await wait_until(
                pilot, lambda app=app: isinstance(app.screen, InterviewScreen), "the interview"
            )
            await settle(pilot)
            assert current_id(pilot) == "ml_model"
            hint = str(app.screen.query_one(".composer-hint").content)
            assert "suggested from" in hint
            await pilot.press("enter")  # confirm what is selected
            await wait_until(pilot, lambda: current_id(pilot) != "ml_model", "the next question")
            assert app.screen.interview.state.answers["ml_model"] == expected


async def test_edits_on_the_flows_screen_are_one_line_and_the_question_stays_in_view(
    make_app, store
) -> None:
    """Three edits on F3 → one line "3 flows changed on the flows screen (15 now)", not
    the 13-flow answer re-printed three times; the pending question stays on screen."""
    from assistant.services.importing import import_document, read_document
    from assistant.services.interview import InterviewService
    from assistant.tui.dialogs.flow_form import InfoFlowDialog
    from assistant.tui.screens.flows import InfoFlowsScreen
    from assistant.tui.widgets.chat import ChatLog

    refinery = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"
    session_id = import_document(store, read_document(refinery))
    InterviewService(store).open(session_id).goto("hours_lost")
    app = make_app(flow=None)
    app.animation_level = "none"
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        app.resume(session_id)
        await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
        await settle(pilot)
        screen = app.screen
        chat = screen.query_one(ChatLog)
        answers_before = len(screen.query(AnswerBubble))
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, InfoFlowsScreen)
        for line in (
            "Warehouse -> SAP PM: goods receipts [scanner] (high)",
            "Site planner -> Warehouse: picking list [email] (low)",
        ):
            await pilot.press("a")
            await wait_until(pilot, lambda: isinstance(app.screen, InfoFlowDialog), "the dialog")
            await paste(pilot, line)
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, InfoFlowsScreen), "saved")
            await settle(pilot)
        await pilot.press("3")  # the flows tab: delete the first flow
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "back in the interview")
        await settle(pilot)

        assert len(screen.query(AnswerBubble)) == answers_before  # nothing re-printed
        lines = [b.entry.text for b in screen.query(Bubble) if b.entry.role == "system"]
        assert lines[-1] == "3 flows changed (14 now) on the flows screen"
        flows_bubbles = [
            b for b in screen.query(AnswerBubble) if b.entry.question_id == "information_flows"
        ]
        assert all(b.has_class("-superseded") for b in flows_bubbles)  # no stale live answer
        question = [b for b in screen.query(Bubble) if b.entry.role == "question"][-1]
        assert question.entry.question_id == "hours_lost"
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y, "scrolled down")
        top = question.virtual_region.y
        assert chat.scroll_y <= top < chat.scroll_y + chat.size.height  # still in view
        assert current_id(pilot) == "hours_lost"


async def test_resume_lands_on_the_pending_question_at_once(make_app, store, monkeypatch) -> None:
    """A long session reopened: the keyboard goes straight to the answer input (never
    first to the sidebar or an old answer bubble, which scrolled the conversation to its
    top) and the conversation shows its end."""
    from textual.screen import Screen

    from assistant.services.importing import import_document, read_document
    from assistant.services.interview import InterviewService
    from assistant.tui.widgets.chat import ChatLog

    example = Path(__file__).parents[2] / "sessions" / "hospital-beds.json"
    session_id = import_document(store, read_document(example))
    InterviewService(store).open(session_id).goto("hours_lost")
    focused: list[object] = []
    set_focus = Screen.set_focus

    def recording(self: Screen, widget: object, *args: object, **kwargs: object) -> None:
        if isinstance(self, InterviewScreen):
            focused.append(widget)
        set_focus(self, widget, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "set_focus", recording)
    app = make_app(flow=None)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        app.resume(session_id)
        await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
        await settle(pilot)
        screen = app.screen
        composer = screen.query_one(Composer)
        chat = screen.query_one(ChatLog)
        assert focused and all(
            w is None or composer in getattr(w, "ancestors", []) for w in focused
        ), [type(w).__name__ for w in focused]
        assert chat.max_scroll_y > 0 and chat.scroll_y == chat.max_scroll_y
        question = [b for b in screen.query(Bubble) if b.entry.role == "question"][-1]
        assert question.entry.question_id == "hours_lost"


async def test_deleting_a_session_deletes_its_unsent_text(make_app, service, flow) -> None:
    answered_until(service, flow, "flows")
    app = make_app()
    app.drafts.save("s1", {"flows": "half a sentence"})
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("d", "y")
        await settle(pilot)
    assert app.drafts.load("s1") == {}


async def test_f2_shows_the_framing_with_its_flows_table(make_app, service, flow) -> None:
    interview = answered_until(service, flow, "candidates")
    assert interview.state.answers["flows"]
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open_session(pilot, app)
        from assistant.tui.widgets.document_panel import DocumentPanel

        panel = screen.query_one(DocumentPanel)
        await pilot.press("f2")
        await wait_until(pilot, lambda: panel.shown_document, "the document drawn")
        text = panel.text
        assert "Maintenance planning" in text
        assert "Flows captured" in text
        assert "|---|" not in text  # a real table, not its Markdown source
        header = next(line for line in text.splitlines() if "Source" in line)
        assert "Targets" in header and "Maturity" in header
        assert max(len(line) for line in text.splitlines()) <= panel.scrollable_content_region.width


def test_purge_from_the_cli_deletes_the_unsent_text(cli, tmp_path: Path, monkeypatch) -> None:
    """Unsent text lives outside the database: `data360 purge` removes it as well."""
    from assistant.store.unsent import UnsentDrafts, default_drafts_dir

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    db = tmp_path / "team.db"
    answers = Path(__file__).parents[2] / "sessions" / "answers" / "retail-demand.yaml"
    sid = cli("run", "--db", str(db), "--answers", str(answers)).stdout.strip()
    drafts = UnsentDrafts(default_drafts_dir(), str(db))
    drafts.save(sid, {"vision": "half a sentence"})
    assert drafts.load(sid)
    purged = cli("purge", sid, "--yes", "--db", str(db))
    assert purged.code == 0, purged.stderr
    assert drafts.load(sid) == {}
    assert list(default_drafts_dir().glob(f"*{sid}*")) == []


async def test_the_classes_read_from_a_paragraph_reach_the_map(make_app, service, flow) -> None:
    # nobody listed the actors: "the ordering portal" must be a tool in the map, or the hot
    # spots and use-case proposals see only people
    from assistant.models.infoflow import ActorKind
    from assistant.services.model import session_model

    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, app)
        await send_for_review(
            pilot,
            "The office clerk types the lunch numbers into the ordering portal every morning."
            " The ordering portal emails the confirmed numbers to the kitchen manager.",
        )
        await pilot.press("a")
        await wait_until(pilot, lambda: app.screen is screen, "back in the interview")
        await settle(pilot)
        model = session_model(screen.interview)
        kinds = {model.name_of(a): model.actor(a).kind for a in model.actor_ids()}
        assert kinds["ordering portal"] is ActorKind.tool
        assert kinds["kitchen manager"] is ActorKind.person


async def test_a_use_case_title_typed_but_not_added_survives_ctrl_q(
    make_app, service, flow, tmp_path: Path
) -> None:
    """Found in tmux: a candidate title typed in the use-case box and not yet added (no
    enter) was lost on ctrl+q; it comes back as a candidate, as sending would have made it."""
    answered_until(service, flow, "candidates")
    first = make_app()
    async with first.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, first)
        assert current_id(pilot) == "candidates"
        title = screen.query_one("#uc-title", Input)
        assert screen.focused is title
        await paste(pilot, "Online referral form into Lighthouse")
        await _quit(pilot, first)
    assert first.drafts.load("s1")["candidates"] == [
        {
            "title": "Online referral form into Lighthouse",
            "desirability": 3,
            "datability": 3,
            "feasibility": 3,
            "viability": 3,
        }
    ]

    second = make_app()
    async with second.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, second)
        table = screen.query_one("#uc-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the kept candidate")
        assert "Online referral form" in str(table.get_row_at(0)[0])


async def test_a_flow_filled_in_the_form_but_not_added_survives_ctrl_q(
    make_app, service, flow, tmp_path: Path
) -> None:
    """The same gap in the flow form: a whole flow typed and not added was lost on quit."""
    answered_until(service, flow, "flows")
    first = make_app()
    async with first.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, first)
        await pilot.press("ctrl+f")
        await paste(pilot, "SAP PM")
        await pilot.press("tab")
        await paste(pilot, "planner")
        await _quit(pilot, first)
    kept = first.drafts.load("s1")["flows"]
    assert [(f["source"], f["targets"]) for f in kept] == [("SAP PM", ["planner"])]

    second = make_app()
    async with second.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, second)
        table = screen.query_one("#flow-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the kept flow")


async def test_scores_typed_with_an_unsent_use_case_title_survive_ctrl_q(
    make_app, service, flow, tmp_path: Path
) -> None:
    """ "title | 4 | 2 | 5 | 3" typed and not added kept the title but dropped the scores on
    quit, though sending would have kept them; the draft reads the box as sending does."""
    answered_until(service, flow, "candidates")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        await _open_session(pilot, app)
        await paste(pilot, "Stock counts straight into the ERP | 4 | 2 | 5 | 3")
        await _quit(pilot, app)
    assert app.drafts.load("s1")["candidates"] == [
        {
            "title": "Stock counts straight into the ERP",
            "desirability": 4,
            "datability": 2,
            "feasibility": 5,
            "viability": 3,
        }
    ]


async def test_half_a_flow_in_the_form_survives_ctrl_q_as_a_line_to_finish(
    make_app, service, flow, tmp_path: Path
) -> None:
    """A flow form with only a source and a content (no target yet) was dropped on quit:
    it comes back as a notation line in the chat box, where sending names what is missing."""
    answered_until(service, flow, "flows")
    first = make_app()
    async with first.run_test(size=(110, 36)) as pilot:
        await _open_session(pilot, first)
        await pilot.press("ctrl+f")
        await paste(pilot, "shift lead")
        await pilot.press("tab", "tab")
        await paste(pilot, "downtime: line 3")
        await _quit(pilot, first)
    assert first.drafts.load("s1")["flows"] == "shift lead -> : downtime: line 3 (medium)"

    second = make_app()
    async with second.run_test(size=(110, 36)) as pilot:
        screen = await _open_session(pilot, second)
        area = screen.query_one("#flow-notation", PromptInput)
        await wait_until(pilot, lambda: "shift lead ->" in area.text, "the half flow, as a line")
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: "target" in composer_error(pilot), "what is missing")
        assert current_id(pilot) == "flows"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Live stock board", ("Live stock board", None)),
        ("Live stock board | 4 | 2 | 5 | 3", ("Live stock board", [4, 2, 5, 3])),
        ("Live stock board | 4 | 2", "expected 'title' or 'title | d | da | f | v'"),
        ("Live stock board | 4 | 2 | 9 | 3", "scores must be whole numbers from 1 to 5"),
        ("Live stock board | four | 2 | 5 | 3", "scores must be whole numbers from 1 to 5"),
        (" | 4 | 2 | 5 | 3", "type a title first"),
    ],
)
def test_the_candidate_box_is_read_one_way_for_sending_and_for_the_draft(typed, read) -> None:
    assert parse_candidate(typed) == read
