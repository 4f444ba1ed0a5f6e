"""Export of the largest example session in every framing format (issue 7, item 6).

Imports every ``sessions/*.json`` example into a temporary database, keeps the one with the
most events and flows, and times ``render_export`` per format (median of N runs after one
warm-up; the cold first run is shown too). Target: all document formats together < 300 ms.
Peer in the same run: ``json.dumps`` of the same document's plain data, the floor any
export pays to walk the document.

    python bench/exports.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FORMATS = ("markdown", "json", "html", "docx")
TARGET_MS = 300.0


def largest_example(store: Any) -> tuple[tuple[int, int], Path, str]:
    from assistant.services.importing import import_document, read_document

    best = None
    for path in sorted((ROOT / "sessions").glob("*.json")):
        document = read_document(path)
        size = (len(document.events), len(document.flows))
        if best is None or size > best[0]:
            best = (size, path, import_document(store, document))
    if best is None:
        raise SystemExit("no example session in sessions/*.json")
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from assistant.export import render_export
    from assistant.services.document import build_document
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        (events, flows), path, session_id = largest_example(store)
        interview = InterviewService(store).open(session_id)
        print(f"session: {path.name} ({events} events, {flows} flows)")

        cold: dict[str, float] = {}
        timings: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
        sizes: dict[str, int] = {}
        for fmt in FORMATS:
            started = time.perf_counter()
            sizes[fmt] = len(render_export(interview, fmt))
            cold[fmt] = (time.perf_counter() - started) * 1000
        for _ in range(args.runs):
            for fmt in FORMATS:
                started = time.perf_counter()
                render_export(interview, fmt)
                timings[fmt].append((time.perf_counter() - started) * 1000)

        build = []
        peer = []
        for _ in range(args.runs):
            started = time.perf_counter()
            document = build_document(interview)
            build.append((time.perf_counter() - started) * 1000)
            data = document.model_dump(mode="json")
            started = time.perf_counter()
            json.dumps(data, ensure_ascii=False, indent=2)
            peer.append((time.perf_counter() - started) * 1000)
        store.close()

    medians = {fmt: statistics.median(values) for fmt, values in timings.items()}
    total = sum(medians.values())
    peer_ms = statistics.median(peer)
    print(f"{'format':<10}{'median ms':>11}{'cold ms':>10}{'bytes':>10}{'x json.dumps':>14}")
    for fmt in FORMATS:
        print(
            f"{fmt:<10}{medians[fmt]:>11.1f}{cold[fmt]:>10.1f}{sizes[fmt]:>10,}"
            f"{medians[fmt] / peer_ms:>14.1f}"
        )
    print(f"build_document (shared by all): {statistics.median(build):.1f} ms")
    print(f"peer json.dumps of the document data: {peer_ms:.1f} ms")
    verdict = "OK" if total < TARGET_MS else "OVER TARGET"
    print(f"all formats together: {total:.1f} ms (target < {TARGET_MS:.0f} ms) {verdict}")
    sys.exit(0 if total < TARGET_MS else 1)


if __name__ == "__main__":
    main()
