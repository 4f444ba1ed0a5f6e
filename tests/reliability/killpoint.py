"""Run ``data360 ARGS`` and SIGKILL itself at a chosen step, to test what a crash leaves.

    python killpoint.py CLASS.METHOD WHEN N -- ARGS...

``assistant.store.sqlite.SQLiteStore.<METHOD>`` (or any ``module:Class.method``) is wrapped
so that the process kills itself with SIGKILL ``before`` or ``after`` the N-th call
(1-based). ``N`` of 0 never kills (the reference run). The CLI then runs as
``data360 ARGS`` does: the kill lands in the real command, at a real step, on every run —
a deterministic replacement for "kill after a random delay and hope".
"""

from __future__ import annotations

import functools
import importlib
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def install(target: str, when: str, nth: int) -> None:
    """Wrap ``target`` so the process dies before/after its ``nth`` call."""
    module_name, _, qualified = target.rpartition(":")
    if not module_name:
        module_name, qualified = "assistant.store.sqlite", target
    owner_name, _, method_name = qualified.rpartition(".")
    owner = getattr(importlib.import_module(module_name), owner_name)
    original = getattr(owner, method_name)
    calls = 0

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if when == "before" and calls == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        if when == "after" and calls == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(owner, method_name, wrapper)


def main() -> None:
    target, when, nth, separator, *args = sys.argv[1:]
    assert separator == "--" and when in ("before", "after"), __doc__
    install(target, when, int(nth))
    from assistant.cli.main import run

    sys.argv = ["data360", *args]
    run()


if __name__ == "__main__":
    main()
