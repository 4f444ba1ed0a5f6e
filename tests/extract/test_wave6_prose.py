"""Wave-6 prose rules of the free-text reader (issue 14 item 1), each stated on sentences of
our own in other domains, not taken from any evaluation set."""

from __future__ import annotations

from assistant.extract.offline import OfflineExtractor

EXTRACTOR = OfflineExtractor()


def pairs(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = EXTRACTOR.extract(text)
    return [(f.source.lower(), tuple(t.lower() for t in f.targets)) for f in out.flows]


def actor_names(text: str) -> set[str]:
    return {a.name.lower() for a in EXTRACTOR.extract(text).actors}


def test_an_adjective_or_adverb_left_alone_is_never_a_party() -> None:
    # a sensor reading "drops below" a level: neither word is someone
    text = (
        "The boiler controller raises an alarm on the caretaker's phone when a red drops"
        " below zero."
    )
    assert pairs(text) == [("boiler controller", ("caretaker",))]
    assert not actor_names(text) & {"red", "below"}
    # "their commercial invoices and packing lists": the modifier is not the receiver
    text = "Exporters email their commercial invoices and packing lists to the freight agent."
    assert pairs(text) == [("exporters", ("freight agent",))]


def test_what_a_copula_says_something_is_never_acts_later() -> None:
    text = (
        "Nobody collects the parish returns, which is a pity because we would love to see the"
        " totals. When a warden finds damage, they report it to the diocesan surveyor."
    )
    assert "pity" not in actor_names(text)
    assert all("pity" not in source for source, _ in pairs(text))
