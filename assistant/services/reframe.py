"""Re-framing: redo a framing once the product is live, starting from the old answers.

The new session is linked to the old one (``reframed_from``) and each old answer is copied
as an ``answer_given`` event marked ``carried_over``; the reviewer notes on a carried answer
follow it (``note_added`` marked ``carried_over``, with their author and first date).
A carried-over answer counts as an answer (the engine moves on), is flagged in exports
and in ``diff``, and stays editable: any later answer to that question (TUI,
``run --session NEW --answers FILE``) is an ordinary ``answer_edited`` event that clears
the flag.

Questions the old framing skipped are skipped again (marked ``carried_over``) when the
interview reaches them, so the re-framing asks, completes its sections and ends in the
order the old one did. Only answers that still apply are copied, in flow order, so
conditions see the earlier copies exactly as the interview would. With another flow
(``flow=``), answers whose question is gone or no longer validates are left out and
reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from assistant.engine.answers import AnswerError, NeedsExtraction
from assistant.errors import UserError
from assistant.models.events import EventType
from assistant.models.flowdef import FlowDefinition
from assistant.services.interview import Interview, InterviewService
from assistant.store.draft import SessionDraft

if TYPE_CHECKING:
    from assistant.store.base import Store


@dataclass
class ReframeResult:
    interview: Interview
    source: Interview
    carried: list[str] = field(default_factory=list)
    dropped: dict[str, str] = field(default_factory=dict)  # question id -> why
    notes: int = 0  # reviewer notes carried over with their answers


def reframe(
    service: InterviewService,
    session: str,
    *,
    title: str | None = None,
    perimeter: str | None = None,
    flow: FlowDefinition | None = None,
) -> ReframeResult:
    """Start a new session from ``session`` (id or prefix) with its answers carried over."""
    source = service.open(session)
    old_answers = source.engine.active_answers(source.state)
    if not old_answers:
        raise UserError(f"session {source.id[:8]} has no answers to carry over")
    new_title = title or source.title  # same product; the link and dates tell them apart
    new_perimeter = str(source.state.meta.get("perimeter", "")) if perimeter is None else perimeter
    draft = SessionDraft(service.store)
    # The draft stands in for the store while the session is built (see store.draft).
    interview = InterviewService(cast("Store", draft), service.clock).start(
        flow or source.flow, new_title, new_perimeter, reframed_from=source.id
    )
    result = ReframeResult(interview=interview, source=source)
    skipped = source.state.skipped
    for question in interview.engine.questions:
        qid = question.id
        if qid not in old_answers and qid not in skipped:
            continue
        if not interview.engine.applies(interview.state, qid):
            if qid in old_answers:
                result.dropped[qid] = "does not apply any more"
            continue
        current = interview.current()
        if qid not in old_answers:  # skipped before: skipped again, where the interview is
            if current is not None and current.id == qid:
                interview.record(EventType.question_skipped, qid, carried_over=True)
            continue
        # The interview asks in order; an earlier question the old framing left open
        # (new in this flow, never reached) stays the current one: later answers are
        # carried "aside" so the cursor waits there, as it would in a live interview.
        aside: dict[str, Any] = {"aside": True} if current is not None and current.id != qid else {}
        try:
            interview.answer(old_answers[qid], qid, carried_over=True, **aside)
        except (AnswerError, NeedsExtraction) as error:
            result.dropped[qid] = f"no longer valid: {error}"
            continue
        result.carried.append(qid)
        for note in source.state.notes.get(qid, []):
            # The note follows its answer, under its own author and first date.
            extra = {"author": note["author"]} if note.get("author") else {}
            interview.record(
                EventType.note_added,
                qid,
                text=note["text"],
                carried_over=True,
                written_at=note["at"],
                **extra,
            )
            result.notes += 1
    for question_id in old_answers:
        if question_id not in interview.engine.index:
            result.dropped[question_id] = "not in the new flow"
    draft.commit()
    interview.store = service.store  # created: later answers go to the store itself
    return result
