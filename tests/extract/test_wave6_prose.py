"""Wave-6 prose rules of the free-text reader (issue 14 item 1), each stated on sentences of
our own in other domains, not taken from any evaluation set."""

from __future__ import annotations

from tests.extract.reading import EXTRACTOR, pairs


def actor_names(text: str) -> set[str]:
    return {a.name.lower() for a in EXTRACTOR.extract(text).actors}


def test_an_adjective_or_adverb_left_alone_is_never_a_party() -> None:
    # a sensor reading "drops below" a level: neither word is someone
    text = (
        "The boiler controller raises an alarm on the caretaker's phone when a red drops"
        " below zero."
    )
    assert pairs(text) == [("boiler controller", ("caretaker",))]
    assert not actor_names(text) & {"red", "below"}
    # "their commercial invoices and packing lists": the modifier is not the receiver
    text = "Exporters email their commercial invoices and packing lists to the freight agent."
    assert pairs(text) == [("exporters", ("freight agent",))]


def test_a_thing_dropping_below_a_level_is_no_flow() -> None:
    # found trying the CLI as a newcomer: "stock -> below" was proposed
    assert pairs("If stock drops below the minimum, the sheet shows it in red.") == []


def test_what_a_copula_says_something_is_never_acts_later() -> None:
    text = (
        "Nobody collects the parish returns, which is a pity because we would love to see the"
        " totals. When a warden finds damage, they report it to the diocesan surveyor."
    )
    assert "pity" not in actor_names(text)
    assert all("pity" not in source for source, _ in pairs(text))


def test_a_passive_writer_to_a_shared_place_reaches_its_readers() -> None:
    # the agent wrote the file, not the file itself
    text = (
        "The weekly figures are saved by the finance team to the shared folder on SharePoint,"
        " where the depot managers and the regional director both read them."
    )
    assert pairs(text) == [("finance team", ("depot managers", "regional director"))]
    text = (
        "Site diaries are uploaded by the foreman to the project folder on SharePoint, which the"
        " quantity surveyor and the client both read."
    )
    assert pairs(text) == [("foreman", ("quantity surveyor", "client"))]


def test_a_hub_written_by_hand_is_a_medium_to_its_reader() -> None:
    # a paper register read by someone named: writer -> reader, never the register
    text = (
        "Every visitor is logged by the gatekeeper in a paper visitor register, which the site"
        " manager checks each evening."
    )
    out = EXTRACTOR.extract(text)
    assert [(f.source, f.targets, f.content) for f in out.flows] == [
        ("gatekeeper", ["site manager"], "visitor")
    ]
    # read in a later sentence: from whoever wrote in it last
    text = (
        "The caretaker looks after the flats. Faults come from tenants by email to the estate"
        " inbox, and he writes them in the repairs ledger. The plumber reads the repairs ledger"
        " every Monday."
    )
    assert pairs(text) == [("tenants", ("caretaker",)), ("caretaker", ("plumber",))]
    # "he" is a person, never the inbox named last
    assert "estate inbox" not in actor_names(text)


def test_what_a_person_sends_through_or_in_a_system_goes_into_it() -> None:
    text = "Volunteers submit their timesheets through Rosterfy, our volunteer management system."
    assert pairs(text) == [("volunteers", ("rosterfy",))]
    text = (
        "The port agent submits the cargo manifest in the port system, which forwards it"
        " automatically to customs."
    )
    assert pairs(text) == [("port agent", ("port system",)), ("port system", ("customs",))]
    assert pairs("Tenants report it in the Fixflo app, and that creates a job.") == [
        ("tenants", ("fixflo app",))
    ]
    # an analysis done in a tool puts nothing into it; a month is a time, not a system
    text = "The analyst downloads the sales file from Shopify and cleans it in Alteryx."
    assert pairs(text) == [("shopify", ("analyst",))]
    assert pairs("The buyer sent a printout to the chef in September.") == [("buyer", ("chef",))]
    assert "september" not in actor_names("The buyer sent a printout in September.")


