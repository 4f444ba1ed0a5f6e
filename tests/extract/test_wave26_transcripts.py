"""Wave 26, meeting transcripts: classes of mistakes found on the open sets' transcript
answers (turns "Role (Name): …" with a facilitator), each fixed by a general rule and
checked on every open set.

- "they" answering back ("I email the site manager and they ring me back") is the one
  just reached, even a single role, and even when a group was named before;
- a call made only to put a question ("I ring the depot and ask whether the van is free",
  "I phone the stores to check the part is still in") carries the answer back, as "… to
  ask …" already did;
- an answer confirming a yes-no question and going on with "it"/"they" ("Does Jobber tell
  the fitters where to go?" — "It does, every evening it sends them the run") is about the
  question's subject, and "them" after its verb is whom the question named;
- a speaker's first name read together with a word beside it ("And pallets I tell Oskar",
  "Oskar orders off that") is only that name, so it stands for the speaker's role;
- a cooperative or a co-op is an organisation, so "they" after it finds it ("… for our
  dairy cooperative. And they ring me back …").
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


@pytest.mark.parametrize(
    "answer",
    [
        "I ring the depot supervisor and ask whether the van is free.",
        "I phone the stores to check the gasket is still in stock.",
        "I phone the stores to check whether the gasket came in.",
    ],
)
def test_a_call_made_to_put_a_question_carries_the_answer_back(answer: str) -> None:
    text = f"Facilitator: And before you book?\nPlanner (Ruth): {answer}\nFitter (Ian): Yes."
    found = pairs(text)
    assert any(t == ("planner",) for _, t in found)
    assert not any(s == "planner" for s, _ in found)


def test_what_is_sent_to_be_checked_still_goes_to_the_checker() -> None:
    text = (
        "Facilitator: And the drawings?\nDesigner (Ruth): I email the drawings to the"
        " engineer to check the loads are right, and the engineer replies by email.\n"
        "Fitter (Ian): Yes."
    )
    found = pairs(text)
    assert ("designer", ("engineer",)) in found
    assert ("engineer", ("designer",)) in found


@pytest.mark.parametrize(
    ("question", "answer", "flow"),
    [
        (
            "Does HireHop let the customer know the van is ready?",
            "Yeah it texts them a pickup code automatically.",
            ("hirehop", ("customer",)),
        ),
        (
            "Does the booking system tell the kitchen about each order?",
            "Yes, it sends them the order list every hour.",
            ("booking system", ("kitchen",)),
        ),
        (
            "Does FleetView tell the drivers where to go?",
            "It does, at six every evening it sends each driver the next day's run.",
            ("fleetview", ("driver",)),
        ),
    ],
)
def test_it_in_a_confirming_answer_is_the_subject_of_the_question(
    question: str, answer: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    text = (
        "Facilitator: Where does it start?\nOffice manager (Ann): I put the booking into"
        f" the system myself.\nFacilitator: {question}\nOffice manager (Ann): {answer}\n"
        "Driver (Kyle): Yes."
    )
    assert flow in pairs(text)


def test_a_question_about_you_is_not_taken_up() -> None:
    text = (
        "Facilitator: Do you email the landlord?\nLetting agent (Ann): Yes, they email me"
        " the keys list on Mondays.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("letting agent", ("landlord",)) in found  # the question confirmed, as before
    assert not any(s in {"you", "yes"} for s, _ in found)


@pytest.mark.parametrize(
    ("answer", "flow"),
    [
        (
            "I write the shortages on the whiteboard, and Oskar orders off that.",
            ("store lead", ("buyer",)),
        ),
        ("And breakages I tell Oskar at the morning huddle.", ("store lead", ("buyer",))),
    ],
)
def test_a_first_name_read_with_a_word_beside_it_is_its_speaker(
    answer: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    text = (
        "Facilitator: Who orders?\nBuyer (Oskar): Me, mostly.\n"
        f"Store lead (Ines): {answer}\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert flow in found
    assert not any("oskar" in " ".join((s, *t)) for s, t in found)


def test_a_cooperative_is_a_party_they_can_stand_for() -> None:
    text = (
        "Facilitator: And selling?\nFarm manager (Ines): Every Friday I email the milk"
        " forecast to our dairy cooperative, and they phone me with the price.\n"
        "Facilitator: Thanks."
    )
    found = pairs(text)
    assert ("farm manager", ("dairy cooperative",)) in found
    assert ("dairy cooperative", ("farm manager",)) in found
