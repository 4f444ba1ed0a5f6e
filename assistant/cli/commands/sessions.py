"""Running and reading sessions: run, sessions, replay, export, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.main import app
from assistant.cli.options import DbOption, FlowOption, JsonOption, err, print_json, service
from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.models.infoflow import Actor, Extraction


class LazyExtractor:
    """Builds the extractor (offline, or the configured LLM) only if a text needs one."""

    name = "lazy"

    def __init__(self, model: str | None, base_url: str | None, db: str | None) -> None:
        self.options = (model, base_url, None, db)
        self._extractor = None

    def extract(self, text: str, known_actors: list[Actor] | None = None) -> Extraction:
        if self._extractor is None:
            from assistant.cli.commands.extract import make_extractor

            self._extractor = make_extractor(*self.options)
        return self._extractor.extract(text, known_actors)


@app.command("run")
def run(
    answers: Annotated[str, typer.Option("--answers", help="YAML/JSON answers file, or -.")],
    title: Annotated[str | None, typer.Option("--title", help="Title of a new session.")] = None,
    perimeter: Annotated[str, typer.Option("--perimeter", help="Perimeter mapped.")] = "",
    session: Annotated[
        str | None, typer.Option("--session", help="Continue this session (id or prefix).")
    ] = None,
    db: DbOption = None,
    flow: FlowOption = None,
    json: JsonOption = False,
    model: Annotated[
        str | None,
        typer.Option("--model", help="LLM for free-text flows (provider:name); default offline."),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint for --model.")
    ] = None,
) -> None:
    """Run an interview headless from an answers file; print the session id."""
    from assistant.flow.loader import active_flow
    from assistant.services.headless import load_answers, run_answers

    values = load_answers(answers)
    services = service(db)
    if session:
        interview = services.open(session)
    else:
        interview = services.start(active_flow(flow), title or Path(answers).stem, perimeter)
    result = run_answers(interview, values, LazyExtractor(model, base_url, db))
    summary = interview.summary()
    message = None
    if result.waiting_for is not None:
        message = f"waiting for a required answer to {result.waiting_for.id!r}"
        err(f"session {interview.id[:8]} left open: {message}")
    if result.ignored:
        err("ignored answers (not asked by this flow's branching): " + ", ".join(result.ignored))
    if json:
        summary.ignored_answers = result.ignored
        summary.message = message
        print_json(summary.model_dump(mode="json"))
    else:
        print(interview.id)


@app.command("sessions")
def sessions(db: DbOption = None, json: JsonOption = False) -> None:
    """List the sessions in the database."""
    services = service(db)
    if json:  # the summary kept in each session's row, never a fold of its history
        print_json(services.summary_dicts())
        return
    records = services.store.sessions()
    if not records:
        print("no sessions yet — run `data360` to start one")
        return
    for s in records:
        where = s.current_section or "done"
        print(
            f"{s.id[:8]}  {s.progress:>3}%  {s.status:<8} {where:<9} {s.updated_at[:16]}  {s.title}"
        )


@app.command("replay")
def replay(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    plain: Annotated[bool, typer.Option("--plain", help="Print the timeline as text.")] = False,
    db: DbOption = None,
) -> None:
    """Show a session's whole history, in order, with timestamps."""
    from assistant.services.timeline import timeline

    interview = service(db).open(session_id)
    if not plain:
        from assistant.tui.app import run_replay

        run_replay(db, interview.id)
        return
    print(f"# {interview.title} ({interview.id})")
    for line in timeline(interview.events, interview.engine):
        print(line)


@app.command("export")
def export(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Export format.")] = "markdown",
    output: Annotated[str | None, typer.Option("-o", "--output", help="Output file.")] = None,
    db: DbOption = None,
) -> None:
    """Export a session as a framing document or a flow model."""
    from assistant.export import FORMATS, SUFFIXES, write_export

    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    interview = service(db).open(session_id)
    path = output or f"{interview.id[:8]}{SUFFIXES[fmt]}"
    written = write_export(interview, fmt, path)
    err(f"wrote {written}")


@app.command("import")
def import_(
    path: Annotated[str, typer.Argument(help="A JSON export written by data360 export.")],
    db: DbOption = None,
) -> None:
    """Import a JSON export into the database (same id, same history)."""
    from assistant.export.importer import import_document, read_document

    document = read_document(path)
    session_id = import_document(service(db).store, document)
    print(session_id)


@app.command("purge")
def purge(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
) -> None:
    """Delete a session and its LLM call log for good (the file is vacuumed)."""
    services = service(db)
    sid = services.store.resolve(session_id)
    title = services.store.session(sid).title
    if not yes and not typer.confirm(f"Delete {title!r} ({sid[:8]}) for good?", err=True):
        raise UserError("nothing deleted")
    services.store.purge_session(sid)
    err(f"purged session {sid[:8]} ({title})")
