"""SIGKILL at random points loses nothing acknowledged and resumes at the right question."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore

DRIVER = Path(__file__).with_name("driver.py")
KILLS = int(os.environ.get("DATA360_CRASH_KILLS", "12"))


def start_driver(db: Path, session_id: str, mode: str, seed: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), session_id, mode, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def kill_after(process: subprocess.Popen, acks: int, delay: float) -> list[str]:
    """Read acknowledgements until ``acks`` of them (or DONE), then SIGKILL after ``delay``."""
    seen: list[str] = []
    assert process.stdout is not None
    while len(seen) < acks:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
        if line.startswith("DONE"):
            break
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    # Anything printed before the kill was acknowledged too.
    rest, _ = process.communicate(timeout=30)
    seen += [x.strip() for x in rest.splitlines() if x.strip()]
    return seen


def stored_answers(db: Path, session_id: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            row[0]
            for row in conn.execute(
                "SELECT question_id FROM answers WHERE session_id = ?", (session_id,)
            )
        }
    finally:
        conn.close()


def test_sigkill_during_interviews_loses_no_acknowledged_answer(tmp_path):
    """KILLS kills in all; a session finished between kills is followed by a new one."""
    rng = random.Random(360)
    db = tmp_path / "crash.db"
    sessions = 1
    session_id = "crash0001"
    acknowledged: set[str] = set()
    total_acks = 0
    for _ in range(KILLS):
        process = start_driver(db, session_id, "answer", rng.randrange(1000))
        lines = kill_after(process, rng.randint(1, 8), rng.uniform(0, 0.05))
        acks = {x.split()[1] for x in lines if x.startswith("ACK ")}
        acknowledged |= acks
        total_acks += len(acks)
        if not db.exists():
            continue
        assert acknowledged <= stored_answers(db, session_id)
        interview = InterviewService(SQLiteStore(db)).open(session_id)
        current = interview.current()
        if current is None:
            sessions += 1
            session_id, acknowledged = f"crash{sessions:04d}", set()
            continue
        # It resumes at an open question, and every question before it was dealt with.
        assert current.id not in interview.state.answers
        engine, state = interview.engine, interview.state
        for question in engine.questions[: engine.index[current.id]]:
            if engine.applies(state, question.id):
                assert question.id in state.answers or question.id in state.skipped
    assert total_acks, "the driver never acknowledged an answer"


def test_sigkill_during_export_leaves_no_half_written_file(tmp_path):
    db = tmp_path / "export.db"
    session_id = "export0001"
    done = start_driver(db, session_id, "answer", 1)
    done.communicate(timeout=120)
    for seed in range(4):
        process = start_driver(db, session_id, "export", seed)
        kill_after(process, 1 + seed, random.Random(seed).uniform(0, 0.02))
        exported = Path(f"{db}.export.json")
        assert json.loads(exported.read_text())["session"]["id"] == session_id
        assert stored_answers(db, session_id)


@pytest.mark.parametrize("mode", ["same", "different"])
def test_two_processes_answering_lose_no_event(tmp_path, mode):
    db = tmp_path / "two.db"
    SQLiteStore(db).close()
    ids = ["shared01", "shared01"] if mode == "same" else ["first001", "second01"]
    processes = [start_driver(db, sid, "answer", n) for n, sid in enumerate(ids)]
    outputs = [p.communicate(timeout=180)[0] for p in processes]
    for process in processes:
        assert process.returncode == 0
    conn = sqlite3.connect(db)
    for sid in set(ids):
        seqs = [
            r[0]
            for r in conn.execute(
                "SELECT seq FROM events WHERE session_id = ? ORDER BY seq", (sid,)
            )
        ]
        assert seqs == list(range(1, len(seqs) + 1))  # no gap, no duplicate
        status = conn.execute("SELECT status FROM sessions WHERE id = ?", (sid,)).fetchone()
        assert status == ("complete",)
    acked = [{x.split()[1] for x in out.splitlines() if x.startswith("ACK ")} for out in outputs]
    stored = {sid: stored_answers(db, sid) for sid in set(ids)}
    for sid, answered in zip(ids, acked, strict=True):
        assert answered <= stored[sid]
    if mode == "same":
        assert any("CONFLICT" in out for out in outputs) or not all(acked)
