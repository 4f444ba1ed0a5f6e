"""Whole-file checks of a flow definition, each problem with its line and question id.

Works on the plain data (not the pydantic model) so it can report problems even when
pydantic rejected part of the file. The same checks run on ``flow validate``, on a
``--flow`` file and on the flow embedded in an imported export: a flow from someone
else is never used before it passes them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from assistant.flow.expressions import (
    ExpressionError,
    check_condition,
    check_template,
    condition_names,
    display_value,
    template_names,
)
from assistant.flow.kinds import condition_kind_problems, did_you_mean, unguarded_names
from assistant.flow.problems import LineMap, Problem

MAX_QUESTIONS = 2_000
"""Questions a flow may hold (the Data 360 flow has about 80); checked before the rest."""
MAX_SECTIONS = 100

_CHOICE_KINDS = {"choice", "multi"}
_SOURCE_KINDS = {"usecases", "list"}
_CONTEXT_NAMES = {"session_title", "perimeter"}


def count_questions(data: dict[str, Any]) -> tuple[int, int]:
    """(sections, questions) of plain flow data, whatever its shape."""
    sections = data.get("sections")
    if not isinstance(sections, list):
        return 0, 0
    return len(sections), sum(len(_questions(s)) for s in sections if isinstance(s, dict))


def size_problems(data: dict[str, Any]) -> list[Problem]:
    """A flow too large to check and run in bounded time."""
    sections, questions = count_questions(data)
    problems = []
    if questions > MAX_QUESTIONS:
        problems.append(
            Problem(None, f"too many questions: {questions:,} (at most {MAX_QUESTIONS:,})")
        )
    if sections > MAX_SECTIONS:
        problems.append(
            Problem(None, f"too many sections: {sections:,} (at most {MAX_SECTIONS:,})")
        )
    return problems


def check_flow(data: dict[str, Any], lines: LineMap) -> list[Problem]:
    """Every problem of a flow: ids, conditions, piping, choices, sections, and limits.

    Errors and warnings (``severity="warning"``) in file order.
    """
    problems = size_problems(data)
    if problems:
        return problems
    seen_questions: dict[str, dict[str, Any]] = {}  # id -> question, in order
    samples: dict[str, Any] = {}  # id -> a typical answer (to try expressions with)
    seen_sections: set[str] = set()
    sections = data.get("sections")
    if not isinstance(sections, list):
        return problems
    all_ids = {
        q.get("id")
        for s in sections
        if isinstance(s, dict)
        for q in _questions(s)
        if isinstance(q, dict) and isinstance(q.get("id"), str)
    }
    for s_index, section in enumerate(sections):
        if not isinstance(section, dict):
            continue
        s_loc = ("sections", s_index)
        s_id = section.get("id")
        if not isinstance(s_id, str):
            continue  # pydantic reports the bad id itself
        if s_id in seen_sections:
            problems.append(Problem(lines.line((*s_loc, "id")), f"duplicate section id {s_id!r}"))
        seen_sections.add(s_id)
        questions = _questions(section)
        if not questions and isinstance(section.get("questions", []), list):
            problems.append(Problem(lines.line(s_loc), f"section {s_id!r} has no questions"))
        for q_index, question in enumerate(questions):
            if not isinstance(question, dict):
                continue
            loc = (*s_loc, "questions", q_index)
            problems += _check_question(question, loc, lines, seen_questions, all_ids, samples)
            q_id = question.get("id")
            if isinstance(q_id, str):
                if q_id in seen_questions:
                    problems.append(
                        Problem(
                            lines.line((*loc, "id")),
                            f"duplicate question id {q_id!r}",
                            question=q_id,
                        )
                    )
                else:
                    seen_questions[q_id] = question
                    samples[q_id] = sample_answer(question)
    return problems


def _questions(section: dict[str, Any]) -> list[Any]:
    questions = section.get("questions")
    return questions if isinstance(questions, list) else []


def _reference_problem(
    name: str, what: str, q_id: str, earlier: dict[str, Any], all_ids: set[Any]
) -> str | None:
    if name in earlier:
        return None
    if name == q_id:
        return f"question {q_id!r}: {what} refers to the question itself"
    if name in all_ids:
        return f"question {q_id!r}: {what} refers to {name!r}, which comes later"
    hint = did_you_mean(name, [i for i in earlier if isinstance(i, str)])
    return f"question {q_id!r}: {what} refers to unknown question {name!r}{hint}"


def sample_answer(question: dict[str, Any]) -> Any:
    """A typical answer of the question's kind, to try conditions and templates with."""
    kind = question.get("kind")
    choices = question.get("choices")
    first = str(choices[0]) if isinstance(choices, list) and choices else "choice"
    low = question.get("min")
    return {
        "text": "text",
        "choice": first,
        "multi": [first],
        "scale": int(low) if isinstance(low, int | float) else 1,
        "number": low if isinstance(low, int | float) else 1,
        "yesno": True,
        "list": ["item"],
        "flows": [{"source": "a", "targets": ["b"], "content": "c", "medium": "email"}],
        "usecases": [{"title": "use case"}],
    }.get(str(kind), "text")


