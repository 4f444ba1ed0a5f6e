"""Run a whole interview from an answers file (``data360 run --answers FILE``).

The runner walks the flow as a user would: it answers the current question from the
file, skips optional questions the file leaves out, and stops at the first required
question with no answer, leaving the session open there. Free text given to a ``flows``
question goes through the extractor and its proposal is recorded. The offline extractor's
proposal (a restatement of the user's own text) is accepted; an LLM's proposal is only a
proposal: the run stops there for a person to review it, unless ``accept`` is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.engine.answers import AnswerError, NeedsExtraction
from assistant.errors import UserError
from assistant.models.events import EventType
from assistant.models.flowdef import Question
from assistant.services.interview import Interview

MAX_ANSWERS_BYTES = 20_000_000


@dataclass
class RunResult:
    interview: Interview
    answered: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    waiting_for: Question | None = None
    proposed: str | None = None
    """The flows question whose LLM proposal awaits review (the run stopped there)."""


class _AwaitingReview(Exception):
    """An LLM proposal was recorded, not accepted: the run stops at its question."""


def load_answers(path: str) -> dict[str, Any]:
    """``{"answers": {question_id: value}}`` from a YAML or JSON file ("-" for stdin)."""
    import yaml

    from assistant.textfiles import read_text

    text = read_text(path, what="answers file", max_bytes=MAX_ANSWERS_BYTES, stdin=True)
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else "?"
        raise UserError(f"{path}:{line}: invalid YAML/JSON: {error.problem}") from None
    except yaml.YAMLError as error:
        raise UserError(f"{path}: invalid YAML/JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise UserError(f'{path}: expected a mapping {{"answers": {{question_id: value}}}}')
    return {str(k): v for k, v in data["answers"].items()}


def _answer(
    interview: Interview, question: Question, value: Any, extractor: Any, accept: bool = False
) -> None:
    try:
        interview.answer(value, question.id)
    except NeedsExtraction as needs:
        _extract_and_answer(interview, question, needs.text, extractor, accept)
    except AnswerError as error:
        raise UserError(
            f"answer to {question.id!r} rejected: {error}; the session stays open at that"
            f" question (data360 run --session {interview.id[:8]} --answers FILE)"
        ) from None


def _extract_and_answer(
    interview: Interview, question: Question, text: str, extractor: Any, accept: bool = False
) -> None:
    if extractor is None:
        from assistant.extract.offline import OfflineExtractor

        extractor = OfflineExtractor()
    extraction = extractor.extract(text)
    if not extraction.flows:
        raise UserError(
            f"answer to {question.id!r}: no information flow found in the text; write flows"
            " as 'source -> target: content [medium] (low|medium|high)'"
        )
    interview.record(
        EventType.flows_extracted,
        question.id,
        text=text,
        extractor=extraction.extractor,
        extraction=extraction.model_dump(mode="json"),
    )
    if extraction.extractor != "offline" and not accept:
        raise _AwaitingReview(question.id)
    by = "run" if extraction.extractor == "offline" else "run --accept"
    interview.record(EventType.extraction_accepted, question.id, how="all", by=by)
    interview.answer(
        [f.model_dump(mode="json") for f in extraction.flows],
        question.id,
        source_text=text,
    )


def run_answers(
    interview: Interview, answers: dict[str, Any], extractor: Any = None, *, accept: bool = False
) -> RunResult:
    """Answer ``interview`` from ``answers`` until done or blocked; see the module doc."""
    result = RunResult(interview)
    try:
        _run(interview, answers, extractor, accept, result)
    except _AwaitingReview as waiting:
        result.proposed = str(waiting)
        result.waiting_for = interview.question(result.proposed)
        result.ignored = []
    return result


def _run(
    interview: Interview, answers: dict[str, Any], extractor: Any, accept: bool, result: RunResult
) -> None:
    engine = interview.engine
    used: set[str] = set()
    # Answers to questions already answered (a continued or re-framed session) are edits.
    for question_id, value in answers.items():
        if question_id in interview.state.answers and engine.applies(interview.state, question_id):
            question = interview.question(question_id)
            try:
                normalised = interview.validate(question, value)
            except NeedsExtraction:
                normalised = None
            except AnswerError as error:
                raise UserError(f"answer to {question_id!r} rejected: {error}") from None
            used.add(question_id)
            if normalised != interview.state.answers[question_id] or (
                question_id in interview.state.carried_over
            ):
                _answer(interview, question, value, extractor, accept)
                result.edited.append(question_id)
    guard = 0
    while (question := interview.current()) is not None:
        guard += 1
        if guard > 10 * len(engine.questions) + 10:
            raise UserError("the flow did not progress; check its conditions")
        if question.id in answers and question.id not in used:
            _answer(interview, question, answers[question.id], extractor, accept)
            used.add(question.id)
            result.answered.append(question.id)
        elif question.id in interview.state.answers or not question.required:
            interview.skip()
            if question.id not in interview.state.answers:
                result.skipped.append(question.id)
        else:
            result.waiting_for = question
            break
    result.ignored = sorted(set(answers) - used)
