"""Wave-9 rules (issue 14 item 1): who is meant. A part of a group acts for the group ("one
of the clerks", "members of the board"), and what is passed (bookings, claims, an outcome)
is never guessed as who receives or sends it. Sentences of our own, in domains no
evaluation set uses."""

from __future__ import annotations

from tests.extract.reading import pairs

# ------------------------------------------------------ a part of a group acts for the group


def test_one_of_a_group_who_sends_is_the_group() -> None:
    text = "One of the dispatchers enters each call into Cadence."
    assert pairs(text) == [("dispatchers", ("cadence",))]
    text = "Every evening one of the wardens emails the headcount to the bursar."
    assert pairs(text) == [("wardens", ("bursar",))]


def test_one_of_a_group_after_and_starts_its_own_clause() -> None:
    text = (
        "Walkers post their sightings to the ranger station, and one of the rangers then"
        " types each sighting into Recorda."
    )
    assert ("rangers", ("recorda",)) in pairs(text)
    assert all(source != "walkers" or "recorda" not in targets for source, targets in pairs(text))


def test_members_of_a_committee_are_the_committee() -> None:
    text = "The clerk emails the agenda to the three members of the planning committee."
    assert pairs(text) == [("clerk", ("planning committee",))]
    text = "Each month the treasurer sends the accounts to the members of the board."
    assert pairs(text) == [("treasurer", ("board",))]


def test_members_of_the_public_stay_people() -> None:
    text = "Members of the public phone the duty ranger about fires."
    assert pairs(text) == [("public", ("duty ranger",))]


# ------------------------------------------------ what is passed is not who receives it


def test_bookings_claims_and_outcomes_are_not_parties() -> None:
    text = "Schools email their group bookings to the museum's inbox."
    assert all("group bookings" not in targets for _, targets in pairs(text))
    text = "- warranty claims to the maker: ask the manager"
    assert pairs(text) == []
    text = "The triage outcome goes back to the clinic clerks on paper."
    assert all(source != "triage outcome" for source, _ in pairs(text))


# ------------------------------------------------ words of manner are not part of a name


def test_auto_in_notes_is_how_not_who() -> None:
    text = "- the booking app texts owner auto when the dog is ready"
    assert pairs(text) == [("booking app", ("owner",))]
    text = "* invoices emailed to members from Clubware auto"
    assert all(source != "clubware auto" for source, _ in pairs(text))


def test_ringing_round_names_no_one_called_round() -> None:
    text = "The rota clerk rings round the stewards."
    assert all("round" not in targets for _, targets in pairs(text))


# ------------------------------------ role words with no agent ending are roles and parties


def test_a_speaker_who_is_a_coach_is_who_i_stands_for() -> None:
    text = (
        "I'm a swim coach, have been for years. After every gala I enter the times into Splashline."
    )
    assert pairs(text) == [("swim coach", ("splashline",))]


def test_surgeries_pharmacies_and_ops_are_parties() -> None:
    assert pairs("Orders from the surgeries reach the pharmacy by fax.") == [
        ("surgeries", ("pharmacy",))
    ]
    assert pairs("Regional ops get the damage report from the branch by email.") == [
        ("branch", ("regional ops",))
    ]


# ----------------------------------------------- words of saying and duty are nobody


def test_say_and_meant_are_nobody() -> None:
    text = (
        "When a pupil needs support, say a reading tutor, I fill in a request and email it to"
        " the tutoring agency."
    )
    assert all(source != "say" for source, _ in pairs(text))
    text = "The lifeguard gives it to the duty manager, who's meant to type it into Pooltrack."
    assert all(source != "meant" for source, _ in pairs(text))


# ----------------------------------------------------- a role the answer renames itself


def test_a_role_renamed_with_we_call_them_takes_the_new_name() -> None:
    text = (
        "Would-be tenants — applicants, we call them — apply through Homeflow, and Homeflow"
        " emails each application to the lettings officer."
    )
    assert pairs(text) == [("applicants", ("homeflow",)), ("homeflow", ("lettings officer",))]
    text = (
        "The senior cleaner, we call her the floor lead, is in early. Each morning the senior"
        " cleaner emails the rota to the caretaker."
    )
    assert pairs(text) == [("floor lead", ("caretaker",))]


def test_a_bare_log_or_list_is_what_is_sent_not_who_gets_it() -> None:
    assert pairs("The planner emails the log to the coordinator.") == [
        ("planner", ("coordinator",))
    ]


