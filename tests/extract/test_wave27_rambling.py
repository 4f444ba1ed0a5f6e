"""Wave 27, rambling paragraphs: the classes of mistakes a long spoken answer still makes,
found on the open rambling sets and fixed by general rules (each sentence below is new).

- "that" alone as what is sent ("the clerk forwards that to the auditors", "emails that
  back to the office"): a demonstrative, not a relative on a noun "forwards";
- a prepositional phrase opening the sentence without a determiner or a comma ("On busy
  days the secretary emails …", "For repeat orders the clerk …"): its noun is no verb;
- a second object "a/an <noun> <verb-like noun>" before "to the …" ("sends a text and an app
  alert to the controller"): a compound noun, not a new clause whose subject is "an app";
- "he"/"she" who then handles "it" ("emails the secretary the report, and he prints it and
  pins it up for …", "phone the lead, and she refers it to …"): the one who received it;
- the -ing word after a call ("ring up asking how …", "emails asking for one", "call
  wanting to know"): why someone gets in touch, never whom they reach;
- where a party is ("a supplier in Kent", "an engraver in Leeds", "a firm based in Derby"):
  a place, not a system entered in; "by our accountant in Xero" keeps its system;
- "it" that sends after "and" and a time phrase or an adverb ("…, and every night it
  pushes them into …", "and then it sends …", "every fifteen minutes"): the thing named
  before, as with "and it pushes …";
- a side, end or bit of a named system ("on the employer side of Handshake", "the admin
  end of Shopify"): that system;
- a call that names nobody it reaches, then someone who takes or writes down what it says
  ("a tenant phones, and the duty officer takes the details", "the older ones still ring,
  and the clerk writes the booking in the diary"), or that rings only a line ("ring the
  house phone, and my wife writes them in the book"): a call to that person;
- a department or a place named, then said to be a product the lexicon knows ("our
  payroll, which is Sage", "the web shop, which is Shopify"): that product;
- a party and an -ing verb of telling after "is" ("feedback is mostly the showrunner
  ringing my casting director", "ordering is usually the chef phoning the supplier"): that
  party's call; "ringing" and "texting" are a call and a text, as "rings" and "texts" are;
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sent",
    [
        "The site clerk forwards that to the auditors",
        "The site clerk sends that to the auditors by email",
        "The site clerk emails that back to the auditors",
        "The site clerk passes that on to the auditors",
    ],
)
def test_that_alone_is_what_a_sending_verb_sends(sent: str) -> None:
    found = pairs(f"The foreman writes a weekly report. {sent}.")
    assert ("site clerk", ("auditors",)) in found


@pytest.mark.parametrize(
    "opening",
    ["On busy days", "For repeat orders", "For big weddings", "In quiet weeks"],
)
def test_an_opening_phrase_without_determiner_or_comma(opening: str) -> None:
    found = pairs(f"{opening} the club secretary emails the rota to the stewards.")
    assert found == [("club secretary", ("stewards",))]


@pytest.mark.parametrize(
    "things",
    ["a letter and an email update", "a text and an app alert", "a form and a status update"],
)
def test_a_second_object_ending_in_a_verb_like_noun(things: str) -> None:
    found = pairs(f"The agent logs the repair in Fixflo, which sends {things} to the tenant.")
    assert ("fixflo", ("tenant",)) in found
    assert all(source == "fixflo" for source, _ in found[1:])


def test_a_few_then_a_verb_is_still_a_subject_and_its_verb() -> None:
    found = pairs("Most clients ring the office, and a few email the receptionist instead.")
    assert ("clients", ("office",)) in found


@pytest.mark.parametrize(
    "handling",
    [
        "he prints it and pins it up in the staff room for the cleaners",
        "he signs it and sends it to the cleaners",
        "he refers it to the cleaners",
    ],
)
def test_he_who_handles_it_is_who_received_it(handling: str) -> None:
    found = pairs(f"The fire officer emails the caretaker the inspection report, and {handling}.")
    assert ("fire officer", ("caretaker",)) in found
    assert ("caretaker", ("cleaners",)) in found


def test_he_who_acts_on_something_else_is_still_the_subject() -> None:
    found = pairs(
        "The fire officer emails the caretaker the inspection report, and he phones the"
        " cleaners about the next visit."
    )
    assert ("fire officer", ("cleaners",)) in found


@pytest.mark.parametrize(
    "call",
    [
        "Parents sometimes ring up asking how their child is doing",
        "Parents email asking for a copy",
        "Parents often phone wanting to know the fees",
    ],
)
def test_the_reason_for_a_call_is_nobody_reached(call: str) -> None:
    assert pairs(f"{call}.") == []


def test_a_team_named_by_an_ing_word_is_still_reached() -> None:
    found = pairs("The site manager emails Purchasing the order.")
    assert found == [("site manager", ("purchasing",))]


@pytest.mark.parametrize(
    "party", ["an engraver in Leeds", "an agency in Bristol", "a firm based in Derby"]
)
def test_where_a_party_is_is_no_system(party: str) -> None:
    found = pairs(f"The leaflets come from {party}, and I email them the artwork.")
    assert all(len(targets) == 1 for _, targets in found)
    assert not any(t[0] in {"leeds", "bristol", "derby"} for _, t in found)
    assert not any(s in {"leeds", "bristol", "derby"} for s, _ in found)


def test_a_system_after_a_party_and_in_is_kept() -> None:
    found = pairs("The invoice is prepared by our accountant in Xero.")
    assert found == [("accountant", ("xero",))]


@pytest.mark.parametrize("when", ["then", "every night", "every fifteen minutes"])
def test_it_after_a_time_phrase_is_the_system_named_before(when: str) -> None:
    found = pairs(
        f"The bookings come in through our web portal, and {when} it pushes them into Rota Cloud."
    )
    assert found == [("web portal", ("rota cloud",))]


@pytest.mark.parametrize("part", ["the employer side of", "the admin end of", "the jobs bit of"])
def test_a_side_of_a_named_system_is_that_system(part: str) -> None:
    found = pairs(f"Employers post their vacancies on {part} Jobvault.")
    assert found == [("employers", ("jobvault",))]


@pytest.mark.parametrize(
    "said",
    [
        "A tenant phones, and the duty officer takes the details",
        "The tenants ring up and the duty officer writes the repair in the day book",
        "When a tenant rings, the duty officer logs the repair in Northgate",
    ],
)
def test_a_call_to_nobody_named_reaches_who_takes_it(said: str) -> None:
    found = pairs(f"{said}.")
    assert found[0][1] == ("duty officer",)
    assert found[0][0] in {"tenant", "tenants"}


def test_a_call_to_someone_named_is_left_alone() -> None:
    found = pairs("A tenant phones the office, and the duty officer takes the details.")
    assert found == [("tenant", ("office",))]


@pytest.mark.parametrize("line", ["the house phone", "our freephone line", "the main number"])
def test_a_call_to_a_line_reaches_who_takes_it(line: str) -> None:
    found = pairs(f"Most customers ring {line}, and the duty officer writes the order in the book.")
    assert ("customers", ("duty officer",)) in found


@pytest.mark.parametrize("kind", ["our payroll", "the web shop"])
def test_a_kind_said_to_be_a_known_product_is_that_product(kind: str) -> None:
    found = pairs(f"I'm the office manager. I put the orders into {kind}, which is Sage.")
    assert found == [("office manager", ("sage",))]


@pytest.mark.parametrize(
    "said",
    [
        "Ordering is usually the chef phoning the supplier",
        "Feedback is mostly the chef ringing the supplier",
        "The other way is the chef emailing the supplier",
    ],
)
def test_a_party_and_a_gerund_after_is_is_that_partys_act(said: str) -> None:
    assert pairs(f"{said}.") == [("chef", ("supplier",))]


@pytest.mark.parametrize(("verb", "medium"), [("ringing", "phone call"), ("texting", "chat")])
def test_ringing_and_texting_are_their_media(verb: str, medium: str) -> None:
    from tests.extract.reading import EXTRACTOR

    out = EXTRACTOR.extract(f"The coach is {verb} the parents.")
    assert [(f.source, f.targets, f.medium) for f in out.flows] == [("coach", ["parents"], medium)]
