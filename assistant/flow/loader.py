"""Load a flow definition from YAML, keeping line numbers for every error.

YAML is composed with the safe loader into nodes first, so each value's line is known;
the plain data then goes through pydantic and the whole-file checks of
``assistant.flow.checks``. Every problem is collected, none stops the others.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.errors import UserError
from assistant.models.flowdef import FlowDefinition

MAX_FLOW_BYTES = 2_000_000
MAX_YAML_NODES = 200_000

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a flow file."""

    line: int | None
    message: str

    def format(self, path: str) -> str:
        where = f"{path}:{self.line}" if self.line else path
        return f"{where}: {self.message}"


class FlowFileError(UserError):
    """A flow file with one or more problems; ``problems`` lists them all."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0].format(path) if problems else path
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first + more)


class LineMap:
    """Line numbers of values in a YAML document, by location path."""

    def __init__(self) -> None:
        self._lines: dict[Location, int] = {}

    def set(self, location: Location, line: int) -> None:
        self._lines[location] = line

    def line(self, location: Location) -> int | None:
        """The line of the location, or of its closest recorded parent."""
        location = tuple(location)
        while True:
            if location in self._lines:
                return self._lines[location]
            if not location:
                return None
            location = location[:-1]


def _to_data(node: yaml.Node, location: Location, lines: LineMap, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise yaml.YAMLError("document too large (too many nodes)")
    lines.set(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else "<complex key>"
            out[key] = _to_data(value_node, (*location, key), lines, budget)
            lines.set((*location, key), key_node.start_mark.line + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_data(item, (*location, index), lines, budget)
            for index, item in enumerate(node.value)
        ]
    return _scalar(node)


_scalar_loader = yaml.SafeLoader("")


def _scalar(node: yaml.Node) -> Any:
    return _scalar_loader.construct_object(node, deep=True)


def parse_yaml(text: str, path: str) -> tuple[Any, LineMap]:
    """Safely parse YAML text into plain data and a line map; bad YAML is a FlowFileError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FLOW_BYTES:
        raise FlowFileError(path, [Problem(None, f"file larger than {MAX_FLOW_BYTES} bytes")])
    lines = LineMap()
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = None if node is None else _to_data(node, (), lines, [MAX_YAML_NODES])
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise FlowFileError(path, [Problem(line, f"invalid YAML: {error.problem}")]) from None
    except (yaml.YAMLError, RecursionError) as error:
        raise FlowFileError(path, [Problem(None, f"invalid YAML: {error}")]) from None
    return data, lines


def _describe_validation_error(error: dict[str, Any], data: Any) -> str:
    loc = error.get("loc", ())
    field = ".".join(str(part) for part in loc) or "document"
    if error.get("type") == "enum" and loc and loc[-1] == "kind":
        allowed = error.get("ctx", {}).get("expected", "")
        return f"unknown kind {error.get('input')!r} at {field} (expected {allowed})"
    if error.get("type") == "extra_forbidden":
        return f"unknown field {field!r}"
    if error.get("type") == "missing":
        return f"missing field {field!r}"
    return f"{field}: {error.get('msg')}"


def load_flow_text(text: str, path: str = "<flow>") -> FlowDefinition:
    """Parse and fully check a flow; raise FlowFileError listing every problem."""
    from assistant.flow.checks import check_flow

    data, lines = parse_yaml(text, path)
    if not isinstance(data, dict):
        raise FlowFileError(path, [Problem(1, "a flow file must be a YAML mapping")])
    try:
        flow = FlowDefinition.model_validate(data)
    except ValidationError as error:
        problems = [
            Problem(lines.line(tuple(e["loc"])), _describe_validation_error(e, data))
            for e in error.errors()
        ]
        problems += [p for p in check_flow(data, lines) if p not in problems]
        raise FlowFileError(path, sorted(set(problems), key=_order)) from None
    problems = check_flow(data, lines)
    if problems:
        raise FlowFileError(path, problems)
    return flow


def _order(problem: Problem) -> tuple[int, str]:
    return (problem.line or 0, problem.message)


def load_flow_file(path: str | os.PathLike[str]) -> FlowDefinition:
    """Load a flow file from disk; unreadable files are user errors."""
    from assistant.textfiles import read_text

    return load_flow_text(read_text(path, what="flow file", max_bytes=MAX_FLOW_BYTES), str(path))


def default_flow_path() -> Path:
    """The Data 360 flow shipped with the package."""
    from assistant.paths import prompts_dir

    return prompts_dir() / "data360.yaml"


@lru_cache(maxsize=8)
def _cached(path: str, mtime: float) -> FlowDefinition:
    return load_flow_file(path)


def active_flow(flow_file: str | None = None) -> FlowDefinition:
    """The flow to use: ``--flow FILE``, else ``DATA360_FLOW``, else the shipped one."""
    chosen = flow_file or os.environ.get("DATA360_FLOW") or str(default_flow_path())
    try:
        mtime = Path(chosen).stat().st_mtime
    except OSError:
        raise UserError(f"flow file not found: {chosen}") from None
    return _cached(str(chosen), mtime)
