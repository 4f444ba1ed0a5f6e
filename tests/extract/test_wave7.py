"""Wave-7 rules (issue 14 item 1): a carrier written on and read later, and a half-sentence
before an arrow, each stated on sentences of our own, not taken from any evaluation set."""

from __future__ import annotations

from tests.extract.reading import EXTRACTOR, pairs

# ------------------------------------------------------------ family 1: a board is a board


def test_what_is_written_on_a_whiteboard_is_read_on_the_board() -> None:
    # the writer wrote on "the whiteboard", the reader reads "the board": the same carrier
    text = (
        "The yard foreman writes the cover list on the whiteboard, and the drivers read the"
        " board before each shift."
    )
    assert pairs(text) == [("yard foreman", ("drivers",))]
    text = "The head groom writes the rota on the noticeboard. The instructors check the board."
    assert pairs(text) == [("head groom", ("instructors",))]


def test_a_place_after_a_board_does_not_end_its_name() -> None:
    # "outside", "beside", "opposite" start a phrase of place, they are no head of a noun
    text = (
        "Every morning the keepers write the weights on the feed board outside the barn,"
        " and the shift manager reads the board before lunch."
    )
    assert pairs(text) == [("keepers", ("shift manager",))]
    text = (
        "The bakers write the oven temperatures on the board beside the proving room, and the"
        " manager reads the board after each batch."
    )
    assert pairs(text) == [("bakers", ("manager",))]


def test_a_board_nobody_wrote_on_gives_no_flow() -> None:
    assert pairs("The riders check the board at noon.") == []


def test_reading_them_after_a_board_reads_what_was_written() -> None:
    text = (
        "The nurses write the readings on the board by the door, and the sister reads them"
        " on her rounds."
    )
    assert pairs(text) == [("nurses", ("sister",))]


# ------------------------------------------------- family 2: a half-sentence before an arrow


def test_a_half_sentence_before_an_arrow_hands_on_to_the_next_subject() -> None:
    # "A does something with the sheet → B types it in": a flow from A to B
    assert pairs("- sexton writes burial slip (paper) → clerk types it into the register") == [
        ("sexton", ("clerk",))
    ]
    text = "- porter writes the bag count on a slip → supervisor copies it into the log, daily"
    assert pairs(text) == [("porter", ("supervisor",))]


def test_a_room_after_a_board_is_a_place_not_a_receiver() -> None:
    text = "- head lad writes the exercise list on the whiteboard in the tack room → riders read it"
    assert pairs(text) == [("head lad", ("riders",))]
    text = "- foreman plans the jobs on the board in the site office → joiners check it at 7"
    assert pairs(text) == [("foreman", ("joiners",))]


def test_a_content_before_an_arrow_is_not_a_half_sentence() -> None:
    # "monthly invoices": a noun that could be a verb, with nothing after it
    assert pairs("- monthly invoices → hotels, PDF by email, accts") == [("accts", ("hotels",))]


# ------------------------------------- family 2: who the subject is, across asides and names


def test_a_first_name_after_a_role_is_that_role() -> None:
    # "our receptionist Dan", "Dan, he has been the receptionist for years": one person
    text = "Owners ring our receptionist Dan, and Dan emails the booking to the groomer."
    assert pairs(text) == [("owners", ("receptionist",)), ("receptionist", ("groomer",))]
    text = (
        "Walkers usually ring Priya, she has been the ranger for years, and she emails the"
        " sightings to the county recorder."
    )
    assert pairs(text) == [("walkers", ("ranger",)), ("ranger", ("county recorder",))]


def test_a_who_relative_makes_its_noun_the_subject_after_the_aside() -> None:
    # "who" says a person, so the noun before it sends, whatever the noun
    text = "The duty chief, who signs off the warnings, emails them to the harbour team."
    assert pairs(text) == [("duty chief", ("harbour team",))]
    # "which" does not make a thing a person
    text = "The rota, which the coordinator keeps, is pinned up in the kitchen."
    assert pairs(text) == []


def test_a_new_subject_named_with_its_role_between_commas_starts_a_clause() -> None:
    # "… and Karen, our practice manager, types it up": the second clause has its own subject
    text = (
        "The dentist dictates a letter and Karen, our practice manager, types it up and emails"
        " it to the hospital's referral team."
    )
    assert pairs(text) == [
        ("dentist", ("practice manager",)),
        ("practice manager", ("hospital's referral team",)),
    ]
    text = "The vet writes the notes and Priya, the head nurse, phones the owner with the results."
    assert pairs(text) == [("head nurse", ("owner",))]


def test_an_actor_the_user_listed_keeps_the_users_spelling() -> None:
    # whichever rule named it (here the role beside a first name), a listed actor is shown as
    # the user listed it, so the review does not offer a second "practice manager"
    from assistant.models.infoflow import Actor

    known = [Actor(name=n) for n in ("Practice manager", "Hospital referral team", "Dentist")]
    text = (
        "The dentist dictates a letter and Karen, our practice manager, types it up and emails"
        " it to the hospital referral team."
    )
    out = EXTRACTOR.extract(text, known_actors=known)
    assert [(f.source, f.targets) for f in out.flows] == [
        ("Dentist", ["Practice manager"]),
        ("Practice manager", ["Hospital referral team"]),
    ]
    assert sorted(a.name for a in out.actors) == [
        "Dentist",
        "Hospital referral team",
        "Practice manager",
    ]


def test_what_a_person_does_in_another_clause_is_not_this_flows_medium() -> None:
    # "types" belongs to the receptionist's flow; the optician enters her own notes (medium)
    text = (
        "When the optician finishes a test she writes her notes straight into Optix, but if a"
        " patient needs a referral she dictates a letter and Sam, our receptionist, types it"
        " up and emails it to the eye clinic."
    )
    flows = {f.source: (f.medium, f.maturity.value) for f in EXTRACTOR.extract(text).flows}
    assert flows["optician"] == ("direct entry", "medium")
    assert flows["receptionist"] == ("email", "low")
