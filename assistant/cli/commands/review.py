"""Reviewing and redoing framings: note, reframe, diff."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.options import DbOption, FlowOption, JsonOption, err, print_json, service
from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.services.interview import Interview, InterviewService

app = typer.Typer()


@app.command("note")
def note(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    question: Annotated[str, typer.Argument(metavar="QUESTION", help="Question id.")],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The note.")],
    author: Annotated[
        str | None,
        typer.Option(
            "--author",
            help="Who writes it (default: $DATA360_AUTHOR, else the OS login, marked as such).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Attach a reviewer note to an answer (kept as an event, shown in exports)."""
    from assistant.services.notes import default_author

    interview = service(db).open(session_id)
    interview.add_note(question, text, author if author is not None else default_author())
    err(f"note added to {question} in session {interview.id[:8]}")


@app.command("reframe")
def reframe(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session to redo.")],
    title: Annotated[str | None, typer.Option("--title", help="Title of the new session.")] = None,
    perimeter: Annotated[
        str | None, typer.Option("--perimeter", help="Perimeter (default: the old one).")
    ] = None,
    db: DbOption = None,
    flow: FlowOption = None,
    json: JsonOption = False,
) -> None:
    """Start a re-framing: a new session linked to ID, its answers carried over and editable."""
    from assistant.flow.loader import active_flow
    from assistant.services.reframe import reframe as reframe_session

    result = reframe_session(
        service(db),
        session_id,
        title=title,
        perimeter=perimeter,
        flow=active_flow(flow) if flow else None,
    )
    interview = result.interview
    if result.dropped:
        err(
            "not carried over: "
            + "; ".join(f"{qid} ({why})" for qid, why in sorted(result.dropped.items()))
        )
    err(
        f"re-framing of {result.source.id[:8]}: {len(result.carried)} answers"
        + (f" and {result.notes} reviewer note(s)" if result.notes else "")
        + " carried over;"
        f" edit them with `data360 run --session {interview.id[:8]} --answers FILE`"
    )
    if json:
        print_json(interview.summary().model_dump(mode="json"))
    else:
        print(interview.id)


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


@app.command("diff")
def diff(
    before: Annotated[str, typer.Argument(metavar="A", help="The earlier framing (id or prefix).")],
    after: Annotated[str, typer.Argument(metavar="B", help="The later framing (id or prefix).")],
    db: DbOption = None,
    json: JsonOption = False,
    fmt: Annotated[
        DiffFormat | None,
        typer.Option("--format", "-f", help="text (default), json, or html (a report page)."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("-o", "--output", metavar="PATH", help="File to write; '-' or none: stdout."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the output file if it exists.")
    ] = False,
    stat: Annotated[bool, typer.Option("--stat", help="Only count the changes, per part.")] = False,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 1 when the framings differ, 0 when not (like git diff)."
        ),
    ] = False,
) -> None:
    """Show what changed from framing A to framing B, and nothing else."""
    from assistant.services.diff import (
        diff_documents,
        diff_stat,
        format_diff,
        format_stat,
    )
    from assistant.services.document import build_document

    if json and fmt not in (None, DiffFormat.json):
        raise typer.BadParameter("--json and --format cannot disagree", param_hint="--format")
    chosen = DiffFormat.json if json else (fmt or DiffFormat.text)
    services = service(db)
    earlier, later = open_for_diff(services, before), open_for_diff(services, after)
    result = diff_documents(build_document(earlier), build_document(later))
    if chosen is DiffFormat.json:
        data: dict[str, object] = {**result.model_dump(mode="json"), "empty": result.empty}
        if stat:
            data = {
                "a": data["a"],
                "b": data["b"],
                "stat": diff_stat(result),
                "empty": result.empty,
            }
        text = json_text(data)
    elif chosen is DiffFormat.html:
        from assistant import __version__
        from assistant.export.diff_html import render_diff_html

        text = render_diff_html(result, f"data360 {__version__}")
    else:
        text = "\n".join(format_stat(result) if stat else format_diff(result)) + "\n"
    if output in (None, "-"):
        sys.stdout.write(text)
    else:
        from assistant.outfiles import refuse_existing, write_output

        if not force:
            refuse_existing([Path(output).expanduser()])
        err(f"wrote {write_output(output, text.encode('utf-8'), force=force)}")
    if exit_code and not result.empty:
        raise typer.Exit(1)


def json_text(data: object) -> str:
    import json as json_module

    return json_module.dumps(data, indent=2, ensure_ascii=False) + "\n"


def open_for_diff(services: InterviewService, session: str) -> Interview:
    """Open a framing to compare, saying which earlier framing is missing and where from."""
    try:
        return services.open(session)
    except UserError:
        referrers = (
            [s for s in services.store.sessions() if str(s.reframed_from or "").startswith(session)]
            if session.strip()
            else []
        )
        if not referrers:
            raise
        what = referrers[0]
        raise UserError(
            f"session {session} is not in this database, but"
            f" {what.id[:8]} ({what.title}) is a re-framing of it: import the earlier framing"
            f" too (data360 export {session[:8]} -f json on the other database, then"
            " data360 import FILE)"
        ) from None
