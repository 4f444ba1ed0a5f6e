"""Wave-5 rules of the free-text reader (issue 14 item 1), each stated on sentences of our
own, not taken from any evaluation set."""

from __future__ import annotations

from assistant.models.infoflow import Actor, ActorKind, Maturity
from tests.extract.reading import EXTRACTOR, pairs


def test_a_noun_compound_object_keeps_its_plural_head() -> None:
    # "counts", "figures" close the object before "to": nouns, not a second verb
    out = EXTRACTOR.extract("The ward clerks send their bed counts to the patient flow desk.")
    assert [(f.source, f.targets, f.content) for f in out.flows] == [
        ("ward clerks", ["patient flow desk"], "bed counts")
    ]
    # a desk followed by a time phrase stays a desk ("the loans desk every Monday")
    assert pairs("The drivers hand their dockets to the returns desk every Friday.") == [
        ("drivers", ("returns desk",))
    ]
    # a subject's -s verb before "to" is still a verb
    assert pairs("The dispatcher radios the changes to the crews.") == [("dispatcher", ("crews",))]


def test_someone_at_a_desk_acts_for_the_desk() -> None:
    text = (
        "Someone at the permits office copies the totals from the licensing system into a"
        " spreadsheet and emails it to the harbour master."
    )
    out = EXTRACTOR.extract(text)
    flows = [(f.source, tuple(f.targets), f.maturity) for f in out.flows]
    assert flows == [
        ("licensing system", ("permits office",), Maturity.medium),
        ("permits office", ("harbour master",), Maturity.low),
    ]
    # "someone" alone names nobody
    assert pairs("Someone copies the totals into a spreadsheet.") == []


def test_a_listed_group_is_found_under_its_short_form() -> None:
    known = [
        Actor(name="Permits office staff", kind=ActorKind.team),
        Actor(name="Harbour master", kind=ActorKind.person),
    ]
    text = (
        "Someone at the permits office copies the totals from the licensing system into a"
        " spreadsheet and emails it to the harbour master. The pilots send their movement"
        " logs to the permits office."
    )
    out = EXTRACTOR.extract(text, known)
    assert [(f.source, tuple(f.targets)) for f in out.flows] == [
        ("licensing system", ("Permits office staff",)),
        ("Permits office staff", ("Harbour master",)),
        ("pilots", ("Permits office staff",)),
    ]
    kinds = {a.name: a.kind for a in out.actors}
    assert kinds["Permits office staff"] == ActorKind.team
    # a name listed in full wins over another actor's short form
    known2 = [
        Actor(name="Pilots team", kind=ActorKind.team),
        Actor(name="Pilots", kind=ActorKind.person),
    ]
    out2 = EXTRACTOR.extract("The pilots send their logs to the harbour master.", known2)
    assert out2.flows[0].source == "Pilots"


def test_an_aside_between_hyphens_is_left_out() -> None:
    text = (
        "The site secretary - a lovely man, been here for ever - scans the timesheets and"
        " emails them to the payroll officer. The job data - hours, rates, cost codes - is"
        " entered by the payroll officer into Sage."
    )
    assert pairs(text) == [
        ("site secretary", ("payroll officer",)),
        ("payroll officer", ("sage",)),
    ]
    # a range is not a dash between two statements
    assert pairs("The drivers work Mon - Fri and email the sheets to the office.") == [
        ("drivers", ("office",))
    ]
    # a single hyphen opens no aside: what follows it is still read
    assert pairs("Stock counts are done on Friday - the storeman emails them to the buyer.") == [
        ("storeman", ("buyer",))
    ]


def test_an_aside_closing_an_opening_clause_leaves_its_comma() -> None:
    text = (
        "When a van breaks down - which happens a lot in winter - the depot manager emails"
        " the job list to the hire company."
    )
    assert pairs(text) == [("depot manager", ("hire company",))]


