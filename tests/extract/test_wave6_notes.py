"""Wave-6 rules for meeting transcripts, bullet/arrow notes and precision (issue 14 item 1),
each stated on sentences of our own, not taken from any evaluation set."""

from __future__ import annotations

from assistant.extract.offline import OfflineExtractor

EXTRACTOR = OfflineExtractor()


def pairs(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = EXTRACTOR.extract(text)
    return [(f.source.lower(), tuple(t.lower() for t in f.targets)) for f in out.flows]


# ------------------------------------------------------------------ precision: who can be an actor


def test_an_adverb_of_place_is_never_a_receiver() -> None:
    text = (
        "The probe raises an alert on the engineer's phone whenever a tank drops below its limit."
    )
    assert pairs(text) == [("probe", ("engineer",))]


def test_a_noun_after_a_copula_is_never_a_sender() -> None:
    text = (
        "Nobody logs the calls, which is a pity because the director would love to see the"
        " trends. They report it to the council."
    )
    assert pairs(text) == []


def test_a_hub_nobody_reads_is_not_a_receiver() -> None:
    # an inbox, a tray or a paper book is where things are left, not who reads them
    assert pairs("Guests email their requests to the reception inbox.") == []
    text = "The lab volunteer writes each sample weight in the sample ledger, a big paper book."
    assert pairs(text) == []
    # a system's ledger stays a receiver
    assert pairs("The ERP posts the credit amounts to the finance ledger every night.") == [
        ("erp", ("finance ledger",))
    ]


def test_paperwork_filed_somewhere_is_not_a_flow() -> None:
    assert pairs("- visitor paperwork still paper, filed in office\n- idea: scan it") == []


def test_a_person_named_by_a_first_name_owns_their_tray() -> None:
    text = (
        "Reception (Ana): I scan each letter and put it in Joe's tray.\n"
        "Practice manager (Joe): Then I sign them."
    )
    assert pairs(text) == [("reception", ("practice manager",))]
