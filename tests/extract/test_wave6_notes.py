"""Wave-6 rules for meeting transcripts, bullet/arrow notes and precision (issue 14 item 1),
each stated on sentences of our own, not taken from any evaluation set."""

from __future__ import annotations

from tests.extract.reading import EXTRACTOR, pairs

# ------------------------------------------------------------------ precision: who can be an actor


def test_an_adverb_of_place_is_never_a_receiver() -> None:
    text = (
        "The probe raises an alert on the engineer's phone whenever a tank drops below its limit."
    )
    assert pairs(text) == [("probe", ("engineer",))]


def test_a_noun_after_a_copula_is_never_a_sender() -> None:
    text = (
        "Nobody logs the calls, which is a pity because the director would love to see the"
        " trends. They report it to the council."
    )
    assert pairs(text) == []


def test_a_hub_nobody_reads_is_not_a_receiver() -> None:
    # an inbox, a tray or a paper book is where things are left, not who reads them
    assert pairs("Guests email their requests to the reception inbox.") == []
    text = "The lab volunteer writes each sample weight in the sample ledger, a big paper book."
    assert pairs(text) == []
    # a system's ledger stays a receiver
    assert pairs("The ERP posts the credit amounts to the finance ledger every night.") == [
        ("erp", ("finance ledger",))
    ]


def test_paperwork_filed_somewhere_is_not_a_flow() -> None:
    assert pairs("- visitor paperwork still paper, filed in office\n- idea: scan it") == []


def test_a_person_named_by_a_first_name_owns_their_tray() -> None:
    text = (
        "Reception (Ana): I scan each letter and put it in Joe's tray.\n"
        "Practice manager (Joe): Then I sign them."
    )
    assert pairs(text) == [("reception", ("practice manager",))]


# ------------------------------------------------------------------ meeting transcripts


def test_a_spoken_no_ends_the_sentence() -> None:
    # "no." is an abbreviation only before a number ("No. 5")
    text = (
        "Dispatcher (Ivo): The crews start at six.\n"
        "Facilitator: So you don't radio them any more?\n"
        "Crew lead (Bea): Not for routes, no. Ivo only radios me when a road is closed."
    )
    assert pairs(text) == [("dispatcher", ("crew lead",))]
    assert pairs("The porters take the parcels to bay No. 4 every morning.") == []


def test_and_before_a_condition_still_opens_the_condition() -> None:
    text = (
        "Bursar (Ada): Fine. And if it's shortlisted, the council emails the decision to me.\n"
        "Head teacher (Rob): So when it's granted, the bank emails the loan letter to me."
    )
    assert pairs(text) == [("council", ("bursar",)), ("bank", ("head teacher",))]


def test_they_in_a_turn_is_the_group_just_named_even_in_a_fragment_or_a_question() -> None:
    text = (
        "Facilitator: Where do the orders come from?\n"
        "Sales clerk (Noor): Mostly from florists. They email us the order form.\n"
        "Facilitator: Do the drivers update the van tablet themselves?\n"
        "Yard manager (Eli): No. When they finish a round they come and tell me at the gate."
    )
    assert pairs(text) == [("florists", ("sales clerk",)), ("drivers", ("yard manager",))]


# ------------------------------------------------------------------ bullet and arrow notes


def test_a_half_sentence_before_an_arrow_is_a_flow_of_its_own() -> None:
    text = "- pickers scan totes into Mantis WMS; WMS → carrier portal (nightly batch)"
    assert pairs(text) == [("pickers", ("mantis wms",)), ("mantis wms", ("carrier portal",))]


def test_a_document_in_the_middle_of_a_chain_is_what_the_one_before_sends() -> None:
    text = (
        "- buyers (me + Lou) key stock lines into Unleashed → PO → wholesaler"
        " (Unleashed emails the PO overnight)"
    )
    assert pairs(text) == [("buyers", ("unleashed",)), ("unleashed", ("wholesaler",))]


