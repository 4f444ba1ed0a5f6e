"""Start-up of the TUI: launch → first interactive screen, data360 against a bare Textual app.

Each run is a fresh interpreter (what a user waits for when typing ``data360``): it
imports what it needs, builds the app, runs it headless and exits as soon as the first
screen is mounted and has been drawn once. The two programs alternate run by run so that
machine noise hits both alike. data360 opens on a database holding the example sessions,
as a returning user's would.

Prints the median wall time of each, and the ratio (target: at most 1.5×).

    .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.5

BARE = """
import sys, time
t0 = time.perf_counter()
from textual.app import App
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

class Probe(Screen):
    def compose(self):
        yield Header()
        yield Static("Hello")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(lambda: self.app.exit(f"{time.perf_counter() - t0} 0"))

class Bare(App):
    def get_default_screen(self):
        return Probe()

print(Bare().run(headless=True))
"""

DATA360 = """
import sys, time
t0 = time.perf_counter()
from assistant.tui.app import Data360App
from assistant.tui.screens.home import HomeScreen

class Probe(HomeScreen):
    def on_mount(self):
        # runs before HomeScreen.on_mount (which lists the sessions); the callback
        # fires once both ran and the screen has been drawn
        self.call_after_refresh(self._ready)

    def _ready(self):
        from textual.widgets import DataTable
        rows = self.query_one(DataTable).row_count
        self.app.exit(f"{time.perf_counter() - t0} {rows}")

class Timed(Data360App):
    def get_default_screen(self):
        return Probe()

def open_it():
    from assistant.store import open_store
    return open_store(sys.argv[1])

app = Timed(db_path=sys.argv[1], open_store=open_it)  # as run_tui builds it
print(app.run(headless=True))
app.close_store()
"""


def prepare_db(folder: Path) -> Path:
    """A database with the example sessions in it."""
    sys.path.insert(0, str(ROOT))
    from assistant.services.importing import import_document, read_document
    from assistant.store.sqlite import SQLiteStore

    path = folder / "bench.db"
    store = SQLiteStore(path)
    for example in sorted(glob.glob(str(ROOT / "sessions" / "*.json"))):
        import_document(store, read_document(example))
    store.close()
    return path


def run_once(program: str, *args: str) -> tuple[float, float, int]:
    """(wall seconds launch → exit, seconds to the first screen in-process, sessions shown)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TEXTUAL": ""}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", program, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"bench program failed:\n{result.stderr[-2000:]}")
    inside, rows = result.stdout.strip().splitlines()[-1].split()
    return wall, float(inside), int(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = prepare_db(Path(folder))
        run_once(BARE)  # warm the file cache for both
        run_once(DATA360, str(db))
        bare: list[tuple[float, float, int]] = []
        ours: list[tuple[float, float, int]] = []
        for _ in range(options.runs):
            bare.append(run_once(BARE))
            ours.append(run_once(DATA360, str(db)))
    figures = {
        "runs": options.runs,
        "bare_wall_ms": round(1000 * statistics.median(w for w, _, _ in bare), 1),
        "data360_wall_ms": round(1000 * statistics.median(w for w, _, _ in ours), 1),
        "bare_ready_ms": round(1000 * statistics.median(r for _, r, _ in bare), 1),
        "data360_ready_ms": round(1000 * statistics.median(r for _, r, _ in ours), 1),
        "sessions_listed": min(n for _, _, n in ours),
    }
    figures["ratio_wall"] = round(figures["data360_wall_ms"] / figures["bare_wall_ms"], 2)
    figures["ratio_ready"] = round(figures["data360_ready_ms"] / figures["bare_ready_ms"], 2)
    figures["target"] = TARGET
    if options.json:
        print(json.dumps(figures))
        return
    print(f"TUI start-up, launch to first interactive screen ({options.runs} runs, medians)")
    print(
        f"  bare Textual app : {figures['bare_wall_ms']:7.1f} ms wall"
        f"   ({figures['bare_ready_ms']:.1f} ms from first line to screen drawn)"
    )
    print(
        f"  data360 home     : {figures['data360_wall_ms']:7.1f} ms wall"
        f"   ({figures['data360_ready_ms']:.1f} ms from first line to screen drawn,"
        f" {figures['sessions_listed']} sessions listed)"
    )
    verdict = "ok" if figures["ratio_wall"] <= TARGET else "over target"
    print(
        f"  ratio            : {figures['ratio_wall']:.2f}x wall,"
        f" {figures['ratio_ready']:.2f}x in-process (target <= {TARGET}x: {verdict})"
    )


if __name__ == "__main__":
    main()
