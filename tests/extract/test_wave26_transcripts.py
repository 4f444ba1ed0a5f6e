"""Wave 26, meeting transcripts: classes of mistakes found on the open sets' transcript
answers (turns "Role (Name): …" with a facilitator), each fixed by a general rule and
checked on every open set.

- "they" answering back ("I email the site manager and they ring me back") is the one
  just reached, even a single role, and even when a group was named before;
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "answer",
    [
        "I email the site manager and they ring me back with a date.",
        "We need the stock figures from the depot, so I email the store keeper and they"
        " email back a spreadsheet.",
        "I text the locksmith the address. They reply with a time slot, usually within the hour.",
    ],
)
def test_they_answering_back_is_the_one_just_reached(answer: str) -> None:
    text = f"Facilitator: And when a job comes in?\nPlanner (Ruth): {answer}\nFitter (Ian): Yes."
    found = pairs(text)
    reached = next(t[0] for s, t in found if s == "planner")
    assert (reached, ("planner",)) in found
    assert not any(s in {"depot", "stock figures"} for s, _ in found)
