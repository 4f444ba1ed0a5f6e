"""Load a flow definition from YAML, keeping line numbers for every problem.

YAML is composed with the safe loader into nodes first, so each value's line is known,
and converted to plain data under a node and character budget (aliases cannot blow a
small file up). The plain data then goes through pydantic and the whole-file checks of
``assistant.flow.checks``. Every problem is collected, none stops the others; pydantic's
locations (``sections.0.questions.5.kind``) are told as question ids.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.errors import UserError
from assistant.flow.checks import MAX_QUESTIONS, check_flow, size_problems
from assistant.flow.kinds import did_you_mean
from assistant.flow.problems import FlowFileError, LineMap, Location, Problem, order
from assistant.models.flowdef import FlowDefinition, Question, QuestionKind, Section
from assistant.textfiles import (
    YamlDuplicateKey,
    YamlTooLarge,
    compose_yaml,
    describe_yaml_error,
    read_text,
    yaml_to_data,
)

__all__ = [
    "MAX_FLOW_BYTES",
    "MAX_QUESTIONS",
    "FlowFileError",
    "FlowReport",
    "LineMap",
    "Problem",
    "active_flow",
    "check_definition",
    "load_flow_file",
    "load_flow_text",
    "validate_flow_file",
    "validate_flow_text",
]

MAX_FLOW_BYTES = 1_000_000
"""Largest flow file read (the Data 360 flow is about 50 KB)."""
MAX_YAML_NODES = 200_000


@dataclass
class FlowReport:
    """The outcome of checking a flow file: the flow when it has no error, and every problem."""

    path: str
    flow: FlowDefinition | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def parse_yaml(text: str, path: str) -> tuple[Any, LineMap]:
    """Safely parse YAML text into plain data and a line map; bad YAML is a FlowFileError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FLOW_BYTES:
        raise FlowFileError(path, [Problem(None, f"file larger than {MAX_FLOW_BYTES:,} bytes")])
    lines = LineMap()

    def remember(location: Location, node: yaml.Node) -> None:
        lines.set(location, node.start_mark.line + 1)

    try:
        node = compose_yaml(text)
        data = (
            None
            if node is None
            else yaml_to_data(
                node,
                max_nodes=MAX_YAML_NODES,
                max_chars=2 * len(text) + 100_000,
                on_value=remember,
            )
        )
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise FlowFileError(path, [Problem(line, describe_yaml_error(error))]) from None
    except YamlDuplicateKey as error:
        raise FlowFileError(path, [Problem(error.line, str(error))]) from None
    except YamlTooLarge as error:
        raise FlowFileError(path, [Problem(None, f"invalid YAML: {error}")]) from None
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        raise FlowFileError(path, [Problem(None, f"invalid YAML: {error}")]) from None
    return data, lines


_FIELDS = {
    "question": list(Question.model_fields),
    "section": list(Section.model_fields),
    "flow": list(FlowDefinition.model_fields),
}


def _describe_validation_error(error: Mapping[str, Any], data: Any) -> Problem:
    """A pydantic error told with the question or section it is about."""
    loc = tuple(error.get("loc", ()))
    subject, rest, question = _subject(loc, data)
    kind = error.get("type")
    name = str(loc[-1]) if loc else ""
    if kind == "enum" and loc and loc[-1] == "kind":
        allowed = ", ".join(k.value for k in QuestionKind)
        hint = did_you_mean(str(error.get("input")), [k.value for k in QuestionKind])
        message = (
            f"{subject}: unknown kind {error.get('input')!r}{hint} (expected one of {allowed})"
        )
    elif kind == "extra_forbidden":
        level = (
            "question"
            if question or "questions" in loc
            else "section"
            if loc[:1] == ("sections",)
            else "flow"
        )
        known = _FIELDS["question" if "questions" in loc else level]
        message = f"{subject}: unknown field {name!r}{did_you_mean(name, known)}"
    elif kind == "missing":
        message = f"{subject}: missing field {name!r}"
    elif kind == "string_pattern_mismatch" and name == "id":
        message = (
            f"{subject}: id {error.get('input')!r} must be lower-case snake_case"
            " (a letter, then letters, digits or _)"
        )
    else:
        where = f" ({rest})" if rest else ""
        message = f"{subject}{where}: {error.get('msg')}"
    return Problem(None, message, question=question)