def test_a_data_noun_left_of_an_arrow_is_content_and_the_sender_comes_later() -> None:
    # the doer of "… them" sends it
    text = "- route cards → loading bay: laminated, dispatch clerk pins them up at 6"
    assert pairs(text) == [("dispatch clerk", ("loading bay",))]
    # a team named last, after the medium
    assert pairs("- quarterly statements → landlords, PDF by email, accts") == [
        ("accts", ("landlords",))
    ]
    # the receiver "gets … from" a system
    assert pairs("- <90% occupancy → area mgr gets auto alert from Cloudbeds") == [
        ("cloudbeds", ("area mgr",))
    ]
    # an actor on the left of an arrow stays the sender
    assert pairs("- tenants → lettings desk: repair requests, phone") == [
        ("tenants", ("lettings desk",))
    ]


def test_an_arrow_asked_about_and_denied_is_not_a_flow() -> None:
    text = "- quarterly: QA lead exports defect log from Jira → auditor? no – kept on file"
    assert ("qa lead", ("auditor",)) not in pairs(text)  # the export itself stays a flow
    assert pairs("- quarterly: QA lead → auditor? no – kept on file") == []
    # "by post? no" denies the medium, not the arrow
    assert pairs("- certificates: registry → graduates, PDF, by post? no – email now") == [
        ("registry", ("graduates",))
    ]


def test_a_label_then_someone_doing_something_sends_from_that_someone() -> None:
    text = "- site visit: assessor photographs the boiler, paper checklist → office (posted)"
    assert pairs(text) == [("assessor", ("office",))]


def test_marking_or_ticking_something_in_a_system_is_entering_it() -> None:
    assert pairs("- stewards tick off arrivals in Eventbrite at the gate") == [
        ("stewards", ("eventbrite",))
    ]
    assert pairs("- absences: tutors mark them in Arbor each morning") == [("tutors", ("arbor",))]


def test_ones_own_book_is_not_a_receiver() -> None:
    text = (
        "Bookkeeper (Jo): I tick off the invoices in my ledger when they are paid.\n"
        "Owner (Sam): And Jo emails me the totals."
    )
    assert pairs(text) == [("bookkeeper", ("owner",))]


def test_a_system_or_firm_named_by_its_kind_beside_its_name_is_one_actor() -> None:
    text = (
        "Members enter their bookings in Clubspark, our court booking system, which sends"
        " the fees to the treasurer's bank feed every night."
    )
    assert pairs(text) == [("members", ("clubspark",))]
    text = "The app posts each reading to Halo, the monitoring platform, over an API."
    assert pairs(text) == [("app", ("halo",))]
    # a person's role beside a first name stays the role
    assert pairs("The site manager, Gary, emails the rota to the drivers.") == [
        ("site manager", ("drivers",))
    ]


def test_a_first_names_possessive_stands_for_that_speakers_role() -> None:
    text = (
        "Bookkeeper (Jo): Sam's timesheet comes to me on Mondays, and I put the payslips in"
        " Sam's pigeonhole.\n"
        "Site lead (Sam): That's right."
    )
    out = EXTRACTOR.extract(text)
    flows = [
        (f.source, tuple(f.targets), f.maturity.value if f.maturity else None) for f in out.flows
    ]
    # what is left in someone's pigeonhole is paper handed over, not entered in a system
    assert flows == [("site lead", ("bookkeeper",), "low"), ("bookkeeper", ("site lead",), "low")]


def test_arrows_written_other_ways() -> None:
    out = EXTRACTOR.extract("- kitchen to front desk: allergy list, printed")
    assert [(f.source, f.targets, f.content) for f in out.flows] == [
        ("kitchen", ["front desk"], "allergy list")
    ]
    assert pairs("- stores > fitters: parts list, whiteboard") == [("stores", ("fitters",))]
    assert pairs("- area mgr <- Cloudbeds: occupancy alerts") == [("cloudbeds", ("area mgr",))]
    # a sentence with "to" is not an arrow
    assert pairs("- send it to the bursar: quick") == []


def test_a_time_label_is_when_and_a_comma_part_is_what() -> None:
    out = EXTRACTOR.extract("- Fri: site office → head office, timesheet summary (xlsx)")
    assert [(f.source, f.targets, f.content) for f in out.flows] == [
        ("site office", ["head office"], "timesheet summary")
    ]


