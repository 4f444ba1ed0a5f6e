"""``data360 extract [FILE|-] [--json]``: propose actors and flows from an answer's text.

Offline by default (exact notation, else free-text heuristics). When an LLM is configured
(``--model``, ``DATA360_MODEL`` or the config file) the LLM extractor is used, with the
offline one as its fallback. networkx and LangChain are not imported here.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from assistant.cli.commands.llm import BaseUrlOption, ModelOption, TimeoutOption
from assistant.cli.options import DbOption, JsonOption, err, print_json
from assistant.errors import UserError

app = typer.Typer()


def read_input(source: str | None) -> str:
    """The text of FILE, or stdin for ``-`` / no argument; unreadable input is a UserError."""
    from assistant.textfiles import read_text

    if source is None and sys.stdin.isatty():
        raise UserError("give a FILE to read, or pipe the text on stdin (use - for stdin)")
    text = read_text(source or "-", stdin=True)
    if not text.strip():
        raise UserError(f"nothing to extract: {source or 'stdin'} is empty")
    return text


def extraction_json(extraction: Any) -> dict[str, Any]:
    """The ``extract --json`` contract of DESIGN.md (plus frequency, pain points, warnings)."""
    return {
        "actors": [{"name": a.name, "kind": a.kind.value} for a in extraction.actors],
        "flows": [
            {
                "source": f.source,
                "targets": list(f.targets),
                "content": f.content,
                "medium": f.medium,
                "maturity": f.maturity.value if f.maturity else None,
                "frequency": f.frequency,
                "pain_points": list(f.pain_points),
            }
            for f in extraction.flows
        ],
        "warnings": list(extraction.warnings),
        "extractor": extraction.extractor,
    }


def make_extractor(
    model: str | None = None,
    base_url: str | None = None,
    timeout: float | None = None,
    db: str | None = None,
) -> Any:
    """The LLM extractor when a model is configured, else the offline one (the services'
    factory, with the options of the command line and the offline fallback)."""
    from assistant.llm.config import load_settings
    from assistant.services.extractors import make_extractor as build
    from assistant.store import open_store

    settings = load_settings(model=model, base_url=base_url, timeout=timeout)
    return build(settings, store=lambda: open_store(db), fallback=True)


@app.command("extract")
def extract(
    source: Annotated[
        str | None, typer.Argument(metavar="[FILE|-]", help="Text to read (default: stdin).")
    ] = None,
    json: JsonOption = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    timeout: TimeoutOption = None,
    db: DbOption = None,
) -> None:
    """Propose the actors and information flows found in a text (flow notation or prose)."""
    from assistant.extract.notation import format_flow

    text = read_input(source)
    extraction = make_extractor(model, base_url, timeout, db).extract(text)
    if json:
        print_json(extraction_json(extraction))
        for warning in extraction.warnings:
            err(f"warning: {warning}")
        return
    print(
        f"{len(extraction.actors)} actors, {len(extraction.flows)} flows"
        f" ({extraction.extractor} extractor)"
    )
    if extraction.actors:
        print("\nActors:")
        for actor in extraction.actors:
            print(f"  {actor.name} ({actor.kind.value})")
    if extraction.flows:
        print("\nFlows (flow notation):")
        for flow in extraction.flows:
            print(f"  {format_flow(flow)}")
    for warning in extraction.warnings:
        err(f"warning: {warning}")
