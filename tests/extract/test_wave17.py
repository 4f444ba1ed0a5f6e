"""Wave 17: replaced channels said in an aside, read off w18-w22 (tuning sets); w23 stayed
sealed. Each is tested on sentences of other domains.

- "Certificates, which used to be posted, are now emailed to …": "used to" belongs to the
  verb after it (a former channel) and says nothing of the main verb after the aside; the
  aside is a subject relative ("who used to phone it in" still says who);
- "Complaints from customers, which used to …, now come to …": the "from" of a subject
  cut off by the aside is the sender of the verb that follows it.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lease renewals, which used to be posted, are now emailed to the tenant by the "
            "lettings agent.",
            ("lettings agent", ("tenant",)),
        ),
        (
            "The stock counts, which used to be faxed to head office, are now sent to the "
            "buyer by the store manager.",
            ("store manager", ("buyer",)),
        ),
    ],
)
def test_a_former_channel_in_an_aside_leaves_the_main_verb_today(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The store manager used to fax the stock counts to head office.",
        "Stock counts used to be faxed to head office by the store manager.",
    ],
)
def test_used_to_still_marks_a_former_channel(text) -> None:
    assert pairs(text) == []


def test_who_used_to_keeps_its_antecedent_as_subject() -> None:
    found = pairs(
        "The meter readers, who used to phone the readings in to the billing team, now "
        "enter them in the handheld app."
    )
    assert ("meter readers", ("billing team",)) not in found
    assert any(source == "meter readers" for source, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enquiries from parents, which used to arrive by letter, now come to the school "
            "office through the website.",
            ("parents", ("school office",)),
        ),
        (
            "Orders from members, which used to come in by post, now reach the membership "
            "secretary by email.",
            ("members", ("membership secretary",)),
        ),
    ],
)
def test_the_from_of_a_subject_before_an_aside_is_the_sender(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Practice nurses email the results to our care navigator, and the GPs send "
            "theirs through EMIS. She phones each patient with the results.",
            ("care navigator", ("patient",)),
        ),
        (
            "The researcher collects the questions, and the MPs add theirs on the shared "
            "sheet. She emails the answers to the clerk every Friday.",
            ("researcher", ("clerk",)),
        ),
    ],
)
def test_she_is_never_a_short_plural_acronym(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(
        source in {"gp", "gps", "mp", "mps"} and targets == expected[1] for source, targets in found
    )


def test_theirs_stands_for_what_the_others_sent() -> None:
    out = EXTRACTOR.extract(
        "Social workers email the referral forms to our coordinator, and the GPs put theirs "
        "into the e-Referral Service."
    )
    into = [f for f in out.flows if f.targets == ["e-Referral Service"]]
    assert into and into[0].content == "referral forms"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Near misses are reported by the porters in Datix.", ("porters", ("datix",))),
        (
            "Leave requests are submitted by the nurses on HealthRoster.",
            ("nurses", ("healthroster",)),
        ),
        (
            "Defect reports are filed by the cabin crew in the Techlog system.",
            ("cabin crew", ("techlog system",)),
        ),
    ],
)
def test_what_is_handed_in_to_no_one_goes_to_the_system_it_is_put_in(text, expected) -> None:
    assert expected in pairs(text)


def test_on_someones_website_is_still_their_way_in() -> None:
    found = pairs("Permit applications are submitted by builders on the council website.")
    assert ("builders", ("council",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Applications for planning consent are submitted by architects on the Planning Hub.",
            ("architects", ("planning hub",)),
        ),
        (
            "Requests to transfer a grave are lodged by funeral directors through the BurialNet "
            "portal, which feeds them into the cemetery register.",
            ("funeral directors", ("burialnet portal",)),
        ),
    ],
)
def test_a_verb_in_the_subjects_complement_is_not_the_main_verb(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(source in {"applications", "requests"} for source, _ in found)


def test_what_is_sent_through_a_portal_that_passes_it_on_reaches_the_portal() -> None:
    found = pairs(
        "Claims are submitted by members via the portal, which passes them to the finance system."
    )
    assert ("members", ("portal",)) in found
    assert ("portal", ("finance system",)) in found


def test_a_reply_put_in_a_system_still_goes_back() -> None:
    found = pairs("Quotes are returned by the brokers on ILS.")
    assert ("brokers", ("ils",)) not in found


@pytest.mark.parametrize(
    "text",
    [
        "- repair logs: want to send them to the landlord monthly - not started",
        "Discharge letters: plan to email them to the GP from the EPR next year.",
    ],
)
def test_a_note_that_wants_to_send_is_planned_not_today(text) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- MRI scan: registrar → radiology, request on ICE", ("registrar", ("radiology",))),
        ("- offer of rep: agent → author, phone", ("agent", ("author",))),
        ("- head lice: school nurse → parents, letter home", ("school nurse", ("parents",))),
        ("- reminders: BookingHub template → parents, auto", ("bookinghub", ("parents",))),
    ],
)
def test_a_label_before_the_sender_alone_is_what_is_sent(text, expected) -> None:
    found = pairs(text)
    assert found == [expected]


def test_a_label_that_is_a_role_with_what_after_it_stays_the_sender() -> None:
    assert pairs("- ops mgr: weekly report → CIO") == [("ops mgr", ("cio",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- co-ord → packing vols: pick list, printed", ("co-ord", ("packing vols",))),
        ("- pax → booking office: seat requests, phone", ("pax", ("booking office",))),
    ],
)
def test_note_shorthands_for_people_are_parties(text, expected) -> None:
    assert expected in pairs(text)


def test_a_pain_point_is_not_a_patient() -> None:
    found = pairs("- ctrl desk → Maximo: WO, direct; pain pt: Maximo → SAP PM nightly")
    assert not any("pt" in source or any("pt" in t for t in targets) for source, targets in found)


def test_a_key_of_names_in_notes_gives_their_roles() -> None:
    found = pairs(
        "Bakery orders (notes)\n(Tom = owner, Priya = baker)\n"
        "- Tom → Priya: production list, WhatsApp, night before\n"
        "- Priya → Tom: shortfalls, text"
    )
    assert found == [("owner", ("baker",)), ("baker", ("owner",))]


def test_the_arrows_of_a_title_over_notes_are_steps_not_flows() -> None:
    found = pairs(
        "Kennels - booking → stay → collection (notes, wk 3)\n"
        "- owners → front desk: bookings, phone\n"
        "- front desk → kennel staff: daily board, paper"
    )
    assert found == [("owners", ("front desk",)), ("front desk", ("kennel staff",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm more the practice secretary, really. I email the rota to the locums on Friday.",
            ("practice secretary", ("locums",)),
        ),
        (
            "The fixtures secretary, which has been me since 2019, emails the fixtures to the "
            "team captains in August.",
            ("fixtures secretary", ("team captains",)),
        ),
    ],
)
def test_a_speaker_hedging_their_role_is_still_i(text, expected) -> None:
    assert expected in pairs(text)


def test_an_invitation_goes_to_whom_it_invites() -> None:
    assert ("club secretary", ("members",)) in pairs(
        "The club secretary invites the members to the AGM by email."
    )


def test_online_after_a_system_says_how_not_who() -> None:
    assert pairs("The warden reports the sightings to BirdTrack online.") == [
        ("warden", ("birdtrack",))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The head coach posts the rota in the staff WhatsApp group.", ("head coach", ("staff",))),
        (
            "The site lead shares the shift plan on the drivers' Teams channel.",
            ("site lead", ("drivers",)),
        ),
    ],
)
def test_a_group_chat_named_for_its_members_reaches_them(text, expected) -> None:
    assert expected in pairs(text)


def test_a_chat_named_for_its_work_names_no_reader() -> None:
    found = pairs("The duty officer texts the drivers on the gritting WhatsApp group.")
    assert found == [("duty officer", ("drivers",))]


def test_a_place_adverb_after_a_sheet_keeps_the_sheet_as_the_carrier() -> None:
    found = pairs(
        "I'm the show secretary. The judges score the dogs on a paper sheet ringside, and the "
        "sheets come back to me."
    )
    assert ("judges", ("show secretary",)) in found


def test_plurals_in_es_are_the_roles_they_fold_to() -> None:
    assert ("head coach", ("coaches",)) in pairs(
        "The head coach shares the session plans on the coaches' WhatsApp group."
    )
