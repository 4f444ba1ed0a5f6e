"""Issue 11 item 7: without a terminal the screens refuse in one line and exit 2, at once."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import mini_session


def data360(args: list[str], env: dict[str, str], *, stdin, stdout) -> tuple[int, str]:
    process = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,  # a hang fails the test instead of blocking the suite
        check=False,
    )
    return process.returncode, process.stderr.decode()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "DATA360_DB": str(tmp_path / "data360.db"), "TERM": "xterm"}


@pytest.mark.parametrize("ends", ["neither", "stdin only", "stdout only"])
def test_the_tui_without_a_terminal_prints_one_line_and_exits_2(env, ends):
    leader, follower = pty.openpty()
    try:
        stdin = follower if ends == "stdin only" else subprocess.DEVNULL
        stdout = follower if ends == "stdout only" else subprocess.PIPE
        code, stderr = data360([], env, stdin=stdin, stdout=stdout)
    finally:
        os.close(leader)
        os.close(follower)
    assert code == 2
    assert stderr.strip().splitlines() == [
        "data360: error: the terminal interface needs a terminal (stdin and stdout); run a"
        " command instead (data360 --help lists them)"
    ]


def test_the_replay_screen_without_a_terminal_points_to_plain(cli, env, tmp_path):
    sid = mini_session(cli, tmp_path / "data360.db", tmp_path)
    code, stderr = data360(["replay", sid], env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    assert code == 2
    assert len(stderr.strip().splitlines()) == 1 and "use --plain" in stderr


def test_a_textual_driver_needs_no_terminal(monkeypatch):
    """``serve`` runs each tab as ``python -m assistant`` over pipes with the web driver."""
    from assistant.cli.terminal import needs_terminal
    from assistant.errors import UserError

    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 (closed by pytest)
    with pytest.raises(UserError):
        needs_terminal()
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    needs_terminal()  # no error: the web driver talks over the pipes
