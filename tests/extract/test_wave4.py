"""Wave-4 rules of the free-text reader (issue 14 item 1), each stated on sentences of our
own, not taken from any evaluation set: rambling paragraphs and meeting transcripts."""

from __future__ import annotations

from assistant.models.infoflow import Maturity
from tests.extract.reading import EXTRACTOR, pairs


def test_a_topic_put_first_is_not_who_acts_when_a_subject_follows() -> None:
    text = (
        "Overtime claims, on the other hand, the site foreman still posts to payroll every"
        " month. Breakdowns, the night fitter writes them in Maximo."
    )
    assert pairs(text) == [("site foreman", ("payroll",)), ("night fitter", ("maximo",))]
    # a topic that names an actor is the subject itself ("The drivers, well, most of them, …")
    assert pairs("The drivers, well, most of them, radio the yard with their ETA.") == [
        ("drivers", ("yard",))
    ]


def test_an_object_that_only_stands_where_a_person_could_is_content_with_a_recipient() -> None:
    # "calls the scores to the judges": the scores are passed, the judges receive them
    assert pairs("The steward calls the scores over the tannoy to the judges.") == [
        ("steward", ("judges",))
    ]
    # a role as object still receives ("phones the duty nurse")
    assert pairs("The porter phones the duty nurse and the ward clerk.") == [
        ("porter", ("duty nurse", "ward clerk"))
    ]


def test_a_lone_verb_closing_a_list_is_not_a_recipient() -> None:
    text = "The planner forwards the delay notice to the depot manager and waits."
    assert pairs(text) == [("planner", ("depot manager",))]


def test_a_call_made_to_ask_is_answered_by_the_one_called() -> None:
    text = "Each Monday the clerk rings the quarry to ask how much stone is left."
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("quarry", ["clerk"])]
    assert "stone" in found.flows[0].content


def test_a_new_subject_interrupted_by_a_relative_clause_starts_its_own_clause() -> None:
    text = (
        "The rep emails the warehouse to ask when the order ships, and the warehouse,"
        " which is in Leeds now, tells him by phone."
    )
    assert pairs(text) == [("warehouse", ("rep",))]


def test_in_a_meeting_what_is_written_for_someone_present_goes_to_them() -> None:
    text = (
        "Facilitator: How do meter faults get back to the office?\n"
        "Engineer (Ravi): I note the faults on a job card for Sue, she keys them into Powertrack.\n"
        "Planner (Sue): Yes, every afternoon."
    )
    assert pairs(text) == [("engineer", ("planner",)), ("planner", ("powertrack",))]
    # "for" someone who is not in the meeting is who it is about, not who receives it
    lone = "Facilitator: And?\nEngineer (Ravi): I note the faults on a job card for the tenant."
    assert ("engineer", ("tenant",)) not in pairs(lone + "\nPlanner (Sue): Right.")


def test_booking_with_a_party_is_a_flow_to_that_party() -> None:
    text = "The practice nurse books the home visits by phone with the surgery."
    assert pairs(text) == [("practice nurse", ("surgery",))]


def test_a_device_is_never_an_actor_what_reaches_it_reaches_its_reader() -> None:
    text = "Tranman pushes the job list to the fitters' tablets, so the fitters see it at dawn."
    assert pairs(text) == [("tranman", ("fitters",))]
    # a device named after a team stands for that team
    assert pairs("The app sends the totals to the kitchen tablet automatically.") == [
        ("app", ("kitchen",))
    ]
    # with nobody named behind it, no flow is proposed rather than one to a tablet
    assert pairs("Dispatch sends the route to the tablet.") == []


def test_a_first_name_beside_a_role_stands_for_the_role() -> None:
    text = (
        "I'm the site manager. I hand the snag list to Priya in the office, she's our"
        " document controller, and she uploads it to Aconex. The crane supervisor, Mick,"
        " radios the banksman."
    )
    assert pairs(text) == [
        ("site manager", ("document controller",)),
        ("document controller", ("aconex",)),
        ("crane supervisor", ("banksman",)),
    ]
    # a system beside a desk is not a first name for the desk
    assert pairs("Tickets go into Chipside, the back office, and Chipside emails the driver.") == [
        ("chipside", ("driver",))
    ]


def test_they_and_them_in_an_answer_find_the_actors_the_question_named() -> None:
    text = (
        "Facilitator: And the growers, do they hear about the prices?\n"
        "Sales manager (Ana): The buyer sends them a weekly price list by email.\n"
        "Facilitator: Does the warehouse team get the pick plan?\n"
        "Sales manager (Ana): Every evening I put the pick plan for them on the shared drive."
    )
    assert pairs(text) == [("buyer", ("growers",)), ("sales manager", ("warehouse team",))]
    found = EXTRACTOR.extract(text)
    assert found.flows[1].maturity == Maturity.medium  # a shared drive is the medium