def test_a_first_name_nobody_introduced_stands_for_the_team_named_after_it() -> None:
    text = (
        "Stores clerk (Ola): If a part is short I ring Marta in purchasing myself.\n"
        "Fitter (Ben): And the nurse phones Jan at the hospital."
    )
    assert pairs(text) == [("stores clerk", ("purchasing",)), ("nurse", ("hospital",))]
    # a system at a time of day stays the system
    text = "Tutors enter the marks in Arbor at morning registration, and Arbor emails the head."
    assert ("tutors", ("arbor",)) in pairs(text)


def test_note_lines_without_an_arrow() -> None:
    # a receiver as the label, and "from" its sender
    assert pairs("- porters: bed list on Teams from the site manager each morning") == [
        ("site manager", ("porters",))
    ]
    # content "to" a receiver, then who does it (a dash between them)
    assert pairs("- KPIs to governors termly – bursar compiles from Arbor") == [
        ("bursar", ("governors",))
    ]
    # sentences are not note lines
    assert pairs("The form goes to the bursar, who enters it into Arbor.") == [
        ("bursar", ("arbor",))
    ]
    # a time label with a half-sentence stays the half-sentence
    assert pairs("- wkly: eng mgr pulls KPI export from fleet sys (xlsx)") == [
        ("fleet sys", ("eng mgr",))
    ]


def test_what_is_left_in_someones_own_tray_reaches_them() -> None:
    assert pairs("The clerk puts the signed forms in the manager's pigeonhole every evening.") == [
        ("clerk", ("manager",))
    ]
    text = "Office manager (Ruth): Sam puts the timesheets in my tray.\nForeman (Sam): Yes."
    assert pairs(text) == [("foreman", ("office manager",))]
    # one's own phone is no receiver
    assert pairs("I keep the receipts in my phone.") == []


def test_a_verb_and_its_adverb_are_never_a_name() -> None:
    text = (
        "Facilitator: How do members join?\n"
        "Membership officer (Ola): Most sign up online now, the join form puts the details"
        " straight into Beacon. The rest ring me and I key them in."
    )
    # "Most sign up online" is what members do, not a system sending to Beacon
    assert pairs(text) == []


def test_what_arrives_after_someone_filled_something_in_comes_from_them() -> None:
    text = (
        "Club secretary (Viv): Players fill in an online survey after each match and the"
        " answers come to me.\nCoach (Lee): ok"
    )
    assert pairs(text) == [("players", ("club secretary",))]


def test_in_talk_what_arrives_with_no_receiver_named_arrives_at_the_speaker() -> None:
    text = "Bursar (Ada): Tom's receipts arrive by email every Friday.\nCaretaker (Tom): Yes."
    assert pairs(text) == [("caretaker", ("bursar",))]
    # in prose nobody is "me"
    assert pairs("The caretaker's receipts arrive by email every Friday.") == []


def test_arrow_notes_stay_careful() -> None:
    # a channel after "on"/"in" in a half-sentence is how, not a party in the chain
    assert pairs("- ops posts the rota on Teams → drivers") == [("ops", ("drivers",))]
    assert pairs("- site mgr logs issues in Excel → area mgr (weekly)") == [
        ("site mgr", ("area mgr",))
    ]
    # the doer named last who is the receiver does not become the sender
    assert pairs("- invoices → accts: PDF, accts checks them weekly") == []
    # a bracketed format is not what travels
    out = EXTRACTOR.extract("- weekly: finance → board, KPI pack (PPT)")
    assert [f.content for f in out.flows] == ["KPI pack"]


def test_words_of_time_and_verbs_are_never_actors() -> None:
    # "Tues", "Mon" and "Thu" are when, not who: the clerk sends
    assert pairs("Tues the clerk sends the rota to the drivers.") == [("clerk", ("drivers",))]
    assert pairs("Every Thu the clerk emails the plan to the crews.") == [("clerk", ("crews",))]
    assert pairs("Every Mon, ops emails the plan to the crews.") == [("ops", ("crews",))]
    # a crew named by its shift stays the people on it
    assert pairs("The supervisor writes the jobs on the board for the night shift.") == [
        ("supervisor", ("night shift",))
    ]


