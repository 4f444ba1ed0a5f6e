"""Run a whole interview from an answers file (``data360 run --answers FILE``).

The whole file is checked first: every problem (unknown question, invalid value, a list
item YAML read as a mapping) is listed and nothing is recorded. Then the runner walks the
flow as a user would: it answers the current question from the file, skips optional
questions the file leaves out, and stops at the first required question with no answer,
leaving the session open there. Free text given to a ``flows`` question (the whole answer,
or items of a list beside notation lines) goes through the extractor, as in the TUI; its
proposal is recorded. The offline extractor's proposal (a restatement of the user's own
text) is accepted; an LLM's proposal is only a proposal: the run stops there for a person
to review it, unless ``accept`` is given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.engine.answers import AnswerError, NeedsExtraction, validate_answer
from assistant.errors import UserError
from assistant.models.events import EventType
from assistant.models.flowdef import Question, QuestionKind
from assistant.services.interview import Interview

if TYPE_CHECKING:
    from assistant.engine.state import Engine, SessionState
    from assistant.models.infoflow import Extraction

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
    from assistant.textfiles import load_yaml, read_text

    text = read_text(path, what="answers file", max_bytes=MAX_ANSWERS_BYTES, stdin=True)
    data = load_yaml(text, path, what="answers file")  # bounded: aliases cannot amplify it
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise UserError(f'{path}: expected a mapping {{"answers": {{question_id: value}}}}')
    return {str(k): v for k, v in data["answers"].items()}


@dataclass
class Prepared:
    """An answers file checked as a whole: the extractions its free text needs, done once."""

    extractions: dict[str, tuple[str, Extraction]] = field(default_factory=dict)
    kept: dict[str, list[Any]] = field(default_factory=dict)


class AnswersProblems(UserError):
    """Every problem of an answers file; nothing was recorded."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(f"{count} in the answers file; nothing recorded")


def _as_written(item: Mapping[Any, Any]) -> str:
    """The text YAML read as a one-key mapping (``- a: b`` is ``{'a': 'b'}``)."""
    ((key, value),) = item.items()
    return f"{key}: {value}" if value is not None else f"{key}:"


def _mapping_trap(question: Question, value: Any) -> str | None:
    """A list item YAML read as a mapping because of ``: `` inside it, named with a fix."""
    if not isinstance(value, list):
        return _mapping_trap(question, [value]) if isinstance(value, Mapping) else None
    for index, item in enumerate(value, start=1):
        if not isinstance(item, Mapping) or len(item) != 1:
            continue
        if question.kind is QuestionKind.usecases:
            continue
        if question.kind is QuestionKind.flows and "source" in item:
            continue
        written = _as_written(item)
        return (
            f"item {index} was read by YAML as a mapping {dict(item)!r}, not as the text"
            f' {written!r}: put it in quotes: - "{written}"'
        )
    return None


def _free_text_items(value: list[Any]) -> tuple[list[Any], list[str]]:
    """A flows list split into notation lines/objects and free-text items (no ``->``)."""
    kept: list[Any] = []
    texts: list[str] = []
    for item in value:
        if isinstance(item, str) and "->" not in item and not item.lstrip().startswith("#"):
            if item.strip():
                texts.append(item.strip())
        else:
            kept.append(item)
    return kept, texts


