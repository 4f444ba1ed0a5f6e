"""``data360 flow show`` and ``data360 flow validate``."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.options import FlowOption, JsonOption, err, print_json

flow_app = typer.Typer(help="Show or check a question flow.", no_args_is_help=True)


@flow_app.command("show")
def show(flow: FlowOption = None, json: JsonOption = False) -> None:
    """Print the active question flow (its sections and questions)."""
    from assistant.flow.loader import active_flow

    definition = active_flow(flow)
    if json:
        print_json(definition.contract())
        return
    print(f"{definition.title or definition.id} (version {definition.version})")
    for section in definition.sections:
        print(f"\n[{section.id}] {section.title} — {len(section.questions)} questions")
        for question in section.questions:
            flag = "" if question.required else " (optional)"
            when = f"  when {question.when}" if question.when else ""
            print(f"  {question.id:<24} {question.kind.value:<8} {question.prompt}{flag}{when}")


@flow_app.command("validate")
def validate(path: Annotated[str, typer.Argument(help="Flow YAML file to check.")]) -> None:
    """Check a flow file; print every problem with its line number."""
    from assistant.flow.loader import FlowFileError, load_flow_file

    try:
        definition = load_flow_file(path)
    except FlowFileError as error:
        for problem in error.problems:
            err(problem.format(path))
        raise typer.Exit(1) from None
    count = len(definition.questions())
    print(f"{path}: ok — {len(definition.sections)} sections, {count} questions")
