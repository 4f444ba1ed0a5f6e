"""What the hot-spot review says the map missed, and that the map still does not hold.

The method asks the workshop which hot spots the map missed (an informal meeting, a
whiteboard nobody drew, a person who takes over at night). Proposals are drafted from the
map, so a hot spot named only in the review reaches none of them until its flows are on
the map. This module finds those names so that the assistant can say so before the
use-case question. Pure: text and a model in, phrases out.
"""

from __future__ import annotations

import re

from assistant.hypergraph.model import InfoFlowModel
from assistant.hypergraph.names import fold_plural

_MISSED_SAID = re.compile(
    r"\b(?:missed(?:\s+by\s+the\s+map)?|missing(?:\s+from\s+the\s+map)?|not\s+on\s+the\s+map"
    r"|the\s+map\s+(?:missed|misses|forgot|lacks))\s*[:,-]\s*(?P<what>(?:[^.;:!?\n]|(?<=\d)[:.](?=\d))+)",
    re.IGNORECASE,
)
"""A statement of what the map missed ("Missed by the map: the night site manager, who …")."""

_ARTEFACT_HOT_SPOT = re.compile(
    r"\b(?P<what>(?:the|our|that)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:whiteboard|noticeboard|board|clipboard|binder|diary|logbook|log book|notebook"
    r"|ledger|register|workbook|spreadsheet|tracker|book|pad)"
    r"(?:\s+(?:in|on|by|at)\s+the\s+[\w'-]+)?)\s+(?:is|was|are)\s+(?:the\s+)?(?:real\s+|worst\s+|"
    r"main\s+|biggest\s+)?(?:hot\s*spot|problem|bottleneck|pain)",
    re.IGNORECASE,
)
"""An artefact named as the hot spot ("the whiteboard in the shed is the real hot spot")."""

_CLAUSE_END = re.compile(r",|\s[-–—]\s|\s(?:who|which|where|when|because|so|and then)\s", re.I)
_LEADING = re.compile(r"^(?:also|and|but|only|just|probably|maybe)\s+", re.IGNORECASE)
_GRAMMAR = frozenset(
    {"the", "a", "an", "our", "their", "his", "her", "its", "my", "of", "in", "on", "at", "by"}
    | {"to", "for", "with", "from", "and", "or", "daily", "weekly", "monthly", "every", "each"}
    | {"between", "about"}
)
_MOST_WORDS = 9


def missed_at_review(review: str, model: InfoFlowModel) -> list[str]:
    """The hot spots the review names as missed, or as the real one, that no actor, flow
    content or medium of ``model`` mentions, in the review's words and order."""
    said: list[str] = []
    for found in [*_MISSED_SAID.finditer(review), *_ARTEFACT_HOT_SPOT.finditer(review)]:
        phrase = _head_phrase(found["what"])
        if phrase and phrase.lower() not in {p.lower() for p in said}:
            said.append(phrase)
    if not said:
        return []
    places = _places_on_map(model)
    return [
        phrase for phrase in said if not any(_content_words(phrase) <= words for words in places)
    ]


def _head_phrase(text: str) -> str:
    """The phrase up to its first clause ("the night site manager, who takes over …")."""
    cut = _CLAUSE_END.search(text)
    phrase = _LEADING.sub("", (text[: cut.start()] if cut else text).strip())
    return " ".join(phrase.split()[:_MOST_WORDS])


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z-]+", re.sub(r"['’]s\b", "", text.lower()))
    return {fold_plural(w) for w in words if w not in _GRAMMAR and not w.isdigit()}


def _places_on_map(model: InfoFlowModel) -> list[set[str]]:
    """The words of each actor, and of each flow with its ends: a phrase is on the map
    when one of them holds all its words ("night site manager" is not "site manager")."""
    places = [_content_words(record.name) for record in model.actors()]
    for flow in model.flows():
        ends = " ".join([flow.source, *flow.targets])
        places.append(_content_words(f"{ends} {flow.content} {flow.medium}"))
    return places
