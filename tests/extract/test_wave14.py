"""Wave 14: constructions read off the rambling answers of w14 and w15 (both tuning sets
now; w16 stayed sealed), tested on sentences of other domains.

- an aside between a subject and its verb ("Customers, mostly OEM teams, email …", "the
  test engineer on the booking, whoever that is that week, retypes …", "She, the planner I
  mean, briefs …", "the scheduler, that's Dennis, runs …") is dropped: the subject acts;
- a role with a phrase saying which one ("…, and the engineer on duty retypes it", "the
  clerk at the front desk types …") opens a clause of its own after "and" or a comma;
- what is e-mailed or faxed "over" with no receiver reaches whoever keys it in next in the
  same sentence ("Customers email their run plan over, and the test engineer retypes it
  into TunnelOS"), as a sending "by phone" did already; sent "to" somewhere, it went there;
- "…, and in practice the clerk just emails …" opens a clause: "in practice" and "in fact"
  say how things really are, before who acts;
- sent "back through" a system with nobody named goes back to whoever sent them
  something, through that system ("they send their sketches back through our DAM");
- "She, the producer I mean, …": the one named is who "she" is;
- put onto someone's drive or folder ("the die shop's network drive") reaches them; "Google
  Drive" or "the customer folder" names nobody;
- a clock time ends its phrase ("At 6 pm Hüttenbuch emails …": the name starts anew);
- "the next night's guest list", "the previous day's buy-ins" are one content (before,
  only "next" or "previous" was kept);
- "posts the overnight tally sheets" is paper sent by post: "the overnight …" names
  sheets of the night, not a nightly batch;
- "I'm the only taxidermist here" makes the speaker "taxidermist" (not "the only …");
- "orders leather and boards from Harmatan": a list as the object still lets "orders" be
  the verb of a role ordering from a supplier;
- a content that only repeats who sends or receives ("the beaters are texted by the
  headkeeper" gave content "beaters") is no content (23 answers of the sets had one);
- what is shouted or yelled "across to" someone is told to them;
- "I'm the shift manager there": "there" is not part of the role;
- "our fulfilment system, which is called Hive", "the planning tool, we call it Atlas": the
  system is known by its name;
- "…, not into the Excel tracker any more", "…, not to the department": what a clause is
  not is dropped, and the clause stays (before, the whole clause read as negated, or the
  department became a receiver);
- "…, whereupon X creates …" goes on like "and then";
- the aside goes in the past tense too ("whoever that was that weekend, typed …"), and "on
  call" is a rota, not a phone call;
- scanned "by the drivers' handhelds": the drivers carrying them are the agent;
- "when the boat's full the skipper radios …": "'s" before a state is "is", so the opener
  ends there and the skipper acts ("the boat's full load" stays a possessive);
- bullet notes: an arrow to a carrier that names who reads it ("desk → whiteboard in
  yard: dates, operators check it first thing") reaches that reader, by the carrier;
- a note's own tag after a left arrow ("… nobody sees them ← pain") is no flow;
- "→ weighbridge office, written on day sheet" then "day sheet → plant op": the sheet is
  sent on by whoever wrote it; "op" is an operator;
- "Prices, which the mills quote by phone, are written down by the buyer in a notebook": the
  one who writes down or keys in what a relative says was sent receives it, and what the
  relative is on is the content; "quote" is a verb of sending;
- "takes the calls/bookings/orders from X": X tells them (only what is said is taken;
  "take" alone stays no verb of receiving, as wave 13 found);
- "…, and our web volunteer writes the captions there": "there" is the system the last
  flow went into, and it is not part of the content;
- "he reorders from the supplier": "reorder" asks like "order";
- "…, and the EPR sends the picking list to it": "it" after "to" is the system named
  before in the sentence;
- "emails the regulator, the MHRA, that same day": a name set beside the object by a comma
  alone (a list of two would say "and"), an acronym or a name of several words, is who the
  object is, with the object's kind ("the bench hand, Luca": a first name stays no actor);
- "I'm one of the specialists" makes the speaker a specialist; "doctors ring our line"
  (our hotline, our number) ring the speaker;
- "When a debtor phones in, the agent enters the plan in Collexa": a call made in reaches
  whoever keys it in next, like an e-mail sent over;
- passives: "is drawn up by the engineer and is emailed to A, B and C" ("draw" was no
  verb, so the clause never split); "are handed to our field officers … and are then
  entered by them into RedRose" ("them" are those it was handed to); "into RedRose, the
  platform from which …" describes RedRose, it names no second system; "get the rosters
  emailed to them by the rostering team"; "buoys whose readings are streamed to
  EnviroPortal" (the owner sends); buoys and gauges are devices;
- "the cellar master", "the harbour master" are people; only "the customer master" and its
  like are master data (a person called a master was read as a data store, and what they
  sent as automated);
- what is put into a Google Sheet "so Tom can plan the press" reaches the one named after;
- "the manager cups samples and sends the scores …": an unknown -s word between a role and
  a noun is a verb when another -s verb follows after "and";
- "the exporter emails back a price offer": what goes back, to whoever sent them
  something; an offer or a tender is never a person.

Found using the tool (a food-bank paragraph typed at `data360 extract`):
- "our system, it's called Lighthouse" made the typing into it a phone call: "called" after
  "is/it's/was" and "we call it" name, they do not phone;
- "the agencies email a voucher to our referrals inbox, which I check every morning": the
  voucher was read as a person; what is e-mailed to an inbox travels, and reaches whoever
  the relative says checks it (w7 loses one flow it had matched only through that misreading:
  "appeals" as a person);
- "the Trussell Trust" was a tool: a trust, charity, foundation, association or society is
  an organisation (a single acronym such as "TRUST" stays a system's name);
- "nobody tells the supermarkets directly, I just post it on our Facebook page": a negated
  clause lends no medium to the flow beside it (the post was read as face to face; maturity
  accuracy rose in four sets, fell by .008 in w11, flows unchanged);
- "I type each one into Lighthouse": "each one", "the ones", "both" stand for what came
  before (the content was "one", and a proposal read "One entered once, at the source");
  "which I check every morning" makes "morning" no content for what follows.
"""

