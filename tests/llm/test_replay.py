"""Replay never calls the model again: the proposal is in the events, the call in the log."""

from __future__ import annotations

import json

from assistant.llm.client import CallContext
from assistant.llm.config import LLMSettings
from assistant.llm.extractor import LLMExtractor
from assistant.llm.log import CallLog
from assistant.models.events import EventType
from assistant.services.headless import run_answers
from assistant.services.interview import InterviewService
from assistant.services.proposals import accept, propose
from assistant.store import open_store
from tests.answers_for import answers_for
from tests.llm.fakes import GOOD_REPLY, GOOD_TEXT, ScriptedChat


def test_replay_reads_events_and_log_without_a_model(cli, db_path, monkeypatch):
    contract = json.loads(cli("flow", "show", "--json").stdout)
    answers = answers_for(contract)
    answers.pop("information_flows")
    store = open_store(db_path)
    from assistant.flow.loader import active_flow

    interview = InterviewService(store).start(active_flow(), "Replayed")
    run_answers(interview, answers)
    assert interview.current().id == "information_flows"

    extractor = LLMExtractor(
        LLMSettings(model="fake:scripted", timeout=2),
        chat_model=ScriptedChat(replies=[json.dumps(GOOD_REPLY)]),
        log=CallLog(store),
        context=CallContext(interview.id, "information_flows"),
    )
    proposal = propose(interview, "information_flows", GOOD_TEXT, extractor)
    accept(interview, proposal, proposal.extraction.flows[:2], "some", [0, 1])
    [event] = [e for e in interview.events if e.type is EventType.flows_extracted]
    [call_id] = event.data["llm_calls"]
    assert CallLog(store).get(call_id)["response"] == json.dumps(GOOD_REPLY)

    # A model that would fail loudly if anything tried to call it.
    monkeypatch.setenv("DATA360_MODEL", "openai:unreachable")
    monkeypatch.setenv("DATA360_BASE_URL", "http://127.0.0.1:9/v1")
    calls_before = len(CallLog(store).calls(limit=100))
    replay = cli("replay", interview.id[:8], "--plain")
    assert replay.code == 0, replay.stderr
    assert "extracted 3 flow(s) for information_flows with llm:fake:scripted" in replay.stdout
    exported = cli(
        "export", interview.id[:8], "--format", "json", "-o", str(db_path.parent / "x.json")
    )
    assert exported.code == 0, exported.stderr
    assert len(CallLog(store).calls(limit=100)) == calls_before
    logged = json.loads(cli("llm", "log", "--session", interview.id[:8], "--json").stdout)
    assert [c["id"] for c in logged] == [call_id]
