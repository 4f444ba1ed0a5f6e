"""The offline extractor: exact notation, then free-text heuristics that follow the
labelling conventions (who sends, who receives, which medium, which maturity)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.extract.base import Extractor
from assistant.extract.heuristics import split_sentences
from assistant.extract.offline import OfflineExtractor
from assistant.models.infoflow import Actor, InformationFlow

EXTRACTOR = OfflineExtractor()


def flows(text: str, known: list[Actor] | None = None) -> list[tuple[str, tuple[str, ...], str]]:
    out = EXTRACTOR.extract(text, known)
    return [
        (f.source.lower(), tuple(t.lower() for t in f.targets), f.maturity.value) for f in out.flows
    ]


def test_it_is_an_extractor() -> None:
    assert isinstance(EXTRACTOR, Extractor)
    assert EXTRACTOR.name == "offline"


def test_pure_notation_is_returned_exactly() -> None:
    text = (
        "# plant\nplanner -> maintenance, SAP PM: plan [email] (low) @weekly !late\n"
        "\nSAP PM -> BI: KPIs (high)\n"
    )
    out = EXTRACTOR.extract(text)
    assert out.flows == [
        InformationFlow(
            source="planner",
            targets=["maintenance", "SAP PM"],
            content="plan",
            medium="email",
            maturity="low",
            frequency="weekly",
            pain_points=["late"],
        ),
        InformationFlow(source="SAP PM", targets=["BI"], content="KPIs", maturity="high"),
    ]
    assert [(a.name, a.kind.value) for a in out.actors] == [
        ("planner", "person"),
        ("maintenance", "team"),
        ("SAP PM", "tool"),
        ("BI", "tool"),
    ]
    assert out.warnings == []


def test_mixed_text_keeps_notation_and_reports_a_broken_line() -> None:
    text = "planner -> team: plan (low)\nplanner -> : oops\nThe team phones the warehouse manager."
    out = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in out.flows] == [
        ("planner", ["team"]),
        ("team", ["warehouse manager"]),
    ]
    assert out.warnings == ["not read as flow notation: line 2, column 12: expected a target name"]


def test_nothing_found_says_so() -> None:
    out = EXTRACTOR.extract("We are still thinking about it.")
    assert out.flows == [] and out.warnings == ["no information flow recognised in the text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb of sending, target after "to", email is low
        ("The buyer emails the order to the supplier.", [("buyer", ("supplier",), "low")]),
        # a list of targets
        (
            "The controller sends the report to the CFO, the plant manager and the auditors"
            " by email.",
            [("controller", ("cfo", "plant manager", "auditors"), "low")],
        ),
        # verb of telling: the direct object is the target
        ("The dispatcher phones the driver.", [("dispatcher", ("driver",), "low")]),
        # passive voice with an agent
        (
            "The invoices are uploaded to the ERP by the accounts clerk.",
            [("accounts clerk", ("erp",), "medium")],
        ),
        # passive voice, recipient as subject
        ("The board is sent a summary by the treasurer.", [("treasurer", ("board",), "low")]),
        # receiving from someone
        (
            "The analyst receives the statements from the banks as PDF attachments by email.",
            [("banks", ("analyst",), "low")],
        ),
        # relative clause carries the subject over
        (
            "Orders go to the sales assistant, who re-keys them into the ERP.",
            [("sales assistant", ("erp",), "low")],
        ),
        # coordinated verbs share the subject; a pronoun goes back to it
        (
            "The lab technician prints the results and hands them to the supervisor. "
            "She then enters them in LIMS.",
            [("lab technician", ("supervisor",), "low"), ("lab technician", ("lims",), "medium")],
        ),
        # system to system without a cue is automated
        ("The WMS sends the stock levels to the ERP.", [("wms", ("erp",), "high")]),
        # a system named only as a channel is a medium, not an actor
        (
            "Customers send their claims to the claims team through the claims platform.",
            [("customers", ("claims team",), "medium")],
        ),
        # a shared file someone reads is a flow from its keeper to the reader
        (
            "The planner keeps the schedule in a shared spreadsheet that the foremen check daily.",
            [("planner", ("foremen",), "medium")],
        ),
        # exported then emailed is low: the email is the transfer
        (
            "The analyst exports the data from SAP and emails it to the manager.",
            [("sap", ("analyst",), "medium"), ("analyst", ("manager",), "low")],
        ),
        # automated transfer with a mechanism as subject
        (
            "A nightly interface copies the orders from the webshop into the ERP.",
            [("webshop", ("erp",), "high")],
        ),
    ],
)
def test_free_text_patterns(text: str, expected: list[tuple[str, tuple[str, ...], str]]) -> None:
    assert flows(text) == expected


def test_kinds_come_from_cues() -> None:
    out = EXTRACTOR.extract(
        "The HR department emails the list to the payroll provider. The payroll provider uploads"
        " it into the payroll system, which feeds the finance database nightly."
    )
    kinds = {a.name: a.kind.value for a in out.actors}
    assert kinds == {
        "HR department": "team",
        "payroll provider": "organisation",
        "payroll system": "tool",
        "finance database": "data",
    }


def test_short_names_merge_into_the_longer_one() -> None:
    out = EXTRACTOR.extract(
        "The supplier quality engineer emails the report to the supplier. "
        "The supplier returns its analysis by email, and the engineer uploads it into SAP QM."
    )
    assert [(f.source, f.targets) for f in out.flows] == [
        ("supplier quality engineer", ["supplier"]),
        ("supplier", ["supplier quality engineer"]),
        ("supplier quality engineer", ["SAP QM"]),
    ]


def test_known_actors_give_names_and_kinds() -> None:
    known = [
        Actor(name="Maintenance Team", kind="team", aliases=["maintenance crew"]),
        Actor(name="Atlas", kind="tool"),
    ]
    out = EXTRACTOR.extract(
        "The planner emails the plan to the maintenance crew, who log it in Atlas.", known
    )
    assert [(f.source, f.targets) for f in out.flows] == [
        ("planner", ["Maintenance Team"]),
        ("Maintenance Team", ["Atlas"]),
    ]
    assert {a.name: a.kind.value for a in out.actors}["Atlas"] == "tool"


def test_deterministic_and_sentence_split() -> None:
    text = (
        "The planner e.g. emails the plan to the team. The team calls the depot.\n"
        "- The depot texts the driver."
    )
    assert split_sentences(text) == [
        "The planner e.g. emails the plan to the team.",
        "The team calls the depot.",
        "The depot texts the driver.",
    ]
    assert EXTRACTOR.extract(text) == EXTRACTOR.extract(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "The",
                    "sends",
                    "to",
                    "the",
                    "team",
                    ",",
                    "which",
                    "and",
                    "by",
                    "email",
                    "SAP",
                    "is",
                    "sent",
                    "from",
                    "who",
                    "that",
                    ".",
                    "->",
                    ":",
                    "(low)",
                    "they",
                    "it",
                    # words of the wave 21 rules (a chat, a sheet, "us responders")
                    "our",
                    "in",
                    "posts",
                    "WhatsApp",
                    "group",
                    "for",
                    "on",
                    "sheet",
                    "I'm",
                    "we",
                    "us",
                    "each",
                ]
            ),
        ),
        max_size=40,
    ).map(" ".join)
)
def test_any_text_gives_a_valid_proposal(text: str) -> None:
    out = EXTRACTOR.extract(text)
    assert not any("could not be read" in warning for warning in out.warnings)
    for flow in out.flows:
        assert flow.source not in flow.targets
    assert {a.name for a in out.actors} >= {f.source for f in out.flows}


def test_a_long_answer_is_read_quickly() -> None:
    import time

    sentence = (
        "The planner p{i} emails the plan to the maintenance team t{i}, who re-types it into"
        " SAP PM, and SAP PM sends the status automatically to the dashboard. "
    )
    text = "".join(sentence.format(i=i) for i in range(200))
    started = time.perf_counter()
    out = EXTRACTOR.extract(text)
    # A hang guard, not a speed claim (bench/extract_eval.py measures speed): the quadratic
    # reading this replaced took minutes on such an answer.
    assert time.perf_counter() - started < 60
    assert len(out.flows) == 401  # the SAP PM -> dashboard flow is the same every time


def test_a_notation_flow_to_its_own_source_is_left_out_and_said() -> None:
    """Found by hypothesis: "0 -> 0" was proposed as a self-loop the map cannot hold."""
    out = EXTRACTOR.extract("0 -> 0\nplanner -> team, Planner: plan")
    assert [(f.source, f.targets) for f in out.flows] == [("planner", ["team"])]
    assert any("to itself was left out" in warning for warning in out.warnings)


def test_a_slip_in_the_free_text_rules_keeps_the_notation_and_says_so(monkeypatch) -> None:
    import assistant.extract.offline as offline

    def slip(text: str, known: list[Actor]) -> None:
        raise IndexError("a rule's slip")

    monkeypatch.setattr(offline, "extract_free_text", slip)
    out = OfflineExtractor().extract(
        "planner -> drivers : rota [email] (low)\nThe depot rings the yard."
    )
    assert [(f.source, f.targets) for f in out.flows] == [("planner", ["drivers"])]
    assert any("could not be read (IndexError)" in warning for warning in out.warnings)
