"""Run every benchmark in bench/ and write bench/RESULTS.md (``make bench``).

Each benchmark is a script that prints its own figures and its ratios against a peer
measured in the same run; this runner only collects them with the machine and the date.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = [
    "answer_latency.py",
    "startup.py",
    "replay.py",
    "hotspots.py",
    "exports.py",
    "extract_eval.py",
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}"
    )


def main() -> None:
    scripts = [HERE / name for name in ORDER if (HERE / name).exists()]
    scripts += sorted(
        p for p in HERE.glob("*.py") if p.name not in ORDER and p.name != "run_all.py"
    )
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"- Machine: {machine()}",
        "- Regenerate with `make bench`. Each section is the script's own output: medians,",
        "  and ratios against the peer measured in the same run.",
        "",
    ]
    failed = 0
    for script in scripts:
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            cwd=HERE.parent,
            check=False,
        )
        elapsed = time.perf_counter() - started
        output = (result.stdout + (result.stderr if result.returncode else "")).rstrip()
        print(output, flush=True)
        failed += result.returncode != 0
        lines += [f"## {script.stem}", "", f"({elapsed:.1f} s, exit {result.returncode})", ""]
        lines += ["```", output, "```", ""]
    (HERE / "RESULTS.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
