"""A kill during an LLM call loses nothing; purge removes a session and its LLM log for good."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.flow.loader import load_flow_file
from assistant.llm.log import CallLog, CallRecord
from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore
from tests.llm.fake_openai import FakeOpenAI, Scripted, serve
from tests.llm.fakes import GOOD_REPLY, GOOD_TEXT

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"


def extract_command(answer: Path, url: str, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "assistant",
        "extract",
        str(answer),
        "--json",
        "--model",
        "openai:fake",
        "--base-url",
        url,
        "--db",
        str(db),
        "--timeout",
        "30",
    ]


def test_sigkill_during_an_llm_call_keeps_the_database_whole(tmp_path, monkeypatch):
    db = tmp_path / "llm.db"
    answer = tmp_path / "answer.txt"
    answer.write_text(GOOD_TEXT)
    interview = InterviewService(SQLiteStore(db)).start(load_flow_file(MINI), "Before the call")
    interview.answer("kept answer")
    env = {**os.environ, "OPENAI_API_KEY": "sk-test-not-a-real-key"}
    with serve(FakeOpenAI(default=Scripted(json.dumps(GOOD_REPLY)))) as fake:
        done = subprocess.run(
            extract_command(answer, fake.url, db),
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        fake.default = Scripted(json.dumps(GOOD_REPLY), delay=30)
        process = subprocess.Popen(
            extract_command(answer, fake.url, db),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while len(fake.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(fake.requests) >= 2, "the second call never reached the server"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    statuses = [r[0] for r in conn.execute("SELECT status FROM llm_calls ORDER BY at")]
    assert statuses[0] == "ok"  # the finished call is logged; the killed one never half-written
    reopened = InterviewService(SQLiteStore(db)).open(interview.id)
    assert reopened.state.answers == {"product_name": "kept answer"}


def test_purge_deletes_the_session_and_its_llm_log_for_good(tmp_path, cli):
    db = tmp_path / "purge.db"
    marker = "PURGE-ME-7f3a9c"
    store = SQLiteStore(db)
    service = InterviewService(store)
    gone = service.start(load_flow_file(MINI), "Secret framing")
    gone.answer(f"{marker} product")
    kept = service.start(load_flow_file(MINI), "Kept framing")
    kept.answer("kept product")
    log = CallLog(store)
    log.write(
        CallRecord(
            purpose="extract",
            model="fake",
            session_id=gone.id,
            prompt=f"about {marker}",
            response=marker,
        )
    )
    log.write(CallRecord(purpose="extract", model="fake", session_id=kept.id, prompt="other"))
    log.close()
    store.close()
    result = cli("purge", gone.id[:8], "--yes", "--db", str(db))
    assert result.code == 0, result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM llm_calls").fetchone()[0] == 1
    assert (
        conn.execute("SELECT count(*) FROM events WHERE session_id = ?", (gone.id,)).fetchone()[0]
        == 0
    )
    conn.close()
    for path in db.parent.glob("purge.db*"):
        assert marker.encode() not in path.read_bytes(), f"{path.name} still holds the text"
    remaining = InterviewService(SQLiteStore(db)).open(kept.id)
    assert remaining.state.answers == {"product_name": "kept product"}
