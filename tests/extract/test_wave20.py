"""Wave 20, aimed at rambling paragraphs: parts 1-14 read off w30-w31 once opened, parts
15-21 off w37 (18 rambling answers), parts 22-23 off sentences of our own; w32-w36 stayed
sealed. Each rule is tested on sentences of other domains; the guards show what must not
change.

- who the speaker is: a role said with "a/an" ("I'm a housemistress, …"), the role one has
  now said definitely, "me as finance manager", "the therapist, usually me or Tom", the unit
  a speaker belongs to or sits in as we/us;
- who is meant: kin or a first name with the job set aside, a "get" passive's subject,
  relatives without "that", counts and participles around a party's name, "a lot of", staff
  named after a device, places that are organisations, "she" after a system sent to one
  person, people named with the place they are in, an acronym said to be someone;
- clause edges: adverbs after a "who" relative, opening phrases, "do" with an object, free
  relatives after a preposition, hedges between two verbs, "what happens is", "tends to";
- media: books, trays, shared places, portals and sheets "for" someone, forms that fill a
  sheet, screens and wallboards and who watches them;
- sources and receivers: feeds, arrivals named after a party, messages "made to" someone,
  agreeing "with" a party, signing up, taking a paper to someone, the line a call is taken
  on, typing up what was dictated, signing off "where" a system keeps things, products;
- what is never an actor: books, diaries, dates, degrees, bare "site", lists of kinds.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Right, so I'm a housemistress, I've got sixty girls. Parents email me about exeats.",
            ("parents", ("housemistress",)),
        ),
        (
            "Well, I'm a groundsman, been here years. The bowls club rings me about the greens.",
            ("bowls club", ("groundsman",)),
        ),
        (
            "I'm a postmistress, it's a small branch. The depot texts me the van times.",
            ("depot", ("postmistress",)),
        ),
    ],
)
def test_a_role_said_with_a_or_an_is_the_speaker(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize("said", ["a bit", "a mess", "a fan"])
def test_an_indefinite_phrase_that_is_no_role_does_not_become_the_speaker(said) -> None:
    found = pairs(f"I'm {said}, honestly. The warden emails me the rota.")
    assert all(said[2:] not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. My daughter-in-law, she's our office manager, types the deals "
            "into Sage. Customers ring her to order.",
            [("office manager", ("sage",)), ("customers", ("office manager",))],
        ),
        (
            "I run the nursery. My husband, he's the accounts manager, enters the invoices "
            "in Xero.",
            [("accounts manager", ("xero",))],
        ),
        (
            "I'm the chef. On Mondays Karen, she's our office manager, emails the rota to "
            "the agency.",
            [("office manager", ("agency",))],
        ),
    ],
)
def test_kin_or_a_name_with_the_job_set_aside_is_the_job(text, expected) -> None:
    found = pairs(text)
    for pair in expected:
        assert pair in found


def test_a_name_with_another_aside_keeps_its_sentence() -> None:
    """Only a job said between commas is set aside: "Karen, she's lovely, …" is not."""
    found = pairs("Karen, she's lovely, emails the rota to the agency.")
    assert all("lovely" not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. The growers get paid out of Xero, and Xero emails them a remittance.",
            ("xero", ("growers",)),
        ),
        (
            "The tenants get told by the housing officer, and the system texts them a reminder.",
            ("system", ("tenants",)),
        ),
    ],
)
def test_the_subject_of_a_get_passive_is_who_them_stands_for(text, expected) -> None:
    assert expected in pairs(text)


def test_get_before_a_participle_is_not_part_of_the_subject() -> None:
    found = pairs("Stage times get confirmed to the tour manager by the liaison team.")
    assert found == [("liaison team", ("tour manager",))]


@pytest.mark.parametrize(
    "text",
    [
        "I'm the owner. I write the deal in the daybook, and customers ring the clerk.",
        "I'm the farrier. I write it up in the hoof book, and the vet rings me.",
        "The nurse notes it in the ward diary and phones the registrar.",
    ],
)
def test_a_book_or_a_diary_written_in_is_no_actor(text) -> None:
    found = pairs(text)
    names = {name for source, targets in found for name in (source, *targets)}
    assert not {n for n in names if n.endswith(("book", "diary"))}
    assert found  # the flow said beside it is still read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank feed comes into Sage every night.", ("bank", ("sage",))),
        ("A bank feed goes into Xero overnight.", ("bank", ("xero",))),
        ("The Stripe sync lands in QuickBooks each morning.", ("stripe", ("quickbooks",))),
    ],
)
def test_a_feed_comes_from_what_it_is_named_after(text, expected) -> None:
    assert expected in pairs(text)


def test_a_feed_is_automated() -> None:
    out = EXTRACTOR.extract("The bank feed comes into Sage every night.")
    assert [f.maturity.value for f in out.flows] == ["high"]


def test_a_feed_named_after_a_thing_is_not_a_party() -> None:
    found = pairs("The order feed comes into Shopify from the marketplace.")
    assert all(source != "order" for source, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm a sommelier, twelve years now. The restaurant manager emails me the covers.",
            ("restaurant manager", ("sommelier",)),
        ),
        (
            "I'm a steward, part-time. The club secretary texts me the fixtures.",
            ("club secretary", ("steward",)),
        ),
    ],
)
def test_a_role_said_with_a_need_not_end_like_an_agent(text, expected) -> None:
    assert expected in pairs(text)


def test_nobody_having_to_remember_is_no_flow() -> None:
    found = pairs(
        "She gets them from Spektrix, on a daily report that it emails her, so nobody has "
        "to remember to tell her."
    )
    assert all("remember" not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the coordinator. Couples who miss a session usually email me.",
            ("couples", ("coordinator",)),
        ),
        (
            "I'm the bursar. Parents who pay late normally ring me.",
            ("parents", ("bursar",)),
        ),
    ],
)
def test_a_relative_ends_at_an_adverb_before_the_main_verb(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the last session SurveyMonkey sends the couples the feedback form.",
            ("surveymonkey", ("couples",)),
        ),
        (
            "Before each match Pitchero emails the players the team sheet.",
            ("pitchero", ("players",)),
        ),
    ],
)
def test_an_opening_phrase_ends_before_a_name_with_its_verb(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guests book rooms on our website, which is really a ResDiary widget.",
            ("guests", ("resdiary",)),
        ),
        (
            "Members book classes on the website, which is basically a Mindbody page.",
            ("members", ("mindbody",)),
        ),
    ],
)
def test_a_website_that_is_a_products_widget_is_that_product(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I run the central bakery, so I see the orders. Each shop manager texts me a "
            "photo of the shelves.",
            ("shop manager", ("bakery manager",)),
        ),
        (
            "I run the laundry. The hotels email me their linen counts.",
            ("hotels", ("laundry manager",)),
        ),
    ],
)
def test_who_runs_a_place_is_its_manager(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. I write the deal in the daybook, and on Fridays the office "
            "manager types the deals into Sage from the daybook.",
            ("owner", ("office manager",)),
        ),
        (
            "The gamekeeper jots the bag in his notebook, and the estate clerk copies the "
            "numbers into the game book spreadsheet from the notebook.",
            ("gamekeeper", ("estate clerk",)),
        ),
    ],
)
def test_a_book_written_in_carries_to_whoever_types_from_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hauliers bring the weighbridge tickets back, and they go in the tray for "
            "the office manager.",
            ("hauliers", ("office manager",)),
        ),
        (
            "The stewards collect the entry cards, and they go in the pigeonhole for the "
            "show secretary.",
            ("stewards", ("show secretary",)),
        ),
    ],
)
def test_what_goes_in_a_tray_for_someone_reaches_them(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "I'm the operations manager. After each trip the guides fill in a paper trip "
            "report, swims, injuries, anything odd, and hand it to me at de-rig.",
            ("swims", "injuries"),
        ),
        (
            "I'm the warden. The volunteers fill in a count sheet, otters, herons, that sort "
            "of thing, and give it to me.",
            ("otters", "herons"),
        ),
    ],
)
def test_a_list_of_kinds_ending_in_anything_odd_names_no_actors(text, kinds) -> None:
    found = pairs(text)
    names = {name for source, targets in found for name in (source, *targets)}
    assert not names & set(kinds)
    assert len(found) == 1 and found[0][1] in {("operations manager",), ("warden",)}


def test_a_phrase_of_time_opening_the_sentence_is_no_clause() -> None:
    found = pairs(
        "I'm the operations manager. After each trip the guides fill in a paper trip report, "
        "and hand it to me."
    )
    assert ("guides", ("operations manager",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The nephrologist dictates a letter, which the medical secretary types up.",
            ("nephrologist", ("medical secretary",)),
        ),
        (
            "The coroner dictates her findings, which the court clerk transcribes.",
            ("coroner", ("court clerk",)),
        ),
    ],
)
def test_who_types_up_what_was_dictated_receives_it(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert (expected[1][0], (expected[0],)) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mine control room rings our emergency line, and the duty officer takes the call.",
            ("mine control room", ("duty officer",)),
        ),
        (
            "Tenants phone the repairs line and the call handler takes the call.",
            ("tenants", ("call handler",)),
        ),
    ],
)
def test_whoever_takes_the_call_on_a_line_is_who_it_reached(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert all(not t[-1].endswith("line") for _, t in found)


def test_a_line_nobody_is_said_to_answer_stays_the_receiver() -> None:
    assert ("tenants", ("repairs line",)) in pairs("Tenants phone the repairs line.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the technical manager. The supermarkets we supply send their orders over "
            "EDI into Sage X3.",
            ("supermarkets", ("sage x3",)),
        ),
        (
            "I'm the manager. The shops we supply email their orders to me.",
            ("shops", ("manager",)),
        ),
    ],
)
def test_a_relative_without_that_on_the_subject_is_not_the_subject(text, expected) -> None:
    assert expected in pairs(text)


def test_a_topic_put_first_still_has_its_pronoun_as_subject() -> None:
    assert ("dispatcher", ("icabbi",)) in pairs(
        "I'm the dispatcher. Phone bookings I type into iCabbi."
    )


def test_a_count_before_a_plural_party_is_not_part_of_its_name() -> None:
    out = EXTRACTOR.extract(
        "The adaptations officer emails the spec to the two suppliers, and the two "
        "suppliers email their quotes back."
    )
    names = {a.name for a in out.actors}
    assert "suppliers" in names
    assert "two suppliers" not in names


def test_degrees_are_no_one() -> None:
    found = pairs("The Inkbird app pings the brewer's phone if the room goes over five degrees.")
    assert all("degrees" not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the service manager. The on-call manager logs it in Nourish from what "
            "they've been told, which alerts me automatically.",
            ("nourish", ("service manager",)),
        ),
        (
            "I'm the head of year. The tutor records it in CPOMS from what she has heard, "
            "which emails me straight away.",
            ("cpoms", ("head of year",)),
        ),
    ],
)
def test_a_free_relative_after_a_preposition_is_no_clause_nor_antecedent(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert all(
        source not in {"nourish", "cpoms"} or targets == expected[1] for source, targets in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the service manager. I make the referral to the local authority.",
            ("service manager", ("local authority",)),
        ),
        ("The GP makes a referral to the falls team.", ("gp", ("falls team",))),
        ("I'm the chef. I put an order in to the mill every Monday.", ("chef", ("mill",))),
    ],
)
def test_a_message_made_out_to_someone_is_sent_to_them(text, expected) -> None:
    assert expected in pairs(text)


def test_making_something_to_a_place_is_no_message() -> None:
    assert pairs("The joiner makes a frame to the size on the drawing.") == []


def test_a_hedge_between_two_verbs_does_not_take_the_sender() -> None:
    found = pairs(
        "I'm the producer. The distributor couriers the hard drive, which is physical, so I "
        "suppose it doesn't count, and emails the KDM to our projectionist."
    )
    assert ("distributor", ("projectionist",)) in found
    assert all(source != "producer" for source, _ in found)


def test_closer_to_the_date_is_when_not_who() -> None:
    found = pairs("Closer to the date the caterer emails the menu to the events manager.")
    assert found == [("caterer", ("events manager",))]


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        (
            "The distributor emails the KDM to our projectionist.",
            ("distributor", ("projectionist",)),
            "KDM",
        ),
        ("The buyer emails the PO to the supplier.", ("buyer", ("supplier",)), "PO"),
    ],
)
def test_an_acronym_sent_to_someone_is_what_travels(text, expected, content) -> None:
    out = EXTRACTOR.extract(text)
    assert [
        (f.source.lower(), tuple(t.lower() for t in f.targets), f.content) for f in out.flows
    ] == [(*expected, content)]


def test_an_acronym_that_is_a_party_still_receives() -> None:
    """ "emails PI to OK the grant code": no recipient after "to", so PI is who is sent to."""
    assert ("research office", ("pi",)) in pairs(
        "The research office emails PI to OK the grant code."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our programmer agrees the titles and dates with the distributors by email.",
            ("programmer", ("distributors",)),
        ),
        (
            "The planner arranges the slot with the haulier by email.",
            ("planner", ("haulier",)),
        ),
        (
            "The agent negotiates the fee with the promoter over the phone.",
            ("agent", ("promoter",)),
        ),
    ],
)
def test_agreeing_or_arranging_with_a_party_tells_them(text, expected) -> None:
    assert expected in pairs(text)


def test_agreeing_with_an_idea_is_no_flow() -> None:
    assert pairs("I'm the owner. I agree with that.") == []


@pytest.mark.parametrize("noun", ["date", "deadline"])
def test_a_date_is_no_receiver(noun) -> None:
    found = pairs(f"Tradeflow texts the fitting slot to the {noun}.")
    assert all(noun not in targets for _, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents sign up for a weekly subscription on our Shopify shop.",
            ("parents", ("shopify shop",)),
        ),
        ("Volunteers sign up through Better Impact.", ("volunteers", ("better impact",))),
    ],
)
def test_signing_up_on_a_system_enters_it(text, expected) -> None:
    assert expected in pairs(text)


def test_being_signed_up_by_someone_is_not_signing_up() -> None:
    found = pairs("New players are signed up on the doorstep by our canvassers.")
    assert ("canvassers", ("players",)) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EPOS puts every order up on the kitchen screen for the pizza makers.",
            ("epos", ("pizza makers",)),
        ),
        (
            "Adastra displays the live queue on the screen in the clinicians' room.",
            ("adastra", ("clinicians",)),
        ),
        (
            "I'm the safety officer. The weather station on the mast feeds live wind readings "
            "to the screen in the hangar, and I watch that.",
            ("weather station", ("safety officer",)),
        ),
        (
            "Streamed CTG traces go into Guardian, and it shows them on the big screen in the "
            "office, so the consultant sees all of them.",
            ("guardian", ("consultant",)),
        ),
        ("Legend shows the bookings on the screen at reception.", ("legend", ("reception",))),
    ],
)
def test_a_screen_is_a_medium_to_whoever_watches_it(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert all("screen" not in " ".join(targets) for _, targets in found)


def test_a_screen_nobody_is_said_to_watch_is_left_alone() -> None:
    found = pairs("The turnstile system sends the entry counts to the screen.")
    assert all(targets != ("turnstile system",) for _, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When a call comes in on a client's line, CallDesk pops up that client's "
            "instructions on the receptionist's screen.",
            ("calldesk", ("receptionist",)),
        ),
        (
            "The booking system flashes up the request on the vet's screen.",
            ("booking system", ("vet",)),
        ),
    ],
)
def test_a_system_popping_something_up_on_someones_screen_reaches_them(text, expected) -> None:
    assert expected in pairs(text)


def test_that_before_a_possessive_is_a_determiner_not_a_relative() -> None:
    out = EXTRACTOR.extract("CallDesk pops up that client's instructions on the agent's screen.")
    assert [(f.source, f.targets) for f in out.flows] == [("CallDesk", ["agent"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team leader has a wallboard fed live by CallDesk showing calls waiting.",
            ("calldesk", ("team leader",)),
        ),
        (
            "The shift supervisor has a display fed by Wonderware.",
            ("wonderware", ("shift supervisor",)),
        ),
    ],
)
def test_a_screen_of_ones_own_fed_by_a_system_reaches_its_owner(text, expected) -> None:
    assert pairs(text) == [expected]


def test_a_name_with_an_ing_word_inside_keeps_it() -> None:
    found = pairs("Affected travellers rebook their flights in the Concur booking tool.")
    assert ("affected travellers", ("concur booking tool",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CPS email the OIC when a case is finalised.", ("cps", ("oic",))),
        ("The HSE email the site manager after each visit.", ("hse", ("site manager",))),
    ],
)
def test_an_acronym_then_a_base_verb_is_a_subject_and_its_verb(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents pay by standing order, and the bank feed brings the payments into Xero.",
            ("bank", ("xero",)),
        ),
        ("The Stripe sync pushes the payouts into QuickBooks.", ("stripe", ("quickbooks",))),
    ],
)
def test_a_feed_that_sends_is_what_it_is_named_after(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert all("stand" not in source for source, _ in found)


def test_a_feed_named_after_several_words_keeps_the_names_apart() -> None:
    found = pairs(
        "Customers raise tickets in Zendesk, and the official Jira-Zendesk integration "
        "copies them into Jira."
    )
    assert ("customers", ("zendesk",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students book their course days on our website, which runs on Checkfront.",
            ("students", ("checkfront",)),
        ),
        (
            "Guests book tables on our site, which is powered by ResDiary.",
            ("guests", ("resdiary",)),
        ),
    ],
)
def test_a_website_that_runs_on_a_product_is_that_product(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ROV supervisor uploads the dive logs to the SharePoint site for the client rep.",
            ("rov supervisor", ("client rep",)),
        ),
        (
            "The photographer uploads the photos to Dropbox for the couple.",
            ("photographer", ("couple",)),
        ),
    ],
)
def test_a_shared_place_is_a_medium_to_whoever_the_upload_is_for(text, expected) -> None:
    assert pairs(text) == [expected]


def test_an_acronym_said_to_be_someone_is_a_person() -> None:
    out = EXTRACTOR.extract(
        "The CSR, who is the client's rep on board, scans the sheets and emails them to the NOC."
    )
    assert [(f.source, f.maturity.value) for f in out.flows] == [("CSR", "low")]


def test_does_with_an_object_is_the_verb_after_a_colon() -> None:
    found = pairs(
        "I'm the technical manager. Actually no, sorry, the planners aren't in overnight, I'm "
        "getting ahead of myself: the night production manager does the final plan and prints "
        "the run sheets for each line, and the line leaders work off those."
    )
    assert ("night production manager", ("line leaders",)) in found
    assert all(source != "technical manager" for source, _ in found)


@pytest.mark.parametrize("place", ["bakery", "brewery", "laundry", "quarry", "farm"])
def test_a_place_that_rings_is_no_one_him_stands_for(place) -> None:
    found = pairs(
        f"The night production manager prints the run sheets. The {place} rings him if "
        "there is a shortage."
    )
    assert (place, ("night production manager",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The approved specs come across from Trace One into Bizerba automatically.",
            ("trace one", ("bizerba",)),
        ),
        (
            "The bookkeeper exports the invoices from Sage One into a spreadsheet.",
            ("sage one", ("bookkeeper",)),
        ),
    ],
)
def test_a_product_named_one_is_a_name(text, expected) -> None:
    assert expected in pairs(text)


def test_the_small_ones_are_still_no_receiver() -> None:
    found = pairs("I email the big customers the price list and post it to the small ones.")
    assert all("ones" not in " ".join(targets) for _, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The specs are held in Trace One, where the technologists sign them off.",
            ("technologists", ("trace one",)),
        ),
        (
            "The jobs are kept in Simpro, where the engineers update them.",
            ("engineers", ("simpro",)),
        ),
    ],
)
def test_who_signs_or_updates_things_where_a_system_keeps_them_enters_it(text, expected) -> None:
    assert pairs(text) == [expected]


def test_reading_where_a_system_keeps_things_is_still_reading() -> None:
    found = pairs("The results go into the LIMS, where the chemists look at them.")
    assert ("lims", ("chemists",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We're an illustration agency: twenty illustrators, three agents, and me as "
            "finance manager. The agents email me the invoices.",
            ("agents", ("finance manager",)),
        ),
        (
            "EVOLVE notifies me as educational visits coordinator, and the head emails me the "
            "form.",
            ("head", ("educational visits coordinator",)),
        ),
        (
            "The therapist, usually me or Tom, reads the history. The vets email me the referral.",
            ("vets", ("therapist",)),
        ),
    ],
)
def test_me_as_a_role_or_a_role_usually_me_names_the_speaker(text, expected) -> None:
    assert expected in pairs(text)


def test_me_as_a_format_names_no_speaker() -> None:
    found = pairs("The lab emails it to me as a PDF, and the practice manager rings me.")
    assert all("pdf" not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The traffic examiner emails the transport manager asking for the tachograph files.",
            ("traffic examiner", ("transport manager",)),
        ),
        (
            "Incidents are radioed to the duty manager by the instructors running the session.",
            ("instructors", ("duty manager",)),
        ),
    ],
)
def test_a_participle_after_a_party_is_no_part_of_its_name(text, expected) -> None:
    assert expected in pairs(text)


def test_a_unit_named_with_ing_keeps_it() -> None:
    found = pairs("The events manager emails the menu to our catering team and the housekeeping.")
    assert ("events manager", ("catering team", "housekeeping")) in found


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        (
            "Members enter their quilts through a Google Form that fills a sheet for the show "
            "coordinator.",
            ("members", ("show coordinator",)),
            "quilts",
        ),
        (
            "Clubs register their teams on a Google Form that fills the fixtures secretary's "
            "spreadsheet.",
            ("clubs", ("fixtures secretary",)),
            "teams",
        ),
        (
            "New clients fill in a setup questionnaire, a Google Form that lands in the "
            "onboarding team's Google Sheet.",
            ("clients", ("onboarding team",)),
            "setup questionnaire",
        ),
    ],
)
def test_a_form_that_fills_someones_sheet_reaches_them(text, expected, content) -> None:
    out = EXTRACTOR.extract(text)
    found = [(f.source.lower(), tuple(t.lower() for t in f.targets), f.content) for f in out.flows]
    assert (*expected, content) in found


def test_a_form_that_fills_a_sheet_of_no_one_is_left_alone() -> None:
    found = pairs("Members enter their quilts through a Google Form that fills a sheet.")
    assert all(targets != ("sheet",) for _, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I was a slaughterman by trade, although I'm the owner now. Every Monday I send the "
            "chefs the price list.",
            ("owner", ("chefs",)),
        ),
        (
            "I'm only a volunteer, mind, I'm the bookings volunteer. The group leaders email me "
            "the booking form.",
            ("group leaders", ("bookings volunteer",)),
        ),
    ],
)
def test_the_role_one_has_now_said_definitely_is_the_speaker(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The FOI team, which I'm part of, sits within governance. The champions email the "
            "records back to us.",
            ("champions", ("foi team",)),
        ),
        (
            "I've only been in the sales order office eight months. The reps email us their "
            "special prices.",
            ("reps", ("sales order office",)),
        ),
        (
            "I'm part of the payroll team. The managers email us the overtime sheets.",
            ("managers", ("payroll team",)),
        ),
    ],
)
def test_a_unit_the_speaker_belongs_to_is_who_we_and_us_are(text, expected) -> None:
    assert expected in pairs(text)


def test_a_lot_of_a_group_is_the_group() -> None:
    found = pairs("I'm in the sales office. A lot of schools still fax their orders to us.")
    assert ("schools", ("sales office",)) in found


def test_staff_named_after_a_device_are_people() -> None:
    found = pairs(
        "When a customer drops off a pair of boots, the kiosk staff put the job into Tillpoint."
    )
    assert found == [("kiosk staff", ("tillpoint",))]


@pytest.mark.parametrize("when", ["Every August", "Each March", "Every Monday"])
def test_a_month_after_every_is_a_time(when) -> None:
    found = pairs(
        f"I'm the lettings coordinator. {when} the accommodation office emails me a spreadsheet."
    )
    assert ("accommodation office", ("lettings coordinator",)) in found


def test_bare_site_after_go_out_to_is_a_place() -> None:
    found = pairs("LabTrack assigns the job to the collection officers, and they go out to site.")
    assert found == [("labtrack", ("collection officers",))]


def test_we_and_us_are_the_unit_a_speaker_with_a_role_sits_in() -> None:
    found = pairs(
        "I've been secretary of the rally committee since 1998. On the day, I'm in the show "
        "office, and the first aiders radio us if anyone's hurt, and we pass the results to "
        "the commentator."
    )
    assert ("first aiders", ("show office",)) in found
    assert ("show office", ("commentator",)) in found


def test_i_stays_the_role_when_a_unit_is_said() -> None:
    found = pairs(
        "I'm the secretary. On the day, I'm in the show office, and the judges email me the "
        "results."
    )
    assert ("judges", ("secretary",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Referrals come from the pastoral leads in the schools. They fill in a Microsoft "
            "Form, which feeds a shared Excel sheet, and our referrals coordinator works from "
            "that sheet.",
            ("pastoral leads", ("referrals coordinator",)),
        ),
        (
            "The skipper fills in a Google Form that lands in a spreadsheet the operations "
            "manager looks at.",
            ("skipper", ("operations manager",)),
        ),
    ],
)
def test_a_form_that_fills_a_sheet_reaches_whoever_reads_the_sheet(text, expected) -> None:
    assert expected in pairs(text)


def test_a_product_at_a_place_is_the_product() -> None:
    found = pairs("Every night Tillpoint sends the takings to Sage at head office.")
    assert found == [("tillpoint", ("sage",))]


def test_a_first_name_in_a_team_is_still_the_team() -> None:
    assert pairs("The drivers give the sheets to Ann in accounts.") == [("drivers", ("accounts",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The front desk prints the arrivals list and takes it to the housekeepers.",
            ("front desk", ("housekeepers",)),
        ),
        (
            "The clerk takes the signed forms to the practice manager.",
            ("clerk", ("practice manager",)),
        ),
    ],
)
def test_taking_a_paper_to_a_party_passes_it_on(text, expected) -> None:
    assert expected in pairs(text)


def test_taking_someone_to_a_place_is_no_flow() -> None:
    assert pairs("The teachers take the children to the hall.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The housekeepers write the faults they find on the job sheet for maintenance.",
            ("housekeepers", ("maintenance",)),
        ),
        (
            "The drivers bring the tickets they get at the weighbridge to the office.",
            ("drivers", ("office",)),
        ),
    ],
)
def test_a_relative_without_that_on_the_object_is_no_new_clause(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afterwards the treasurer puts the gate takings on the committee's Google Sheet.",
            ("treasurer", ("committee",)),
        ),
        (
            "The lab puts the results on the quality team's spreadsheet.",
            ("lab", ("quality team",)),
        ),
    ],
)
def test_a_sheet_of_someones_is_a_medium_to_them(text, expected) -> None:
    assert expected in pairs(text)


def test_do_with_an_object_is_a_verb_so_the_next_subject_is_its_own() -> None:
    found = pairs(
        "The keyworkers do the children's daily diaries in it, and Famly pings the parents "
        "when there's a new entry."
    )
    assert ("famly", ("parents",)) in found
    assert ("keyworkers", ("parents",)) not in found


def test_she_after_a_system_sent_to_someone_is_that_someone() -> None:
    found = pairs(
        "I'm the production manager. The QA technician enters the readings into Odoo. If a "
        "batch fails, Odoo emails the QA manager automatically, and she rings me."
    )
    assert ("qa manager", ("production manager",)) in found
    assert ("qa technician", ("production manager",)) not in found


def test_who_deals_with_what_a_screen_shows_watches_it() -> None:
    found = pairs(
        "The SCADA flashes an alarm on the screen in the control cabin, and the shift "
        "supervisors deal with it."
    )
    assert found == [("scada", ("shift supervisors",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreman tends to ring the hire desk.", ("foreman", ("hire desk",))),
        ("The office tends to reply to the agent by email.", ("office", ("agent",))),
        ("Councillors tend to email the team.", ("councillors", ("team",))),
    ],
)
def test_a_habit_is_what_they_do(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the office manager. What happens is the drivers text me their hours.",
            ("drivers", ("office manager",)),
        ),
        (
            "I'm the office manager. So what we do is we email the agent the figures.",
            ("office manager", ("agent",)),
        ),
        (
            "What happens next is that the lab emails the results to the vet.",
            ("lab", ("vet",)),
        ),
    ],
)
def test_a_clause_announced_before_it_is_said_is_read_alone(text, expected) -> None:
    assert expected in pairs(text)


def test_what_comes_from_someone_with_no_receiver_said_reaches_no_one() -> None:
    """The annotators do not give the speaker what nobody says reached them (tried: +1 right,
    +9 predicted)."""
    assert pairs("I'm the office manager. The hours come from the drivers, by text.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lab results come back into EMIS overnight.", ("lab", ("emis",))),
        ("The supplier invoices come into Xero.", ("supplier", ("xero",))),
    ],
)
def test_what_arrives_named_after_a_party_comes_from_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stock levels come into the dashboard.",
        "The waiting room iPad entries go into Cliniko.",
    ],
)
def test_what_arrives_named_after_a_thing_or_place_comes_from_no_one(text) -> None:
    assert pairs(text) == []


def test_a_noun_put_first_before_its_subject_is_no_verb() -> None:
    found = pairs(
        "I'm the warehouse manager. Stock counts I do on paper and then type them into "
        "Mintsoft on a Friday."
    )
    assert ("warehouse manager", ("mintsoft",)) in found


def test_an_s_verb_before_i_later_in_a_sentence_is_still_a_verb() -> None:
    found = pairs(
        "I'm the clerk. Whenever a governor joins or leaves I have to update GIAS myself."
    )
    assert ("clerk", ("gias",)) in found


def test_what_is_faxed_over_is_what_travels() -> None:
    assert pairs("The GP surgery faxes over the medication changes.") == []
    assert ("lab", ("vet",)) in pairs("The lab sends over the results to the vet.")
