"""Wave 15: constructions read off the bullet notes and rambling answers of w16-w18 (tuning
sets since stop 28; w19 and w20 stayed sealed), tested on sentences of other domains.

- a second verb that sends, after "and", makes its subject an actor even when the first
  verb did not ("Stripe takes the payments and emails the couple a receipt"); a past form
  may be a participle ("… are bagged and sent to the lab"), so it does not;
- a note's half-sentence that keys what came into a system, after the last arrow ("… ->
  counter staff key into Merlin while cust waits", "→ chief mech, types into Maximo") or
  after a semicolon ("…; lab mgr re-types into LIMS"), is a flow of its own besides the
  arrow's;
- a device in the middle of a chain ("surveyor enters sizes in iPad app -> Glazplan") is
  the screen of the system after it: the flow goes from who enters to that system;
- "ops mgr -> job sheets to fitters": what travels, then "to" whom, after the arrow;
- "POs to supplier via their portal, regional buyer", "run sheet for drivers, printed by
  branch mgr": what travels to whom, then who does it, named last.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs

NOTES = "Notes from the depot call\n{}\n- pain: nothing written down"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xero takes the card payments and emails the member a receipt automatically.",
            ("xero", ("member",)),
        ),
        (
            "Eventbrite sells the tickets and emails each visitor a map of the site.",
            ("eventbrite", ("visitor",)),
        ),
    ],
)
def test_a_second_verb_that_sends_makes_its_subject_an_actor(text, expected) -> None:
    assert expected in pairs(text)


def test_a_past_form_after_and_may_be_a_participle() -> None:
    text = "Soil cores found on the field are bagged and sent to the lab for testing."
    assert all(source != "soil cores" for source, _ in pairs(text))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- pet owners -> receptionist keys into Vetstoria while they wait",
            [("pet owners", ("receptionist",)), ("receptionist", ("vetstoria",))],
        ),
        (
            "- site team → site office: timesheets on paper; office clerk re-types into Sage",
            [("site team", ("site office",)), ("office clerk", ("sage",))],
        ),
        (
            "- meter readings on paper → billing clerk, types into Aquabill weekly",
            [("billing clerk", ("aquabill",))],
        ),
    ],
)
def test_a_note_that_keys_into_a_system_after_the_arrow(line, expected) -> None:
    found = pairs(NOTES.format(line))
    assert all(pair in found for pair in expected), found


def test_a_target_then_its_doer_is_not_one_clause() -> None:
    """ "→ Printful, designer uploads": the target, then who does it, not "Printful designer"."""
    found = pairs(NOTES.format("- approved artwork → Printful, designer uploads manually"))
    assert ("designer", ("printful",)) in found
    assert all("printful designer" not in (source, *targets) for source, targets in found)


def test_a_device_in_a_chain_is_the_screen_of_the_system_after_it() -> None:
    found = pairs(NOTES.format("- inspectors record defects on site in tablet app -> Confirm"))
    assert found == [("inspectors", ("confirm",))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- scheduler -> route plans to drivers, printed", ("scheduler", ("drivers",))),
        ("- FleetHub -> service alerts to workshop, auto email", ("fleethub", ("workshop",))),
    ],
)
def test_what_travels_to_whom_after_the_arrow(line, expected) -> None:
    assert pairs(NOTES.format(line)) == [expected]


def test_a_clause_after_the_arrow_is_not_what_travels() -> None:
    found = pairs(NOTES.format("- O2 drop → FishTalk sends alarm SMS to duty manager"))
    assert ("o2 drop", ("duty manager",)) not in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- delivery notes to accounts at month end, stores clerk",
            ("stores clerk", ("accounts",)),
        ),
        ("- purchase orders for suppliers, printed by buyer", ("buyer", ("suppliers",))),
        (
            "- price list to trade customers weekly, sales desk",
            ("sales desk", ("trade customers",)),
        ),
    ],
)
def test_what_travels_to_whom_then_who_does_it(line, expected) -> None:
    assert pairs(NOTES.format(line)) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "- grease from the traps to the contractor, physical, ignore",
        "- menus to the printers on Friday, Thurs latest",
    ],
)
def test_a_note_tag_or_a_time_named_last_is_nobody(line) -> None:
    assert pairs(NOTES.format(line)) == []
