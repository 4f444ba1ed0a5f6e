"""Durable storage of sessions as append-only events.

``open_store`` is the one place that decides what a database name means: a value with a
URL scheme is never a path (``sqlite:///FILE`` is a SQLite file, ``postgresql://`` opens
the shared PostgreSQL store, any other scheme is refused); anything else is a SQLite file.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import UserError
from assistant.store.base import ConcurrentWriteError, RawEvent, SessionRecord, Store
from assistant.store.sqlite import SQLiteStore

__all__ = [
    "ConcurrentWriteError",
    "RawEvent",
    "SQLiteStore",
    "SessionRecord",
    "Store",
    "default_location",
    "is_url",
    "open_store",
]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_url(location: str) -> bool:
    """True when ``location`` names a server or a URL, not a file path."""
    return _SCHEME.match(location) is not None


def default_location() -> str:
    """``DATA360_DB`` when set, else ``data360.db`` in the user data directory."""
    from assistant.config import env
    from assistant.paths import user_data_dir

    return env("DATA360_DB") or str(user_data_dir() / "data360.db")


def open_store(location: str | Path | None = None) -> Store:
    """The store named by ``location`` (default: :func:`default_location`).

    A value with a scheme (``xxx://``) is a URL and never a path: ``sqlite:///FILE`` is
    the SQLite file FILE, ``postgresql://`` the PostgreSQL store, any other scheme is
    refused. Anything else is a SQLite file path (``~`` expanded) or ``:memory:``.
    """
    text = str(location) if location is not None else default_location()
    match = _SCHEME.match(text)
    if match is None:
        return SQLiteStore(text if text == ":memory:" else Path(text).expanduser())
    scheme = match.group(1).lower()
    if scheme == "sqlite":
        path = text[match.end() :].removeprefix("/")
        if not path:
            raise UserError(f"{text}: no file after sqlite:/// (e.g. sqlite:///framing.db)")
        return SQLiteStore(path if path == ":memory:" else Path(path).expanduser())
    if scheme in POSTGRES_SCHEMES:
        from assistant.store.postgres import PostgresStore

        return PostgresStore(text)
    raise UserError(
        f"unsupported database URL scheme {scheme!r}: give a SQLite file path,"
        " sqlite:///FILE or postgresql://…"
    )
