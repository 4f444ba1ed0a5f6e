"""The SQLite store: one database file, WAL, one committed transaction per batch of events.

The tables are plain and readable from any SQLite tool or Datasette: ``sessions`` (one
row per session with summary columns), ``events`` (the append-only history, JSON data),
``question_flows`` (each question-flow definition a session was run with, by digest) and
the ``answers`` view (latest answer per question).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.models.events import Event
from assistant.store.base import ConcurrentWriteError, RawEvent, SessionRecord
from assistant.store.migrations import SCHEMA_VERSION, apply_migrations

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5_000
_PURGES = "_pending_purges"  # sessions deleted whose scrub of the file is not finished
_RECORD_FIELDS = [f.name for f in fields(SessionRecord)]


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


class SQLiteStore:
    """Sessions and events in one SQLite file (or ``:memory:`` for tests)."""

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

    @staticmethod
    def _insert_events(conn: sqlite3.Connection, session_id: str, events: list[Event]) -> None:
        conn.executemany(
            "INSERT INTO events (session_id, seq, type, question_id, data, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    session_id,
                    e.seq,
                    e.type.value,
                    e.question_id,
                    json.dumps(e.data, ensure_ascii=False, separators=(",", ":")),
                    e.at,
                )
                for e in events
            ],
        )

    def create_session(self, record: SessionRecord, flow_json: str, events: list[Event]) -> None:
        row = asdict(record)
        try:
            with self._write() as conn:
                conn.execute(
                    "INSERT OR IGNORE INTO question_flows (digest, id, version, definition)"
                    " VALUES (?, ?, ?, ?)",
                    (record.flow_digest, record.flow_id, record.flow_version, flow_json),
                )
                conn.execute(
                    f"INSERT INTO sessions ({', '.join(row)})"
                    f" VALUES ({', '.join('?' for _ in row)})",
                    list(row.values()),
                )
                self._insert_events(conn, record.id, events)
        except sqlite3.IntegrityError:
            raise UserError(f"a session with id {record.id} already exists") from None
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def append(self, session_id: str, events: list[Event], summary: dict[str, Any]) -> None:
        """Commit events and the session's new summary columns together, or nothing."""
        if not events:
            return
        try:
            with self._write() as conn:
                # UNIQUE(session_id, seq) refuses a batch built on a stale history.
                self._insert_events(conn, session_id, events)
                columns = {k: v for k, v in summary.items() if k in _RECORD_FIELDS}
                columns["event_count"] = events[-1].seq
                assignments = ", ".join(f"{k} = ?" for k in columns)
                conn.execute(
                    f"UPDATE sessions SET {assignments} WHERE id = ?",
                    [*columns.values(), session_id],
                )
        except sqlite3.IntegrityError:
            raise ConcurrentWriteError(
                f"session {session_id[:8]} was changed by another window or process;"
                " reopen it to see the latest answers"
            ) from None
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def events(self, session_id: str, after: int = 0) -> list[Event]:
        try:
            rows = self.conn.execute(
                "SELECT seq, type, at, question_id, data FROM events"
                " WHERE session_id = ? AND seq > ? ORDER BY seq",
                (session_id, after),
            ).fetchall()
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        return [
            Event(seq=seq, type=type_, at=at, question_id=question_id, data=json.loads(data))
            for seq, type_, at, question_id, data in rows
        ]

    def set_summary(self, session_id: str, summary: str) -> None:
        try:
            with self._write() as conn:
                conn.execute("UPDATE sessions SET summary = ? WHERE id = ?", (summary, session_id))
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    # --- verbatim rows, for ``store copy`` ----------------------------------------------
    def raw_events(self, session_id: str, after: int = 0) -> list[RawEvent]:
        """Events exactly as stored (the JSON text untouched)."""
        try:
            rows = self.conn.execute(
                "SELECT seq, type, question_id, data, at FROM events"
                " WHERE session_id = ? AND seq > ? ORDER BY seq",
                (session_id, after),
            ).fetchall()
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        return [RawEvent(*row) for row in rows]

    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None:
        """Add ``events`` (all with ``seq > after``) to a copy of a session, creating it
        when ``after`` is 0, and set its row to ``record``, in one transaction."""
        row = asdict(record)
        try:
            with self._write() as conn:
                conn.execute(
                    "INSERT OR IGNORE INTO question_flows (digest, id, version, definition)"
                    " VALUES (?, ?, ?, ?)",
                    (record.flow_digest, record.flow_id, record.flow_version, flow_json),
                )
                if after == 0:
                    conn.execute(
                        f"INSERT INTO sessions ({', '.join(row)})"
                        f" VALUES ({', '.join('?' for _ in row)})",
                        list(row.values()),
                    )
                else:
                    conn.execute(
                        f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                        [*row.values(), record.id],
                    )
                conn.executemany(
                    "INSERT INTO events (session_id, seq, type, question_id, data, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(record.id, e.seq, e.type, e.question_id, e.data, e.at) for e in events],
                )
        except sqlite3.IntegrityError:
            raise ConcurrentWriteError(
                f"session {record.id[:8]} changed in {self.path} while it was being copied"
            ) from None
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def watcher(self) -> SQLiteWatcher:
        return SQLiteWatcher(self.path)

    def _records(self, where: str = "", params: tuple[Any, ...] = ()) -> list[SessionRecord]:
        try:
            rows = self.conn.execute(
                f"SELECT {', '.join(_RECORD_FIELDS)} FROM sessions {where}"
                " ORDER BY updated_at DESC, id",
                params,
            ).fetchall()
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        return [SessionRecord(**dict(zip(_RECORD_FIELDS, row, strict=True))) for row in rows]

    def session(self, session_id: str) -> SessionRecord:
        records = self._records("WHERE id = ?", (session_id,))
        if not records:
            raise UserError(f"no session {session_id!r} in {self.path}")
        return records[0]

    def sessions(self) -> list[SessionRecord]:
        return self._records()

    def resolve(self, id_or_prefix: str) -> str:
        """A full session id from an id or a unique prefix of one."""
        prefix = id_or_prefix.strip()
        if not prefix:
            raise UserError("give a session id (or a unique prefix of one)")
        try:
            rows = self.conn.execute(
                "SELECT id FROM sessions WHERE id = ? OR substr(id, 1, ?) = ? LIMIT 3",
                (prefix, len(prefix), prefix),
            ).fetchall()
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None
        ids = sorted({row[0] for row in rows})
        if prefix in ids:
            return prefix
        if not ids:
            raise UserError(f"no session matches {prefix!r} in {self.path}")
        if len(ids) > 1:
            raise UserError(f"{prefix!r} matches several sessions; give more characters")
        return ids[0]

    def flow_definition(self, digest: str) -> str:
        row = self.conn.execute(
            "SELECT definition FROM question_flows WHERE digest = ?", (digest,)
        ).fetchone()
        if row is None:
            raise UserError(f"the flow {digest[:12]} of this session is missing from the database")
        return row[0]

    def delete_session(self, session_id: str) -> None:
        """Remove a session, its events and every row other tables keep about it."""
        try:
            with self._write() as conn:
                self._delete_rows(conn, session_id)
        except sqlite3.Error as error:
            raise _friendly(error, self.path) from None

    def _delete_rows(self, conn: sqlite3.Connection, session_id: str) -> None:
        for table in self._session_tables():
            conn.execute(f"DELETE FROM [{table}] WHERE session_id = ?", (session_id,))
        conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        conn.execute(
            "DELETE FROM question_flows WHERE digest NOT IN (SELECT flow_digest FROM sessions)"
        )

    def _session_tables(self) -> list[str]:
        """Tables (events, the LLM call log…) with a ``session_id`` column."""
        rows = self.conn.execute(
            "SELECT DISTINCT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
            " WHERE m.type = 'table' AND c.name = 'session_id' AND m.name != 'sessions'"
            " ORDER BY m.name"
        ).fetchall()
        return [row[0] for row in rows]

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
