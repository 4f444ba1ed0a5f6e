"""Conditions (``when``) and piping (``{{ … }}``) in flows, evaluated safely and boundedly.

Conditions go through simpleeval (no ``eval``), templates through Jinja2's immutable
sandbox. Both are compiled once per source string and cached, since the engine
re-evaluates them on every fold. A flow may come from someone else's file, so both run
under the limits of ``assistant.flow.limits``: no operation may build a huge number,
string or list, and each evaluation has a step and CPU-time budget. At run time a
condition that breaks a limit is false and a template that breaks one shows its raw
text; ``check_condition`` / ``check_template`` let ``flow validate`` and ``import``
refuse such a flow before it is used.
"""

from __future__ import annotations

import ast
import functools
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, cast

from jinja2 import Template, TemplateSyntaxError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.visitor import NodeTransformer
from simpleeval import DEFAULT_OPERATORS, EvalWithCompoundTypes, InvalidExpression

from assistant.flow.limits import (
    MAX_SIZE,
    ExpressionError,
    ExpressionLimit,
    bounded_add,
    bounded_iter,
    bounded_lshift,
    bounded_mod,
    bounded_mul,
    bounded_pow,
    bounded_range,
    budget,
    charge,
    check_size,
    weight,
)

__all__ = [
    "ExpressionError",
    "ExpressionLimit",
    "check_condition",
    "check_template",
    "condition_names",
    "display_value",
    "evaluate_condition",
    "parse_condition",
    "parse_template",
    "render",
    "template_names",
]

_LITERALS = {"True": True, "False": False, "None": None, "true": True, "false": False}


def _lower(value: Any) -> str:
    """``lower(x)``: the text of ``x`` in lower case (its size checked before printing)."""
    return str(check_size(value)).lower()


_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "len": len,
    "lower": _lower,
    "any": any,
    "all": all,
}
CONDITION_FUNCTIONS = (*_FUNCTIONS, "list", "tuple", "dict", "set")
"""Functions a condition may call (simpleeval's compound types included)."""

_OPERATORS = {
    **DEFAULT_OPERATORS,
    ast.Add: bounded_add,
    ast.Mult: bounded_mul,
    ast.Pow: bounded_pow,
    ast.LShift: bounded_lshift,
    ast.Mod: bounded_mod,
}
_STR_METHODS = {
    "lower",
    "upper",
    "title",
    "capitalize",
    "casefold",
    "strip",
    "lstrip",
    "rstrip",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "splitlines",
    "count",
    "find",
    "rfind",
    "index",
    "partition",
    "removeprefix",
    "removesuffix",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "islower",
    "isupper",
    "istitle",
}
_ALLOWED_ATTRS: dict[Any, set[str]] = {
    str: _STR_METHODS,
    int: {"real", "imag"},
    float: {"real", "imag", "is_integer"},
    bool: set(),
    type(None): set(),
    list: {"count", "index"},
    tuple: {"count", "index"},
    dict: {"get", "keys", "values", "items"},
}


# --- conditions ------------------------------------------------------------------------
@lru_cache(maxsize=1024)
def _parse_condition(source: str) -> ast.AST:
    """The single expression statement simpleeval evaluates (cached per source)."""
    try:
        tree = ast.parse(source.strip(), mode="exec")
    except SyntaxError as error:
        raise ExpressionError(f"invalid condition {source!r}: {error.msg}") from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError(f"invalid condition {source[:40]!r}…") from None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        raise ExpressionError(f"invalid condition {source!r}: expected one expression")
    return tree.body[0]


@lru_cache(maxsize=1024)
def _condition_names(source: str) -> frozenset[str]:
    tree = _parse_condition(source)
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    bound = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    names = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    return frozenset(names - called - bound - set(_LITERALS))


def parse_condition(source: str) -> ast.AST:
    """The parsed condition (cached); ExpressionError when it is not one expression."""
    return _parse_condition(source)


def condition_names(source: str) -> set[str]:
    """The names (question ids) a condition reads, for reference checks."""
    return set(_condition_names(source))


class _BoundedEval(EvalWithCompoundTypes):  # type: ignore[misc]
    """simpleeval with size-checked operators, few attributes and a step budget."""

    def __init__(self) -> None:
        super().__init__(
            operators=dict(_OPERATORS), functions=dict(_FUNCTIONS), allowed_attrs=_ALLOWED_ATTRS
        )

    def _eval(self, node: ast.AST) -> Any:
        charge()
        return super()._eval(node)

    def _eval_formattedvalue(self, node: ast.FormattedValue) -> Any:
        if node.format_spec:
            raise ExpressionError("format specifications in f-strings are not allowed")
        return check_size(self._eval(node.value))


_local = threading.local()