def test_a_portal_named_only_as_the_channel_stays_a_channel() -> None:
    assert pairs("Applicants upload their documents through the web portal.") == []
    # named again as who passes the data on: an actor of the chain
    text = (
        "Guests report faults through the guest portal, and the portal pushes them into"
        " Maximo automatically."
    )
    assert pairs(text)[0] == ("guests", ("guest portal",))


def test_who_receives_an_extract_is_a_party_whatever_the_noun() -> None:
    text = (
        "Every quarter the scheme actuary receives a ledger extract from Xero by secure file"
        " transfer."
    )
    assert pairs(text) == [("xero", ("scheme actuary",))]
    # a thing that "gets" a number is not someone
    assert pairs("Every find gets a number from the registrar.") == []


def test_an_export_pulled_with_no_source_comes_from_the_system_named_last() -> None:
    text = "Once all results are in LabWare, the epidemiologist pulls an export for the analysis."
    assert pairs(text) == [("labware", ("epidemiologist",))]
    # a statement with only "be", a comma, then a new statement
    text = "Rotas are in Rotacloud too, the payroll clerk pulls a CSV at month end."
    assert pairs(text) == [("rotacloud", ("payroll clerk",))]


def test_an_export_sent_on_is_two_steps() -> None:
    # an export then sent on is two steps (dev.jsonl and w6 label both)
    text = "The office manager exports the hours from Deputy and emails them to the accountant."
    assert pairs(text) == [("deputy", ("office manager",)), ("office manager", ("accountant",))]
    # copying from a system's screens then sending keeps both steps
    text = (
        "On Fridays the practice manager copies the figures from EMIS into a workbook and"
        " emails it to the partners."
    )
    assert pairs(text) == [("emis", ("practice manager",)), ("practice manager", ("partners",))]
    # a count is not a party
    text = (
        "I'm the site administrator, three days a week, and the foreman emails me the timesheets."
    )
    assert "three" not in actor_names(text)


def test_a_system_reaches_people_by_itself() -> None:
    # what appears on someone's list comes from the system named before
    text = (
        "Repairs come in through Fixflo: the tenant fills in the form, and the job just"
        " appears in the contractor's job list."
    )
    assert pairs(text) == [("fixflo", ("contractor",))]
    # a passive with no agent, sent by whoever sends the channel named after it
    text = "Parcel delays are notified to customers by SMS, which Metapack sends automatically."
    out = EXTRACTOR.extract(text)
    assert [(f.source, f.targets, f.maturity.value) for f in out.flows] == [
        ("Metapack", ["customers"], "high")
    ]
    # "that creates …" after an entry: the system it went into makes it
    text = (
        "Drivers report defects in the Checkit app, and that creates a work order, which comes"
        " to the workshop as an automatic email."
    )
    assert pairs(text) == [("drivers", ("checkit app",)), ("checkit app", ("workshop",))]
    # a system's data come into the system being worked in
    text = (
        "The buyer updates prices in Akeneo, and the stock data come through automatically"
        " from the warehouse system every hour."
    )
    assert ("warehouse system", ("akeneo",)) in pairs(text)


def test_the_answer_to_a_call_asking_for_something_is_the_flow() -> None:
    text = (
        "The duty vet phones the lab to ask for the results, and they read them out over the phone."
    )
    out = EXTRACTOR.extract(text)
    assert [(f.source, f.targets, f.content) for f in out.flows] == [
        ("lab", ["duty vet"], "the results")
    ]
    # with no answer said, the call itself is the request
    assert pairs("The chef phones the butcher to ask for a price.") == [("chef", ("butcher",))]


def test_a_fragment_naming_one_party_is_what_they_stands_for() -> None:
    text = (
        "Facilitator: Who sends the invoices?\n"
        "Bookkeeper (Ana): Mostly the suppliers. They email me the PDFs. I print each one and"
        " put it in Joe's tray.\n"
        "Finance director (Joe): That's me."
    )
    assert pairs(text) == [("suppliers", ("bookkeeper",)), ("bookkeeper", ("finance director",))]


