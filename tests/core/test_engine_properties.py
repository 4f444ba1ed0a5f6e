"""Property tests of the fold: deterministic, never crashes, replay equals live state."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.engine.answers import AnswerError
from assistant.engine.state import Engine
from assistant.errors import UserError
from assistant.flow.loader import load_flow_file
from assistant.models.events import Event, EventType
from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore

FLOW = load_flow_file(Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml")
ENGINE = Engine(FLOW, ["I-01", "B-02", "D-09"])
IDS = [q.id for q in FLOW.questions()] + ["unknown_question"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def event_lists(draw):
    count = draw(st.integers(min_value=0, max_value=40))
    events = []
    for seq in range(1, count + 1):
        type_ = draw(st.sampled_from(list(EventType)))
        qid = draw(st.sampled_from([*IDS, None]))
        data = draw(
            st.dictionaries(
                st.sampled_from(["value", "to", "text", "previous", "x"]), json_values, max_size=3
            )
        )
        if draw(st.booleans()):
            data["to"] = draw(st.sampled_from(IDS))
        events.append(
            Event(
                seq=seq,
                type=type_,
                at=f"2026-01-01T00:00:{seq % 60:02d}",
                question_id=qid,
                data=data,
            )
        )
    return events


@settings(max_examples=200, deadline=None)
@given(event_lists())
def test_fold_never_crashes_and_is_deterministic(events):
    first = ENGINE.fold(events)
    second = ENGINE.fold(events)
    assert first.snapshot() == second.snapshot()
    # Every derived view can be computed on whatever the history holds.
    ENGINE.current(first)
    ENGINE.previous(first)
    ENGINE.completeness(first)
    ENGINE.section_progress(first)
    for question in FLOW.questions():
        ENGINE.prompt(first, question)
        ENGINE.choices(first, question)


@settings(max_examples=200, deadline=None)
@given(event_lists())
def test_incremental_apply_equals_fold(events):
    live = ENGINE.fold([])
    for event in events:
        ENGINE.apply(live, event)
        ENGINE.current(live)  # derived caches must not go stale between events
    assert live.snapshot() == ENGINE.fold(events).snapshot()
    assert ENGINE.current(live) == ENGINE.current(ENGINE.fold(events))


actions = st.lists(
    st.tuples(
        st.sampled_from(["answer", "skip", "back", "jump", "edit", "note"]),
        st.sampled_from(["yes", "no", "3", "x", "Alert, API", "CEO", "a\nb", ""]),
        st.sampled_from([s.id for s in FLOW.sections]),
        st.sampled_from(IDS[:-1]),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_replay_of_the_stored_history_equals_the_live_session(steps):
    store = SQLiteStore(":memory:")
    service = InterviewService(store)
    live = service.start(FLOW, "Property")
    for action, raw, section, qid in steps:
        try:
            if action == "answer":
                live.answer(raw)
            elif action == "skip":
                live.skip()
            elif action == "back":
                live.back()
            elif action == "jump":
                live.jump(section)
            elif action == "edit" and qid in live.state.answers:
                live.edit(qid, raw)
            elif action == "note":
                live.add_note(qid, raw or "note")
        except (AnswerError, UserError):
            pass  # refused input changes nothing
    replayed = service.open(live.id)
    assert replayed.state.snapshot() == live.state.snapshot()
    assert [e.seq for e in store.events(live.id)] == list(range(1, len(live.events) + 1))
    assert replayed.current() == live.current()
