"""Wave 27 round 2, meeting transcripts: classes of mistakes found on the open sets'
transcript answers (w50 first), each fixed by a general rule and checked on every open set.

- "live" said after the system a feed goes into ("the sensors feed the readings into the
  logging software live, and …") is how, an adverb, not the system's last word; a name
  that ends in a capital "Live" keeps it;
- a receiver put right after an ellipsis ("I email it to the federation... well, to the
  technical official"; "… sorry, to …") is the one meant, as after a dash or a comma;
- a system's name put right after an ellipsis, a version number said with it ("in Sage
  50... sorry, no, it's Xero now") is the one meant;
- a question said plainly ("And then Ledgerly tells the bursar when a bill is due?") is
  taken up like a yes-no question: an answer that opens "It emails them …" is about the
  question's subject, and "them" is whom it named; an "it" with no "yes" needs that object;
- a meeting named after its day ("in the Monday review", "in the Tuesday huddle", "at the
  Friday stand-up") is when and where something is said, never a party to the flow;
- a file uploaded to a named portal for another organisation ("uploads it to Tenderlink
  for the main contractor", "to PPL for the insurers") goes to that organisation, the portal
  being its way in; uploaded for a colleague, the system still receives it;
- a party's own portal or site ("the main contractor issues the drawings on their Viewpoint
  site, and I download them from there") is a hub: the medium from that party to whoever
  fetches it there, not the party's receiver;
- a share of a group ("most of", "half of our") right after an opening phrase ("In
  practice about half of our reviewers send …", "On Fridays most of the drivers …") is who
  acts, not the opening phrase's last word;
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "answer",
    [
        "the gate sensors feed the counts into the attendance software live, and",
        "the gate sensors send the counts to the attendance software live, and",
        "the gate sensors feed the counts into the attendance software live. And",
    ],
)
def test_live_after_the_receiver_is_how_not_its_name(answer: str) -> None:
    text = (
        "Facilitator: And on the day?\n"
        f"Ops lead (Kit): We set it up the week before. On the day {answer} I watch the"
        " totals climb.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("gate sensors", ("attendance software",)) in found


def test_a_name_ending_in_a_capital_live_keeps_it() -> None:
    text = (
        "Facilitator: And the arrivals?\n"
        "Club secretary (Ann): The antennas send each arrival time to Benzing Live. Then I"
        " check them.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("antennas", ("benzing live",)) in found


@pytest.mark.parametrize("cue", ["... well,", "... sorry,", "… no,", "...well,"])
def test_a_receiver_put_right_after_an_ellipsis_is_the_one_meant(cue: str) -> None:
    text = (
        "Facilitator: And the incident report?\n"
        f"Safety officer (Rhian): I type it up and email it to the county office{cue} to the"
        " district manager, who files it.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("safety officer", ("district manager",)) in found
    assert not any(t == ("county office",) for _, t in found)


@pytest.mark.parametrize(
    "said", ["Sage 50... sorry, no, it's Xero now", "Sage… no, sorry, it's Xero now"]
)
def test_a_system_put_right_after_an_ellipsis_is_the_one_meant(said: str) -> None:
    text = (
        "Facilitator: And the invoices?\n"
        f"Office manager (Lena): I enter the supplier invoices in {said}. And Xero emails"
        " the owner a weekly summary.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("office manager", ("xero",)) in found
    assert not any("sage" in " ".join(t) for _, t in found)


@pytest.mark.parametrize(
    "question",
    [
        "And then Ledgerly tells the bursar when a bill is due?",
        "Does Ledgerly tell the bursar when a bill is due?",
    ],
)
def test_it_opening_the_answer_to_a_plain_question_is_its_subject(question: str) -> None:
    text = (
        "Facilitator: How do the bills come in?\n"
        "Finance clerk (Ola): Suppliers email me the invoices, and I key them into Ledgerly.\n"
        f"Facilitator: {question}\n"
        "Finance clerk (Ola): It emails them a due list every Monday, yes.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("ledgerly", ("bursar",)) in found


def test_they_opening_an_unconfirmed_answer_is_not_the_questions_subject() -> None:
    text = (
        "Facilitator: How do the bills come in?\n"
        "Finance clerk (Ola): Suppliers email me the invoices, and I key them into Ledgerly.\n"
        "Facilitator: And then Ledgerly tells the bursar?\n"
        "Finance clerk (Ola): They phone me when a bill is late.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert not any(s == "ledgerly" and t == ("finance clerk",) for s, t in found)


@pytest.mark.parametrize("meeting", ["Monday review", "Thursday huddle", "Friday stand-up"])
def test_a_meeting_named_after_its_day_is_no_party(meeting: str) -> None:
    text = (
        "Facilitator: Where do the changes start?\n"
        f"Planner (Lucy): The client lead gives feedback on the mock-ups in the {meeting},"
        " and I type it into Jira while she talks.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert not any(meeting.lower() in (s, *t) for s, t in found)
    assert ("client lead", ("planner",)) in found


def test_a_tracker_gone_through_in_a_huddle_is_not_sent_by_the_huddle() -> None:
    text = (
        "Facilitator: And the usage data?\n"
        "Nurse (Aisha): We go through the shared tracker in the Tuesday huddle.\n"
        "Facilitator: Thanks."
    )
    assert not any(s == "tuesday huddle" for s, _ in pairs(text))


@pytest.mark.parametrize("party", ["the main contractor", "the insurers", "the client"])
def test_an_upload_for_another_organisation_reaches_it(party: str) -> None:
    text = (
        "Facilitator: And the drawings?\n"
        f"Estimator (Ravi): I finish the price breakdown and upload it to Tenderlink for {party}"
        " every Friday.\nFacilitator: Thanks."
    )
    found = pairs(text)
    assert ("estimator", (party.removeprefix("the "),)) in found


def test_an_upload_for_a_colleague_still_goes_into_the_system() -> None:
    text = (
        "Facilitator: And the drawings?\n"
        "Estimator (Ravi): I upload the price breakdown to Tenderlink for the site engineer"
        " every Friday.\nFacilitator: Thanks."
    )
    assert ("estimator", ("tenderlink",)) in pairs(text)


@pytest.mark.parametrize(
    "posted",
    [
        "The organiser publishes the floor plan on their exhibitor portal",
        "The main contractor issues the drawings on their Aconex site",
    ],
)
def test_what_a_party_puts_on_its_own_portal_reaches_who_fetches_it(posted: str) -> None:
    text = (
        "Facilitator: Where does a job start?\n"
        f"Project manager (Gary): {posted}, and I download them from there every Monday.\n"
        "Facilitator: Thanks."
    )
    found = pairs(text)
    assert any(t == ("project manager",) for _, t in found)
    assert not any(t in {("exhibitor portal",), ("aconex",)} for _, t in found)


@pytest.mark.parametrize(
    "opener",
    ["In practice about half of our", "On Fridays most of the", "In practice all of the"],
)
def test_a_share_after_an_opening_phrase_is_who_acts(opener: str) -> None:
    text = (
        "Facilitator: And the timesheets?\n"
        f"Payroll clerk (Dee): {opener} drivers email their timesheets to me.\n"
        "Facilitator: Thanks."
    )
    assert ("drivers", ("payroll clerk",)) in pairs(text)
