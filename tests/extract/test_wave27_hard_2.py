"""Wave 27, round 2 (hard constructions): found on the hard-construction answers of the open
sets (w50 first), written here again in other trades, then checked on every open set.

- a role named by "head of", "director of" or "chief of" and a field of two words ("the head
  of public affairs", "the directors of public health", "the head of cabin crew") is one role
  with both words; a verb, a time or a name after the first word still ends it ("the head of
  year reports …", "the head of department every Monday");
- the party something is bought from ("we buy the flour from a miller in Leeds", "the cloth
  we are buying from a mill in Prato") is who "he" or "she" stands for next ("I phone him
  when we run low"), as a party introduced with "we have" is;
- what is handled, put first with no comma before the one who handles it, in the non-native
  progressive ("The invoice the customer is getting by post from the office clerk", "The
  payslips the bookkeeper is doing in Sage") is that verb's object; a relative before the
  main verb ("The report the manager is writing goes to the board") is left as it was;
- a role or team whose name has "of" inside, its head last ("the rights of way officer",
  "the front of house manager", "our first notice of loss team"), is one actor; a thing of
  some people ("the names of the staff members", "a list of duty managers") is not;
- a town named only after a building and "in" ("the orders in the showroom in Paris", "the
  office in Leeds") or after someone and a direction ("the finance officer down in London")
  is where they are, no actor; "our accountant in Xero" still enters in Xero;
- a role with no article right after a verb of sending or telling and "to" ("is sending
  the order by mail to export sales", "drivers are reporting to plant manager") is who is
  told, though its first word may be a verb; after any other word ("uses it to charge
  members") "to" opens an infinitive.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Our account manager emails the draft to the client's head of public affairs, who"
            " signs it.",
            ("account manager", ("client's head of public affairs",)),
        ),
        (
            "The rostering officer sends the roster to the head of cabin crew by email.",
            ("rostering officer", ("head of cabin crew",)),
        ),
        (
            "The surveillance team emails the weekly case counts to the directors of public"
            " health.",
            ("surveillance team", ("directors of public health",)),
        ),
    ],
)
def test_a_role_of_a_two_word_field(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "The tutor emails the head of year every Monday with the absences.",
            ("tutor", ("head of year",)),
        ),
        (
            "The teacher emails the head of department the marks, and the head of department"
            " enters them in Arbor.",
            ("teacher", ("head of department",)),
        ),
    ],
)
def test_a_role_of_one_word_stays(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "I am the owner of a small tailoring shop. The cloth we are buying from a mill in"
            " Prato, I am emailing her the order every month.",
            "mill",
        ),
        (
            "I am the owner of a small bakery. We purchase the sugar from a wholesaler. I send"
            " him the order by fax.",
            "wholesaler",
        ),
    ],
)
def test_a_party_bought_from_is_who_he_or_she_is(text: str, party: str) -> None:
    assert ("owner", (party,)) in pairs(text)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "The invoice the customer is getting by post from the office clerk.",
            ("office clerk", ("customer",)),
        ),
        (
            "The payslips the bookkeeper is doing in Sage, and Sage is emailing them to the"
            " staff automatic.",
            ("bookkeeper", ("sage",)),
        ),
        (
            "The weekly plan our foreman is writing on the whiteboard for the welders.",
            ("foreman", ("welders",)),
        ),
    ],
)
def test_an_object_put_first_before_its_doer(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)


def test_a_relative_before_the_main_verb_stays() -> None:
    got = pairs("The report the manager is writing goes to the board every month by email.")
    assert ("board", ("manager",)) not in got


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "The ranger phones the rights of way officer, who writes to the landowner.",
            ("ranger", ("rights of way officer",)),
        ),
        (
            "Policyholders report the claim by phone to our first notice of loss team.",
            ("policyholders", ("first notice of loss team",)),
        ),
        (
            "The box office manager emails the front of house manager the seat count.",
            ("box office manager", ("front of house manager",)),
        ),
    ],
)
def test_a_role_with_of_inside(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)


def test_a_speaker_with_of_inside() -> None:
    got = pairs(
        "I email the legal team the case file. Oh, I should say, I'm the rights of way officer."
    )
    assert ("rights of way officer", ("legal team",)) in got


def test_a_list_of_people_is_no_role() -> None:
    got = pairs("The planner emails a list of duty managers to the site office.")
    assert ("planner", ("site office",)) in got


def test_a_speaker_of_a_business_is_the_role_alone() -> None:
    got = pairs("I'm the owner of sixty shops in Leeds. I email the accountant the sales figures.")
    assert ("owner", ("accountant",)) in got


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "I am the owner of a small hat workshop. The dealers place their orders in the"
            " showroom in Milan on paper, and our agent emails me the forms.",
            "milan",
        ),
        (
            "Cheques come to the office in Leeds, and the receptionist posts copies to the"
            " finance officer down in Bristol every week.",
            "bristol",
        ),
    ],
)
def test_a_town_is_no_actor(text: str, town: str) -> None:
    got = pairs(text)
    assert got
    assert all(town != src and town not in targets for src, targets in got)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "The dealer is sending the order by mail to export sales.",
            ("dealer", ("export sales",)),
        ),
        ("Drivers are reporting to plant manager by phone.", ("drivers", ("plant manager",))),
    ],
)
def test_a_bare_role_after_telling_to(text: str, flow: tuple[str, tuple[str, ...]]) -> None:
    assert flow in pairs(text)