def test_who_makes_it_in_an_object_relative_sends_it() -> None:
    text = (
        "The monthly claim, which the site accountant prepares in Sage, is posted to the"
        " funding body, who then pays the grant."
    )
    # preparing it in Sage is entering one's own work there (STYLES.md: medium), a flow too
    assert pairs(text) == [("site accountant", ("sage",)), ("site accountant", ("funding body",))]
    # a relative on what someone reads names no sender
    text = "The rota, which the drivers check every morning, is emailed to the depot."
    assert ("drivers", ("depot",)) not in pairs(text)


def test_a_relative_inside_a_relative_closes_at_the_main_verb() -> None:
    text = (
        "The surveys, which our assessors write up from the notes that the owners post to"
        " them, are sent in a sealed folder to the panel, who scores them."
    )
    assert pairs(text) == [("owners", ("assessors",)), ("assessors", ("panel",))]


def test_a_party_portal_or_form_reaches_the_party() -> None:
    text = "The returns are filed by the bookkeeper through the Companies House portal."
    assert pairs(text) == [("bookkeeper", ("companies house",))]
    assert pairs("Residents report missed bins on the council website.") == [
        ("residents", ("council",))
    ]
    # a portal that names nobody is only a channel
    assert pairs("Members upload their forms through the web portal.") == []


def test_a_person_acting_in_a_named_system_in_the_passive_enters_data() -> None:
    out = EXTRACTOR.extract("Delivery slots are then fixed by the planner directly in Paragon.")
    assert [(f.source, f.targets, f.maturity) for f in out.flows] == [
        ("planner", ["Paragon"], Maturity.medium)
    ]
    # reading in a system is not entering
    assert pairs("The invoices are checked by the accountant in Xero.") == []


def test_a_pronoun_of_the_other_gender_is_not_the_last_subject() -> None:
    text = (
        "The site nurse fills in the incident form, and every Friday she emails a copy to"
        " the safety manager. He logs each incident in Datix and reports them to the board."
    )
    assert pairs(text)[:2] == [
        ("site nurse", ("safety manager",)),
        ("safety manager", ("datix",)),
    ]
    # the same gender keeps the last subject
    text = "The site nurse emails the forms to the safety manager. She also logs each one in Datix."
    assert pairs(text) == [("site nurse", ("safety manager",)), ("site nurse", ("datix",))]


def test_what_is_written_on_a_board_or_sheet_for_someone_goes_to_them() -> None:
    text = (
        "The ground staff write the pitch bookings on the whiteboard in the pavilion for the"
        " bar volunteers. The coaches record the injuries on a clipboard in the shed for the"
        " club secretary."
    )
    assert pairs(text) == [
        ("ground staff", ("bar volunteers",)),
        ("coaches", ("club secretary",)),
    ]
    # without a reader named the board is nobody's
    assert pairs("The ground staff write the pitch bookings on the whiteboard.") == []
    # a card or form written "for" someone is about them (tests/extract/test_wave4.py)
    assert pairs("The fitter notes the faults on a job card for the tenant.") == []


def test_a_plural_noun_before_a_verb_is_the_subject() -> None:
    # "hands", "counts" are nouns when a verb in its base form follows them
    assert pairs("The deck hands radio the berth numbers to the harbour office.") == [
        ("deck hands", ("harbour office",))
    ]


def test_what_goes_somewhere_as_a_result_comes_from_who_acted() -> None:
    text = (
        "Parents enrol their children on the club's booking page, so every booking goes"
        " straight into Famly."
    )
    assert pairs(text) == [("parents", ("famly",))]
    # without ", so" nothing ties the two together
    text = "Parents enrol their children on the booking page. Every booking goes into Famly."
    assert ("parents", ("famly",)) not in pairs(text)


def test_whose_document_arrives_is_who_sends_it() -> None:
    text = "The structural engineer's calculations come back to the architect by email."
    assert pairs(text) == [("structural engineer", ("architect",))]
    # a possessor that is not a party names no sender
    assert pairs("The building's survey comes back to the architect by email.") == []


