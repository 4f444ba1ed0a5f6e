"""Accepting an extraction proposal is one commit: the proposal, the decision and the
answer reach the store in one transaction, or none of them does (issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.engine.answers import AnswerError
from assistant.extract.offline import OfflineExtractor
from assistant.flow.loader import active_flow
from assistant.models.events import EventType
from assistant.services.interview import Interview, InterviewService
from assistant.services.proposals import accept, propose
from assistant.store import open_store

TEXT = "Every week the planner emails the shutdown plan to the maintenance team."


class CountingStore:
    """The real store, counting its transactions of appended events."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.appends: list[list[EventType]] = []

    def append(self, session_id: str, events: list[Any], summary: dict[str, Any]) -> None:
        self.appends.append([e.type for e in events])
        self.store.append(session_id, events, summary)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def _at_flows(tmp_path) -> tuple[Interview, CountingStore, str]:
    store = CountingStore(open_store(str(tmp_path / "a.db")))
    interview = InterviewService(store).start(active_flow(), "Accept", "Site A")  # type: ignore[arg-type]
    question = next(q for q in interview.engine.questions if q.kind == "flows")
    return interview, store, question.id


def test_accepting_a_proposal_is_one_transaction(tmp_path) -> None:
    interview, store, question_id = _at_flows(tmp_path)
    proposal = propose(interview, question_id, TEXT, OfflineExtractor())
    store.appends.clear()
    accept(interview, proposal, proposal.extraction.flows)
    assert len(store.appends) == 1
    assert store.appends[0][:4] == [
        EventType.flows_extracted,
        EventType.extraction_accepted,
        EventType.model_edited,  # "the maintenance team" is a team, read from the text
        EventType.answer_given,
    ]
    assert interview.state.answers[question_id]


def test_a_refused_answer_leaves_no_accepted_proposal_behind(tmp_path) -> None:
    interview, store, question_id = _at_flows(tmp_path)
    proposal = propose(interview, question_id, TEXT, OfflineExtractor())
    before = len(store.store.events(interview.id))
    with pytest.raises(AnswerError):
        accept(interview, proposal, [])  # no flow: the answer is refused
    assert len(store.store.events(interview.id)) == before


def test_accepting_records_the_classes_read_and_never_overrides_the_users(tmp_path) -> None:
    from assistant.models.infoflow import Actor, ActorKind
    from assistant.services.model import edit_model, session_model

    interview, store, question_id = _at_flows(tmp_path)
    edit_model(interview, actors=[Actor(name="Kitchen portal", kind=ActorKind.organisation)])
    text = (
        "The office clerk types the lunch numbers into the ordering portal."
        " The clerk emails the allergy list to the Kitchen portal."
    )
    proposal = propose(interview, question_id, text, OfflineExtractor())
    store.appends.clear()
    accept(interview, proposal, proposal.extraction.flows)
    assert len(store.appends) == 1 and EventType.model_edited in store.appends[0]
    model = session_model(interview)
    kinds = {model.name_of(a).casefold(): model.actor(a).kind for a in model.actor_ids()}
    assert kinds["ordering portal"] is ActorKind.tool  # read from the text
    assert kinds["kitchen portal"] is ActorKind.organisation  # the user's class stays
    # the same answer imported elsewhere has the same classes (the edit is an event)
    assert interview.state.model_edits[-1]["actors"][0]["name"] == "ordering portal"
