"""``data360 follow ID [--json]``: a session's events as they are committed anywhere."""

from __future__ import annotations

import json as json_module
import sys
from typing import Annotated

import typer

from assistant.cli.options import DbOption, JsonOption

app = typer.Typer()


@app.command("follow")
def follow(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    new: Annotated[bool, typer.Option("--new", help="Only events committed from now on.")] = False,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Print a session's events, then each new one as it arrives (ctrl+c stops)."""
    from assistant.services.follow import follow as follow_events
    from assistant.store import open_store
    from assistant.text.escape import printable

    store = open_store(db)
    sid = store.resolve(session_id)
    after = store.session(sid).event_count if new else 0
    try:
        for event in follow_events(store, sid, after):
            if json:
                line = json_module.dumps(event.model_dump(mode="json"), ensure_ascii=False)
            else:
                line = _line(event.seq, event.at, event.type.value, event.question_id, event.data)
            sys.stdout.write(printable(line) + "\n")
            sys.stdout.flush()
    except (KeyboardInterrupt, BrokenPipeError):
        pass  # ctrl+c, or the reader of a pipe (`follow ID | head`) went away
    finally:
        store.close()


def _line(seq: int, at: str, kind: str, question: str | None, data: dict) -> str:
    detail = ""
    if "value" in data:
        detail = json_module.dumps(data["value"], ensure_ascii=False)
    elif "text" in data:
        detail = json_module.dumps(data["text"], ensure_ascii=False)
    text = f"{seq:>5}  {at[:19]}  {kind:<20} {question or '-':<24} {detail}".rstrip()
    return text if len(text) <= 200 else text[:199] + "…"
