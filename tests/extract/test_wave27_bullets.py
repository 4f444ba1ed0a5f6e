"""Wave 27: terse bullet notes. Each rule was found on a class of note lines that the open
sets got wrong, written here again in other trades, then checked on every open set.

- a role written in full and in shorthand in one answer ("customers", "cust"; "events
  coordinator", "events coord") is one role under the form written in full, which is who
  the shorthand stands for;
"""

from __future__ import annotations

from tests.extract.reading import pairs


def test_a_role_in_full_and_in_shorthand_takes_the_full_form() -> None:
    found = pairs(
        "Garden centre – deliveries\n"
        "- DeliverMate → customers: delivery slot, SMS auto\n"
        "- failed drop: driver rings office, office rings cust to rebook\n"
        "- plant orders: garden coordinator → nursery, email; nursery → garden coord: ETA, phone"
    )
    assert ("office", ("customers",)) in found
    assert ("nursery", ("garden coordinator",)) in found
    assert not any(t in {"cust", "garden coord"} for _, ts in found for t in ts)
