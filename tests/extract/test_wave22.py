"""Wave 22, found by writing paragraphs as a product owner talks (a vet practice, a council's
highways team) and typing them at the flows question, then checked against every open set.
Each rule is tested on sentences of other domains; the guards show what must not change.

- "…, or they book online": an alternative keeps the subject, it is not the one called;
- a name said with the desk it sits on ("Priya on reception", "Dave in accounts", "Kev
  from the warehouse") stands for that desk, and a desk whose name ends in -s ("accounts",
  "sales") leaves the verb after it a verb;
- running a report out of a system takes data out of it, read on its screens;
- what is taken or presented to a meeting named after who sits in it ("the partners'
  meeting", "the board meeting") reaches them;
- a capitalised name after a preposition is not an infinitive ("syncs back to Confirm");
- a relative on a channel after a clause with no verb no longer raises.
"""

from __future__ import annotations

import pytest

from assistant.extract.heuristics import extract_free_text
from tests.extract.reading import EXTRACTOR, pairs


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Tenants ring the housing office, or they report it online through Orchard.",
            ("tenants", ("orchard",)),
            ("housing office", ("orchard",)),
        ),
        (
            "Parents phone the school office, or they book the slot through Arbor.",
            ("parents", ("arbor",)),
            ("school office", ("arbor",)),
        ),
    ],
)
def test_an_alternative_way_in_keeps_its_subject(text, expected, absent) -> None:
    found = pairs(text)
    assert expected in found
    assert absent not in found


def test_the_one_called_still_enters_what_they_hear() -> None:
    text = "Customers ring the box office, and they put the booking into Spektrix."
    assert ("box office", ("spektrix",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every Friday Priya on reception sends the reminders to the owners.",
            ("reception", ("owners",)),
        ),
        ("Then Dave in accounts emails the invoice to the customer.", ("accounts", ("customer",))),
        ("Kev from the warehouse phones the driver.", ("warehouse", ("driver",))),
        (
            "Sarah in our admin team exports the batch from Confirm and emails it to the"
            " contractor.",
            ("admin team", ("contractor",)),
        ),
        ("Someone on sales rings the customer back.", ("sales", ("customer",))),
    ],
)
def test_a_name_said_with_its_desk_is_the_desk(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(name in {"priya", "dave", "kev", "sarah"} for name, _ in found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            # a role said beside the name wins over the desk
            "The court sends the form to Janice on reception, who's our intake coordinator,"
            " and she copies the details into Lamplight.",
            ("intake coordinator", ("lamplight",)),
            ("reception", ("lamplight",)),
        ),
        (
            # a system at a place: things go into it
            "Kiosk staff key the job into Tillpoint, and Tillpoint at the counter texts the"
            " customer.",
            ("tillpoint", ("customer",)),
            ("counter", ("customer",)),
        ),
    ],
)
def test_what_a_desk_name_must_not_take(text, expected, absent) -> None:
    found = pairs(text)
    assert expected in found
    assert absent not in found


def test_a_word_opening_the_sentence_is_no_name_at_a_desk() -> None:
    assert ("accounts", ("manager",)) in pairs("Emails from accounts go to the manager.")


def test_a_name_at_a_desk_part_of_the_week_is_no_desk_of_three() -> None:
    text = "Shona is in the office three days a week. Shona emails the report to the assessor."
    found = pairs(text)
    assert found
    assert not any("three" in name for name, targets in found for name in (name, *targets))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The office manager in accounts sends the invoice to the customer.",
            ("office manager", ("customer",)),
        ),
        ("The buyer in stores sends the order to the supplier.", ("buyer", ("supplier",))),
    ],
)
def test_a_desk_ending_in_s_leaves_the_verb_after_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our clerk runs the arrears report out of Civica every Monday.",
        "Every Monday the clerk runs the arrears report from Civica.",
    ],
)
def test_running_a_report_takes_data_out_of_the_system(text) -> None:
    flows = EXTRACTOR.extract(text).flows
    assert [(f.source, f.targets) for f in flows] == [("Civica", ["clerk"])]
    assert flows[0].maturity.value == "medium"  # a person reading the screens: no push


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bursar emails it to the head, who takes it to the governors' meeting.",
            ("head", ("governors",)),
        ),
        (
            "The treasurer presents the accounts at the trustees' meeting.",
            ("treasurer", ("trustees",)),
        ),
        (
            "The site director takes the safety figures to the board meeting.",
            ("site director", ("board",)),
        ),
    ],
)
def test_taken_to_a_meeting_reaches_who_sits_in_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take the list to the Monday meeting.",
        "She brings the rota to the team meeting.",
    ],
)
def test_a_meeting_named_after_no_party_reaches_no_one(text) -> None:
    assert pairs(text) == []


