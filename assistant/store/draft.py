"""A new session built in memory, then created in the store in one transaction.

Commands that build a whole session out of another (``reframe`` carries 60-odd answers
over, ``model retarget`` seeds the flows and the model) would otherwise write it as one
``create_session`` and then one ``append`` per answer: a kill in between leaves a session
with part of its answers, which looks like a real one. ``SessionDraft`` stands in for the
store while the session is built — the same ``Interview`` code validates and folds every
answer — and ``commit`` hands the finished session to ``Store.create_session``, which
every backend writes atomically. Until then nothing is on disk.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from assistant.models.events import Event
from assistant.store.base import RawEvent, SessionRecord, Store, StoreView

_SUMMARY_FIELDS = {
    "title",
    "perimeter",
    "status",
    "current_section",
    "current_question",
    "progress",
    "updated_at",
    "summary",  # the listing's JSON: without it a re-framing lists as it was when started
}


class SessionDraft(StoreView):
    """A ``Store`` for one session being created; reads of other sessions go to ``store``."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.record: SessionRecord | None = None
        self.flow_json = ""
        self.pending: list[Event] = []
        self.committed = False

    # --- the writes, kept until ``commit`` ----------------------------------------------
    def create_session(self, record: SessionRecord, flow_json: str, events: list[Event]) -> None:
        if self.record is not None:
            raise RuntimeError("a SessionDraft holds one new session")
        self.record, self.flow_json, self.pending = record, flow_json, list(events)

    def append(self, session_id: str, events: list[Event], summary: dict[str, Any]) -> None:
        record = self._own(session_id)
        if not events:
            return
        expected = self.pending[-1].seq + 1 if self.pending else 1
        if events[0].seq != expected:
            raise RuntimeError(f"draft events out of order: {events[0].seq} after {expected - 1}")
        self.pending.extend(events)
        columns = {k: v for k, v in summary.items() if k in _SUMMARY_FIELDS}
        self.record = replace(record, **columns, event_count=events[-1].seq)

    def commit(self) -> SessionRecord:
        """Create the session with all its events in one store transaction."""
        if self.record is None:
            raise RuntimeError("nothing to commit: the draft has no session")
        if self.committed:
            raise RuntimeError("this draft was already committed")
        self.store.create_session(self.record, self.flow_json, self.pending)
        self.committed = True
        return self.record

    # --- the reads: the draft's session from memory, others from the store ---------------
    def _own(self, session_id: str) -> SessionRecord:
        if self.record is None or session_id != self.record.id or self.committed:
            raise RuntimeError(f"session {session_id[:8]} is not the draft being built")
        return self.record

    def events(self, session_id: str, after: int = 0) -> list[Event]:
        if self.record is not None and session_id == self.record.id:
            return [e for e in self.pending if e.seq > after]
        return super().events(session_id, after)

    def session(self, session_id: str) -> SessionRecord:
        if self.record is not None and session_id == self.record.id:
            return self.record
        return super().session(session_id)

    def flow_definition(self, digest: str) -> str:
        if self.record is not None and digest == self.record.flow_digest:
            return self.flow_json
        return super().flow_definition(digest)

    def delete_session(self, session_id: str) -> None:
        raise RuntimeError("a SessionDraft only creates a session; delete through the store")

    def purge_session(self, session_id: str) -> bool:
        raise RuntimeError("a SessionDraft only creates a session; purge through the store")

    def finish_purges(self) -> bool:
        return self.store.finish_purges()

    # --- the rest of the Store protocol: other sessions go to the store -------------------
    def set_summary(self, session_id: str, summary: str) -> None:
        if self.record is not None and session_id == self.record.id:
            raise RuntimeError("the draft's summary is written with its events")
        self.store.set_summary(session_id, summary)

    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None:
        raise RuntimeError("a SessionDraft only creates a session; copy through the store")
