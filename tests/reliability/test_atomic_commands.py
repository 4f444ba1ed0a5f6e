"""A kill during ``reframe`` or ``model retarget`` leaves the whole new session or none of it.

Both commands build a new session from an old one. Each is killed (SIGKILL, through
``killpoint.py``) right before and right after its store writes; whatever the step, the
database holds either no new session or one with everything the command would have
written — never a re-framing with part of its answers or a retargeted copy with no flows.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.flow.loader import active_flow
from assistant.models.flowdef import QuestionKind
from assistant.paths import examples_dir

KILLPOINT = Path(__file__).with_name("killpoint.py")
FLOWS = [q.id for s in active_flow().sections for q in s.questions if q.kind is QuestionKind.flows]
KILLS = int(os.environ.get("DATA360_CRASH_KILLS", "12"))


def run_killed(db: Path, target: str, when: str, nth: int, *args: str) -> int:
    done = subprocess.run(
        [sys.executable, str(KILLPOINT), target, when, str(nth), "--", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def copy_db(db: Path, to: Path) -> Path:
    """A consistent copy (the WAL included) through SQLite's backup API."""
    source, copy = sqlite3.connect(db), sqlite3.connect(to)
    source.backup(copy)
    source.close()
    copy.close()
    return to


@pytest.fixture
def source(tmp_path, cli) -> tuple[Path, str]:
    """A database holding the refinery example (62 answers, 13 flows)."""
    db = tmp_path / "atomic.db"
    result = cli("import", str(examples_dir() / "refinery-maintenance.json"), "--db", str(db))
    assert result.code == 0, result.stderr
    return db, result.stdout.strip()


def derived(db: Path, source_id: str) -> dict[str, dict[str, int]]:
    """Per session derived from ``source_id``: its answers, flows, and stored event count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found: dict[str, dict[str, int]] = {}
        for sid, event_count in conn.execute(
            "SELECT id, event_count FROM sessions WHERE reframed_from = ?", (source_id,)
        ):
            answers = conn.execute(
                "SELECT count(*) FROM answers WHERE session_id = ?", (sid,)
            ).fetchone()[0]
            flows = conn.execute(
                "SELECT coalesce(sum(json_array_length(value)), 0) FROM answers"
                f" WHERE session_id = ? AND question_id IN ({', '.join('?' * len(FLOWS))})",
                (sid, *FLOWS),
            ).fetchone()[0]
            events = conn.execute(
                "SELECT max(seq) FROM events WHERE session_id = ?", (sid,)
            ).fetchone()[0]
            assert events == event_count, "the summary row disagrees with the events"
            found[sid] = {"answers": answers, "flows": flows, "events": events}
        return found
    finally:
        conn.close()


COMMANDS = {
    "reframe": lambda sid: ["reframe", sid],
    "retarget": lambda sid: ["model", "retarget", sid, "--set", "site=Antwerp"],
}
# Each write method, killed before its first call and after its first and a later call.
STEPS = [
    ("SQLiteStore.create_session", "before", 1),
    ("SQLiteStore.create_session", "after", 1),
    ("SQLiteStore.append", "before", 1),
    ("SQLiteStore.append", "after", 1),
    ("SQLiteStore.append", "after", 2),
    ("SQLiteStore.append", "after", 30),
]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_kill_at_any_write_leaves_all_or_nothing(source, tmp_path, command):
    db, source_id = source
    reference_db = copy_db(db, tmp_path / "reference.db")
    assert (
        run_killed(reference_db, "SQLiteStore.append", "after", 0, *COMMANDS[command](source_id))
        == 0
    )
    (whole,) = derived(reference_db, source_id).values()
    assert whole["answers"] >= 1 and whole["flows"] == 13
    for target, when, nth in STEPS:
        attempt = copy_db(db, tmp_path / f"{target}-{when}-{nth}.db")
        code = run_killed(attempt, target, when, nth, *COMMANDS[command](source_id))
        left = list(derived(attempt, source_id).values())
        step = f"{command}: kill {when} {target} #{nth} (exit {code})"
        assert left in ([], [whole]), f"{step} left {left}, expected nothing or {whole}"
        if code == -signal.SIGKILL and when == "before" and target.endswith("create_session"):
            assert left == [], step


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_sigkill_at_random_moments_leaves_all_or_nothing(source, command):
    db, source_id = source
    rng = random.Random(5)
    for _ in range(max(2, KILLS // 4)):
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant", *COMMANDS[command](source_id), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.2, 1.2))  # a random moment of the run, not a wait for it
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    before = set(derived(db, source_id))
    assert run_killed(db, "SQLiteStore.append", "after", 0, *COMMANDS[command](source_id)) == 0
    after = derived(db, source_id)
    (whole,) = (counts for sid, counts in after.items() if sid not in before)
    partial = [counts for counts in after.values() if counts != whole]
    assert not partial, f"killed {command} runs left partial sessions: {partial} (whole: {whole})"
