"""The shared PostgreSQL store from the command line (issue 18): the same commands as on
SQLite, ``store copy`` both ways (verbatim, idempotent, resumable), summaries instead of
folds, ``follow`` across processes, and concurrent interviews on one database."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.cli.commands.sessions import LISTED_KEYS
from assistant.services.interview import InterviewService
from assistant.services.store_copy import copy_store
from assistant.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "sessions" / "answers" / "refinery-maintenance.yaml"
GENEROUS = 60.0  # seconds: tests wait on conditions, never on the clock


def _comparable(summaries: list[dict]) -> list[dict]:
    keep = []
    for s in summaries:
        keep.append({k: v for k, v in s.items() if k not in ("id", "created_at", "updated_at")})
    return keep


def test_the_same_interview_on_postgresql_and_sqlite(cli, pg_url, tmp_path):
    lite = str(tmp_path / "lite.db")
    ids = []
    for db in (pg_url, lite):
        result = cli("run", "--db", db, "--answers", str(ANSWERS), "--title", "Same")
        assert result.code == 0, result.stderr
        ids.append(result.stdout.strip())
    sid = ids[0]
    on_pg = json.loads(cli("sessions", "--db", pg_url, "--json").stdout)
    on_lite = json.loads(cli("sessions", "--db", lite, "--json").stdout)
    assert {s["status"] for s in on_pg} == {"complete"}
    assert _comparable(on_pg) == _comparable(on_lite)
    replay = cli("replay", "--db", pg_url, sid[:8], "--plain")
    assert replay.code == 0 and "Same" in replay.stdout
    out = tmp_path / "pg.md"
    exported = cli("export", "--db", pg_url, sid[:8], "-f", "markdown", "-o", str(out))
    assert exported.code == 0 and out.read_text(encoding="utf-8").startswith("#")
    purged = cli("purge", "--db", pg_url, sid[:8], "--yes")
    assert purged.code == 0, purged.stderr
    left = json.loads(cli("sessions", "--db", pg_url, "--json").stdout)
    assert sid not in {s["id"] for s in left}
    assert cli("replay", "--db", pg_url, sid, "--plain").code == 1


def test_a_bad_url_is_one_line_on_stderr(cli):
    result = cli("sessions", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.code == 1
    assert result.stderr.startswith("data360: error: cannot reach the database")
    assert "Traceback" not in result.stderr
    other = cli("sessions", "--db", "mysql://x/y")
    assert other.code == 1 and "unsupported database URL scheme 'mysql'" in other.stderr


def _export(cli, db: str, sid: str, folder: Path) -> str:
    """The session's JSON export, read from stdout (``folder`` kept for the callers)."""
    result = cli("export", "--db", db, sid, "-f", "json")
    assert result.code == 0, result.stderr
    return result.stdout


def test_store_copy_both_ways_is_verbatim_idempotent_and_catches_up(cli, pg_url, tmp_path):
    lite = str(tmp_path / "personal.db")
    ids = [
        cli("run", "--db", lite, "--answers", str(ANSWERS), "--title", title).stdout.strip()
        for title in ("One", "Two")
    ]
    first = cli("store", "copy", lite, pg_url)
    assert first.code == 0, first.stderr
    assert "2 copied" in first.stderr
    for sid in ids:
        assert _export(cli, pg_url, sid, tmp_path) == _export(cli, lite, sid, tmp_path)
    again = cli("store", "copy", lite, pg_url)
    assert "0 copied (0 events), 2 already up to date" in again.stderr
    # The personal database goes on; a second copy brings only the new events.
    note = cli("note", "--db", lite, ids[0], "product_name", "Checked with the sponsor")
    assert note.code == 0, note.stderr
    caught_up = cli("store", "copy", lite, pg_url)
    assert "1 copied (1 events), 1 already up to date" in caught_up.stderr
    assert _export(cli, pg_url, ids[0], tmp_path) == _export(cli, lite, ids[0], tmp_path)
    back = str(tmp_path / "back.db")
    assert cli("store", "copy", pg_url, back).code == 0
    for sid in ids:
        assert _export(cli, back, sid, tmp_path) == _export(cli, lite, sid, tmp_path)


