"""``data360 serve``: the TUI served by textual-serve, seen by a headless browser (item 5).

Skipped only when Chromium is absent. The server runs on loopback on a free port, in its
own process group, and is stopped (with the app it spawned) at the end of the test; the
browser opens the URL the server printed, whose token is the key (issue 12.1).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, SKIP_REASON, Browser
from tests.export.builders import mini_session
from tests.serve.served import Served, free_port

ARTIFACTS = Path(
    os.environ.get("DATA360_ARTIFACTS") or Path(tempfile.gettempdir()) / "data360-artifacts"
)


def test_serve_command_runs_this_python() -> None:
    from assistant.cli.commands.serve import serve_command

    command = serve_command("/tmp/my db.sqlite", None)
    # exec: the shell becomes the app, one process per browser tab (not two)
    assert command.startswith(f"exec {sys.executable}") or command.startswith(
        f"exec '{sys.executable}"
    )
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
    with Served(db) as served:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        async with Browser(1280, 800) as browser:
            await browser.capture_websockets()
            await browser.goto(served.url)  # the URL printed at start, token included
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
