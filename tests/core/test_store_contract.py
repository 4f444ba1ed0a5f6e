"""The Store contract every backend must meet: SQLite (file and memory) and PostgreSQL.

A new backend joins by adding a factory to ``BACKENDS``: the services are written against
``assistant.store.base.Store`` only, so passing these tests is what "replaceable" means.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.models.events import Event, EventType
from assistant.store import ConcurrentWriteError, SQLiteStore, Store, open_store
from assistant.store.base import RawEvent, SessionRecord

BACKENDS: dict[str, Callable[[pytest.FixtureRequest, Path], Store]] = {
    "sqlite-file": lambda request, tmp: SQLiteStore(tmp / "contract.db"),
    "sqlite-memory": lambda request, tmp: SQLiteStore(":memory:"),
    "postgresql": lambda request, tmp: open_store(request.getfixturevalue("pg_url")),
}


@pytest.fixture(params=sorted(BACKENDS))
def store(request, tmp_path) -> Iterator[Store]:
    opened = BACKENDS[request.param](request, tmp_path)
    yield opened
    opened.close()


def record(
    session_id: str, title: str = "T", updated: str = "2026-01-01T00:00:00"
) -> SessionRecord:
    return SessionRecord(
        id=session_id,
        title=title,
        perimeter="",
        flow_id="f",
        flow_version="1",
        flow_digest="d" * 64,
        status="open",
        current_section=None,
        current_question=None,
        progress=0,
        created_at=updated,
        updated_at=updated,
        reframed_from=None,
        event_count=1,
    )


def event(seq: int, type_: EventType = EventType.note_added, **data) -> Event:
    return Event(seq=seq, type=type_, at=f"2026-01-01T00:00:{seq:02d}", question_id="q", data=data)


def test_events_come_back_in_order_with_their_data(store):
    store.create_session(record("s1"), '{"flow": 1}', [event(1, EventType.session_started)])
    store.append("s1", [event(2, text="é 🚀"), event(3, text="x")], {"progress": 50})
    assert [(e.seq, e.data.get("text")) for e in store.events("s1")] == [
        (1, None),
        (2, "é 🚀"),
        (3, "x"),
    ]
    assert store.session("s1").progress == 50
    assert store.session("s1").event_count == 3
    assert store.flow_definition("d" * 64) == '{"flow": 1}'


def test_a_batch_is_all_or_nothing_and_stale_writers_are_refused(store):
    store.create_session(record("s1"), "{}", [event(1, EventType.session_started)])
    store.append("s1", [event(2)], {})
    with pytest.raises(ConcurrentWriteError):
        store.append("s1", [event(3), event(2)], {"progress": 99})  # 2 is already there
    assert [e.seq for e in store.events("s1")] == [1, 2]
    assert store.session("s1").progress == 0


def test_listing_resolving_and_deleting(store):
    store.create_session(record("abc1", "First", "2026-01-01"), "{}", [event(1)])
    store.create_session(record("abd2", "Second", "2026-01-02"), "{}", [event(1)])
    assert [r.title for r in store.sessions()] == ["Second", "First"]  # newest first
    assert store.resolve("abc") == "abc1"
    with pytest.raises(UserError):
        store.resolve("ab")
    with pytest.raises(UserError):
        store.create_session(record("abc1"), "{}", [event(1)])
    store.delete_session("abc1")
    assert [r.id for r in store.sessions()] == ["abd2"]
    assert store.events("abc1") == []
    with pytest.raises(UserError):
        store.session("abc1")


def test_events_after_a_sequence_number(store):
    store.create_session(record("s1"), "{}", [event(1, EventType.session_started)])
    store.append("s1", [event(2), event(3)], {})
    assert [e.seq for e in store.events("s1", after=1)] == [2, 3]
    assert store.events("s1", after=3) == []


def test_event_json_is_kept_verbatim_key_order_included(store):
    # PostgreSQL's JSONB reorders keys: the store must give back the text it was given.
    data = {"zeta": 1, "a": {"y": [1.5, "é"], "b": None}, "mid": 10**20}
    store.create_session(record("s1"), "{}", [event(1, EventType.session_started, **data)])
    (raw,) = store.raw_events("s1")
    assert raw.data == '{"zeta":1,"a":{"y":[1.5,"é"],"b":null},"mid":100000000000000000000}'
    assert list(store.events("s1")[0].data) == ["zeta", "a", "mid"]


def test_the_summary_travels_with_each_event(store):
    store.create_session(record("s1"), "{}", [event(1)])
    assert store.session("s1").summary is None
    store.append("s1", [event(2)], {"summary": '{"progress": 10}', "progress": 10})
    assert store.session("s1").summary == '{"progress": 10}'
    store.set_summary("s1", '{"progress": 11}')
    assert [r.summary for r in store.sessions()] == ['{"progress": 11}']


def test_a_copy_of_a_session_is_put_verbatim_and_resumed(store):
    rows = [
        RawEvent(1, "session_started", None, '{"b":1,"a":2}', "2026-01-01T00:00:01"),
        RawEvent(2, "note_added", "q", '{"text":"x"}', "2026-01-01T00:00:02"),
    ]
    store.put_raw(record("s1"), '{"flow": 1}', rows[:1], after=0)
    store.put_raw(replace(record("s1"), event_count=2), '{"flow": 1}', rows[1:], after=1)
    assert store.raw_events("s1") == rows
    assert store.session("s1").event_count == 2
    with pytest.raises(ConcurrentWriteError):
        store.put_raw(record("s1"), "{}", rows[1:], after=1)  # seq 2 is already there


def test_purge_removes_the_session_and_its_llm_calls(store):
    from assistant.llm.log import CallLog, CallRecord

    store.create_session(record("s1"), "{}", [event(1)])
    log = CallLog(store)
    log.write(CallRecord(purpose="extract", model="m", session_id="s1", prompt="pump vibration"))
    log.write(CallRecord(purpose="extract", model="m", session_id=None, prompt="other words"))
    assert [c["prompt"] for c in log.calls(search="vibration")] == ["pump vibration"]
    assert store.purge_session("s1") is True  # nothing else holds the database open
    assert [c["prompt"] for c in log.calls()] == ["other words"]
    log.close()
    with pytest.raises(UserError):
        store.resolve("s1")
    assert store.pending_purges() == []


def test_a_purge_interrupted_after_the_deletion_is_finished_later(store, monkeypatch):
    """The deletion and the pending mark share a transaction; the scrub clears the mark."""
    store.create_session(record("s1"), "{}", [event(1)])
    store.create_session(record("s2"), "{}", [event(1)])
    finish = store.finish_purges
    monkeypatch.setattr(store, "finish_purges", lambda: False)  # killed before the scrub
    store.purge_session("s1")
    monkeypatch.setattr(store, "finish_purges", finish)
    if store.path != ":memory:":  # memory has no file to scrub and keeps no mark
        assert store.pending_purges() == ["s1"]
    assert [r.id for r in store.sessions()] == ["s2"]

    assert store.finish_purges() is True
    assert store.pending_purges() == []
    assert [r.id for r in store.sessions()] == ["s2"]


def test_create_session_writes_every_event_or_none(store):
    """A session is created with all its events in one transaction (reframe relies on it)."""
    store.create_session(record("s1"), "{}", [event(1), event(2), event(3)])
    assert [e.seq for e in store.events("s1")] == [1, 2, 3]
    with pytest.raises(UserError):  # a duplicate seq fails the whole creation
        store.create_session(record("s2"), "{}", [event(1), event(1)])
    assert [r.id for r in store.sessions()] == ["s1"]


def test_every_backend_refuses_in_the_same_words(store):
    """The refusals come from the one shared write path (``assistant.store.sql``)."""
    store.create_session(record("s1"), "{}", [event(1)])
    with pytest.raises(UserError, match=r"^a session with id s1 already exists$"):
        store.create_session(record("s1"), "{}", [event(1)])
    with pytest.raises(ConcurrentWriteError, match=r"^session s1 was changed by another window"):
        store.append("s1", [event(1)], {})
    raw = RawEvent(1, "note_added", "q", "{}", "2026-01-01T00:00:01")
    with pytest.raises(ConcurrentWriteError, match=r"while it was being copied$"):
        store.put_raw(record("s1"), "{}", [raw], after=0)
    with pytest.raises(UserError, match=r"^the flow eeeeeeeeeeee of this session is missing"):
        store.flow_definition("e" * 64)
    with pytest.raises(UserError, match=r"^no session 'nope' in "):
        store.session("nope")
    with pytest.raises(UserError, match=r"^no session matches 'zz' in "):
        store.resolve("zz")
    assert [e.seq for e in store.events("s1")] == [1]  # nothing refused was written


@pytest.mark.parametrize("backend", ["sqlite-file", "postgresql"])  # memory: one connection
def test_the_watcher_wakes_on_a_commit_by_another_connection(backend, request, tmp_path):
    store = BACKENDS[backend](request, tmp_path)
    other = open_store(getattr(store, "url", store.path))
    try:
        with store.watcher() as watcher:
            assert watcher.wait(0) is False  # nothing committed yet
            other.create_session(record("s1"), "{}", [event(1)])
            deadline = time.monotonic() + 30  # generous: this waits on the condition
            while not watcher.wait(0.5):
                assert time.monotonic() < deadline, "no wake-up after a commit"
    finally:
        other.close()
        store.close()
