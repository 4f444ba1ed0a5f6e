"""``data360 serve``: the TUI served by textual-serve, seen by a headless browser (item 5).

Skipped only when Chromium is absent. The server runs on loopback on a free port, in its
own process group, and is stopped (with the app it spawned) at the end of the test.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, SKIP_REASON, Browser
from tests.export.builders import mini_session

ARTIFACTS = Path(
    os.environ.get("DATA360_ARTIFACTS") or Path(tempfile.gettempdir()) / "data360-artifacts"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"data360 serve exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port}")


def test_serve_command_runs_this_python() -> None:
    from assistant.cli.commands.serve import serve_command

    command = serve_command("/tmp/my db.sqlite", None)
    assert command.startswith(sys.executable) or command.startswith("'" + sys.executable)
    assert "-m assistant --db '/tmp/my db.sqlite'" in command


def test_serve_refuses_a_bad_database(cli, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_text("this is not sqlite")
    result = cli("serve", "--db", str(bad), "--port", str(free_port()))
    assert result.code != 0 and "Traceback" not in result.stderr


@pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON)
async def test_a_browser_shows_the_home_screen(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    mini_session(db)  # one session, so the home screen lists something known
    port = free_port()
    env = {**os.environ, "DATA360_DB": str(db), "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        wait_for_port(port, server)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        async with Browser(1280, 800) as browser:
            await browser.capture_websockets()
            await browser.goto(f"http://127.0.0.1:{port}/")
            await browser.wait_for("document.body.classList.contains('-first-byte')", 60)
            seen = await browser.wait_for(
                "window.__received.includes('Mini <framing> | test')"
                " && window.__received.includes('sessions in') && window.__received",
                60,
            )
            await browser.wait_for("true", 1)
            shot = await browser.screenshot(ARTIFACTS / "serve-home.png")
        assert "data360" in seen
        from PIL import Image

        image = Image.open(shot).convert("RGB")
        assert len(image.getcolors(maxcolors=1 << 22) or []) > 20, "the page looks blank"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=5)
