"""Build the framing document of a session: the model every export format renders.

Session logic (which questions the plan asks, their status, the flows, hot spots and
ranked use cases, the checks and the summary), so it lives with the services; the
renderers in ``assistant.export`` only turn the finished document into a format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant import __version__
from assistant.models.document import (
    AnswerEntry,
    FlowShape,
    FramingDocument,
    Hotspot,
    Note,
    RankedUseCase,
    SectionEntry,
)
from assistant.models.flowdef import QuestionKind
from assistant.models.infoflow import Actor

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel
    from assistant.services.interview import Interview

#: How many hot spots of a kind a framing document shows (``data360 diff`` compares that top).
HOTSPOTS_SHOWN = 5
PATTERNS_SHOWN = 4


def _status(interview: Interview, question_id: str, required: bool) -> str:
    state = interview.state
    if question_id in state.answers:
        return "answered"
    if question_id in state.skipped:
        return "skipped"
    return "missing" if required else "unanswered"


def collect_usecases(interview: Interview) -> tuple[list[RankedUseCase], str | None]:
    """Use-case candidates ranked, and the chosen one (the ``chosen_usecase`` answer)."""
    from assistant.hypergraph.usecases import rank_usecases
    from assistant.models.usecase import UseCase

    answers = interview.engine.active_answers(interview.state)
    candidates: list[UseCase] = []
    chosen: str | None = None
    for question in interview.engine.questions:
        if question.id not in answers:
            continue
        if question.kind is QuestionKind.usecases:
            candidates += [UseCase.model_validate(u) for u in answers[question.id]]
        elif question.choices_from and question.kind is QuestionKind.choice:
            chosen = str(answers[question.id])
    ranked = []
    for item in rank_usecases(candidates):
        usecase = item.usecase
        is_chosen = usecase.title == chosen if chosen else usecase.chosen
        ranked.append(
            RankedUseCase(
                **usecase.model_dump(exclude={"chosen"}),
                score=round(item.score.total, 3),
                rank=item.rank,
                chosen=is_chosen,
                blocked_on=list(item.score.blocked_on),
            )
        )
    if chosen is None:
        chosen = next((u.title for u in ranked if u.chosen), None)
    return ranked, chosen


def build_document(interview: Interview) -> FramingDocument:
    """The whole framing of a session, from its current state."""
    engine, state = interview.engine, interview.state
    plan = engine.plan(state)
    sections: list[SectionEntry] = []
    progress = {p.id: p for p in engine.section_progress(state)}
    for section in interview.flow.sections:
        entries: list[AnswerEntry] = []
        for question in section.questions:
            if not plan[engine.index[question.id]]:
                continue
            entries.append(
                AnswerEntry(
                    question_id=question.id,
                    kind=question.kind.value,
                    prompt=engine.prompt(state, question),
                    required=question.required,
                    topics=list(question.topics),
                    status=_status(interview, question.id, question.required),
                    value=state.answers.get(question.id),
                    answered_at=state.answered_at.get(question.id),
                    carried_over=question.id in state.carried_over,
                    needs_review=question.id in state.needs_review,
                    notes=[Note(**n) for n in state.notes.get(question.id, [])],
                )
            )
        sections.append(
            SectionEntry(
                id=section.id,
                title=section.title,
                intro=section.intro,
                answered=progress[section.id].answered,
                total=progress[section.id].total,
                answers=entries,
            )
        )
    from assistant.services.model import session_flows, session_model

    flows = session_flows(interview)
    actors, hotspots, patterns = _model_views(session_model(interview) if flows else None)
    usecases, chosen = collect_usecases(interview)
    document = FramingDocument(
        generator=f"data360 {__version__}",
        session=interview.summary(),
        sections=sections,
        actors=actors,
        flows=flows,
        hotspots=hotspots,
        patterns=patterns,
        usecases=usecases,
        chosen_usecase=chosen,
        completeness=engine.completeness(state),
        flow_definition=interview.flow,
        events=list(interview.events),
    )
    return with_conclusions(document)


def with_conclusions(document: FramingDocument) -> FramingDocument:
    """The document with its checks, honest completeness, summary and action plan."""
    from assistant.services.checks import run_checks
    from assistant.services.summary import action_plan, coverage, summarise

    checks = run_checks(document)
    covered = coverage(document)
    return document.model_copy(
        update={
            "checks": checks,
            "coverage": covered,
            "summary": summarise(document, checks, covered),
            "actions": action_plan(document, checks, covered),
        }
    )


def _model_views(
    model: InfoFlowModel | None,
) -> tuple[list[Actor], list[Hotspot], list[FlowShape]]:
    """Actors, the top hot spots of the flow hypergraph and the shapes across flows the
    score ranks low (all empty when there are no flows)."""
    if model is None:
        return [], [], []
    from assistant.hypergraph.hotspots import rank_hotspots
    from assistant.hypergraph.patterns import find_patterns

    ranking = rank_hotspots(model)
    actors = [
        Actor.model_validate(a.model_dump(include=set(Actor.model_fields))) for a in model.actors()
    ]
    hotspots = [
        Hotspot(
            name=spot.name,
            kind=hotspot_kind(spot.kind),
            score=round(spot.score, 4),
            rank=spot.rank,
            reasons=spot.summary,
        )
        for spot in ranking.top(HOTSPOTS_SHOWN)
    ]
    patterns = [
        FlowShape(kind=p.kind, title=p.title, reasons=p.summary)
        for p in find_patterns(model, ranking, skip_top=HOTSPOTS_SHOWN)[:PATTERNS_SHOWN]
    ]
    return actors, hotspots, patterns


def hotspot_kind(kind: str) -> str:
    """A hot spot's kind as documents (and their diff) name it: an object is an ``actor``."""
    return "actor" if kind == "object" else kind


def flow_model(document: FramingDocument) -> InfoFlowModel:
    """The flow hypergraph a document draws: its flows, with its actors' classes.

    Every format's diagram (Mermaid in Markdown, the SVG/PNG map of HTML and DOCX) and
    the diff's full hot-spot ranking are built from it, so they see the same actors.
    """
    from assistant.hypergraph.model import InfoFlowModel

    return InfoFlowModel.from_flows(document.flows, document.actors)
