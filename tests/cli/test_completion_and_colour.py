"""Issue 11 item 3: shell completion is on, and nothing is coloured when NO_COLOR is set."""

from __future__ import annotations

import os
import pty
import shlex
import subprocess
import sys
from pathlib import Path

import pytest


def run_in_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    """``data360 ARGS`` with a pseudo-terminal on all three streams; (exit code, output)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return process.wait(timeout=60), output


def test_install_completion_writes_the_bash_script(tmp_path: Path):
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    # typer finds the shell among the process's parents: run it from bash, whatever ran
    # the suite (a detached run has no shell parent, and typer then says "Shell None")
    command = f"{shlex.quote(sys.executable)} -m assistant --install-completion; exit $?"
    result = subprocess.run(
        ["bash", "-c", command],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    script = tmp_path / ".bash_completions" / "data360.sh"
    assert "_DATA360_COMPLETE" in script.read_text()
    assert str(script) in (tmp_path / ".bashrc").read_text()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("data360 exp", {"export"}),
        ("data360 export ID --format ", {"markdown", "json", "html", "docx", "mermaid"}),
        ("data360 flow ", {"show", "validate"}),
    ],
)
def test_completion_offers_commands_and_format_choices(words, expected):
    env = {
        **os.environ,
        "_DATA360_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = subprocess.run(
        [sys.executable, "-m", "assistant"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert expected <= set(result.stdout.split())


@pytest.mark.parametrize(
    "args",
    [["--help"], ["export", "--help"], ["export"], ["sessions", "--db", "postgresql://h/db"]],
)
def test_no_colour_on_a_terminal_when_no_color_is_set(args):
    env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    _, output = run_in_terminal(args, env)
    assert output.strip()
    assert b"\x1b[" not in output