def test_a_capitalised_name_after_to_is_not_an_infinitive() -> None:
    text = "The wardens log the defect on the app, and it syncs back to Confirm."
    assert ("app", ("confirm",)) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Members on the app, which sends it to Legend.",
        "Customers through the website, which passes them to Northgate.",
    ],
)
def test_a_relative_on_a_channel_after_no_verb_does_not_raise(text) -> None:
    extract_free_text(text, [])  # raised AssertionError in parts._direct_object
    assert not any("could not be read" in w for w in EXTRACTOR.extract(text).warnings)


# Part 2, read off w41 (18 rambling answers, opened after it was measured sealed: .667).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim's the bookings secretary, and the coaches ring Kim to change a slot.",
            ("coaches", ("bookings secretary",)),
        ),
        (
            "Raj's our farm manager. The vet emails Raj the test results.",
            ("vet", ("farm manager",)),
        ),
    ],
)
def test_a_name_s_before_a_determiner_is_is(text, expected) -> None:
    assert expected in pairs(text)


def test_and_if_after_a_clause_of_being_opens_a_clause() -> None:
    text = (
        "Rosa is the lettings manager, and if a boiler fails the tenants ring Rosa straight away."
    )
    assert ("tenants", ("lettings manager",)) in pairs(text)


def test_it_also_goes_on_with_the_system_that_sent() -> None:
    text = (
        "Vend drops the sales into Xero every night, and it also sends them out to the"
        " loyalty app on a feed."
    )
    found = pairs(text)
    assert ("vend", ("xero",)) in found
    assert ("vend", ("loyalty app",)) in found
    assert ("xero", ("loyalty app",)) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eventbrite puts the bookings onto the printed lists in Airtable.", "airtable"),
        ("The porter logs the parcel on the deliveries screen in Civica.", "civica"),
        ("The planner drops the jobs into the urgent queue in Jobber.", "jobber"),
    ],
)
def test_a_part_of_a_named_system_is_that_system(text, expected) -> None:
    assert [t for _, targets in pairs(text) for t in targets] == [expected]


def test_an_apology_for_saying_it_late_corrects_nothing() -> None:
    text = (
        "The growers send me their price lists by email, and I, sorry, I should have said,"
        " I'm the buyer, I key them into Unleashed."
    )
    found = pairs(text)
    assert ("growers", ("buyer",)) in found
    assert ("buyer", ("unleashed",)) in found


def test_a_real_correction_still_replaces_what_was_said() -> None:
    text = "I'm the clerk. I phone the intake office, well, actually, it's Jonas I phone."
    assert ("clerk", ("intake office",)) not in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The online form takes the fee and passes the application into Uniform.",
            ("online form", ("uniform",)),
        ),
        ("The booking form sends it to Cliniko.", ("booking form", ("cliniko",))),
    ],
)
def test_a_form_that_passes_data_on_is_a_system(text, expected) -> None:
    assert expected in pairs(text)


def test_a_paper_form_passes_nothing_on() -> None:
    assert pairs("The signed paper form goes to the office and passes to the manager.") == []


def test_booking_online_through_a_service_enters_it_there() -> None:
    text = "Learners book online through the national test service."
    assert pairs(text) == [("learners", ("national test service",))]


# Part 3, found walking the vet paragraph on to the hot spots and ideas.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The buyer keeps her own spreadsheet of late orders and emails the spreadsheet to"
            " the planners.",
            "spreadsheet of late orders",
        ),
        (
            "The warden writes a weekly report of the nesting pairs and posts the report to"
            " the trust.",
            "weekly report of the nesting pairs",
        ),
        (
            "The cook keeps a list of the allergies and diets, and she gives the list to the"
            " servers.",
            "list of the allergies and diets",
        ),
    ],
)
def test_the_thing_sent_is_what_was_named_in_full_before(text, content) -> None:
    assert [f.content for f in EXTRACTOR.extract(text).flows] == [content]


