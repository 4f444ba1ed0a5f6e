"""Start a throw-away PostgreSQL cluster on 127.0.0.1 and an ephemeral port.

Used by the session-scoped ``pg_server`` fixture and by the benchmarks. ``initdb`` refuses
to run as root, so as root the cluster belongs to the ``postgres`` user (``runuser``) and
lives in a temporary folder that user owns. Nothing outlives ``stop()``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DEBIAN_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def find_binary(name: str) -> str | None:
    """``name`` on PATH, else in Debian's versioned directories."""
    found = shutil.which(name)
    if found:
        return found
    for directory in DEBIAN_BIN_DIRS:
        candidate = directory / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def binaries() -> dict[str, str] | None:
    """Paths of initdb, pg_ctl and postgres, or None when one is missing."""
    found = {name: find_binary(name) for name in ("initdb", "pg_ctl", "postgres")}
    if any(path is None for path in found.values()):
        return None
    return {name: str(path) for name, path in found.items()}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """One running cluster; ``url(dbname)`` names a database on it."""

    directory: Path
    port: int
    user: str
    pg_ctl: str
    as_postgres: bool

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        """Stop the server (fast mode) and remove its folder; safe to call twice."""
        if self.directory.exists():
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                _run(
                    [self.pg_ctl, "-D", str(self.directory / "data"), "-m", "fast", "-w", "stop"],
                    self.as_postgres,
                    timeout=60,
                )
            shutil.rmtree(self.directory, ignore_errors=True)


def _run(
    command: list[str], as_postgres: bool, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    if as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=True, cwd="/"
    )


def start(durable: bool = False) -> PostgresServer:
    """Initialise and start a cluster. ``durable=False`` turns fsync off (tests only)."""
    paths = binaries()
    if paths is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl, postgres) not found")
    as_postgres = os.geteuid() == 0
    directory = Path(tempfile.mkdtemp(prefix="data360-pg-"))
    if as_postgres:
        shutil.chown(directory, "postgres", "postgres")
    user = "postgres" if as_postgres else os.environ.get("USER", "postgres")
    data = directory / "data"
    try:
        _run(
            [
                paths["initdb"],
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                user,
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            as_postgres,
        )
        options = [
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={directory}",
            "-c max_connections=100",
        ]
        if not durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        last_error = ""
        for _attempt in range(5):  # the port may be taken between free_port() and the bind
            port = free_port()
            try:
                _run(
                    [
                        paths["pg_ctl"],
                        "-D",
                        str(data),
                        "-l",
                        str(directory / "log"),
                        "-w",
                        "-t",
                        "60",
                        "-o",
                        " ".join([f"-p {port}", *options]),
                        "start",
                    ],
                    as_postgres,
                )
            except subprocess.CalledProcessError as error:
                last_error = (error.stderr or "") + _tail(directory / "log")
                time.sleep(0.1)
                continue
            return PostgresServer(directory, port, user, paths["pg_ctl"], as_postgres)
        raise RuntimeError(f"PostgreSQL did not start: {last_error}")
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise


def _tail(path: Path) -> str:
    with contextlib.suppress(OSError):
        return path.read_text(errors="replace")[-2000:]
    return ""
