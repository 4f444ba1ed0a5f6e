"""Durable storage of sessions as append-only events.

``open_store`` is the one place that decides what a database name means: a value with a
URL scheme is never a path (``postgresql://`` opens the shared PostgreSQL store, any
other scheme is refused); anything else is a SQLite file.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import UserError
from assistant.store.base import ConcurrentWriteError, RawEvent, SessionRecord, Store
from assistant.store.sqlite import SQLiteStore

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_url(location: str) -> bool:
    """True when ``location`` names a server, not a file."""
    return _SCHEME.match(location) is not None


def open_store(location: str | Path | None = None) -> Store:
    """The store named by ``location``: a ``postgresql://`` URL or a SQLite path (default:
    the user data directory). ``DATA360_DB`` reaches here through the CLI's ``--db``."""
    if location is None:
        import os

        from assistant.paths import default_db_path

        env = os.environ.get("DATA360_DB", "")
        location = env if is_url(env) else default_db_path()
    text = str(location)
    match = _SCHEME.match(text)
    if match is None:
        return SQLiteStore(text)
    scheme = match.group(1).lower()
    if scheme not in POSTGRES_SCHEMES:
        raise UserError(
            f"unknown database URL scheme {scheme}:// (a database is a SQLite path or a"
            " postgresql:// URL)"
        )
    from assistant.store.postgres import PostgresStore

    return PostgresStore(text)


__all__ = [
    "ConcurrentWriteError",
    "RawEvent",
    "SQLiteStore",
    "SessionRecord",
    "Store",
    "is_url",
    "open_store",
]
