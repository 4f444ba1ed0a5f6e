"""A scripted product owner, run in a subprocess by the crash and concurrency tests.

    python driver.py DB SESSION_ID MODE [SEED]

MODE ``answer``: start (or resume) the session and answer every question from the
contract-built answers, printing ``ACK <question_id>`` after each answer is committed.
On a ``ConcurrentWriteError`` it reopens the session and goes on (prints ``CONFLICT``).
MODE ``export``: write JSON exports of the session to DB.export.json in a loop.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assistant.errors import UserError
from assistant.export import write_export
from assistant.flow.loader import active_flow
from assistant.services.interview import InterviewService
from assistant.store import ConcurrentWriteError, SQLiteStore
from tests.answers_for import answers_for


def main() -> None:
    db, session_id, mode = sys.argv[1:4]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    flow = active_flow()
    service = InterviewService(SQLiteStore(db))
    try:
        interview = service.open(session_id)
    except UserError:
        try:
            interview = service.start(flow, "Crash test", session_id=session_id)
        except UserError:  # another process created it in between
            interview = service.open(session_id)
    if mode == "export":
        while True:
            write_export(interview, "json", f"{db}.export.json", force=True)
            print("EXPORTED", flush=True)
    answers = answers_for(flow.contract())
    while (question := interview.current()) is not None:
        try:
            if rng.random() < 0.1 and not question.required:
                interview.skip()
                print(f"SKIP {question.id}", flush=True)
            else:
                interview.answer(answers[question.id])
                print(f"ACK {question.id}", flush=True)
        except ConcurrentWriteError:
            print("CONFLICT", flush=True)
            interview = service.open(session_id)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
