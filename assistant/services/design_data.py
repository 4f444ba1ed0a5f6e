"""Design-Data edits of a session: flows, actors, hyperclasses, use cases.

The flows and use-case screens of the TUI change a session only through these
functions, so what they do is the same for any front-end and is tested without Textual.
Each one validates first, then commits through ``Interview``: an edit of the answer of
a ``flows``, ``usecases`` or ``choice`` question, or a ``model_edited`` event
(``services.model.edit_model``). Nothing here keeps state of its own.

Two rules shape them:

* **Flows stay answers.** A flow is an item of a ``flows`` answer, so changing one is an
  answer edit of the question that holds it (its history, completeness and replay
  follow). Flows are addressed by their position in ``session_flows`` order, which is
  also the order of the model's flow ids (``f1``, ``f2``…): ``flow_slots`` maps one to
  the other.
* **The interview keeps its place.** Answering a question ahead of the cursor moves the
  engine's cursor past it; an edit made from a side screen must not move the user on
  in the interview, so every answer here is given ``aside`` (``answer_aside``).

Operations that need two commits (deleting an actor: its flows, then its model edits;
choosing a proposal: keep it, then answer the choice) commit the part that makes sense
alone first, so an interruption leaves a valid session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.models.flowdef import Question, QuestionKind
from assistant.models.infoflow import Actor, InformationFlow
from assistant.models.usecase import UseCase
from assistant.services.interview import Interview
from assistant.services.model import edit_model, flows_question_id, model_overlay, session_model

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel


@dataclass(frozen=True)
class InfoFlowSlot:
    """Where a flow is stored: the ``flows`` question and the index in its answer."""

    question_id: str
    index: int


def answer_aside(interview: Interview, question_id: str, value: Any) -> None:
    """Answer (or change the answer of) a question without moving the interview on.

    ``Interview.answer`` moves the cursor past the question it answers, the engine's rule
    for answering in order. From a side screen that would skip the questions in between,
    so the answer is recorded ``aside``: the engine leaves the cursor where it was.
    """
    interview.answer(value, question_id=question_id, aside=True)


# --------------------------------------------------------------------------- flows
def flow_slots(interview: Interview) -> list[InfoFlowSlot]:
    """One slot per flow, in ``session_flows`` order (= model flow ids f1, f2, …)."""
    answers = interview.engine.active_answers(interview.state)
    slots: list[InfoFlowSlot] = []
    for question in interview.engine.questions:
        if question.kind is QuestionKind.flows and question.id in answers:
            slots += [InfoFlowSlot(question.id, i) for i in range(len(answers[question.id]))]
    return slots


def _flows_answer(interview: Interview, question_id: str) -> list[dict[str, Any]]:
    return [dict(item) for item in interview.state.answers.get(question_id) or []]


def _store_flows(interview: Interview, question_id: str, flows: list[dict[str, Any]]) -> None:
    if not flows:
        raise UserError(
            "that would leave the flows question without any flow; add another flow first"
        )
    answer_aside(interview, question_id, flows)


def _slot(interview: Interview, position: int) -> InfoFlowSlot:
    slots = flow_slots(interview)
    if not 0 <= position < len(slots):
        raise UserError(f"there is no flow number {position + 1}")
    return slots[position]


def add_flow(interview: Interview, flow: InformationFlow) -> None:
    """Append a flow to the first ``flows`` question that applies (answering it if new)."""
    question_id = flows_question_id(interview)
    flows = [*_flows_answer(interview, question_id), flow.model_dump(mode="json")]
    _store_flows(interview, question_id, flows)


def replace_flow(interview: Interview, position: int, flow: InformationFlow) -> None:
    """Replace the flow at ``position`` (0-based, ``session_flows`` order)."""
    slot = _slot(interview, position)
    flows = _flows_answer(interview, slot.question_id)
    flows[slot.index] = flow.model_dump(mode="json")
    _store_flows(interview, slot.question_id, flows)


def delete_flow(interview: Interview, position: int) -> None:
    """Remove the flow at ``position``; its actors stay if other flows name them."""
    slot = _slot(interview, position)
    flows = _flows_answer(interview, slot.question_id)
    del flows[slot.index]
    _store_flows(interview, slot.question_id, flows)


# --------------------------------------------------------------------------- actors
def parse_pairs(text: str, what: str = "attribute") -> dict[str, str]:
    """``key=value`` items, one a line or comma-separated; the error names the bad item."""
    pairs: dict[str, str] = {}
    items: list[str] = []
    for line in text.splitlines():
        pieces = [piece.strip() for piece in line.split(",")]
        # "site=A, line=B" is two pairs; "line=Refining, Chemicals" is one value with a comma
        items += pieces if all("=" in piece for piece in pieces) else [line.strip()]
    for item in items:
        if not item:
            continue
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UserError(f"{what} {item!r}: expected key=value")
        pairs[" ".join(key.split())] = " ".join(value.split())
    return pairs


def save_actor(interview: Interview, actor: Actor) -> list[str]:
    """Record an actor's class, attributes, aliases and maturity (a ``model_edited`` event).

    The record replaces any earlier edit of the same actor, so pass all of it. Returns
    the fields the model does not show as given (``["class"]``…): another answer, such
    as a list of actors with their class in brackets, can still decide them.
    """
    edit_model(interview, actors=[actor])
    model = session_model(interview)
    found = model.find_actor(actor.name)
    if found is None:
        return ["class", "attributes", "maturity"]
    record = model.actor(found)
    ignored = []
    if str(record.kind) != str(actor.kind):
        ignored.append("class")
    if record.attributes != actor.attributes:
        ignored.append("attributes")
    if (record.maturity or None) != (actor.maturity or None):
        ignored.append("maturity")
    return ignored


@dataclass(frozen=True)
class ActorDeletion:
    """What deleting an actor removed, and whether another answer still names it."""

    flows_removed: int
    flows_changed: int
    still_declared: bool


def deletion_effect(model: InfoFlowModel, name: str) -> tuple[int, int]:
    """(flows removed, flows that only lose a target) if ``name`` were deleted."""
    actor_id = model.require_actor(name)
    removed = changed = 0
    for flow_id in model.flows_of(actor_id):
        targets = [t for t in model.targets_of(flow_id) if t != actor_id]
        if model.source_of(flow_id) == actor_id or not targets:
            removed += 1
        else:
            changed += 1
    return removed, changed


def delete_actor(interview: Interview, name: str) -> ActorDeletion:
    """Delete an actor: the flows it sends or alone receives, then its model edits.

    Flows where it is one target among others keep the other targets. Two commits (the
    flows answer first, so an interruption leaves no flow pointing at a deleted actor).
    ``still_declared`` is true when the actor is still in the model afterwards because
    another answer (the list of actors) names it.
    """
    model = session_model(interview)
    actor_id = model.require_actor(name)
    removed = changed = 0

    def without_actor(flow: InformationFlow, item: dict[str, Any]) -> dict[str, Any] | None:
        nonlocal removed, changed
        targets = [t for t in flow.targets if model.find_actor(t) != actor_id]
        if model.find_actor(flow.source) == actor_id or not targets:
            removed += 1
            return None
        if len(targets) != len(flow.targets):
            changed += 1
            return {**item, "targets": targets}
        return item

    _rewrite_flow_answers(interview, without_actor)
    overlay_names = [
        str(raw["name"])
        for raw in model_overlay(interview)["actors"]
        if model.find_actor(str(raw["name"])) == actor_id
    ]
    if overlay_names:
        edit_model(interview, delete_actors=overlay_names)
    still = session_model(interview).find_actor(name) is not None
    return ActorDeletion(removed, changed, still)


def _rewrite_flow_answers(
    interview: Interview,
    rewrite: Callable[[InformationFlow, dict[str, Any]], dict[str, Any] | None],
) -> None:
    """Pass every flow of every active flows answer through ``rewrite`` (it returns the
    item itself when unchanged, a new item, or None to drop it), then store each answer
    it changed, one commit per answer, once every flow has been read."""
    answers = interview.engine.active_answers(interview.state)
    new_answers: dict[str, list[dict[str, Any]]] = {}
    for question in interview.engine.questions:
        if question.kind is not QuestionKind.flows or question.id not in answers:
            continue
        kept: list[dict[str, Any]] = []
        touched = False
        for raw in answers[question.id]:
            item = dict(raw)
            new = rewrite(InformationFlow.model_validate(item), item)
            touched = touched or new is not item
            if new is not None:
                kept.append(new)
        if touched:
            new_answers[question.id] = kept
    for question_id, flows in new_answers.items():
        _store_flows(interview, question_id, flows)


@dataclass(frozen=True)
class ActorMerge:
    """What merging two actors did to the flows."""

    kept: str
    merged: str
    flows_repointed: int
    flows_dropped: int


def merge_actors(interview: Interview, keep: str, other: str) -> ActorMerge:
    """Fold the actor ``other`` into ``keep`` ("Wards" into "Ward nurse in charge").

    Two commits: first every flow naming ``other`` is re-pointed to ``keep`` in its
    answer (a flow between the two would become a loop on ``keep``: it loses that target,
    or goes when it had no other); then a ``model_edited`` merge, so that ``other`` stays
    folded in wherever it still appears (the list of actors, a later answer), its name
    kept as an alias, its attributes and memberships carried over.
    """
    model = session_model(interview)
    keep_id, other_id = model.require_actor(keep), model.require_actor(other)
    if keep_id == other_id:
        raise UserError("pick two different actors to merge")
    keep_name, other_name = model.actor(keep_id).name, model.actor(other_id).name

    def same(name: str) -> str | None:
        found = model.find_actor(name)
        return keep_id if found == other_id else found

    repointed = dropped = 0

    def repointed_to_keep(flow: InformationFlow, item: dict[str, Any]) -> dict[str, Any] | None:
        nonlocal repointed, dropped
        ends = [flow.source, *flow.targets]
        if not any(model.find_actor(end) == other_id for end in ends):
            return item
        source = keep_name if model.find_actor(flow.source) == other_id else flow.source
        targets: list[str] = []
        seen = {same(source)}
        for target in flow.targets:
            name = keep_name if model.find_actor(target) == other_id else target
            if same(name) in seen:
                continue  # a loop on the merged actor, or a target named twice
            seen.add(same(name))
            targets.append(name)
        if not targets:
            dropped += 1
            return None
        repointed += 1
        return {**item, "source": source, "targets": targets}

    _rewrite_flow_answers(interview, repointed_to_keep)
    edit_model(interview, merges=[(keep_name, other_name)])
    return ActorMerge(keep_name, other_name, repointed, dropped)


def save_hyperclass(
    interview: Interview,
    name: str,
    members: Iterable[str] = (),
    where: Mapping[str, str] | None = None,
) -> None:
    """Add (or redefine) a hyperclass: explicit members and/or an attribute rule.

    Members must be known actors; a name equal to an existing hyperclass's (as the model
    compares names) redefines that one.
    """
    from assistant.hypergraph.names import normalise_name

    clean = " ".join(name.split())
    if not clean:
        raise UserError("a hyperclass needs a name")
    model = session_model(interview)
    member_names: list[str] = []
    for member in members:
        actor_id = model.find_actor(member)
        if actor_id is None:
            raise UserError(f"unknown actor {member!r}")
        member_names.append(model.actor(actor_id).name)
    rule = dict(where or {})
    if not member_names and not rule:
        raise UserError("give members, a rule such as site=A, or both")
    for existing in model.hyperclasses():
        if normalise_name(existing.name) == normalise_name(clean):
            clean = existing.name
    edit_model(interview, hyperclasses=[{"name": clean, "members": member_names, "where": rule}])


# --------------------------------------------------------------------------- use cases
def usecases_question(interview: Interview) -> Question:
    """The first applicable ``usecases`` question (where candidates are kept)."""
    for question in interview.engine.questions:
        if question.kind is QuestionKind.usecases and interview.engine.applies(
            interview.state, question.id
        ):
            return question
    raise UserError("this session's flow has no question about use cases")


def choice_question(interview: Interview) -> Question | None:
    """The ``choice`` question whose choices come from the use cases (``chosen_usecase``)."""
    source = usecases_question(interview).id
    for question in interview.engine.questions:
        if question.kind is QuestionKind.choice and question.choices_from == source:
            return question
    return None


def session_usecases(interview: Interview) -> list[UseCase]:
    """The candidates in the session's ``usecases`` answer, in order."""
    raw = interview.state.answers.get(usecases_question(interview).id) or []
    return [UseCase.model_validate(item) for item in raw]


