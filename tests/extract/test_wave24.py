"""Wave 24, found on the rambling batch w45 (opened after it was scored sealed) and checked
on every open set and, in aggregate only, on the batches still sealed. Each rule is tested
on sentences of other domains; the guards show what must not change.

- "the list off Swiftqueue": "off" before a name or a determiner says where from, so the
  system keeps its own name instead of becoming "day's list off Swiftqueue";
- a speaker's role said with where they work ("I'm the camp boss on the platform");
- "a system called Embed" is Embed; "our ordering system, Procura or whatever …" too;
- a list closed by a filler ("Allergies and that, the lads tell me") is not a party, and a
  topic said twice ("Prize stock, the teddies, I order …") still finds who acts;
- a collective before a verb the lexicon does not know ("the media team ingest the files");
- first names set beside a role that says where it sits ("the techs in the workshop, Lucas
  and Finn, …") stand for the role;
- the party a process starts with is who "they" stands for next.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR, pairs


def names(text: str) -> set[str]:
    return set(kinds(text))


def kinds(text: str) -> dict[str, str]:
    """Each actor read from ``text``, lower-cased, with its kind."""
    return {a.name.lower(): a.kind.value for a in EXTRACTOR.extract(text).actors}


@pytest.mark.parametrize(
    ("text", "system"),
    [
        (
            "The ward clerk pulls tomorrow's list off Swiftqueue and emails the matron.",
            "swiftqueue",
        ),
        (
            "The analysts run their weekly report off Provys. The planners enter the plan in"
            " Provys.",
            "provys",
        ),
        (
            "I print the job sheets off Deco every morning. Orders from the web go into Deco.",
            "deco",
        ),
    ],
)
def test_a_system_things_are_taken_off_keeps_its_own_name(text: str, system: str) -> None:
    found = names(text)
    assert found
    assert not any(" off " in name for name in found)


def test_off_as_a_particle_is_left_alone() -> None:
    text = "Once it's signed off the project lead emails the final PDF to the client."
    assert ("project lead", ("client",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the camp boss on the platform, and I work for the contractor. If stock is"
            " short, the storeman tells me, face to face.",
            ("storeman", ("camp boss",)),
        ),
        (
            "I'm the warden at the hostel. The cleaners ring me when a room is ready.",
            ("cleaners", ("warden",)),
        ),
    ],
)
def test_a_speaker_who_says_where_they_work_is_still_their_role(text, expected) -> None:
    assert expected in pairs(text)


def test_the_nurse_in_charge_keeps_in_charge() -> None:
    text = "I'm the nurse in charge. The porters ring me when a bed is free."
    assert ("porters", ("nurse in charge",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The card readers send every sale over the network to a system called Embed, which"
            " emails the manager a report every morning.",
            ("card readers", ("embed",)),
        ),
        (
            "I'm the buyer. I put the orders in our ordering system, Procura or whatever it's"
            " called this year.",
            ("buyer", ("procura",)),
        ),
    ],
)
def test_a_system_named_after_its_kind_goes_by_its_name(text, expected) -> None:
    assert expected in pairs(text)
    assert not any("called" in name or "ordering system" in name for name in names(text))


@pytest.mark.parametrize(
    ("text", "expected", "not_a_party"),
    [
        (
            "I'm the site manager. Allergies and that, the kitchen lads come and tell me.",
            ("kitchen lads", ("site manager",)),
            "allergies",
        ),
        (
            "I'm the manager. Prize stock, the teddies, I order from the supplier over the phone.",
            ("manager", ("supplier",)),
            "teddies",
        ),
        (
            "I'm the manager. Spare parts, filters and stuff, I order from the wholesaler by"
            " phone.",
            ("manager", ("wholesaler",)),
            "filters",
        ),
    ],
)
def test_a_topic_said_first_is_not_who_acts(text, expected, not_a_party) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(not_a_party in name for name, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The media team ingest the programme files and mark them passed in Mediator.",
            ("media team", ("mediator",)),
        ),
        (
            "The regional office ingest the returns and key them into Atlas.",
            ("regional office", ("atlas",)),
        ),
    ],
)
def test_a_collective_keeps_its_name_before_an_unknown_verb(text, expected) -> None:
    assert expected in pairs(text)


def test_names_beside_a_role_and_where_it_sits_stand_for_the_role() -> None:
    text = (
        "The techs in the workshop, Lucas and Finn, write the damage on the whiteboard for"
        " the manager."
    )
    found = pairs(text)
    assert ("techs", ("manager",)) in found
    assert not any(name in {"lucas", "finn"} for name, _ in found)


@pytest.mark.parametrize(
    "opening",
    ["It all starts with the scheduling team.", "Where it starts is the scheduling team."],
)
def test_the_party_a_process_starts_with_is_they(opening: str) -> None:
    text = f"I'm one of the controllers. {opening} They build the schedule in Provys."
    assert ("scheduling team", ("provys",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. Invoices I do in QuickBooks, and QuickBooks emails them to the client.",
            [("owner", ("quickbooks",)), ("quickbooks", ("client",))],
        ),
        (
            "I'm the practice manager. The rotas I do on Deputy every Friday.",
            [("practice manager", ("deputy",))],
        ),
    ],
)
def test_do_with_where_it_is_done_is_the_verb(text, expected) -> None:
    found = pairs(text)
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "I'm the camp boss. I put the orders in Procura, and it goes through to the supply"
            " base on its own.",
            ("procura", ("supply base",)),
            ("camp boss", ("supply base",)),
        ),
        (
            "The admissions clerk keys the referral into Rio and it goes to the duty team.",
            ("rio", ("duty team",)),
            ("admissions clerk", ("duty team",)),
        ),
    ],
)
def test_what_goes_on_after_it_was_put_in_a_system_comes_from_the_system(
    text, expected, not_expected
) -> None:
    found = pairs(text)
    assert expected in found
    assert not_expected not in found


def test_a_way_in_still_gives_way_to_the_system_it_leads_to() -> None:
    found = pairs("Members book on the app and it goes straight into Legend.")
    assert ("members", ("legend",)) in found


def test_a_dj_is_a_person() -> None:
    found = kinds("I'm the booking coordinator. I offer the gig to a DJ on WhatsApp.")
    assert found.get("dj") == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are four of us, all PALS officers, me included. Patients ring us mostly,"
            " and we email the ward manager.",
            [("patients", ("pals officers",)), ("pals officers", ("ward manager",))],
        ),
        (
            "We're all support workers here. The tenants text us and we ring the landlord.",
            [("tenants", ("support workers",)), ("support workers", ("landlord",))],
        ),
    ],
)
def test_a_role_all_of_us_share_is_who_we_are(text, expected) -> None:
    found = pairs(text)
    assert all(pair in found for pair in expected)


def test_that_is_us_names_the_team_we_stand_for_beside_my_own_role() -> None:
    text = (
        "The bus passes, that's us, the concessions team, six of us and I'm the team leader."
        " The library staff send the whole lot to us in the internal post."
    )
    assert ("library staff", ("concessions team",)) in pairs(text)


def test_an_ot_is_a_person() -> None:
    assert kinds("The OT emails the referral to the council.").get("ot") == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The case worker gets an email from Apricot saying there's a new case.",
            ("apricot", ("case worker",)),
        ),
        (
            "The applicants get a letter from the Home Office telling them the decision.",
            ("home office", ("applicants",)),
        ),
    ],
)
def test_what_a_message_says_is_not_part_of_who_sent_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_a_party"),
    [
        (
            "I'm the studio manager. When a firing goes wrong, cracked pieces or a glaze run,"
            " the technician tells me face to face.",
            ("technician", ("studio manager",)),
            "cracked pieces",
        ),
        (
            "I'm the studio manager. Clay and glaze orders, I phone the supplier.",
            ("studio manager", ("supplier",)),
            "clay",
        ),
    ],
)
def test_what_is_said_first_as_examples_or_topic_does_not_act(text, expected, not_a_party):
    found = pairs(text)
    assert expected in found
    assert not any(not_a_party in name for name, _ in found)


def test_people_listed_with_a_summary_after_them_all_still_act() -> None:
    found = pairs("The buyer and the planner, the whole team, email the supplier.")
    assert ("buyer", ("supplier",)) in found
    assert ("planner", ("supplier",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members book kiln space through Bookwhen on our website.",
            ("members", ("bookwhen",)),
        ),
        ("Parents book the sessions via Arbor on the school app.", ("parents", ("arbor",))),
    ],
)
def test_a_system_named_beats_the_website_it_sits_on(text, expected) -> None:
    assert expected in pairs(text)


def frequencies(text: str) -> dict[tuple[str, tuple[str, ...]], str]:
    found = EXTRACTOR.extract(text)
    return {
        (f.source.lower(), tuple(t.lower() for t in f.targets)): f.frequency for f in found.flows
    }


@pytest.mark.parametrize(
    "where",
    ["", " on our website"],  # the cue text leaves out "Bookwhen": the clause is not found whole
)
def test_a_time_said_in_a_later_clause_is_that_clauses_not_the_first(where: str) -> None:
    found = frequencies(
        f"Members book kiln space through Bookwhen{where}, and Bookwhen emails the studio"
        " manager a summary every evening."
    )
    assert found[("bookwhen", ("studio manager",))] == "every evening"
    assert found[("members", ("bookwhen",))] == ""


def test_a_time_said_first_covers_what_follows() -> None:
    found = frequencies("Every Monday the planner emails the plan to the shift leads.")
    assert found[("planner", ("shift leads",))] == "every Monday"
