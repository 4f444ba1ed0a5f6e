"""``data360 flow show`` and ``data360 flow validate``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.options import FlowOption, JsonOption, err, print_json

if TYPE_CHECKING:
    from assistant.flow.loader import FlowReport

flow_app = typer.Typer(help="Show or check a question flow.", no_args_is_help=True)


@flow_app.command("show")
def show(flow: FlowOption = None, json: JsonOption = False) -> None:
    """Print the active question flow (its sections and questions)."""
    if json:
        from assistant.flow.shipped import shipped_contract

        contract = shipped_contract(flow)  # the shipped flow, unchanged: no loading
        if contract is not None:
            print_json(contract)
            return
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
def validate(
    path: Annotated[str, typer.Argument(help="Flow YAML file to check.")],
    json: JsonOption = False,
) -> None:
    """Check a flow file; print every problem with its line number.

    Errors exit 1; warnings (such as piping an optional answer without a fallback) are
    printed but exit 0. A flow is at most 1,000,000 bytes and 2,000 questions. With
    --json the report (errors included) is one JSON document on stdout.
    """
    from assistant.errors import UserError
    from assistant.flow.loader import FlowReport, Problem, validate_flow_file

    try:
        report = validate_flow_file(path)
    except UserError as error:  # unreadable: the message names the file already
        if not json:
            raise
        report = FlowReport(path, problems=[Problem(None, str(error))])
    if json:
        print_json(_report_json(report))
    else:
        for problem in report.problems:
            err(problem.format(path))
        if report.flow is not None:
            count = len(report.flow.questions())
            warned = f", {len(report.warnings)} warning(s)" if report.warnings else ""
            print(f"{path}: ok — {len(report.flow.sections)} sections, {count} questions{warned}")
    if report.errors or report.flow is None:
        raise typer.Exit(1)


def _report_json(report: FlowReport) -> dict[str, object]:
    flow = report.flow
    return {
        "file": report.path,
        "ok": flow is not None and not report.errors,
        "sections": len(flow.sections) if flow else None,
        "questions": len(flow.questions()) if flow else None,
        "errors": [p.as_json() for p in report.errors],
        "warnings": [p.as_json() for p in report.warnings],
    }