def test_what_arrives_with_no_receiver_goes_to_who_handles_the_figures_next() -> None:
    text = (
        "Daily meter readings arrive from the utility's data team by email, and the energy"
        " analyst loads the figures into Stark."
    )
    assert pairs(text) == [
        ("utility's data team", ("energy analyst",)),
        ("energy analyst", ("stark",)),
    ]


def test_a_clause_may_open_with_a_time_phrase_after_and() -> None:
    text = (
        "The nurses record the doses in EPMA, and every Monday EPMA sends the usage report"
        " to the pharmacy."
    )
    assert pairs(text) == [("nurses", ("epma",)), ("epma", ("pharmacy",))]
    text = (
        "The clerk types the orders into Sage, and once a week the buyer emails them to the mill."
    )
    assert pairs(text) == [("clerk", ("sage",)), ("buyer", ("mill",))]


def test_readers_of_a_shared_file_may_be_listed_with_a_floating_quantifier() -> None:
    text = (
        "The coaches plan the sessions in a shared Google Sheet that the club secretary and"
        " the kit manager both read."
    )
    assert pairs(text) == [("coaches", ("club secretary", "kit manager"))]


def test_that_before_a_document_noun_is_a_demonstrative() -> None:
    text = "Every month the treasurer sends that log to the auditors by email."
    assert pairs(text) == [("treasurer", ("auditors",))]


def test_they_may_stand_for_one_person_named_with_a_in_an_opening_clause() -> None:
    text = "When a tenant has a leak, they ring the repairs desk."
    assert pairs(text) == [("tenant", ("repairs desk",))]
    # with nobody named in the opening clause "they" finds nobody
    assert pairs("When it rains, they ring the repairs desk.") == []


def test_a_passive_relative_ends_after_its_agent_and_the_main_verb_follows() -> None:
    text = "Lab results that are sent by the hospital labs arrive in the practice's EMIS system."
    assert pairs(text) == [("hospital labs", ("practice's emis system",))]


def test_a_reader_put_first_with_for_reads_the_board() -> None:
    text = "For the night porters, the ward clerk writes the discharges on the whiteboard."
    assert pairs(text) == [("ward clerk", ("night porters",))]


def test_the_shift_a_board_is_written_for_is_the_people_on_it() -> None:
    text = "Oh, and the night porters write the bed moves on the whiteboard for the day shift."
    out = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in out.flows] == [("night porters", ["day shift"])]
    assert {a.name: a.kind for a in out.actors}["day shift"] == ActorKind.team
    # a shift worked on is a time
    assert pairs("The porters work on the night shift and email the moves to the ward.") == [
        ("porters", ("ward",))
    ]


def test_a_paper_carrier_is_never_an_actor() -> None:
    text = "The fitter fills in the job docket by hand and posts it to the depot."
    assert ("fitter", ("job docket",)) not in pairs(text)
    assert ("fitter", ("depot",)) in pairs(text)
    # an online form of a party still reaches the party
    text = "The manager copies the serious ones into the council's online reporting form."
    assert pairs(text) == [("manager", ("council",))]


def test_data_copied_by_hand_from_a_system_is_never_automatic() -> None:
    text = (
        "The loan figures are copied from the library management system into the weekly"
        " workbook and emailed to the acquisitions team."
    )
    out = EXTRACTOR.extract(text)
    assert [(f.source, f.targets, f.maturity) for f in out.flows] == [
        ("library management system", ["acquisitions team"], Maturity.low)
    ]
    # said to be automatic, it is
    text = "The figures are exported from SAP automatically and emailed to the board."
    assert EXTRACTOR.extract(text).flows[0].maturity == Maturity.high


