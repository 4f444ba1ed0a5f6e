"""Issue 11 item 3: exports go to stdout like any Unix filter; binary ones never to a terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import mini_session

TEXT_FORMATS = ["markdown", "json", "html", "mermaid", "graphml", "model"]


@pytest.fixture
def session(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    sid = mini_session(cli, tmp_path / "data360.db", tmp_path)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    return sid


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("dash", [False, True])
def test_a_text_export_goes_to_stdout_without_o_or_with_dash(cli, session, tmp_path, fmt, dash):
    result = cli("export", session, "--format", fmt, *(["-o", "-"] if dash else []))
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    assert list((tmp_path / "cwd").iterdir()) == []  # no <id>.md, no file named '-'
    written = tmp_path / f"framing-{fmt}"
    assert cli("export", session, "--format", fmt, "-o", str(written)).code == 0
    assert result.stdout == written.read_text(encoding="utf-8")
    if fmt in ("json", "model"):
        json.loads(result.stdout)


def test_the_format_choices_are_listed_in_help_and_checked(cli, session):
    shown = cli("export", "--help").stdout
    assert "markdown|json|html|docx|pdf|graphml|mermaid|model" in shown
    assert "-o, --output PATH" in shown
    wrong = cli("export", session, "--format", "pdf2")
    assert wrong.code == 2
    assert len(wrong.stderr.strip().splitlines()) == 1 and "'pdf2' is not one of" in wrong.stderr


def _export(args: list[str], env: dict[str, str], stdout) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "export", *args],
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
        check=False,
    )


def test_docx_goes_to_a_pipe_but_never_to_a_terminal(session, tmp_path):
    env = {**os.environ}
    piped = _export([session, "-f", "docx"], env, subprocess.PIPE)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout[:2] == b"PK"  # a zip container, byte for byte
    leader, follower = pty.openpty()
    try:
        refused = _export([session, "-f", "docx", "-o", "-"], env, follower)
    finally:
        os.close(leader)
        os.close(follower)
    assert refused.returncode == 1
    assert refused.stderr.decode().strip().splitlines() == [
        "data360: error: docx is a binary format and stdout is a terminal: give -o FILE, or"
        " redirect (data360 export ID -f docx > framing.docx)"
    ]
