"""F2 in the interview: how long until the framing document panel shows (issue 16 item 7).

Runs the real app headless on the hospital-beds example (66 answers), sends F2 and
records when the panel is on screen and when the up-to-date document is drawn in it;
prints the medians of several runs. Three cases: F2 once the panel has laid the document
out ahead (what a user sees: it is prepared while the interview is open and after each
answer); F2 right after an answer changed, before its preparation ran ("stale": the
previous rendition is shown at once, marked "updating…", and the fresh one swapped in);
and F2 at once after opening, before anything was ever prepared (the cold path: a
"Preparing…" placeholder first). Not a test: figures only.

    python bench/document_panel.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "sessions" / "hospital-beds.json"


async def one_run(db: Path, session_id: str, *, case: str) -> tuple[float, float]:
    from textual import events

    from assistant.store.sqlite import SQLiteStore
    from assistant.tui.app import Data360App
    from assistant.tui.screens.interview import InterviewScreen
    from assistant.tui.widgets.document_panel import DocumentPanel

    # cold: the panel may not prepare anything before F2 (as when F2 comes at once)
    prepared = case != "cold"
    DocumentPanel.PREPARE_DELAY = 0.3 if prepared else 3600.0
    store = SQLiteStore(db)
    app = Data360App(store, cursor_blink=False, drafts_dir=db.parent / "drafts")
    async with app.run_test(size=(160, 45)) as pilot:
        app.resume(session_id)
        while not isinstance(app.screen, InterviewScreen):
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        panel = screen.query_one(DocumentPanel)
        if prepared:
            while not panel.prepared:
                await asyncio.sleep(0.01)
            await pilot.pause()
        if case == "stale":  # an answer changed: its preparation is pending at F2
            interview = screen.interview
            question = next(q for q, v in interview.state.answers.items() if isinstance(v, str))
            interview.edit(question, interview.state.answers[question] + " (edited)")
            await screen.refresh_view()
            await pilot.pause()  # the answer's own repaint done, as before a user's next key
            assert not panel.prepared, "the bench must press F2 before the preparation ran"
        start = time.perf_counter()
        app.post_message(events.Key("f2", None))
        while panel.region.width == 0:  # the panel on screen (its text may follow)
            await asyncio.sleep(0.002)
        shown = time.perf_counter() - start
        while not panel.shown_document:
            await asyncio.sleep(0.002)
        drawn = time.perf_counter() - start
    store.close()
    return shown, drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from assistant.services.importing import import_document, read_document
    from assistant.store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        store = SQLiteStore(db)
        session_id = import_document(store, read_document(str(EXAMPLE)))
        store.close()
        cases: dict[str, list[tuple[float, float]]] = {"prepared": [], "stale": [], "cold": []}
        for _ in range(args.runs):  # the cases alternate, so machine noise hits all alike
            for case, runs in cases.items():
                runs.append(asyncio.run(one_run(db, session_id, case=case)))
    for case, runs in cases.items():
        for label, times in (
            ("panel on screen", [r[0] for r in runs]),
            ("up-to-date document drawn in it", [r[1] for r in runs]),
        ):
            print(
                f"F2 ({case}) to {label} (hospital-beds, 66 answers): median"
                f" {statistics.median(times) * 1000:.0f} ms over {args.runs} runs"
                f" (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
            )


if __name__ == "__main__":
    main()