def _suggestion(question_id: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(question_id, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def check_answers(
    engine: Engine, state: SessionState, answers: dict[str, Any], extractor: Any = None
) -> Prepared:
    """Check every answer before anything is recorded; ``AnswersProblems`` lists them all.

    Each problem names the question and what is wrong (a choice error lists every allowed
    value). Free text for a ``flows`` question is extracted here, once, so a text with no
    flow in it is a problem found before the first answer is written.
    """
    found: dict[str, str] = {}  # question id -> problem; reported in the file's order
    prepared = Prepared()
    known = [q.id for q in engine.questions]
    for question_id in answers:
        if question_id not in engine.index:
            found[question_id] = f"not a question of the flow {engine.flow.id!r}" + _suggestion(
                question_id, known
            )
    # In the flow's order, so dynamic choices (``choices_from``) see the file's answer to
    # their source whatever the order of the file.
    given = dict(engine.active_answers(state))
    for question in engine.questions:
        if question.id not in answers:
            continue
        question_id, value = question.id, answers[question.id]
        trap = _mapping_trap(question, value)
        if trap:
            found[question_id] = trap
            continue
        texts: list[str] = []
        if question.kind is QuestionKind.flows and isinstance(value, list):
            value, texts = _free_text_items(value)
            if texts:
                prepared.kept[question_id] = value
        choices = engine.choices(state, question)
        if question.choices_from is not None and question.choices_from in given:
            source = given[question.choices_from]
            titles = [i.get("title") if isinstance(i, dict) else i for i in source or []]
            choices = [str(t) for t in titles if t]
        try:
            given[question_id] = _checked(question, value, texts, choices, extractor, prepared)
        except AnswerError as error:
            found[question_id] = str(error)
    if found:
        raise AnswersProblems([f"{qid}: {found[qid]}" for qid in answers if qid in found])
    return prepared


def _checked(
    question: Question,
    value: Any,
    texts: list[str],
    choices: list[str] | None,
    extractor: Any,
    prepared: Prepared,
) -> Any:
    """The normalised value; free text for a flows question is extracted here, once."""
    normalised: Any = []
    if not texts or value:
        try:
            normalised = validate_answer(question, value, choices)
        except NeedsExtraction as needs:
            texts = [needs.text]
    if not texts:
        return normalised
    text = "\n".join(texts)
    extraction = _extractor(extractor).extract(text)
    if not extraction.flows:
        raise AnswerError(
            "no information flow found in the free text; write flows as"
            " 'source -> target: content [medium] (low|medium|high)'"
        )
    prepared.extractions[question.id] = (text, extraction)
    return [*normalised, *(f.model_dump(mode="json") for f in extraction.flows)]


def _extractor(extractor: Any) -> Any:
    """The extractor given (the CLI passes the factory's), else the offline one: a library
    caller that names none never reaches a model."""
    if extractor is None:
        from assistant.extract.offline import OfflineExtractor

        return OfflineExtractor()
    return extractor


def _answer(
    interview: Interview, question: Question, value: Any, prepared: Prepared, accept: bool
) -> None:
    if question.id in prepared.extractions:
        _extract_and_answer(interview, question, prepared, accept)
        return
    try:
        interview.answer(value, question.id)
    except AnswerError as error:  # checked already: only a flow that changed under us
        raise UserError(
            f"answer to {question.id!r} rejected: {error}; the session stays open at that"
            f" question (data360 run --session {interview.id[:8]} --answers FILE)"
        ) from None


def _extract_and_answer(
    interview: Interview, question: Question, prepared: Prepared, accept: bool
) -> None:
    """Record the extraction proposal; accept it when it is the user's own text restated."""
    text, extraction = prepared.extractions[question.id]
    extracted: dict[str, Any] = {
        "text": text,
        "extractor": extraction.extractor,
        "extraction": extraction.model_dump(mode="json"),
    }
    if extraction.extractor != "offline" and not accept:
        interview.record(EventType.flows_extracted, question.id, **extracted)
        raise _AwaitingReview(question.id)
    from assistant.services.proposals import actor_kinds_event

    by = "run" if extraction.extractor == "offline" else "run --accept"
    kept = prepared.kept.get(question.id, [])
    interview.answer(  # proposal, acceptance, actor classes and answer: one commit
        [*kept, *(f.model_dump(mode="json") for f in extraction.flows)],
        question.id,
        preceded_by=(
            (EventType.flows_extracted, extracted),
            (EventType.extraction_accepted, {"how": "all", "by": by}),
            *actor_kinds_event(interview, extraction, extraction.flows),
        ),
        source_text=text,
    )


def run_answers(
    interview: Interview,
    answers: dict[str, Any],
    extractor: Any = None,
    prepared: Prepared | None = None,
    *,
    accept: bool = False,
) -> RunResult:
    """Answer ``interview`` from ``answers`` until done or blocked; see the module doc.

    The whole file is checked first (:func:`check_answers`): with any problem, nothing is
    recorded.
    """
    if prepared is None:
        prepared = check_answers(interview.engine, interview.state, answers, extractor)
    result = RunResult(interview)
    try:
        _run(interview, answers, prepared, accept, result)
    except _AwaitingReview as waiting:
        result.proposed = str(waiting)
        result.waiting_for = interview.question(result.proposed)
        result.ignored = []
    return result


def _run(
    interview: Interview,
    answers: dict[str, Any],
    prepared: Prepared,
    accept: bool,
    result: RunResult,
) -> None:
    engine = interview.engine
    used: set[str] = set()
    # Answers to questions already answered (a continued or re-framed session) are edits.
    for question_id, value in answers.items():
        if question_id in interview.state.answers and engine.applies(interview.state, question_id):
            question = interview.question(question_id)
            if question_id in prepared.extractions:
                normalised = None
            else:
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
                _answer(interview, question, value, prepared, accept)
                result.edited.append(question_id)
    guard = 0
    while (current := interview.current()) is not None:
        guard += 1
        if guard > 10 * len(engine.questions) + 10:
            raise UserError("the flow did not progress; check its conditions")
        if current.id in answers and current.id not in used:
            _answer(interview, current, answers[current.id], prepared, accept)
            used.add(current.id)
            result.answered.append(current.id)
        elif current.id in interview.state.answers or not current.required:
            interview.skip()
            if current.id not in interview.state.answers:
                result.skipped.append(current.id)
        else:
            result.waiting_for = current
            break
    result.ignored = sorted(set(answers) - used)
