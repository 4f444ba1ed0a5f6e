"""Wave-8 rules (issue 14 item 1): who is meant. A name is read as the role said beside it in
any shape, a speaker who names their role in prose is what I/me stand for, and role nouns no
list holds count where only a role can stand. Sentences of our own, in domains no evaluation
set uses."""

from __future__ import annotations

import pytest

from assistant.extract.heuristics import tokens
from tests.extract.reading import pairs

# ------------------------------------------------- a name beside its role, in every shape


def test_a_name_with_its_role_between_dashes_is_the_role_later_too() -> None:
    text = (
        "Ruth - she's our verger - emails the rota to the bell ringers. Later Ruth phones the"
        " vicar."
    )
    assert pairs(text) == [("verger", ("bell ringers",)), ("verger", ("vicar",))]


def test_a_titled_name_is_its_role_and_the_title_is_no_actor() -> None:
    text = (
        "Visitors write to the curator, Dr Mensah, by email. Each Friday Dr Mensah sends the"
        " loan list to the registrar."
    )
    assert pairs(text) == [("visitors", ("curator",)), ("curator", ("registrar",))]
    text = (
        "Guests write to the warden, Father Bede, by email. He keeps the bookings in a ledger"
        " and emails the week's list to the cook."
    )
    assert pairs(text) == [("guests", ("warden",)), ("warden", ("cook",))]


def test_a_name_whose_role_ends_the_sentence() -> None:
    # "…, our statistician, Amir." : the name closes the sentence, no comma after it
    text = "The scores go to our statistician, Amir. Amir phones the league secretary."
    assert pairs(text) == [("statistician", ("league secretary",))]


def test_a_role_in_brackets_after_a_name() -> None:
    text = "Kofi (our groundsman) texts the pitch report to the fixtures secretary."
    assert pairs(text) == [("groundsman", ("fixtures secretary",))]
    text = "The tallies go to Kofi (our groundsman), who texts them to the fixtures secretary."
    assert pairs(text) == [("groundsman", ("fixtures secretary",))]


def test_an_alternative_in_brackets_does_not_cut_the_sentence() -> None:
    text = (
        "Every morning Ana, our pool supervisor (or whoever is on the early shift), emails"
        " the chlorine readings to the facilities manager."
    )
    assert pairs(text) == [("pool supervisor", ("facilities manager",))]


def test_a_name_said_to_be_a_role() -> None:
    text = "Ines is our bookkeeper. Every month Ines emails the payslips to the staff."
    assert pairs(text) == [("bookkeeper", ("staff",))]


def test_a_role_called_by_a_name() -> None:
    text = "We have a volunteer called Bev, and Bev emails the rota to the drivers."
    assert pairs(text) == [("volunteer", ("drivers",))]


def test_a_role_no_list_holds_is_a_role_when_she_or_he_is_said_to_be_it() -> None:
    # "sexton" is in no word list: "he's our sexton" says it is a person's role
    text = (
        "Hal, he's our sexton, phones the vicar when a grave is dug. Hal also texts the undertaker."
    )
    assert pairs(text) == [("sexton", ("vicar",)), ("sexton", ("undertaker",))]
    # a title says a person is meant: "bursar" is their role
    text = "I give the tallies to Sister Agnes, our bursar, and Sister Agnes enters them into Sage."
    assert pairs(text) == [("bursar", ("sage",))]


def test_she_is_the_person_said_to_be_she_not_the_subject_before() -> None:
    text = (
        "The coach texts the photo to Dr Lind - she's our medical referee - and she texts"
        " back the decision."
    )
    assert pairs(text) == [("coach", ("medical referee",)), ("medical referee", ("coach",))]


def test_several_names_share_the_role_said_beside_them() -> None:
    text = (
        "Anna and Ben, our receptionists, email the list to the vet. Later Anna phones the owner."
    )
    assert pairs(text) == [("receptionists", ("vet",)), ("receptionists", ("owner",))]
    # "churchwardens" is in no list: several people named beside it make it a role
    text = (
        "The churchwardens, that's Alan and Sue, get a note from the secretary. Alan phones"
        " the vicar."
    )
    assert pairs(text) == [("secretary", ("churchwardens",)), ("churchwardens", ("vicar",))]


def test_a_system_named_beside_its_kind_stays_a_system() -> None:
    # no person: "session app" beside "Pulse", "auto" in brackets after a system
    text = "The nurses record answers in our session app, Pulse, which uploads them to NDD."
    assert ("pulse", ("ndd",)) in pairs(text)
    assert pairs("- web bookings: online shop -> Clubspark (auto)") == [
        ("online shop", ("clubspark",))
    ]


# --------------------------------------------- the speaker names their role in prose


def test_the_role_then_that_is_me() -> None:
    text = (
        "The coordinator, that's me, emails the rota to the volunteers. The local primary"
        " school rings me when they want to bring a class."
    )
    assert pairs(text) == [
        ("coordinator", ("volunteers",)),
        ("local primary school", ("coordinator",)),
    ]


def test_that_is_me_then_the_role_no_list_holds() -> None:
    text = "Oh, that's me, the warden. The tenants ring me about repairs."
    assert pairs(text) == [("tenants", ("warden",))]
    assert pairs("As the bursar I email the figures to the trustees.") == [
        ("bursar", ("trustees",))
    ]


def test_a_speaker_naming_themselves_and_their_role() -> None:
    text = (
        "I'm Sarah, the coordinator. The school rings me about visits, and the head emails"
        " Sarah the dates."
    )
    assert pairs(text) == [("school", ("coordinator",)), ("head", ("coordinator",))]


def test_no_role_is_read_from_a_speaker_saying_how_they_are() -> None:
    assert pairs("I'm a bit worried. The tenants ring me about repairs.") == []
    assert pairs("I'm the only one here. The tenants ring me about repairs.") == []


# ------------------------------------------------------------------ counts are no verbs


def test_a_count_of_days_opens_the_sentence() -> None:
    text = "After 14 days the library assistant emails the overdue list to the branch manager."
    assert pairs(text) == [("library assistant", ("branch manager",))]


# ------------------------------------------------- examples are what is talked about


def test_a_list_of_examples_before_the_clause_names_no_sender() -> None:
    # "…, bruising, scab, whatever, I call …": the examples are the problem, not who calls
    text = (
        "Grader (Nils): If a crate is bad, mould, bruising, whatever, I ring the packer.\n"
        "Packer (Ola): Yes, he rings me."
    )
    assert pairs(text) == [("grader", ("packer",))]
    text = "Fixtures, results and so on, the league secretary emails the coaches every Sunday."
    assert pairs(text) == [("league secretary", ("coaches",))]


def test_examples_after_the_verb_stay_what_is_sent() -> None:
    text = "The ranger sends the counts, sightings, weather and so on to the trust office."
    assert pairs(text) == [("ranger", ("trust office",))]


def test_examples_are_looked_for_within_bounded_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    # a run-on list of thousands of items: the examples pattern only ever sees a piece of
    # at most MAX_SENTENCE_WORDS words, so reading stays linear in the answer
    seen: list[int] = []
    original = tokens._without_examples

    def spy(piece: str) -> str:
        seen.append(len(piece.split()))
        return original(piece)

    monkeypatch.setattr(tokens, "_without_examples", spy)
    parts = tokens.split_sentences("apples, whatever, " * 2_000 + "the end.")
    assert seen and max(seen) <= tokens.MAX_SENTENCE_WORDS
    assert all(len(part.split()) <= tokens.MAX_SENTENCE_WORDS for part in parts)
