"""Shared fixtures: an isolated database and environment, the CLI invoked in-process."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["tests.pg.fixture"]  # pg_server / pg_url: a real PostgreSQL (issue 18)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test touches the user's data dir, config or real API keys."""
    monkeypatch.setenv("DATA360_DB", str(tmp_path / "data360.db"))
    monkeypatch.delenv("DATA360_FLOW", raising=False)
    monkeypatch.delenv("DATA360_MODEL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # unsent drafts
    monkeypatch.setenv("DATA360_EXPORT_DIR", str(tmp_path / "exports"))


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run ``data360 ARGS`` in-process; returns exit code, stdout and stderr."""
    from assistant.cli.main import run

    def invoke(*args: str, stdin: str | None = None) -> Result:
        out, err = io.StringIO(), io.StringIO()
        old_argv, old_stdin = sys.argv, sys.stdin
        sys.argv = ["data360", *args]
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        code = 0
        try:
            with redirect_stdout(out), redirect_stderr(err):
                run()
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            sys.argv, sys.stdin = old_argv, old_stdin
        return Result(code, out.getvalue(), err.getvalue())

    return invoke


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data360.db"
