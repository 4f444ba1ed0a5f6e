"""Issue 14: an opening "when/if/once" clause with no comma ends where the main clause's
subject starts ("When a van breaks down the driver phones the shift lead")."""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When a van breaks down the driver phones the shift lead.",
            ("driver", ("shift lead",)),
        ),
        (
            "If a boiler fails the caretaker emails the facilities officer.",
            ("caretaker", ("facilities officer",)),
        ),
        (
            "Once the lab result is back our nurse texts the patient.",
            ("nurse", ("patient",)),
        ),
        (
            "Whenever a pallet arrives damaged the receiving clerk notifies the buyer by email.",
            ("receiving clerk", ("buyer",)),
        ),
    ],
)
def test_the_main_subject_after_a_comma_less_opening_clause_sends(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert pairs(text) == [expected]


def test_an_object_after_the_opening_verb_stays_in_the_opening_clause() -> None:
    # "the form" is what the clerk sends, not a new subject
    assert pairs("When the clerk sends the form the manager emails the supplier.") == [
        ("manager", ("supplier",))
    ]


def test_a_passive_opening_clause_with_get_ends_before_the_main_subject() -> None:
    assert pairs("If a parcel gets lost the depot clerk emails the customer.") == [
        ("depot clerk", ("customer",))
    ]