def test_an_interrupted_copy_resumes(pg_url, tmp_path, cli):
    lite = str(tmp_path / "personal.db")
    for title in ("A", "B", "C"):
        cli("run", "--db", lite, "--answers", str(ANSWERS), "--title", title)
    source, destination = SQLiteStore(lite), open_store(pg_url)

    class Interrupted(Exception):
        pass

    real_put, calls = destination.put_raw, []

    def put_then_die(*args, **kwargs):
        if len(calls) == 1:
            raise Interrupted
        calls.append(args)
        real_put(*args, **kwargs)

    destination.put_raw = put_then_die  # type: ignore[method-assign]
    with pytest.raises(Interrupted):
        copy_store(source, destination)
    assert len(destination.sessions()) == 1  # whole sessions only
    destination.put_raw = real_put  # type: ignore[method-assign]
    report = copy_store(source, destination)
    assert (report.copied, report.up_to_date) == (2, 1)
    assert sorted(r.id for r in destination.sessions()) == sorted(r.id for r in source.sessions())


def test_a_diverged_destination_is_refused(pg_url, tmp_path, cli):
    lite = str(tmp_path / "personal.db")
    sid = cli("run", "--db", lite, "--answers", str(ANSWERS), "--title", "A").stdout.strip()
    assert cli("store", "copy", lite, pg_url).code == 0
    assert cli("note", "--db", pg_url, sid, "product_name", "written on the server").code == 0
    assert cli("note", "--db", lite, sid, "product_name", "written at home").code == 0
    refused = cli("store", "copy", lite, pg_url)
    assert refused.code == 1
    assert "differs in the destination" in refused.stderr


def test_sessions_are_listed_from_summaries_and_old_rows_are_backfilled(cli, db_path):
    from assistant.flow.loader import active_flow

    service = InterviewService(SQLiteStore(db_path))
    done = cli("run", "--answers", str(ANSWERS), "--title", "Done").stdout.strip()
    half = service.start(active_flow(None), "Half")
    half.answer("PumpWatch")
    folded = [service.open(sid).summary().model_dump(mode="json") for sid in (half.id, done)]
    listed = json.loads(cli("sessions", "--json").stdout)
    # Every row has the same keys, null where unknown (issue 17).
    assert sorted(listed, key=lambda s: s["id"]) == sorted(
        [{k: s.get(k) for k in LISTED_KEYS} for s in folded], key=lambda s: s["id"]
    )
    # A database written before summaries existed: rows without one are folded once.
    store = SQLiteStore(db_path)
    store.conn.execute("UPDATE sessions SET summary = NULL")
    assert json.loads(cli("sessions", "--json").stdout) == listed
    assert all(r.summary is not None for r in store.sessions())


