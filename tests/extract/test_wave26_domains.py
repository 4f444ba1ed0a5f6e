"""Wave 26, domains outside heavy industry: classes of mistakes found on the open sets'
"domain" and "non_industrial" answers (charities, clinics, clubs, councils, small trades),
each fixed by a general rule and checked on every open set.

- things carried or posted are not information: a body, a carcass, a clock in for repair,
  a swab, a tyre ("The porters bring the deceased down to the mortuary"; "volunteers post
  their water samples to the lab"), and a clause followed by "which is purely physical"
  moves a thing;
- "members of the public" are the public, not some "members" (of a club, a union) the
  answer names elsewhere;
- the people someone refers are whom the referral is about, not who receives it ("GPs refer
  patients to us": the patients are not told anything).
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "text",
    [
        "The porters bring the deceased down to the mortuary.",
        "The council takes the dead badgers to the vet school, which is purely physical.",
        "Members post their river samples to the lab in prepaid envelopes.",
        "Customers bring their clocks to the shop counter.",
        "The depot sends the worn tyres to the recycler every Friday.",
    ],
)
def test_things_carried_or_posted_are_not_flows(text: str) -> None:
    assert pairs(text) == []


def test_information_posted_is_still_a_flow() -> None:
    assert pairs("The secretary posts the minutes to the members.") == [("secretary", ("members",))]


def test_members_of_the_public_are_the_public() -> None:
    text = "Members of the public call our helpline, and the helpline operator logs it in CRM."
    assert pairs(text)[0] == ("public", ("helpline operator",))


@pytest.mark.parametrize(
    "text",
    [
        "Local vets refer their clients to us by emailing the clinic manager.",
        "GPs refer patients by letter.",
    ],
)
def test_people_referred_do_not_receive_the_referral(text: str) -> None:
    assert all("clients" not in t and "patients" not in t for _, t in pairs(text))
