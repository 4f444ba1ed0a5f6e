"""Copy every session from one store to another (SQLite <-> PostgreSQL), events verbatim.

Each session is copied in one transaction of the destination, so an interruption leaves
whole sessions (or a whole prefix of a session's history) behind, and running the copy
again carries on from there: sessions already complete are skipped, a session that grew
in the source since gets only its new events. A destination whose history of a session
differs from the source's is refused, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.errors import UserError
from assistant.store.base import SessionRecord, Store


@dataclass
class CopyReport:
    sessions: int = 0
    copied: int = 0
    up_to_date: int = 0
    events: int = 0


def _existing(store: Store, session_id: str) -> SessionRecord | None:
    try:
        store.resolve(session_id)
        return store.session(session_id)
    except UserError:
        return None


def copy_store(
    source: Store, destination: Store, progress: Callable[[str], None] | None = None
) -> CopyReport:
    """Copy the sessions of ``source`` missing (or shorter) in ``destination``."""
    report = CopyReport()
    for record in sorted(source.sessions(), key=lambda r: (r.created_at, r.id)):
        report.sessions += 1
        events = source.raw_events(record.id)
        last = events[-1].seq if events else 0
        there = _existing(destination, record.id)
        done = there.event_count if there is not None else 0
        if there is not None and done > 0:
            theirs = destination.raw_events(record.id, after=done - 1)
            mine = [e for e in events if e.seq == done]
            if done > last or theirs[:1] != mine:
                raise UserError(
                    f"session {record.id[:8]} differs in the destination (its history is not"
                    " the source's); nothing of it was copied"
                )
        if there is not None and done == last:
            report.up_to_date += 1
            continue
        new = [e for e in events if e.seq > done]
        # The row is the source's as of its last event (summary columns included).
        copied = SessionRecord(**{**record.__dict__, "event_count": last})
        destination.put_raw(copied, source.flow_definition(record.flow_digest), new, done)
        report.copied += 1
        report.events += len(new)
        if progress is not None:
            progress(f"{record.id[:8]}  {len(new):>5} events  {record.title}")
    return report
