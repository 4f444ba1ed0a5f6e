"""The Store contract every backend must meet: SQLite (file and memory) and PostgreSQL.

A new backend joins by adding a factory to ``BACKENDS``: the services are written against
``assistant.store.base.Store`` only, so passing these tests is what "replaceable" means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.models.events import Event, EventType
from assistant.store import ConcurrentWriteError, SQLiteStore, Store, open_store
from assistant.store.base import SessionRecord

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
