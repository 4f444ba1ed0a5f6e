"""What a call says when it has no object: what it comes with, or the event it reports."""

from __future__ import annotations

import pytest

from assistant.extract.heuristics.reader import extract_free_text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The night nurse phones the registrar with the early warning scores.",
            "early warning scores",
        ),
        ("Housekeeping rings the bed manager when a bed is cleaned.", "bed cleaned"),
        ("The porter radios the loading desk as soon as the van has left.", "van has left"),
        ("Each driver texts the depot once the last parcel is delivered.", "last parcel delivered"),
    ],
)
def test_a_call_without_object_carries_what_it_reports(text: str, content: str) -> None:
    [found] = extract_free_text(text).flows
    assert found.content == content


def test_a_call_with_an_object_keeps_it() -> None:
    [found] = extract_free_text(
        "The clerk emails the landlord the inspection report when it is signed."
    ).flows
    assert found.content == "inspection report"
