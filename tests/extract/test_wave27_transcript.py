"""Wave 27, meeting transcripts: classes of mistakes found on the open sets' transcript
answers (w50 first), each fixed by a general rule and checked on every open set.

- a page named like a system ("a Confluence page", "the wiki page") written on and read
  there ("… and the support team reads them there") is the medium from its writer to the
  reader, like a board, not the writer's receiver;
- "it" that sends after a speaker whose role ends like a device ("Researcher (Mei): I
  submitted it in Worktribe, and it sent my supervisor an email") is the system, never the
  speaker, who is "I";
- a researcher, coach, host or product owner speaking in a transcript that names its
  facilitator is a participant, not the one asking ("Facilitator: …" then "Researcher
  (Mei): I submit it in Worktribe");
- a paper walked, run or carried over to someone ("walk it over to Gareth", "a pupil runs
  it down to the office") reaches them, and a runner who carries another's paper is no
  party to it: the flow is the writer's;
- what a system sends or posts to "my queue", "my Slack channel" or "our station queue"
  reaches the speaker, and a thing that drops into one's own queue or task list ("the salvage
  instruction drops into my queue in Guidewire", "they drop into my queue") comes from
  the system named there or used last;
- "the system" or "the software" alone, once a system has been named by its own name, is
  that system ("… assign the reviewers in Worktribe … she pastes them into the system");
- a name with a kin said aside before "is our …" ("Sandra, my wife, is our bookkeeper, and
  she …") is that role, so "she" finds it;
- "do it" with where it is done said first ("I do it in Stripe, and Stripe emails the
  customer a receipt") is the verb, entering it there, not a helper of the next verb;
- "either way" opening a sentence ("Either way Wheelbase then emails the customer") is no
  part of the name after it;
- "It" that sends, opening a sentence after another of the same turn ("I enter the rents in
  Orchard. It sends me an arrears report"), is the system the flows said last; a turn's
  first "it" answers the question and is left to it.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize("page", ["a Confluence page", "the Notion page", "our wiki page"])
def test_a_page_written_on_and_read_there_is_the_medium(page: str) -> None:
    text = (
        "Facilitator: And the handover?\n"
        f"Release manager (Ingrid): I write the release notes on {page}, and the support"
        " team reads them there before go-live.\nSupport lead (Sam): Yes."
    )
    found = pairs(text)
    assert ("release manager", ("support team",)) in found
    assert not any(s == "release manager" and t != ("support team",) for s, t in found)


@pytest.mark.parametrize("role", ["Researcher", "Designer", "Bookkeeper"])
def test_it_that_sends_after_a_speaker_ending_in_er_is_the_system(role: str) -> None:
    text = (
        "Facilitator: And then?\n"
        f"{role} (Mei): Then I submitted it in Worktribe, and it sent my manager an automatic"
        " email.\nManager (Gwen): Right."
    )
    found = pairs(text)
    assert ("worktribe", ("manager",)) in found
    assert (role.lower(), ("manager",)) not in found


@pytest.mark.parametrize("role", ["Researcher", "Product owner", "Coach", "Host"])
def test_an_asking_role_is_a_speaker_when_the_facilitator_is_named(role: str) -> None:
    text = (
        "Facilitator: Where does it start?\n"
        f"{role} (Mei): I email the grant form to the finance officer every Friday.\n"
        "Finance officer (Ravi): Yes, and I key it into Agresso."
    )
    found = pairs(text)
    assert (role.lower(), ("finance officer",)) in found


def test_an_asking_role_still_asks_when_no_facilitator_is_named() -> None:
    text = (
        "Researcher: Where does it start?\n"
        "Finance officer (Ravi): The team leader emails me the grant form, and I key it into"
        " Agresso.\n"
        "Researcher: And then?\n"
        "Finance officer (Ravi): That's it."
    )
    found = pairs(text)
    assert not any("researcher" in s for s, _ in found)
    assert ("team leader", ("finance officer",)) in found


@pytest.mark.parametrize(
    "answer",
    [
        "I fill in a work request and walk it over to the planner.",
        "I write up the defect card and run it across to the planner before lunch.",
        "I fill in the defect card and carry it round to the planner.",
    ],
)
def test_a_paper_walked_over_to_someone_reaches_them(answer: str) -> None:
    text = f"Facilitator: And then?\nFitter (Joe): {answer}\nPlanner (Dana): Right."
    assert ("fitter", ("planner",)) in pairs(text)


@pytest.mark.parametrize(
    "answer",
    [
        "I note the counts on the tally sheet. One of the juniors runs the sheet up to Dana.",
        "I take the counts on paper and a junior runs it down to Dana.",
    ],
)
def test_a_runner_carries_the_writers_paper(answer: str) -> None:
    text = f"Facilitator: And then?\nFitter (Joe): {answer}\nPlanner (Dana): Yes, I key it in."
    found = pairs(text)
    assert ("fitter", ("planner",)) in found
    assert not any("junior" in s or any("junior" in t for t in ts) for s, ts in found)


def test_children_walked_over_to_a_hall_are_no_flow() -> None:
    text = (
        "Facilitator: And then?\nTeacher (Joe): I walk the children over to the hall at nine.\n"
        "Head (Dana): Yes."
    )
    assert pairs(text) == []


@pytest.mark.parametrize(
    "answer",
    [
        "When Tracer finds a match it sends a message to our station queue, automatically.",
        "Jenkins posts the failed builds in my Slack channel.",
        "Once the claim is settled, the payment instruction drops into my queue in Tracer.",
    ],
)
def test_what_a_system_puts_in_my_own_queue_reaches_me(answer: str) -> None:
    text = f"Facilitator: And then?\nClaims handler (Kofi): {answer}\nSupervisor (Dana): Right."
    found = pairs(text)
    assert any(t == ("claims handler",) and s in {"tracer", "jenkins"} for s, t in found)
    assert not any("queue" in " ".join(t) or "instruction" in s for s, t in found)


def test_what_drops_into_my_queue_comes_from_the_system_it_was_entered_in() -> None:
    text = (
        "Facilitator: How do orders reach the stores?\n"
        "Executive chef (Marco): I enter the requisitions in Fidelio every morning.\n"
        "Facilitator: And the provision master picks them up there?\n"
        "Provision master (Joy): Yes, they drop into my queue automatically."
    )
    assert ("fidelio", ("provision master",)) in pairs(text)


def test_the_system_after_a_named_system_is_that_system() -> None:
    text = (
        "Facilitator: Where do the jobs live?\n"
        "Planner (Ruth): I book every job in Jobber. The fitters email me their time sheets"
        " and I paste them into the system on Fridays.\nFitter (Ian): Yes."
    )
    found = pairs(text)
    assert ("planner", ("jobber",)) in found
    assert not any("system" in t for _, ts in found for t in ts)


def test_the_software_said_whose_is_not_the_system_named_before() -> None:
    text = (
        "Facilitator: And the recipes?\n"
        "Dye house chief (Aldo): The orders are in SAP. The lab gives me the recipe on a card"
        " and I type it in the software of the dosing machine, ColorDos.\nLab (Ines): Yes."
    )
    assert ("dye house chief", ("sap",)) not in pairs(text)


def test_a_name_with_a_kin_aside_is_the_role_said_after_it() -> None:
    text = (
        "We order the timber from the sawmill by phone. Sandra, my wife, is our bookkeeper,"
        " and she emails the invoices to the funeral directors every Friday."
    )
    found = pairs(text)
    assert ("bookkeeper", ("funeral directors",)) in found
    assert not any(s == "sawmill" for s, _ in found)


@pytest.mark.parametrize("system", ["Stripe", "Xero"])
def test_doing_it_in_a_system_is_entering_it_there(system: str) -> None:
    text = (
        "Facilitator: And the refund itself?\n"
        f"Office assistant (Lou): I do it in {system}, and {system} emails the customer a"
        " receipt automatically.\nOwner (Dan): Yes."
    )
    found = pairs(text)
    assert ("office assistant", (system.lower(),)) in found
    assert (system.lower(), ("customer",)) in found
    assert ("office assistant", ("customer",)) not in found


def test_what_pops_up_on_my_task_list_comes_from_the_system() -> None:
    text = (
        "Facilitator: So the surveyor hears about it from you?\n"
        "Surveyor (Amira): Not really. The new job just pops up on my task list in Concerto.\n"
        "Planner (Bev): Yes."
    )
    assert ("concerto", ("surveyor",)) in pairs(text)


@pytest.mark.parametrize("opener", ["Either way", "Either way,", "And either way"])
def test_either_way_opening_a_sentence_is_no_part_of_the_name(opener: str) -> None:
    text = (
        "Facilitator: Where do bookings come from?\n"
        "Reservations lead (Sofia): Most book online, the rest ring us."
        f" {opener} Wheelbase then emails the customer the confirmation.\nOwner (Dan): Yes."
    )
    found = pairs(text)
    assert ("wheelbase", ("customer",)) in found
    assert not any("way" in s for s, _ in found)


def test_it_opening_a_later_sentence_of_a_turn_is_the_system_said_last() -> None:
    text = (
        "Facilitator: And the rents?\n"
        "Housing officer (Tariq): I enter the rents in Orchard. It sends me an arrears report"
        " every Monday.\nScheme manager (Pauline): Yes."
    )
    assert ("orchard", ("housing officer",)) in pairs(text)


def test_it_opening_a_turn_is_not_the_system_said_last() -> None:
    text = (
        "Facilitator: Who keeps the hours?\n"
        "Ops assistant (Megan): I key them into CAMP every evening.\n"
        "Facilitator: And the inspections, when one is due?\n"
        "Engineer (Tom): It sends a due list to the maintenance org."
    )
    assert not any(s == "camp" for s, _ in pairs(text))
