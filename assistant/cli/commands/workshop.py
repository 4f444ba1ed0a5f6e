"""The facilitator's commands: workshop-pack and import-flows."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from assistant.cli.options import DbOption, FlowOption, JsonOption, err, print_json, service

app = typer.Typer()


class Paper(StrEnum):
    """Paper sizes of the workshop pack (A4 by default, as printed outside North America)."""

    a4 = "a4"
    letter = "letter"


@app.command("workshop-pack")
def workshop_pack(
    output: Annotated[
        str, typer.Option("-o", "--output", metavar="DIR", help="Directory to write into.")
    ],
    start: Annotated[
        str, typer.Option("--start", metavar="HH:MM", help="When the workshop starts.")
    ] = "09:00",
    length: Annotated[
        str | None,
        typer.Option(
            "--duration",
            metavar="LENGTH",
            help=(
                "The workshop's whole length (3h, 2h30, 90min, 1:30): the agenda is scaled to"
                " end at start + LENGTH; an error says the minimum when it cannot fit."
                " Without it, the suggested timings."
            ),
        ),
    ] = None,
    sections: Annotated[
        str | None,
        typer.Option(
            "--sections",
            metavar="IDS",
            help="Comma-separated section ids to run (e.g. ideation,business); all by default.",
        ),
    ] = None,
    paper: Annotated[
        Paper, typer.Option("--paper", help="Paper size of the HTML print and the DOCX.")
    ] = Paper.a4,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the pack's files if they exist.")
    ] = False,
    flow: FlowOption = None,
) -> None:
    """Write the facilitator's workshop pack (Markdown, HTML, DOCX) for the active flow.

    Agenda fitted to --start/--duration, the workshop sheet (objectives, participants,
    materials), every question with a note area to write in, the flow-mapping sheet, the
    scoring grids and a parking lot; A4 unless --paper letter.
    """
    from assistant.flow.loader import active_flow
    from assistant.workshop.pack import build_pack, duration, parse_clock, parse_duration
    from assistant.workshop.render import write_pack

    wanted = [s.strip() for s in sections.split(",") if s.strip()] if sections else None
    pack = build_pack(
        active_flow(flow),
        start=parse_clock(start),
        minutes=parse_duration(length) if length is not None else None,
        sections=wanted,
        paper=paper.value,
    )
    written = write_pack(pack, output, force=force)
    for path in written.values():
        print(path)
    err(
        f"workshop pack for {pack.flow_id} {pack.flow_version}: {pack.question_count} questions,"
        f" {pack.starts_at}–{pack.ends_at} ({duration(pack.total_minutes)}), {paper.value} paper"
    )


@app.command(
    "import-flows",
    help=(
        "Load flows captured on a workshop wall (CSV) into a session. The CSV has a header"
        " line naming its columns: source, targets (required), content, medium, frequency,"
        " maturity (low/medium/high; an empty cell stays unknown and is reported; hot"
        " spots count it as low until filled),"
        " pain_points, volume, source_kind, target_kind (person, team, organisation,"
        " process, tool, data); several targets in one cell are separated by ',' ';' or '|',"
        " pain points by ';' or '|'; other columns (notes, author…) are ignored and named."
        " The flows are appended to the answer of the"
        " session's flows question (one answer event), so exports, hot spots, replay and"
        " diff see them; errors name the row (row 1 is the header) and nothing is imported"
        " until all rows are valid."
    ),
)
def import_flows(
    session_id: Annotated[str, typer.Argument(metavar="SESSION", help="Session id or prefix.")],
    path: Annotated[str, typer.Argument(metavar="FILE.csv", help="The CSV file.")],
    question: Annotated[
        str | None, typer.Option("--question", help="Flows question to add to.")
    ] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    from assistant.services.model import edit_model
    from assistant.workshop.csvflows import import_flows as add_flows
    from assistant.workshop.csvflows import read_flows_csv

    wall = read_flows_csv(path)
    interview = service(db).open(session_id)
    result = add_flows(interview, wall.flows, question_id=question, source_name=path)
    if wall.actor_kinds:
        edit_model(interview, actors=wall.actors())
    for notice in wall.notices(path):
        err(notice)
    message = (
        f"imported {len(result.added)} flow(s) into {result.question_id} of session"
        f" {interview.id[:8]} ({result.total} in all"
        + (f", {result.duplicates} already there" if result.duplicates else "")
        + ")"
    )
    if json:
        print_json(
            {
                "session": interview.id,
                "question_id": result.question_id,
                "added": len(result.added),
                "duplicates": result.duplicates,
                "total": result.total,
                "ignored_columns": wall.ignored_columns,
                "unknown_maturity_rows": wall.unknown_maturity_rows,
                "actor_kinds": wall.actor_kinds,
            }
        )
    else:
        print(message)
