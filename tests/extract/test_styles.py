"""How the offline extractor reads real workshop talk (issue 14): transcripts, bullet notes,
negations, purposes, questions and answers. Each test states a rule, not one sentence's
output; the per-style figures live in bench/extract_eval.py."""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR, pairs


def names(text: str) -> set[str]:
    return {a.name.lower() for a in EXTRACTOR.extract(text).actors}


TRANSCRIPT = """Facilitator: Who sends the plan, and do you phone the warehouse?
Planner (Ana): That's me. Every Monday I email the weekly plan to the shift leads.
Shift lead (João): We get it. When a line stops I phone maintenance, and Ana gets a text from me.
Facilitator: And the stores team?"""


def test_transcript_first_person_is_the_speakers_role() -> None:
    found = pairs(TRANSCRIPT)
    assert ("planner", ("shift lead",)) in found  # the label's role, not a second actor
    assert ("shift lead", ("maintenance",)) in found
    assert ("shift lead", ("planner",)) in found  # "Ana" is the planner, "me" the shift lead


def test_transcript_names_and_the_facilitator_never_become_actors() -> None:
    actors = names(TRANSCRIPT)
    assert not actors & {"ana", "joão", "facilitator", "i", "we", "me", "warehouse"}


@pytest.mark.parametrize(
    "text",
    [
        "Nobody tells the bed manager when a discharge slips.",
        "The clerk no longer faxes the forms to the depot.",
        "We used to email the list to the drivers.",
        "The supervisor doesn't send the report to the planner.",
        "The officer would like to text the applicants with updates.",
    ],
)
def test_negated_former_and_planned_transfers_are_not_flows(text: str) -> None:
    assert pairs(text) == []


def test_time_phrases_are_not_actors() -> None:
    found = pairs("Every morning around 7:30 the bed manager phones the ED coordinator.")
    assert found == [("bed manager", ("ed coordinator",))]


def test_a_purpose_is_not_a_recipient() -> None:
    found = pairs("The bed manager calls the ED coordinator to pre-alert incoming patients.")
    assert found == [("bed manager", ("ed coordinator",))]


def test_asking_someone_a_question_makes_the_answer_the_flow() -> None:
    text = "As bed manager I phone each ward to ask the nurse in charge how many beds are free."
    assert pairs(text) == [("nurse in charge", ("bed manager",))]


def test_a_speaker_who_introduces_themselves_is_who_i_stands_for() -> None:
    found = pairs(
        "I'm the SENCo. Parents email the school office, and the office forwards it to me."
    )
    assert ("school office", ("senco",)) in found


def test_loose_arrow_notes_are_read_and_note_lines_skipped() -> None:
    notes = """Inbound
- suppliers: ASN by EDI -> TMS
- residents -> online form -> Civica (auto)
- gatehouse radios dock lead when truck arrives
- idea: live bed board? TBC
- pain: ASN often wrong, nobody checks"""
    found = pairs(notes)
    assert ("suppliers", ("tms",)) in found
    assert ("residents", ("online form",)) in found and ("online form", ("civica",)) in found
    assert ("gatehouse", ("dock lead",)) in found
    assert not any("idea" in s or "pain" in s or "bed board" in " ".join(t) for s, t in found)
    maturity = {(f.source, f.targets[0]): f.maturity.value for f in EXTRACTOR.extract(notes).flows}
    assert maturity[("suppliers", "TMS")] == "high"


def test_a_message_a_system_sends_is_automatic() -> None:
    out = EXTRACTOR.extract(
        "The docketing team enters the deadlines into Aderant. "
        "Aderant then sends reminder emails to the solicitor five days before."
    )
    found = [(f.source, f.targets, f.maturity.value) for f in out.flows]
    assert ("Aderant", ["solicitor"], "high") in found


def test_a_passive_chain_through_a_relative_clause_keeps_its_sender() -> None:
    text = (
        "Repair estimates, which are prepared by the partner body shops, are emailed to the "
        "damage coordinator. Charges that are to be re-billed to the renter are pushed from "
        "the fleet system to the billing platform overnight."
    )
    found = pairs(text)
    assert ("partner body shops", ("damage coordinator",)) in found
    assert ("fleet system", ("billing platform",)) in found


def test_kinds_a_gp_is_a_person_a_pas_or_sap_mm_a_tool() -> None:
    out = EXTRACTOR.extract(
        "The medical secretaries post the discharge letters to the GP. "
        "The bed manager updates the PAS. The buyer enters orders into SAP MM."
    )
    kinds = {a.name: a.kind.value for a in out.actors}
    assert (kinds["GP"], kinds["PAS"], kinds["SAP MM"]) == ("person", "tool", "tool")
