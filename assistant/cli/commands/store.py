"""``data360 store copy SRC DST``: move sessions between SQLite files and PostgreSQL."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.options import err

store_app = typer.Typer(help="Copy sessions between databases.", no_args_is_help=True)


@store_app.command("copy")
def copy(
    source: Annotated[str, typer.Argument(metavar="SRC", help="SQLite path or postgresql:// URL.")],
    destination: Annotated[
        str, typer.Argument(metavar="DST", help="SQLite path or postgresql:// URL.")
    ],
) -> None:
    """Copy every session, events verbatim; run it again to resume or to catch up."""
    from pathlib import Path

    from assistant.errors import UserError
    from assistant.services.store_copy import copy_store
    from assistant.store import is_url, open_store

    if not is_url(source) and not Path(source).expanduser().is_file():
        raise UserError(f"no database at {source}")

    def same(a: str, b: str) -> bool:
        if is_url(a) or is_url(b):
            return a == b
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()

    if same(source, destination):
        raise UserError("the source and the destination are the same database")
    src = open_store(source)
    dst = open_store(destination)
    try:
        report = copy_store(src, dst, progress=err)
    finally:
        src.close()
        dst.close()
    err(
        f"{report.sessions} sessions: {report.copied} copied ({report.events} events),"
        f" {report.up_to_date} already up to date"
    )