def test_what_is_left_in_someones_tray_or_pigeonhole_reaches_them() -> None:
    text = "The porter writes the message on a slip and leaves it in the manager's pigeonhole."
    assert pairs(text) == [("porter", ("manager",))]


def test_a_short_plural_is_the_singular_named_in_the_same_text() -> None:
    # an acronym's plural is a plural subject, and one party with the singular
    text = "GPs email the referral letters to the clinic. The secretary posts the reply to the GP."
    assert pairs(text) == [("gp", ("clinic",)), ("secretary", ("gp",))]


def test_a_system_named_by_its_proper_name_beside_its_kind_keeps_the_name() -> None:
    # "<Name>, our <kind>, …" and "our <kind>, <Name>, …"
    text = (
        "The clerk keys the orders into Unleashed, our inventory software, which sends each"
        " order to the haulier through its API."
    )
    assert pairs(text) == [("clerk", ("unleashed",)), ("unleashed", ("haulier",))]
    # "<party>, whose platform sends …": a party's own system stands for the party
    text = (
        "Recruitment is run by our agency, Hays, whose portal sends the shortlists to our"
        " booking system, Rosterpro, every night."
    )
    assert pairs(text) == [("hays", ("rosterpro",))]


def test_passives_handed_on_by_the_same_agent() -> None:
    # a relative says who sent it, the main clause who handles it next, then where it goes
    text = (
        "Grant claims, which are sent by the schools by email, are checked by the finance"
        " officer before they are passed to the auditor."
    )
    assert pairs(text) == [("schools", ("finance officer",)), ("finance officer", ("auditor",))]
    # what is keyed in from something a system holds goes into that system
    text = (
        "The lab sends the scans to the PACS every hour. Urgent ones are typed up by the"
        " secretary from the scans."
    )
    assert pairs(text) == [("lab", ("pacs",)), ("secretary", ("pacs",))]
    # a reply reaches whoever sent to the repliers, named in full or not
    text = (
        "Transcripts are emailed by the research team to external translators, and the"
        " translators return the translated file the same way."
    )
    assert pairs(text) == [
        ("research team", ("external translators",)),
        ("external translators", ("research team",)),
    ]


def test_a_subject_with_a_phrase_after_it_still_arrives() -> None:
    # the noun right before the verb closes a prepositional phrase, not the subject
    text = (
        "Safety notices about the lifts come from the facilities office as a weekly email to"
        " all wardens and the estates manager."
    )
    assert pairs(text) == [("facilities office", ("wardens", "estates manager"))]
    # "their website" after a body named in the sentence is that body's
    text = (
        "Card payments through the till go to Square, and the bookkeeper downloads a monthly"
        " statement from their website."
    )
    assert pairs(text) == [("square", ("bookkeeper",))]


def test_passives_made_by_one_and_collected_by_another() -> None:
    # a relative on the paper the agent wrote on, collected by someone else
    text = (
        "Breakages are recorded by the bar staff on paper slips, which are collected by the"
        " cellar manager every Sunday."
    )
    assert pairs(text) == [("bar staff", ("cellar manager",))]
    text = (
        "The timesheets are filled in by the pickers, on paper, and collected by the farm"
        " foreman, who checks them and passes them to the payroll clerk on Fridays."
    )
    assert pairs(text) == [("pickers", ("farm foreman",)), ("farm foreman", ("payroll clerk",))]


def test_do_that_through_a_system_reroutes_what_was_said_before() -> None:
    # "do that" stands for the verb before; done through a system, the chain is split
    text = (
        "The volunteers report faults to the caretaker; they do that through Fixflo, and the"
        " caretaker gets an alert from Fixflo."
    )
    assert pairs(text) == [("volunteers", ("fixflo",)), ("fixflo", ("caretaker",))]


def test_who_passes_something_on_is_who_just_received_it() -> None:
    text = "The manager emails the rota to the supervisor, and he passes it on to the cleaners."
    assert pairs(text) == [("manager", ("supervisor",)), ("supervisor", ("cleaners",))]


