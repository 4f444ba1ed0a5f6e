"""Which window holds a session: an advisory lock file per (database, session).

Two windows on one session would each write answers the other has not seen; the store
refuses the second write (``ConcurrentWriteError``), but telling the user *before* they
type is kinder. The lock is ``flock``-based, so it disappears with the process that held
it (a crash never leaves a stale lock). Where ``fcntl`` is missing, every acquire
succeeds and the store's check remains the only guard.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import warnings
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def default_lock_dir() -> Path:
    """A per-user runtime directory (falls back to the temp directory)."""
    try:
        from platformdirs import user_runtime_path

        with warnings.catch_warnings():  # no XDG_RUNTIME_DIR: platformdirs falls back, fine
            warnings.simplefilter("ignore")
            path = user_runtime_path("data360", appauthor=False, ensure_exists=True)
        if os.access(path, os.W_OK):
            return path
    except Exception:
        pass
    path = Path(tempfile.gettempdir()) / f"data360-{os.getuid() if hasattr(os, 'getuid') else 0}"
    path.mkdir(parents=True, exist_ok=True)
    return path


class SessionLock:
    """The lock of one session of one database file."""

    def __init__(self, lock_dir: Path, db_path: str, session_id: str) -> None:
        key = hashlib.sha1(str(Path(db_path).expanduser().resolve()).encode()).hexdigest()[:16]
        self.path = Path(lock_dir) / f"{key}-{session_id}.lock"
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if no other window has it; True when this window holds it."""
        if self._fd is not None:
            return True
        if fcntl is None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return True  # no lock directory: rely on the store's sequence check
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        """Who holds the lock (a process id), for the message to the user."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "?"
        except OSError:
            return "?"

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None
