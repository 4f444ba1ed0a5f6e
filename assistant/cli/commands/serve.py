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
    """The shell command textual-serve runs for each browser tab: this Python, this TUI."""
    parts = [sys.executable, "-m", "assistant"]
    if db:
        parts += ["--db", db]
    if flow:
        parts += ["--flow", flow]
    return shlex.join(parts)


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
    db: DbOption = None,
    flow: FlowOption = None,
) -> None:
    """Serve the TUI in web browsers (textual-serve): one app per browser tab.

    Anyone who can reach HOST:PORT can read and change every session of the database:
    keep the default loopback address unless the room's network is trusted.
    """
    try:
        from textual_serve.server import Server
    except ImportError:
        raise UserError(
            "serving in a browser needs textual-serve: pip install 'data360[serve]'", exit_code=2
        ) from None
    from assistant.store import open_store

    open_store(db).close()  # a bad database is a one-line error here, not in every tab
    if flow:
        from assistant.flow.loader import active_flow

        active_flow(flow)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err(f"warning: serving on {host}: anyone who reaches it can edit every session")
    server = Server(
        serve_command(db, flow), host=host, port=port, title="data360", public_url=public_url
    )
    try:
        server.serve()
    except OSError as error:
        raise UserError(f"cannot serve on {host}:{port}: {error.strerror or error}") from None
