"""Replay of a 10,000-event session (issue 7, item 6): the fold behind replay and reopening.

Builds a session on the Data 360 flow (every question answered from the contract), then
grows its history to 10,000 events with what a long review produces: answer edits,
reviewer notes, cursor moves, skips. The events are committed to SQLite once; then, each
timed as the median of N runs:

* ``fold``: ``Engine.fold`` over the 10,000 events (the state at the last step) — target
  < 100 ms;
* ``open``: ``InterviewService.open`` (read the events from SQLite, validate, fold);
* ``timeline``: the lines of ``replay --plain``.

Peer in the same run: the same 10,000 events applied by a bare loop that only stores each
answer in a dict — the floor of any fold in Python.

    python bench/replay.py [--events 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MS = 100.0


def median_ms(function: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def grow(interview: Any, target: int) -> list[Any]:
    """Events continuing ``interview``'s history up to ``target`` events in all."""
    from assistant.models.events import Event, EventType

    state = interview.state
    answered = [q for q in interview.engine.questions if q.id in state.answers]
    texts = [q for q in answered if q.kind.value in ("text", "list")]
    events = list(interview.events)
    seq = events[-1].seq
    values = {q.id: state.answers[q.id] for q in answered}
    step = 0
    while len(events) < target:
        seq += 1
        step += 1
        at = f"2026-02-01T{(step // 3600) % 24:02d}:{(step // 60) % 60:02d}:{step % 60:02d}+00:00"
        question = texts[step % len(texts)]
        match step % 4:
            case 0 | 1:
                value = values[question.id]
                new = f"{value} (rev {step})" if isinstance(value, str) else [*value, f"r{step}"]
                events.append(
                    Event(
                        seq=seq,
                        type=EventType.answer_edited,
                        at=at,
                        question_id=question.id,
                        data={"value": new, "previous": value},
                    )
                )
                values[question.id] = new
            case 2:
                events.append(
                    Event(
                        seq=seq,
                        type=EventType.note_added,
                        at=at,
                        question_id=question.id,
                        data={"text": f"review note {step}", "author": "bench"},
                    )
                )
            case _:
                events.append(
                    Event(
                        seq=seq,
                        type=EventType.cursor_moved,
                        at=at,
                        data={"to": question.id, "reason": "goto"},
                    )
                )
    return events[len(interview.events) :]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from assistant.flow.loader import active_flow
    from assistant.services.headless import run_answers
    from assistant.services.interview import InterviewService
    from assistant.services.timeline import timeline
    from assistant.store import open_store
    from tests.answers_for import answers_for

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "replay.db"))
        service = InterviewService(store)
        flow = active_flow()
        interview = service.start(flow, "Replay bench")
        run_answers(interview, answers_for(flow.contract()))
        extra = grow(interview, args.events)
        store.append(interview.id, extra, {"updated_at": extra[-1].at})
        reopened = service.open(interview.id)
        events = reopened.events
        engine = reopened.engine
        assert len(events) == args.events, len(events)
        assert engine.fold(events).snapshot() == reopened.state.snapshot()

        fold = median_ms(lambda: engine.fold(events), args.runs)
        opened = median_ms(lambda: service.open(interview.id), args.runs)
        lines = median_ms(lambda: timeline(events, engine), args.runs)

        def bare() -> None:
            answers: dict[str, object] = {}
            for event in events:
                if "value" in event.data:
                    answers[event.question_id or ""] = event.data["value"]

        peer = median_ms(bare, args.runs)
        store.close()

    print(f"session: {len(events):,} events ({len(extra):,} generated after a full interview)")
    print(f"{'step':<28}{'median ms':>10}{'events/s':>14}{'x bare loop':>13}")
    for label, value in (
        ("fold (state at last step)", fold),
        ("open (SQLite read + fold)", opened),
        ("timeline (replay --plain)", lines),
        ("peer: bare dict loop", peer),
    ):
        rate = len(events) / (value / 1000) if value else float("inf")
        print(f"{label:<28}{value:>10.1f}{rate:>14,.0f}{value / peer:>13.1f}")
    verdict = "OK" if fold < TARGET_MS else "OVER TARGET"
    print(f"fold of {len(events):,} events: {fold:.1f} ms (target < {TARGET_MS:.0f} ms) {verdict}")
    sys.exit(0 if fold < TARGET_MS else 1)


if __name__ == "__main__":
    main()
