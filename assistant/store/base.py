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
    """What the services need from a store."""

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

    def purge_session(self, session_id: str) -> None:
        """Delete for good (see the README for what each backend keeps until VACUUM)."""
        ...

    def raw_events(self, session_id: str, after: int = 0) -> list[RawEvent]: ...

    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None: ...