def test_a_people_topic_then_they_is_the_topic() -> None:
    text = "Tenants, they hear everything from the housing officer, who writes to them."
    assert pairs(text) == [("housing officer", ("tenants",))]


def test_what_should_happen_but_does_not_and_what_used_to_happen_are_not_flows() -> None:
    text = (
        "The porters, after each run, they're meant to log it in Pathway, but honestly most"
        " of them don't, they text the supervisor instead."
    )
    assert pairs(text) == [("porters", ("supervisor",))]
    assert pairs("The drivers used to radio the depot for everything, not now.") == []


def test_a_self_correction_replaces_what_was_just_said() -> None:
    text = (
        "Facilitator: Who hears about a failed batch?\n"
        "Brewer (Lin): I ring the bottling hall, well, actually, it's Marco I ring, he runs it.\n"
        "Bottling lead (Marco): Yes, and I tell the packers."
    )
    assert pairs(text) == [("brewer", ("bottling lead",)), ("bottling lead", ("packers",))]
    # "I mean" corrects a recipient too; without a correction both flows stay
    assert pairs("The clerk emails the buyer, I mean, the clerk emails the planner.") == [
        ("clerk", ("planner",))
    ]
    assert pairs("The clerk emails the buyer, and the clerk emails the planner.") == [
        ("clerk", ("buyer",)),
        ("clerk", ("planner",)),
    ]


def test_that_before_a_noun_and_a_preposition_is_a_demonstrative_not_a_relative() -> None:
    text = "At seven the night porter hands that list to the day supervisor, who reads it."
    assert pairs(text) == [("night porter", ("day supervisor",))]


def test_what_a_person_gets_through_a_system_comes_from_the_system() -> None:
    text = (
        "The coordinator plans the rounds in Rotamaster and the cleaners get them"
        " through Rotamaster."
    )
    assert pairs(text) == [("coordinator", ("rotamaster",)), ("rotamaster", ("cleaners",))]


def test_reporting_to_a_manager_is_a_line_of_management_not_a_flow() -> None:
    assert pairs("Officially the librarian reports to the orchestra manager.") == []
    # with something reported, it is a flow
    assert pairs("The contractors report near misses to the safety team.") == [
        ("contractors", ("safety team",))
    ]


def test_what_is_put_up_on_a_board_or_portal_goes_to_the_reader_named_after() -> None:
    text = "The foreman writes the hazards on the board in the yard so the night crew knows."
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("foreman", ["night crew"])]
    assert found.flows[0].maturity == Maturity.low  # a whiteboard is a paper-like medium
    text = "The insurer posts the claim status on its broker portal, where the broker checks it."
    assert pairs(text) == [("insurer", ("broker",))]


def test_an_opening_where_clause_is_not_who_acts() -> None:
    text = "Where a refund is due, the cashier hands the customer a printed voucher."
    assert pairs(text) == [("cashier", ("customer",))]


def test_a_note_label_before_a_bare_name_and_an_arrow_is_the_content() -> None:
    found = EXTRACTOR.extract("- match fees: coach → club sec by text on Sundays")
    assert [(f.source, f.targets) for f in found.flows] == [("coach", ["club sec"])]
    assert found.flows[0].content == "match fees"
    found = EXTRACTOR.extract("- irrigation: soil probe → FarmOS (auto)")
    assert [(f.source, f.targets) for f in found.flows] == [("soil probe", ["FarmOS"])]


def test_what_reaches_someones_phone_reaches_them() -> None:
    text = "When a freezer warms up, TempTrak sends an alert to the duty chef's phone."
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("TempTrak", ["duty chef"])]
    text = (
        "Facilitator: And alarms?\n"
        "Duty chef (Rob): TempTrak texts my phone when a freezer warms up.\n"
        "Sous chef (Ann): Me too."
    )
    assert pairs(text) == [("temptrak", ("duty chef",))]


def test_a_capitalised_ly_word_is_a_name_not_an_adverb() -> None:
    assert pairs("Famly sends the invoices to the parents automatically.") == [
        ("famly", ("parents",))
    ]
    text = "The staff log the meals in Famly, and Famly shows them to the parents."
    assert ("famly", ("parents",)) in pairs(text)


def test_talking_someone_through_is_telling_them() -> None:
    text = (
        "Facilitator: How does the shift start?\n"
        "Senior carer (Jo): At handover the night nurse talks us through each resident.\n"
        "Carer (Bo): Yes."
    )
    assert pairs(text) == [("night nurse", ("senior carer",))]


