"""The shared PostgreSQL store against its peers, measured in one run (issue 18, item 6).

- answer latency on PostgreSQL (validate + commit + next question) against a bare psycopg
  INSERT + COMMIT of the same event into the same table shape (target: <= 2x);
- twenty concurrent writers (processes, one session each) on one database: answers/s,
  against twenty bare psycopg writers;
- ``data360 follow`` latency, commit in one process to the line printed by another,
  p50/p99, on PostgreSQL (LISTEN/NOTIFY) and SQLite (PRAGMA data_version polling);
- the session list at 2,000 sessions on both backends: ``sessions`` in-process (open the
  store, read the summaries, print) against the fold of every history it replaces, the
  whole ``data360 sessions`` command against the same command on 2 sessions, and the TUI
  home with 2,000 sessions against 2 (SQLite, via bench/startup.py's probe).

The server is started by the bench itself (tests/pg/server.py) with fsync on, on
127.0.0.1 and an ephemeral port, and stopped at the end.

    .venv/bin/python bench/store_pg.py [--samples 300] [--sessions 2000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.answers_for import answers_for  # noqa: E402
from tests.pg import server as pg_server  # noqa: E402

WRITERS = 20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(value: float) -> str:
    return f"{value * 1e3:8.2f}"


def fresh_db(server: pg_server.PostgresServer) -> str:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


# --- answer latency -------------------------------------------------------------------
def answer_timings(location: str, samples: int, title: str = "bench") -> list[float]:
    from assistant.flow.loader import active_flow
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    flow = active_flow()
    answers = answers_for(flow.contract())
    store = open_store(location)
    service = InterviewService(store)
    timings: list[float] = []
    interview = service.start(flow, title)
    while len(timings) < samples:
        question = interview.current()
        if question is None:
            interview = service.start(flow, title)
            continue
        started = time.perf_counter()
        interview.answer(answers[question.id])
        timings.append(time.perf_counter() - started)
    store.close()
    return timings


BARE_TABLE = """
CREATE TABLE IF NOT EXISTS bare_events (
    id BIGSERIAL PRIMARY KEY, session_id TEXT NOT NULL, seq INTEGER NOT NULL,
    type TEXT NOT NULL, question_id TEXT, payload TEXT NOT NULL,
    data JSONB GENERATED ALWAYS AS (payload::jsonb) STORED, at TEXT NOT NULL,
    UNIQUE (session_id, seq))
