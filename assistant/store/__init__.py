"""Durable storage of sessions as append-only events."""

from assistant.store.base import ConcurrentWriteError, SessionRecord, Store
from assistant.store.sqlite import SQLiteStore, open_store

__all__ = ["ConcurrentWriteError", "SQLiteStore", "SessionRecord", "Store", "open_store"]