def test_a_verb_misread_as_a_modifier_is_not_taken_as_the_full_name() -> None:
    text = "The clerk re-types certs into the portal and emails the cert to the homeowner."
    assert "re-types" not in " ".join(f.content for f in EXTRACTOR.extract(text).flows)


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("The office sends the renewal notices to the members with the Royal Mail.", "post"),
        ("Reception sends the owners a postcard.", "post"),
    ],
)
def test_the_royal_mail_and_postcards_are_post_not_email(text, medium) -> None:
    media = [f.medium for f in EXTRACTOR.extract(text).flows]
    assert media and all(medium in m and "email" not in m for m in media)


@pytest.mark.parametrize(
    "text",
    [
        "The supervisor sends a crew out.",
        "Control sends an engineer out.",
        "The O&M contractor sends a technician out.",
    ],
)
def test_people_sent_out_are_dispatched_not_informed(text) -> None:
    assert pairs(text) == []


def test_the_job_sent_out_to_a_crew_is_still_a_flow() -> None:
    assert pairs("The supervisor sends the job out to the crew.") == [("supervisor", ("crew",))]


def test_older_customers_are_the_customers() -> None:
    text = (
        "The older customers phone the shop. Customers also order online through Shopify,"
        " and the shop emails customers a receipt."
    )
    names = {name for flow in pairs(text) for name in (flow[0], *flow[1])}
    assert "customers" in names
    assert "older customers" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Where a claim goes over the excess the handler has to ring the underwriter.",
            ("handler", ("underwriter",)),
        ),
        (
            "When a lift breaks down the caretaker will phone the contractor.",
            ("caretaker", ("contractor",)),
        ),
        (
            "Where a pupil is absent, the form tutor emails the attendance officer.",
            ("form tutor", ("attendance officer",)),
        ),
    ],
)
def test_an_opening_clause_without_a_comma_ends_before_a_subject_that_must_act(
    text, expected
) -> None:
    assert expected in pairs(text)
    assert all(source not in {"claim", "lift", "pupil"} for source, _ in pairs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the bursar. Every term I prepare a summary for the governors.",
            ("bursar", ("governors",)),
        ),
        (
            "I'm the head groom. I do a monthly report for the owners from the yard app.",
            ("head groom", ("owners",)),
        ),
        ("I'm the warden. I do the rota for the volunteers.", ("warden", ("volunteers",))),
    ],
)
def test_a_document_prepared_for_someone_reaches_them(text, expected) -> None:
    assert expected in pairs(text)


def test_preparing_a_room_for_a_meeting_is_no_flow() -> None:
    assert pairs("I'm the clerk. I prepare the room for the meeting.") == []


def test_booking_through_a_portal_that_passes_it_on_splits_the_chain() -> None:
    text = (
        "The practice managers book the audits through the client portal, and the portal"
        " sends each booking straight into Qualtrax."
    )
    found = pairs(text)
    assert ("practice managers", ("client portal",)) in found
    assert ("client portal", ("qualtrax",)) in found


# Part 5, found typing a food bank coordinator's paragraph.


def test_running_an_organisation_is_no_flow_to_it() -> None:
    found = pairs("I'm the coordinator. I coordinate the lunch club.")
    assert ("coordinator", ("lunch club",)) not in found


def test_coordinating_with_someone_is_still_a_flow() -> None:
    assert ("manager", ("volunteers",)) in pairs("The manager coordinates with the volunteers.")


def test_who_usually_does_it_set_aside_is_no_new_subject() -> None:
    text = (
        "The forms get handed in at the counter and our clerk on the front desk, usually"
        " Derek, types them into Civica."
    )
    assert ("clerk", ("civica",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The contractor gets the rest of the repairs as a weekly batch, and our admin team"
            " exports it from Confirm.",
            "repairs",
        ),
        ("The clerk sends the bulk of the orders to the warehouse.", "orders"),
    ],
)
def test_a_share_of_things_is_those_things(text, content) -> None:
    assert [f.content for f in EXTRACTOR.extract(text).flows] == [content]


def test_most_of_a_group_still_acts_for_the_group() -> None:
    assert pairs("Most of the drivers phone the office.") == [("drivers", ("office",))]
