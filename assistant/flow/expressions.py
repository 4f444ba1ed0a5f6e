"""Conditions (``when``) and piping (``{{ … }}``) in flows, evaluated safely.

Conditions go through simpleeval (no ``eval``), templates through Jinja2's immutable
sandbox. Both are compiled once per source string and cached, since the engine
re-evaluates them on every fold.
"""

from __future__ import annotations

import ast
import threading
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment
from simpleeval import EvalWithCompoundTypes

_LITERALS = {"True": True, "False": False, "None": None, "true": True, "false": False}
_FUNCTIONS = {"len": len, "lower": lambda s: str(s).lower(), "any": any, "all": all}


class ExpressionError(ValueError):
    """A condition or template that cannot be parsed."""


@lru_cache(maxsize=1024)
def _parse_condition(source: str) -> ast.AST:
    """The single expression statement simpleeval evaluates (cached per source)."""
    try:
        tree = ast.parse(source.strip(), mode="exec")
    except SyntaxError as error:
        raise ExpressionError(f"invalid condition {source!r}: {error.msg}") from None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        raise ExpressionError(f"invalid condition {source!r}: expected one expression")
    return tree.body[0]


@lru_cache(maxsize=1024)
def _condition_names(source: str) -> frozenset[str]:
    tree = _parse_condition(source)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return frozenset(names - set(_LITERALS) - set(_FUNCTIONS))


def condition_names(source: str) -> set[str]:
    """The names (question ids) a condition reads, for reference checks."""
    return set(_condition_names(source))


_local = threading.local()


def _evaluator() -> EvalWithCompoundTypes:
    """One evaluator per thread: building one costs more than evaluating a condition."""
    evaluator = getattr(_local, "evaluator", None)
    if evaluator is None:
        evaluator = _local.evaluator = EvalWithCompoundTypes(functions=_FUNCTIONS)
    return evaluator


def evaluate_condition(source: str, answers: Mapping[str, Any]) -> bool:
    """True when the condition holds; an expression that fails at run time is false.

    Unanswered questions read as ``None`` so ``x == True`` is simply false for them.
    """
    names: dict[str, Any] = dict(_LITERALS)
    for name in _condition_names(source):
        names[name] = answers.get(name)
    evaluator = _evaluator()
    evaluator.names = names
    try:
        return bool(evaluator.eval(source, previously_parsed=_parse_condition(source)))
    except Exception:
        return False


_env = ImmutableSandboxedEnvironment(autoescape=False, keep_trailing_newline=False)


@lru_cache(maxsize=2048)
def _compile(source: str):
    try:
        return _env.from_string(source)
    except TemplateSyntaxError as error:
        raise ExpressionError(f"invalid template: {error.message}") from None


def template_names(source: str) -> set[str]:
    """The names a template reads (question ids piped into the text)."""
    if "{" not in source:
        return set()
    try:
        return set(meta.find_undeclared_variables(_env.parse(source)))
    except TemplateSyntaxError as error:
        raise ExpressionError(f"invalid template: {error.message}") from None


def render(source: str, context: Mapping[str, Any]) -> str:
    """Render a prompt with earlier answers piped in; falls back to the raw text on error."""
    if "{" not in source:
        return source
    try:
        return _compile(source).render(**context)
    except Exception:
        return source


def display_value(value: Any) -> Any:
    """How an answer reads when piped into text: lists joined, booleans as yes/no."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, Mapping):
                parts.append(str(item.get("title") or item.get("content") or item.get("source")))
            else:
                parts.append(str(item))
        return ", ".join(parts)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
