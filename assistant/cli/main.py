"""Entry point of the ``data360`` command.

Each command group lives in its own module under ``assistant.cli.commands`` with its own
``typer.Typer`` (``app``, or a named group such as ``flow_app``); :data:`LAZY_COMMANDS`
names them, one line each, and :class:`LazyGroup` imports one only when it is run, so the
arrows run one way: ``main`` -> ``commands`` -> ``options`` -> ``context``.
Heavy libraries (Textual, networkx, LangChain) are imported inside the commands that need
them, so ``--help`` and the read-only commands start at once.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer
import typer.main
from typer.core import TyperGroup

from assistant.cli import context
from assistant.cli.options import DB_HELP, FLOW_HELP
from assistant.cli.terminal import needs_terminal
from assistant.errors import UserError

if TYPE_CHECKING:  # typer vendors click; its classes are only needed for the types
    from typer import _click as click


def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", metavar="PATH|URL", envvar="DATA360_DB", help=DB_HELP),
    ] = None,
    flow: Annotated[
        str | None,
        typer.Option("--flow", metavar="PATH", envvar="DATA360_FLOW", help=FLOW_HELP),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """With no command, open the terminal interface."""
    context.remember(db, flow)
    if version:
        from assistant import __version__

        print(f"data360 {__version__}")
        raise typer.Exit()
    if ctx.invoked_subcommand is None:
        needs_terminal()
        from assistant.tui.app import run_tui

        run_tui(context.database(), context.flow_file())


# Every top-level command: name -> (module under assistant.cli.commands, its Typer, the group
# name when the Typer is a named group). The order is the order of ``--help``.
LAZY_COMMANDS: dict[str, tuple[str, str, str | None]] = {
    "run": ("sessions", "app", None),
    "sessions": ("sessions", "app", None),
    "replay": ("sessions", "app", None),
    "export": ("sessions", "app", None),
    "import": ("sessions", "app", None),
    "purge": ("sessions", "app", None),
    "note": ("review", "app", None),
    "reframe": ("review", "app", None),
    "diff": ("review", "app", None),
    "check": ("check", "app", None),
    "extract": ("extract", "app", None),
    "flows": ("model", "app", None),
    "workshop-pack": ("workshop", "app", None),
    "import-flows": ("workshop", "app", None),
    "serve": ("serve", "app", None),
    "flow": ("flow", "flow_app", "flow"),
    "model": ("model", "model_app", "model"),
    "llm": ("llm", "llm_app", "llm"),
    "follow": ("follow", "app", None),
    "store": ("store", "store_app", "store"),
}


def load_command(name: str) -> click.Command:
    """Import the module of command ``name`` and build its click command.

    The command is built through a throwaway root with the same settings as the real one, so
    it is exactly what an eager ``add_typer`` would have registered.
    """
    module_name, attr, group = LAZY_COMMANDS[name]
    module = importlib.import_module(f"assistant.cli.commands.{module_name}")
    holder = typer.Typer(pretty_exceptions_enable=False, rich_markup_mode=None)
    holder.add_typer(getattr(module, attr), name=group)
    return typer.main.get_group(holder).commands[name]


class LazyGroup(TyperGroup):
    """The root group: a command's module is imported only when that command is wanted.

    Building every command at start-up (typer inspects each signature) cost about as much as
    the libraries themselves; now ``data360 flow show`` builds ``flow`` only. ``--help`` and
    shell completion still see every command: they ask :meth:`get_command` for each.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command, in the help order, without importing any."""
        return list(LAZY_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command ``cmd_name``, imported and built on first use."""
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            self.commands[cmd_name] = load_command(cmd_name)
        return self.commands.get(cmd_name)


def build_app() -> typer.Typer:
    """The root command; its sub-commands load on demand (:class:`LazyGroup`)."""
    root = typer.Typer(
        name="data360",
        help="Data 360 framing assistant: from an idea to a complete framing of a data product.",
        cls=LazyGroup,
        no_args_is_help=False,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    root.callback(invoke_without_command=True)(main)
    return root


def wants_json(argv: list[str]) -> bool:
    """Whether the command line asks for JSON (``--json`` before any ``--``)."""
    args = argv[1:]
    if "--" in args:
        args = args[: args.index("--")]
    return "--json" in args


def fail(
    message: str, code: int, kind: str, *, as_json: bool, details: list[str] | None = None
) -> None:
    """Report an error on stderr and exit with ``code``.

    Under ``--json`` the error is one JSON line on stderr,
    ``{"error": {"message", "kind", "exit_code", "details"?}}`` (``details``: every problem
    when there are several), so a script reads it like the data; stdout stays for data only
    (empty on error). The exit codes are the same either way.
    """
    if as_json:
        error: dict[str, object] = {"message": message, "kind": kind, "exit_code": code}
        if details:
            error["details"] = details
        print(json.dumps({"error": error}, ensure_ascii=False), file=sys.stderr)
    else:
        print(
            f"data360: {message}" if kind == "interrupted" else f"data360: error: {message}",
            file=sys.stderr,
        )
    sys.exit(code)


def run() -> None:
    """Console-script entry: run the app and turn user errors into one line on stderr."""
    context.remember(None, None)
    as_json = wants_json(sys.argv)
    try:
        code = build_app()(prog_name="data360", standalone_mode=False)
    except UserError as error:
        kind = "usage" if error.exit_code == 2 else "user"
        fail(str(error), error.exit_code, kind, as_json=as_json, details=error.details)
    except KeyboardInterrupt:
        fail("interrupted", 130, "interrupted", as_json=as_json)
    except SystemExit:
        raise
    except Exception as error:
        # Click's usage errors (typer vendors click, so match by shape, not by class).
        if type(error).__name__ == "NoArgsIsHelpError":  # `data360 flow`: its help, exit 2
            print(error.format_message(), file=sys.stderr)  # type: ignore[attr-defined]
            sys.exit(2)
        if hasattr(error, "format_message") and hasattr(error, "exit_code"):
            message = error.format_message()  # type: ignore[attr-defined]
            fail(message, error.exit_code or 2, "usage", as_json=as_json)  # type: ignore[attr-defined]
        if type(error).__name__ == "Abort":
            fail("aborted", 1, "aborted", as_json=as_json)
        raise
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":
    run()