def _evaluator() -> _BoundedEval:
    """One evaluator per thread: building one costs more than evaluating a condition."""
    evaluator = getattr(_local, "evaluator", None)
    if evaluator is None:
        evaluator = _local.evaluator = _BoundedEval()
    return evaluator


def _run_condition(source: str, answers: Mapping[str, Any]) -> Any:
    names: dict[str, Any] = dict(_LITERALS)
    for name in _condition_names(source):
        names[name] = answers.get(name)
    evaluator = _evaluator()
    evaluator.names = names
    with budget():
        return evaluator.eval(source, previously_parsed=_parse_condition(source))


def evaluate_condition(source: str, answers: Mapping[str, Any]) -> bool:
    """True when the condition holds; an expression that fails at run time is false.

    Unanswered questions read as ``None`` so ``x == True`` is simply false for them. A
    condition that breaks a limit (see ``assistant.flow.limits``) is false too, quickly.
    """
    try:
        return bool(_run_condition(source, answers))
    except Exception:
        return False


def check_condition(source: str, samples: Mapping[str, Any]) -> None:
    """Raise ExpressionError when the condition cannot work: bad syntax, a function or
    attribute that is not allowed, or a limit broken when evaluated with ``samples``
    (typical answers). Type errors on the samples are left to the kind checks."""
    tree = _parse_condition(source)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id not in CONDITION_FUNCTIONS
        ):
            allowed = ", ".join(CONDITION_FUNCTIONS)
            raise ExpressionError(
                f"unknown function {node.func.id!r} (conditions may use {allowed})"
            )
        if isinstance(node, ast.Lambda | ast.NamedExpr):
            raise ExpressionError("lambdas and assignments are not allowed in conditions")
    try:
        _run_condition(source, samples)
    except ExpressionError:
        raise
    except InvalidExpression as error:
        if "too long" in str(error) or "too many" in str(error) or "too high" in str(error):
            raise ExpressionLimit(str(error)) from None
        if error.__class__.__name__ in {"FeatureNotAvailable", "FunctionNotDefined"}:
            raise ExpressionError(str(error)) from None
    except (MemoryError, RecursionError) as error:
        raise ExpressionLimit(f"too costly to evaluate ({error.__class__.__name__})") from None
    except Exception:
        return


# --- templates -------------------------------------------------------------------------
def _concat(*parts: Any) -> str:
    if sum(weight(part) for part in parts) > MAX_SIZE:
        raise ExpressionLimit(f"text too long (more than {MAX_SIZE:,} characters)")
    return "".join(str(part) for part in parts)


def _make_list(*items: Any) -> list[Any]:
    return check_size(list(items))


def _make_tuple(*items: Any) -> tuple[Any, ...]:
    return check_size(tuple(items))


def _make_dict(*pairs: tuple[Any, Any]) -> dict[Any, Any]:
    return check_size(dict(pairs))


def _dict(**items: Any) -> dict[str, Any]:
    return check_size(dict(items))


def _join(value: Any, d: str = "", attribute: Any = None) -> str:
    items = list(value)
    if weight(items) + len(str(d)) * len(items) > MAX_SIZE:
        raise ExpressionLimit(f"joined text too long (more than {MAX_SIZE:,} characters)")
    if attribute is not None:
        items = [item.get(attribute) if isinstance(item, Mapping) else item for item in items]
    return str(d).join(str(item) for item in items)


def _replace(value: Any, old: Any, new: Any, count: int | None = None) -> str:
    text, old, new = str(value), str(old), str(new)
    hits = (len(text) + 1) if not old else text.count(old)
    if count is not None and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * len(new) > MAX_SIZE:
        raise ExpressionLimit(f"replaced text too long (more than {MAX_SIZE:,} characters)")
    return text.replace(old, new, -1 if count is None else count)


_SAFE_FILTERS = [
    "abs",
    "capitalize",
    "count",
    "d",
    "default",
    "dictsort",
    "e",
    "escape",
    "first",
    "float",
    "int",
    "items",
    "last",
    "length",
    "list",
    "lower",
    "map",
    "max",
    "min",
    "reject",
    "rejectattr",
    "reverse",
    "round",
    "select",
    "selectattr",
    "sort",
    "string",
    "striptags",
    "sum",
    "title",
    "trim",
    "truncate",
    "unique",
    "upper",
    "wordcount",
]
"""Filters a template may use; those that take a size (center, indent, wordwrap, format,
batch…) or are not deterministic (random) are left out."""


def _bounded_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps jinja_pass_arg (environment/context filters)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        charge()
        return check_size(func(*args, **kwargs), "filter result")

    return bounded


