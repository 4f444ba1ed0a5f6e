"""Whole-file checks of a flow definition, each problem with its line number.

Works on the plain data (not the pydantic model) so it can report problems even when
pydantic rejected part of the file.
"""

from __future__ import annotations

from typing import Any

from assistant.flow.expressions import ExpressionError, condition_names, template_names
from assistant.flow.loader import LineMap, Problem

_CHOICE_KINDS = {"choice", "multi"}
_SOURCE_KINDS = {"usecases", "list"}


def check_flow(data: dict[str, Any], lines: LineMap) -> list[Problem]:
    """Every cross-reference problem of a flow: ids, conditions, piping, choices, sections."""
    problems: list[Problem] = []
    seen_questions: dict[str, str] = {}  # id -> kind, in order
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
            problems += _check_question(question, loc, lines, seen_questions, all_ids)
            q_id = question.get("id")
            if isinstance(q_id, str):
                if q_id in seen_questions:
                    problems.append(
                        Problem(lines.line((*loc, "id")), f"duplicate question id {q_id!r}")
                    )
                else:
                    seen_questions[q_id] = str(question.get("kind"))
    return problems


def _questions(section: dict[str, Any]) -> list[Any]:
    questions = section.get("questions")
    return questions if isinstance(questions, list) else []


def _reference_problem(
    name: str, what: str, q_id: str, earlier: dict[str, str], all_ids: set[Any]
) -> str | None:
    if name in earlier:
        return None
    if name == q_id:
        return f"question {q_id!r}: {what} refers to the question itself"
    if name in all_ids:
        return f"question {q_id!r}: {what} refers to {name!r}, which comes later"
    return f"question {q_id!r}: {what} refers to unknown question {name!r}"


def _check_question(
    question: dict[str, Any],
    loc: tuple[Any, ...],
    lines: LineMap,
    earlier: dict[str, str],
    all_ids: set[Any],
) -> list[Problem]:
    problems: list[Problem] = []
    q_id = str(question.get("id"))
    kind = question.get("kind")

    condition = question.get("when")
    if isinstance(condition, str) and condition.strip():
        line = lines.line((*loc, "when"))
        try:
            for name in sorted(condition_names(condition)):
                message = _reference_problem(name, "condition", q_id, earlier, all_ids)
                if message:
                    problems.append(Problem(line, message))
        except ExpressionError as error:
            problems.append(Problem(line, f"question {q_id!r}: {error}"))

    for field in ("prompt", "help"):
        text = question.get(field)
        if not isinstance(text, str):
            continue
        line = lines.line((*loc, field))
        try:
            for name in sorted(template_names(text)):
                message = _reference_problem(name, f"piping in {field}", q_id, earlier, all_ids)
                if message:
                    problems.append(Problem(line, message))
        except ExpressionError as error:
            problems.append(Problem(line, f"question {q_id!r}: {field}: {error}"))

    choices = question.get("choices")
    choices_from = question.get("choices_from")
    c_line = lines.line((*loc, "choices"))
    if kind in _CHOICE_KINDS and choices is None and choices_from is None:
        problems.append(Problem(lines.line(loc), f"question {q_id!r}: {kind} needs choices"))
    if choices is not None:
        if kind not in _CHOICE_KINDS:
            problems.append(Problem(c_line, f"question {q_id!r}: choices on a {kind} question"))
        elif not isinstance(choices, list) or len(choices) < 2:
            problems.append(Problem(c_line, f"question {q_id!r}: needs at least two choices"))
        else:
            texts = [str(c).strip() for c in choices]
            if any(not t for t in texts):
                problems.append(Problem(c_line, f"question {q_id!r}: empty choice"))
            duplicates = sorted({t for t in texts if texts.count(t) > 1})
            if duplicates:
                problems.append(
                    Problem(c_line, f"question {q_id!r}: duplicate choices {duplicates}")
                )
    if choices_from is not None:
        line = lines.line((*loc, "choices_from"))
        if kind != "choice":
            problems.append(Problem(line, f"question {q_id!r}: choices_from needs kind choice"))
        message = _reference_problem(str(choices_from), "choices_from", q_id, earlier, all_ids)
        if message:
            problems.append(Problem(line, message))
        elif earlier.get(str(choices_from)) not in _SOURCE_KINDS:
            problems.append(
                Problem(line, f"question {q_id!r}: choices_from must name a usecases/list question")
            )
        if choices is not None:
            problems.append(Problem(line, f"question {q_id!r}: both choices and choices_from"))

    low, high = question.get("min"), question.get("max")
    if isinstance(low, int | float) and isinstance(high, int | float) and low >= high:
        problems.append(
            Problem(lines.line((*loc, "min")), f"question {q_id!r}: min must be below max")
        )
    if question.get("labels") is not None and kind != "scale":
        problems.append(
            Problem(lines.line((*loc, "labels")), f"question {q_id!r}: labels on a {kind} question")
        )
    return problems
