"""Score an extractor on a JSONL of answers with the shared scorer.

    python bench/extract_eval.py [CASES.jsonl] [--model offline] [--per-case] [--keep PRED.jsonl]
                                 [--scorer score.py]

Runs the extractor on every case's ``text``, writes the predictions (``{"id", "actors",
"flows"}`` per line) to a temporary file, runs ``score.py`` next to the cases file and
prints its figures. ``bench/data/extract_team_cases.jsonl`` is a second set written by the
team (other domains and phrasings) to check that rules generalise beyond dev. Only the
offline extractor exists for now; ``--model`` is the hook for the LLM one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.extract.offline import OfflineExtractor  # noqa: E402

DEFAULT_CASES = Path("/work/shared/eval/dev.jsonl")
DEFAULT_SCORER = DEFAULT_CASES.parent / "score.py"


def extractor_for(model: str) -> OfflineExtractor:
    if model != "offline":
        raise SystemExit(f"unknown extractor {model!r}: only 'offline' is available for now")
    return OfflineExtractor()


def predict(cases: Path, model: str) -> tuple[list[dict], float]:
    extractor = extractor_for(model)
    rows = []
    started = time.perf_counter()
    for line in cases.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        found = extractor.extract(case["text"])
        rows.append(
            {
                "id": case["id"],
                "actors": [{"name": a.name, "kind": a.kind.value} for a in found.actors],
                "flows": [
                    {
                        "source": f.source,
                        "targets": f.targets,
                        "content": f.content,
                        "medium": f.medium,
                        "maturity": f.maturity.value,
                    }
                    for f in found.flows
                ],
            }
        )
    return rows, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--model", default="offline")
    parser.add_argument("--per-case", action="store_true")
    parser.add_argument("--keep", type=Path, help="also write the predictions here")
    parser.add_argument(
        "--scorer", type=Path, help="score.py to use (default: next to the cases, else shared)"
    )
    args = parser.parse_args()
    rows, seconds = predict(args.cases, args.model)
    scorer = args.scorer or args.cases.parent / "score.py"
    if not scorer.exists():
        scorer = DEFAULT_SCORER
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        pred = Path(out.name)
    if args.keep:
        args.keep.write_text(pred.read_text(encoding="utf-8"), encoding="utf-8")
    command = [sys.executable, str(scorer), str(args.cases), str(pred)]
    if args.per_case:
        command.append("--per-case")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    pred.unlink(missing_ok=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    print(f"extractor={args.model} cases={len(rows)} time={seconds * 1000:.0f} ms")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
