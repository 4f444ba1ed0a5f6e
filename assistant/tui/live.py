"""Live sessions: a screen showing a session follows the commits other windows, other
processes or other participants make to it.

A thread worker waits on the store's watcher (LISTEN/NOTIFY on PostgreSQL, ``PRAGMA
data_version`` on SQLite) and, when the session has events the screen has not seen,
posts ``SessionChanged`` to the screen (``post_message`` is thread-safe). The screen
then catches up on the UI thread; its own unsent input is never touched.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.message import Message

from assistant.errors import UserError

if TYPE_CHECKING:
    from textual.screen import Screen

    from assistant.services.interview import Interview

WAKE_SECONDS = 0.5


class SessionChanged(Message):
    """The session shown has events committed elsewhere (``event_count`` in the store)."""

    def __init__(self, event_count: int) -> None:
        super().__init__()
        self.event_count = event_count


class Follower:
    """A daemon thread (not a Textual worker: it never finishes by itself, and tests wait
    for workers) that posts ``SessionChanged`` to ``screen``; ``stop()`` ends it within
    ``WAKE_SECONDS``."""

    def __init__(
        self, screen: Screen[Any], current: Callable[[], Interview], drawn: Callable[[], int]
    ) -> None:
        self.screen = screen
        self.current = current
        self.drawn = drawn
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="data360-live", daemon=True)

    def start(self) -> Follower:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        store = self.current().store
        try:
            watcher = store.watcher()
        except UserError:
            return  # no live updates; the store's sequence check still guards every write
        with watcher, contextlib.suppress(UserError):
            while not self._stop.is_set():
                if not watcher.wait(WAKE_SECONDS) or self._stop.is_set():
                    continue
                count = store.session(self.current().id).event_count
                if count > self.drawn():
                    self.screen.post_message(SessionChanged(count))


def follow_session(
    screen: Screen[Any], current: Callable[[], Interview], drawn: Callable[[], int]
) -> Follower:
    """Follow the session of ``current()`` (a screen may reopen its interview) and post
    ``SessionChanged`` when the store has events past ``drawn()``, the last sequence
    number the screen has drawn (not the interview's: screens stacked on one session
    share its ``Interview``, and the first to catch up must not hide it from the
    others). The screen stops the follower when it is unmounted."""
    return Follower(screen, current, drawn).start()


async def catch_up(interview: Interview) -> int:
    """Apply the session's new events to ``interview`` off the UI thread, under the lock
    its commits and model reads take."""
    import asyncio

    from assistant.tui.design_view import interview_lock

    def locked() -> int:
        with interview_lock(interview):
            return interview.catch_up()

    try:
        return await asyncio.to_thread(locked)
    except UserError:
        return 0
