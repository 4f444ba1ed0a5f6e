"""Options shared by several commands, and helpers to reach the services from them."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.cli import context

if TYPE_CHECKING:
    from assistant.services.interview import InterviewService


def _resolve_db(value: str | None) -> str:
    """The effective database (this option, the root one, env, config, default)."""
    return context.database(value)


def _resolve_flow(value: str | None) -> str | None:
    """The effective question flow (this option, the root one, env, config, shipped)."""
    return context.flow_file(value)


DB_HELP = (
    "SQLite database file or postgresql:// URL (default: --db before the command,"
    " DATA360_DB, the config file, the user data dir)."
)
FLOW_HELP = (
    "Question flow YAML (default: --flow before the command, DATA360_FLOW, the config file,"
    " the Data 360 flow)."
)

# Per-command options: no envvar here, so an explicit root option beats the environment;
# the callback turns "not given" into the one resolved value (see assistant.cli.context).
DbOption = Annotated[
    str | None,
    typer.Option("--db", metavar="PATH|URL", help=DB_HELP, callback=_resolve_db),
]
FlowOption = Annotated[
    str | None,
    typer.Option("--flow", metavar="PATH", help=FLOW_HELP, callback=_resolve_flow),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def service(db: str | None) -> InterviewService:
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    return InterviewService(open_store(context.database(db)))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def err(message: str) -> None:
    """A diagnostic on stderr (stdout is kept for data)."""
    sys.stderr.write(message + "\n")
