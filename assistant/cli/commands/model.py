"""The flow hypergraph of a session: ``data360 flows ID`` and ``data360 model retarget``."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.options import DbOption, JsonOption, print_json, service

app = typer.Typer()

model_app = typer.Typer(help="Work on a session's HBDS flow model.", no_args_is_help=True)

SessionArgument = Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")]


@app.command("flows")
def flows(
    session_id: SessionArgument,
    hotspots: Annotated[
        bool, typer.Option("--hotspots", help="Rank the hot spots, with their reasons.")
    ] = False,
    top: Annotated[int, typer.Option("--top", help="How many hot spots to show.")] = 10,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Show the actors and flows of a session (and its hot spots)."""
    from assistant.hypergraph.diagram import text_diagram
    from assistant.hypergraph.hotspots import rank_hotspots
    from assistant.hypergraph.patterns import PATTERNS_HEADING, find_patterns
    from assistant.services.model import session_model

    interview = service(db).open(session_id)
    model = session_model(interview)
    ranking = rank_hotspots(model) if hotspots else None
    patterns = find_patterns(model, ranking, skip_top=top) if ranking is not None else []
    if json:
        data = model.to_snapshot().model_dump(mode="json")
        if ranking is not None:
            data["hotspots"] = {
                "objects": [s.model_dump(mode="json") for s in ranking.objects[:top]],
                "flows": [s.model_dump(mode="json") for s in ranking.flows[:top]],
                "patterns": [p.model_dump(mode="json") for p in patterns],
            }
        print_json(data)
        return
    print(f"# {interview.title}: {len(model.actor_ids())} actors, {len(model.flow_ids())} flows")
    print(text_diagram(model))
    if ranking is not None:
        print("\nHot spots (objects):")
        for spot in ranking.objects[:top]:
            print(f"  {spot.rank:>2}. {spot.name:<30} {spot.score:7.3f}  {spot.summary}")
        print("\nHot spots (flows):")
        for spot in ranking.flows[:top]:
            print(f"  {spot.rank:>2}. {spot.name:<30} {spot.score:7.3f}  {spot.summary}")
        if patterns:
            print(f"\n{PATTERNS_HEADING}:")
            for pattern in patterns:
                print(f"  - {pattern.title}\n      {pattern.summary}")


@model_app.command("retarget")
def retarget(
    session_id: SessionArgument,
    settings: Annotated[
        list[str],
        typer.Option("--set", help="ATTRIBUTE=VALUE to re-bind (repeatable), e.g. site=B."),
    ],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Copy the model to another perimeter in a new session; print the new session id."""
    from assistant.services.model import parse_bindings, retarget_session

    bindings = parse_bindings(settings)
    services = service(db)
    seeded = retarget_session(services, services.open(session_id), bindings)
    if json:
        print_json(seeded.summary().model_dump(mode="json"))
    else:
        print(seeded.id)
