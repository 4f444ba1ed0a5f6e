"""Score an extractor on a JSONL of answers with the shared scorer.

    python bench/extract_eval.py                 # the report: every set, per style, speed
    python bench/extract_eval.py [CASES.jsonl] [--model offline|PROVIDER:NAME] [--base-url URL]
                                 [--timeout S] [--no-fallback] [--db FILE] [--per-case]
                                 [--keep PRED.jsonl] [--scorer score.py] [--by-style] [--speed]

With no argument (as ``make bench`` runs it) it prints the offline extractor's report:
flow precision, recall and F1 per style (STYLES.md) on ``dev.jsonl``, ``dev2.jsonl``, the
team's tuning cases, earlier held-out batches that later waves tuned on, and the unseen
batches (``bench/cases/w*-heldout.jsonl``: 36 cases each, 6 per style, each written by an
annotator who never read the rules; RESULTS.md says which ones a wave tuned on), and the
median time of a 250-word answer and of 40/80 KB without punctuation.

Runs the extractor on every case's ``text``, writes the predictions (``{"id", "actors",
"flows"}`` per line) to a temporary file, runs ``score.py`` next to the cases file and
prints its figures. ``bench/data/extract_team_cases.jsonl`` is a second set written by the
team (other domains and phrasings) to check that rules generalise beyond dev.

With ``--model provider:name`` (and ``--base-url`` for an OpenAI-compatible server such as
Ollama, llama.cpp or vLLM) the LLM extractor is measured the way the product runs it
(grounding, and the offline extractor as fallback), and its figures are printed next to
the offline extractor's with the number of fallbacks, repairs and the latency, so a user
sees what their model adds. ``--no-fallback`` scores the model alone (a failed case counts
as an empty prediction). Calls are logged to ``--db`` (default: in memory).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.errors import UserError  # noqa: E402
from assistant.extract.offline import OfflineExtractor  # noqa: E402
from assistant.models.infoflow import Extraction  # noqa: E402

DEFAULT_CASES = Path("/work/shared/eval/dev.jsonl")
# dev2.jsonl has no style field; STYLES.md gives its styles by id range (4 cases each)
DEV2_STYLES = ("transcript", "bullets", "rambling", "domain", "hard")
DEFAULT_SCORER = DEFAULT_CASES.parent / "score.py"


class _Nothing:
    """The fallback of ``--no-fallback``: a failed LLM case predicts nothing."""

    name = "none"

    def extract(self, text: str, known_actors: object = None) -> Extraction:
        return Extraction(extractor="none")


def extractor_for(model: str, options: argparse.Namespace | None = None) -> Any:
    if model == "offline":
        return OfflineExtractor()
    from assistant.errors import UserError
    from assistant.llm.config import load_settings
    from assistant.llm.extractor import LLMExtractor
    from assistant.llm.log import CallLog
    from assistant.store import open_store

    base_url = getattr(options, "base_url", None)
    timeout = getattr(options, "timeout", None)
    try:
        settings = load_settings(model=model, base_url=base_url, timeout=timeout)
        log = CallLog(open_store(getattr(options, "db", None) or ":memory:"))
    except UserError as error:
        raise SystemExit(f"extract_eval: {error}") from None
    fallback = _Nothing() if getattr(options, "no_fallback", False) else OfflineExtractor()
    return LLMExtractor(settings, log=log, fallback=fallback)


def predict(
    cases: Path, model: str, options: argparse.Namespace | None = None
) -> tuple[list[dict], float, dict[str, Any]]:
    extractor = extractor_for(model, options)
    rows = []
    stats: dict[str, Any] = {"fallbacks": 0, "repairs": 0, "latencies": []}
    started = time.perf_counter()
    for line in cases.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        try:
            found = extractor.extract(case["text"])
        except UserError as error:  # a missing provider package, a bad setting
            raise SystemExit(f"extract_eval: {error}") from None
        run = getattr(extractor, "last_run", None)
        if run is not None:
            stats["fallbacks"] += run.fallback is not None
            stats["repairs"] += run.repaired
            stats["latencies"].append(run.latency_ms)
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
    return rows, time.perf_counter() - started, stats


def score(cases: Path, scorer: Path, rows: list[dict], per_case: bool) -> tuple[str, str, int]:
    """The scorer's stdout, stderr and exit code for ``rows``."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        pred = Path(out.name)
    command = [sys.executable, str(scorer), str(cases), str(pred)]
    if per_case:
        command.append("--per-case")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    pred.unlink(missing_ok=True)
    return result.stdout, result.stderr, result.returncode


