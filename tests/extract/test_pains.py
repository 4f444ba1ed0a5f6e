"""Pain points read from free text, beside the flow they are said about.

Sentences of my own, in the styles of STYLES.md and from domains none of the evaluation
sets uses; the last tests check what is *not* a pain.
"""

from __future__ import annotations

import pytest

from assistant.extract.heuristics.reader import extract_free_text


def pains_of(text: str) -> dict[str, list[str]]:
    """Each flow as "source -> targets", with its pain points."""
    return {
        f"{f.source} -> {', '.join(f.targets)}": f.pain_points
        for f in extract_free_text(text).flows
    }


@pytest.mark.parametrize(
    ("text", "flow", "pain"),
    [
        (
            "Every morning the depot manager phones each driver to ask where they are, "
            "which takes ages.",
            "driver -> depot manager",
            "takes ages",
        ),
        (
            "The site clerk emails the payroll team the timesheets every Friday, and half "
            "the time they are already out of date.",
            "site clerk -> payroll team",
            "half the time they are already out of date",
        ),
        (
            "Inspection reports are typed by the surveyors and posted to the landlord, "
            "usually a week late.",
            "surveyors -> landlord",
            "usually a week late",
        ),
        (
            "The kitchen rings the ward sister when the trays are ready, but nobody tells "
            "the porters.",
            "kitchen -> ward sister",
            "nobody tells the porters",
        ),
        (
            "The museum registrar emails the loan forms to the insurer. It is a nightmare "
            "every autumn.",
            "museum registrar -> insurer",
            "is a nightmare every autumn",
        ),
        (
            "The duty vet phones the owners with an update, and nobody writes that down.",
            "duty vet -> owners",
            "nobody writes that down",
        ),
        (
            "The caretaker texts the head teacher about every repair, which causes confusion.",
            "caretaker -> head teacher",
            "causes confusion",
        ),
    ],
)
def test_a_pain_said_with_a_flow_is_its_pain_point(text: str, flow: str, pain: str) -> None:
    assert pains_of(text)[flow] == [pain]


def test_a_pain_the_content_swallowed_is_cut_from_it():
    text = (
        "Each evening the site manager asks the night porter how many rooms are empty,"
        " which takes ages."
    )
    [found] = extract_free_text(text).flows
    assert "takes ages" not in found.content
    assert found.pain_points == ["takes ages"]


def test_each_flow_of_a_sentence_keeps_its_own_pain():
    text = (
        "The coach operator emails the booking office the rosters, usually two days late, "
        "and the booking office texts the drivers their shifts."
    )
    found = pains_of(text)
    assert found["coach operator -> booking office"] == ["usually two days late"]
    assert found["booking office -> drivers"] == []


@pytest.mark.parametrize(
    "text",
    [
        # what a flow carries is not a pain
        "The QA lead emails the error log to the developers every night.",
        "Residents send their complaints to the council through the website.",
        # a condition says when a flow happens
        "The roaster tells the owner when something is wrong with a batch.",
        # praise and denials are not pains
        "The booking app notifies the guests, which is the only bit nobody complains about.",
        "The treasurer emails the trustees a summary, and nobody has complained so far.",
        # "cannot" about a decision, not about seeing or knowing
        "Claims the engine cannot decide are routed by the portal to an assessor.",
    ],
)
def test_what_is_not_a_pain(text: str) -> None:
    assert all(not pains for pains in pains_of(text).values())


def test_a_transcript_turn_and_a_bullet_line_give_their_pains():
    transcript = (
        "Facilitator: How do you hear about late buses?\n"
        "Depot controller (Ana): The drivers radio me, and honestly the radio is a "
        "real problem in the tunnels."
    )
    assert pains_of(transcript)["drivers -> depot controller"] == [
        "honestly the radio is a real problem in the tunnels"
    ]
    bullets = "- stores -> buyer: weekly sales, Excel by email, always late"
    assert pains_of(bullets)["stores -> buyer"] == ["always late"]


@pytest.mark.parametrize(
    ("text", "flow", "pain"),
    [
        (
            "The booking app pushes the appointments into Provet, well, it's meant to, half"
            " the time the receptionists have to re-key them.",
            "booking app -> Provet",
            "half the time the receptionists have to re-key them",
        ),
        (
            "The charge nurse keeps her own Excel list of the patients on the pathway, because"
            " Lorenzo can't handle the second appointment, and emails it to the clinic team.",
            "charge nurse -> clinic team",
            "Lorenzo can't handle the second appointment",
        ),
        (
            "The wardens enter the permit in Chipside, and Chipside is supposed to renew it"
            " by itself.",
            "wardens -> Chipside",
            "Chipside is supposed to renew it by itself",
        ),
    ],
)
def test_workarounds_and_broken_promises_are_pains(text, flow, pain) -> None:
    assert pain in pains_of(text)[flow]


@pytest.mark.parametrize(
    "text",
    [
        "The portal sends the claims straight to Xero, so no re-keying there.",
        "The portal sends the claims straight to Xero and nobody has to re-type them.",
    ],
)
def test_re_keying_said_not_to_happen_is_no_pain(text) -> None:
    assert pains_of(text) == {"portal -> Xero": []}
