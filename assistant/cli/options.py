"""Options shared by several commands, and helpers to reach the services from them."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from assistant.services.interview import InterviewService

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="DATA360_DB",
        help="SQLite file or postgresql:// URL (default: user data dir).",
    ),
]
FlowOption = Annotated[
    str | None,
    typer.Option("--flow", envvar="DATA360_FLOW", help="Question flow YAML (default: Data 360)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def service(db: str | None) -> InterviewService:
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    return InterviewService(open_store(db))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def err(message: str) -> None:
    """A diagnostic on stderr (stdout is kept for data)."""
    sys.stderr.write(message + "\n")
