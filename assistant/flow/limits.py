"""Limits for evaluating conditions and templates that come from other people's files.

A flow file, or the flow embedded in a shared JSON export, is untrusted: its ``when``
conditions and ``{{ … }}`` templates run every time a session is folded or a prompt is
shown. Sandboxes stop them from reaching files or attributes, not from asking for a
number with 26 million digits or a 3 GB string. Every operation that can make a value
grow goes through the checks here, and every evaluation carries a step and CPU-time
budget, so the worst an expression can do is fail fast with ``ExpressionLimit``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

MAX_INT_BITS = 4096
"""Largest integer an expression may build (about 1,200 decimal digits)."""
MAX_SIZE = 200_000
"""Largest string, list or output an expression may build (characters or items, nested)."""
MAX_STEPS = 100_000
"""Operations (nodes evaluated, loop turns, calls) in one evaluation."""
MAX_CPU_SECONDS = 0.5
"""CPU time of one evaluation (thread time, so a loaded machine does not trip it)."""
MAX_RANGE = 10_000
"""Longest ``range()`` a template may loop over."""


class ExpressionError(ValueError):
    """A condition or template that cannot be parsed or is not allowed."""


class ExpressionLimit(ExpressionError):
    """An evaluation that would exceed a size, step or time limit."""


class Budget:
    """Steps and CPU time left for one evaluation.

    The clock is read only every 64 steps (the first time starts it), so the usual
    condition of a dozen steps costs no clock reading at all.
    """

    __slots__ = ("deadline", "seconds", "steps")

    def __init__(self, steps: int = MAX_STEPS, seconds: float = MAX_CPU_SECONDS) -> None:
        self.steps = steps
        self.seconds = seconds
        self.deadline: float | None = None

    def charge(self, steps: int = 1) -> None:
        self.steps -= steps
        if self.steps < 0:
            raise ExpressionLimit(f"too many operations (more than {MAX_STEPS:,})")
        if self.steps % 64 == 0:
            now = time.thread_time()
            if self.deadline is None:
                self.deadline = now + self.seconds
            elif now > self.deadline:
                raise ExpressionLimit(f"took more than {MAX_CPU_SECONDS:g} s of CPU time")


_current: ContextVar[Budget | None] = ContextVar("data360_expression_budget", default=None)


class budget:  # lower-case: used as ``with budget():``, like a function
    """A fresh budget for the evaluation run inside the ``with`` block."""

    __slots__ = ("token",)

    def __enter__(self) -> Budget:
        current = Budget()
        self.token = _current.set(current)
        return current

    def __exit__(self, *exc: object) -> None:
        _current.reset(self.token)


def charge(steps: int = 1) -> None:
    """Count ``steps`` against the running evaluation (no-op outside one, e.g. compiling)."""
    current = _current.get()
    if current is not None:
        current.charge(steps)


def weight(value: Any, limit: int = MAX_SIZE) -> int:
    """How big a value is once printed: characters of strings, items of containers, nested.

    Shared references count each time they appear (``[s] * n`` prints ``s`` n times). The
    walk stops as soon as ``limit`` is passed, so weighing costs at most ``limit`` steps.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item) + 1
        elif isinstance(item, int) and not isinstance(item, bool):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, Mapping):
            total += len(item) + 1
            if total <= limit:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item) + 1
            if total <= limit:
                stack.extend(item)
        elif isinstance(item, range):
            total += len(item) + 1
        else:
            total += 1
        if total > limit:
            return total
    return total


def check_size(value: Any, what: str = "value") -> Any:
    """``value`` unchanged, or ExpressionLimit when it is larger than MAX_SIZE."""
    if weight(value) > MAX_SIZE:
        raise ExpressionLimit(f"{what} too large (more than {MAX_SIZE:,} characters or items)")
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_int(value: Any) -> Any:
    if _is_int(value) and value.bit_length() > MAX_INT_BITS:
        raise ExpressionLimit(f"number too large (more than {MAX_INT_BITS} bits)")
    return value


def _repeat_count(count: Any) -> int | None:
    return int(count) if _is_int(count) or isinstance(count, bool) else None


def bounded_mul(left: Any, right: Any) -> Any:
    """``left * right`` when the result stays small: numbers, or repeated strings/lists."""
    for seq, count in ((left, right), (right, left)):
        times = _repeat_count(count)
        if times is not None and isinstance(seq, str | bytes | list | tuple):
            if times > 0 and weight(seq) * times > MAX_SIZE:
                raise ExpressionLimit(
                    f"repetition too large (more than {MAX_SIZE:,} characters or items)"
                )
            return seq * times
    if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
        raise ExpressionLimit(f"number too large (more than {MAX_INT_BITS} bits)")
    return left * right


def bounded_add(left: Any, right: Any) -> Any:
    """``left + right`` with the size of concatenations bounded."""
    sequences = (str, bytes, list, tuple)
    if (
        isinstance(left, sequences)
        and isinstance(right, sequences)
        and weight(left) + weight(right) > MAX_SIZE
    ):
        raise ExpressionLimit(f"concatenation too large (more than {MAX_SIZE:,} characters)")
    return _check_int(left + right)


def bounded_pow(base: Any, exponent: Any) -> Any:
    """``base ** exponent`` refused before computing when the result would be huge."""
    if _is_int(base) and _is_int(exponent) and exponent > 0 and abs(base) > 1:
        if exponent * base.bit_length() > MAX_INT_BITS:
            raise ExpressionLimit(
                f"{base} ** {exponent} is too large (more than {MAX_INT_BITS} bits)"
            )
    elif (
        isinstance(base, int | float)
        and isinstance(exponent, int | float)
        and (abs(exponent) > 1_000_000 or not math.isfinite(float(exponent)))
    ):
        raise ExpressionLimit(f"exponent {exponent} too large")
    try:
        return base**exponent
    except OverflowError:
        raise ExpressionLimit(f"{base} ** {exponent} is too large") from None


def bounded_lshift(left: Any, right: Any) -> Any:
    if _is_int(left) and _is_int(right) and left.bit_length() + right > MAX_INT_BITS:
        raise ExpressionLimit(f"number too large (more than {MAX_INT_BITS} bits)")
    return left << right


def bounded_mod(left: Any, right: Any) -> Any:
    """Numbers only: ``'%999999999d' % 1`` would build a gigabyte string."""
    if isinstance(left, str | bytes):
        raise ExpressionError("string formatting with % is not allowed")
    return left % right


def bounded_iter(items: Iterable[Any]) -> Iterator[Any]:
    """Iterate while charging one step per item (loops in templates)."""
    for item in items:
        charge()
        yield item


def bounded_range(*args: int) -> range:
    """``range`` limited to MAX_RANGE items."""
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise ExpressionLimit(f"range too long (more than {MAX_RANGE:,} items)")
    return result