class _Bounder(NodeTransformer):
    """Rewrites a parsed template so loops, ``~`` and literals go through the limits."""

    def _call(self, name: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
        return nodes.Call(nodes.Name(name, "load"), args, [], None, None, lineno=lineno)

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        if node.recursive:
            raise ExpressionError("recursive loops are not allowed in templates")
        node.iter = self._call("_d360_iter", [cast(nodes.Expr, node.iter)], node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._call("_d360_concat", list(node.nodes), node.lineno)

    def visit_List(self, node: nodes.List) -> nodes.Node:
        self.generic_visit(node)
        return self._call("_d360_list", list(node.items), node.lineno)

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:
        self.generic_visit(node)
        if node.ctx != "load":
            return node
        return self._call("_d360_tuple", list(node.items), node.lineno)

    def visit_Dict(self, node: nodes.Dict) -> nodes.Node:
        self.generic_visit(node)
        pairs: list[nodes.Expr] = [
            nodes.Tuple([pair.key, pair.value], "load", lineno=node.lineno) for pair in node.items
        ]
        return self._call("_d360_dict", pairs, node.lineno)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounded operators, calls, filters, loops and output."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(self) -> None:
        super().__init__(autoescape=False, keep_trailing_newline=False, optimized=False)
        self.globals = {
            "range": bounded_range,
            "dict": _dict,
            "_d360_iter": bounded_iter,
            "_d360_concat": _concat,
            "_d360_list": _make_list,
            "_d360_tuple": _make_tuple,
            "_d360_dict": _make_dict,
        }
        filters = {name: self.filters[name] for name in _SAFE_FILTERS}
        filters["join"] = _join
        filters["replace"] = _replace
        self.filters = {name: _bounded_filter(func) for name, func in filters.items()}
        self.binop_table = {
            **self.binop_table,
            "+": bounded_add,
            "*": bounded_mul,
            "**": bounded_pow,
            "%": bounded_mod,
        }

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        charge()
        return self.binop_table[operator](left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        charge()
        return check_size(super().call(__context, __obj, *args, **kwargs), "call result")

    def wrap_str_format(self, value: Any) -> None:
        """No ``str.format``: a width such as ``{:>999999999}`` builds a gigabyte string;
        the attribute allowlist then refuses ``format`` like any other unlisted method."""
        return None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        for kind, allowed in _ALLOWED_ATTRS.items():
            if isinstance(obj, kind):
                return attr in allowed
        return bool(super().is_safe_attribute(obj, attr, value))


_env = BoundedEnvironment()


@lru_cache(maxsize=2048)
def _compile(source: str) -> Template:
    try:
        tree = _Bounder().visit(_env.parse(source))
        tree.set_environment(_env)
        return _env.from_string(tree)
    except TemplateSyntaxError as error:
        raise ExpressionError(f"invalid template: {error.message}") from None
    except (RecursionError, MemoryError):
        raise ExpressionError("invalid template: nested too deeply") from None


def parse_template(source: str) -> nodes.Template:
    """The parsed template; ExpressionError when its syntax is wrong."""
    try:
        return _env.parse(source)
    except TemplateSyntaxError as error:
        raise ExpressionError(f"invalid template: {error.message}") from None
    except (RecursionError, MemoryError):
        raise ExpressionError("invalid template: nested too deeply") from None


_TEMPLATE_SPECIALS = {"loop", "caller", "varargs", "kwargs", "self"}


def template_names(source: str) -> set[str]:
    """The names a template reads (question ids piped into the text).

    Read from the parsed tree, without compiling: compiling folds constants and checks
    filters, and the engine calls this on every flow it opens, even one stored before
    today's rules.
    """
    if "{" not in source:
        return set()
    tree = parse_template(source)
    loaded = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "load"}
    bound = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    return loaded - bound - set(_env.globals) - _TEMPLATE_SPECIALS


def render_checked(source: str, context: Mapping[str, Any]) -> str:
    """Render with every limit; raise what goes wrong (ExpressionError when a limit)."""
    template = _compile(source)
    parts: list[str] = []
    size = 0
    with budget():
        for chunk in template.generate(**context):
            charge()
            size += len(chunk)
            if size > MAX_SIZE:
                raise ExpressionLimit(f"output too long (more than {MAX_SIZE:,} characters)")
            parts.append(chunk)
    return "".join(parts)


def render(source: str, context: Mapping[str, Any]) -> str:
    """Render a prompt with earlier answers piped in; falls back to the raw text on error."""
    if "{" not in source:
        return source
    try:
        return render_checked(source, context)
    except Exception:
        return source


def check_template(source: str, samples: Mapping[str, Any]) -> None:
    """Raise ExpressionError when a template cannot work: bad syntax, an unknown filter, a
    call that is not allowed, or a limit broken when rendered with ``samples``."""
    if "{" not in source:
        return
    try:
        render_checked(source, samples)
    except ExpressionError:
        raise
    except SecurityError as error:
        raise ExpressionError(f"not allowed in a template: {error}") from None
    except (MemoryError, RecursionError) as error:
        raise ExpressionLimit(f"too costly to render ({error.__class__.__name__})") from None
    except Exception:
        return


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
