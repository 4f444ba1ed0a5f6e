"""Wave 26 (hard constructions): passives, relative clauses and the ways in that pass data on,
found on the hard-construction answers of the open sets and checked on all of them.

- a portal, a website or a form that a person goes through, and that the sentence then says
  hands the data on to a system ("… placed by the brewers through our customer portal are
  transferred automatically to SAP"), is an actor: the chain is split (STYLES.md); a system
  named before the way in ("book through Bookeo on our website") or a form filled in on a
  website ("a fact-find form on our website that goes straight into X") stays one step;
- a system kind written as an acronym, then its proper name ("our CRM, Pipedrive,") goes by
  the proper name, as a kind in words does ("our booking system, Pitchbook,").
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "person", "way", "system"),
    [
        (
            "Grant claims that are lodged by the farmers through the agency portal are"
            " transferred every night to Agresso.",
            "farmers",
            "agency portal",
            "agresso",
        ),
        (
            "The members are booking the pitches over the club website and this goes"
            " automatically in our system, Pitchbook.",
            "members",
            "club website",
            "pitchbook",
        ),
    ],
)
def test_a_way_in_that_passes_data_on_is_split(
    text: str, person: str, way: str, system: str
) -> None:
    found = pairs(text)
    assert (person, (way,)) in found
    assert (way, (system,)) in found
    assert (person, (system,)) not in found


def test_a_system_named_before_the_way_in_stays_one_step() -> None:
    found = pairs(
        "Walkers book through Trailbook on our website, and Trailbook sends them a"
        " confirmation email automatically."
    )
    assert ("walkers", ("trailbook",)) in found
    assert not any("website" in (s, *t) for s, t in found)


def test_a_form_filled_in_on_a_website_reaches_the_system() -> None:
    found = pairs(
        "Patients fill in a referral form on our website that goes straight into Cliniko."
    )
    assert ("patients", ("cliniko",)) in found


def test_a_system_kind_said_as_an_acronym_keeps_the_proper_name_after_it() -> None:
    found = pairs("The dispatcher keys the jobs into our CRM, Pipedrive, every morning.")
    assert found == [("dispatcher", ("pipedrive",))]