def style_of(case: dict[str, Any]) -> str:
    """A case's style: its ``style`` field, or the dev2 id range of STYLES.md, else "all"."""
    if isinstance(case.get("style"), str):
        return case["style"]
    match = re.fullmatch(r"d2-(\d+)", str(case.get("id", "")))
    if match and 1 <= int(match.group(1)) <= 20:
        return DEV2_STYLES[(int(match.group(1)) - 1) // 4]
    return "all"


def by_style(cases: Path, scorer: Path, rows: list[dict]) -> str:
    """Flow precision, recall and F1 per style, each style scored on its own cases."""
    gold = [json.loads(line) for line in cases.read_text(encoding="utf-8").splitlines() if line]
    groups: dict[str, list[dict]] = {}
    for case in gold:
        groups.setdefault(style_of(case), []).append(case)
    predicted = {row["id"]: row for row in rows}
    lines = [f"{'style':<12}{'cases':>6}{'flow P':>8}{'flow R':>8}{'flow F1':>8}"]
    for style, members in groups.items():
        with tempfile.NamedTemporaryFile(
            "w", suffix=".jsonl", delete=False, encoding="utf-8"
        ) as part:
            part.write("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in members))
            subset = Path(part.name)
        stdout, _, _ = score(subset, scorer, [predicted[c["id"]] for c in members], False)
        subset.unlink(missing_ok=True)
        flow = json.loads(stdout[: stdout.rindex("}") + 1])["flow"]
        lines.append(
            f"{style:<12}{len(members):>6}{flow['precision']:>8.2f}{flow['recall']:>8.2f}"
            f"{flow['f1']:>8.2f}"
        )
    return "\n".join(lines)


def speed(words: int = 250, runs: int = 30) -> str:
    """Median time of one answer of about ``words`` words, and 40/80 KB without punctuation."""
    sample = (
        "Every Monday the planner emails the weekly plan to the shift leads, and the shift "
        "leads key the downtime into the MES, which feeds the planning tool overnight. "
    )
    text = " ".join((sample * (words // len(sample.split()) + 1)).split()[:words])
    extractor = OfflineExtractor()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        extractor.extract(text)
        times.append(time.perf_counter() - started)
    times.sort()
    parts = [f"{words}-word answer: median {times[len(times) // 2] * 1000:.1f} ms ({runs} runs)"]
    flat = re.sub(r"[^\w\s]", "", sample)
    for size in (40_000, 80_000):
        blob = (flat * (size // len(flat) + 1))[:size]
        started = time.perf_counter()
        extractor.extract(blob)
        seconds = time.perf_counter() - started
        parts.append(f"{size // 1000} KB without punctuation: {seconds:.2f} s")
    return "\n".join(parts)


def summary_figures(stdout: str) -> dict[str, str]:
    """``{"flow_f1": "0.91", …}`` from the scorer's last line."""
    lines = [line for line in stdout.splitlines() if "flow_f1=" in line]
    if not lines:
        return {}
    return dict(part.split("=", 1) for part in lines[-1].split() if "=" in part)


def compare(model: str, mine: dict[str, str], offline: dict[str, str], stats: dict) -> str:
    """A small table: the model's figures next to the offline extractor's."""
    keys = ["flow_f1", "actor_f1", "maturity_acc"]
    width = max(len(model), 7)
    lines = [f"{'':<14}{'offline':>9}  {model:>{width}}"]
    for key in keys:
        lines.append(f"{key:<14}{offline.get(key, '-'):>9}  {mine.get(key, '-'):>{width}}")
    latencies = sorted(stats["latencies"]) or [0]
    median = latencies[len(latencies) // 2]
    lines.append(
        f"llm: fallbacks={stats['fallbacks']} repairs={stats['repairs']}"
        f" median_latency={median} ms max_latency={latencies[-1]} ms"
    )
    return "\n".join(lines)


REPORT_SETS = [
    ("dev.jsonl (rules developed on it)", DEFAULT_CASES),
    ("dev2.jsonl (public, messy styles)", DEFAULT_CASES.parent / "dev2.jsonl"),
    ("own tuning cases (looked at while tuning)", ROOT / "bench/cases/own-tuning.jsonl"),
    (
        "own cases, wave 1 (held out then; tuning since wave 4)",
        ROOT / "bench/cases/own-heldout.jsonl",
    ),
    (
        "own cases, wave 2 (held out then; tuning since wave 4)",
        ROOT / "bench/cases/w2-heldout.jsonl",
    ),
    ("own tuning cases, wave 2 (looked at while tuning)", ROOT / "bench/cases/w2-tuning.jsonl"),
    (
        "own tuning cases, wave 4 (rambling and transcripts, written before wave-4 rules)",
        ROOT / "bench/cases/w4-tuning.jsonl",
    ),
    (
        "wave-4 held-out cases (written by another helper; a tuning set since wave 5)",
        ROOT / "bench/cases/w4-heldout.jsonl",
    ),
    (
        "wave-5 held-out cases (written by another annotator; a tuning set since wave 6)",
        ROOT / "bench/cases/w5-heldout.jsonl",
    ),
    (
        "wave-6 held-out cases (another annotator; unseen until mid-wave 6, then validation)",
        ROOT / "bench/cases/w6-heldout.jsonl",
    ),
    (
        "wave-7 held-out cases (another annotator; sealed until wave 6, a tuning set in wave 7)",
        ROOT / "bench/cases/w7-heldout.jsonl",
    ),
    (
        "wave-8 held-out cases (another annotator; sealed until wave 7 was merged)",
        ROOT / "bench/cases/w8-heldout.jsonl",
    ),
    (
        "wave-9 held-out cases (another annotator; sealed until wave 8, a tuning set in wave 9)",
        ROOT / "bench/cases/w9-heldout.jsonl",
    ),
    (
        "wave-10 held-out cases (another annotator; sealed until wave 8, tuning in wave 9)",
        ROOT / "bench/cases/w10-heldout.jsonl",
    ),
    (
        "wave-11 held-out cases (another annotator; sealed until wave 9 was merged)",
        ROOT / "bench/cases/w11-heldout.jsonl",
    ),
    (
        "wave-12 held-out cases (another annotator; sealed until wave 10 was merged)",
        ROOT / "bench/cases/w12-heldout.jsonl",
    ),
    (
        "wave-13 held-out cases (another annotator; sealed until wave 11, tuning in wave 12)",
        ROOT / "bench/cases/w13-heldout.jsonl",
    ),
    (
        "wave-14 held-out cases (another annotator; sealed until wave 12, tuning in wave 13)",
        ROOT / "bench/cases/w14-heldout.jsonl",
    ),
    (
        "wave-15 held-out cases (another annotator; sealed until wave 13, tuning in wave 14)",
        ROOT / "bench/cases/w15-heldout.jsonl",
    ),
    (
        "wave-16 held-out cases (another annotator; sealed until mid-wave 14, then tuning)",
        ROOT / "bench/cases/w16-heldout.jsonl",
    ),
    (
        "wave-17 held-out cases (another annotator; sealed until the second part of wave 14)",
        ROOT / "bench/cases/w17-heldout.jsonl",
    ),
    (
        "wave-18 held-out cases (another annotator; sealed until wave 14 was done)",
        ROOT / "bench/cases/w18-heldout.jsonl",
    ),
    (
        "wave-19 held-out cases (another annotator; sealed until the third part of wave 15)",
        ROOT / "bench/cases/w19-heldout.jsonl",
    ),
    (
        "wave-20 held-out cases (another annotator; sealed until wave 15 was done)",
        ROOT / "bench/cases/w20-heldout.jsonl",
    ),
    (
        "wave-21 held-out cases (another annotator; sealed until the first part of wave 16)",
        ROOT / "bench/cases/w21-heldout.jsonl",
    ),
    (
        "wave-22 held-out cases (another annotator; sealed until wave 16 was done)",
        ROOT / "bench/cases/w22-heldout.jsonl",
    ),
    (
        "wave-23 held-out cases (another annotator; sealed until the first part of wave 17)",
        ROOT / "bench/cases/w23-heldout.jsonl",
    ),
    (
        "wave-24 held-out cases (another annotator; sealed until wave 17 was done)",
        ROOT / "bench/cases/w24-heldout.jsonl",
    ),
    (
        "wave-25 held-out cases (another annotator; sealed through waves 17 and 18's first parts)",
        ROOT / "bench/cases/w25-heldout.jsonl",
    ),
    (
        "wave-26 held-out cases (another annotator; sealed until the fifth part of wave 18)",
        ROOT / "bench/cases/w26-heldout.jsonl",
    ),
    (
        "wave-27 held-out cases (another annotator; sealed until the fifth part of wave 18)",
        ROOT / "bench/cases/w27-heldout.jsonl",
    ),
    (
        "wave-28 held-out cases (another annotator; sealed through waves 18 and 19's first parts)",
        ROOT / "bench/cases/w28-heldout.jsonl",
    ),
    (
        "wave-29 held-out cases (another annotator; sealed through waves 18 and 19's first parts)",
        ROOT / "bench/cases/w29-heldout.jsonl",
    ),
    (
        "wave-30 held-out cases (another annotator; sealed until wave 20, part 1)",
        ROOT / "bench/cases/w30-heldout.jsonl",
    ),
    (
        "wave-31 held-out cases (another annotator; sealed until wave 20, part 4)",
        ROOT / "bench/cases/w31-heldout.jsonl",
    ),
    (
        "wave-37 held-out rambling cases (another annotator; sealed until wave 20, part 14)",
        ROOT / "bench/cases/w37-heldout.jsonl",
    ),
    (
        "wave-36 held-out rambling cases (another annotator; sealed until wave 21, part 1)",
        ROOT / "bench/cases/w36-heldout.jsonl",
    ),
    (
        "wave-40 held-out rambling cases (another annotator; sealed until wave 21, part 3)",
        ROOT / "bench/cases/w40-heldout.jsonl",
    ),
    (
        "wave-39 held-out rambling cases (another annotator; sealed until wave 21, part 2)",
        ROOT / "bench/cases/w39-heldout.jsonl",
    ),
    (
        "wave-41 held-out rambling cases (another annotator; sealed until wave 22, part 2)",
        ROOT / "bench/cases/w41-heldout.jsonl",
    ),
    (
        "wave-45 held-out rambling cases (another annotator; sealed until wave 24, part 1)",
        ROOT / "bench/cases/w45-heldout.jsonl",
    ),
    (
        "wave-46 held-out rambling cases (another annotator; sealed until wave 24, part 3)",
        ROOT / "bench/cases/w46-heldout.jsonl",
    ),
    (
        "wave-47 held-out cases, six per style (another annotator; sealed until wave 25)",
        ROOT / "bench/cases/w47-heldout.jsonl",
    ),
    (
        "wave-49 held-out rambling cases (another annotator; sealed until wave 26)",
        ROOT / "bench/cases/w49-heldout.jsonl",
    ),
    (
        "wave-50 held-out cases, six per style (another annotator; sealed until wave 27)",
        ROOT / "bench/cases/w50-heldout.jsonl",
    ),
    ("team cases (earlier set)", ROOT / "bench/data/extract_team_cases.jsonl"),
]


def report() -> int:
    """Every set, per style, then speed: what ``make bench`` records in RESULTS.md."""
    for title, cases in REPORT_SETS:
        if not cases.exists():
            print(f"{title}: {cases} not found, skipped\n")
            continue
        rows, _, _ = predict(cases, "offline")
        scorer = cases.parent / "score.py"
        scorer = scorer if scorer.exists() else DEFAULT_SCORER
        stdout, _, _ = score(cases, scorer, rows, False)
        figures = summary_figures(stdout)
        print(f"{title}: {len(rows)} cases, " + " ".join(f"{k}={v}" for k, v in figures.items()))
        print(by_style(cases, scorer, rows))
        print()
    print(speed())
    return 0


def main() -> int:
    if len(sys.argv) == 1:
        return report()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--model", default="offline", help="offline, or an LLM as provider:name")
    parser.add_argument("--base-url", help="OpenAI-compatible endpoint for an openai: model")
    parser.add_argument("--timeout", type=float, help="seconds per LLM call")
    parser.add_argument(
        "--no-fallback", action="store_true", help="score the model alone (no offline rescue)"
    )
    parser.add_argument("--db", help="SQLite file for the LLM call log (default: in memory)")
    parser.add_argument("--per-case", action="store_true")
    parser.add_argument("--by-style", action="store_true", help="flow P/R/F1 per style")
    parser.add_argument("--speed", action="store_true", help="time a 250-word and 80 KB answer")
    parser.add_argument("--keep", type=Path, help="also write the predictions here")
    parser.add_argument(
        "--scorer", type=Path, help="score.py to use (default: next to the cases, else shared)"
    )
    args = parser.parse_args()
    rows, seconds, stats = predict(args.cases, args.model, args)
    scorer = args.scorer or args.cases.parent / "score.py"
    if not scorer.exists():
        scorer = DEFAULT_SCORER
    if args.keep:
        args.keep.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
        )
    stdout, stderr, code = score(args.cases, scorer, rows, args.per_case)
    sys.stdout.write(stdout)
    sys.stderr.write(stderr)
    print(f"extractor={args.model} cases={len(rows)} time={seconds * 1000:.0f} ms")
    if args.by_style:
        print(by_style(args.cases, scorer, rows))
    if args.speed:
        print(speed())
    if args.model != "offline" and code == 0:
        offline_rows, _, _ = predict(args.cases, "offline")
        offline_out, _, _ = score(args.cases, scorer, offline_rows, False)
        print(compare(args.model, summary_figures(stdout), summary_figures(offline_out), stats))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
