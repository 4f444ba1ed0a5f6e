"""Wave 13: constructions read off w14's misses (w14 became a tuning set when wave 12
closed; w15 stayed sealed), tested on sentences of other domains.

- a speaker's own people ("my team keys them in", "our guys", "for Priya's team") are the
  speaker's role, "I run customer service" names the speaker's unit, and "I manage one of
  the stores" or "I run the kitchen" makes the speaker that place's manager;
- what a system puts on someone's screen or in their queue reaches them: "lands in the
  analysts' queue", "shows … on the big screen for the engineers", "the alarms come up on
  our screens", "show up in the area managers' dashboard"; the system is the one the
  clause names, the one acting earlier in the sentence, or the one named before it; texts
  or emails that "come up" were sent by somebody and are not a system's; "prescribe" is a
  verb (a capitalised "Doctors prescribe" was read as a system's name);
- what a person takes or picks "out of" a system is read from it ("picks the loan requests
  out of Axiell"), and what a person reads, checks or takes out of a system's screens is
  medium (STYLES.md: first-hand use of a business system), not an automated push;
- bullet notes: what travels first and who sends it last ("approved file → Printful,
  designer uploads manually"), a target that is a half-sentence of sending ("signed form
  (paper) → installers bring it back to accounts", "low stock → WMS texts the buyer"), a
  place or time before the colon ("on
  site: installers → PO"); "uploads manually" is a file upload (medium), not re-typing;
- a range of numbers ("3–5 days later") no longer runs into the name before it, nor does
  a manner ("texts all the freelancers one by one");
- "phones" after a noun that could be a verb ("the saw supervisor phones …") is the verb:
  only a real verb before it makes "phones" a channel ("sends reminder emails");
- a sentence opening on a time that has passed ("Until last spring, …", "Before 2023, …")
  says how things were: none of its clauses is today's flow;
- what is written in a logbook is read by whoever reads "the book";
- "…to PI, where the process engineers review them": readers of a system a thing was sent
  to read it from that system; posted "on" a channel ("on the school Facebook page, where
  the office manager reads them"), it goes from the writer to the reader (STYLES.md);
- a bare word that only one role of the answer starts with is that role ("I email a photo
  to warranty" when a warranty analyst speaks);
- "…, and for every booking the agent sends …" starts a clause after its opener;
- a plural possessive ("the venues' box offices") is one name, read like "venue's"; an -s
  word before "every Friday" is a noun ("box offices every Friday"), not a verb;
- what comes into a shared inbox "which I check" reaches whoever checks it, and someone's
  queue, inbox or screen as an endpoint is that someone ("the KYC analysts' queue");
- a bare capitalised word no word list knows, opening a sentence right before a verb of
  sending and its object ("Tourbox syncs the itinerary …"), is a system's name;
- an -s word before a prepositional phrase and a verb is a plural noun ("the dust monitors
  on the boundary send readings …"); a party named after "it's" ("It's an outside
  surveying firm, and they email …") is who "they" stands for;
- a unit said with and without the word for a group ("reception", "the reception team")
  is one actor (found typing a swim-school paragraph in the TUI: the map had both);
- a role that "orders (spares) from" a supplier asks the supplier ("orders" stays a noun
  when a verb follows: "customer orders from the website land in Shopify").
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
            "I'm the office manager at a dental practice. New patients email their forms,"
            " and my guys enter them into Dentally before the first visit.",
            [("office manager", ["Dentally"]), ("patients", ["office manager"])],
            id="my-team",
        ),
        pytest.param(
            "Dispatcher (Tom): The drivers radio me when a load is short, and I note it on"
            " the board for Priya's team.\nYard lead (Priya): We check the board at six.",
            [("drivers", ["dispatcher"]), ("dispatcher", ["yard lead"])],
            id="named-persons-team",
        ),
        pytest.param(
            "I run member services at a credit union. Members send their loan forms by post,"
            " and my team types them into Symitar.",
            [("members", ["member services"]), ("member services", ["Symitar"])],
            id="i-run-a-unit",
        ),
        pytest.param(
            "If there's a hit, it lands in the fraud analysts' queue in Actimize.",
            [("Actimize", ["fraud analysts"])],
            id="lands-in-a-queue",
        ),
        pytest.param(
            "The BMS shows the room temperatures on the big screen for the facilities engineers.",
            [("BMS", ["facilities engineers"])],
            id="shown-for-people",
        ),
        pytest.param(
            "Duty engineer (Sam): The BMS alarms come up on our screens straight away.\n"
            "Facilities manager (Jo): And I get a daily summary from the BMS by email.",
            [("BMS", ["duty engineer"]), ("BMS", ["facilities manager"])],
            id="come-up-on-our-screens",
        ),
        pytest.param(
            "The tills send sales to Retail Pro every night, and the figures show up in the"
            " area managers' dashboard next morning.",
            [("tills", ["Retail Pro"]), ("Retail Pro", ["area managers"])],
            id="plural-possessive-dashboard",
        ),
        pytest.param(
            "Screening runs in Fenergo against World-Check, and Fenergo files the result;"
            " if there's a match, Fenergo flags it and it lands in the KYC analysts' queue.",
            [("Fenergo", ["KYC analysts"])],
            id="the-acting-system",
        ),
        pytest.param(
            "Members text the studio, and the texts come up on the studio screen.",
            [("members", ["studio"])],
            id="texts-were-sent-by-people",
        ),
        pytest.param(
            "I'm the membership secretary. Each month I take the renewals out of Beacon and"
            " email them to the treasurer.",
            [("Beacon", ["membership secretary"]), ("membership secretary", ["treasurer"])],
            id="taken-out-of-a-system",
        ),
        pytest.param(
            "The drivers take the cages out of the van.",
            [],
            id="out-of-a-van-is-not-a-system",
        ),
        pytest.param(
            "- timesheets → payroll, site managers send them Fri",
            [("site managers", ["payroll"])],
            id="bullet-doer-last",
        ),
        pytest.param(
            "- delivery notes (paper) → drivers hand them to the yard office",
            [("drivers", ["yard office"])],
            id="bullet-target-is-a-clause",
        ),
        pytest.param(
            "- in the evening: night nurse → ward manager, handover notes on paper",
            [("night nurse", ["ward manager"])],
            id="bullet-place-or-time-label",
        ),
        pytest.param(
            "- iSAMS → teachers: cover list pushed to their phones, auto",
            [("iSAMS", ["teachers"])],
            id="bullet-colon-content-is-not-a-doer",
        ),
        pytest.param(
            "The lab emails the results to the desk 3–5 days later.",
            [("lab", ["desk"])],
            id="number-range",
        ),
        pytest.param(
            "The dispatcher texts all the drivers one by one, and they text back a yes or no.",
            [("dispatcher", ["drivers"]), ("drivers", ["dispatcher"])],
            id="one-by-one",
        ),
        pytest.param(
            "The saw operator phones the planner when a blade breaks.",
            [("saw operator", ["planner"])],
            id="noun-that-could-be-a-verb",
        ),
        pytest.param(
            "The office sends reminder emails to the parents.",
            [("office", ["parents"])],
            id="channel-after-a-real-verb",
        ),
        pytest.param(
            "Until last spring, recalls reached us by fax, and the QA manager phoned every"
            " depot one by one. Now the WMS emails the depots.",
            [("WMS", ["depots"])],
            id="until-last-spring",
        ),
        pytest.param(
            "The night porters note every fault in the logbook, and the estates supervisor"
            " reads the book each morning.",
            [("night porters", ["estates supervisor"])],
            id="logbook-is-a-book",
        ),
        pytest.param(
            "SCADA forwards the readings to PI, where the process engineers review them.",
            [("SCADA", ["PI"]), ("PI", ["process engineers"])],
            id="read-where-it-was-sent",
        ),
        pytest.param(
            "Parents post questions on the school Facebook page, where the office manager"
            " reads them.",
            [("parents", ["office manager"])],
            id="posted-on-a-channel",
        ),
        pytest.param(
            "Service engineer (Sam): If a part is broken, I email a photo to claims.\n"
            "Claims handler (Ade): And I raise the claim the same day.",
            [("service engineer", ["claims handler"])],
            id="bare-unit-of-a-role",
        ),
        pytest.param(
            "- low stock → WMS texts the buyer, automatic",
            [("WMS", ["buyer"])],
            id="bullet-target-is-a-call",
        ),
        pytest.param(
            "The head chef orders from Brakes through the supplier's app every night.",
            [("head chef", ["Brakes"])],
            id="role-orders-from",
        ),
        pytest.param(
            "Customer orders from the website land in Shopify.",
            [("website", ["Shopify"])],
            id="orders-stays-a-noun",
        ),
        pytest.param(
            "I manage the warehouse. The buyers email me the orders, and I key them into Sage.",
            [("buyers", ["warehouse manager"]), ("warehouse manager", ["Sage"])],
            id="i-manage-a-place",
        ),
        pytest.param(
            "The agent sells the show to venues, and for every booking the agent sends the"
            " tour manager a contract by email.",
            [("agent", ["tour manager"])],
            id="for-every-opener",
        ),
        pytest.param(
            "Match reports are sent to the league secretary by the clubs' team managers"
            " every Sunday.",
            [("clubs' team managers", ["league secretary"])],
            id="plural-possessive",
        ),
        pytest.param(
            "Office manager (Lee): The suppliers' invoices come into the accounts shared"
            " inbox, which I check every morning.\nFacilitator: Thanks.",
            [("suppliers", ["office manager"])],
            id="inbox-which-i-check",
        ),
        pytest.param(
            "Kitbag pushes the match squads to the players' phones every Friday.",
            [("Kitbag", ["players"])],
            id="name-opening-a-sentence",
        ),
        pytest.param(
            "Housekeeping rings the bed manager when a bed is cleaned.",
            [("housekeeping", ["bed manager"])],
            id="a-unit-opening-a-sentence-is-not-a-system",
        ),
        pytest.param(
            "Collection routes were printed for the drivers until June.",
            [],
            id="noun-opening-a-sentence",
        ),
        pytest.param(
            "The flow meters at the pumping station send readings to Telog every hour.",
            [("flow meters", ["Telog"])],
            id="plural-noun-before-a-pp",
        ),
        pytest.param(
            "It's an outside payroll bureau, and they email the payslips to our office manager.",
            [("payroll bureau", ["office manager"])],
            id="party-after-it-is",
        ),
        pytest.param(
            "The wardens radio reception when a room is damaged, and the reception team logs"
            " it in Planon.",
            [("wardens", ["reception team"]), ("reception team", ["Planon"])],
            id="unit-with-and-without-team",
        ),
        pytest.param(
            "Members book classes in Legend, and the bookings land on the front desk"
            " team's screen automatically.",
            [("members", ["Legend"]), ("Legend", ["front desk team"])],
            id="lands-on-a-screen-after-a-system",
        ),
    ],
)
def test_exactly_these_flows(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert pairs_of(text) == expected


def test_our_team_without_a_known_speaker_stays_a_team() -> None:
    """Nobody said who is talking: "our team" is still someone, not dropped."""
    found = pairs_of("Suppliers email invoices to our team, and our team keys them into Sage.")
    assert found and all(source != "" for source, _ in found)
    assert any("Sage" in targets for _, targets in found)


@pytest.mark.parametrize(
    "text",
    [
        "The curator picks the loan requests out of Axiell every Monday.",
        "The planners check the forecasts in Anaplan every morning.",
        "I'm the membership secretary. Each month I take the renewals out of Beacon.",
    ],
)
def test_a_person_reading_a_system_is_medium(text: str) -> None:
    flows = extract_free_text(text).flows
    assert len(flows) == 1
    assert flows[0].maturity.value == "medium", flows[0].medium


def test_a_system_pushing_to_a_person_stays_high() -> None:
    flows = extract_free_text("Every morning the PAS sends the bed list to the ward clerks.").flows
    assert [(f.source, f.maturity.value) for f in flows] == [("PAS", "high")]


def test_a_manual_upload_is_a_file_upload() -> None:
    """STYLES.md: file uploads are medium; "manually" says nobody automated it, not that
    anything was re-typed."""
    flows = extract_free_text("- approved file → Printful, designer uploads manually").flows
    assert [(f.source, f.targets, f.maturity.value) for f in flows] == [
        ("designer", ["Printful"], "medium")
    ]


def test_a_unit_opening_a_sentence_calls_by_phone_not_automatically() -> None:
    """The bare capitalised word before a verb of sending is a system's name only when it
    does not read as a unit or an activity ("Housekeeping", "Security", "Maintenance")."""
    for unit in ("Housekeeping", "Security", "Procurement", "Pathology"):
        flows = extract_free_text(f"{unit} rings the duty manager when a room is ready.").flows
        assert [f.maturity.value for f in flows] == ["low"], unit
