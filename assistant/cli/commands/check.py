"""``data360 check ID [--json]``: the checks across sections, for scripts and CI.

Exit status 0 when no check fails, 1 when at least one does (like ``diff --exit-code``);
the report goes to stdout (text or JSON), nothing else does.
"""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.options import DbOption, JsonOption, print_json, service

app = typer.Typer()

MARKS = {"pass": "PASS", "fail": "FAIL", "not_applicable": "N/A "}


@app.command("check")
def check(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id or prefix.")],
    json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Check that the sections of a framing agree; exit 1 when a check fails."""
    from assistant.services.document import build_document
    from assistant.text.escape import printable

    interview = service(db).open(session_id)
    checks = build_document(interview).checks
    failed = [c for c in checks if c.status == "fail"]
    if json:
        print_json(
            {
                "session": interview.id,
                "failed": len(failed),
                "checks": [c.model_dump(mode="json") for c in checks],
            }
        )
    else:
        for c in checks:
            print(f"{MARKS[c.status]} {c.id}: {printable(c.reason)}")
            for quote in c.quotes if c.status == "fail" else []:
                text = printable(quote.text)
                print(f"       {quote.question} ({quote.question_id}): \u201c{text}\u201d")
        print(f"{len(failed)} of {len(checks)} checks failed.")
    if failed:
        raise typer.Exit(1)
