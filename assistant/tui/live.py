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
from abc import abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

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


class FollowsSession:
    """The live-follow block of a screen showing ``self.interview`` (the flows and the
    review screens): one home instead of a copy per screen.

    Mixed into a ``Screen``: the screen calls ``follow()`` once it has drawn (at the end
    of ``on_mount``) and implements ``caught_up()``, its redraw once answers given
    elsewhere have been applied. Textual calls this class's ``on_session_changed`` and
    ``on_unmount`` beside the screen's own handlers (it walks the class's MRO), so the
    follower stops when the screen goes, whatever the screen's ``on_unmount`` does.
    """

    interview: Interview
    _follower: Follower | None = None
    _drawn: int = 0
    """The last event sequence number this screen has drawn."""

    def follow(self) -> None:
        """Start following the session from what is drawn now."""
        self._drawn = self._last_seq()
        screen = cast("Screen[Any]", self)
        self._follower = follow_session(screen, lambda: self.interview, lambda: self._drawn)

    @abstractmethod
    def caught_up(self) -> None:
        """Redraw from ``self.interview``, which now holds the events committed elsewhere
        (each screen that follows says how; mypy refuses a screen without it)."""

    async def on_session_changed(self, event: SessionChanged) -> None:
        event.stop()
        await catch_up(self.interview)  # may find nothing: another screen caught up first
        if self._last_seq() > self._drawn:
            self._drawn = self._last_seq()
            self.caught_up()

    def on_unmount(self) -> None:
        if self._follower is not None:
            self._follower.stop()
            self._follower = None

    def _last_seq(self) -> int:
        return self.interview.events[-1].seq if self.interview.events else 0
