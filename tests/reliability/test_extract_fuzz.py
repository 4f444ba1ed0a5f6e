"""The offline extractor never raises on talk built from the pieces rambling answers are made
of: subjects with desks and asides, verbs with "has to" and particles, objects, places and
systems, relatives, corrections and apologies, opening clauses with and without commas.

Word soup (``tests/extract/test_offline.py``) rarely builds a clause the rules take apart;
these sentences do. A sealed batch once lost a whole answer to an AssertionError on "Members
on the app, which sends it to Legend": a relative on a channel after a clause with no verb.
``make stress`` runs many more examples (``DATA360_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.extract.offline import OfflineExtractor

EXTRACTOR = OfflineExtractor()
EXAMPLES = int(os.environ.get("DATA360_FUZZ_EXAMPLES", "150"))

_SUBJECTS = [
    "the clerk",
    "Members",
    "Priya on reception",
    "it",
    "they",
    "she",
    "we",
    "I",
    "the website form",
    "Xero",
    "Shona in the office three days a week",
    "our admin team",
    "one of the nurses",
    "Pat's the secretary",
    "the ones who can't do online",
    "nobody",
    "Half the small ones",
    "",
]
_VERBS = [
    "sends",
    "emails",
    "puts",
    "runs",
    "has to ring",
    "books",
    "passes",
    "drops",
    "reads",
    "takes",
    "keeps",
    "prints",
    "uploads",
    "checks",
    "is",
    "gets",
    "tells",
    "will phone",
    "does",
    "",
]
_OBJECTS = [
    "the report",
    "it",
    "them",
    "the list",
    "a gang out",
    "the arrears report out of",
    "the reminders, texts mostly,",
    "a summary",
    "her own Excel list of the puppies and kittens",
    "the job",
    "",
]
_PLACES = [
    "on the app",
    "through the website",
    "into Xero",
    "to the manager",
    "for the trustees",
    "at the board meeting",
    "to the partners' meeting",
    "back to Confirm",
    "by email",
    "onto the classified pages in Méthode",
    "with the Royal Mail",
    "via the portal",
    "",
]
_JOINS = [
    ", which",
    ", who",
    " and",
    ", or",
    " but",
    ".",
    ";",
    ", and if",
    " where",
    " when",
    ", sorry, I should have said,",
    ", well, actually,",
    " -",
    " (",
    ")",
    ",",
]
_OPENINGS = ["", "When ", "Where ", "If ", "And ", "So ", "Honestly, "]


def _part(words: list[str]) -> st.SearchStrategy[str]:
    """A piece, left out half the time: clauses without a subject, a verb or an object are
    what talk is made of, and what the rules trip on."""
    return st.just("") | st.sampled_from(words)


_CLAUSE = st.tuples(
    _part(_SUBJECTS), _part(_VERBS), _part(_OBJECTS), _part(_PLACES), _part(_PLACES)
).map(lambda parts: " ".join(p for p in parts if p))
_TALK = st.tuples(
    st.sampled_from(_OPENINGS),
    _CLAUSE,
    st.lists(st.tuples(st.sampled_from(_JOINS), _CLAUSE), max_size=4),
).map(lambda t: t[0] + t[1] + "".join(f"{join} {clause}" for join, clause in t[2]) + ".")


@settings(max_examples=EXAMPLES, deadline=None)
@given(_TALK)
def test_talk_built_from_answer_pieces_is_always_read(text: str) -> None:
    out = EXTRACTOR.extract(text)
    assert not any("could not be read" in warning for warning in out.warnings)
    for flow in out.flows:
        assert flow.source not in flow.targets


def test_the_sentence_that_lost_a_sealed_answer_is_read() -> None:
    out = EXTRACTOR.extract("Members on the app, which sends it to Legend.")
    assert not any("could not be read" in warning for warning in out.warnings)
