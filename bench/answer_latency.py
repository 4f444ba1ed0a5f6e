"""Answer latency: validate + commit + next question, against two peers in the same run.

Peers:
- a bare durable SQLite insert of the same event (WAL, synchronous=FULL, one commit);
- a LangGraph step checkpointed by ``SqliteSaver`` (one-node graph, same pragmas).

Prints median and p99 of each and the ratios. Target (issue 3): ours ≤ 2× the bare
insert and well ahead of the LangGraph step.

    python bench/answer_latency.py [--samples 400]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.answers_for import answers_for


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_ours(directory: Path, samples: int) -> list[float]:
    from assistant.flow.loader import active_flow
    from assistant.services.interview import InterviewService
    from assistant.store import SQLiteStore

    flow = active_flow()
    answers = answers_for(flow.contract())
    service = InterviewService(SQLiteStore(directory / "ours.db"))
    timings: list[float] = []
    interview = service.start(flow, "bench")
    while len(timings) < samples:
        question = interview.current()
        if question is None:
            interview = service.start(flow, "bench")
            continue
        started = time.perf_counter()
        interview.answer(answers[question.id])
        timings.append(time.perf_counter() - started)
    return timings


def bench_bare(directory: Path, samples: int, payload: str) -> list[float]:
    conn = sqlite3.connect(directory / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, session_id TEXT, seq INTEGER,"
        " type TEXT, question_id TEXT, data TEXT, at TEXT, UNIQUE(session_id, seq))"
    )
    timings = []
    for seq in range(1, samples + 1):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO events (session_id, seq, type, question_id, data, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ("s", seq, "answer_given", "q", payload, "2026-01-01T00:00:00"),
        )
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - started)
    return timings


def bench_langgraph(directory: Path, samples: int, payload: str) -> list[float] | None:
    try:
        from typing import TypedDict

        from langgraph.checkpoint.sqlite import SqliteSaver
        from langgraph.graph import END, START, StateGraph
    except ImportError:
        return None

    class State(TypedDict):
        answers: dict[str, Any]
        last: str

    def record(state: State) -> dict[str, Any]:
        answers = dict(state.get("answers") or {})
        answers[f"q{len(answers)}"] = state["last"]
        return {"answers": answers}

    conn = sqlite3.connect(directory / "langgraph.db", check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    builder = StateGraph(State)
    builder.add_node("record", record)
    builder.add_edge(START, "record")
    builder.add_edge("record", END)
    graph = builder.compile(checkpointer=SqliteSaver(conn))
    config = {"configurable": {"thread_id": "bench"}}
    timings = []
    for _ in range(samples):
        started = time.perf_counter()
        graph.invoke({"last": payload}, config)
        timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=400)
    args = parser.parse_args()
    payload = json.dumps({"value": "A considered answer of a realistic length. " * 3})
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        results = {
            "data360 answer": bench_ours(directory, args.samples),
            "bare durable insert": bench_bare(directory, args.samples, payload),
        }
        graph = bench_langgraph(directory, args.samples, payload)
        if graph is not None:
            results["LangGraph SqliteSaver step"] = graph
    medians = {name: statistics.median(t) for name, t in results.items()}
    print(f"answer latency over {args.samples} answers (ms)")
    print(f"{'':30} {'median':>8} {'p99':>8}")
    for name, timings in results.items():
        print(f"{name:30} {medians[name] * 1e3:8.3f} {percentile(timings, 0.99) * 1e3:8.3f}")
    ours = medians["data360 answer"]
    print(f"ratio data360 / bare insert (median): {ours / medians['bare durable insert']:.2f}x")
    if "LangGraph SqliteSaver step" in medians:
        lg = medians["LangGraph SqliteSaver step"]
        print(f"ratio data360 / LangGraph step (median): {ours / lg:.2f}x")
    else:
        print("LangGraph not installed: pip install -e '.[bench]' for the third peer")


if __name__ == "__main__":
    main()
