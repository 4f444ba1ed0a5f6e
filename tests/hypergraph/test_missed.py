"""What the hot-spot review says the map missed reaches the use-case question."""

from __future__ import annotations

import pytest

from assistant.hypergraph.missed import missed_at_review
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
