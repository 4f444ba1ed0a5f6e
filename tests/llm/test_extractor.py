"""The LLM extractor with scripted chat models: good, malformed, hallucinated, slow replies."""

from __future__ import annotations

import json
import threading

import pytest

from assistant.llm.client import LLMCancelled
from assistant.llm.config import LLMSettings
from assistant.llm.extractor import LLMExtractor, parse_reply, reply_schema
from assistant.llm.log import CallLog
from assistant.models.infoflow import Actor, ActorKind, Extraction, Maturity
from assistant.store import open_store
from tests.llm.fakes import (
    GOOD_REPLY,
    GOOD_TEXT,
    HALLUCINATED_REPLY,
    HTTPStatusError,
    NativeChat,
    ScriptedChat,
    Slow,
)


class Offline:
    """A stand-in fallback that says it was used."""

    name = "offline"

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, text: str, known_actors: list[Actor] | None = None) -> Extraction:
        self.calls += 1
        return Extraction(extractor="offline")


def settings(**overrides) -> LLMSettings:
    values = {"model": "fake:scripted", "timeout": 1.0, "retries": 2, "backoff": 0.01}
    return LLMSettings(**{**values, **overrides})


def extractor(model, **overrides) -> tuple[LLMExtractor, Offline, CallLog]:
    store = open_store(":memory:")
    log = CallLog(store)
    fallback = Offline()
    ex = LLMExtractor(settings(**overrides), chat_model=model, log=log, fallback=fallback)
    return ex, fallback, log


def flows_of(result: Extraction) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.source, tuple(f.targets)) for f in result.flows}


def test_good_reply_is_grounded_and_logged():
    ex, fallback, log = extractor(ScriptedChat(replies=[json.dumps(GOOD_REPLY)]))
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 0
    assert flows_of(result) == {
        ("site planner", ("maintenance team",)),
        ("maintenance supervisor", ("SAP PM",)),
        ("SAP PM", ("planning dashboard",)),
    }
    assert result.flows[0].maturity is Maturity.low
    assert result.flows[0].frequency == "every Thursday"
    assert {a.name: a.kind for a in result.actors}["SAP PM"] is ActorKind.tool
    assert result.extractor == "llm:fake:scripted"
    assert result.warnings == []
    run = ex.last_run
    assert run is not None and run.prompt_version.startswith("extract-")
    assert run.fallback is None and len(run.call_ids) == 1
    [call] = log.calls()
    assert call["purpose"] == "extract" and call["status"] == "ok"
    assert call["prompt_version"] == run.prompt_version
    assert call["input_tokens"] == 10 and call["output_tokens"] == 5
    assert "site planner" in call["response"]


def test_fenced_json_with_prose_is_read_without_repair():
    reply = "Here are the flows:\n```json\n" + json.dumps(GOOD_REPLY) + "\n```\nHope it helps!"
    ex, _, _ = extractor(ScriptedChat(replies=[reply]))
    result = ex.extract(GOOD_TEXT)
    assert len(result.flows) == 3 and not ex.last_run.repaired


def test_malformed_reply_gets_one_repair():
    model = ScriptedChat(replies=["Sorry, I cannot produce JSON.", json.dumps(GOOD_REPLY)])
    ex, fallback, log = extractor(model)
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 0 and len(result.flows) == 3
    assert ex.last_run.repaired
    # The repair turn shows the model its own reply and asks again.
    repair_turn = model.seen[1]
    assert repair_turn[-2].content == "Sorry, I cannot produce JSON."
    assert "could not be used" in repair_turn[-1].content
    assert [c["purpose"] for c in log.calls()] == ["extract-repair", "extract"]


def test_malformed_twice_falls_back_with_the_reason():
    ex, fallback, log = extractor(ScriptedChat(replies=["garbage", "still garbage"]))
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 1
    assert result.extractor == "offline"
    assert result.warnings[0].startswith("LLM extraction failed (unreadable reply")
    assert ex.last_run.fallback is not None
    assert len(log.calls()) == 2  # one call and one repair, no more


