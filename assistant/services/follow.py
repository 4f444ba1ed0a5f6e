"""Events of a session as they are committed, by this process or any other.

The store's watcher wakes up on a commit (LISTEN/NOTIFY on PostgreSQL, ``PRAGMA
data_version`` polled on SQLite); the new events are then read by sequence number, so
nothing is missed or repeated whichever backend or timing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from assistant.models.events import Event
from assistant.store.base import Store

WAKE_SECONDS = 1.0


def follow(
    store: Store,
    session_id: str,
    after: int = 0,
    stop: Callable[[], bool] | None = None,
) -> Iterator[Event]:
    """Yield the session's events with ``seq > after``, then each new one as it arrives,
    until ``stop()`` is true (checked at least every ``WAKE_SECONDS``)."""
    with store.watcher() as watcher:  # listening before reading: no commit falls between
        last = after
        while True:
            for event in store.events(session_id, after=last):
                last = event.seq
                yield event
            if stop is not None and stop():
                return
            watcher.wait(WAKE_SECONDS)