from __future__ import annotations

import pytest

from assistant.extract.heuristics.reader import extract_free_text


def pairs_of(text: str) -> list[tuple[str, list[str]]]:
    return [(f.source, f.targets) for f in extract_free_text(text).flows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Growers, mostly family farms in the valley, email their harvest estimates to the"
            " intake clerk.",
            [("growers", ["intake clerk"])],
            id="aside-mostly",
        ),
        pytest.param(
            "The duty vet on call, whoever that is that weekend, types the notes into VetIT.",
            [("duty vet", ["VetIT"])],
            id="aside-whoever",
        ),
        pytest.param(
            "I'm the stage manager. The producer emails me the running order. She, the"
            " producer I mean, also briefs the lighting crew in person.",
            [("producer", ["stage manager"]), ("producer", ["lighting crew"])],
            id="aside-i-mean",
        ),
        pytest.param(
            "The night scheduler, that's Dennis, emails the rota to the drivers every Sunday.",
            [("night scheduler", ["drivers"])],
            id="aside-thats-a-name",
        ),
        pytest.param(
            "The treasurer, for what it's worth, sends the accounts to the auditors in May.",
            [("treasurer", ["auditors"])],
            id="aside-for-what-its-worth",
        ),
        pytest.param(
            "Schools send the entries to us, and the clerk at the front desk types them into"
            " Arbor.",
            [("schools", ["clerk"]), ("clerk", ["Arbor"])],
            id="which-one-after-and",
        ),
        pytest.param(
            "Landlords email their gas certificates over as PDFs, and the compliance officer"
            " uploads them into Fixflo.",
            [("landlords", ["compliance officer"]), ("compliance officer", ["Fixflo"])],
            id="emailed-over-then-keyed",
        ),
        pytest.param(
            "Landlords email their gas certificates to the lettings inbox, and the compliance"
            " officer uploads them into Fixflo.",
            [("compliance officer", ["Fixflo"])],
            id="emailed-to-an-inbox-not-to-the-keyer",
        ),
        pytest.param(
            "That form was retired years ago, and in practice the ward clerk just emails the"
            " bed manager.",
            [("ward clerk", ["bed manager"])],
            id="in-practice-opens-a-clause",
        ),
        pytest.param(
            "The editor briefs the illustrators by phone, and they send their roughs back"
            " through Frame.io.",
            [("editor", ["illustrators"]), ("illustrators", ["editor"])],
            id="back-through-a-system",
        ),
        pytest.param(
            "The site engineer emails the surveyor. He, the surveyor I mean, then phones the"
            " client.",
            [("site engineer", ["surveyor"]), ("surveyor", ["client"])],
            id="pronoun-made-plain",
        ),
        pytest.param(
            "The editors copy the final cut onto the broadcaster's SFTP folder.",
            [("editors", ["broadcaster"])],
            id="someones-folder",
        ),
        pytest.param(
            "The treasurer copies the totals into the accounts sheet on Google Drive.",
            [],
            id="google-drive-is-nobody",
        ),
        pytest.param(
            "I'm the only farrier here. I text the owners when the horse is shod.",
            [("farrier", ["owners"])],
            id="the-only-one",
        ),
        pytest.param(
            "The head chef orders fish and shellfish from Direct Seafoods by phone.",
            [("head chef", ["Direct Seafoods"])],
            id="orders-a-list-from",
        ),
        pytest.param(
            "I'm the kitchen manager there. The chefs shout the gaps across to me, and I key"
            " them into Apicbase.",
            [("chefs", ["kitchen manager"]), ("kitchen manager", ["Apicbase"])],
            id="shouted-across",
        ),
        pytest.param(
            "Bids flow from the web page into our auction system, which is called Lotus."
            " Lotus emails the results to the sellers.",
            [("web page", ["Lotus"]), ("Lotus", ["sellers"])],
            id="which-is-called",
        ),
        pytest.param(
            "Meter readings are entered by the field techs into Maximo, not into the old"
            " Access database any more.",
            [("field techs", ["Maximo"])],
            id="not-the-old-channel",
        ),
        pytest.param(
            "The tutor emails the feedback to the student, not to the department.",
            [("tutor", ["student"])],
            id="not-that-receiver",
        ),
        pytest.param(
            "Claims are keyed in by the clerks, whereupon Guidewire sends the reserve to"
            " the actuaries.",
            [("Guidewire", ["actuaries"])],
            id="whereupon",
        ),
        pytest.param(
            "Returned crates are scanned into Odoo by the porters' handhelds.",
            [("porters", ["Odoo"])],
            id="by-someones-device",
        ),
        pytest.param(
            "When the van's loaded the driver texts the depot manager.",
            [("driver", ["depot manager"])],
            id="contracted-state",
        ),
        pytest.param(
            "Timber prices, which the sawmills quote by phone, are written down by the buyer"
            " in a notebook.",
            [("sawmills", ["buyer"])],
            id="relative-written-down-by",
        ),
        pytest.param(
            "The duty planner takes the breakdown calls from the depots by phone.",
            [("depots", ["duty planner"])],
            id="takes-calls-from",
        ),
        pytest.param(
            "The duty planner takes the spare vans from the depots.",
            [],
            id="takes-things-from",
        ),
        pytest.param(
            "The stores clerk reorders from the wholesaler by phone.",
            [("stores clerk", ["wholesaler"])],
            id="reorders-from",
        ),
        pytest.param(
            "The packing robot is new, and the WMS sends the wave plan to it directly.",
            [("WMS", ["packing robot"])],
            id="to-it-is-the-system-before",
        ),
        pytest.param(
            "The duty lead emails the regulator, the CAA, that same day.",
            [("duty lead", ["CAA"])],
            id="apposed-acronym",
        ),
        pytest.param(
            "The duty lead emails the planner, the buyer and the QA lead.",
            [("duty lead", ["planner", "buyer", "QA lead"])],
            id="a-list-is-no-apposition",
        ),
        pytest.param(
            "I'm one of the dispatchers. Hauliers ring our line when a truck is late.",
            [("hauliers", ["dispatcher"])],
            id="one-of-the-and-our-line",
        ),
        pytest.param(
            "When a tenant phones in, the housing officer logs the repair in Orchard.",
            [("tenant", ["housing officer"]), ("housing officer", ["Orchard"])],
            id="phones-in-then-keyed",
        ),
        pytest.param(
            "The route plan is drawn up by the parade director and is emailed to the police,"
            " the stewards and the first aiders.",
            [("parade director", ["police", "stewards", "first aiders"])],
            id="drawn-up-and-emailed",
        ),
        pytest.param(
            "Ballot papers are handed to the returning officers and are then entered by them"
            " into Xpress, the count platform from which the results are published.",
            [("returning officers", ["Xpress"])],
            id="entered-by-them-into-a-described-system",
        ),
        pytest.param(
            "The governors get the minutes emailed to them by the clerk.",
            [("clerk", ["governors"])],
            id="emailed-to-them-by",
        ),
        pytest.param(
            "Levels are watched by gauges whose readings are streamed to Telemetry.",
            [("gauges", ["Telemetry"])],
            id="whose-readings-are-sent",
        ),
        pytest.param(
            "The yard foreman puts the tonnages into our Google Sheet so the harbour master"
            " can plan the berths.",
            [("yard foreman", ["harbour master"])],
            id="google-sheet-so-someone-can",
        ),
        pytest.param(
            "The head roaster cups samples and sends the scores to the buyer. The buyer"
            " emails back a price offer.",
            [("head roaster", ["buyer"]), ("buyer", ["head roaster"])],
            id="unknown-verb-then-and-sends-and-emails-back",
        ),
    ],
)
def test_exactly_these_flows(text: str, expected: list[tuple[str, list[str]]]) -> None:
    """Exactly these flows for each construction of the wave (the ids name them)."""
    assert pairs_of(text) == expected


