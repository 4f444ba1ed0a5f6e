"""Running and reading sessions: run, sessions, replay, export, import."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.options import DbOption, FlowOption, JsonOption, err, print_json, service
from assistant.errors import UserError

app = typer.Typer()

if TYPE_CHECKING:
    from assistant.store.base import SessionRecord


@app.command("run")
def run(
    answers: Annotated[
        str,
        typer.Option("--answers", metavar="PATH", help="YAML/JSON answers file, or - for stdin."),
    ],
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
    accept: Annotated[
        bool,
        typer.Option(
            "--accept",
            help="Accept the LLM's flow proposals unreviewed (default: kept for review).",
        ),
    ] = False,
) -> None:
    """Run an interview headless from an answers file; print the session id."""
    from assistant.flow.loader import active_flow
    from assistant.llm.config import load_settings
    from assistant.services.extractors import LazyExtractor
    from assistant.services.headless import (
        AnswersProblems,
        check_answers,
        load_answers,
        run_answers,
    )
    from assistant.services.interview import engine_for
    from assistant.store import open_store

    values = load_answers(answers)
    extractor = LazyExtractor(
        load_settings(model=model, base_url=base_url) if model or base_url else None,
        store=lambda: open_store(db),
    )
    services = service(db)
    interview = services.open(session) if session else None
    engine = interview.engine if interview else engine_for(active_flow(flow))
    state = interview.state if interview else engine.fold([])
    try:  # the whole file, before anything is recorded (a new session included)
        prepared = check_answers(engine, state, values, extractor)
    except AnswersProblems as problems:
        name = "stdin" if answers == "-" else answers
        if not json:  # under --json the error's details list them
            for problem in problems.problems:
                err(f"data360: error: {name}: {problem}")
        details = [f"{name}: {problem}" for problem in problems.problems]
        raise UserError(f"{name}: {problems}", details=details) from None
    if interview is None:
        interview = services.start(engine.flow, title or Path(answers).stem, perimeter)
    result = run_answers(interview, values, extractor, prepared, accept=accept)
    summary = interview.summary()
    message = None
    if result.proposed:
        message = (
            f"the model's proposal for {result.proposed!r} is recorded, not accepted: answer"
            " that question in data360 (where each proposal is reviewed), or run again with"
            " --session ID --accept"
        )
        err(f"session {interview.id[:8]} left open: {message}")
    elif result.waiting_for is not None:
        message = f"waiting for a required answer to {result.waiting_for.id!r}"
        err(f"session {interview.id[:8]} left open: {message}")
    if result.ignored:
        err(
            "ignored answers (not asked because of the branching of this session's answers): "
            + ", ".join(result.ignored)
        )
    if json:
        summary.ignored_answers = result.ignored
        summary.message = message
        print_json(summary.model_dump(mode="json"))
    else:
        print(interview.id)


#: Keys of every ``sessions --json`` row, in this order, null when unknown: one shape for
#: all rows (``ignored_answers`` and ``message`` belong to ``run --json`` only).
LISTED_KEYS = (
    "id",
    "title",
    "perimeter",
    "flow_id",
    "flow_version",
    "status",
    "created_at",
    "updated_at",
    "current_section",
    "current_question",
    "progress",
    "sections",
    "completeness",
    "reframed_from",
)


def listed(row: dict[str, object]) -> dict[str, object]:
    """A summary row with every listed key, in order, ``None`` where the row has none."""
    return {key: row.get(key) for key in LISTED_KEYS}


def listing_line(record: SessionRecord) -> str:
    """One session in words. ``progress`` counts every applicable question answered, so it
    is said as "answered", never next to "complete" (which means: required ones all done)."""
    if record.current_section:
        where = f"in {record.current_section}"
    else:  # nothing left to ask: done, or open with a required question skipped
        where = "finished" if record.status == "complete" else "all asked"
    return (
        f"{record.id[:8]}  {record.status:<8}  {record.progress:>3}% answered  {where:<12}"
        f" {record.updated_at[:16]}  {record.title}"
    )


@app.command("sessions")
def sessions(db: DbOption = None, json: JsonOption = False) -> None:
    """List the sessions: status, share of the questions answered, where the interview is."""
    services = service(db)
    if json:  # the summary kept in each session's row, never a fold of its history
        print_json([listed(row) for row in services.summary_dicts()])
        return
    records = services.store.sessions()  # the row's columns: no JSON to parse per session
    if not records:
        print("no sessions yet — run `data360` to start one")
        return
    from assistant.text.escape import printable

    for record in records:
        print(printable(listing_line(record)))


@app.command("replay")
def replay(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    plain: Annotated[bool, typer.Option("--plain", help="Print the timeline as text.")] = False,
    db: DbOption = None,
    json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="One JSON object per line and event: seq, at, type, question_id, section,"
            " text (what it did), data.",
        ),
    ] = False,
) -> None:
    """Show a session's whole history, in order, with timestamps, each event in words."""
    from assistant.services.timeline import timeline, timeline_records

    interview = service(db).open(session_id)
    if json:
        import json as json_module

        for record in timeline_records(interview.events, interview.engine):
            print(json_module.dumps(record, ensure_ascii=False))
        return
    if not plain:
        from assistant.cli.terminal import needs_terminal

        needs_terminal("the replay screen needs a terminal (stdin and stdout); use --plain")
        from assistant.tui.app import run_replay

        run_replay(db, interview.id)
        return
    from assistant.text.escape import printable

    print(printable(f"# {interview.title} ({interview.id})"))
    for line in timeline(interview.events, interview.engine):
        print(line)