def chosen_title(interview: Interview) -> str | None:
    """The title answered to the choice question, if any."""
    question = choice_question(interview)
    if question is None:
        return None
    value = interview.state.answers.get(question.id)
    return str(value) if value else None


def set_usecases(interview: Interview, usecases: list[UseCase]) -> None:
    """Replace the candidates (an answer or an edit of the ``usecases`` question)."""
    question_id = usecases_question(interview).id
    value = [u.model_dump(mode="json") for u in usecases]
    if value == interview.state.answers.get(question_id):
        return
    answer_aside(interview, question_id, value)


def keep_usecase(interview: Interview, usecase: UseCase) -> None:
    """Add a candidate (a proposal) to the session's answer."""
    current = session_usecases(interview)
    if any(u.title.casefold() == usecase.title.casefold() for u in current):
        raise UserError(f"the session already has a candidate called {usecase.title!r}")
    set_usecases(interview, [*current, usecase])


def update_usecase(interview: Interview, old_title: str, usecase: UseCase) -> None:
    """Change a kept candidate (title, description, scores); the choice follows a rename."""
    current = session_usecases(interview)
    index = next(
        (i for i, u in enumerate(current) if u.title.casefold() == old_title.casefold()), None
    )
    if index is None:
        raise UserError(f"no candidate called {old_title!r} in the session")
    if any(
        i != index and u.title.casefold() == usecase.title.casefold() for i, u in enumerate(current)
    ):
        raise UserError(f"there is already a candidate called {usecase.title!r}")
    was_chosen = chosen_title(interview) == current[index].title
    current[index] = usecase
    set_usecases(interview, current)
    if was_chosen and usecase.title != old_title:
        choose_usecase(interview, usecase.title)