def test_posted_on_a_website_or_group_for_readers_reaches_the_readers() -> None:
    text = "The coach posts the team sheet on the WhatsApp group for the players."
    assert pairs(text) == [("coach", ("players",))]
    text = "The parish clerk posts the agenda on the village website for the residents."
    assert pairs(text) == [("parish clerk", ("residents",))]


def test_seasons_day_abbreviations_and_openers_are_never_actors() -> None:
    text = (
        "Each winter the grounds officer downloads the tree survey from Ezytreev and sends it"
        " by email to the insurer."
    )
    assert pairs(text) == [
        ("ezytreev", ("grounds officer",)),
        ("grounds officer", ("insurer",)),
    ]
    text = "Every Thu the rota clerk prints the shift sheets for the porters."
    assert "thu" not in actor_names(text)
    text = (
        "First thing the cleaners do the checks and they write them on the sheet for the manager."
    )
    assert "thing" not in actor_names(text)
    text = "Along the route, the marshals radio every incident to the event control room."
    assert pairs(text) == [("marshals", ("event control room",))]


def test_an_inbox_or_sheet_people_share_reaches_them() -> None:
    text = (
        "Tenants send their repair requests by email to the repairs inbox, which both"
        " surveyors share."
    )
    assert pairs(text) == [("tenants", ("surveyors",))]
    # a shared sheet read by someone named, after a clause with no verb of its own
    text = (
        "The coaches then record which of their players are fit in a shared Google Sheet, which"
        " the club physio checks before each match."
    )
    assert pairs(text) == [("coaches", ("club physio",))]
    # "which is just a shared spreadsheet that X and Y both look at": who wrote in it
    text = (
        "The steward logs the complaint straight into the tracker, which is just a shared"
        " spreadsheet that the chair and the treasurer both look at."
    )
    assert pairs(text)[0][0] == "steward"


def test_a_generic_app_or_form_is_the_way_into_a_system() -> None:
    text = "Players book on the app and it goes straight into Clubspark."
    assert pairs(text) == [("players", ("clubspark",))]
    text = "Guests book through Cloudbeds online and that goes straight in."
    assert [source for source, _ in pairs(text)] == ["guests"]
    text = (
        "Applications from volunteers come in through the form on our website, which drops"
        " them into Beacon, our case system."
    )
    assert pairs(text) == [("volunteers", ("beacon",))]


def test_printing_out_of_a_system_then_handing_on_is_two_steps() -> None:
    text = (
        "Every morning the head porter prints the bed list from Medway and hands the printout"
        " to the night porters."
    )
    assert pairs(text) == [("medway", ("head porter",)), ("head porter", ("night porters",))]
    # a product written in camel case is a system, whatever its last letters
    text = "Every Monday the planner prints the job sheets out of ShiftMan for the crews."
    assert pairs(text) == [("shiftman", ("planner",)), ("planner", ("crews",))]


def test_a_reply_goes_back_to_whoever_asked_in_the_sentence() -> None:
    text = (
        "The buyer emails each one to ask if they have stock, and the florist writes back"
        " with its prices."
    )
    assert pairs(text) == [("florist", ("buyer",))]


def test_a_system_pushing_to_people_after_an_opening_clause() -> None:
    # ", but since last summer <System> sends …": a time phrase after "but since"
    text = (
        "Porters used to get a printed list, but since last spring Medway sends the jobs"
        " straight to their phones."
    )
    assert pairs(text) == [("medway", ("porters",))]
    # "… and if <something> happens it texts X": a new clause after the opening one
    text = "The Trend system watches the tanks and if the level drops it texts the duty fitter."
    assert pairs(text) == [("trend system", ("duty fitter",))]


def test_a_person_named_as_an_owner_is_who_she_stands_for() -> None:
    text = (
        "The caretaker tells me about repairs. The bookings are the clerk's job: she emails the"
        " confirmations to the hirers."
    )
    assert ("clerk", ("hirers",)) in pairs(text)


def test_a_group_spelt_out_after_it_receives() -> None:
    text = (
        "The clerk emails the decision to both parties, the buyer and the seller, on the same day."
    )
    assert pairs(text) == [("clerk", ("buyer", "seller"))]


