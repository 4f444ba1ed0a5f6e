"""The PostgreSQL store: the same contract as the SQLite one, for a team's shared database.

Tables mirror the SQLite ones: ``sessions`` (one row per session, with the summary kept
by each event's transaction), ``events`` (append-only, ``UNIQUE(session_id, seq)`` is the
optimistic-concurrency check), ``question_flows``, the ``answers`` view and the LLM call
log ``llm_calls`` with a generated ``tsvector`` for search. An event's JSON is kept as
the exact text written (``payload``, so a copy between backends is byte-identical) and as
JSONB (``data``, generated from it) for queries and indexes. A trigger notifies channel
``data360_events`` with the session id on every commit of events: ``follow`` and the TUI
LISTEN on it.

psycopg is an optional dependency (``pip install 'data360[postgres]'``).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.models.events import Event, EventType
from assistant.store.base import ConcurrentWriteError, RawEvent, SessionRecord

if TYPE_CHECKING:
    import psycopg

CHANNEL = "data360_events"
_RECORD_FIELDS = [f.name for f in fields(SessionRecord)]
_LOCK_KEY = 360_360_360  # advisory lock held while migrating


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise UserError(
            "PostgreSQL support is not installed: pip install 'data360[postgres]'"
        ) from None
    return psycopg


def describe(url: str) -> str:
    """``host:port/dbname`` of a URL, never its password."""
    psycopg = _psycopg()
    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unreadable URL)"
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    return f"postgresql://{host}:{port}/{parts.get('dbname', '')}"


# --- migrations: ordered, recorded in _migrations, never edited once shipped ------------
PgMigration = Callable[["psycopg.Connection[Any]"], None]
PG_MIGRATIONS: list[PgMigration] = []


def _migration(function: PgMigration) -> PgMigration:
    PG_MIGRATIONS.append(function)
    return function


@_migration
def m001_sessions_events(conn: psycopg.Connection[Any]) -> None:
    conn.execute(
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            perimeter TEXT,
            flow_id TEXT NOT NULL,
            flow_version TEXT NOT NULL,
            flow_digest TEXT NOT NULL,
            status TEXT,
            current_section TEXT,
            current_question TEXT,
            progress INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT,
            reframed_from TEXT,
            event_count INTEGER
        );
        CREATE TABLE flows (
            digest TEXT PRIMARY KEY, id TEXT, version TEXT, definition TEXT NOT NULL
        );
        CREATE TABLE events (
            id BIGSERIAL PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            question_id TEXT,
            payload TEXT NOT NULL,
            data JSONB GENERATED ALWAYS AS (payload::jsonb) STORED,
            at TEXT NOT NULL,
            UNIQUE (session_id, seq)
        );
        CREATE INDEX events_session_question ON events (session_id, question_id);
        CREATE VIEW answers AS
            SELECT s.id AS session_id, s.title AS session_title, e.question_id,
                   e.data -> 'value' AS value, e.type, e.at
            FROM events e JOIN sessions s ON s.id = e.session_id
            WHERE e.type IN ('answer_given', 'answer_edited')
              AND e.seq = (
                SELECT max(e2.seq) FROM events e2
                WHERE e2.session_id = e.session_id AND e2.question_id = e.question_id
                  AND e2.type IN ('answer_given', 'answer_edited')
              )
            ORDER BY s.id, e.seq;
        CREATE FUNCTION data360_notify_events() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_notify('data360_events', NEW.session_id);
            RETURN NULL;
        END $$ LANGUAGE plpgsql;
        CREATE TRIGGER events_notify AFTER INSERT ON events
            FOR EACH ROW EXECUTE FUNCTION data360_notify_events();
        """
    )


