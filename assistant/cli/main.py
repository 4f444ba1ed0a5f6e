"""Entry point of the ``data360`` command.

Each command group lives in its own module under ``assistant.cli`` and registers itself
on the shared ``app``. Heavy libraries (Textual, networkx, LangChain) are imported inside
the commands that need them, so ``--help`` and the read-only commands start at once.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from assistant.cli.options import DbOption, FlowOption
from assistant.errors import UserError

app = typer.Typer(
    name="data360",
    help="Data 360 framing assistant: from an idea to a complete framing of a data product.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    db: DbOption = None,
    flow: FlowOption = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """With no command, open the terminal interface."""
    if version:
        from assistant import __version__

        print(f"data360 {__version__}")
        raise typer.Exit()
    if ctx.invoked_subcommand is None:
        from assistant.tui.app import run_tui

        run_tui(db, flow)


def _register_commands() -> None:
    """Import the command modules; each one adds its commands to ``app``."""
    from assistant.cli import commands  # noqa: F401  (registration side effect)


def run() -> None:
    """Console-script entry: run the app and turn user errors into one line on stderr."""
    _register_commands()
    try:
        code = app(standalone_mode=False)
    except UserError as error:
        print(f"data360: error: {error}", file=sys.stderr)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        print("data360: interrupted", file=sys.stderr)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as error:
        # Click's usage errors (typer vendors click, so match by shape, not by class).
        if hasattr(error, "format_message") and hasattr(error, "exit_code"):
            print(f"data360: error: {error.format_message()}", file=sys.stderr)
            sys.exit(error.exit_code or 2)
        if type(error).__name__ == "Abort":
            print("data360: aborted", file=sys.stderr)
            sys.exit(1)
        raise
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":
    run()
