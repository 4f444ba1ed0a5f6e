"""The list of sessions read straight from the database file, for the first screen.

Opening the real store (sqlite-utils, migrations, pydantic models) costs several hundred
milliseconds; the home screen only needs a few columns of the ``sessions`` table. This
reads them with the standard library, read-only, so the first screen is drawn at once
while the store opens in a worker. Any problem here is left to the store to report: an
unreadable file simply lists no sessions.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

_COLUMNS = ("id", "title", "status", "progress", "current_section", "created_at", "updated_at")


@dataclass(frozen=True)
class SessionRow:
    """The columns of a session that the home screen shows."""

    id: str
    title: str
    status: str
    progress: int
    current_section: str | None
    created_at: str
    updated_at: str


def read_sessions(path: str | Path) -> list[SessionRow]:
    """Sessions newest first, or [] if the file is missing, empty or not readable."""
    file = Path(path).expanduser()
    if not file.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return []
    try:
        rows = conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM sessions ORDER BY updated_at DESC, id"
        ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return [SessionRow(*row) for row in rows]