def test_readers_of_a_shared_file_get_it_from_its_writer() -> None:
    text = "The planner keeps the rota in a shared spreadsheet and the drivers check it daily."
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("planner", ["drivers"])]
    assert found.flows[0].maturity == Maturity.medium
    # a file of one's own is not shared: no reader gets it from the writer
    assert pairs("The planner keeps the rota in a notebook and the drivers check it.") == []


def test_a_quantifier_before_recipients_is_not_part_of_their_name() -> None:
    text = "The conveyancer sends the contract to both solicitors by email."
    assert pairs(text) == [("conveyancer", ("solicitors",))]


def test_a_capitalised_name_ending_in_s_is_not_a_plural_noun() -> None:
    text = (
        "Facilitator: Who sees the scores?\n"
        "Programmer (Raj): We put the scores in a shared sheet, and Ines reads it.\n"
        "Coordinator (Ines): Yes, every Friday."
    )
    assert pairs(text) == [("programmer", ("coordinator",))]


def test_out_of_a_system_is_from_it() -> None:
    text = "Every quarter the analyst pulls the figures out of Tableau for her own checks."
    assert pairs(text) == [("tableau", ("analyst",))]


def test_a_copular_relative_describes_the_antecedent_and_adds_no_actor() -> None:
    text = (
        "Our dispatcher, who is my cousin, keeps the jobs on a board. The drivers ring in"
        " and he tells them the next job."
    )
    assert pairs(text) == [("dispatcher", ("drivers",))]


def test_whoever_answers_a_desk_is_that_desk() -> None:
    text = "Guests ring the front desk, and whoever picks up emails the housekeeping team."
    assert ("front desk", ("housekeeping team",)) in pairs(text)


def test_a_firm_named_beside_its_role_keeps_its_proper_name() -> None:
    text = (
        "Pulse sends each order to the carrier, Kuehne, over EDI, and the carrier emails the"
        " delivery slot back to the planner."
    )
    assert pairs(text) == [("pulse", ("kuehne",)), ("kuehne", ("planner",))]
    found = EXTRACTOR.extract(text)
    assert {a.name: a.kind.value for a in found.actors}["Kuehne"] == "organisation"


def test_a_paper_carrier_comes_from_whoever_wrote_on_it() -> None:
    text = (
        "The fitters write the hours on the job card. At the end of the week the card goes"
        " to the payroll clerk."
    )
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("fitters", ["payroll clerk"])]
    assert found.flows[0].maturity == Maturity.low


def test_in_a_meeting_a_call_with_no_one_named_reaches_the_speaker() -> None:
    text = (
        "Facilitator: How does a complaint start?\n"
        "Duty officer (Pat): Usually the resident rings and I log the details in Lagan.\n"
        "Team leader (Sam): And I phone them back."
    )
    assert pairs(text)[:2] == [("resident", ("duty officer",)), ("duty officer", ("lagan",))]


def test_offering_a_job_to_someone_sends_it_to_them() -> None:
    text = "Autocab offers each job to the nearest driver on their tablet."
    assert pairs(text) == [("autocab", ("driver",))]


def test_a_first_name_with_their_department_is_the_antecedent_of_who() -> None:
    text = (
        "Facilitator: Who warns you of a late lorry?\n"
        "Store manager (Nina): It's Omar in transport who rings me.\n"
        "Transport planner (Omar): Yes, from the depot."
    )
    assert pairs(text) == [("transport planner", ("store manager",))]


def test_what_comes_in_goes_to_whoever_handles_it_next() -> None:
    text = "Orders come in from the shops by email, and the planner keys them into SAP."
    assert pairs(text) == [("shops", ("planner",)), ("planner", ("sap",))]
    # with nobody handling "them" next, no receiver is guessed
    assert pairs("Orders come in from the shops by email, which is slow.") == []


def test_a_relative_after_a_board_and_its_place_is_about_the_board() -> None:
    text = (
        "I'm the duty manager. I write the closures on the whiteboard in the staff room,"
        " which the lifeguards look at when they arrive."
    )
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("duty manager", ["lifeguards"])]


def test_a_duty_the_speaker_says_is_done_counts() -> None:
    text = (
        "The clerk is supposed to forward the notices to the bursar, which mostly happens,"
        " although some sit in the inbox."
    )
    assert pairs(text) == [("clerk", ("bursar",))]
    assert (
        pairs("The clerk is supposed to forward the notices to the bursar, but rarely does.") == []
    )