def drop_usecase(interview: Interview, title: str) -> None:
    """Remove a kept candidate; the chosen one cannot go (choose another first)."""
    if chosen_title(interview) == title:
        raise UserError("this is the chosen use case; choose another one before removing it")
    current = session_usecases(interview)
    remaining = [u for u in current if u.title != title]
    if len(remaining) == len(current):
        raise UserError(f"no candidate called {title!r} in the session")
    if not remaining:
        raise UserError("the session keeps at least one candidate")
    set_usecases(interview, remaining)


def choose_usecase(interview: Interview, title: str) -> None:
    """Answer the choice question with ``title`` (it must be a kept candidate).

    That answer is what the Business and Product questions pipe in
    (``{{ chosen_usecase }}`` in the shipped flow).
    """
    question = choice_question(interview)
    if question is None:
        raise UserError("this session's flow has no question choosing among the use cases")
    if not any(u.title == title for u in session_usecases(interview)):
        raise UserError(f"keep {title!r} in the session before choosing it")
    if interview.state.answers.get(question.id) == title:
        return
    answer_aside(interview, question.id, title)


__all__ = [
    "ActorDeletion",
    "ActorMerge",
    "InfoFlowSlot",
    "add_flow",
    "answer_aside",
    "choice_question",
    "choose_usecase",
    "chosen_title",
    "delete_actor",
    "delete_flow",
    "deletion_effect",
    "drop_usecase",
    "flow_slots",
    "keep_usecase",
    "merge_actors",
    "parse_pairs",
    "replace_flow",
    "save_actor",
    "save_hyperclass",
    "session_usecases",
    "set_usecases",
    "update_usecase",
    "usecases_question",
]
