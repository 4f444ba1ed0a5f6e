"""The SQLite store: durable, readable, migrated, and clear about problems (issue 3, item 5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.flow.loader import load_flow_file
from assistant.services.interview import InterviewService
from assistant.store import ConcurrentWriteError, SQLiteStore
from assistant.store.migrations import SCHEMA_VERSION

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"


@pytest.fixture
def flow():
    return load_flow_file(MINI)


def test_each_answer_is_on_disk_before_the_next_question(tmp_path, flow):
    path = tmp_path / "s.db"
    interview = InterviewService(SQLiteStore(path)).start(flow, "Durable")
    next_question = interview.answer("PumpWatch")
    # A separate connection (another process would see the same) already has the answer.
    other = sqlite3.connect(path)
    rows = other.execute(
        "SELECT question_id, value FROM answers WHERE session_id = ?", (interview.id,)
    ).fetchall()
    assert rows == [("product_name", "PumpWatch")]
    asked = other.execute(
        "SELECT question_id FROM events WHERE session_id = ? AND type = 'question_asked'"
        " ORDER BY seq DESC LIMIT 1",
        (interview.id,),
    ).fetchone()
    assert asked == (next_question.id,)


def test_wal_user_version_and_readable_tables(tmp_path, flow):
    path = tmp_path / "s.db"
    InterviewService(SQLiteStore(path)).start(flow, "Readable", "Site A")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"sessions", "events", "question_flows", "answers", "_migrations"} <= names
    assert "flows" not in names  # renamed: it held question flows, not information flows
    title, perimeter, status = conn.execute(
        "SELECT title, perimeter, status FROM sessions"
    ).fetchone()
    assert (title, perimeter, status) == ("Readable", "Site A", "open")


def test_reopening_the_store_migrates_nothing_twice(tmp_path, flow):
    path = tmp_path / "s.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] == SCHEMA_VERSION


def test_a_second_writer_on_the_same_session_is_detected(tmp_path, flow):
    path = tmp_path / "s.db"
    first = InterviewService(SQLiteStore(path)).start(flow, "Two windows")
    second = InterviewService(SQLiteStore(path)).open(first.id)
    first.answer("From window one")
    with pytest.raises(ConcurrentWriteError, match="another window"):
        second.answer("From window two")
    reopened = InterviewService(SQLiteStore(path)).open(first.id)
    assert reopened.state.answers == {"product_name": "From window one"}
    assert second.state.answers == {}  # the refused answer did not leak into its state


def test_newer_schema_and_foreign_files_are_clear_errors(tmp_path):
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(UserError, match="newer data360"):
        SQLiteStore(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="not a data360 database"):
        SQLiteStore(junk)


def test_session_ids_resolve_by_unique_prefix(tmp_path, flow):
    service = InterviewService(SQLiteStore(tmp_path / "s.db"))
    a = service.start(flow, "A", session_id="abc111")
    service.start(flow, "B", session_id="abc222")
    assert service.open("abc1").id == a.id
    with pytest.raises(UserError, match="several sessions"):
        service.open("abc")
    with pytest.raises(UserError, match="no session matches"):
        service.open("zzz")


def test_a_locked_database_gives_a_clear_message(tmp_path, flow, monkeypatch):
    import assistant.store.sqlite as module

    monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "s.db"
    interview = InterviewService(SQLiteStore(path)).start(flow, "Locked")
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        store = SQLiteStore.__new__(SQLiteStore)
        store.path = str(path)
        store.conn = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        interview.store = store
        with pytest.raises(UserError, match="locked"):
            interview.answer("blocked")
    finally:
        locker.execute("ROLLBACK")
    assert "product_name" not in interview.state.answers