@_migration
def m002_llm_calls(conn: psycopg.Connection[Any]) -> None:
    """The LLM call log, searchable through a generated tsvector (GIN index)."""
    conn.execute(
        """
        CREATE TABLE llm_calls (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            session_id TEXT,
            question_id TEXT,
            purpose TEXT NOT NULL,
            model TEXT NOT NULL,
            base_url TEXT,
            prompt_version TEXT,
            system TEXT,
            prompt TEXT,
            response TEXT,
            parsed TEXT,
            status TEXT NOT NULL,
            error TEXT,
            duration_ms INTEGER,
            input_tokens INTEGER,
            output_tokens INTEGER,
            attempt INTEGER,
            rowid BIGSERIAL,
            search TSVECTOR GENERATED ALWAYS AS (
                to_tsvector('simple', coalesce(prompt, '') || ' ' || coalesce(response, ''))
            ) STORED
        );
        CREATE INDEX llm_calls_session ON llm_calls (session_id, at);
        CREATE INDEX llm_calls_search ON llm_calls USING GIN (search);
        """
    )


@_migration
def m003_session_summary(conn: psycopg.Connection[Any]) -> None:
    """The full summary as JSON in the session's row (see the SQLite migration)."""
    conn.execute("ALTER TABLE sessions ADD COLUMN summary TEXT")


@_migration
def m004_question_flows(conn: psycopg.Connection[Any]) -> None:
    conn.execute("ALTER TABLE flows RENAME TO question_flows")


@_migration
def m005_information_flow_views(conn: psycopg.Connection[Any]) -> None:
    """The same views as on SQLite: flows told in the answers, per target, and actors."""
    conn.execute(
        """
        CREATE VIEW information_flows AS
        SELECT a.session_id, a.session_title, a.question_id, f.position::integer,
               f.value ->> 'source' AS source, f.value -> 'targets' AS targets,
               f.value ->> 'content' AS content, f.value ->> 'medium' AS medium,
               f.value ->> 'frequency' AS frequency, f.value ->> 'maturity' AS maturity,
               f.value -> 'pain_points' AS pain_points, f.value ->> 'volume' AS volume
        FROM answers a
        CROSS JOIN LATERAL jsonb_array_elements(
            CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE '[]'::jsonb END
        ) WITH ORDINALITY AS f(value, position)
        WHERE jsonb_typeof(f.value) = 'object' AND f.value ? 'source';
        CREATE VIEW information_flow_targets AS
        SELECT i.session_id, i.question_id, i.position, i.source, t.value AS target,
               i.content, i.medium, i.maturity
        FROM information_flows i
        CROSS JOIN LATERAL jsonb_array_elements_text(
            CASE WHEN jsonb_typeof(i.targets) = 'array' THEN i.targets ELSE '[]'::jsonb END
        ) AS t(value);
        CREATE VIEW actors AS
        SELECT session_id, name, sum(is_source) AS flows_out, sum(is_target) AS flows_in
        FROM (SELECT session_id, source AS name, 1 AS is_source, 0 AS is_target
                FROM information_flows
              UNION ALL
              SELECT session_id, target, 0, 1 FROM information_flow_targets) AS ends
        GROUP BY session_id, name;
        """
    )


PG_SCHEMA_VERSION = len(PG_MIGRATIONS)


