"""Conditions and piping checked against the kinds of the questions they name.

``when: "pooled == 'Yes'"`` parses and evaluates, but a yes/no answer is a boolean, so it
never holds and the question it guards is never asked. These checks read a condition's
comparisons between a question and a literal, and say which can never hold and why,
naming the question. They also find piping (``{{ x }}``) of an answer that may be absent
without a fallback, which would print "With  AOGs a month".
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from jinja2 import nodes

from assistant.flow.expressions import parse_condition, parse_template

_LITERAL_NAMES = {"True": True, "False": False, "None": None, "true": True, "false": False}
_NUMBER_KINDS = {"number", "scale"}
_LIST_KINDS = {"multi", "list", "flows", "usecases"}
_ORDER = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_MIRROR = {ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.Gt: ast.Lt, ast.GtE: ast.LtE}
_SYMBOL = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_MISSING = object()

Question = Mapping[str, Any]


def did_you_mean(word: str, candidates: Iterable[Any]) -> str:
    """`` (did you mean 'x'?)`` for the closest candidate, or nothing."""
    options = [str(c) for c in candidates]
    folded = {o.casefold(): o for o in options}
    if str(word).casefold() in folded:
        return f" (did you mean {folded[str(word).casefold()]!r}?)"
    close = difflib.get_close_matches(str(word), options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _constant(node: ast.AST) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in _LITERAL_NAMES:
        return _LITERAL_NAMES[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = _constant(node.operand)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return -value
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        items = [_constant(item) for item in node.elts]
        if all(item is not _MISSING for item in items):
            return items
    return _MISSING


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _choices(question: Question) -> list[str] | None:
    choices = question.get("choices")
    if question.get("choices_from") or not isinstance(choices, list):
        return None
    return [str(c) for c in choices]


def _bounds(question: Question) -> tuple[float | None, float | None]:
    low, high = question.get("min"), question.get("max")
    low = low if _is_number(low) else None
    high = high if _is_number(high) else None
    if question.get("kind") == "scale":
        low = 1 if low is None else low
        high = 5 if high is None else high
    return low, high


def _not_a_choice(qid: str, value: Any, choices: list[str]) -> str:
    shown = ", ".join(repr(c) for c in choices)
    return f"{value!r} is not a choice of {qid!r}{did_you_mean(value, choices)}; choices: {shown}"


def _literal(value: Any) -> str:
    return repr(value)


def _equality(qid: str, question: Question, value: Any) -> str | None:
    kind = question.get("kind")
    if value is None:
        return None
    if kind == "yesno":
        if isinstance(value, str):
            word = value.strip().casefold()
            hint = "True" if word in {"yes", "y", "true", "oui"} else "False"
            return (
                f"{qid!r} is a yes/no question: its answer is True or False, never"
                f" {_literal(value)} (write `{qid} == {hint}`)"
            )
        if _is_number(value) and value not in (0, 1):
            return f"{qid!r} is a yes/no question: its answer is True or False, never {value!r}"
    elif kind in _NUMBER_KINDS:
        if isinstance(value, str):
            hint = f" (write `{value.strip()}` without quotes)" if _number_text(value) else ""
            return (
                f"{qid!r} is a {kind} question: its answer is a number,"
                f" never the text {value!r}{hint}"
            )
        if _is_number(value):
            low, high = _bounds(question)
            if (low is not None and value < low) or (high is not None and value > high):
                return f"{qid!r} is between {_fmt(low)} and {_fmt(high)}, never {value!r}"
    elif kind == "text":
        if not isinstance(value, str):
            return f"{qid!r} is a text question: its answer is text, never {value!r}"
    elif kind == "choice":
        if not isinstance(value, str):
            return (
                f"{qid!r} is a choice question: its answer is one of its choices, never {value!r}"
            )
        choices = _choices(question)
        if choices is not None and value not in choices:
            return _not_a_choice(qid, value, choices)
    elif kind in _LIST_KINDS:
        if isinstance(value, list):
            return _members(qid, question, value)
        return (
            f"{qid!r} is a {kind} question: its answer is a list, never {value!r}"
            f" (write `{value!r} in {qid}`)"
        )
    return None


def _members(qid: str, question: Question, values: list[Any]) -> str | None:
    choices = _choices(question)
    if question.get("kind") != "multi" or choices is None:
        return None
    for value in values:
        if value not in choices:
            return _not_a_choice(qid, value, choices)
    return None


def _number_text(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _fmt(value: float | None) -> str:
    if value is None:
        return "any"
    return str(int(value)) if float(value).is_integer() else str(value)


def _ordering(qid: str, question: Question, op: type[ast.cmpop], value: Any) -> str | None:
    """``question <op> value`` (question on the left)."""
    kind = question.get("kind")
    if value is None:
        return f"{qid!r} cannot be compared with None by {_SYMBOL[op]} (it never holds)"
    if kind in _NUMBER_KINDS:
        if isinstance(value, str):
            hint = f" (write `{value.strip()}` without quotes)" if _number_text(value) else ""
            return (
                f"{qid!r} is a {kind} question: comparing its number with the text"
                f" {value!r} never holds{hint}"
            )
        if _is_number(value):
            low, high = _bounds(question)
            possible = {
                ast.Gt: high is None or high > value,
                ast.GtE: high is None or high >= value,
                ast.Lt: low is None or low < value,
                ast.LtE: low is None or low <= value,
            }[op]
            if not possible:
                return (
                    f"`{qid} {_SYMBOL[op]} {value!r}` never holds: {qid!r} is between"
                    f" {_fmt(low)} and {_fmt(high)}"
                )
        return None
    if kind in _LIST_KINDS:
        return (
            f"{qid!r} is a {kind} question: its answer is a list"
            f" and cannot be compared by {_SYMBOL[op]}"
        )
    if _is_number(value) and kind in {"text", "choice"}:
        return (
            f"{qid!r} is a {kind} question: its text answer"
            f" cannot be compared with the number {value!r}"
        )
    if isinstance(value, str) and kind == "yesno":
        return (
            f"{qid!r} is a yes/no question: its answer cannot be compared with the text {value!r}"
        )
    return None


def _inside(qid: str, question: Question, value: Any) -> str | None:
    """``value in question``."""
    kind = question.get("kind")
    if kind in _NUMBER_KINDS or kind == "yesno":
        return f"{qid!r} is a {kind} question: `in` cannot look inside its answer"
    if kind == "multi":
        choices = _choices(question)
        if not isinstance(value, str):
            return f"{qid!r} is a multi question: its answer holds texts, never {value!r}"
        if choices is not None and value not in choices:
            return _not_a_choice(qid, value, choices)
    if kind in {"text", "choice"} and not isinstance(value, str):
        return f"{qid!r} is a {kind} question: `in` on its text needs a text, not {value!r}"
    return None


def _among(qid: str, question: Question, values: Any) -> str | None:
    """``question in values``."""
    kind = question.get("kind")
    if isinstance(values, str):
        return None if kind in {"text", "choice"} else _equality(qid, question, values)
    if not isinstance(values, list):
        return None
    if kind in _LIST_KINDS:
        return (
            f"{qid!r} is a {kind} question: its answer is a list, so `{qid} in [...]` never"
            f" holds (write `'choice' in {qid}`)"
        )
    for value in values:
        message = _equality(qid, question, value)
        if message:
            return message
    return None


def _compare(
    left: ast.AST, op: ast.cmpop, right: ast.AST, questions: Mapping[str, Question]
) -> str | None:
    def question_of(node: ast.AST) -> str | None:
        if isinstance(node, ast.Name) and node.id in questions:
            return node.id
        return None

    kind_of_op = type(op)
    q_left, q_right = question_of(left), question_of(right)
    if q_left and (value := _constant(right)) is not _MISSING:
        qid, question = q_left, questions[q_left]
        if kind_of_op in (ast.Eq, ast.NotEq, ast.Is, ast.IsNot):
            return _equality(qid, question, value)
        if kind_of_op in _ORDER:
            return _ordering(qid, question, kind_of_op, value)
        if kind_of_op in (ast.In, ast.NotIn):
            return _among(qid, question, value)
    if q_right and (value := _constant(left)) is not _MISSING:
        qid, question = q_right, questions[q_right]
        if kind_of_op in (ast.Eq, ast.NotEq, ast.Is, ast.IsNot):
            return _equality(qid, question, value)
        if kind_of_op in _ORDER:
            return _ordering(qid, question, _MIRROR[kind_of_op], value)
        if kind_of_op in (ast.In, ast.NotIn):
            return _inside(qid, question, value)
    return None


def condition_kind_problems(source: str, questions: Mapping[str, Question]) -> list[str]:
    """What in ``source`` can never hold given the kinds of ``questions`` (by id)."""
    messages: list[str] = []
    for node in ast.walk(parse_condition(source)):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            message = _compare(left, op, right, questions)
            if message and message not in messages:
                messages.append(message)
            left = right
    return messages


# --- piping without a fallback ----------------------------------------------------------
def _names_in(node: nodes.Node) -> set[str]:
    return {n.name for n in node.find_all(nodes.Name)} | (
        {node.name} if isinstance(node, nodes.Name) else set()
    )


def unguarded_names(source: str, guarded: Iterable[str] = ()) -> set[str]:
    """Names printed by a template with no fallback: not ``x or '…'``, not ``x|default``,
    not inside ``{% if x %}`` / ``… if x else …``; ``guarded`` names count as tested."""
    found: set[str] = set()

    def walk(node: nodes.Node, safe: frozenset[str]) -> None:
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in safe:
                found.add(node.name)
            return
        if isinstance(node, nodes.Or):
            walk(node.left, safe | _names_in(node.left))
            walk(node.right, safe)
            return
        if isinstance(node, nodes.Filter) and node.name in {"default", "d"}:
            if node.node is not None:
                walk(node.node, safe | _names_in(node.node))
            for arg in node.args:
                walk(arg, safe)
            return
        if isinstance(node, nodes.If):
            inner = safe | _names_in(node.test)
            for child in node.body:
                walk(child, inner)
            for branch in node.elif_:
                walk(branch, safe)
            for child in node.else_:
                walk(child, safe)
            return
        if isinstance(node, nodes.CondExpr):
            walk(node.expr1, safe | _names_in(node.test))
            if node.expr2 is not None:
                walk(node.expr2, safe)
            return
        if isinstance(node, nodes.Test | nodes.Compare | nodes.Not):
            return  # a test prints True/False, never the missing answer
        for child in node.iter_child_nodes():
            walk(child, safe)

    walk(parse_template(source), frozenset(guarded))
    return found
