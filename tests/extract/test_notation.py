"""The compact flow notation: exact parsing, errors that name the column, round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.extract.notation import (
    NotationError,
    format_flow,
    format_notation,
    format_unfinished,
    has_arrow,
    parse_flow_line,
    parse_notation,
    parse_notation_lines,
)
from assistant.models.infoflow import InformationFlow


def test_full_line() -> None:
    flow = parse_flow_line(
        "planner -> maintenance, warehouse: shutdown plan [email] (low)"
        " @every Thursday !late !re-typed"
    )
    assert flow == InformationFlow(
        source="planner",
        targets=["maintenance", "warehouse"],
        content="shutdown plan",
        medium="email",
        maturity="low",
        frequency="every Thursday",
        pain_points=["late", "re-typed"],
    )


def test_optional_parts_and_any_order() -> None:
    assert parse_flow_line("a->b") == InformationFlow(source="a", targets=["b"])
    flow = parse_flow_line("  SAP PM -> dashboard !slow (HIGH) {200/day} [API] @hourly")
    assert (flow.maturity, flow.medium, flow.frequency, flow.volume) == (
        "high",
        "API",
        "hourly",
        "200/day",
    )
    assert flow.pain_points == ["slow"] and flow.content == ""
    assert parse_flow_line("a -> b: x -> y, z: w").content == "x -> y, z: w"


def test_document_ignores_blank_lines_and_comments() -> None:
    text = "# site A\n\nplanner -> team: plan (low)\r\n   # note\nteam -> SAP: jobs [re-typing]\n"
    flows = parse_notation(text)
    assert [f.source for f in flows] == ["planner", "team"]
    assert [p.line for p in parse_notation_lines(text)] == [3, 5]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("planner maintenance: plan", "line 2, column 20: expected '->' after the source"),
        (" -> b", "line 2, column 2: expected a source name before '->'"),
        ("a -> ", "line 2, column 6: expected a target name"),
        ("a -> b, : x", "line 2, column 9: empty target name"),
        ("a -> b -> c", "line 2, column 8: unexpected '->' in the targets (one arrow per line)"),
        ("a -> b [email", "line 2, column 8: unclosed '[': expected ']'"),
        (
            "a -> b (lowish)",
            "line 2, column 9: unknown maturity 'lowish': expected low, medium, high or unknown",
        ),
        ("a -> b (low) (high)", "line 2, column 14: second maturity (give it once)"),
        ("a -> b @ !x", "line 2, column 9: empty frequency after '@'"),
        ("a -> b !", "line 2, column 9: empty pain point after '!'"),
        (
            "a -> b [x] y",
            "line 2, column 12: unexpected 'y': expected '[medium]', '(maturity)',"
            " '@frequency', '!pain point' or '{volume}'",
        ),
    ],
)
def test_errors_name_line_and_column(line: str, message: str) -> None:
    with pytest.raises(NotationError) as caught:
        parse_notation("# header\n" + line)
    assert str(caught.value) == message
    assert caught.value.line == 2 and caught.value.column == int(
        message.split("column ")[1].split(":")[0]
    )


def test_escapes_and_arrow_detection() -> None:
    flow = parse_flow_line(r"R\&D \-> lab -> \#ops\, east: plan \(v2\) \! [mail \] box]")
    assert flow.source == "R&D -> lab"
    assert flow.targets == ["#ops, east"]
    assert flow.content == "plan (v2) !"
    assert flow.medium == "mail ] box"
    assert has_arrow("a -> b") and not has_arrow(r"a \-> b") and not has_arrow("no arrow here")


def test_format_is_canonical() -> None:
    flow = InformationFlow(
        source="planner",
        targets=["a", "b"],
        content="plan",
        medium="email",
        maturity="low",
        frequency="daily",
        pain_points=["late"],
        volume="3/day",
    )
    assert format_flow(flow) == "planner -> a, b: plan [email] (low) @daily !late {3/day}"
    assert format_notation([flow, flow]).count("\n") == 2


def _clean(text: str) -> str:
    return " ".join(text.split())


text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
    max_size=30,
).map(str.strip)
name = text.map(_clean).filter(bool)
flows = st.builds(
    InformationFlow,
    source=name,
    targets=st.lists(name, min_size=1, max_size=4),
    content=text,
    medium=text,
    frequency=text,
    maturity=st.sampled_from(["low", "medium", "high"]),
    pain_points=st.lists(text.filter(bool), max_size=3),
    volume=text,
)


@settings(max_examples=300, deadline=None)
@given(flows)
def test_round_trip(flow: InformationFlow) -> None:
    assert parse_flow_line(format_flow(flow)) == flow


@settings(max_examples=50, deadline=None)
@given(st.lists(flows, max_size=5))
def test_document_round_trip(items: list[InformationFlow]) -> None:
    assert parse_notation(format_notation(items)) == items


@settings(max_examples=100, deadline=None)
@given(flows)
def test_a_whole_flow_kept_as_unfinished_reads_back_the_same(flow: InformationFlow) -> None:
    """A form left filled is kept as the line ``format_unfinished`` writes; when the form
    held a whole flow, that line is the flow itself."""
    fields = flow.model_dump(mode="json")
    fields["maturity"] = flow.model_dump(mode="json")["maturity"] or "unknown"
    assert parse_flow_line(format_unfinished(fields)) == flow


def test_half_a_flow_becomes_a_line_the_parser_says_how_to_finish() -> None:
    line = format_unfinished({"source": "shift lead", "targets": [], "content": "downtime"})
    assert line == "shift lead -> : downtime"
    with pytest.raises(NotationError, match="target"):
        parse_flow_line(line)