def apply_pg_migrations(conn: psycopg.Connection[Any]) -> int:
    """Bring the database up to date under an advisory lock (several processes may open
    a new database at once); return the schema version now in force."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        unknown = done - {f.__name__ for f in PG_MIGRATIONS}
        if unknown:
            raise UserError(
                f"this database was written by a newer data360 (migrations {sorted(unknown)});"
                " upgrade data360 to open it"
            )
        for function in PG_MIGRATIONS:
            if function.__name__ in done:
                continue
            function(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (%s, %s)",
                (function.__name__, datetime.now(UTC).isoformat(timespec="seconds")),
            )
    return PG_SCHEMA_VERSION


def _dumps(data: Any) -> str:
    # The same serialisation as the SQLite store, so both keep the same text.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


_PURGES = "_pending_purges"
"""Sessions deleted whose tables were not vacuumed yet (see ``purge_session``)."""


class PostgresStore:
    """Sessions and events in a PostgreSQL database named by a ``postgresql://`` URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = describe(url)  # what messages and the TUI show (no password)
        self._lock = threading.RLock()
        self._psycopg = _psycopg()
        self.conn = self._connect()
        try:
            apply_pg_migrations(self.conn)
        except self._psycopg.Error as error:
            self.close()
            raise self._friendly(error) from None

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            return self._psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except self._psycopg.Error as error:
            raise self._friendly(error) from None

    def _friendly(self, error: Exception) -> UserError:
        text = " ".join(str(error).split()) or type(error).__name__
        if isinstance(error, self._psycopg.OperationalError):
            return UserError(f"cannot reach the database {self.path}: {text}")
        return UserError(f"database error on {self.path}: {text}")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    @contextlib.contextmanager
    def _cursor(self, write: bool = False) -> Iterator[psycopg.Connection[Any]]:
        """The connection, alone (a lock: TUI workers share it), in a transaction when
        writing; a dropped connection is reopened once for the next call."""
        with self._lock:
            if self.conn.closed:
                self.conn = self._connect()
            try:
                if write:
                    with self.conn.transaction():
                        yield self.conn
                else:
                    yield self.conn
            except self._psycopg.errors.UniqueViolation:
                raise
            except self._psycopg.Error as error:
                raise self._friendly(error) from None

    # --- writing ------------------------------------------------------------------------
    @staticmethod
    def _insert_events(conn: psycopg.Connection[Any], session_id: str, rows: list[tuple]) -> None:
        with conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO events (session_id, seq, type, question_id, payload, at)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                [(session_id, *row) for row in rows],
            )

    @staticmethod
    def _event_rows(events: list[Event]) -> list[tuple]:
        return [(e.seq, e.type.value, e.question_id, _dumps(e.data), e.at) for e in events]

    def create_session(self, record: SessionRecord, flow_json: str, events: list[Event]) -> None:
        row = asdict(record)
        try:
            with self._cursor(write=True) as conn:
                conn.execute(
                    "INSERT INTO question_flows (digest, id, version, definition)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (digest) DO NOTHING",
                    (record.flow_digest, record.flow_id, record.flow_version, flow_json),
                )
                conn.execute(
                    f"INSERT INTO sessions ({', '.join(row)})"
                    f" VALUES ({', '.join('%s' for _ in row)})",
                    list(row.values()),
                )
                self._insert_events(conn, record.id, self._event_rows(events))
        except self._psycopg.errors.UniqueViolation:
            raise UserError(f"a session with id {record.id} already exists") from None

    def append(self, session_id: str, events: list[Event], summary: dict[str, Any]) -> None:
        """Commit events and the session's new summary columns together, or nothing."""
        if not events:
            return
        try:
            with self._cursor(write=True) as conn:
                self._insert_events(conn, session_id, self._event_rows(events))
                columns = {k: v for k, v in summary.items() if k in _RECORD_FIELDS}
                columns["event_count"] = events[-1].seq
                assignments = ", ".join(f"{k} = %s" for k in columns)
                conn.execute(
                    f"UPDATE sessions SET {assignments} WHERE id = %s",
                    [*columns.values(), session_id],
                )
        except self._psycopg.errors.UniqueViolation:
            raise ConcurrentWriteError(
                f"session {session_id[:8]} was changed by another window or process;"
                " reopen it to see the latest answers"
            ) from None

    def set_summary(self, session_id: str, summary: str) -> None:
        with self._cursor(write=True) as conn:
            conn.execute("UPDATE sessions SET summary = %s WHERE id = %s", (summary, session_id))

    # --- reading ------------------------------------------------------------------------
    def events(self, session_id: str, after: int = 0) -> list[Event]:
        return [
            Event(
                seq=r.seq,
                type=EventType(r.type),
                at=r.at,
                question_id=r.question_id,
                data=json.loads(r.data),
            )
            for r in self.raw_events(session_id, after)
        ]

    def raw_events(self, session_id: str, after: int = 0) -> list[RawEvent]:
        """Events exactly as stored (the JSON text untouched)."""
        with self._cursor() as conn:
            rows = conn.execute(
                "SELECT seq, type, question_id, payload, at FROM events"
                " WHERE session_id = %s AND seq > %s ORDER BY seq",
                (session_id, after),
            ).fetchall()
        return [RawEvent(*row) for row in rows]

    def _records(self, where: str = "", params: tuple[Any, ...] = ()) -> list[SessionRecord]:
        with self._cursor() as conn:
            rows = conn.execute(
                f"SELECT {', '.join(_RECORD_FIELDS)} FROM sessions {where}"
                " ORDER BY updated_at DESC, id",
                params,
            ).fetchall()
        return [SessionRecord(**dict(zip(_RECORD_FIELDS, row, strict=True))) for row in rows]

    def session(self, session_id: str) -> SessionRecord:
        records = self._records("WHERE id = %s", (session_id,))
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
        with self._cursor() as conn:
            rows = conn.execute(
                "SELECT id FROM sessions WHERE id = %s OR left(id, %s) = %s LIMIT 3",
                (prefix, len(prefix), prefix),
            ).fetchall()
        ids = sorted({row[0] for row in rows})
        if prefix in ids:
            return prefix
        if not ids:
            raise UserError(f"no session matches {prefix!r} in {self.path}")
        if len(ids) > 1:
            raise UserError(f"{prefix!r} matches several sessions; give more characters")
        return ids[0]

    def flow_definition(self, digest: str) -> str:
        with self._cursor() as conn:
            row = conn.execute(
                "SELECT definition FROM question_flows WHERE digest = %s", (digest,)
            ).fetchone()
        if row is None:
            raise UserError(f"the flow {digest[:12]} of this session is missing from the database")
        return str(row[0])

    # --- deleting -----------------------------------------------------------------------
    def delete_session(self, session_id: str) -> None:
        """Remove a session, its events and every row other tables keep about it."""
        with self._cursor(write=True) as conn:
            self._delete_rows(conn, session_id)

    def _delete_rows(self, conn: psycopg.Connection[Any], session_id: str) -> None:
        for table in self._session_tables(conn):
            conn.execute(f'DELETE FROM "{table}" WHERE session_id = %s', (session_id,))
        conn.execute("DELETE FROM sessions WHERE id = %s", (session_id,))
        conn.execute(
            "DELETE FROM question_flows WHERE digest NOT IN (SELECT flow_digest FROM sessions)"
        )

    @staticmethod
    def _session_tables(conn: psycopg.Connection[Any]) -> list[str]:
        """Tables (events, the LLM call log…) with a ``session_id`` column."""
        rows = conn.execute(
            "SELECT c.table_name FROM information_schema.columns c"
            " JOIN information_schema.tables t"
            "   ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
            " WHERE c.table_schema = current_schema() AND c.column_name = 'session_id'"
            "   AND t.table_type = 'BASE TABLE' AND c.table_name <> 'sessions'"
            " ORDER BY c.table_name"
        ).fetchall()
        return [row[0] for row in rows]

    # --- purge: delete for good ---------------------------------------------------------
    # As on SQLite, the deletion and a pending mark share one transaction, and the mark is
    # cleared only once the tables are vacuumed: an interrupted purge is finished by the
    # next ``purge``. PostgreSQL keeps the old row versions' bytes until VACUUM reuses the
    # space, and in the write-ahead log, archives and backups until those are recycled
    # (README).

    def purge_session(self, session_id: str) -> bool:
        """Delete the session's rows and mark the purge pending, then vacuum the tables."""
        with self._cursor(write=True) as conn:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {_PURGES}"
                " (purged_id TEXT PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            conn.execute(
                f"INSERT INTO {_PURGES} (purged_id) VALUES (%s) ON CONFLICT DO NOTHING",
                (session_id,),
            )
            self._delete_rows(conn, session_id)
        return self.finish_purges()

    def pending_purges(self) -> list[str]:
        """Ids of sessions deleted whose tables were not vacuumed yet."""
        with self._cursor() as conn:
            exists = conn.execute("SELECT to_regclass(%s)", (_PURGES,)).fetchone()
            if exists is None or exists[0] is None:
                return []
            rows = conn.execute(f"SELECT purged_id FROM {_PURGES} ORDER BY at").fetchall()
        return [row[0] for row in rows]

    def finish_purges(self) -> bool:
        """VACUUM every table that held a session's rows, then clear the pending marks."""
        with self._cursor() as conn:  # VACUUM cannot run inside a transaction block
            for table in [*self._session_tables(conn), "sessions", "question_flows"]:
                conn.execute(f'VACUUM "{table}"')
        if self.pending_purges():
            with self._cursor(write=True) as conn:
                conn.execute(f"DELETE FROM {_PURGES}")
        return True

    # --- verbatim copy --------------------------------------------------------------------
    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None:
        """Add ``events`` (all with ``seq > after``) to a copy of a session, creating it
        when ``after`` is 0, and set its row to ``record``, in one transaction."""
        row = asdict(record)
        try:
            with self._cursor(write=True) as conn:
                conn.execute(
                    "INSERT INTO question_flows (digest, id, version, definition)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (digest) DO NOTHING",
                    (record.flow_digest, record.flow_id, record.flow_version, flow_json),
                )
                if after == 0:
                    conn.execute(
                        f"INSERT INTO sessions ({', '.join(row)})"
                        f" VALUES ({', '.join('%s' for _ in row)})",
                        list(row.values()),
                    )
                else:
                    conn.execute(
                        f"UPDATE sessions SET {', '.join(f'{k} = %s' for k in row)} WHERE id = %s",
                        [*row.values(), record.id],
                    )
                self._insert_events(
                    conn, record.id, [(e.seq, e.type, e.question_id, e.data, e.at) for e in events]
                )
        except self._psycopg.errors.UniqueViolation:
            raise ConcurrentWriteError(
                f"session {record.id[:8]} changed in {self.path} while it was being copied"
            ) from None

    # --- the LLM call log ---------------------------------------------------------------
    def log_call(self, row: dict[str, Any]) -> None:
        with self._cursor(write=True) as conn:
            conn.execute(
                f"INSERT INTO llm_calls ({', '.join(row)}) VALUES ({', '.join('%s' for _ in row)})",
                list(row.values()),
            )

    def llm_calls(
        self, filters: dict[str, str], search: str | None, limit: int
    ) -> list[dict[str, Any]]:
        """Logged calls, newest first; ``search`` matches words of prompts and replies."""
        where = [f"{column} = %s" for column in filters]
        params: list[Any] = list(filters.values())
        if search:
            where.append("search @@ plainto_tsquery('simple', %s)")
            params.append(search)
        sql = f"SELECT {_CALL_COLUMNS} FROM llm_calls"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY at DESC, rowid DESC LIMIT %s"
        params.append(max(1, limit))
        with self._cursor() as conn:
            cursor = conn.execute(sql, params)
            names = [d[0] for d in cursor.description or []]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def llm_call(self, call_id: str) -> dict[str, Any] | None:
        with self._cursor() as conn:
            cursor = conn.execute(
                f"SELECT {_CALL_COLUMNS} FROM llm_calls WHERE id = %s", (call_id,)
            )
            names = [d[0] for d in cursor.description or []]
            row = cursor.fetchone()
        return dict(zip(names, row, strict=True)) if row else None

    # --- live updates -------------------------------------------------------------------
    def watcher(self) -> PostgresWatcher:
        return PostgresWatcher(self)


_CALL_COLUMNS = (
    "id, at, session_id, question_id, purpose, model, base_url, prompt_version, system,"
    " prompt, response, parsed, status, error, duration_ms, input_tokens, output_tokens,"
    " attempt"
)


class PostgresWatcher:
    """LISTENs on ``data360_events`` on a connection of its own; ``wait`` returns as soon
    as a transaction that inserted events commits (any process, any session)."""

    def __init__(self, store: PostgresStore) -> None:
        self.store = store
        self.conn = store._connect()
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        try:
            for _notice in self.conn.notifies(timeout=timeout, stop_after=1):
                return True
        except self.store._psycopg.Error as error:
            raise self.store._friendly(error) from None
        return False

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    def __enter__(self) -> PostgresWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