def test_paging_is_telling() -> None:
    assert pairs("The BMS pages the duty engineer when a chiller trips.") == [
        ("bms", ("duty engineer",))
    ]


def test_an_app_in_front_of_a_named_system_is_not_a_second_receiver() -> None:
    text = "Members book on the app and it goes straight into Glofox."
    assert pairs(text) == [("members", ("glofox",))]
    # an app that sends stays a sender
    assert pairs("The app texts the member a reminder.") == [("app", ("member",))]


def test_him_or_her_in_a_reply_is_the_one_answered() -> None:
    text = (
        "Head of year (Raj): If a mark looks wrong, I ring Dee.\n"
        "Exams officer (Dee): He does. Then I check it and email him the corrected grade."
    )
    assert pairs(text) == [
        ("head of year", ("exams officer",)),
        ("exams officer", ("head of year",)),
    ]


def test_notes_that_ask_and_answer() -> None:
    text = "Notes\n- stewards get team sheet how? printed by fixtures sec, pinned in clubhouse"
    assert pairs(text) == [("fixtures sec", ("stewards",))]
    text = "Notes\n- bar staff get stock list how? - no, nobody sends it"
    assert pairs(text) == []


def test_an_answer_that_comes_back_the_same_way() -> None:
    text = "Notes\n- quotes: estimator -> client, email; sign-off comes back same way\n- fine"
    assert pairs(text) == [("estimator", ("client",)), ("client", ("estimator",))]


def test_a_plural_label_subject_with_a_base_verb_sends() -> None:
    text = "Notes\n- rounds: porters bring the signed sheets back -> ward clerk, end of shift"
    assert pairs(text) == [("porters", ("ward clerk",))]


def test_a_paper_form_sent_on_comes_from_who_wrote_on_it() -> None:
    text = (
        "Notes\n- the duty nurse writes the obs on the handover form.\n"
        "- handover form -> night sister, paper, 8pm"
    )
    assert pairs(text) == [("duty nurse", ("night sister",))]


def test_accounts_alone_is_the_department() -> None:
    assert pairs("- porters hand the signed PODs to accounts at 5pm\n- ok") == [
        ("porters", ("accounts",))
    ]
    # the accounts as a document stay content
    assert pairs("The bookkeeper sends the accounts to the auditor.") == [
        ("bookkeeper", ("auditor",))
    ]


def test_speaker_labels_written_other_ways() -> None:
    expected = [("ward clerk", ("pharmacist",)), ("pharmacist", ("ward clerk",))]
    for first, second in [
        ("Nell (ward clerk)", "Omar (pharmacist)"),
        ("Nell, ward clerk", "Omar, pharmacist"),
        ("Nell – ward clerk", "Omar – pharmacist"),
        ("Ward clerk – Nell", "Pharmacist – Omar"),
    ]:
        text = (
            "Facilitator: How do the stock orders move?\n"
            f"{first}: I email Omar the order list every Monday.\n"
            f"{second}: And I text Nell when the delivery is in."
        )
        assert pairs(text) == expected, first
    for first, second in [("[Ward clerk]", "[Pharmacist]"), ("WARD CLERK:", "PHARMACIST:")]:
        text = (
            "Facilitator: How do the stock orders move?\n"
            f"{first} I email the pharmacist the order list every Monday.\n"
            f"{second} And I text the ward clerk when the delivery is in."
        )
        assert pairs(text) == expected, first
    # a title and a name in brackets stay names
    text = "Facilitator: Hi.\nDentist (Dr Kaur): I email Gemma the notes.\nReceptionist (Gemma): ok"
    assert pairs(text) == [("dentist", ("receptionist",))]


def test_a_firm_named_by_its_kind_after_a_preposition_is_its_proper_name() -> None:
    text = (
        "Site manager (Ivo): I forward the fault email to our lift company, LiftCo,"
        " and they reply with a visit slot.\nOffice manager (Ann): ok"
    )
    out = EXTRACTOR.extract(text)
    flows = [
        (f.source, tuple(f.targets), f.maturity.value if f.maturity else None) for f in out.flows
    ]
    assert flows == [("site manager", ("LiftCo",), "low"), ("LiftCo", ("site manager",), "low")]


