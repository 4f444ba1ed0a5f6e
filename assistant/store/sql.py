"""The session writes and reads both SQL backends share; each backend brings its dialect.

SQLite and PostgreSQL keep the same tables (``sessions``, ``events``, ``question_flows``)
and the same contract (``assistant.store.base.Store``): a session created with all its
events or none, a batch appended with the session's summary columns in one transaction
and refused when ``UNIQUE(session_id, seq)`` shows it was built on a stale history, rows
copied verbatim. That logic is written once here. A backend says only what differs: how
a transaction is opened and its errors made friendly, the parameter mark, the column
holding an event's JSON text, how to add a flow definition already there, and where to
find the tables keyed by a session.
"""

from __future__ import annotations

import contextlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import asdict, fields
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from assistant.errors import UserError
from assistant.models.events import Event, EventType
from assistant.store.base import ConcurrentWriteError, RawEvent, SessionRecord

RECORD_FIELDS = [f.name for f in fields(SessionRecord)]
"""The ``sessions`` columns, in the order of ``SessionRecord``."""

EventRow = tuple[int, str, str | None, str, str]
"""An event as written: ``(seq, type, question_id, JSON text, at)``."""


def event_json(data: dict[str, Any]) -> str:
    """An event's data as stored: the same text on every backend (so copies are verbatim)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class Connection(Protocol):
    """The part of a DB-API connection used here (sqlite3 and psycopg both have it)."""

    def execute(self, sql: Any, params: Any = ..., /) -> Any: ...


C = TypeVar("C", bound=Connection)


class SQLStore(ABC, Generic[C]):
    """The store-independent half of a SQL ``Store``; subclasses give the dialect and
    the type ``C`` of their connection."""

    path: str
    """What messages name the database by (a file path, or a URL without its password)."""

    PARAM: ClassVar[str]
    """The parameter mark: ``?`` (sqlite3) or ``%s`` (psycopg)."""

    PAYLOAD: ClassVar[str]
    """The ``events`` column that keeps an event's JSON text exactly as written."""

    ADD_FLOW: ClassVar[str]
    """Insert a row ``(digest, id, version, definition)`` into ``question_flows``, doing
    nothing when that digest is already there."""

    # --- what a backend provides --------------------------------------------------------
    @abstractmethod
    def _duplicate(self, error: Exception) -> bool:
        """True when ``error`` is the refusal of a row whose key is already taken."""

    @abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[C]:
        """One transaction, committed on success, rolled back on any error; a duplicate
        key is raised as the driver raised it, every other database error as a
        ``UserError`` that names the database."""

    @abstractmethod
    def _reading(self) -> contextlib.AbstractContextManager[C]:
        """The connection for reads; database errors become a ``UserError``."""

    @abstractmethod
    def _insert_many(self, conn: C, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Execute ``sql`` once per row of ``rows``, in the transaction of ``conn``."""

    @abstractmethod
    def _session_tables(self, conn: C) -> list[str]:
        """Tables other than ``sessions`` with a ``session_id`` column (events, LLM log…)."""

    # --- writing ------------------------------------------------------------------------
    @contextlib.contextmanager
    def _writing(self, duplicate: Exception) -> Iterator[C]:
        """A transaction in which a duplicate key raises ``duplicate`` instead."""
        try:
            with self._transaction() as conn:
                yield conn
        except Exception as error:
            if self._duplicate(error):
                raise duplicate from None
            raise

    def _insert_events(self, conn: C, session_id: str, rows: list[EventRow]) -> None:
        p = self.PARAM
        self._insert_many(
            conn,
            f"INSERT INTO events (session_id, seq, type, question_id, {self.PAYLOAD}, at)"
            f" VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
            [(session_id, *row) for row in rows],
        )

    def _put_row(self, conn: C, record: SessionRecord, flow_json: str, new: bool) -> None:
        """The session's flow definition, and its row inserted (``new``) or replaced."""
        p = self.PARAM
        conn.execute(
            self.ADD_FLOW, (record.flow_digest, record.flow_id, record.flow_version, flow_json)
        )
        row = asdict(record)
        if new:
            conn.execute(
                f"INSERT INTO sessions ({', '.join(row)}) VALUES ({', '.join(p for _ in row)})",
                list(row.values()),
            )
        else:
            conn.execute(
                f"UPDATE sessions SET {', '.join(f'{k} = {p}' for k in row)} WHERE id = {p}",
                [*row.values(), record.id],
            )

    def create_session(self, record: SessionRecord, flow_json: str, events: list[Event]) -> None:
        taken = UserError(f"a session with id {record.id} already exists")
        with self._writing(taken) as conn:
            self._put_row(conn, record, flow_json, new=True)
            self._insert_events(conn, record.id, _event_rows(events))

    def append(self, session_id: str, events: list[Event], summary: dict[str, Any]) -> None:
        """Commit events and the session's new summary columns together, or nothing."""
        if not events:
            return
        stale = ConcurrentWriteError(
            f"session {session_id[:8]} was changed by another window or process;"
            " reopen it to see the latest answers"
        )
        p = self.PARAM
        with self._writing(stale) as conn:
            # UNIQUE(session_id, seq) refuses a batch built on a stale history.
            self._insert_events(conn, session_id, _event_rows(events))
            columns = {k: v for k, v in summary.items() if k in RECORD_FIELDS}
            columns["event_count"] = events[-1].seq
            assignments = ", ".join(f"{k} = {p}" for k in columns)
            conn.execute(
                f"UPDATE sessions SET {assignments} WHERE id = {p}",
                [*columns.values(), session_id],
            )

    def set_summary(self, session_id: str, summary: str) -> None:
        p = self.PARAM
        with self._transaction() as conn:
            conn.execute(f"UPDATE sessions SET summary = {p} WHERE id = {p}", (summary, session_id))

    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None:
        """Add ``events`` (all with ``seq > after``) to a copy of a session, creating it
        when ``after`` is 0, and set its row to ``record``, in one transaction."""
        moved = ConcurrentWriteError(
            f"session {record.id[:8]} changed in {self.path} while it was being copied"
        )
        with self._writing(moved) as conn:
            self._put_row(conn, record, flow_json, new=after == 0)
            rows = [(e.seq, e.type, e.question_id, e.data, e.at) for e in events]
            self._insert_events(conn, record.id, rows)

    # --- reading ------------------------------------------------------------------------
    def raw_events(self, session_id: str, after: int = 0) -> list[RawEvent]:
        """Events exactly as stored (the JSON text untouched)."""
        p = self.PARAM
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT seq, type, question_id, {self.PAYLOAD}, at FROM events"
                f" WHERE session_id = {p} AND seq > {p} ORDER BY seq",
                (session_id, after),
            ).fetchall()
        return [RawEvent(*row) for row in rows]

    def events(self, session_id: str, after: int = 0) -> list[Event]:
        """The session's events with ``seq > after``, in order."""
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

    def _records(self, where: str = "", params: tuple[Any, ...] = ()) -> list[SessionRecord]:
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {', '.join(RECORD_FIELDS)} FROM sessions {where}"
                " ORDER BY updated_at DESC, id",
                params,
            ).fetchall()
        return [SessionRecord(**dict(zip(RECORD_FIELDS, row, strict=True))) for row in rows]

    def session(self, session_id: str) -> SessionRecord:
        records = self._records(f"WHERE id = {self.PARAM}", (session_id,))
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
        p = self.PARAM
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT id FROM sessions WHERE id = {p} OR substr(id, 1, {p}) = {p} LIMIT 3",
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
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT definition FROM question_flows WHERE digest = {self.PARAM}", (digest,)
            ).fetchone()
        if row is None:
            raise UserError(f"the flow {digest[:12]} of this session is missing from the database")
        return str(row[0])

    # --- deleting -----------------------------------------------------------------------
    def delete_session(self, session_id: str) -> None:
        """Remove a session, its events and every row other tables keep about it."""
        with self._transaction() as conn:
            self._delete_rows(conn, session_id)

    def _delete_rows(self, conn: C, session_id: str) -> None:
        p = self.PARAM
        for table in self._session_tables(conn):
            conn.execute(f'DELETE FROM "{table}" WHERE session_id = {p}', (session_id,))
        conn.execute(f"DELETE FROM sessions WHERE id = {p}", (session_id,))
        conn.execute(
            "DELETE FROM question_flows WHERE digest NOT IN (SELECT flow_digest FROM sessions)"
        )


def _event_rows(events: list[Event]) -> list[EventRow]:
    return [(e.seq, e.type.value, e.question_id, event_json(e.data), e.at) for e in events]
