"""Wave 12: constructions read off w13's misses (each also missed in another batch, or a
gap of the phrase reader), tested on sentences of other domains.

- a capitalised word next to another inside a sentence is part of a name, not a verb
  ("to Archive Manager"), unless a pronoun makes it one ("I WhatsApp Olu");
- an unknown word between a plural subject opening the clause and an object is its verb
  ("our engineers model each house in …");
- "who have <something>" is a relative of its own: the main verb after it has the noun
  it hangs on as subject ("Customers who have no heating ring the advisors");
- a number inside a bullet party ("big 3 retailers →") no longer hides the party;
- a shared sheet that someone "works from" or "goes off" is read by them;
- "them" after a verb of calling ("texts them", "phones them") is the people named before,
  never the clause's subject, and nothing when the sentence names plural things first;
- a speaker who names their unit ("I'm in the grants team", "We in the print unit") is
  who I/we/us stand for;
- a sending with no receiver ("customers book by phone, and the receptionist enters it in
  X") reaches whoever keys it in next in the same sentence;
- a system's alert "on the caretaker's screen", "on the helpdesk screens" reaches them;
- a hub written in the passive ("written on the whiteboard by the receptionist") has the
  agent as its writer; a person added to a list is what is written, not who is told;
  more role words are people (host, midwife, surgeon, guest, lifeguard …);
- typing into a system while the caller is on the line is first-hand entry (medium), not a
  phone call (36 gold flows in the tuning sets say so).
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
            "Every evening the tills send the day's takings to Cash Manager automatically.",
            [("tills", ["Cash Manager"])],
            id="name-not-verb",
        ),
        pytest.param(
            "Planners upload the weekly plan to Kestrel, which passes it every night to"
            " Route Builder.",
            [("planners", ["Kestrel"]), ("Kestrel", ["Route Builder"])],
            id="name-not-verb",
        ),
        pytest.param(
            "Our architects draft each layout in Vectorworks, and Vectorworks sends the cut"
            " list straight to the saw controller.",
            [("architects", ["Vectorworks"]), ("Vectorworks", ["saw controller"])],
            id="unknown-verb",
        ),
        pytest.param(
            "The surveyors grade every plot in the field, and the office sends the grades to"
            " the buyers.",
            [("office", ["buyers"])],
            id="unknown-verb",
        ),
        pytest.param(
            "Tenants who have a leak phone the repairs desk.",
            [("tenants", ["repairs desk"])],
            id="who-have",
        ),
        pytest.param(
            "Members who have lost their card email the membership secretary.",
            [("members", ["membership secretary"])],
            id="who-have",
        ),
        pytest.param(
            "The site clerk keeps the deliveries in a shared spreadsheet, which the gate team"
            " works from.",
            [("site clerk", ["gate team"])],
            id="works-from",
        ),
        pytest.param(
            "The coach puts the squad list into a Google Sheet that the captain and the"
            " kit manager both work from every Friday.",
            [("coach", ["captain", "kit manager"])],
            id="works-from",
        ),
        pytest.param(
            "The dispatcher keeps the rounds in a shared spreadsheet and the collectors work"
            " from it.",
            [("dispatcher", ["collectors"])],
            id="works-from",
        ),
        pytest.param(
            "Patients book their flu jab by phone, and the receptionist enters it in EMIS.",
            [("patients", ["receptionist"]), ("receptionist", ["EMIS"])],
            id="keyed-by-next",
        ),
        pytest.param(
            "Growers send their delivery notes by email, and the intake clerk keys each one"
            " into Agrovision.",
            [("growers", ["intake clerk"]), ("intake clerk", ["Agrovision"])],
            id="keyed-by-next",
        ),
        pytest.param(
            "Late arrivals are written on the whiteboard by the receptionist, and the"
            " duty chef reads it before service.",
            [("receptionist", ["duty chef"])],
            id="passive-hub",
        ),
        pytest.param(
            "The deckhand writes the catch on the tally board, and the skipper reads it.",
            [("deckhand", ["skipper"])],
            id="passive-hub",
        ),
    ],
)
def test_the_flows_of_each_construction(text, expected) -> None:
    """Exactly these flows for each construction of the wave (the ids name them)."""
    assert pairs_of(text) == expected


def test_a_brand_after_a_pronoun_is_still_a_verb() -> None:
    """ "I WhatsApp Olu": two capitalised words, but the first follows "I", so it is the verb."""
    text = (
        "Programming manager (Olu): I send the film schedule to the cinemas.\n"
        "Cinema manager (Kate): And if a film hasn't arrived, I WhatsApp Olu."
    )
    assert ("cinema manager", ["programming manager"]) in [
        (f.source.lower(), [t.lower() for t in f.targets]) for f in extract_free_text(text).flows
    ]


def test_a_count_inside_a_bullet_party() -> None:
    flows = extract_free_text("- top 10 customers → sales desk: forecasts by email").flows
    assert [(f.source, f.targets, f.content) for f in flows] == [
        ("top customers", ["sales desk"], "forecasts")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The members book a court online. The club secretary phones them every Monday.",
            [("club secretary", ["members"])],
        ),
        (
            "If a tenant reports a leak twice, the housing system texts them automatically.",
            [("housing system", ["tenant"])],
        ),
    ],
)
def test_them_after_a_calling_verb_is_the_people_named_before(text, expected) -> None:
    """Only verbs whose "them" must be people; never the clause's own subject."""
    assert set(map(str, expected)) <= set(map(str, pairs_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Okay, the day-case lists, or theatre slates as everyone calls them.",
        "The clerk scans the forms and texts them to the office.",
    ],
)
def test_them_that_is_not_people_is_not_called(text) -> None:
    assert all(
        "lists" not in t and "slates" not in t and "forms" not in t
        for _, targets in pairs_of(text)
        for t in targets
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("I'm in the grants team. Applicants email us their budgets.", "grants team"),
        ("We in the print unit do the rest. The editors send us the proofs.", "print unit"),
        ("I run the admissions office. Schools send us the lists.", "admissions office"),
    ],
)
def test_a_speaker_who_names_their_unit(text, speaker) -> None:
    assert [targets for _, targets in pairs_of(text)] == [[speaker]]


