"""What the hot-spot review says the map missed reaches the use-case question."""

from __future__ import annotations

import pytest

from assistant.hypergraph.missed import flows_named_at_review, missed_at_review
from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import InformationFlow


def _map(*flows: tuple[str, str, str, str]) -> InfoFlowModel:
    return InfoFlowModel.from_flows(
        [
            InformationFlow(source=s, targets=[t], content=c, medium=m, maturity="low")
            for s, t, c, m in flows
        ]
    )


FARM = _map(
    ("shepherd", "Flock Finder", "lambings", "manual copy"),
    ("vet", "shepherd", "scanning results", "email"),
    ("night shepherd", "shepherd", "lambing notes", "phone"),
)


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (
            "The whiteboard in the shed is the real hot spot, half of it is smudged by Sunday.",
            ["The whiteboard in the shed"],
        ),
        (
            "Confirmed: the shepherd. Missed by the map: the Monday 7:30 lambing meeting, where "
            "we plan the week.",
            ["the Monday 7:30 lambing meeting"],
        ),
        ("Missing from the map: the feed merchant, who texts prices.", ["the feed merchant"]),
    ],
)
def test_a_hot_spot_the_review_names_and_the_map_lacks_is_reported(review, expected) -> None:
    assert missed_at_review(review, FARM) == expected


@pytest.mark.parametrize(
    "review",
    [
        "Missed by the map: the night shepherd, who takes over after 22:00.",  # an actor
        "Confirmed: Flock Finder and the vet's scanning results.",  # nothing said missed
        "Missed: the scanning results by email.",  # a flow's content and medium
    ],
)
def test_what_the_map_holds_or_nothing_said_missed_is_not_reported(review) -> None:
    assert missed_at_review(review, FARM) == []


LAB = _map(
    ("ward nurse", "lab", "sample requests", "paper form"),
    ("lab", "ward nurse", "urgent results and expected delays", "phone"),
    ("lab", "LIMS", "delay reasons and expected turnaround", "manual entry"),
    ("porter", "lab", "samples", "hand"),
)


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # said in the content's order, across a line break, in quotes
        ('Confirmed: the lab. The worst flow is "expected\n delays": nobody trusts them.', ["f2"]),
        # side by side in the other order ("turnaround expected" for "expected turnaround")
        ("The real problem is the turnaround expected, typed twice.", ["f3"]),
        ("The urgent results are the real bottleneck.", ["f2"]),
        # a person named as the bottleneck is ranked as such, no flow is taken for them
        ("The ward nurse is the bottleneck.", []),
        ("Nothing new.", []),
    ],
)
def test_the_flow_the_review_names_as_worst_is_found_by_what_it_carries(review, expected):
    assert flows_named_at_review(review, LAB) == expected


def test_words_apart_in_another_order_are_another_flow():
    # "expected delays" is not "delay reasons and expected turnaround"
    assert "f3" not in flows_named_at_review("The worst flow is expected delays.", LAB)
