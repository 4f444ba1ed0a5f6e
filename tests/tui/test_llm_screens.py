"""Extraction review and streamed LLM help in the TUI, with scripted chat models."""

from __future__ import annotations

import json
import threading

from textual.widgets import SelectionList, Static, TextArea

from assistant.llm.config import LLMSettings
from assistant.llm.extractor import LLMExtractor
from assistant.llm.log import CallLog
from assistant.models.events import EventType
from assistant.services.llm_help import Helper, HelpKind
from assistant.tui.screens.extraction_review import (
    ExtractionReviewScreen,
    needs_extraction,
    review_free_text_flows,
)
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.llm_help import LLMHelpScreen, help_choices
from tests.llm.fakes import GOOD_REPLY, GOOD_TEXT, ScriptedChat, Slow
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, settle, wait_until


def factory(store, *replies, timeout: float = 2.0):
    """An extractor factory as the review screen calls it, on a scripted model."""
    model = ScriptedChat(replies=list(replies))

    def make(cancel: threading.Event, offline: bool):
        settings = LLMSettings(model="fake:scripted", timeout=timeout, retries=0)
        return LLMExtractor(settings, chat_model=model, log=CallLog(store), cancel=cancel)

    return make


async def open_review(pilot, make_extractor) -> InterviewScreen:
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen)
    assert needs_extraction(screen.interview, "flows", GOOD_TEXT)
    review_free_text_flows(
        screen, screen.interview, "flows", GOOD_TEXT, extractor_factory=make_extractor
    )
    await settle(pilot)
    return screen


def events_of(screen, kind):
    return [e for e in screen.interview.events if e.type is kind]


async def test_accept_all_records_provenance_and_answers(make_app, service, flow, store):
    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        screen = await open_review(pilot, factory(store, json.dumps(GOOD_REPLY)))
        review = app.screen
        assert isinstance(review, ExtractionReviewScreen)
        assert review.query_one(SelectionList).option_count == 3
        await pilot.press("a")
        await settle(pilot)
        assert app.screen is screen
        assert current_id(pilot) == "candidates"
        [proposed] = events_of(screen, EventType.flows_extracted)
        assert proposed.data["model"] == "fake:scripted"
        assert proposed.data["prompt_version"].startswith("extract-")
        assert isinstance(proposed.data["latency_ms"], int)
        assert len(proposed.data["llm_calls"]) == 1
        [accepted] = events_of(screen, EventType.extraction_accepted)
        assert accepted.data["how"] == "all" and accepted.data["model"] == "fake:scripted"
        answer = screen.interview.state.answers["flows"]
        assert [f["source"] for f in answer] == [
            "site planner",
            "maintenance supervisor",
            "SAP PM",
        ]


async def test_accept_checked_edit_and_reject(make_app, service, flow, store):
    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        replies = [json.dumps(GOOD_REPLY)] * 3
        make = factory(store, *replies)

        # Reject: the question stays, the decision is recorded.
        screen = await open_review(pilot, make)
        await pilot.press("r")
        await settle(pilot)
        assert current_id(pilot) == "flows"
        assert len(events_of(screen, EventType.extraction_rejected)) == 1

        # Edit: the checked proposals become notation to change.
        await open_review(pilot, make)
        review = app.screen
        review.query_one(SelectionList).deselect(1)
        await pilot.press("e")
        await pilot.pause()
        editor = review.query_one(TextArea)
        assert editor.text.count("->") == 2
        editor.text = editor.text.replace("maintenance team", "maintenance crew")
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert current_id(pilot) == "candidates"
        [accepted] = events_of(screen, EventType.extraction_accepted)
        assert accepted.data["how"] == "edited"
        targets = [f["targets"] for f in screen.interview.state.answers["flows"]]
        assert ["maintenance crew"] in targets


async def test_escape_cancels_a_slow_extraction_and_keeps_the_text(make_app, service, flow, store):
    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        screen = app.screen
        slow = Slow(60)  # answers only when released: escape must not wait for it
        review_free_text_flows(
            screen,
            screen.interview,
            "flows",
            GOOD_TEXT,
            extractor_factory=factory(store, slow, timeout=120),
        )

        def reading() -> bool:
            status = app.screen.query("#extraction-status").results(Static)
            return isinstance(app.screen, ExtractionReviewScreen) and any(
                "Reading your answer" in str(s.content) for s in status
            )

        await wait_until(pilot, reading, "the review to say it is reading the answer")
        assert "Reading your answer" in str(
            app.screen.query_one("#extraction-status", Static).content
        )
        await pilot.press("escape")
        await settle(pilot)
        assert not slow.done.is_set(), "escape waited for the model"
        assert app.screen is screen and current_id(pilot) == "flows"
        assert events_of(screen, EventType.flows_extracted) == []
        slow.release.set()
    assert CallLog(store).calls()[0]["status"] == "cancelled"


