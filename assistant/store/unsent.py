"""Text typed but not sent: kept per (database, session, question) until it is sent.

An unsent draft is not part of the session's history (it is not an answer, and replay,
exports and other participants must never see it), so it is not an event. It is one
small JSON file per session in the user's state directory, written whole (temporary
file renamed into place) each time the user leaves a question, the session or the app,
and removed when the question is answered or the session deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def default_drafts_dir() -> Path:
    """The per-user state directory for drafts (``…/data360/drafts``)."""
    from platformdirs import user_state_path

    return user_state_path("data360", appauthor=False) / "drafts"


def _database_key(database: str) -> str:
    """A stable key for a database: its resolved path, or its URL as given."""
    if "://" not in database and database not in ("", ":memory:"):
        database = str(Path(database).expanduser().resolve())
    return hashlib.sha1(database.encode()).hexdigest()[:16]


class UnsentDrafts:
    """The unsent drafts of one database, by session and question."""

    def __init__(self, folder: Path, database: str) -> None:
        self.folder = Path(folder)
        self.key = _database_key(database)

    def _file(self, session_id: str) -> Path:
        return self.folder / f"{self.key}-{session_id}.json"

    def load(self, session_id: str) -> dict[str, Any]:
        """The drafts of a session ({} when none, or when the file is unreadable)."""
        try:
            data = json.loads(self._file(session_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, session_id: str, drafts: dict[str, Any]) -> None:
        """Replace the session's drafts (an empty dict removes the file)."""
        if not drafts:
            self.forget(session_id)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(session_id)
        handle, name = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(drafts, out, ensure_ascii=False)
            os.replace(name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise

    def forget(self, session_id: str) -> None:
        """Remove every draft of a session (it was deleted, or everything was sent)."""
        with contextlib.suppress(OSError):
            self._file(session_id).unlink()
