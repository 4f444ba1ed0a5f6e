"""Re-framing: redo a framing once the product is live, starting from the old answers.

The new session is linked to the old one (``reframed_from``) and each old answer is copied
as an ``answer_given`` event marked ``carried_over``. A carried-over answer counts as an
answer (the engine moves on), is flagged in exports and in ``diff``, and stays editable:
any later answer to that question (TUI, ``run --session NEW --answers FILE``) is an
ordinary ``answer_edited`` event that clears the flag.

Only answers that still apply are copied, in flow order, so conditions see the earlier
copies exactly as the interview would. With another flow (``flow=``), answers whose
question is gone or no longer validates are left out and reported.

The new session is built in a ``SessionDraft`` and created with all its carried answers in
one store transaction: a kill half-way leaves no re-framing rather than half of one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.engine.answers import AnswerError, NeedsExtraction
from assistant.errors import UserError
from assistant.models.flowdef import FlowDefinition
from assistant.services.interview import Interview, InterviewService
from assistant.store.draft import SessionDraft


@dataclass
class ReframeResult:
    interview: Interview
    source: Interview
    carried: list[str] = field(default_factory=list)
    dropped: dict[str, str] = field(default_factory=dict)  # question id -> why


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
    interview = InterviewService(draft, service.clock).start(
        flow or source.flow, new_title, new_perimeter, reframed_from=source.id
    )
    result = ReframeResult(interview=interview, source=source)
    for question in interview.engine.questions:
        if question.id not in old_answers:
            continue
        if not interview.engine.applies(interview.state, question.id):
            result.dropped[question.id] = "does not apply any more"
            continue
        try:
            interview.answer(old_answers[question.id], question.id, carried_over=True)
        except (AnswerError, NeedsExtraction) as error:
            result.dropped[question.id] = f"no longer valid: {error}"
            continue
        result.carried.append(question.id)
    for question_id in old_answers:
        if question_id not in interview.engine.index:
            result.dropped[question_id] = "not in the new flow"
    draft.commit()
    interview.store = service.store  # created: later answers go to the store itself
    return result
