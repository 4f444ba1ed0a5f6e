"""The SQLite store: one database file, WAL, one committed transaction per batch of events.

The tables are plain and readable from any SQLite tool or Datasette: ``sessions`` (one
row per session with summary columns), ``events`` (the append-only history, JSON data),
``question_flows`` (each question-flow definition a session was run with, by digest) and
the ``answers`` view (latest answer per question).

The session writes and reads are those of ``assistant.store.sql``, shared with
PostgreSQL; this module gives the SQLite dialect, opening (WAL, migrations), purge and
the ``data_version`` watcher.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.store.migrations import SCHEMA_VERSION, apply_migrations
from assistant.store.sql import SQLStore

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5_000
_PURGES = "_pending_purges"  # sessions deleted whose scrub of the file is not finished


def _friendly(error: sqlite3.Error, path: str) -> UserError:
    text = str(error)
    if "locked" in text or "busy" in text:
        return UserError(
            f"the database {path} is locked by another process (waited"
            f" {BUSY_TIMEOUT_MS // 1000} s); close the other data360 window and try again"
        )
    if "not a database" in text or "malformed" in text:
        return UserError(f"{path} is not a data360 database or is damaged ({text})")
    if "readonly" in text or "read-only" in text:
        return UserError(f"the database {path} is read-only ({text})")
    if "full" in text:
        return UserError(f"no space left to write to {path}; nothing stored was lost")
    if "unable to open" in text:
        return UserError(f"cannot open the database {path} ({text})")
    return UserError(f"database error on {path}: {text}")


class SQLiteStore(SQLStore[sqlite3.Connection]):
    """Sessions and events in one SQLite file (or ``:memory:`` for tests)."""

    PARAM = "?"
    PAYLOAD = "data"
    ADD_FLOW = (
        "INSERT OR IGNORE INTO question_flows (digest, id, version, definition) VALUES (?, ?, ?, ?)"
    )

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UserError(f"cannot create {parent}: {error.strerror}") from None
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                conn.close()
                raise UserError(
                    f"{self.path} was written by a newer data360 (schema {version}, this"
                    f" version knows {SCHEMA_VERSION}); upgrade data360 to open it"
                )
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Deleted content is overwritten with zeros, not left in free space.
            conn.execute("PRAGMA secure_delete = ON")
            if version < SCHEMA_VERSION:
                apply_migrations(self._database(conn))
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        self.conn = conn

    @staticmethod
    def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
        # sqlite-utils imports pandas when it is installed (~0.3 s): only load it when a
        # migration or a caller needs the sqlite-utils view of the database.
        import sqlite_utils

        return sqlite_utils.Database(conn)

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the database (for migrations, tools and tests)."""
        return self._database(self.conn)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: committed on success, rolled back on any error."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        try:
            yield self.conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise _friendly(error, self.path) from None

    # --- the dialect the shared writes and reads use (``assistant.store.sql``) -----------
    def _duplicate(self, error: Exception) -> bool:
        return isinstance(error, sqlite3.IntegrityError)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._write() as conn:
                yield conn
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self.conn
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def _insert_many(
        self, conn: sqlite3.Connection, sql: str, rows: Sequence[Sequence[Any]]
    ) -> None:
        conn.executemany(sql, rows)

    def _session_tables(self, conn: sqlite3.Connection) -> list[str]:
        rows = conn.execute(
            "SELECT DISTINCT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
            " WHERE m.type = 'table' AND c.name = 'session_id' AND m.name != 'sessions'"
            " ORDER BY m.name"
        ).fetchall()
        return [row[0] for row in rows]

    def watcher(self) -> SQLiteWatcher:
        return SQLiteWatcher(self.path)

    # --- purge: delete for good, and leave no word behind -------------------------------
    # A purge is a row deletion plus a scrub of everything that may still hold the text:
    # the full-text index (its segments keep the terms of deleted rows until merged), free
    # pages of the file and the WAL. The scrub cannot share the deletion's transaction
    # (VACUUM runs outside any), so the deletion records the purge as pending in the same
    # transaction, and the pending mark is cleared only when the scrub is complete: a
    # purge interrupted at any step is finished by the next ``purge``.

    def purge_session(self, session_id: str) -> bool:
        """Delete a session for good; True when no trace is left in any database file.

        False means another process holds the database open and the WAL could not be
        emptied: the purge stays pending and the next ``purge`` finishes it.
        """
        self._forget(session_id)
        return self.finish_purges()

    def pending_purges(self) -> list[str]:
        """Ids of sessions whose purge was interrupted before the file was scrubbed."""
        if self.path == ":memory:":
            return []
        try:
            rows = self.conn.execute(f"SELECT purged_id FROM [{_PURGES}] ORDER BY at").fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []
            raise _friendly(error, self.path) from None
        return [row[0] for row in rows]

    def finish_purges(self) -> bool:
        """Scrub the file for every pending purge; True when done (pending marks cleared)."""
        try:
            self._rebuild_search()
            self._checkpoint("PASSIVE")  # a smaller WAL for VACUUM; never waits
            self._vacuum()
            # VACUUM may renumber the rows the external-content index points at; the
            # rebuild after it re-aligns the index, and secure_delete zeroes the old one.
            self._rebuild_search()
            complete = self._checkpoint()
            if complete and self.pending_purges():
                with self._write() as conn:
                    conn.execute(f"DELETE FROM [{_PURGES}]")
                complete = self._checkpoint()
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        return complete

    def _forget(self, session_id: str) -> None:
        """Delete the session's rows and mark its purge pending, in one transaction."""
        try:
            with self._write() as conn:
                if self.path != ":memory:":
                    conn.execute(
                        f"CREATE TABLE IF NOT EXISTS [{_PURGES}]"
                        " (purged_id TEXT PRIMARY KEY, at TEXT NOT NULL)"
                    )
                    conn.execute(
                        f"INSERT OR IGNORE INTO [{_PURGES}] VALUES (?, datetime('now'))",
                        (session_id,),
                    )
                self._delete_rows(conn, session_id)
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def _rebuild_search(self) -> None:
        """Rebuild every full-text index from its content, dropping deleted rows' terms."""
        tables = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'"
        ).fetchall()
        for (table,) in tables:
            with self._write() as conn:
                try:
                    conn.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('rebuild')")
                except sqlite3.OperationalError:
                    # A contentless index cannot be rebuilt; merging drops deleted terms.
                    conn.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('optimize')")

    def _vacuum(self) -> None:
        self.conn.execute("VACUUM")

    def _checkpoint(self, mode: str = "TRUNCATE") -> bool:
        """Copy the WAL into the file (and empty it); False when a reader kept it in use."""
        if self.path == ":memory:":
            return True
        busy, _, _ = self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        return busy == 0


class SQLiteWatcher:
    """Polls ``PRAGMA data_version`` on a connection of its own: the number changes when
    any other connection (another window, another process) commits to the file."""

    POLL_SECONDS = 0.2

    def __init__(self, path: str) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None
        if path != ":memory:":
            self.conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            self.version = self._version()

    def _version(self) -> int:
        assert self.conn is not None
        try:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if self.conn is not None:
                version = self._version()
                if version != self.version:
                    self.version = version
                    return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(self.POLL_SECONDS, left))

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
            self.conn = None

    def __enter__(self) -> SQLiteWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
