"""A minimal headless-Chromium driver over the DevTools protocol (for browser tests).

Only what the tests need: open a URL, wait for a condition in the page, evaluate
JavaScript, take a screenshot of a region. Uses aiohttp's websocket client (a dependency of
textual-serve, in the ``test`` extra); tests skip when Chromium itself is absent.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

FOUND = next(
    (
        p
        for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
        if p and Path(p).exists()
    ),
    None,
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SKIP_REASON = "Chromium is not installed (apt-get install chromium, as .ci/run does)"
MISSING_IN_CI = "CI=true but Chromium is not installed: .ci/run should have installed it"
# The browser tests skip on ``CHROMIUM is None``. Under CI=true a missing browser must fail
# them instead (a skip would hide that they never ran): "" is not None, and Browser refuses it.
CHROMIUM: str | None = FOUND if FOUND or not IN_CI else ""


class Browser:
    """One headless Chromium with one page; use as ``async with Browser(w, h) as page``."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        self.width, self.height = width, height
        self._ids = itertools.count(1)
        self._process: subprocess.Popen[str] | None = None
        self._profile = tempfile.TemporaryDirectory(prefix="data360-chromium-")

    async def __aenter__(self) -> Browser:
        import aiohttp

        if not CHROMIUM:
            raise RuntimeError(MISSING_IN_CI if IN_CI else SKIP_REASON)
        self._process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-extensions",
                # no network but loopback here: no background calls to Google's services
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--remote-debugging-port=0",
                f"--user-data-dir={self._profile.name}",
                f"--window-size={self.width},{self.height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its helper processes share the group: stopped together
        )
        port = await asyncio.to_thread(self._devtools_port)
        self._http = aiohttp.ClientSession()
        async with self._http.get(f"http://127.0.0.1:{port}/json/list") as response:
            pages = [t for t in await response.json() if t["type"] == "page"]
        self._ws = await self._http.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0)
        await self.send("Page.enable")
        await self.send("Runtime.enable")
        return self

    def _devtools_port(self) -> int:
        assert self._process is not None and self._process.stderr is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self._process.stderr.readline()
            match = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if match:
                return int(match.group(1))
            if not line and self._process.poll() is not None:
                break
        raise RuntimeError("Chromium did not start its DevTools endpoint")

    async def __aexit__(self, *exc: object) -> None:
        await self._ws.close()
        await self._http.close()
        if self._process is not None:
            # Chromium's helpers (renderers, crashpad) may still write into the profile after
            # the main process exits: stop the whole group before removing the profile.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait(timeout=10)
        self._profile.cleanup()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        message_id = next(self._ids)
        await self._ws.send_str(json.dumps({"id": message_id, "method": method, "params": params}))
        async for message in self._ws:
            data = json.loads(message.data)
            if data.get("id") == message_id:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data.get("result", {})
        raise RuntimeError("DevTools connection closed")

    async def capture_websockets(self) -> None:
        """Record what every WebSocket of the next pages receives, as text, in ``__received``.

        A terminal in a page (xterm.js) draws on a canvas; the bytes it is sent are the way
        to read what it shows.
        """
        await self.send(
            "Page.addScriptToEvaluateOnNewDocument",
            source="""
            window.__received = "";
            const Native = window.WebSocket;
            window.WebSocket = function (...args) {
              const socket = new Native(...args);
              const decoder = new TextDecoder();
              socket.addEventListener("message", (event) => {
                window.__received += typeof event.data === "string"
                  ? event.data : decoder.decode(event.data, {stream: true});
              });
              return socket;
            };
            window.WebSocket.prototype = Native.prototype;
            Object.assign(window.WebSocket, Native);
            """,
        )

    async def goto(self, url: str) -> None:
        await self.send("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete'")

    async def evaluate(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"still false after {timeout}s: {expression}")
            await asyncio.sleep(0.2)

    async def screenshot(self, path: Path, selector: str | None = None) -> Path:
        """PNG of the viewport, or of the element matched by ``selector`` (scrolled into view)."""
        params: dict[str, Any] = {"format": "png"}
        if selector:
            rect = await self.evaluate(
                f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                " e.scrollIntoView(); const r = e.getBoundingClientRect();"
                " return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height};"
                " })()"
            )
            params["clip"] = {**rect, "scale": 1}
            params["captureBeyondViewport"] = True
        result = await self.send("Page.captureScreenshot", **params)
        path.write_bytes(base64.b64decode(result["data"]))
        return path