def test_what_a_system_shows_on_someones_device_reaches_them() -> None:
    text = "The delivery slots are now shown on the tablets of the drivers, coming from Paragon."
    assert pairs(text) == [("paragon", ("drivers",))]
    assert pairs("Jobs are pushed to the phones of the engineers by Jobwatch.") == [
        ("jobwatch", ("engineers",))
    ]


def test_after_and_when_a_new_subject_acts_for_itself() -> None:
    text = (
        "The clerk sends the buyer an invoice by email, and when they pay, finance tells the clerk."
    )
    assert ("finance", ("clerk",)) in pairs(text)


def test_a_decision_made_in_a_named_system_is_entered_there() -> None:
    text = "Grants go to Flexi-Grant. The panel secretary approves in Flexi-Grant directly."
    assert ("panel secretary", ("flexi-grant",)) in pairs(text)


def test_people_sharing_an_inbox_and_one_of_a_group() -> None:
    # "which X and the other Y share": the relative's verb, read by the people it names
    text = "Parents email the office inbox, which the clerk and the other administrator share."
    assert pairs(text) == [("parents", ("clerk", "administrator"))]
    # "one of the officers" acts for the officers; "the Artifax calendar" is Artifax's
    text = "One of the booking officers then puts the visit into the Spektrix calendar by hand."
    assert pairs(text) == [("booking officers", ("spektrix",))]


def test_a_document_named_after_a_party_comes_from_it() -> None:
    text = "The accounts clerk gets the customer orders by post and keys them into Xero."
    assert pairs(text) == [("customer", ("accounts clerk",)), ("accounts clerk", ("xero",))]
    # collecting client data in a meeting is not a document received from the client
    text = "Our brokers collect client data during meetings and pass it to the underwriters."
    assert pairs(text) == [("brokers", ("underwriters",))]


def test_a_reduced_relative_names_where_a_passive_comes_from() -> None:
    text = "Orders placed in Shopify are sent to the warehouse system every hour."
    assert pairs(text) == [("shopify", ("warehouse system",))]
    # a negated statement after ", so" is cut off and leaves the first one standing
    text = (
        "Stock levels held in Unleashed are pushed every night to the web shop, so the"
        " marketing team no longer has to ask the warehouse for figures."
    )
    assert pairs(text) == [("unleashed", ("web shop",))]


def test_an_ellipsis_ends_a_statement() -> None:
    text = (
        "The lettings side, so... landlords upload their safety certificates into Arthur"
        " before each tenancy."
    )
    assert pairs(text) == [("landlords", ("arthur",))]


def test_whoever_picks_up_from_a_shared_place_reads_its_owners_file() -> None:
    text = (
        "The assessor's site report is then saved to the shared drive, where the claims team"
        " picks it up the next day."
    )
    assert pairs(text) == [("assessor", ("claims team",))]


def test_a_subject_relative_ends_at_the_main_verb() -> None:
    text = (
        "Volunteers who don't use smartphones post their timesheets to the coordinator, and"
        " she types them into Assemble herself."
    )
    assert pairs(text) == [("volunteers", ("coordinator",)), ("coordinator", ("assemble",))]


def test_bringing_information_to_someone_tells_them() -> None:
    assert pairs("Tenants bring their complaints to the housing officer, usually by email.") == [
        ("tenants", ("housing officer",))
    ]
    # things brought are not information
    assert pairs("The drivers bring the crates to the depot.") == []


def test_what_arrives_is_what_someone_just_did() -> None:
    text = "Patients book online, and the bookings go straight into Cliniko."
    assert pairs(text) == [("patients", ("cliniko",))]


def test_reading_out_or_reading_someone_something_tells_them() -> None:
    text = (
        "Facilitator: How do the counts reach you?\n"
        "Yard manager (Ola): The loaders count the pallets and at lunch they read me the"
        " numbers."
    )
    assert ("loaders", ("yard manager",)) in pairs(text)
    text = "The lab reads the results out over the phone to the duty vet."
    assert pairs(text) == [("lab", ("duty vet",))]