def test_an_aside_before_and_is_left_alone() -> None:
    """ ", usually as a spreadsheet, and …" says how the sending was made: it is no subject."""
    text = (
        "The clinic emails the referral to the hospital, usually as a scanned letter, and the"
        " booking clerk types it into Cerner."
    )
    assert pairs_of(text) == [("clinic", ["hospital"]), ("booking clerk", ["Cerner"])]


def test_a_clock_time_ends_its_phrase() -> None:
    flows = extract_free_text(
        "At 6 pm Bokun sends the next night's guest list to each guide."
    ).flows
    assert [(f.source, f.targets, f.content) for f in flows] == [
        ("Bokun", ["guide"], "next night's guest list")
    ]


def test_the_overnight_sheets_posted_are_paper() -> None:
    flows = extract_free_text(
        "At season end each warden posts the overnight tally sheets to the club secretary."
    ).flows
    assert [(f.source, f.targets, f.maturity.value) for f in flows] == [
        ("warden", ["club secretary"], "low")
    ]


def test_who_is_told_is_not_what_is_told() -> None:
    flows = extract_free_text("The ushers are texted by the house manager.").flows
    assert [(f.source, f.targets, f.content) for f in flows] == [("house manager", ["ushers"], "")]


def test_a_bullet_to_a_carrier_reaches_its_reader() -> None:
    flows = extract_free_text(
        "- kitchen porter → whiteboard by the pass: allergens, chefs check it before service"
    ).flows
    assert [(f.source, f.targets, f.maturity.value) for f in flows] == [
        ("kitchen porter", ["chefs"], "low")
    ]


