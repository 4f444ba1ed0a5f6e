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
  branch mgr": what travels to whom, then who does it, named last;
- "the vet emails the health cert to me": sent "to" a person, the object is what travels,
  even when nobody said who "me" is (it became the receiver, "health cert");
- more ways to say who "I" am: "this is me as the franchise owner", notes headed "(stock
  ctrl = me)" or "me = site lead";
- a system named beside its kind: "our channel manager, Eviivo" (a channel manager is
  software), "the national system, JobLogic", "FUGA, the distribution platform we use,
  which …" (the relative after "we use" is on the platform, not on "use");
- who wants or needs something is someone a later "her" or "him" may stand for ("The
  candidate wants a daily summary, so I email her the numbers");
- who is told, set first and taken up by a pronoun: "the accountant, I send her the
  statements";
- "-> me, Mon": a weekday after the receiver is when, not what.

Third part, read off w19 once it was scored sealed (w20 stayed sealed):
- a label, then who sends with where they stand ("fault alarms: monitoring unit on each
  pump -> PumpWatch") or "from" whom ("reading lists: book list from course leader, Word
  doc by email -> library desk"); not after a tag or a time ("idea: …", "Mon am: …");
- "idea: SMS members … -> reception" is no flow (a pain or an issue may still be one);
- "centre manager" and "centre mgr" in one answer are one role (under the full form since
  wave 27);
- "no link CurrentRMS <-> Xero yet" is no flow;
- "WO then raised in Maximo by ctrl desk": a passive of notes with an adverb and "in";
  not "… stored in boxes by voicing";
- "contractors who prune for us send …": after "who", an unknown word then a preposition
  is the relative's verb, so the main verb is found;
- a camel-cased name beside its kind ("our job management platform, simPRO") is the
  system's name; "their own CAFM systems" are the party itself (STYLES.md);
- "into the F-gas module of simPRO": a part of a named system is that system;
- "Trade customers, builders, plumbers, the odd landscaper, ring …": a list with no
  "and" after the subject says who the subject takes in; it adds no senders.

- a system's kind may hold an owner or a capitalised word ("Sequel, the Lloyd's broker
  platform, which …", "the inspectorate's online system, CLIENT Export", "RALS, the POCT
  middleware", "which in turn sends"); a system known by its name before any sentence is
  read is named;
- "civil enforcement officers (CEOs)": the role goes by the acronym, under either name,
  and the brackets no longer part the subject from its verb;
- "uploaded into ESR? no, into the LMS": the corrected place counts;
- found as a user (a B&B paragraph at the flows question): "Guests who phone, I write them
  in the diary and put them into Beds24" made no flow from the guests; who gets in touch,
  set first, calls the speaker ("Guests phone me, and I …");
- a Slack or Teams channel is a medium, like a WhatsApp group: "posts it in the lab's Slack
  channel, where the curator sees it" is from who posts to the curator, and the channel
  sends nobody anything.

After w20 was scored sealed (.708 before the wave, .705 after), three misreadings seen in it
were fixed; w20 is a tuning set from here on:
- "At Fernway, a small accounting-software vendor, customers contact …": the description of
  the place opening the sentence is not its subject;
- "Councillors, by contrast, tend to email …": a habit is said plainly ("tend" was a name);
- "record defect counts on a tablet app that submits them to Produce Pro": a device in
  prose, like one in a chain of notes, is the screen of the system behind it.

Tried and dropped: an export chained with a send ("exports the report from Sage and
emails it to …") as the e-mail alone: most annotators label both (27 right flows lost).
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


def test_sent_to_me_the_object_travels_even_when_me_is_nobody_known() -> None:
    found = pairs("The kennel club emails the litter registration to me after each litter.")
    assert all("litter registration" not in targets for _, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sailing school notes (bosun = me)\n- instructors -> me: boat defects, WhatsApp\n"
            "- pain: nobody logs repairs",
            ("instructors", ("bosun",)),
        ),
        (
            "So how it goes, and this is me as the duty ranger for the east beat, the"
            " volunteers text me the litter counts on Sundays.",
            ("volunteers", ("duty ranger",)),
        ),
        (
            "Roles: me = kit manager.\n- coach -> me: squad list, email\n- pain: late",
            ("coach", ("kit manager",)),
        ),
    ],
)
def test_more_ways_to_say_who_i_am(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reservations from Expedia land in our channel manager, SiteMinder, and SiteMinder"
            " emails the housekeeper the arrivals list every night.",
            [("expedia", ("siteminder",)), ("siteminder", ("housekeeper",))],
        ),
        (
            "I'm the editor. I upload the episodes to Acast, the hosting platform we use, which"
            " then pushes them out to Spotify and Apple.",
            [("editor", ("acast",)), ("acast", ("spotify", "apple"))],
        ),
    ],
)
def test_a_system_named_beside_its_kind_keeps_its_name(text, expected) -> None:
    found = pairs(text)
    assert all(pair in found for pair in expected), found


