"""Versioned prompt templates from ``prompts/llm/``, rendered in a Jinja2 sandbox.

Templates are data shipped with the package (``assistant.paths.prompts_dir``), so a
facilitator can read them and a wheel carries them. Each has a ``version`` that is
logged with every call. Values are rendered as plain text (no autoescape: the output
is a prompt, not HTML); user text is passed through ``safety.delimit`` before it gets
here, and the sandbox keeps templates from reaching Python internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from assistant.errors import UserError


@dataclass(frozen=True)
class Prompt:
    """One rendered prompt: what is sent, and the version that produced it."""

    id: str
    version: str
    system: str
    user: str


@cache
def _load(name: str) -> dict[str, Any]:
    import yaml

    from assistant.paths import prompts_dir

    path = prompts_dir() / "llm" / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"prompt template missing: {path}") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: not a prompt template")
    return data


@cache
def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False
    )


def render(template: str, **values: Any) -> str:
    return str(_environment().from_string(template).render(**values)).strip()


def extract_prompt(**values: Any) -> Prompt:
    data = _load("extract")
    return Prompt(
        id="extract",
        version=str(data["version"]),
        system=render(data["system"], **values),
        user=render(data["user"], **values),
    )


def repair_message(error: str) -> str:
    return render(_load("extract")["repair"], error=error)


def help_task(task: str) -> dict[str, Any]:
    """The raw entry of a help task (``followup``, ``strategic_statement``…)."""
    tasks = _load("help")["tasks"]
    if task not in tasks:
        raise UserError(f"no help task {task!r} (known: {', '.join(tasks)})")
    return dict(tasks[task])


def help_prompt(task: str, **values: Any) -> Prompt:
    entry = help_task(task)
    common = _load("help")["common_system"]
    system = render(common) + "\n\n" + render(entry["instructions"], **values)
    return Prompt(
        id=task,
        version=str(entry["version"]),
        system=system,
        user=render(entry["user"], **values),
    )
