"""One home per text rule: the TUI shows user text by the exports' rules (issue 13)."""

from __future__ import annotations

import pytest

from assistant.extract.notation import format_flow, parse_notation
from assistant.models.infoflow import InformationFlow, Maturity
from assistant.text.escape import md_inline, printable
from assistant.tui.text import flow_line, format_answer, visible


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2066", "\u2069", "\x1b", "\u2028"])
def test_tui_escapes_what_the_exports_escape(char: str) -> None:
    text = f"invoice{char}fdp.exe"
    assert visible(text) == printable(text)
    assert char not in visible(text)


def test_tui_markdown_is_the_exports_markdown() -> None:
    from assistant.tui.screens import help as help_screen

    assert help_screen.md_inline is md_inline


def test_flow_line_is_the_notation_and_keeps_the_volume() -> None:
    flow = InformationFlow(
        source="planner",
        targets=["maintenance", "ware, house"],
        content="shutdown [plan]",
        medium="email",
        maturity=Maturity.low,
        frequency="weekly",
        pain_points=["late"],
        volume="200 lines",
    )
    line = flow_line(flow.model_dump(mode="json"))
    assert line == format_flow(flow)
    assert "{200 lines}" in line
    assert parse_notation(line) == [flow]


def test_a_flows_answer_shows_as_notation_that_reads_back() -> None:
    from assistant.flow.loader import active_flow

    question = next(q for q in active_flow().questions() if q.kind == "flows")
    flows = [
        InformationFlow(source="a -> b", targets=["c: d"], content="x", volume="3/day"),
        InformationFlow(source="ops", targets=["it"], content="alerts", medium="API"),
    ]
    shown = format_answer(question, [f.model_dump(mode="json") for f in flows])
    lines = [line.removeprefix("• ") for line in shown.splitlines()]
    assert parse_notation("\n".join(lines)) == flows
