"""A session's HBDS flow model: built from its answers and its model edits.

Flows live in the answers of the ``flows`` questions (so they are part of the interview,
its history and its completeness); what answers cannot say — an actor's class and
attributes, hyperclasses, the perimeter's attributes — lives in ``model_edited`` events.
``session_model`` folds both into an ``InfoFlowModel``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from assistant.engine.state import Engine, SessionState
from assistant.errors import UserError
from assistant.hypergraph.names import name_key
from assistant.models.events import EventType
from assistant.models.flowdef import QuestionKind
from assistant.models.infoflow import Actor, ActorKind, InformationFlow
from assistant.services.interview import Interview, InterviewService
from assistant.store.draft import SessionDraft

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel


def session_flows(interview: Interview) -> list[InformationFlow]:
    """Every information flow given in the applicable ``flows`` answers, in order."""
    return flows_of(interview.engine, interview.state)


def flows_of(engine: Engine, state: SessionState) -> list[InformationFlow]:
    """The flows of any state (a live session, or a step of a replay)."""
    answers = engine.active_answers(state)
    flows: list[InformationFlow] = []
    for question in engine.questions:
        if question.kind is QuestionKind.flows and question.id in answers:
            flows += [InformationFlow.model_validate(f) for f in answers[question.id]]
    return flows


MAX_ACTOR_NAME = 200
"""The longest actor name the model takes (``Actor.name``)."""


def declared_actors(engine: Engine, state: SessionState) -> list[Actor]:
    """Every actor listed in answers about actors (topic I-02), with its class.

    The shipped flow asks "who and what exchanges information" as a list, one actor a
    line, ``name (kind)``. When the class is missing it is guessed from the name (the
    extractor's lexicon), so no listed actor is lost; the user changes a wrong guess on
    the flows screen, and that edit wins over the guess. A list that is also about the
    perimeter (topic I-01: "Site: Normandy refinery") holds attributes, not actors: only
    its items with a class in brackets are taken.
    """
    from assistant.engine.answers import parse_actor_item
    from assistant.extract.lexicon import kind_from_head

    answers = engine.active_answers(state)
    actors: list[Actor] = []
    for question in engine.questions:
        if question.kind is not QuestionKind.list or "I-02" not in question.topics:
            continue
        only_declared = "I-01" in question.topics
        for item in answers.get(question.id) or []:
            name, kind = parse_actor_item(str(item))
            if not name or len(name) > MAX_ACTOR_NAME or (kind is None and only_declared):
                continue  # a sentence or an attribute, not an actor
            if kind is None:
                words = name.split()
                proper = any(w[:1].isupper() for w in words[1:]) or name.isupper()
                actors.append(Actor(name=name, kind=kind_from_head(words, proper=proper)))
            else:
                actors.append(Actor(name=name, kind=ActorKind(kind)))
    return actors


def model_overlay(interview: Interview) -> dict[str, Any]:
    """The accumulated model edits: perimeter attributes, actors by name, hyperclasses."""
    return overlay_of(interview.state)


def overlay_of(state: SessionState) -> dict[str, Any]:
    """``model_overlay`` for any state."""
    attributes: dict[str, str] = {}
    actors: dict[str, dict[str, Any]] = {}
    hyperclasses: dict[str, dict[str, Any]] = {}
    merges: list[dict[str, str]] = []
    for edit in state.model_edits:
        attributes.update({str(k): str(v) for k, v in (edit.get("attributes") or {}).items()})
        for actor in edit.get("actors") or []:
            if isinstance(actor, Mapping) and actor.get("name"):
                actors[name_key(str(actor["name"]))] = dict(actor)
        for name in edit.get("delete_actors") or []:
            actors.pop(name_key(str(name)), None)
        for hyperclass in edit.get("hyperclasses") or []:
            if isinstance(hyperclass, Mapping) and hyperclass.get("name"):
                hyperclasses[str(hyperclass["name"]).casefold()] = dict(hyperclass)
        for name in edit.get("delete_hyperclasses") or []:
            hyperclasses.pop(str(name).casefold(), None)
        for merge in edit.get("merges") or []:
            if isinstance(merge, Mapping) and merge.get("keep") and merge.get("other"):
                merges.append({"keep": str(merge["keep"]), "other": str(merge["other"])})
    return {
        "attributes": attributes,
        "actors": list(actors.values()),
        "hyperclasses": list(hyperclasses.values()),
        "merges": merges,
    }


def session_model(interview: Interview) -> InfoFlowModel:
    """The HBDS model of a session (flows from answers, classes and attributes from edits)."""
    return model_of(interview.engine, interview.state)


def model_of(engine: Engine, state: SessionState) -> InfoFlowModel:
    """The HBDS model of any state: declared actors, then edits, then the flows."""
    from assistant.hypergraph.model import InfoFlowModel, ModelError

    overlay = overlay_of(state)
    actors = declared_actors(engine, state)
    edited: list[Actor] = []
    for raw in overlay["actors"]:
        try:
            edited.append(Actor.model_validate(raw))
        except ValueError:
            continue  # an edit that no longer validates is ignored, not fatal
    model = InfoFlowModel.from_flows(
        flows_of(engine, state), [*actors, *edited], overlay["attributes"]
    )
    for actor in edited:
        # Merging keeps a declared class; an edit of the model is explicit, so it wins.
        found = model.find_actor(actor.name)
        if found is not None:
            model.edit_actor(found, kind=actor.kind)
    for merge in overlay["merges"]:
        # An explicit merge folds the other actor in wherever it comes from: a flow that
        # still names it, the list of actors, a later answer.
        keep, other = model.find_actor(merge["keep"]), model.find_actor(merge["other"])
        if keep is not None and other is not None and keep != other:
            kind = model.actor(keep).kind  # the kept actor keeps its class
            model.merge_actors(keep, other)
            model.edit_actor(keep, kind=kind)
    for hyperclass in overlay["hyperclasses"]:
        try:
            model.add_hyperclass(
                hyperclass["name"],
                members=[m for m in hyperclass.get("members", []) if model.find_actor(m)],
                where=hyperclass.get("where") or None,
            )
        except ModelError:
            continue
    return model


def edit_model(
    interview: Interview,
    *,
    actors: Iterable[Actor] = (),
    attributes: Mapping[str, str] | None = None,
    hyperclasses: Iterable[Mapping[str, Any]] = (),
    delete_actors: Iterable[str] = (),
    merges: Iterable[tuple[str, str]] = (),
) -> None:
    """Record a model edit (committed as one ``model_edited`` event).

    ``merges`` are ``(keep, other)`` pairs: ``other`` is folded into ``keep``.
    """
    data: dict[str, Any] = {}
    if actors:
        data["actors"] = [a.model_dump(mode="json") for a in actors]
    if attributes:
        data["attributes"] = dict(attributes)
    if hyperclasses:
        data["hyperclasses"] = [dict(h) for h in hyperclasses]
    if delete_actors:
        data["delete_actors"] = list(delete_actors)
    if merges:
        data["merges"] = [{"keep": keep, "other": other} for keep, other in merges]
    if data:
        interview.record(EventType.model_edited, **data)


def flows_question_id(interview: Interview) -> str:
    """The first ``flows`` question that applies: where hand-edited flows are kept."""
    for question in interview.engine.questions:
        if question.kind is QuestionKind.flows and interview.engine.applies(
            interview.state, question.id
        ):
            return question.id
    raise UserError("this session's flow has no question about information flows")


def parse_bindings(settings: Iterable[str]) -> dict[str, str]:
    """``["site=B", "business line=Retail"]`` → ``{"site": "B", ...}``."""
    bindings: dict[str, str] = {}
    for setting in settings:
        key, sep, value = setting.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UserError(f"expected ATTRIBUTE=VALUE, got {setting!r}")
        bindings[key.strip()] = value.strip()
    if not bindings:
        raise UserError("give at least one --set ATTRIBUTE=VALUE")
    return bindings


def retarget_session(
    service: InterviewService, interview: Interview, bindings: Mapping[str, str]
) -> Interview:
    """A new session seeded with the model re-bound to another perimeter.

    The structure (actors, flows, hyperclass memberships) is copied as it is; only
    attribute values change. The new session starts its interview with the flows
    answered (carried over) and asks everything else anew. It is built in a
    ``SessionDraft`` and created in one store transaction: a kill never leaves a copy
    without its flows or its model.
    """
    from assistant.hypergraph.perimeter import retarget

    model = retarget(session_model(interview), bindings)
    snapshot = model.to_snapshot()
    label = ", ".join(f"{k}={v}" for k, v in bindings.items())
    perimeter = " / ".join(f"{k}: {v}" for k, v in sorted(snapshot.attributes.items()))
    draft = SessionDraft(service.store)
    seeded = InterviewService(draft, service.clock).start(
        interview.flow,
        f"{interview.title} ({label})",
        perimeter or str(interview.state.meta.get("perimeter", "")),
        reframed_from=interview.id,
    )
    names = {a.id: a.name for a in snapshot.actors}
    flows = [
        InformationFlow.model_validate(
            {
                **record.model_dump(exclude={"id", "source", "targets"}),
                "source": names[record.source],
                "targets": [names[t] for t in record.targets],
            }
        )
        for record in snapshot.flows
    ]
    if flows:
        seeded.answer(
            [f.model_dump(mode="json") for f in flows],
            flows_question_id(seeded),
            carried_over=True,
            retargeted=dict(bindings),
        )
    edit_model(
        seeded,
        actors=[Actor.model_validate(a.model_dump(exclude={"id"})) for a in snapshot.actors],
        attributes=snapshot.attributes,
        hyperclasses=[h.model_dump(exclude={"id"}) for h in snapshot.hyperclasses],
    )
    draft.commit()
    seeded.store = service.store  # created: later answers go to the store itself
    return seeded
