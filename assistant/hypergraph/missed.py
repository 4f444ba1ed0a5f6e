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

_WORST_SAID = re.compile(
    r"\b(?:worst|real|main|biggest)\s+(?:flow|hot\s*spot|problem|pain|bottleneck)\s+"
    r"(?:is|was)\s*:?\s*(?P<what>[^.;:!?\n]+)"
    r"|(?:^|[.;:!?]\s+|,\s+|\band\s+)(?P<what2>[^.;:,!?\n]{3,60}?)\s+(?:is|are|was|were)\s+"
    r"(?:the|our)\s+(?:real\s+|worst\s+|main\s+|biggest\s+)?(?:bottleneck|hot\s*spot|problem)\b",
    re.IGNORECASE,
)
"""What the review names as the worst flow or the real hot spot ("The worst flow is
"expected discharges": …", "the weekly workbook is the real problem")."""

_CLAUSE_END = re.compile(r",|\s[-–—]\s|\s(?:who|which|where|when|because|so|and then)\s", re.I)
_LEADING = re.compile(r"^(?:also|and|but|only|just|probably|maybe)\s+", re.IGNORECASE)
_GRAMMAR = frozenset(
    {"the", "a", "an", "our", "their", "his", "her", "its", "my", "of", "in", "on", "at", "by"}
    | {"to", "for", "with", "from", "and", "or", "daily", "weekly", "monthly", "every", "each"}
    | {"between", "about", "itself", "themselves", "alone"}
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
    return set(_ordered_words(text))


def _places_on_map(model: InfoFlowModel) -> list[set[str]]:
    """The words of each actor, and of each flow with its ends: a phrase is on the map
    when one of them holds all its words ("night site manager" is not "site manager")."""
    places = [_content_words(record.name) for record in model.actors()]
    for flow in model.flows():
        ends = " ".join([flow.source, *flow.targets])
        places.append(_content_words(f"{ends} {flow.content} {flow.medium}"))
    return places


def flows_named_at_review(review: str, model: InfoFlowModel) -> list[str]:
    """The flows of ``model`` the review names as the worst or the real hot spot, by what
    they carry ("expected discharges" is the flow of "beds free and expected discharges"),
    in the review's order. The workshop's judgement then comes before the ranking's."""
    found: list[str] = []
    actors = [_content_words(record.name) for record in model.actors()]
    for match in _WORST_SAID.finditer(" ".join(review.split())):
        words = _ordered_words(
            _head_phrase((match["what"] or match["what2"] or "").strip(" \"'“”‘’"))
        )
        if not words or set(words) in actors:
            continue  # "the bed manager is the bottleneck": a person, ranked as such
        for fid in model.flow_ids():
            if fid not in found and _said_in_order(words, model.flow_data(fid)["content"] or ""):
                found.append(fid)
    return found


def _ordered_words(text: str) -> list[str]:
    """The words that say what a phrase is about, in order, plurals folded."""
    words = re.findall(r"[a-z][a-z-]+", re.sub(r"['’]s\b", "", text.lower()))
    return [fold_plural(w) for w in words if w not in _GRAMMAR and not w.isdigit()]


def _said_in_order(words: list[str], content: str) -> bool:
    """Every word of the phrase in the flow's content, in the same order or side by side
    ("expected discharges" in "beds free and expected discharges", "duration estimate" in
    "estimated durations", not in "discharge summaries and expected length of stay")."""
    carried = _ordered_words(content)
    at = [next((k for k, c in enumerate(carried) if _same_word(w, c)), -1) for w in words]
    if -1 in at:
        return False
    return at == sorted(at) or max(at) - min(at) == len(at) - 1


def _same_word(said: str, written: str) -> bool:
    """One word in two forms ("estimate", "estimated"), not two words sharing a start."""
    if said == written:
        return True
    short, long_ = sorted((said, written), key=len)
    return len(short) >= 5 and long_.startswith(short.removesuffix("e"))
