"""The storage interface the services are written against.

SQLite (``SQLiteStore``) is the default; the shared server store (``PostgresStore``)
implements the same small protocol: append events atomically with a per-session sequence
check, read them back in order, list and delete sessions, and watch for commits made by
other processes (``watcher``), so several screens on one session stay in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol

from assistant.errors import UserError
from assistant.models.events import Event


class ConcurrentWriteError(UserError):
    """Another window or process wrote to the same session since we last read it."""


@dataclass(frozen=True)
class SessionRecord:
    """The row of a session: its identity and the summary columns kept for listing."""

    id: str
    title: str
    perimeter: str
    flow_id: str
    flow_version: str
    flow_digest: str
    status: str
    current_section: str | None
    current_question: str | None
    progress: int
    created_at: str
    updated_at: str
    reframed_from: str | None
    event_count: int
    summary: str | None = None
    """The session's ``SessionSummary`` as JSON, kept with each event so that listing
    sessions reads rows instead of folding every history (None until first computed)."""


@dataclass(frozen=True)
class RawEvent:
    """An event row exactly as stored: ``data`` is the JSON text, byte for byte."""

    seq: int
    type: str
    question_id: str | None
    data: str
    at: str


class Watcher(Protocol):
    """Wakes up when another connection may have committed (LISTEN/NOTIFY, data_version)."""

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when something may have changed."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Watcher: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


class Store(Protocol):
    """What the services need from a store.

    Atomicity is part of the contract, and every backend must keep it:

    - ``create_session`` writes the session row, its flow definition and *all* the events
      given in one transaction: after a crash the session is there with every one of them,
      or not at all. Commands that build a whole session at once (``reframe``,
      ``model retarget``) rely on it: they build the session in a
      ``assistant.store.draft.SessionDraft`` and create it with this one call.
    - ``append`` writes a batch of events of one session and its new summary columns in
      one transaction, refused (``ConcurrentWriteError``) when the sequence numbers show
      the batch was built on a stale history.
    """

    def create_session(
        self, record: SessionRecord, flow_json: str, events: list[Event]
    ) -> None: ...

    def append(self, session_id: str, events: list[Event], summary: dict[str, Any]) -> None: ...

    def events(self, session_id: str, after: int = 0) -> list[Event]:
        """The session's events with ``seq > after``, in order."""
        ...

    def set_summary(self, session_id: str, summary: str) -> None:
        """Store a computed summary (the backfill of sessions written before summaries)."""
        ...

    def watcher(self) -> Watcher: ...

    def close(self) -> None: ...

    def session(self, session_id: str) -> SessionRecord: ...

    def sessions(self) -> list[SessionRecord]: ...

    def resolve(self, id_or_prefix: str) -> str: ...

    def flow_definition(self, digest: str) -> str: ...

    def delete_session(self, session_id: str) -> None: ...

    # --- purge: delete for good ----------------------------------------------------------
    # ``purge_session`` deletes the session's rows (every table keyed by ``session_id``,
    # the LLM call log included) and records the purge as pending *in the same
    # transaction*; it then scrubs what may still hold the text (full-text indexes, free
    # space, the write-ahead log: on PostgreSQL a VACUUM of the tables) and clears the
    # pending mark only when that is done. So a purge interrupted at any step is finished
    # by ``finish_purges``, which the CLI runs when ``purge`` names a session that is gone
    # but pending.

    def purge_session(self, session_id: str) -> bool:
        """Delete for good; False when the scrub could not finish (it stays pending)."""
        ...

    def pending_purges(self) -> list[str]:
        """Ids of sessions deleted whose scrub is not finished."""
        ...

    def finish_purges(self) -> bool:
        """Scrub for every pending purge; True when none is left pending."""
        ...

    def raw_events(self, session_id: str, after: int = 0) -> list[RawEvent]: ...

    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None: ...


class StoreView:
    """A ``Store`` in front of another: every read goes to ``store`` underneath.

    The base of the read-only view (writes refused) and of the draft of a new session
    (its own session kept in memory until committed); it owns no connection.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def events(self, session_id: str, after: int = 0) -> list[Event]:
        return self.store.events(session_id, after)

    def session(self, session_id: str) -> SessionRecord:
        return self.store.session(session_id)

    def sessions(self) -> list[SessionRecord]:
        return self.store.sessions()

    def resolve(self, id_or_prefix: str) -> str:
        return self.store.resolve(id_or_prefix)

    def flow_definition(self, digest: str) -> str:
        return self.store.flow_definition(digest)

    def raw_events(self, session_id: str, after: int = 0) -> list[RawEvent]:
        return self.store.raw_events(session_id, after)

    def pending_purges(self) -> list[str]:
        return self.store.pending_purges()

    def watcher(self) -> Watcher:
        return self.store.watcher()

    def close(self) -> None:
        """The view owns no connection: closing the store is its opener's job."""
