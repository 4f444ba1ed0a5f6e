"""Wave 26, rambling paragraphs: the classes of mistakes a long spoken answer still makes,
found on the open rambling sets and fixed by general rules (each sentence below is new).

- a shared sheet or calendar whose readers follow it without "that" ("a Google Sheet the
  stewards can all see") or who "have it on their phones": a medium from its writer to them;
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "place",
    [
        "a Google Sheet the stewards can all see",
        "a shared spreadsheet the stewards check every morning",
        "the shared calendar, which the stewards have on their phones",
        "the Google Calendar, which the stewards check on their tablets",
    ],
)
def test_readers_of_a_shared_place_said_without_that(place: str) -> None:
    found = pairs(f"I'm the race secretary. I put the marshalling plan in {place}.")
    assert ("race secretary", ("stewards",)) in found


def test_a_shared_calendar_is_a_shared_file() -> None:
    from tests.extract.reading import EXTRACTOR

    out = EXTRACTOR.extract(
        "I'm the clinic manager. I put the appointments on the Google Calendar, which the"
        " vets check."
    )
    assert [(f.source, f.targets, f.medium) for f in out.flows] == [
        ("clinic manager", ["vets"], "shared file")
    ]


def test_a_sheet_followed_by_a_new_sentence_is_left_alone() -> None:
    found = pairs(
        "I'm the race secretary. I keep the entries in a spreadsheet. The stewards email me"
        " the results."
    )
    assert found == [("stewards", ("race secretary",))]
