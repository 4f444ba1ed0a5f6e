"""Reviewing and redoing framings: note, reframe, diff."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.options import DbOption, FlowOption, JsonOption, err, print_json, service

app = typer.Typer()


@app.command("note")
def note(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    question: Annotated[str, typer.Argument(metavar="QUESTION", help="Question id.")],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The note.")],
    author: Annotated[
        str | None, typer.Option("--author", help="Who writes it (default: $DATA360_AUTHOR).")
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
        f"re-framing of {result.source.id[:8]}: {len(result.carried)} answers carried over;"
        f" edit them with `data360 run --session {interview.id[:8]} --answers FILE`"
    )
    if json:
        print_json(interview.summary().model_dump(mode="json"))
    else:
        print(interview.id)


@app.command("diff")
def diff(
    before: Annotated[str, typer.Argument(metavar="A", help="The earlier framing (id or prefix).")],
    after: Annotated[str, typer.Argument(metavar="B", help="The later framing (id or prefix).")],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Show what changed from framing A to framing B, and nothing else."""
    from assistant.export.document import build_document
    from assistant.services.diff import diff_documents, format_diff

    services = service(db)
    result = diff_documents(
        build_document(services.open(before)), build_document(services.open(after))
    )
    if json:
        print_json({**result.model_dump(mode="json"), "empty": result.empty})
        return
    for line in format_diff(result):
        print(line)