"""


def create_bare_table(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(BARE_TABLE)


def bare_timings(url: str, samples: int, payload: str, session: str = "s") -> list[float]:
    import psycopg

    with psycopg.connect(url) as conn:
        timings = []
        for seq in range(1, samples + 1):
            started = time.perf_counter()
            conn.execute(
                "INSERT INTO bare_events (session_id, seq, type, question_id, payload, at)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                (session, seq, "answer_given", "q", payload, "2026-01-01T00:00:00"),
            )
            conn.commit()
            timings.append(time.perf_counter() - started)
    return timings


# --- concurrent writers ---------------------------------------------------------------
def _writer(
    kind: str, url: str, samples: int, index: int, ready: Any, start: Any, out: Any
) -> None:
    import psycopg  # noqa: F401  (imports done before the clock starts)

    import assistant.flow.loader
    import assistant.services.interview

    assistant.flow.loader.active_flow()
    payload = json.dumps({"value": "A considered answer of a realistic length. " * 3})
    ready.put(index)
    start.wait()
    try:
        if kind == "data360":
            timings = answer_timings(url, samples, title=f"writer {index}")
        else:
            timings = bare_timings(url, samples, payload, session=f"s{index}")
    except Exception as error:
        out.put(f"writer {index}: {error}")
        raise
    out.put(len(timings))


def throughput(kind: str, url: str, samples: int) -> tuple[float, int]:
    """(answers per second, answers) for WRITERS processes writing at once."""
    context = multiprocessing.get_context("spawn")
    if kind == "bare":
        create_bare_table(url)
    ready, start, out = context.Queue(), context.Event(), context.Queue()
    processes = [
        context.Process(target=_writer, args=(kind, url, samples, i, ready, start, out))
        for i in range(WRITERS)
    ]
    for process in processes:
        process.start()
    for _ in processes:  # every interpreter has imported before the clock starts
        ready.get(timeout=300)
    began = time.perf_counter()
    start.set()
    counts = [out.get(timeout=600) for _ in processes]
    failed = [c for c in counts if isinstance(c, str)]
    if failed:
        raise SystemExit(f"{len(failed)} writers failed: {failed[0]}")
    total = sum(counts)
    elapsed = time.perf_counter() - began
    for process in processes:
        process.join(timeout=60)
    return total / elapsed, total


# --- follow latency -------------------------------------------------------------------
def follow_latency(location: str, samples: int) -> list[float]:
    """Seconds from an answer's commit (in this process) to its line from ``follow``."""
    from assistant.flow.loader import active_flow
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    flow = active_flow()
    answers = answers_for(flow.contract())
    store = open_store(location)
    service = InterviewService(store)
    interview = service.start(flow, "followed")
    follower = subprocess.Popen(
        [sys.executable, "-m", "assistant", "follow", interview.id, "--db", location, "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    arrivals: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()

    def read() -> None:
        assert follower.stdout is not None
        for line in follower.stdout:
            arrivals.put((time.perf_counter(), json.loads(line)))

    threading.Thread(target=read, daemon=True).start()
    try:
        last = interview.events[-1].seq
        while True:  # the history so far comes first
            _, event = arrivals.get(timeout=60)
            if event["seq"] == last:
                break
        latencies = []
        for n in range(samples):
            question = interview.current()
            if question is None:
                break
            interview.answer(answers[question.id])
            committed = time.perf_counter()
            target = interview.events[-1].seq
            while True:
                seen, event = arrivals.get(timeout=60)
                if event["seq"] == target:
                    break
            latencies.append(max(0.0, seen - committed))
            time.sleep(0.05 + (n % 7) * 0.031)  # commits at uneven moments of the poll
        return latencies
    finally:
        follower.terminate()
        follower.wait(timeout=30)
        store.close()


# --- the session list -----------------------------------------------------------------
def fill_sessions(location: str, count: int) -> None:
    """``count`` sessions: one real interview, then copies of its verbatim rows."""
    from dataclasses import replace

    from assistant.flow.loader import active_flow
    from assistant.services.headless import load_answers, run_answers
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    store = open_store(location)
    service = InterviewService(store)
    model = service.start(active_flow(), "model session")
    run_answers(model, load_answers(str(ROOT / "sessions/answers/retail-demand.yaml")), None)
    record = store.session(model.id)
    events = store.raw_events(model.id)
    flow_json = store.flow_definition(record.flow_digest)
    summary = json.loads(record.summary or "{}")
    for n in range(count - 1):
        sid = uuid.uuid4().hex
        summary.update(id=sid, title=f"Session {n:04d}")
        copy = replace(record, id=sid, title=f"Session {n:04d}", summary=json.dumps(summary))
        store.put_raw(copy, flow_json, events, after=0)
    store.close()


def list_in_process(location: str) -> tuple[float, float]:
    """(seconds for ``sessions``: open, read summaries, print; seconds for the fold)."""
    import io
    from contextlib import redirect_stdout

    from assistant.cli.commands.sessions import sessions
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    started = time.perf_counter()
    with redirect_stdout(io.StringIO()):
        sessions(db=location, json=False)
    listed = time.perf_counter() - started
    store = open_store(location)
    service = InterviewService(store)
    started = time.perf_counter()
    folded = [service.open(record.id).summary() for record in store.sessions()]
    fold = time.perf_counter() - started
    assert folded
    store.close()
    return listed, fold


def command_wall(location: str, *extra: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant", "sessions", "--db", location, *extra],
            capture_output=True,
            check=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def tui_home(many: Path, two: Path, runs: int = 9) -> tuple[float, float, int, int]:
    """Median launch-to-first-screen of the TUI home on each database, runs alternated so
    that machine noise hits both alike: (many s, two s, rows drawn, rows drawn)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from startup import DATA360, run_once

    run_once(DATA360, str(many))
    run_once(DATA360, str(two))
    a, b = [], []
    for _ in range(runs):
        a.append(run_once(DATA360, str(many)))
        b.append(run_once(DATA360, str(two)))
    return (
        statistics.median(r[0] for r in a),
        statistics.median(r[0] for r in b),
        a[0][2],
        b[0][2],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--writer-answers", type=int, default=40)
    options = parser.parse_args()
    if pg_server.binaries() is None:
        print("skipped: PostgreSQL server binaries (initdb, pg_ctl, postgres) not installed")
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        print("skipped: psycopg not installed (pip install -e '.[postgres]')")
        return
    server = pg_server.start(durable=True)
    try:
        run(server, options)
    finally:
        server.stop()


def run(server: pg_server.PostgresServer, options: argparse.Namespace) -> None:
    payload = json.dumps({"value": "A considered answer of a realistic length. " * 3})
    url = fresh_db(server)
    ours = answer_timings(url, options.samples)
    create_bare_table(url)
    bare = bare_timings(url, options.samples, payload)
    print(f"answer latency on PostgreSQL 15 (fsync on), {options.samples} answers (ms)")
    print(f"{'':32} {'median':>8} {'p99':>8}")
    print(f"{'data360 answer':32} {ms(statistics.median(ours))} {ms(percentile(ours, 0.99))}")
    print(
        f"{'bare psycopg INSERT + COMMIT':32} {ms(statistics.median(bare))}"
        f" {ms(percentile(bare, 0.99))}"
    )
    ratio = statistics.median(ours) / statistics.median(bare)
    print(
        f"ratio data360 / bare (median): {ratio:.2f}x (target <= 2x: "
        f"{'ok' if ratio <= 2 else 'over target'})"
    )
    print()

    rate, total = throughput("data360", fresh_db(server), options.writer_answers)
    bare_rate, bare_total = throughput("bare", fresh_db(server), options.writer_answers)
    print(f"{WRITERS} concurrent writers, one session each, one database")
    print(f"  data360 answers : {rate:8.1f} answers/s ({total} answers)")
    print(f"  bare inserts    : {bare_rate:8.1f} commits/s ({bare_total} commits)")
    print(f"  ratio           : {rate / bare_rate:.2f}x of the bare commit rate")
    print()

    with tempfile.TemporaryDirectory() as folder:
        print("follow latency, commit in one process -> line printed by `data360 follow` (ms)")
        for name, location in (
            ("PostgreSQL LISTEN/NOTIFY", fresh_db(server)),
            ("SQLite data_version poll", str(Path(folder) / "follow.db")),
        ):
            lat = follow_latency(location, 40)
            print(
                f"  {name:26} p50 {ms(percentile(lat, 0.5))}  p99 {ms(percentile(lat, 0.99))}"
                f"  ({len(lat)} answers)"
            )
        print()

        print(f"the session list at {options.sessions:,} sessions (ms)")
        lite_many = Path(folder) / "many.db"
        lite_two = Path(folder) / "two.db"
        pg_many, pg_two = fresh_db(server), fresh_db(server)
        for location, count in (
            (str(lite_many), options.sessions),
            (str(lite_two), 2),
            (pg_many, options.sessions),
            (pg_two, 2),
        ):
            fill_sessions(location, count)
        for name, many, two in (
            ("SQLite", str(lite_many), str(lite_two)),
            ("PostgreSQL", pg_many, pg_two),
        ):
            listed, fold = list_in_process(many)
            wall_many = command_wall(many)
            wall_two = command_wall(two)
            wall_json = command_wall(many, "--json")
            print(
                f"  {name:10} `sessions` in-process {ms(listed)}"
                f"   (the fold it replaces: {ms(fold)}, {fold / listed:.0f}x)"
            )
            print(
                f"  {name:10} `data360 sessions` wall {ms(wall_many)}"
                f"   vs 2 sessions {ms(wall_two)}   (`--json`: {ms(wall_json)})"
            )
        home_many, home_two, rows_many, _rows_two = tui_home(lite_many, lite_two)
        print(
            f"  TUI home (SQLite), launch to first screen: {ms(home_many)} with"
            f" {options.sessions:,} sessions ({rows_many} rows in the first frame, the rest"
            f" after it) vs {ms(home_two)} with 2 ({home_many / home_two:.2f}x)"
        )


if __name__ == "__main__":
    main()
