"""Wave 13: constructions read off w14's misses (w14 became a tuning set when wave 12
closed; w15 stayed sealed), tested on sentences of other domains.

- a speaker's own people ("my team keys them in", "our guys", "for Priya's team") are the
  speaker's role, and "I run customer service" names the speaker's unit;
"""

from __future__ import annotations

import pytest

from assistant.extract.heuristics.reader import extract_free_text


def pairs_of(text: str) -> list[tuple[str, list[str]]]:
    return [(f.source, f.targets) for f in extract_free_text(text).flows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "I'm the office manager at a dental practice. New patients email their forms,"
            " and my guys enter them into Dentally before the first visit.",
            [("office manager", ["Dentally"]), ("patients", ["office manager"])],
            id="my-team",
        ),
        pytest.param(
            "Dispatcher (Tom): The drivers radio me when a load is short, and I note it on"
            " the board for Priya's team.\nYard lead (Priya): We check the board at six.",
            [("drivers", ["dispatcher"]), ("dispatcher", ["yard lead"])],
            id="named-persons-team",
        ),
        pytest.param(
            "I run member services at a credit union. Members send their loan forms by post,"
            " and my team types them into Symitar.",
            [("members", ["member services"]), ("member services", ["Symitar"])],
            id="i-run-a-unit",
        ),
    ],
)
def test_exactly_these_flows(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert pairs_of(text) == expected


def test_our_team_without_a_known_speaker_stays_a_team() -> None:
    """Nobody said who is talking: "our team" is still someone, not dropped."""
    found = pairs_of("Suppliers email invoices to our team, and our team keys them into Sage.")
    assert found and all(source != "" for source, _ in found)
    assert any("Sage" in targets for _, targets in found)