def test_whoever_wants_something_is_who_her_stands_for() -> None:
    text = (
        "I'm the club secretary. The landlord wants the gate takings each week, so I email"
        " her the figures on Mondays."
    )
    assert ("club secretary", ("landlord",)) in pairs(text)


def test_who_is_told_set_first_and_taken_up_by_a_pronoun() -> None:
    text = "I'm the practice manager. Oh, and the auditor, I send him the payroll report by email."
    assert pairs(text) == [("practice manager", ("auditor",))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- fault alarms: monitoring unit on each pump -> PumpWatch, live",
            [("monitoring unit", ("pumpwatch",))],
        ),
        (
            "- reading lists: book list from course leader, Word doc by email -> library desk",
            [("course leader", ("library desk",))],
        ),
        ("- idea: SMS members when the pool is closed -> reception", []),
        ("- no interface TillPoint <-> Sage yet", []),
        ("- PO then raised in Unit4 by buying team", [("buying team", ("unit4",))]),
        ("- spare keys stored in the safe by colour, physical", []),
    ],
)
def test_labels_negations_and_passives_of_notes(line, expected) -> None:
    assert pairs(NOTES.format(line)) == expected


def test_a_role_written_whole_and_in_shorthand_is_one_role() -> None:
    text = NOTES.format(
        "- safety checks: duty manager, paper checklist → centre mgr (weekly folder)\n"
        "- serious incidents: centre manager emails insurer"
    )
    assert pairs(text) == [
        ("duty manager", ("centre manager",)),
        ("centre manager", ("insurer",)),
    ]


def test_an_unknown_verb_after_who_lets_the_main_verb_be_found() -> None:
    text = "Volunteers who litter-pick for us email their bag counts to the ranger."
    assert pairs(text) == [("volunteers", ("ranger",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tenants raise repairs in their own portal app, and the housing officer logs them"
            " in our housing system, iTrent, the same day.",
            ("housing officer", ("itrent",)),
        ),
        (
            "Schools raise them in their own MIS systems, which send them to our transport"
            " platform, eduRoute, through an API.",
            ("schools", ("eduroute",)),
        ),
        (
            "The finance officer re-keys the totals into the grants module of Unit4.",
            ("finance officer", ("unit4",)),
        ),
    ],
)
def test_named_systems_their_own_systems_and_parts_of_systems(text, expected) -> None:
    found = pairs(text)
    assert expected in found, found


def test_a_list_without_and_after_the_subject_adds_no_senders() -> None:
    text = "Walkers, dog owners, the odd cyclist, mostly email the ranger about fallen trees."
    assert pairs(text) == [("walkers", ("ranger",))]
    assert pairs("Planners, buyers and drivers email the depot every day.") == [
        ("planners", ("depot",)),
        ("buyers", ("depot",)),
        ("drivers", ("depot",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Claims are entered by the agent into Acturis, the Lloyd's trading platform, which"
            " pushes them into our claims system, ClaimCentre, over an API.",
            [("agent", ("acturis",)), ("acturis", ("claimcentre",))],
        ),
        (
            "Readings are sent to Vantage, the BMS middleware, which in turn sends them to"
            " the energy dashboard.",
            [("vantage", ("energy dashboard",))],
        ),
        (
            "Our drafters draw the layouts in Vectorworks, our CAD tool.",
            [("drafters", ("vectorworks",))],
        ),
    ],
)
def test_kinds_with_owners_and_capitals_beside_a_named_system(text, expected) -> None:
    found = pairs(text)
    assert all(pair in found for pair in expected), found


def test_an_acronym_given_in_brackets_names_the_role() -> None:
    text = (
        "The site reliability engineers (SREs) email the incident summary to the CTO."
        " The SREs also text the duty manager."
    )
    assert pairs(text) == [("sre", ("cto",)), ("sre", ("duty manager",))]


def test_a_place_corrected_inside_a_sentence() -> None:
    text = "Timesheets are uploaded by the site leads into Xero? no, into Deputy, each Monday."
    assert pairs(text) == [("site leads", ("deputy",))]


def test_a_channel_is_a_medium_from_who_posts_to_who_sees_it() -> None:
    text = (
        "The tour leader posts the headcount in the team's Slack channel, where the coach"
        " driver sees it."
    )
    assert pairs(text) == [("tour leader", ("coach driver",))]


def test_who_gets_in_touch_set_first_calls_the_speaker() -> None:
    text = (
        "I'm the practice manager. Patients who ring, I note them on the pad and then book"
        " them into EMIS at lunchtime."
    )
    found = pairs(text)
    assert ("patients", ("practice manager",)) in found
    assert ("practice manager", ("emis",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At Brightwell, a small housing association, tenants report repairs to the"
            " contact centre by phone.",
            [("tenants", ("contact centre",))],
        ),
        (
            "Parish clerks, on the whole, tend to email the planning officer directly.",
            [("parish clerks", ("planning officer",))],
        ),
        (
            "Stewards log the gate counts on a handheld app that sends them to TicketOffice.",
            [("stewards", ("ticketoffice",))],
        ),
    ],
)
def test_openers_habits_and_devices_in_prose(text, expected) -> None:
    assert pairs(text) == expected