def test_a_question_asked_over_a_channel_is_answered_by_the_one_asked() -> None:
    text = (
        "Facilitator: And the bar?\n"
        "Head brewer (Sam): The bar manager asks me on Slack which kegs are ready, and I"
        " answer her there.\n"
        "Brewer (Kai): Yes."
    )
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [("head brewer", ["bar manager"])]
    assert found.flows[0].content.startswith("which kegs")


def test_a_confirmation_may_open_with_an_adverb() -> None:
    text = (
        "Facilitator: And the booking system updates the website?\n"
        "Sales lead (Mo): Automatically, yes, every few minutes.\n"
        "Manager (Di): Right."
    )
    assert pairs(text) == [("booking system", ("website",))]
    denied = text.replace("Automatically, yes", "Sadly, no")
    assert pairs(denied) == []


def test_and_then_a_verb_after_an_aside_keeps_the_subject_before_it() -> None:
    text = (
        "Facilitator: What happens to the readings?\n"
        "Linesman (Al): I note the readings on a card, because the app is slow up there,"
        " and leave it at the office for Bea.\n"
        "Records clerk (Bea): And I key them into Ellipse."
    )
    assert pairs(text) == [("linesman", ("records clerk",)), ("records clerk", ("ellipse",))]


def test_my_role_then_a_first_name_is_one_actor() -> None:
    text = (
        "I'm the production manager. My night supervisor, Gosia, prints the plan and pins it"
        " on the board so the bakers know what to make."
    )
    assert pairs(text) == [("night supervisor", ("bakers",))]


def test_a_sentence_opening_with_a_correction_replaces_the_flow_before() -> None:
    text = (
        "Facilitator: Who tells you about a rejected load?\n"
        "Grader (Mei): I phone the weighbridge. Well, actually, it's Jonas I phone.\n"
        "Weighbridge operator (Jonas): Right, and I tell the driver."
    )
    assert pairs(text) == [
        ("grader", ("weighbridge operator",)),
        ("weighbridge operator", ("driver",)),
    ]
    # "actually" that only stresses, or adds, takes nothing back
    assert pairs("The clerk emails the buyer. Actually, the clerk also emails the planner.") == [
        ("clerk", ("buyer",)),
        ("clerk", ("planner",)),
    ]


def test_what_one_prepares_and_the_next_one_works_on_is_handed_over() -> None:
    assert pairs(
        "After the visit the surveyor dictates the report, and the typists type it up."
    ) == [("surveyor", ("typists",))]
    # the same person carrying on is no hand-over
    assert pairs("The planner prints the list and then he files it.") == []


def test_a_system_named_by_its_kind_then_its_name_keeps_the_name() -> None:
    text = (
        "The planner enters the orders in the planning tool, which is Paragon, and the"
        " planning tool sends the routes to the drivers."
    )
    assert pairs(text) == [("planner", ("paragon",)), ("paragon", ("drivers",))]


def test_it_sending_after_a_system_is_that_system() -> None:
    text = (
        "Facilitator: And the fermenters?\n"
        "Head brewer (Sam): The tank probes feed temperatures to the Brewmonitor dashboard,"
        " and it messages my phone if a tank drifts.\n"
        "Brewer (Kai): Yes."
    )
    found = EXTRACTOR.extract(text)
    assert [(f.source, f.targets) for f in found.flows] == [
        ("tank probes", ["Brewmonitor dashboard"]),
        ("Brewmonitor dashboard", ["head brewer"]),
    ]
    assert found.flows[0].maturity == Maturity.high  # probes are devices of a system


def test_somebody_there_is_someone_of_the_desk_just_named() -> None:
    text = (
        "I'm the yard supervisor. Drivers ring the control room, and occasionally somebody"
        " there emails me about a delay."
    )
    assert pairs(text) == [("drivers", ("control room",)), ("control room", ("yard supervisor",))]


def test_the_phone_app_is_the_app_of_the_system_last_named() -> None:
    text = (
        "The coordinators plan the rounds in Rotamaster. The cleaners see their rounds in the"
        " phone app, it updates itself."
    )
    assert pairs(text) == [("coordinators", ("rotamaster",)), ("rotamaster", ("cleaners",))]


def test_ordering_on_a_partys_portal_is_a_flow_to_that_party() -> None:
    found = EXTRACTOR.extract("The buyer orders the spare parts on the distributor's portal.")
    assert [(f.source, f.targets) for f in found.flows] == [("buyer", ["distributor"])]
    assert found.flows[0].maturity == Maturity.medium
    # an order with nobody named behind the channel proposes nothing
    assert pairs("The buyer orders the spare parts on the portal.") == []
