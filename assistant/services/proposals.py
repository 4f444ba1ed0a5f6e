"""Extraction proposals in a session: propose, then accept (all, some, edited) or reject.

The front-ends (TUI review screen, headless runs) share these steps so a proposal always
leaves the same trail of events: ``flows_extracted`` (the proposal, the extractor, and
for an LLM the model, prompt version, latency and call-log ids), then
``extraction_accepted`` or ``extraction_rejected``, then — when accepted — the answer
itself with its ``source_text``. Nothing here changes which question comes next other
than answering the flows question the user chose to answer.

Extraction itself (``propose``) writes nothing but the LLM call log, so it can run in a
worker thread and be cancelled.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from assistant.models.events import EventType
from assistant.models.infoflow import Actor, Extraction, InformationFlow

if TYPE_CHECKING:
    from assistant.llm.config import LLMSettings
    from assistant.services.interview import Interview

Decision = Literal["all", "some", "edited"]


@dataclass
class Proposal:
    """What an extractor proposed for one answer, and how it was made."""

    question_id: str
    text: str
    extraction: Extraction
    provenance: dict[str, Any] = field(default_factory=dict)
    recorded: bool = False

    @property
    def extractor(self) -> str:
        return self.extraction.extractor


def known_actors(interview: Interview) -> list[Actor]:
    """The actors of the session's model (names, kinds, aliases), for name merging."""
    from assistant.services.model import session_model

    try:
        return [
            Actor.model_validate(a.model_dump(exclude={"id"}))
            for a in session_model(interview).actors()
        ]
    except Exception:  # a model that cannot be built yet: extract without known names
        return []


def extractor_for(
    interview: Interview,
    question_id: str,
    *,
    settings: LLMSettings | None = None,
    cancel: threading.Event | None = None,
) -> Any:
    """The configured extractor for one answer of a session (its calls logged with them)."""
    from assistant.llm.client import CallContext
    from assistant.services.extractors import make_extractor

    return make_extractor(
        settings,
        store=lambda: interview.store,
        context=CallContext(interview.id, question_id),
        cancel=cancel,
    )


def propose(interview: Interview, question_id: str, text: str, extractor: Any) -> Proposal:
    """Run ``extractor`` on ``text`` (slow with an LLM: call it from a worker)."""
    extraction = extractor.extract(text, known_actors(interview) or None)
    run = getattr(extractor, "last_run", None)
    provenance: dict[str, Any] = run.event_data() if run is not None else {}
    return Proposal(question_id, text, extraction, provenance)


def _proposal_event(proposal: Proposal) -> tuple[tuple[EventType, dict[str, Any]], ...]:
    """The ``flows_extracted`` event of a proposal, unless it is already recorded."""
    if proposal.recorded:
        return ()
    data = {
        "text": proposal.text,
        "extractor": proposal.extractor,
        "extraction": proposal.extraction.model_dump(mode="json"),
        **proposal.provenance,
    }
    return ((EventType.flows_extracted, data),)


def accept(
    interview: Interview,
    proposal: Proposal,
    flows: list[InformationFlow],
    how: Decision = "all",
    accepted: list[int] | None = None,
) -> None:
    """Record the proposal, the decision, the classes of its new actors and the answer with
    ``flows``: one commit, so a refused answer or a crash never leaves a decision without
    its answer."""
    data: dict[str, Any] = {"how": how, "by": "user", "count": len(flows)}
    if accepted is not None:
        data["accepted"] = accepted
    for key in ("model", "prompt_version", "latency_ms"):
        if key in proposal.provenance:
            data[key] = proposal.provenance[key]
    interview.answer(
        [f.model_dump(mode="json") for f in flows],
        proposal.question_id,
        preceded_by=(
            *_proposal_event(proposal),
            (EventType.extraction_accepted, data),
            *actor_kinds_event(interview, proposal.extraction, flows),
        ),
        source_text=proposal.text,
    )
    proposal.recorded = True


def actor_kinds_event(
    interview: Interview, extraction: Extraction, flows: list[InformationFlow]
) -> tuple[tuple[EventType, dict[str, Any]], ...]:
    """The classes the extractor read for the actors of accepted flows ("the ordering
    portal" is a tool, "FreshPlate" an organisation), as a model edit committed with the
    answer. Without it an actor nobody listed is a person, and the hot spots and use-case
    proposals see no system in the map. A class the user gave (listed actors, edits) is
    never overridden, and an actor of the default class adds nothing."""
    from assistant.hypergraph.names import name_key
    from assistant.models.infoflow import ActorKind
    from assistant.services.model import declared_actors, overlay_of

    ends = {name_key(name) for flow in flows for name in (flow.source, *flow.targets)}
    given = {name_key(a.name) for a in declared_actors(interview.engine, interview.state)}
    given |= {name_key(str(a.get("name", ""))) for a in overlay_of(interview.state)["actors"]}
    actors = [
        actor.model_dump(mode="json")
        for actor in extraction.actors
        if actor.kind is not ActorKind.person
        and name_key(actor.name) in ends
        and name_key(actor.name) not in given
    ]
    return ((EventType.model_edited, {"actors": actors}),) if actors else ()


def reject(interview: Interview, proposal: Proposal, reason: str = "") -> None:
    """Record that the user turned the proposal down (the question stays open): the
    proposal and the decision in one commit."""
    data: dict[str, Any] = {"by": "user"}
    if reason:
        data["reason"] = reason
    interview.record_all(
        proposal.question_id,
        (*_proposal_event(proposal), (EventType.extraction_rejected, data)),
    )
    proposal.recorded = True