async def test_help_streams_and_a_draft_goes_to_the_answer_box(make_app, service, flow, store):
    interview = answered_until(service, flow, "vision")
    helper = Helper(
        LLMSettings(model="fake:help", timeout=2),
        chat_model=ScriptedChat(replies=["Plans that hold, built from our own history."]),
        log=CallLog(store),
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        screen = app.screen
        assert ("section_summary", "Summarise this section") in help_choices(screen.interview)
        texts: list[str | None] = []
        app.push_screen(
            LLMHelpScreen(screen.interview, HelpKind.value_proposition, helper=helper, usable=True),
            texts.append,
        )
        await settle(pilot)
        shown = str(app.screen.query_one("#llm-help-text", Static).content)
        assert shown == "Plans that hold, built from our own history."
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert texts == ["Plans that hold, built from our own history."]
        [call] = CallLog(store).calls(screen.interview.id)
        assert call["purpose"] == "help:value_proposition"
        # Help never changes the session.
        assert current_id(pilot) == "vision"


def use_scripted_model(monkeypatch, *replies) -> ScriptedChat:
    """Configure a model by environment, as a user would, served by a scripted fake."""
    import assistant.llm.models as models

    model = ScriptedChat(replies=list(replies))
    monkeypatch.setenv("DATA360_MODEL", "fake:scripted")
    monkeypatch.setattr(models, "build_chat_model", lambda settings, temperature=None: model)
    return model


async def send_free_text(pilot, text: str) -> None:
    from tests.tui.helpers import paste

    screen = pilot.app.screen
    screen.query_one("#flow-notation").focus()
    await paste(pilot, text)
    await pilot.press("ctrl+j")
    await settle(pilot)


async def test_free_text_in_the_interview_goes_to_review_offline(make_app, service, flow):
    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await send_free_text(pilot, "The planner emails the shutdown plan to the warehouse.")
        review = app.screen
        assert isinstance(review, ExtractionReviewScreen)
        assert review.proposal is not None and review.proposal.extractor == "offline"
        await pilot.press("a")
        await settle(pilot)
        assert current_id(pilot) == "candidates"
        [event] = events_of(app.screen, EventType.flows_extracted)
        assert event.data["extractor"] == "offline"


async def test_free_text_with_a_configured_model(make_app, service, flow, store, monkeypatch):
    use_scripted_model(monkeypatch, json.dumps(GOOD_REPLY))
    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await send_free_text(pilot, GOOD_TEXT)
        review = app.screen
        assert isinstance(review, ExtractionReviewScreen)
        assert review.proposal.extractor == "llm:fake:scripted"
        await pilot.press("a")
        await settle(pilot)
        [call] = CallLog(store).calls(interview.id)
        assert call["question_id"] == "flows" and call["purpose"] == "extract"


async def test_ctrl_k_offers_help_and_streams_it(make_app, service, flow, monkeypatch):
    from assistant.tui.dialogs.confirm import ActionDialog

    use_scripted_model(monkeypatch, "Flows mapped: planner, maintenance. Is this right?")
    interview = answered_until(service, flow, "candidates")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert isinstance(app.screen, ActionDialog)
        await pilot.click("#action-section_summary")
        await settle(pilot)
        assert isinstance(app.screen, LLMHelpScreen)
        text = str(app.screen.query_one("#llm-help-text", Static).content)
        assert text.endswith("Is this right?")
        await pilot.press("escape")
        await settle(pilot)
        assert current_id(pilot) == "candidates"


async def test_ctrl_k_without_a_model_says_how_to_configure(make_app, service, flow):
    interview = answered_until(service, flow, "candidates")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert any("No LLM configured" in str(n.message) for n in app._notifications)


async def test_a_thin_answer_suggests_a_follow_up(make_app, service, flow, monkeypatch):
    use_scripted_model(monkeypatch)
    interview = service.start(flow, "Thin", "", session_id="thin")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        from tests.tui.helpers import paste

        await paste(pilot, "a refinery")
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert current_id(pilot) == "flows"
        assert any("follow-up" in str(n.message) for n in app._notifications)
