"""The PostgreSQL store: the same contract as the SQLite one, for a team's shared database.

Tables mirror the SQLite ones: ``sessions`` (one row per session, with the summary kept
by each event's transaction), ``events`` (append-only, ``UNIQUE(session_id, seq)`` is the
optimistic-concurrency check), ``question_flows``, the ``answers`` view and the LLM call
log ``llm_calls`` with a generated ``tsvector`` for search. An event's JSON is kept as
the exact text written (``payload``, so a copy between backends is byte-identical) and as
JSONB (``data``, generated from it) for queries and indexes. A trigger notifies channel
``data360_events`` with the session id on every commit of events: ``follow`` and the TUI
LISTEN on it.

The session writes and reads are those of ``assistant.store.sql``, shared with SQLite;
this module gives the PostgreSQL dialect, migrations, purge, call log and watcher.

psycopg is an optional dependency (``pip install 'data360[postgres]'``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.store.sql import SQLStore

if TYPE_CHECKING:
    import psycopg

CHANNEL = "data360_events"
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


_PURGES = "_pending_purges"
"""Sessions deleted whose tables were not vacuumed yet (see ``purge_session``)."""


class PostgresStore(SQLStore["psycopg.Connection[Any]"]):
    """Sessions and events in a PostgreSQL database named by a ``postgresql://`` URL."""

    PARAM = "%s"
    PAYLOAD = "payload"
    ADD_FLOW = (
        "INSERT INTO question_flows (digest, id, version, definition)"
        " VALUES (%s, %s, %s, %s) ON CONFLICT (digest) DO NOTHING"
    )

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

    # --- the dialect the shared writes and reads use (``assistant.store.sql``) -----------
    def _duplicate(self, error: Exception) -> bool:
        return isinstance(error, self._psycopg.errors.UniqueViolation)

    def _transaction(self) -> contextlib.AbstractContextManager[psycopg.Connection[Any]]:
        return self._cursor(write=True)

    def _reading(self) -> contextlib.AbstractContextManager[psycopg.Connection[Any]]:
        return self._cursor()

    def _insert_many(
        self, conn: psycopg.Connection[Any], sql: str, rows: Sequence[Sequence[Any]]
    ) -> None:
        with conn.cursor() as cursor:
            cursor.executemany(sql, rows)

    def _session_tables(self, conn: psycopg.Connection[Any]) -> list[str]:
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
