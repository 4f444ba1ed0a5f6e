"""Bad files and environments: clear messages, nothing already stored is lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.flow.loader import load_flow_file
from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"


@pytest.fixture
def flow():
    return load_flow_file(MINI)


def test_a_full_disk_refuses_the_answer_and_keeps_the_earlier_ones(tmp_path, flow):
    db = tmp_path / "full.db"
    interview = InterviewService(SQLiteStore(db)).start(flow, "Full disk")
    interview.answer("PumpWatch")
    pages = interview.store.conn.execute("PRAGMA page_count").fetchone()[0]
    interview.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(UserError, match="no space left"):
        interview.answer(["a -> b: " + "x" * 400 + " (low)"] * 50)
    assert interview.current().id == "flows"  # still asking the refused question
    reopened = InterviewService(SQLiteStore(db)).open(interview.id)
    assert reopened.state.answers == {"product_name": "PumpWatch"}


def test_a_corrupt_database_is_a_clear_error(tmp_path, flow, cli):
    db = tmp_path / "corrupt.db"
    InterviewService(SQLiteStore(db)).start(flow, "Soon corrupt").answer("x")
    SQLiteStore(db).conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    db.write_bytes(bytes(data))
    result = cli("sessions", "--db", str(db))
    assert result.code == 1
    assert "not a data360 database or is damaged" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_file_that_is_not_sqlite(tmp_path, cli):
    db = tmp_path / "notes.txt"
    db.write_text("shopping list\n" * 200)
    result = cli("sessions", "--db", str(db))
    assert result.code == 1 and "not a data360 database" in result.stderr
    assert db.read_text() == "shopping list\n" * 200  # untouched


def test_a_database_in_a_directory_that_cannot_be_created(tmp_path, cli):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = cli("sessions", "--db", str(blocker / "sub" / "data.db"))
    assert result.code == 1 and "cannot create" in result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop privileges to nobody")
def test_a_read_only_database_is_a_clear_error(tmp_path, flow):
    # Root ignores file modes, so the check runs as an unprivileged user.
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="data360-ro-", dir="/tmp"))
    os.chmod(base, 0o755)  # pytest's own temp root is private to root
    directory = base / "ro"
    directory.mkdir()
    db = directory / "data.db"
    interview = InterviewService(SQLiteStore(db)).start(flow, "Read only")
    interview.answer("kept")
    SQLiteStore(db).conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.chmod(directory, 0o555)
    os.chmod(db, 0o444)
    code = (
        "import sys; sys.argv=['data360','run','--session','" + interview.id + "',"
        "'--answers','-','--db','" + str(db) + "'];"
        "from assistant.cli.main import run; run()"
    )
    env = {**os.environ, "HOME": str(base)}
    result = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code],
        input="answers: {flows: ['a -> b: c (low)']}\n",
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert ("read-only" in result.stderr) or ("cannot open" in result.stderr), result.stderr
    os.chmod(directory, 0o755)
    assert InterviewService(SQLiteStore(db)).open(interview.id).state.answers == {
        "product_name": "kept"
    }
    shutil.rmtree(base)


def test_an_unknown_schema_gets_migrated_forward_from_version_1(tmp_path):
    """A database at schema 1 (the first release) opens and reaches the current schema."""
    from assistant.store.migrations import MIGRATIONS, SCHEMA_VERSION

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.db"
    db = tmp_path / "old.db"
    db.write_bytes(fixture.read_bytes())
    before = sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0]
    assert before == 1
    store = SQLiteStore(db)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r["name"] for r in store.db["_migrations"].rows}
    assert names == {m.__name__ for m in MIGRATIONS}
    service = InterviewService(store)
    [record] = store.sessions()
    interview = service.open(record.id)
    assert interview.state.answers  # the old answers are all there