def test_reply_cut_by_max_tokens_is_salvaged():
    text = json.dumps(GOOD_REPLY)
    cut = text[: text.index('"maintenance supervisor", "targets"') + 30]  # mid second flow
    ex, fallback, _ = extractor(ScriptedChat(replies=[cut]))
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 0
    assert ("site planner", ("maintenance team",)) in flows_of(result)


def test_hallucinated_actors_and_contents_are_dropped_or_flagged():
    model = ScriptedChat(replies=[json.dumps(HALLUCINATED_REPLY)])
    ex, _, _ = extractor(model)
    result = ex.extract(GOOD_TEXT)
    names = {a.name for a in result.actors}
    assert "Chief Executive Officer" not in names and "Salesforce" not in names
    assert flows_of(result) == {("site planner", ("maintenance team",))}
    [flow] = result.flows
    assert flow.content == ""  # "quarterly revenue forecast" is not in the answer
    assert flow.medium == ""  # nor is Slack
    text = " ".join(result.warnings)
    assert "Chief Executive Officer" in text and "Salesforce" in text
    assert "cleared the content" in text


def test_only_invented_flows_fall_back_to_offline():
    reply = {"actors": [], "flows": [HALLUCINATED_REPLY["flows"][1]]}
    ex, fallback, _ = extractor(ScriptedChat(replies=[json.dumps(reply)]))
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 1
    assert "no flow grounded in the answer" in result.warnings[0]
    assert any("Salesforce" in w for w in result.warnings)


def test_names_merge_with_known_actors_and_aliases():
    known = [
        Actor(name="Maintenance Team", kind=ActorKind.team, aliases=["maintenance crew"]),
        Actor(name="SAP PM", kind=ActorKind.tool),
        Actor(name="CMMS", kind=ActorKind.tool),  # known but not in the text: allowed
    ]
    reply = {
        "actors": [
            {"name": "the maintenance teams", "kind": "person"},
            {"name": "maintenance", "kind": "team"},
        ],
        "flows": [
            {
                "source": "site planner",
                "targets": ["the maintenance teams"],
                "content": "planned shutdowns",
                "medium": "email",
                "maturity": "low",
            },
            {
                "source": "maintenance supervisor",
                "targets": ["CMMS"],
                "content": "jobs",
                "medium": "re-typing",
                "maturity": "low",
            },
        ],
    }
    model = ScriptedChat(replies=[json.dumps(reply)])
    ex, _, _ = extractor(model)
    result = ex.extract(GOOD_TEXT, known)
    assert flows_of(result) == {
        ("site planner", ("Maintenance Team",)),
        ("maintenance supervisor", ("CMMS",)),
    }
    team = next(a for a in result.actors if a.name == "Maintenance Team")
    assert team.kind is ActorKind.team  # the model's kind does not override the model's own
    # Same key: the same object, no alias needed; a shorter spelling becomes an alias.
    assert team.aliases == ["maintenance crew", "maintenance"]
    # Known actors are offered to the model, delimited, with their aliases.
    prompt = model.seen[0][1].content
    assert "<known_actors>" in prompt and "maintenance crew" in prompt


def test_slow_model_times_out_and_falls_back_quickly():
    slow = Slow(30)
    ex, fallback, log = extractor(ScriptedChat(replies=[slow]), timeout=0.3)
    result = ex.extract(GOOD_TEXT)
    assert not slow.done.is_set()  # gave up while the model was still busy
    slow.release.set()
    assert fallback.calls == 1
    assert "no answer within 0.3 s" in result.warnings[0]
    [call] = log.calls()
    assert call["status"] == "timeout"  # a timeout is not retried


def test_transient_errors_are_retried_with_backoff_then_succeed():
    waits: list[float] = []
    model = ScriptedChat(
        replies=[HTTPStatusError(503), ConnectionError("reset"), json.dumps(GOOD_REPLY)]
    )
    store = open_store(":memory:")
    log = CallLog(store)
    ex = LLMExtractor(settings(backoff=0.5), chat_model=model, log=log, sleep=waits.append)
    result = ex.extract(GOOD_TEXT)
    assert len(result.flows) == 3
    assert waits == [0.5, 1.0]
    assert [c["status"] for c in reversed(log.calls())] == ["error", "error", "ok"]
    assert [c["attempt"] for c in reversed(log.calls())] == [1, 2, 3]