class _Lines:
    """A child's stdout read line by line in a thread (no blocking reads in the test)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(target=lambda: [self.lines.put(x) for x in stream], daemon=True).start()

    def until(self, predicate, timeout: float = GENEROUS) -> list[str]:
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, f"condition not met; saw {seen!r}"
            try:
                seen.append(self.lines.get(timeout=left))
            except queue.Empty:
                continue
            if predicate(seen[-1]):
                return seen


def _data360(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_follow_prints_events_committed_by_another_process(backend, request, tmp_path):
    from assistant.flow.loader import active_flow

    db = request.getfixturevalue("pg_url") if backend == "postgresql" else str(tmp_path / "f.db")
    interview = InterviewService(open_store(db)).start(active_flow(None), "Followed")
    follower = _data360("follow", "--db", db, interview.id[:8], "--json")
    try:
        lines = _Lines(follower)
        lines.until(lambda line: json.loads(line)["seq"] == interview.events[-1].seq)
        asked = interview.current().id
        interview.answer("PumpWatch")  # committed by this process, seen by the follower
        got = lines.until(lambda line: json.loads(line)["type"] == "answer_given")
        answer = json.loads(got[-1])
        assert answer["question_id"] == asked
        assert answer["data"]["value"] == "PumpWatch"
    finally:
        follower.terminate()
        follower.wait(timeout=GENEROUS)


def test_six_interviews_written_at_once_on_postgresql_all_complete(cli, pg_url):
    processes = [
        _data360("run", "--db", pg_url, "--answers", str(ANSWERS), "--title", f"Room {n}")
        for n in range(6)
    ]
    outcomes = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0] * 6, [err for _out, err in outcomes]
    listed = json.loads(cli("sessions", "--db", pg_url, "--json").stdout)
    assert sorted(s["title"] for s in listed) == [f"Room {n}" for n in range(6)]
    assert {s["status"] for s in listed} == {"complete"}


def test_a_second_writer_on_one_postgresql_session_is_refused_not_lost(pg_url):
    from assistant.flow.loader import active_flow
    from assistant.store import ConcurrentWriteError

    first = InterviewService(open_store(pg_url)).start(active_flow(None), "Two screens")
    second = InterviewService(open_store(pg_url)).open(first.id)
    asked = first.current().id
    first.answer("From screen one")
    with pytest.raises(ConcurrentWriteError, match="another window"):
        second.answer("From screen two")
    second = InterviewService(open_store(pg_url)).open(first.id)
    assert second.state.answers == {asked: "From screen one"}
    second.edit(asked, "From screen two")  # after a reload the edit goes in
    assert InterviewService(open_store(pg_url)).open(first.id).state.answers == {
        asked: "From screen two"
    }


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_views_of_information_flows_and_actors_from_the_answers(backend, request, tmp_path, cli):
    db = request.getfixturevalue("pg_url") if backend == "postgresql" else str(tmp_path / "v.db")
    sid = cli("run", "--db", db, "--answers", str(ANSWERS), "--title", "Views").stdout.strip()
    store = open_store(db)
    flows_sql = (
        "SELECT source, content, maturity FROM information_flows"
        " WHERE session_id = {mark} ORDER BY position"
    )
    actors_sql = "SELECT name, flows_out, flows_in FROM actors WHERE session_id = {mark}"
    if backend == "sqlite":
        rows = store.conn.execute(flows_sql.format(mark="?"), (sid,)).fetchall()
        actors = store.conn.execute(actors_sql.format(mark="?"), (sid,)).fetchall()
    else:
        rows = store.conn.execute(flows_sql.format(mark="%s"), (sid,)).fetchall()
        actors = store.conn.execute(actors_sql.format(mark="%s"), (sid,)).fetchall()
    told = InterviewService(store).open(sid).state.answers["information_flows"]
    assert [tuple(r) for r in rows] == [(f["source"], f["content"], f["maturity"]) for f in told]
    by_name = {name: (int(out), int(into)) for name, out, into in actors}
    for flow in told:
        assert by_name[flow["source"]][0] >= 1
        for target in flow["targets"]:
            assert by_name[target][1] >= 1
    assert sum(out for out, _ in by_name.values()) == len(told)
    assert sum(into for _, into in by_name.values()) == sum(len(f["targets"]) for f in told)
    store.close()


def test_store_copy_refuses_bad_arguments_in_one_line(cli, tmp_path):
    missing = cli("store", "copy", str(tmp_path / "none.db"), str(tmp_path / "b.db"))
    assert missing.code == 1 and missing.stderr.startswith("data360: error: no database at")
    assert not (tmp_path / "b.db").exists()
    one = tmp_path / "one.db"
    SQLiteStore(one).close()
    same = cli("store", "copy", str(one), str(one))
    assert same.code == 1 and "the same database" in same.stderr
    usage = cli("store", "copy", str(one))
    assert usage.code == 2 and "Traceback" not in usage.stderr


def test_the_text_listing_shows_the_row_columns(cli, db_path):
    sid = cli("run", "--answers", str(ANSWERS), "--title", "Listed").stdout.strip()
    (line,) = [x for x in cli("sessions").stdout.splitlines() if x.startswith(sid[:8])]
    summary = InterviewService(SQLiteStore(db_path)).summaries()
    mine = next(s for s in summary if s.id == sid)
    assert f"{mine.status:<8}  {mine.progress:>3}% answered" in line and line.endswith("Listed")