def test_a_left_arrow_to_a_tag_is_no_flow() -> None:
    text = "- porters never tell the ward when a bed is blocked, we find out late ← pain"
    assert pairs_of(text) == []


def test_a_sheet_written_by_one_line_is_sent_on_by_the_next() -> None:
    text = (
        "- members ring bookings in → front desk, written on day sheet\n"
        "- day sheet → pool op (paper, handed over 7am)"
    )
    assert ("front desk", ["pool op"]) in pairs_of(text)


def test_what_a_relative_is_on_is_the_content() -> None:
    text = "Timber prices, which the sawmills quote by phone, are keyed in by the buyer."
    assert [f.content for f in extract_free_text(text).flows] == ["Timber prices"]


def test_there_is_the_system_just_used() -> None:
    text = (
        "The registrar uploads the scans to Preservica, and the cataloguer adds the"
        " descriptions there."
    )
    flows = extract_free_text(text).flows
    assert [(f.source, f.targets, f.content) for f in flows] == [
        ("registrar", ["Preservica"], "scans"),
        ("cataloguer", ["Preservica"], "descriptions"),
    ]


def test_an_apposed_acronym_keeps_the_objects_kind() -> None:
    found = extract_free_text("The duty lead emails the regulator, the CAA, that same day.")
    assert {a.name: a.kind.value for a in found.actors}["CAA"] == "organisation"