def test_found_trying_the_cli_on_a_library_paragraph() -> None:
    # a time phrase ends before "someone"; a team takes a plural verb ("the team order")
    text = (
        "Every Monday someone at the loans desk emails the loan figures to the acquisitions"
        " team. The acquisitions team order new stock through the supplier's portal."
    )
    assert pairs(text) == [
        ("loans desk", ("acquisitions team",)),
        ("acquisitions team", ("supplier",)),
    ]
    # a noun compound on a team is not a verb ("the team plan is emailed …")
    assert pairs("The team plan is emailed to the head of year.") == []


def test_a_participle_before_a_name_is_an_adjective() -> None:
    text = (
        "The stewards copy the results into the results sheet, a big shared Google Sheet"
        " that the referee reads."
    )
    assert ("big", ("stewards",)) not in pairs(text)


def test_what_a_person_does_to_something_in_a_named_system_is_entry() -> None:
    text = "The lift controller sets the lift status in SkiData every morning."
    assert pairs(text) == [("lift controller", ("skidata",))]
    # running queries or keeping notes in a system puts nothing into it
    assert pairs("The data manager runs queries in Medidata every week.") == []
    # a system named only by its kind is not enough
    assert pairs("The lift controller sets the lift status in the system.") == []


def test_a_note_with_a_label_then_a_half_sentence_sends_from_its_subject() -> None:
    text = "Notes\n- site reports: foremen email photos + timesheets -> site office\n- ok"
    assert pairs(text) == [("foremen", ("site office",))]
    flow = EXTRACTOR.extract(text).flows[0]
    assert flow.content.startswith("photos")  # what the verb takes is what travels


def test_an_acronym_that_rekeys_or_phones_is_a_role() -> None:
    text = "Notes\n- CSR re-keys the web orders into PrintIQ\n- CSR -> agency: proofs, email"
    out = EXTRACTOR.extract(text)
    assert {a.name: a.kind for a in out.actors}["CSR"] == ActorKind.person
    assert [f.maturity for f in out.flows] == [Maturity.low, Maturity.low]
    # a system the lexicon knows stays a system
    out = EXTRACTOR.extract("SAP posts the invoices to the bank every night.")
    assert {a.name: a.kind for a in out.actors}["SAP"] == ActorKind.tool
    # a system that posts or writes stays a system
    out = EXTRACTOR.extract("EDI posts the invoices to the ledger every night.")
    assert {a.name: a.kind for a in out.actors}.get("EDI") != ActorKind.person


def test_a_when_clause_after_its_main_clause_is_read_on_its_own() -> None:
    text = (
        "Facilitator: And changes to the rota?\n"
        "Night supervisor (Ana): I only hear about a swap when a driver texts me.\n"
        "Facilitator: Thanks."
    )
    assert pairs(text) == [("driver", ("night supervisor",))]


def test_a_system_named_by_its_kind_then_its_name_is_one_actor() -> None:
    text = (
        "The ward clerks enter each admission into our patient administration system,"
        " TrakCare, while the patient waits."
    )
    assert pairs(text) == [("ward clerks", ("trakcare",))]


def test_new_rules_do_not_fire_on_lookalikes() -> None:
    # singular "they" only for a person named by its own words, never "a delivery"
    assert pairs("When a delivery is late, they phone the depot.") == []
    assert pairs("When a customer complains, they email the service desk.") == []
    # a place after "in" is not a system
    assert pairs("The engineers fix faults in Leeds every week.") == []
    assert pairs("The volunteers sort donations in Bristol.") == []


def test_a_short_form_is_not_taken_from_a_name_that_needs_its_last_word() -> None:
    known = [Actor(name="Head office", kind=ActorKind.team)]
    out = EXTRACTOR.extract("The head of year emails the list to the form tutors.", known)
    assert "Head office" not in {f.source for f in out.flows}
    known = [Actor(name="Post office", kind=ActorKind.organisation)]
    out = EXTRACTOR.extract("The clerk sends the forms by post to the registrar.", known)
    assert "Post office" not in {t for f in out.flows for t in f.targets}
