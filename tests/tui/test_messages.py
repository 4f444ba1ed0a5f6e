"""Workers and dialogs talk to screens with typed messages (``assistant.tui.messages``).

Each test drives the real app and records the messages as the screens' own
``on_<message>`` handlers receive them (a spy that calls the handler): the worker's
message reaches its screen, and what the screen does with it is what the user sees.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.message import Message
from textual.widgets import SelectionList, Static

from assistant.models.events import EventType
from assistant.tui.messages import (
    AnswerCommitted,
    ExtractionDecided,
    ExtractionFailed,
    HelpChunk,
    HelpDraftChosen,
    HelpFinished,
    ProposalReady,
)
from assistant.tui.screens.extraction_review import ExtractionReviewScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.llm_help import LLMHelpScreen
from assistant.tui.widgets.composer import Composer
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, paste, settle, wait_until


def spy(monkeypatch: pytest.MonkeyPatch, handlers: list[tuple[type, str]]) -> list[Message]:
    """Record each message given to these handlers, in order, then let them run."""
    seen: list[Message] = []
    for cls, name in handlers:
        original = getattr(cls, name)

        def handler(self: Any, event: Message, original: Any = original) -> Any:
            seen.append(event)
            return original(self, event)

        monkeypatch.setattr(cls, name, handler)
    return seen


def of(seen: list[Message], kind: type[Message]) -> list[Any]:
    return [m for m in seen if isinstance(m, kind)]


async def test_free_text_flows_travel_as_messages_from_worker_to_commit(
    make_app, service, flow, monkeypatch
):
    """Free text at the flows question: the extraction worker posts ProposalReady to the
    review, the review's decision goes back to the interview as ExtractionDecided, which
    commits it (one proposal, one acceptance) and moves on."""
    interview = answered_until(service, flow, "flows")
    seen = spy(
        monkeypatch,
        [
            (ExtractionReviewScreen, "on_proposal_ready"),
            (InterviewScreen, "on_extraction_decided"),
        ],
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        screen.query_one("#flow-notation").focus()
        await paste(pilot, "The planner emails the shutdown plan to the warehouse.")
        await pilot.press("ctrl+j")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, ExtractionReviewScreen) and app.screen.mode == "review",
            "the proposal to be shown",
        )
        [ready] = of(seen, ProposalReady)
        review = app.screen
        assert review.proposal is ready.proposal
        assert review.query_one(SelectionList).option_count == len(ready.proposal.extraction.flows)
        assert of(seen, ExtractionDecided) == []  # nothing decided, nothing committed yet
        assert [e for e in screen.interview.events if e.type is EventType.flows_extracted] == []

        await pilot.press("a")
        await settle(pilot)
        [decided] = of(seen, ExtractionDecided)
        assert decided.question_id == "flows" and decided.outcome.decision == "all"
        assert decided.outcome.proposal is ready.proposal
        assert app.screen is screen and current_id(pilot) == "candidates"
        kinds = [e.type for e in screen.interview.events]
        assert kinds.count(EventType.flows_extracted) == 1
        assert kinds.count(EventType.extraction_accepted) == 1
        answer = screen.interview.state.answers["flows"]
        assert [(f["source"], f["targets"]) for f in answer] == [("planner", ["warehouse"])]


async def test_the_help_stream_arrives_as_chunks_then_the_end(make_app, service, flow, monkeypatch):
    from tests.tui.test_llm_screens import use_scripted_model

    use_scripted_model(monkeypatch, "Flows mapped: planner, maintenance. Is this right?")
    interview = answered_until(service, flow, "candidates")
    seen = spy(monkeypatch, [(LLMHelpScreen, "on_help_chunk"), (LLMHelpScreen, "on_help_finished")])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.click("#action-section_summary")
        await wait_until(
            pilot, lambda: isinstance(app.screen, LLMHelpScreen) and app.screen.done, "the help"
        )
        chunks, [finished] = of(seen, HelpChunk), of(seen, HelpFinished)
        assert chunks, "the text was not streamed"
        assert seen.index(chunks[-1]) < seen.index(finished)
        assert finished.error is None
        shown = str(app.screen.query_one("#llm-help-text", Static).content)
        assert shown == finished.result.text
        assert shown.endswith("Is this right?")


async def test_a_draft_chosen_goes_to_the_answer_box_unsent(make_app, service, flow):
    interview = answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        screen = app.screen
        events = len(screen.interview.events)
        screen.post_message(HelpDraftChosen("vision", "Plans that hold, for every site"))
        await settle(pilot)
        composer = screen.query_one(Composer)
        assert composer.answer_input is not None
        assert composer.answer_input.raw() == "Plans that hold, for every site"
        assert len(screen.interview.events) == events  # never sent for the user
        assert current_id(pilot) == "vision"


async def test_a_committed_answer_is_announced_once(make_app, service, flow, monkeypatch):
    interview = service.start(flow, "Once", "", session_id="once")
    seen = spy(monkeypatch, [(InterviewScreen, "on_answer_committed")])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await paste(pilot, "Normandy refinery")
        await pilot.press("ctrl+j")
        await settle(pilot)
        [committed] = of(seen, AnswerCommitted)
        assert committed.question_id == "perimeter" and committed.raw == "Normandy refinery"
        assert current_id(pilot) == "flows"


async def test_a_failed_extraction_says_why_and_offers_the_offline_reader(
    make_app, service, flow, monkeypatch
):
    """The worker's ExtractionFailed reaches the review, which says why and offers the
    offline reader; that one's ProposalReady then shows its flows."""
    import assistant.services.proposals as proposals
    from assistant.errors import UserError

    class Unreachable:
        name = "llm:fake"

        def extract(self, text: str, known_actors: Any = None) -> Any:
            raise UserError("the model did not answer (connection refused)")

    real = proposals.extractor_for

    def extractor_for(interview: Any, question_id: str, *, settings: Any, cancel: Any) -> Any:
        if settings.enabled:
            return Unreachable()
        return real(interview, question_id, settings=settings, cancel=cancel)

    monkeypatch.setenv("DATA360_MODEL", "fake:model")
    monkeypatch.setattr(proposals, "extractor_for", extractor_for)
    seen = spy(
        monkeypatch,
        [
            (ExtractionReviewScreen, "on_extraction_failed"),
            (ExtractionReviewScreen, "on_proposal_ready"),
        ],
    )
    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        app.screen.query_one("#flow-notation").focus()
        await paste(pilot, "The planner emails the shutdown plan to the warehouse.")
        await pilot.press("ctrl+j")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, ExtractionReviewScreen) and app.screen.mode == "failed",
            "the extraction to fail",
        )
        [failed] = of(seen, ExtractionFailed)
        assert failed.message == "the model did not answer (connection refused)"
        review = app.screen
        status = str(review.query_one("#extraction-status", Static).content)
        assert status.startswith(f"No proposal: {failed.message}")
        assert of(seen, ProposalReady) == []
        await pilot.click("#offline")
        await wait_until(pilot, lambda: review.mode == "review", "the offline proposal")
        [ready] = of(seen, ProposalReady)
        assert ready.proposal.extractor == "offline" and review.proposal is ready.proposal