def test_a_plural_acronym_role_is_named_in_the_singular() -> None:
    text = "Practice nurse (Di): Mostly from GPs. They email us the discharge letters.\nGP (Al): ok"
    assert pairs(text) == [("gp", ("practice nurse",))]


def test_an_export_from_a_system_before_an_arrow_is_a_flow_of_its_own() -> None:
    text = "Notes\n- stats: treasurer pulls figures from Xero → trustees, quarterly\n- ok"
    assert pairs(text) == [("xero", ("treasurer",)), ("treasurer", ("trustees",))]
    # even when the arrow after it is denied
    text = "Notes\n- monthly: QA lead exports defect log from Jira → auditor? no – on file\n- ok"
    assert pairs(text) == [("jira", ("qa lead",))]


def test_a_passive_note_line_without_is() -> None:
    text = (
        "Notes\n- timesheets handed to payroll by supervisors every Fri\n"
        "- invoices sent by Xero to customers, auto\n"
        "- visit summary auto-emailed to owner by Vetstoria once closed"
    )
    assert pairs(text) == [
        ("supervisors", ("payroll",)),
        ("xero", ("customers",)),
        ("vetstoria", ("owner",)),
    ]


def test_a_facilitator_by_other_names_only_asks() -> None:
    for label in ["Workshop facilitator (Ana)", "UX researcher", "Interviewer 2", "PO"]:
        text = (
            f"{label}: So the planner emails the drivers the route.\n"
            "Dispatcher (Jo): Actually I text the drivers the route myself.\nDriver (Al): ok"
        )
        assert pairs(text) == [("dispatcher", ("driver",))], label


def test_speakers_labelled_by_first_name_take_the_role_they_give_themselves() -> None:
    text = (
        "Facilitator: Could you each say what you do?\n"
        "Nora: I'm the stores supervisor. I email Vik the shortage list every morning.\n"
        "Vik: I am the buyer, so I raise the orders in Unleashed."
    )
    assert pairs(text) == [("stores supervisor", ("buyer",)), ("buyer", ("unleashed",))]


def test_a_note_of_who_then_what_they_send() -> None:
    assert pairs("Notes\n- site mgr – emails daily log to PM\n- ok") == [("site mgr", ("pm",))]


def test_a_dated_document_is_never_a_receiver() -> None:
    assert pairs("The site manager emails the daily log to the PM.") == [("site manager", ("pm",))]


def test_a_transcript_with_times_before_each_turn() -> None:
    expected = [("ward clerk", ("pharmacist",)), ("pharmacist", ("ward clerk",))]
    for stamp in ["[00:00:09] ", "10:03 ", "(00:12) ", "10:03 - ", "> ", "- "]:
        text = (
            f"{stamp}Facilitator: How do the stock orders move?\n"
            f"{stamp}Ward clerk (Nell): I email Omar the order list every Monday.\n"
            f"{stamp}Pharmacist (Omar): And I text Nell when the delivery is in."
        )
        assert pairs(text) == expected, stamp


def test_a_transcript_with_bold_labels() -> None:
    text = (
        "**Facilitator:** How do the stock orders move?\n"
        "**Ward clerk (Nell):** I email Omar the order list every Monday.\n"
        "**Pharmacist (Omar)**: And I text Nell when the delivery is in."
    )
    assert pairs(text) == [("ward clerk", ("pharmacist",)), ("pharmacist", ("ward clerk",))]
    # notes with a "q:" line stay notes
    text = "Notes\n- q: who tells the drivers?\n- ops mgr: sends rota to drivers on WhatsApp"
    assert pairs(text) == [("ops mgr", ("drivers",))]


def test_numbered_speakers_with_their_role_in_brackets() -> None:
    text = (
        "Interviewer: How do the stock orders move?\n"
        "Speaker 1 (ward clerk): I email the pharmacist the order list every Monday.\n"
        "P2 (pharmacist): And I text the ward clerk when the delivery is in."
    )
    assert pairs(text) == [("ward clerk", ("pharmacist",)), ("pharmacist", ("ward clerk",))]
