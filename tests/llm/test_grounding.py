"""Grounding rules, on their own (pure, no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.llm.grounding import Grounder, ground
from assistant.models.infoflow import Actor, ActorKind

DEV = Path("/work/shared/eval/dev.jsonl")


def test_names_are_grounded_by_their_specific_words():
    g = Grounder("The planning office emails the weekly plan to our maintenance crew.")
    assert g.grounded_in_text("maintenance crew")
    assert g.grounded_in_text("Maintenance team")  # a generic word added is fine
    assert g.grounded_in_text("planner")  # same stem as "planning"
    assert not g.grounded_in_text("finance team")
    assert not g.grounded_in_text("team")  # only generic words, absent from the text


def test_acronyms_ground_their_expansion_and_back():
    g = Grounder("Suppliers send an ASN through EDI into our WMS.")
    assert g.grounded_in_text("Warehouse Management System")
    assert g.grounded_phrase("advance shipping notice")


def test_contents_need_most_of_their_words_from_the_text():
    g = Grounder("The clerk phones the daily stock levels to the buyer.")
    assert g.grounded_phrase("stock levels")
    assert g.grounded_phrase("daily stock figures")  # 2 of 3 words
    assert not g.grounded_phrase("quarterly revenue forecast for the board")


def test_content_reciting_the_instructions_is_cleared():
    instructions = "You list the information flows it describes, as JSON, and nothing else at all."
    text = "The clerk lists the information flows it describes to the buyer."
    reply = {
        "flows": [
            {
                "source": "clerk",
                "targets": ["buyer"],
                "content": "the information flows it describes, as JSON, and nothing",
            }
        ]
    }
    result = ground(reply, text, instructions=instructions)
    assert result.flows[0].content == ""


def test_garbage_shapes_do_not_crash():
    text = "Alice sends Bob the report by email."
    for reply in [None, [], "text", {"flows": "x"}, {"flows": [1, None, {"source": 3}]}]:
        result = ground(reply, text)
        assert result.flows == []
    odd = {"flows": [{"source": "Alice", "targets": "Bob", "maturity": "HIGH", "content": 5}]}
    [flow] = ground(odd, text).flows
    assert flow.targets == ["Bob"] and flow.maturity.value == "high" and flow.content == ""


def test_self_loops_and_duplicates_are_removed():
    text = "The planner sends the plan to the crew."
    flow = {"source": "planner", "targets": ["planner", "crew"], "content": "plan"}
    result = ground({"flows": [flow, dict(flow)]}, text)
    assert [(f.source, f.targets) for f in result.flows] == [("planner", ["crew"])]


def test_known_actor_kinds_and_unique_short_names():
    known = [
        Actor(name="Site planner", kind=ActorKind.person),
        Actor(name="Shift supervisor", kind=ActorKind.person),
        Actor(name="Maintenance supervisor", kind=ActorKind.person),
    ]
    text = "The planner tells the supervisor."
    reply = {"flows": [{"source": "planner", "targets": ["supervisor"], "content": "tells"}]}
    result = ground(reply, text, known)
    # "planner" is one known actor; "supervisor" could be two: it stays as written.
    assert [(f.source, f.targets) for f in result.flows] == [("Site planner", ["supervisor"])]


@pytest.mark.skipif(not DEV.exists(), reason="the shared eval set is not on this machine")
def test_a_perfect_reply_survives_grounding_on_the_dev_set():
    """Grounding the gold answers themselves must keep every flow and actor."""
    kept = total = 0
    for line in DEV.read_text().splitlines():
        case = json.loads(line)
        result = ground(case["gold"], case["text"])
        kept += len(result.flows)
        total += len(case["gold"]["flows"])
        assert not [w for w in result.warnings if "dropped" in w], case["id"]
    assert kept == total


def test_an_actor_without_a_kind_gets_the_extractors_guess():
    """One actor-kind guesser (issue 13): the grounding asks the free-text reader's lexicon."""
    from assistant.extract.lexicon import kind_from_head

    text = "The Payroll team keeps the shared drive; the planner updates the stock sheet in SAP."
    names = ["Payroll", "shared drive", "planner", "stock sheet", "SAP"]
    reply = {"actors": [{"name": n} for n in names], "flows": []}
    kinds = {a.name: a.kind for a in ground(reply, text).actors}
    assert kinds == {n: kind_from_head(n.split()) for n in names}
    assert kinds == {
        "Payroll": ActorKind.team,
        "shared drive": ActorKind.data,
        "planner": ActorKind.person,
        "stock sheet": ActorKind.data,
        "SAP": ActorKind.tool,
    }
