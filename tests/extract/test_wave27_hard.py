"""Wave 27 (hard constructions): passives and participles found on the hard-construction
answers of the open sets (w50 first), written here again in other trades, then checked on
every open set.

- an alarm or a reading that a system is said, in the passive, to show or raise on someone's
  screen ("an alert is shown on the duty nurse's screen by the monitoring system") flows from
  that system to the screen's owner, as it does in the active voice;
- an opening clause of a subordinator and a bare participle, with no comma after it ("once
  approved the invoice goes …", "when signed the nurse scans …"), ends before the main
  clause's subject, which then acts;
- a thing said, in the passive, to be received from someone with no receiver named ("orders
  that are received from customers by email are entered in SAP by the sales clerk") reaches
  the agent who handles it next in the sentence;
- "pin" is a verb ("schedules, which are drawn up by the planner, are pinned on the
  noticeboard in the mess room, where they are read by the drivers"): the relative before it
  ends at its comma, and the paper goes from who made it to who reads it; what is pinned,
  stuck or taped up for someone ("prints the plan and sticks it up for the drivers") reaches
  them;
- data named after a system already named ("Cliniko appointment data goes to Power BI every
  night"), with a word or two between the name and the head, even when the name opens the
  sentence, come from that system;
- a system named as the topic before a colon ("Time sheets go into Harvest: each consultant
  enters their own hours every Friday") is where what is keyed in after the colon goes;
- "girl" after a unit names a role as "lady" does, in the casual or non-native phrasing of
  a job ("our sales girls take the orders from the garages by phone", "the office girl");
  girls alone are pupils or people, not a role;
- where the speaker introduces the business, "we are exporting to Europe", "we are importing
  spices from India" is trade in goods with places, not a file exported to a system;
- what is typed from someone's paper or message ("typed by the secretaries from the doctors'
  dictations", "types them into FileMaker from the client's email") was passed to the typist
  by that someone, besides the entry the typing makes;
- a document that arrives with no sender named ("we buy the steel from the mill, and the
  certificate comes by email to quality") comes from the party named after "from" before it
  in the sentence; not in a relative ("…, whose bookings reach our system") nor for what
  appears by itself (a system's doing).
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "An alert is shown on the duty nurse's screen by the monitoring system when a"
            " reading is high.",
            ("monitoring system", ("duty nurse",)),
        ),
        (
            "When a pump trips, an alarm is raised on the control room screens by SCADA.",
            ("scada", ("control room",)),
        ),
    ],
)
def test_a_passive_system_showing_on_a_screen(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Once approved the purchase order is sent to the supplier by the buyer.",
            ("buyer", ("supplier",)),
        ),
        (
            "When signed the ward nurse scans the consent form into the EPR.",
            ("ward nurse", ("epr",)),
        ),
        (
            "Once released Opera sends the booking to the channel manager overnight.",
            ("opera", ("channel manager",)),
        ),
    ],
)
def test_an_opening_participle_without_a_comma(
    text: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    assert flow in pairs(text)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Claims that are received from members by post are keyed into Oracle by the claims"
            " handler.",
            ("members", ("claims handler",)),
        ),
        (
            "Bookings are received from the tour operators by email and entered in Opera by"
            " the reservations agent.",
            ("tour operators", ("reservations agent",)),
        ),
    ],
)
def test_a_passive_receipt_reaches_the_next_agent(
    text: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    found = pairs(text)
    assert flow in found


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Duty rosters, which are drawn up by the depot manager, are pinned on the"
            " noticeboard in the mess room, where they are read by the drivers.",
            ("depot manager", ("drivers",)),
        ),
        (
            "Fuel invoices are emailed to the office by the suppliers. Duty rosters, which are"
            " drawn up by the depot manager, are pinned on the noticeboard, where they are read"
            " by the drivers.",
            ("depot manager", ("drivers",)),
        ),
        (
            "The head chef pins the prep list on the wall above the pass for the line cooks.",
            ("head chef", ("line cooks",)),
        ),
        (
            "The yard foreman prints the loading plan and sticks it up for the forklift drivers.",
            ("yard foreman", ("forklift drivers",)),
        ),
    ],
)
def test_pinned_paper_goes_to_its_readers(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    found = pairs(text)
    assert flow in found
    assert not any(s == "mess room" for s, _ in found)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Reception books every visit in Cliniko. Cliniko appointment data goes to Power BI"
            " every night.",
            ("cliniko", ("power bi",)),
        ),
        (
            "Drivers scan each parcel into Podium. At midnight the Podium delivery data goes"
            " to the data warehouse through an API.",
            ("podium", ("data warehouse",)),
        ),
    ],
)
def test_data_named_after_a_system_come_from_it(
    text: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    assert flow in pairs(text)


def test_a_sentence_opening_word_is_no_system_unless_named_before() -> None:
    found = pairs("Blood culture results go to the ward by phone.")
    assert not any(s.startswith("blood") for s, _ in found)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Expenses go into Concur: every engineer enters their own receipts at month end.",
            ("engineer", ("concur",)),
        ),
        (
            "Bookings live in ResOS: the hostess types the phone bookings in during the call.",
            ("hostess", ("resos",)),
        ),
    ],
)
def test_keyed_into_the_system_named_before_a_colon(
    text: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    assert flow in pairs(text)


def test_no_colon_no_system_guessed() -> None:
    found = pairs("We bought Concur last year. Every engineer enters their own receipts.")
    assert not any("concur" in t for _, t in found)
    found = pairs(
        "- old Concur not set up: engineers write receipts on a sheet, admin keys them in"
    )
    assert not any("concur" in " ".join(t) for _, t in found)


def test_girls_are_a_role() -> None:
    found = pairs(
        "Our sales girls take the orders from the garages by phone, and the office girl"
        " types the delivery notes into Sage."
    )
    assert ("garages", ("sales girls",)) in found
    assert ("office girl", ("sage",)) in found


def test_girls_alone_are_no_role() -> None:
    found = pairs(
        "The matron sends a Teams message to the housemistress when one of the sixty-odd"
        " girls is ill."
    )
    assert ("matron", ("housemistress",)) in found


def test_trade_with_places_is_no_flow() -> None:
    found = pairs(
        "I am sales manager in a furniture factory, we are exporting to Scandinavia and"
        " Benelux. Customers send the orders to me by email."
    )
    assert found == [("customers", ("sales manager",))]
    found = pairs("I am buyer in our company, we are importing olive oil from Crete and Puglia.")
    assert found == []


def test_an_export_later_in_the_answer_stays_a_flow() -> None:
    found = pairs(
        "I am the analyst. The planners build the plans in Mediaocean. Every night the"
        " traffic team exports the delivery logs to Datorama."
    )
    assert ("traffic team", ("datorama",)) in found


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Discharge summaries, which are typed by the ward clerks from the consultants'"
            " dictations, are posted to the GP.",
            ("consultants", ("ward clerks",)),
        ),
        (
            "The bookkeeper keys the mileage into Xero from the engineers' paper logs.",
            ("engineers", ("bookkeeper",)),
        ),
    ],
)
def test_typed_from_someones_paper(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "We buy the timber from the sawmill, and the grading certificate comes by email"
            " to the quality office.",
            ("sawmill", ("quality office",)),
        ),
        (
            "The fabric we are buying from the weaving mill, the test report is coming by mail"
            " to our technologist.",
            ("weaving mill", ("technologist",)),
        ),
    ],
)
def test_an_arrival_comes_from_the_party_bought_from(
    text: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    assert flow in pairs(text)


def test_what_appears_comes_from_the_system_not_the_party() -> None:
    found = pairs(
        "Referrals from GPs come through SystmOne: the GP fills in the template, and the"
        " referral task appears in our nurses' task list."
    )
    assert not any(s == "gps" and t == ("nurses",) for s, t in found)
