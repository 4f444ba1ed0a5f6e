"""Start-up of a scripting command: ``data360 flow show --json`` against a bare
``python -c "import typer, pydantic, yaml"`` (the libraries any such CLI needs).

Whole processes, alternated run by run so machine noise hits both alike; wall time from
the parent, CPU time (user + system) from the kernel's accounting of each child. Prints
the medians and the ratios (target: at most 2×).

    .venv/bin/python bench/cli_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0


def _run(command: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    data360 = str(Path(sys.executable).with_name("data360"))
    ours = [data360, "flow", "show", "--json"]
    bare = [sys.executable, "-c", "import typer, pydantic, yaml"]
    env_ok = "DATA360_FLOW" not in os.environ
    _run(ours), _run(bare)  # warm the file cache and the bytecode
    a: list[tuple[float, float]] = []
    b: list[tuple[float, float]] = []
    for _ in range(runs):
        a.append(_run(ours))
        b.append(_run(bare))
    wall = statistics.median(x[0] / y[0] for x, y in zip(a, b, strict=True))
    cpu = statistics.median(x[1] / y[1] for x, y in zip(a, b, strict=True))
    print(f"## cli start-up ({runs} runs, pairwise medians)")
    print(
        f"data360 flow show --json: wall {statistics.median(x[0] for x in a) * 1000:.0f} ms,"
        f" cpu {statistics.median(x[1] for x in a) * 1000:.0f} ms"
    )
    print(
        f"import typer, pydantic, yaml: wall {statistics.median(x[0] for x in b) * 1000:.0f} ms,"
        f" cpu {statistics.median(x[1] for x in b) * 1000:.0f} ms"
    )
    print(f"ratio: wall {wall:.2f}x, cpu {cpu:.2f}x (target <= {TARGET:.0f}x)")
    if not env_ok:
        print("note: DATA360_FLOW is set; the shipped flow's contract is not what was timed")


if __name__ == "__main__":
    main()