@pytest.mark.parametrize(
    ("name", "kind"),
    [("cellar master", "person"), ("harbour master", "person"), ("customer master", "data")],
)
def test_a_master_is_a_person_unless_it_holds_master_data(name: str, kind: str) -> None:
    from assistant.extract import lexicon as lx

    assert lx.kind_from_head(name.split(), proper=name[0].isupper()).value == kind


def test_what_a_master_emails_is_not_automated() -> None:
    flows = extract_free_text("The harbour master emails the tide times to the marina staff.").flows
    assert [(f.source, f.maturity.value) for f in flows] == [("harbour master", "low")]


def test_naming_a_system_is_not_phoning_it() -> None:
    text = "I'm the coordinator. I type each one into our system, it's called Lighthouse."
    flows = extract_free_text(text).flows
    assert [(f.source, f.targets, f.maturity.value) for f in flows] == [
        ("coordinator", ["Lighthouse"], "low")
    ]
    assert "phone call" not in flows[0].medium


def test_emailed_to_an_inbox_reaches_whoever_checks_it() -> None:
    text = (
        "I'm the coordinator. The agencies email a voucher to our referrals inbox, which I"
        " check every morning."
    )
    assert pairs_of(text) == [("agencies", ["coordinator"])]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Trussell Trust", "organisation"),
        ("county wildlife trust", "organisation"),
        ("local history society", "organisation"),
        ("TRUST", "tool"),
    ],
)
def test_trusts_societies_and_charities_are_organisations(name: str, kind: str) -> None:
    from assistant.extract import lexicon as lx

    assert lx.kind_from_head(name.split(), proper=name[0].isupper()).value == kind


def test_a_negated_clause_lends_no_medium() -> None:
    text = (
        "I'm the coordinator. When we're low, nobody tells the supermarkets directly, I just"
        " post it on our Facebook page."
    )
    flows = extract_free_text(text).flows
    assert [(f.source, f.targets) for f in flows] == [("coordinator", ["Facebook page"])]
    assert "face to face" not in flows[0].medium


def test_each_one_is_what_came_before() -> None:
    text = (
        "I'm the coordinator. The agencies email a voucher to our referrals inbox, which I"
        " check every morning, and I type each one into Lighthouse."
    )
    flows = extract_free_text(text).flows
    assert [(f.source, f.targets, f.content) for f in flows] == [
        ("agencies", ["coordinator"], "voucher"),
        ("coordinator", ["Lighthouse"], "voucher"),
    ]


