"""The replay's state at a step is read-only: it cannot add events to the real session."""

from __future__ import annotations

import pytest

from assistant.flow.loader import active_flow
from assistant.services.interview import InterviewService
from assistant.store import open_store
from assistant.store.readonly import ReadOnlyStoreError
from assistant.tui.screens.replay import state_at


def test_an_answer_sent_to_a_past_step_is_refused_and_nothing_is_written(tmp_path) -> None:
    store = open_store(str(tmp_path / "r.db"))
    interview = InterviewService(store).start(active_flow(), "Replay", "Site A")
    interview.answer("Normandy refinery, maintenance planning")
    before = store.events(interview.id)

    for step in (1, len(before)):  # the last step too: its history is not stale
        past = state_at(interview, step)
        assert len(past.events) == step
        with pytest.raises(ReadOnlyStoreError):
            past.answer("a different perimeter")
    assert store.events(interview.id) == before