def test_a_sending_to_a_named_receiver_is_left_as_it_is() -> None:
    text = (
        "Growers send their delivery notes to the depot by email, and the intake clerk keys"
        " each one into Agrovision."
    )
    assert ("growers", ["intake clerk"]) not in pairs_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The BMS raises an alarm on the caretaker's screen when a boiler trips.",
            [("BMS", ["caretaker"])],
        ),
        (
            "When a lift stops, LiftWatch flashes a warning on the helpdesk screens.",
            [("LiftWatch", ["helpdesk"])],
        ),
    ],
)
def test_a_system_alert_on_someones_screen_reaches_them(text, expected) -> None:
    flows = extract_free_text(text).flows
    assert [(f.source, f.targets) for f in flows] == expected
    assert all(f.maturity == "high" for f in flows)


def test_a_person_added_to_a_list_is_written_down_not_told() -> None:
    assert pairs_of("The warden adds each visitor to the fire list.") == []


def test_them_for_the_owner_named_in_an_opening_clause() -> None:
    """Found typing a vet practice's paragraph in the TUI: "them" went to the receptionists
    named a sentence before, not to the client whose pet is kept in."""
    text = (
        "The receptionists type the bookings into VetIT. If a client's pet is kept in, the"
        " nurse phones them in the afternoon with an update."
    )
    assert ("nurse", ["client"]) in pairs_of(text)
    assert all("receptionists" not in targets for _, targets in pairs_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The receptionists type the bookings straight into VetIT while the client is on the phone.",
        "Callers ring the helpdesk, and the helpdesk logs each fault in TOPdesk during the call.",
        "The booking clerk enters the order in Unleashed while the customer waits on the line.",
    ],
)
def test_typing_into_a_system_during_a_call_is_first_hand_entry(text) -> None:
    """STYLES.md: a person entering data first-hand through a system's screens is medium;
    the call is a flow of its own, not the entry's channel."""
    entries = [f for f in extract_free_text(text).flows if f.targets[0][:1].isupper()]
    assert entries and all(
        (f.maturity, f.medium) == ("medium", "entry during the call") for f in entries
    )