# ------------------------------------------- a sentence opens on a noun, not on a verb's -s


def test_a_plural_opening_the_sentence_is_the_subject_of_the_verb_after_it() -> None:
    text = (
        "Crates arrive at the depot with a paper manifest from the grower, and the depot"
        " clerk types the weights into Stockline."
    )
    assert pairs(text) == [("depot clerk", ("stockline",))]
    text = "Invoices land in the shared inbox, and our bursar keys them into Xero."
    assert pairs(text) == [("bursar", ("xero",))]


# ----------------------------------- what is told or asked ends the name of who is told


def test_a_question_word_ends_the_name_of_who_is_told() -> None:
    assert pairs("The lock keeper radios the harbour office whether boats can pass.") == [
        ("lock keeper", ("harbour office",))
    ]
    assert pairs("Guests tell the concierge what they need.") == [("guests", ("concierge",))]


# ------------------------------------------------ a subject said twice ("the X they …")


def test_a_subject_said_again_as_a_pronoun_is_the_subject() -> None:
    assert pairs("The farmers they tell the miller their tonnages.") == [("farmers", ("miller",))]
    text = "The tailor he is writing the measures in Excel and he sends them to the workshop."
    assert ("tailor", ("workshop",)) in pairs(text)


# -------------------------------------- "I'm in …", "I'm fairly sure …" say no role


def test_where_the_speaker_is_is_not_their_role_and_as_names_it() -> None:
    text = (
        "The head ranger posts closures in the rangers' WhatsApp group. I'm in that group too,"
        " as volunteer coordinator, and I phone the walkers who booked."
    )
    assert ("volunteer coordinator", ("walkers",)) in pairs(text)
    assert all(source != "in that group" for source, _ in pairs(text))


def test_an_adverb_after_i_am_is_no_role() -> None:
    text = (
        "The clerk emails the minutes to the chair, who I'm fairly sure never reads them."
        " Every Friday I phone the caterers."
    )
    assert pairs(text) == [("clerk", ("chair",))]


def test_the_front_of_something_is_no_party() -> None:
    text = "The matron prints the list and sends it to the porters, with a note stuck to the front."
    assert pairs(text) == [("matron", ("porters",))]


# ------------------------------------------- "people" are the customers the answer names


def test_people_who_book_are_the_customers_named_later() -> None:
    text = (
        "People book tastings through Tock, and Tock emails them a confirmation. The"
        " customers then get a reminder text from the sommelier."
    )
    assert ("tock", ("customers",)) in pairs(text)
    assert all("people" not in (source, *targets) for source, targets in pairs(text))


def test_a_verb_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Members book classes on Glofox, and Glofox emails them a receipt. We did try getting"
        " Glofox to text the coaches, but it never worked."
    )
    assert all(not source.startswith("getting") for source, _ in pairs(text))
    assert ("glofox", ("members",)) in pairs(text)


# ---------------------------------------------------------- a tried channel is no flow


def test_what_we_did_try_is_not_a_flow() -> None:
    text = "I'm the office manager. We did try getting Glofox to send the coaches a reminder."
    assert pairs(text) == []


# ------------------------------------ a line that is called is the people who answer it


def test_a_helpline_is_the_agent_named_after_it() -> None:
    text = (
        "A tenant who spots a leak calls our repairs helpline, and the helpline adviser logs"
        " the job in Fixflo."
    )
    assert pairs(text) == [("tenant", ("helpline adviser",)), ("helpline adviser", ("fixflo",))]


# ------------------------------------------------ "'s" before a verb in -ing is "is"


def test_a_contracted_is_before_an_ing_verb_is_not_a_possessive() -> None:
    text = (
        "Dispatcher (Ola): The patient's talking to me and I'm typing the call into Cleric at"
        " the same time.\nFacilitator: Thanks."
    )
    assert pairs(text) == [("patient", ("dispatcher",)), ("dispatcher", ("cleric",))]
    assert pairs("The clinic orders through the supplier's ordering portal.") == []


def test_a_name_given_between_commas_leaves_the_sentence_whole() -> None:
    text = "The coordinator, we call her the shed lead, emails the weekly list to the trustees."
    assert pairs(text) == [("shed lead", ("trustees",))]


def test_as_role_after_a_longer_where_names_the_speaker() -> None:
    text = "I'm in the WhatsApp group too, as treasurer, and I phone the insurer."
    assert pairs(text) == [("treasurer", ("insurer",))]
