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


async def test_accepting_a_proposal_is_one_commit(service, flow) -> None:
    """The proposal, the decision and the answer land in one transaction (issue 13)."""
    from assistant.extract.offline import OfflineExtractor
    from assistant.models.events import EventType
    from assistant.services import proposals

    interview = answered_until(service, flow, "flows")
    text = "The planner sends the shutdown plan to the maintenance team by email."
    proposal = proposals.propose(interview, "flows", text, OfflineExtractor())
    before = len(interview.events)
    appends: list[int] = []
    store_append = interview.store.append

    def counting(session_id, events, summary):  # type: ignore[no-untyped-def]
        appends.append(len(events))
        return store_append(session_id, events, summary)

    interview.store.append = counting  # type: ignore[method-assign]
    try:
        proposals.accept(interview, proposal, proposal.extraction.flows)
    finally:
        interview.store.append = store_append  # type: ignore[method-assign]
    assert len(appends) == 1
    kinds = [e.type for e in interview.events[before:]]
    assert kinds[:4] == [
        EventType.flows_extracted,
        EventType.extraction_accepted,
        EventType.model_edited,  # the maintenance team's class, read from the text
        EventType.answer_given,
    ]
