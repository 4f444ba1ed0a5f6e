"""Wave 26, meeting transcripts, second round: classes of mistakes found on the open sets'
transcript answers, each fixed by a general rule and checked on every open set.

- a "they"/"them" with nobody else to stand for, in a transcript, is the person the
  conversation is about, named last in a question or an answer ("What happens when a
  tenant reports a leak?" — "Fixflo texts them a reference"), never someone talking;
- "the rest", "the others", "everyone else" acting ("Most book online. The rest phone me")
  are the people named last, in a question or an answer; not "the rest of the year", not
  a passive ("the rest are sent a form"), not a list's tail ("Spotify, Apple and the rest");
- whoever types a call into a system "while the customer is still on the line" was phoned by
  that caller ("My team keys them into Navision while the customer is still on the line"),
  unless the call is said already, maybe by another name, or the caller is only "the caller";
- a share of a group said with a hedge ("About two thirds of customers book online") or as
  a fifth or a quarter ("a fifth of them still ring their rep") is that group;
- a short denial, then a clause of its own after a comma ("They don't, I email them the
  dates"; "We don't, no, the buyer does that") does not negate that clause;
- a speaker taking back what they just said ("I send the quote to the client. Well, no,
  Ruth sends it"; "No, sorry, Bookwhen sends them") corrects the flow said before: the
  sender the correction names sends it.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "answer",
    [
        "Fixflo texts them automatically once it is logged.",
        "Fixflo sends them a reference number straight away.",
    ],
)
def test_them_with_nobody_else_is_who_the_conversation_is_about(answer: str) -> None:
    text = (
        "Facilitator: What happens when a tenant reports a leak?\n"
        f"Property manager (Ruth): {answer}\n"
        "Contractor (Ian): And I get the job on my phone."
    )
    found = pairs(text)
    assert ("fixflo", ("tenant",)) in found


def test_them_never_stands_for_someone_talking() -> None:
    text = (
        "Facilitator: And the invoices?\n"
        "Contractor (Ian): I post them to the property manager.\n"
        "Property manager (Ruth): Xero emails them automatically at month end."
    )
    found = pairs(text)
    assert not any(t in {("contractor",), ("property manager",)} for s, t in found if s == "xero")


@pytest.mark.parametrize(
    "answer",
    [
        "Most of them use the portal now. The rest phone me and I key it into Arbor.",
        "About half fill in the online form, the others email me a scan.",
    ],
)
def test_the_rest_acting_are_the_people_named_last(answer: str) -> None:
    text = (
        "Facilitator: How do parents apply for a place?\n"
        f"Admissions officer (Ruth): {answer}\n"
        "Head teacher (Ian): And I see the list at the end of the week."
    )
    found = pairs(text)
    assert ("parents", ("admissions officer",)) in found


def test_the_rest_of_a_list_or_a_passive_is_no_one() -> None:
    text = (
        "Facilitator: How do parents apply for a place?\n"
        "Admissions officer (Ruth): Most apply online, and the rest are sent a paper form by"
        " the school office. Arbor does the rest of the year on its own.\n"
        "Head teacher (Ian): Yes."
    )
    found = pairs(text)
    assert not any(s == "parents" and t == ("school office",) for s, t in found)
    assert not any(s == "arbor" and "parents" in t for s, t in found)


@pytest.mark.parametrize(
    "answer",
    [
        "Most bookings come in by phone. I key them into Rentman while the client is still on"
        " the line.",
        "My team types the orders into Merchant Plus while the builder is on the phone.",
    ],
)
def test_typing_while_the_caller_is_on_the_line_was_a_call(answer: str) -> None:
    text = f"Facilitator: And orders?\nSales coordinator (Ruth): {answer}\nDriver (Ian): Yes."
    found = pairs(text)
    assert any(s in {"client", "builder"} and t == ("sales coordinator",) for s, t in found)


@pytest.mark.parametrize(
    "answer",
    [
        "Tenants ring the repairs desk, and the repairs desk advisers log it in Orchard while the"
        " tenant is still on the line.",
        "Tenants ring the repairs desk, and I log it in Orchard while the caller is on the line.",
    ],
)
def test_a_call_said_already_is_not_said_twice(answer: str) -> None:
    text = f"Facilitator: And repairs?\nRepairs lead (Ruth): {answer}\nSurveyor (Ian): Yes."
    found = pairs(text)
    calls = [s for s, t in found if s in {"tenant", "tenants", "caller"}]
    assert calls == ["tenants"]


@pytest.mark.parametrize(
    "answer",
    [
        "About two thirds of members book in Clubspark. The rest ring me.",
        "Roughly half of the members book in Clubspark. The others ring me.",
    ],
)
def test_a_hedged_share_of_a_group_is_the_group(answer: str) -> None:
    text = f"Facilitator: And courts?\nClub secretary (Ruth): {answer}\nCoach (Ian): Yes."
    found = pairs(text)
    assert ("members", ("clubspark",)) in found
    assert ("members", ("club secretary",)) in found


def test_a_fifth_of_a_group_is_the_group() -> None:
    text = (
        "Facilitator: And orders?\nMill manager (Ruth): Most farmers order in the app, although"
        " about a fifth of them still ring the sales rep.\nSales rep (Ian): Yes."
    )
    found = pairs(text)
    assert ("farmers", ("sales rep",)) in found
    assert not any(s == "fifth" for s, _ in found)


@pytest.mark.parametrize(
    "answer",
    [
        "They don't, I email them the weekly figures.",
        "No, they don't, I email them the weekly figures.",
    ],
)
def test_a_short_denial_does_not_negate_the_clause_after_it(answer: str) -> None:
    text = (
        "Facilitator: Does the finance team see the figures?\n"
        f"Shop manager (Ruth): {answer}\nBuyer (Ian): Yes."
    )
    assert ("shop manager", ("finance team",)) in pairs(text)


def test_a_denial_still_denies_its_own_clause() -> None:
    text = (
        "Facilitator: Do you email the finance team?\n"
        "Shop manager (Ruth): I don't email them, they look at the shared sheet.\nBuyer (Ian): Yes."
    )
    assert ("shop manager", ("finance team",)) not in pairs(text)


@pytest.mark.parametrize(
    "taken_back",
    ["Well, no, Ruth sends it, I just fill in the sheet.", "No, sorry, Xero sends it now."],
)
def test_a_sender_taken_back_is_corrected(taken_back: str) -> None:
    text = (
        "Facilitator: And the invoice?\n"
        f"Bookkeeper (Ian): I send the invoice to the client. {taken_back}\n"
        "Director (Ruth): Yes."
    )
    found = pairs(text)
    assert ("bookkeeper", ("client",)) not in found
    assert any(s in {"director", "xero"} and t == ("client",) for s, t in found)


def test_a_no_that_answers_a_question_takes_nothing_back() -> None:
    text = (
        "Facilitator: Do you post the invoice?\n"
        "Bookkeeper (Ian): No, Xero sends it. I email the client a statement.\n"
        "Director (Ruth): Yes."
    )
    assert ("bookkeeper", ("client",)) in pairs(text)
