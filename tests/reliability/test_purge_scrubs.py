"""``purge`` leaves no word of a purged session anywhere in the database files.

The words are ordinary lower-case words, the form the LLM log's full-text index stores
them in, and every byte of the database, its ``-wal`` and its ``-shm`` is searched. A
purge killed (SIGKILL, through ``killpoint.py``) at any of its steps is finished by
running ``purge`` again.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.flow.loader import load_flow_file
from assistant.llm.log import CallLog, CallRecord
from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"
KILLPOINT = Path(__file__).with_name("killpoint.py")
# Ordinary lower-case words, each starting with a letter no other word of the test does
# (so the index's prefix compression cannot split them on disk).
SECRETS = ("quokka", "xylophone", "jacaranda")


def files_holding(db: Path, words: tuple[str, ...] = SECRETS) -> dict[str, list[str]]:
    """Which of the database's files (main, -wal, -shm, journal) still hold which words."""
    found: dict[str, list[str]] = {}
    for path in db.parent.glob(f"{db.name}*"):
        data = path.read_bytes().lower()
        hits = [w for w in words if w.encode() in data]
        if hits:
            found[path.name] = hits
    return found


def make_db(tmp_path: Path) -> tuple[Path, str, str]:
    """A database with a session to purge (its words in answers and LLM log) and one to keep."""
    db = tmp_path / "purge.db"
    store = SQLiteStore(db)
    service = InterviewService(store)
    gone = service.start(load_flow_file(MINI), "Jacaranda project")
    gone.answer("xylophone maker")
    kept = service.start(load_flow_file(MINI), "Kept framing")
    kept.answer("kept product")
    log = CallLog(store)
    for n in range(6):  # several commits: several segments in the full-text index
        log.write(
            CallRecord(
                purpose="extract",
                model="fake",
                session_id=gone.id,
                prompt=f"about the quokka number {n}",
                response="xylophone jacaranda",
            )
        )
        log.write(
            CallRecord(
                purpose="extract",
                model="fake",
                session_id=kept.id,
                prompt=f"harbour crane {n}",
                response="kept reply",
            )
        )
    log.close()
    store.close()
    assert set(SECRETS) <= {w for hits in files_holding(db).values() for w in hits}
    return db, gone.id, kept.id


def assert_kept_intact(cli, db: Path, kept: str) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM llm_calls").fetchone()[0] == 6
        # The search index was rebuilt, not dropped, and still points at the right rows.
        conn.execute("INSERT INTO llm_calls_fts(llm_calls_fts) VALUES('integrity-check')")
    finally:
        conn.close()
    found = cli("llm", "log", "--search", "harbour", "--json", "-n", "50", "--db", str(db))
    assert found.code == 0, found.stderr
    assert found.stdout.count('"harbour crane') == 6
    assert cli("llm", "log", "--search", "quokka", "--json", "--db", str(db)).stdout.strip() == "[]"
    remaining = InterviewService(SQLiteStore(db)).open(kept)
    assert remaining.state.answers == {"product_name": "kept product"}


def test_purge_leaves_no_word_in_any_database_file(tmp_path, cli):
    db, gone, kept = make_db(tmp_path)
    result = cli("purge", gone[:8], "--yes", "--db", str(db))
    assert result.code == 0, result.stderr
    assert files_holding(db) == {}
    assert_kept_intact(cli, db, kept)


def test_purge_scrubs_what_an_earlier_purge_left_in_the_index(tmp_path, cli):
    """A database purged by an older data360 (rows deleted, index terms left) is cleaned."""
    db, gone, kept = make_db(tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        for table in ("events", "llm_calls"):
            conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (gone,))
        conn.execute("DELETE FROM sessions WHERE id = ?", (gone,))
    conn.execute("VACUUM")
    conn.close()
    assert files_holding(db), "the old purge is expected to leave index terms behind"
    extra = InterviewService(SQLiteStore(db)).start(load_flow_file(MINI), "Another one")
    assert cli("purge", extra.id, "--yes", "--db", str(db)).code == 0
    assert files_holding(db) == {}
    assert_kept_intact(cli, db, kept)


# Each step of a purge, killed before and after it runs.
STEPS = [
    ("SQLiteStore._forget", "before"),
    ("SQLiteStore._forget", "after"),
    ("SQLiteStore._vacuum", "before"),
    ("SQLiteStore._vacuum", "after"),
    ("SQLiteStore._rebuild_search", "before"),
    ("SQLiteStore._rebuild_search", "after"),
    ("SQLiteStore._checkpoint", "before"),
    ("SQLiteStore._checkpoint", "after"),
]


@pytest.mark.parametrize(("target", "when"), STEPS)
def test_a_purge_killed_at_any_step_is_finished_by_purging_again(tmp_path, cli, target, when):
    db, gone, kept = make_db(tmp_path)
    purge_args = ["purge", gone[:8], "--yes", "--db", str(db)]
    killed = subprocess.run(
        [sys.executable, str(KILLPOINT), target, when, "1", "--", *purge_args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again = cli("purge", gone[:8], "--yes", "--db", str(db))
    assert again.code == 0, again.stderr
    assert gone[:8] in again.stderr
    assert files_holding(db) == {}
    assert_kept_intact(cli, db, kept)
    # Once finished, the id is unknown again: a plain user error.
    assert cli("purge", gone[:8], "--yes", "--db", str(db)).code == 1


def test_a_purge_blocked_by_a_reader_says_so_and_is_finished_later(tmp_path, cli):
    """Another process reading keeps the WAL: purge says so (exit 1), the next one finishes."""
    db, gone, kept = make_db(tmp_path)
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM events").fetchone()
    blocked = cli("purge", gone[:8], "--yes", "--db", str(db))
    assert blocked.code == 1
    assert "another process holds the database open" in blocked.stderr
    assert len(blocked.stderr.strip().splitlines()) == 1
    reader.execute("COMMIT")
    reader.close()
    again = cli("purge", gone[:8], "--yes", "--db", str(db))
    assert again.code == 0, again.stderr
    assert f"finished the interrupted purge of {gone[:8]}" in again.stderr
    assert files_holding(db) == {}
    assert_kept_intact(cli, db, kept)
