"""The one TUI commit path (issue 13): every screen's refusals come back the same way."""

from __future__ import annotations

from assistant.tui.committing import EXTRACTION_HINT, commit_change
from tests.tui.conftest import answered_until


async def test_committed_refused_extraction_and_conflict(service, flow) -> None:
    interview = answered_until(service, flow, "flows")
    ok = await commit_change(interview, lambda: interview.answer("a -> b: plan (low)"))
    assert ok.ok and "flows" in interview.state.answers

    interview.goto("flows")
    free = await commit_change(interview, lambda: interview.answer("we phone each other"))
    assert free.error is not None and free.error.endswith(EXTRACTION_HINT)
    assert not free.conflict and not free.store_failed

    bad = await commit_change(interview, lambda: interview.answer("a -> : x"))
    assert bad.error is not None and "expected a target name" in bad.error

    other = service.open(interview.id)  # another window writes first
    other.answer("c -> d: parts (high)")
    late = await commit_change(interview, lambda: interview.answer("e -> f: stock (low)"))
    assert late.conflict and not late.ok
    assert service.open(interview.id).state.answers["flows"][0]["source"] == "c"