def test_retries_are_bounded():
    model = ScriptedChat(replies=[HTTPStatusError(500)] * 10)
    ex, fallback, log = extractor(model, retries=1)
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 1 and len(log.calls()) == 2
    assert "500" in result.warnings[0]


def test_client_errors_are_not_retried():
    ex, fallback, log = extractor(ScriptedChat(replies=[HTTPStatusError(401)]))
    ex.extract(GOOD_TEXT)
    assert fallback.calls == 1 and len(log.calls()) == 1


def test_cancel_stops_the_call_and_proposes_nothing():
    cancel = threading.Event()
    store = open_store(":memory:")
    ex = LLMExtractor(
        settings(timeout=10),
        chat_model=ScriptedChat(replies=[slow := Slow(30)]),
        log=CallLog(store),
        fallback=Offline(),
        cancel=cancel,
    )
    threading.Timer(0.1, cancel.set).start()
    with pytest.raises(LLMCancelled):
        ex.extract(GOOD_TEXT)
    assert not slow.done.is_set()  # stopped while the model was still busy
    slow.release.set()
    assert CallLog(store).calls()[0]["status"] == "cancelled"


def test_native_structured_output_is_used_when_the_model_has_it():
    model = NativeChat(replies=[json.dumps(GOOD_REPLY)])
    ex, _, log = extractor(model)
    result = ex.extract(GOOD_TEXT)
    assert model.structured_calls == 1 and len(result.flows) == 3
    assert json.loads(log.calls()[0]["parsed"])["flows"][0]["source"] == "site planner"


def test_native_parse_failure_is_repaired_from_the_text():
    model = NativeChat(replies=["not json", json.dumps(GOOD_REPLY)])
    ex, fallback, _ = extractor(model)
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 0 and len(result.flows) == 3 and ex.last_run.repaired


def test_json_mode_never_asks_for_native_output():
    model = NativeChat(replies=[json.dumps(GOOD_REPLY)])
    ex, _, _ = extractor(model, structured="json")
    ex.extract(GOOD_TEXT)
    assert model.structured_calls == 0


def test_native_not_implemented_falls_back_to_json_parsing():
    # LangChain's own fakes raise NotImplementedError from with_structured_output.
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    ex, fallback, _ = extractor(FakeListChatModel(responses=[json.dumps(GOOD_REPLY)]))
    result = ex.extract(GOOD_TEXT)
    assert fallback.calls == 0 and len(result.flows) == 3


def test_oversized_reply_is_bounded():
    flow = GOOD_REPLY["flows"][0]
    reply = {"actors": [], "flows": [dict(flow, content=f"list {i}") for i in range(500)]}
    ex, _, _ = extractor(ScriptedChat(replies=[json.dumps(reply)]))
    result = ex.extract(GOOD_TEXT)
    assert len(result.flows) <= 30
    assert any("only the first 30 flows" in w for w in result.warnings)


def test_long_answer_is_cut_and_said_so():
    model = ScriptedChat(replies=[json.dumps(GOOD_REPLY)])
    ex, _, _ = extractor(model, max_input_chars=300)
    result = ex.extract(GOOD_TEXT + " filler" * 500)
    assert "cut to 300 characters" in result.warnings[0]
    assert len(model.seen[0][1].content) < 2500


def test_empty_text_makes_no_call():
    model = ScriptedChat(replies=[])
    ex, _, log = extractor(model)
    assert ex.extract("   ").flows == []
    assert model.seen == [] and log.calls() == []


def test_schema_bounds_every_array():
    schema = reply_schema()
    assert schema["properties"]["flows"]["maxItems"] > 0
    assert schema["properties"]["actors"]["maxItems"] > 0
    targets = schema["properties"]["flows"]["items"]["properties"]["targets"]
    assert targets["maxItems"] > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"flows": []}', {"flows": []}),
        ('```\n{"a": 1}\n```', {"a": 1}),
        ('noise {"a": [1, 2', {"a": [1]}),
        ('{"a": 1, "b": {"c": "x', {"a": 1}),
    ],
)
def test_parse_reply(text, expected):
    assert parse_reply(text) == expected