def _context(names: set[str], samples: dict[str, Any]) -> dict[str, Any]:
    """The template context a prompt would see, with typical answers."""
    context: dict[str, Any] = {"session_title": "title", "perimeter": "perimeter"}
    for name in names:
        if name in samples:
            context[name] = display_value(samples[name])
    return context


def _optional_reason(question: dict[str, Any]) -> str | None:
    if question.get("when"):
        return f"asked only when {question['when']}"
    if question.get("required") is False:
        return "optional"
    return None


def _check_question(
    question: dict[str, Any],
    loc: tuple[Any, ...],
    lines: LineMap,
    earlier: dict[str, dict[str, Any]],
    all_ids: set[Any],
    samples: dict[str, Any],
) -> list[Problem]:
    problems: list[Problem] = []
    q_id = str(question.get("id"))
    kind = question.get("kind")

    def error(line: int | None, message: str) -> None:
        problems.append(Problem(line, message, question=q_id))

    condition = question.get("when")
    guards: set[str] = set()
    if isinstance(condition, str) and condition.strip():
        line = lines.line((*loc, "when"))
        try:
            names = condition_names(condition)
            guards = names
            unknown = False
            for name in sorted(names):
                message = _reference_problem(name, "condition", q_id, earlier, all_ids)
                if message:
                    unknown = True
                    error(line, message)
            check_condition(condition, samples)
            if not unknown:
                for message in condition_kind_problems(condition, earlier):
                    error(line, f"question {q_id!r}: condition never holds: {message}")
        except ExpressionError as problem:
            error(line, f"question {q_id!r}: condition {condition!r}: {problem}")
    elif condition is not None and not isinstance(condition, str):
        error(lines.line((*loc, "when")), f"question {q_id!r}: when must be a text condition")

    for field in ("prompt", "help"):
        text = question.get(field)
        if not isinstance(text, str) or "{" not in text:
            continue
        line = lines.line((*loc, field))
        try:
            referenced = template_names(text)
            for name in sorted(referenced - _CONTEXT_NAMES):
                message = _reference_problem(name, f"piping in {field}", q_id, earlier, all_ids)
                if message:
                    error(line, message)
            check_template(text, _context(referenced, samples))
            for name in sorted(unguarded_names(text, guards) & set(earlier)):
                reason = _optional_reason(earlier[name])
                if reason:
                    problems.append(
                        Problem(
                            line,
                            f"question {q_id!r}: {field} pipes {name!r}, which may be"
                            f" unanswered ({reason}); give a fallback:"
                            f" {{{{ {name} or '…' }}}}",
                            severity="warning",
                            question=q_id,
                        )
                    )
        except ExpressionError as problem:
            error(line, f"question {q_id!r}: {field}: {problem}")

    choices = question.get("choices")
    choices_from = question.get("choices_from")
    c_line = lines.line((*loc, "choices"))
    if kind in _CHOICE_KINDS and choices is None and choices_from is None:
        error(lines.line(loc), f"question {q_id!r}: {kind} needs choices")
    if choices is not None:
        if kind not in _CHOICE_KINDS:
            error(c_line, f"question {q_id!r}: choices on a {kind} question")
        elif not isinstance(choices, list) or len(choices) < 2:
            error(c_line, f"question {q_id!r}: needs at least two choices")
        else:
            texts = Counter(str(c).strip() for c in choices)
            if "" in texts:
                error(c_line, f"question {q_id!r}: empty choice")
            duplicates = sorted(t for t, n in texts.items() if n > 1)
            if duplicates:
                error(c_line, f"question {q_id!r}: duplicate choices {duplicates}")
    if choices_from is not None:
        line = lines.line((*loc, "choices_from"))
        if kind != "choice":
            error(line, f"question {q_id!r}: choices_from needs kind choice")
        message = _reference_problem(str(choices_from), "choices_from", q_id, earlier, all_ids)
        if message:
            error(line, message)
        elif earlier.get(str(choices_from), {}).get("kind") not in _SOURCE_KINDS:
            error(line, f"question {q_id!r}: choices_from must name a usecases/list question")
        if choices is not None:
            error(line, f"question {q_id!r}: both choices and choices_from")

    low, high = question.get("min"), question.get("max")
    if isinstance(low, int | float) and isinstance(high, int | float) and low >= high:
        error(lines.line((*loc, "min")), f"question {q_id!r}: min must be below max")
    if question.get("labels") is not None and kind != "scale":
        error(lines.line((*loc, "labels")), f"question {q_id!r}: labels on a {kind} question")
    return problems