def test_a_past_whoever_aside_and_on_call_is_no_phone() -> None:
    text = "The duty vet on call, whoever that was that weekend, typed the notes into VetIT."
    flows = extract_free_text(text).flows
    assert [(f.source, f.targets) for f in flows] == [("duty vet", ["VetIT"])]
    assert "phone call" not in flows[0].medium


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "I'm the secretary. A couple of weeks before, I email the catalogue to the printer.",
            [("secretary", ["printer"])],
            id="a-couple-of-weeks-is-a-time",
        ),
        pytest.param(
            "Most patients are referred by the practice nurses at the surgery, who fax the"
            " referral to our audiologist.",
            [("practice nurses", ["audiologist"])],
            id="who-after-people-at-a-place",
        ),
        pytest.param(
            "The temperature logger shows the readings live on the dock screens, so the"
            " shift supervisor sees them.",
            [("temperature logger", ["shift supervisor"])],
            id="a-logger-shows-on-screens-so-someone-sees",
        ),
        pytest.param(
            "Every Friday Xero is sending the payment file to bank automatic.",
            [("Xero", ["bank"])],
            id="an-adverb-said-as-an-adjective-after-the-name",
        ),
        pytest.param(
            "I am export clerk. Forwarder is getting invoice and packing list from me by mail,"
            " and his software is sending the declaration to customs office by EDI.",
            [("export clerk", ["forwarder"]), ("forwarder", ["customs office"])],
            id="a-document-after-and-and-their-own-software",
        ),
        pytest.param(
            "The importer emails the order to the sales desk. TRACES is sending the"
            " certificate to the importer side automatic.",
            [("importer", ["sales desk"]), ("TRACES", ["importer"])],
            id="the-importer-side",
        ),
    ],
)
def test_found_on_the_w17_answers(text: str, expected: list[tuple[str, list[str]]]) -> None:
    """Read off w17 once it had been scored (third part of the wave, measured on w18):
    "A couple of weeks before" is a time, not a couple; "who" after "people at a place" is
    the people; a data or temperature logger is a device, and what it shows on screens "so
    X sees it" reaches X; non-native phrasing: "to bank automatic", "invoice and packing
    list" (an -ing word between "and" and a document is no verb), "his software" is the
    party whose it is, "the importer side" is the importer."""
    assert pairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "maturity", "not_in_medium"),
    [
        ("The instructor enters the licence number in Bookwhen on his phone.", "medium", "phone"),
        ("Simpro pushes the job sheet to the installers' phones the night before.", "high", ""),
    ],
)
def test_a_phone_carried_is_a_device_and_a_push_is_automated(
    text: str, maturity: str, not_in_medium: str
) -> None:
    """ "on his phone" is the device an entry is made on, not a phone call (maturity
    accuracy up in w10, w12 and w17); a system that pushes something is automated."""
    flows = extract_free_text(text).flows
    assert [f.maturity.value for f in flows] == [maturity]
    assert not not_in_medium or not_in_medium not in flows[0].medium


def test_which_is_just_doing_keeps_the_subject_of_what_follows() -> None:
    """ "checks the licence, which is just looking at a card, and enters …" gave a person
    called "looking"."""
    pairs = pairs_of(
        "The examiner checks the ID card, which is just looking at a photo, and enters the"
        " result in Surpass on his tablet."
    )
    assert ("examiner", ["Surpass"]) in pairs
    assert all(source != "looking" for source, _ in pairs)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- invoices → tenants, emailed PDF – accts", [("accts", ["tenants"], "invoices")]),
        (
            "- price list → florists weekly on WhatsApp (sales)",
            [("sales", ["florists"], "price list")],
        ),
        ("- handover cert → client, emailed by PM", [("PM", ["client"], "handover cert")]),
        ("- orders → depot by email", []),
    ],
)
def test_a_bullet_signed_last_by_who_does_it(
    line: str, expected: list[tuple[str, list[str], str]]
) -> None:
    """What travels first, who does it set apart at the end ("– accts", "(sales)", "by PM");
    "by email" names nobody. An acronym that e-mails is a role, not a system."""
    found = extract_free_text(line)
    assert [(f.source, f.targets, f.content) for f in found.flows] == expected
    kinds = {a.name: a.kind.value for a in found.actors}
    assert kinds.get("PM", "person") == "person"
