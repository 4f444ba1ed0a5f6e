"""Wave 23, found on the open rambling answers (w39-w41) and checked on every open set and,
in aggregate only, on the sealed batches. Each rule is tested on sentences of other domains;
the guards show what must not change.

- everyday verbs the lexicon did not know ("photograph", "cancel", "disagree", "suppose")
  left the next verb unread or glued to a noun ("supply teachers photograph");
- a relative with an infinitive ("Parents who want to cancel phone …") ends at the main
  verb;
- a hedge that opens a clause ("I think the porters ring …") is not the clause's verb;
- a person who applies, pays, orders or renews through a system puts it into that system.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The school signs the timesheet, and the supply teachers photograph it and email"
            " it to payroll.",
            ("supply teachers", ("payroll",)),
        ),
        ("If a parent disagrees they phone the service lead.", ("parent", ("service lead",))),
        (
            "The fleet admin cancels the card and emails the drivers.",
            ("fleet admin", ("drivers",)),
        ),
        (
            "The nurses scribble the readings on a sheet and the ward clerk types them into"
            " the EPR.",
            ("ward clerk", ("epr",)),
        ),
    ],
)
def test_everyday_verbs_leave_the_subject_and_the_next_verb_alone(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(
        word in name
        for name, targets in found
        for name in (name, *targets)
        for word in ("photograph", "disagrees", "cancels", "scribble")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents who want to cancel phone the rental coordinator.",
            ("parents", ("rental coordinator",)),
        ),
        (
            "Tenants who want to report a repair ring the housing officer.",
            ("tenants", ("housing officer",)),
        ),
        ("Guests who want to complain email the duty manager.", ("guests", ("duty manager",))),
        (
            "Staff who need to swap a shift message the rota lead on Teams.",
            ("staff", ("rota lead",)),
        ),
    ],
)
def test_a_relative_with_an_infinitive_ends_at_the_main_verb(text, expected) -> None:
    assert expected in pairs(text)


def test_the_one_reached_acts_next_not_the_one_who_reached_us() -> None:
    # "they" after "When a customer complains" is whoever was told, whom no one names
    assert pairs("When a customer complains, they email the service desk.") == []
    # but "them", the one a system answers, is the person
    assert ("housing system", ("tenant",)) in pairs(
        "If a tenant reports a leak twice, the housing system texts them automatically."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I think the porters just ring the bed manager.", ("porters", ("bed manager",))),
        (
            "Honestly I suppose the porters ring the bed manager.",
            ("porters", ("bed manager",)),
        ),
        ("And I'd say most suppliers email the buyer.", ("suppliers", ("buyer",))),
        (
            "I'm pretty sure the lab emails the results to the ward.",
            ("lab", ("ward",)),
        ),
    ],
)
def test_a_hedge_opening_a_clause_is_not_its_verb(text, expected) -> None:
    assert expected in pairs(text)


def test_a_hedge_before_a_manner_is_left_to_the_clause() -> None:
    # "I think by email": a lower-case word after the hedge is no name starting a clause
    text = (
        "The printer sends the proofs back to the family directly, I think by email as well,"
        " I'm not sure any more."
    )
    assert ("printer", ("family",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most boaters renew through the online portal.", ("boaters", ("online portal",))),
        ("Parents pay for trips on ParentPay.", ("parents", ("parentpay",))),
        ("Tenants report repairs through the portal.", ("tenants", ("portal",))),
        ("Members apply via the website.", ("members", ("website",))),
    ],
)
def test_what_a_person_does_through_a_system_goes_into_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            # someone named it goes to: that person, the system is the way
            "Tenants report repairs to the housing officer through the portal.",
            ("tenants", ("housing officer",)),
            ("tenants", ("portal",)),
        ),
        (
            # ordering from a supplier through its website reaches the supplier
            "The dispensary lead orders stock from Phoenix through their website.",
            ("dispensary lead", ("phoenix",)),
            ("dispensary lead", ("website",)),
        ),
    ],
)
def test_a_party_named_in_the_clause_wins_over_the_system(text, expected, absent) -> None:
    found = pairs(text)
    assert expected in found
    assert absent not in found


def test_a_speaker_naming_their_job_is_who_i_stands_for() -> None:
    text = "My job is shift supervisor. I email the downtime to the planner."
    assert pairs(text) == [("shift supervisor", ("planner",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lab emails the facilities manager the summary.",
            ("lab", ("facilities manager",)),
        ),
        ("The lab emails the facilities team a summary.", ("lab", ("facilities team",))),
    ],
)
def test_a_role_after_a_plural_word_is_the_recipient_not_a_verb(text, expected) -> None:
    assert pairs(text) == [expected]


def test_a_verb_after_a_plural_looking_name_still_ends_it() -> None:
    # the guard: "parents" after "sends" is no role word glued to "Teachworks sends"
    out = EXTRACTOR.extract(
        "Teachworks sends parents their termly invoices by email. Parents pay through Teachworks."
    )
    assert not any("sends" in actor.name.lower() for actor in out.actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boaters who want to pay by cheque ring the licence team.",
            ("boaters", ("licence team",)),
        ),
        (
            "Parents who want to talk to a teacher email the school office.",
            ("parents", ("school office",)),
        ),
        ("Members who don't have email ring the office.", ("members", ("office",))),
    ],
)
def test_a_relative_with_a_manner_or_a_possession_ends_at_the_main_verb(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents sign up online. The ones who can't do online phone the contact centre.",
            ("residents", ("contact centre",)),
        ),
        (
            "Most suppliers email their invoices to accounts. The small ones post them to the"
            " office.",
            ("suppliers", ("office",)),
        ),
        (
            # the ones receiving, when they were named last
            "Invoices go by EDI from SAP to the customers; some small ones still get them by"
            " post from the accountants.",
            ("accountants", ("customers",)),
        ),
    ],
)
def test_the_ones_are_the_people_or_firms_named_last_never_a_department(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(name == "accounts" for name, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. The restaurants, there's four of them, send me their weekly orders"
            " on WhatsApp.",
            ("restaurants", ("owner",)),
        ),
        (
            "Residents sign up online. The ones who can't do online, and there's a lot of"
            " them, phone the contact centre.",
            ("residents", ("contact centre",)),
        ),
    ],
)
def test_how_many_there_are_said_aside_is_read_past(text, expected) -> None:
    assert expected in pairs(text)


def test_a_first_name_keying_in_what_came_is_who_received_it() -> None:
    out = EXTRACTOR.extract(
        "Boaters ring the licence team, and Kerry types them into Dynamics while they're on"
        " the phone."
    )
    found = [(f.source, f.targets, f.maturity.value) for f in out.flows]
    assert ("licence team", ["Dynamics"], "medium") in found
    assert not any("Kerry" in (source, *targets) for source, targets, _ in found)


def test_a_first_name_nobody_introduced_typing_is_no_system() -> None:
    assert pairs("Then Kerry types them into Dynamics.") == []
    # introduced, the role stands for the name
    assert pairs("Kerry, our clerk, types them into Dynamics.") == [("clerk", ("dynamics",))]
    # a system still writes into another
    assert ("typeform", ("airtable",)) in pairs(
        "Founders apply on Typeform, and Typeform writes the applications into Airtable."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The staff write faults in the fault book, and the maintenance guy reads it.",
            ("staff", ("maintenance guy",)),
        ),
        ("The dinner ladies tell the office who's eating.", ("dinner ladies", ("office",))),
        ("The men radio the foreman when the load is ready.", ("men", ("foreman",))),
    ],
)
def test_everyday_words_for_people_are_people(text, expected) -> None:
    assert expected in pairs(text)


def test_an_amount_is_no_content_for_them_next() -> None:
    text = (
        "When a class is cancelled, and that happens more than it should, the duty manager"
        " texts the members. The staff write them in the fault book, and the maintenance"
        " guy reads it."
    )
    contents = [f.content for f in EXTRACTOR.extract(text).flows]
    assert contents
    assert not any("more" in content or "than" in content for content in contents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The engineer reads it every morning and orders the parts from the supplier.",
            ("engineer", ("supplier",)),
        ),
        (
            "The site manager checks the levels and orders a refill on the Kemiclean portal.",
            ("site manager", ("kemiclean",)),
        ),
    ],
)
def test_a_noun_like_verb_after_and_before_an_object_is_the_next_verb(text, expected) -> None:
    assert expected in pairs(text)


def test_orders_after_and_without_an_object_stay_a_noun() -> None:
    found = pairs("Customers phone in orders and the orders go to the kitchen.")
    assert found == [("customers", ("kitchen",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the coordinator. I chase the parents by text through Groupcall.",
            ("coordinator", ("parents",)),
        ),
        (
            "The credit controller chases the customers by phone when an invoice is overdue.",
            ("credit controller", ("customers",)),
        ),
    ],
)
def test_chasing_someone_by_a_channel_reminds_them(text, expected) -> None:
    assert expected in pairs(text)


def test_chasing_with_no_channel_is_no_flow() -> None:
    assert pairs("The housing officer chases the contractor.") == []


def test_a_relative_with_an_infinitive_ends_at_an_entry_verb_and_its_particle() -> None:
    text = "A teacher who wants to run a trip fills in the proposal on EVOLVE."
    assert pairs(text) == [("teacher", ("evolve",))]


@pytest.mark.parametrize(
    "text",
    [
        "If anything happens the trip leader rings the head straight away.",
        "The trip leader phones the school office when they arrive and when they leave, and"
        " if anything happens the trip leader rings the head straight away.",
    ],
)
def test_a_short_opening_clause_with_no_comma_ends_at_the_main_subject(text) -> None:
    assert ("trip leader", ("head",)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents pay on ParentPay, which the office checks every Friday.",
            ("ParentPay", ["office"], "read in the system"),
        ),
        ("The office checks Legend every Friday.", ("Legend", ["office"], "read in the system")),
    ],
)
def test_a_person_looking_at_a_named_system_reads_it_there(text, expected) -> None:
    flows = [(f.source, f.targets, f.medium) for f in EXTRACTOR.extract(text).flows]
    assert expected in flows


def test_a_page_read_through_which_is_left_to_the_places() -> None:
    # a page, a log or a portal is where someone's writing is read, not a system's screen
    text = "The volunteers post updates on the Facebook page, which the secretary checks daily."
    assert not any(f.source == "Facebook page" for f in EXTRACTOR.extract(text).flows)


def test_a_way_into_a_system_said_in_the_clause_is_not_the_paper_of_another() -> None:
    text = (
        "Parents get a letter home, paper, in the book bags, and they pay on ParentPay,"
        " which the office checks every Friday."
    )
    flows = {(f.source, tuple(f.targets)): f for f in EXTRACTOR.extract(text).flows}
    paid = flows[("parents", ("ParentPay",))]
    assert (paid.medium, paid.maturity.value) == ("direct entry", "medium")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drivers scan the delivery notes into the app.", ("scanning", "medium")),
        ("The clerk scans the forms and emails them to the manager.", ("email", "low")),
    ],
)
def test_a_scan_entered_into_a_system_is_medium_a_scan_sent_on_is_not(text, expected) -> None:
    flow = EXTRACTOR.extract(text).flows[0]
    assert (flow.medium, flow.maturity.value) == expected


def test_a_speaker_working_as_a_role_is_that_role() -> None:
    text = "So, I am working as operations coordinator. I put the bookings in CargoWise."
    assert pairs(text) == [("operations coordinator", ("cargowise",))]


@pytest.mark.parametrize(
    "text",
    [
        "I am the operations coordinator. The truck company we call by phone.",
        "I am the operations coordinator. The truck company we call by phone for the pick-up.",
    ],
)
def test_who_is_called_put_first_is_called(text) -> None:
    assert pairs(text) == [("operations coordinator", ("truck company",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I am the coordinator. We have a broker. He sends me the release by email.",
            ("broker", ("coordinator",)),
        ),
        (
            "I am the coordinator. There is a broker. I send him the invoice by email.",
            ("coordinator", ("broker",)),
        ),
        (
            "I am the coordinator. For the customs, we have a broker, external, I send him"
            " the commercial invoice by email.",
            ("coordinator", ("broker",)),
        ),
    ],
)
def test_someone_introduced_without_a_flow_is_who_he_or_she_stands_for(text, expected) -> None:
    assert expected in pairs(text)


def test_a_shipping_line_is_a_carrier_not_a_phone_line() -> None:
    text = "I am the coordinator. I email the shipping line the booking."
    assert pairs(text) == [("coordinator", ("shipping line",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our accountant takes the shipments from CargoWise.", ("cargowise", ("accountant",))),
        ("Our accountant makes the invoices in Exact.", ("accountant", ("exact",))),
    ],
)
def test_taking_from_or_making_in_a_named_system(text, expected) -> None:
    assert pairs(text) == [expected]


def test_taking_from_a_shared_folder_is_left_to_the_places() -> None:
    text = "Our accountant is taking the invoices from Dropbox."
    assert not any(source == "dropbox" for source, _ in pairs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office manager sets the customer up in Sage.", ("office manager", ("sage",))),
        ("The planner sets up the jobs in Simpro.", ("planner", ("simpro",))),
        ("The bookkeeper does the timesheets on Xero.", ("bookkeeper", ("xero",))),
        ("The nurse grabs the figures from Xero.", ("xero", ("nurse",))),
    ],
)
def test_any_verb_acting_on_something_in_a_named_system(text, expected) -> None:
    assert pairs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The engineer finds the drawings in SharePoint.",  # finding is no writing
        "The clerk keeps the records in Sage.",
        "The engineers fix faults in Leeds.",  # work on things, in a place
        "The analyst cleans the file in Alteryx.",  # analysis puts nothing in
    ],
)
def test_keeping_finding_or_working_on_things_in_a_name_writes_nothing(text) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the office manager. I put together the weekly report for the directors.",
            ("office manager", ("directors",)),
        ),
        ("I'm the office manager. I make a list for the chef.", ("office manager", ("chef",))),
        (
            "I'm the office manager. I draw up the rota for the crews.",
            ("office manager", ("crews",)),
        ),
    ],
)
def test_a_document_made_for_someone_reaches_them(text, expected) -> None:
    assert pairs(text) == [expected]


def test_a_thing_made_for_someone_is_no_flow() -> None:
    assert pairs("I'm the office manager. I make a cake for the staff.") == []


def test_or_they_keeps_the_people_of_the_clause_before() -> None:
    text = (
        "When a tenant hands their notice in, usually they ring the contact centre or they"
        " email their housing officer."
    )
    found = pairs(text)
    assert ("tenant", ("housing officer",)) in found
    assert ("contact centre", ("housing officer",)) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mears send back the completion certificate, which Donna in the voids team then"
            " uploads to QL.",
            [("mears", ("voids team",)), ("voids team", ("ql",))],
        ),
        (
            "The supplier sends the invoice, which the clerk then keys into Sage.",
            [("supplier", ("clerk",)), ("clerk", ("sage",))],
        ),
    ],
)
def test_what_is_sent_goes_to_whoever_the_relative_says_handles_it(text, expected) -> None:
    assert pairs(text) == expected


def test_a_relative_on_the_place_it_was_sent_to_names_no_handler() -> None:
    text = (
        "Clients send their translation requests by email to the projects inbox, which all"
        " project coordinators share."
    )
    assert all(content != "projects inbox" for content in _contents(text))


def _contents(text: str) -> list[str]:
    return [f.content for f in EXTRACTOR.extract(text).flows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every morning Xero spits out a report for the accountant.",
            ("xero", ("accountant",)),
        ),
        (
            "Every night the booking system CertiPro kicks out a list to the planners.",
            ("booking system certipro", ("planners",)),
        ),
    ],
)
def test_a_named_system_sends_by_itself_whatever_the_verb(text, expected) -> None:
    assert pairs(text) == [expected]


def test_a_person_saying_the_same_is_no_system() -> None:
    assert pairs("Every morning the accountant spits out a report for the manager.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The form goes into Maximizer, and from there it goes to the caseworkers.",
            ("maximizer", ("caseworkers",)),
        ),
        (
            "Once it's in Legend, it goes to the instructors.",
            ("legend", ("instructors",)),
        ),
    ],
)
def test_what_goes_on_from_a_system_comes_from_it(text, expected) -> None:
    assert expected in pairs(text)


def test_going_to_a_place_is_no_plan() -> None:
    text = (
        "I'm the discharge coordinator. For anyone going to a care home I email the home the"
        " discharge letter."
    )
    assert pairs(text) == [("discharge coordinator", ("home",))]
    # going to do something is still a plan, not today's flow
    assert pairs("We are going to email the parents from next term.") == []


def test_a_person_going_somewhere_carries_no_data() -> None:
    text = "For inspection, the QC inspector is going to the factory."
    assert pairs(text) == []
