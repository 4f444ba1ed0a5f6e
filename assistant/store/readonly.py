"""A read-only view of a store: what a replay, a diff or a review reads through.

Every read goes to the store underneath; every write raises, so an ``Interview`` built on
it for a past step (the replay) cannot add an event to the real session by mistake.
"""

from __future__ import annotations

from typing import Any, NoReturn

from assistant.models.events import Event
from assistant.store.base import RawEvent, SessionRecord, StoreView


class ReadOnlyStoreError(RuntimeError):
    """A write was attempted through a read-only view (a bug, not a user error)."""


class ReadOnlyStore(StoreView):
    """``Store`` reads of ``store``; writes refused."""

    def _refuse(self, what: str) -> NoReturn:
        raise ReadOnlyStoreError(f"{what}: this view of the store is read-only")

    # --- writes: refused ---------------------------------------------------------------
    def create_session(self, record: SessionRecord, flow_json: str, events: list[Event]) -> None:
        self._refuse("create_session")

    def append(self, session_id: str, events: list[Event], summary: dict[str, Any]) -> None:
        self._refuse("append")

    def set_summary(self, session_id: str, summary: str) -> None:
        self._refuse("set_summary")

    def delete_session(self, session_id: str) -> None:
        self._refuse("delete_session")

    def purge_session(self, session_id: str) -> bool:
        self._refuse("purge_session")

    def finish_purges(self) -> bool:
        self._refuse("finish_purges")

    def put_raw(
        self, record: SessionRecord, flow_json: str, events: list[RawEvent], after: int
    ) -> None:
        self._refuse("put_raw")
