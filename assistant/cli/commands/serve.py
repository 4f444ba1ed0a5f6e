"""``data360 serve``: the terminal interface in a web browser, for workshop rooms."""

from __future__ import annotations

import shlex
import sys
from typing import Annotated

import typer

from assistant.cli.options import DbOption, FlowOption, err
from assistant.errors import UserError

app = typer.Typer()


def serve_command(db: str | None, flow: str | None) -> str:
    """The shell command textual-serve runs for each browser tab: this Python, this TUI.

    ``exec`` makes the shell become the app, so each tab costs one process, not two.
    """
    parts = [sys.executable, "-m", "assistant"]
    if db:
        parts += ["--db", db]
    if flow:
        parts += ["--flow", flow]
    return "exec " + shlex.join(parts)


@app.command("serve")
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    public_url: Annotated[
        str | None,
        typer.Option("--public-url", help="URL the browsers use, when behind a proxy."),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="DATA360_SERVE_TOKEN",
            help="The secret browsers must present (a password for the room);"
            " default: a new random token at each start, printed in the URL.",
        ),
    ] = None,
    max_connections: Annotated[
        int,
        typer.Option(
            "--max-connections",
            min=1,
            max=1000,
            help="Browser tabs served at once (each runs its own app); more are refused.",
        ),
    ] = 5,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="NAME",
            help="Another DNS name browsers use to reach this server (repeatable);"
            " IP addresses, localhost and this machine's name are always accepted.",
        ),
    ] = None,
    db: DbOption = None,
    flow: FlowOption = None,
) -> None:
    """Serve the TUI in web browsers (textual-serve): one app per browser tab.

    Every start makes a secret token and prints the URL that carries it: only browsers
    holding it are served, pages of other sites and unknown Host names are refused.
    Whoever holds the token can read and change every session of the database, and the
    connection is plain HTTP: off the loopback address, use a trusted network or a
    TLS proxy (--public-url https://…).
    """
    try:
        from assistant.serve.server import GuardedServer
    except ImportError:
        raise UserError(
            "serving in a browser needs textual-serve: pip install 'data360[serve]'", exit_code=2
        ) from None
    from assistant.serve.guard import MIN_TOKEN_CHARS, Guard, is_loopback, new_token
    from assistant.store import open_store

    if token is not None and len(token.strip()) < MIN_TOKEN_CHARS:
        raise UserError(f"--token must have at least {MIN_TOKEN_CHARS} characters", exit_code=2)
    open_store(db).close()  # a bad database is a one-line error here, not in every tab
    if flow:
        from assistant.flow.loader import active_flow

        active_flow(flow)
    if not is_loopback(host):
        err(
            f"warning: serving on {host} over plain HTTP: whoever holds the token (or sees it"
            " on the network) can edit every session"
        )
    guard = Guard.for_server(
        token.strip() if token else new_token(),
        host,
        port,
        public_url=public_url,
        allow_hosts=tuple(allow_host or ()),
    )
    server = GuardedServer(
        serve_command(db, flow),
        guard=guard,
        host=host,
        port=port,
        max_connections=max_connections,
        title="data360",
        public_url=public_url,
    )
    try:
        server.serve()
    except OSError as error:
        raise UserError(f"cannot serve on {host}:{port}: {error.strerror or error}") from None
