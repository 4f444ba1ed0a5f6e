"""A ``data360 serve`` process for tests: loopback, ephemeral port, URL read from stdout.

The server is started in its own process group and stopped (with every app it spawned)
on exit. Waits are on conditions (the URL line printed once the socket listens), with a
deadline, never fixed sleeps.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Served:
    """``with Served(db, *args) as served:`` → ``served.url``, ``served.token``, ``served.port``."""

    def __init__(self, db: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.args = ["serve", "--host", "127.0.0.1", "--port", str(self.port), *args]
        self.env = {**os.environ, "DATA360_DB": str(db), "PYTHONUNBUFFERED": "1", **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.token = ""
        self.stderr = b""

    def __enter__(self) -> Served:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", *self.args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.url = self._first_line(timeout=60)
        self.token = parse_qs(urlsplit(self.url).query).get("token", [""])[0]
        return self

    def _first_line(self, timeout: float) -> str:
        """The URL line the server prints on stdout once it listens."""
        assert self.process is not None and self.process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        buffer = b""
        while b"\n" not in buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("data360 serve printed no URL")
            if not selector.select(remaining):
                continue
            chunk = os.read(self.process.stdout.fileno(), 4096)
            if not chunk:
                stderr = self.process.stderr.read() if self.process.stderr else b""
                raise RuntimeError(f"data360 serve exited: {stderr.decode(errors='replace')}")
            buffer += chunk
        return buffer.split(b"\n", 1)[0].decode()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def descendants(self) -> list[int]:
        """Process ids below the server (the apps it spawned), from /proc."""
        assert self.process is not None
        found: list[int] = []
        todo = [self.process.pid]
        while todo:
            pid = todo.pop()
            for task in Path(f"/proc/{pid}/task").glob("*"):
                try:
                    children = (task / "children").read_text().split()
                except OSError:
                    continue
                for child in map(int, children):
                    found.append(child)
                    todo.append(child)
        return found

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            _, self.stderr = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            _, self.stderr = self.process.communicate(timeout=5)