def _subject(loc: Location, data: Any) -> tuple[str, str, str | None]:
    """('question 'x'', 'remaining.path', question id) for a pydantic location."""
    if len(loc) >= 4 and loc[0] == "sections" and loc[2] == "questions":
        question = _at(data, loc[:4])
        q_id = question.get("id") if isinstance(question, dict) else None
        rest = ".".join(str(p) for p in loc[4:])
        if isinstance(q_id, str) and q_id:
            return f"question {q_id!r}", rest, q_id
        section = _at(data, loc[:2])
        s_id = section.get("id") if isinstance(section, dict) else None
        return f"question {int(loc[3]) + 1} of section {s_id!r}", rest, None
    if len(loc) >= 2 and loc[0] == "sections":
        section = _at(data, loc[:2])
        s_id = section.get("id") if isinstance(section, dict) else None
        rest = ".".join(str(p) for p in loc[2:])
        if isinstance(s_id, str) and s_id:
            return f"section {s_id!r}", rest, None
        return f"section {int(loc[1]) + 1}", rest, None
    return "flow", ".".join(str(p) for p in loc), None


def _at(data: Any, loc: Location) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def validate_flow_text(text: str, path: str = "<flow>") -> FlowReport:
    """Parse and fully check a flow: every error and warning, and the flow if it has no error."""
    report = FlowReport(path)
    try:
        data, lines = parse_yaml(text, path)
    except FlowFileError as error:
        report.problems = error.problems
        return report
    if not isinstance(data, dict):
        report.problems = [Problem(1, "a flow file must be a YAML mapping")]
        return report
    too_large = size_problems(data)
    if too_large:
        report.problems = too_large
        return report
    problems: list[Problem] = []
    flow: FlowDefinition | None = None
    try:
        flow = FlowDefinition.model_validate(data)
    except ValidationError as error:
        for e in error.errors():
            problem = _describe_validation_error(e, data)
            line = lines.line(tuple(e["loc"]))
            problems.append(Problem(line, problem.message, question=problem.question))
    problems += [p for p in check_flow(data, lines) if p not in problems]
    report.problems = sorted(set(problems), key=order)
    if not report.errors:
        report.flow = flow
    return report


def load_flow_text(text: str, path: str = "<flow>") -> FlowDefinition:
    """Parse and fully check a flow; raise FlowFileError listing every problem."""
    report = validate_flow_text(text, path)
    if report.errors or report.flow is None:
        raise FlowFileError(path, report.problems)
    return report.flow


def check_definition(flow: FlowDefinition) -> list[Problem]:
    """The checks of ``flow validate`` on an already parsed flow (e.g. one in an export)."""
    data = flow.model_dump(mode="json", exclude_none=True)
    return check_flow(data, LineMap())


def validate_flow_file(path: str | os.PathLike[str]) -> FlowReport:
    """``validate_flow_text`` on a file; unreadable files are user errors."""
    return validate_flow_text(
        read_text(path, what="flow file", max_bytes=MAX_FLOW_BYTES), str(path)
    )


def load_flow_file(path: str | os.PathLike[str]) -> FlowDefinition:
    """Load a flow file from disk; unreadable files are user errors."""
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
    from assistant.config import env

    chosen = flow_file or env("DATA360_FLOW") or str(default_flow_path())
    try:
        mtime = Path(chosen).stat().st_mtime
    except OSError:
        raise UserError(f"flow file not found: {chosen}") from None
    return _cached(str(chosen), mtime)