def _format_choices() -> type[StrEnum]:
    """The export formats as a choice, so ``--help`` and completion list them."""
    from assistant.export import FORMATS

    return StrEnum("ExportFormat", {name: name for name in FORMATS})  # type: ignore[return-value]


ExportFormat = _format_choices()
# Formats whose bytes are not text: never written to a terminal.
BINARY_FORMATS = frozenset({"docx", "pdf"})


def _write_stdout(data: bytes) -> None:
    """Bytes to stdout as they are (the text stream when there is no binary one)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        buffer.write(data)
    sys.stdout.flush()


@app.command("export")
def export(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    fmt: Annotated[
        ExportFormat,  # type: ignore[valid-type]
        typer.Option("--format", "-f", help="Export format.", case_sensitive=False),
    ] = ExportFormat("markdown"),
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="PATH",
            help="File to write; '-' or none: stdout (docx/pdf: only when stdout is not a"
            " terminal).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the output file if it exists.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export a session as a framing document or a flow model (stdout unless -o PATH)."""
    from assistant.export import render_export, write_export

    name = str(getattr(fmt, "value", fmt))  # a StrEnum built at import: mypy sees Any
    to_stdout = output in (None, "-")
    if to_stdout and name in BINARY_FORMATS and sys.stdout.isatty():
        raise UserError(
            f"{name} is a binary format and stdout is a terminal: give -o FILE, or redirect"
            f" (data360 export ID -f {name} > framing.{name})"
        )
    interview = service(db).open(session_id)
    if to_stdout:
        _write_stdout(render_export(interview, name))
        return
    written = write_export(interview, name, str(output), force=force)
    err(f"wrote {written}")


@app.command("import")
def import_(
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="A JSON export written by data360 export.")
    ],
    db: DbOption = None,
) -> None:
    """Import a JSON export into the database (same id, same history)."""
    from assistant.services.importing import import_document, read_document
    from assistant.text.escape import printable

    document = read_document(path)
    session_id = import_document(service(db).store, document, path)
    print(printable(session_id))


@app.command("purge")
def purge(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
) -> None:
    """Delete a session and its LLM call log for good (the file is vacuumed)."""
    store = service(db).store
    try:
        sid = store.resolve(session_id)
    except UserError:
        # The session is gone: if its purge was interrupted, finish scrubbing the file.
        prefix = session_id.strip()
        pending = [p for p in store.pending_purges() if prefix and p.startswith(prefix)]
        if not pending:
            raise
        _finish(store.finish_purges(), f"finished the interrupted purge of {pending[0][:8]}")
        return
    title = store.session(sid).title
    if not yes and not typer.confirm(f"Delete {title!r} ({sid[:8]}) for good?", err=True):
        raise UserError("nothing deleted")
    complete = store.purge_session(sid)
    _forget_unsent_text(store, db, sid)
    _finish(complete, f"purged session {sid[:8]} ({title})")


def _forget_unsent_text(store: object, db: str | None, session_id: str) -> None:
    """The TUI keeps unsent text outside the database: a purge removes it too."""
    from assistant.cli.context import database
    from assistant.store.unsent import UnsentDrafts, default_drafts_dir

    location = str(getattr(store, "path", None) or database(db))
    UnsentDrafts(default_drafts_dir(), location).forget(session_id)


def _finish(complete: bool, done: str) -> None:
    if complete:
        err(done)
        return
    raise UserError(
        f"{done}, but another process holds the database open: close it and run"
        " `data360 purge` with the same id again to scrub the file"
    )
