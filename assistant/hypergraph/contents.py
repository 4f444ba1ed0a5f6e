"""What flows carry, in words: the head nouns of a content, the words of a pain or a title,
whether a medium names a system. Proposals use it to tell whether a system holds what a flow
carries, which inputs a pain asks for, and whether a proposal repeats a candidate."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.hypergraph.names import fold_plural

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel

_FILLER_WORDS = """a an the and or of for per to from in on at by with next each all their its
any plan list report data information status update detail figure request change week day
month daily weekly"""
FILLER = frozenset(_FILLER_WORDS.split())
"""Words too common in contents to say two flows carry the same thing."""
_LIST_SEPARATORS = re.compile(r"[,;&/+]|\b(?:and|or|plus)\b")
_QUALIFIERS = re.compile(r"\b(?:per|for|of|with|to|from|in|on|at|by|about|after|before)\b")
GENERIC_SYSTEM_WORDS = frozenset(
    [
        "system",
        "tool",
        "app",
        "application",
        "portal",
        "feed",
        "calendar",
        "board",
        "sheet",
        "log",
        "database",
        "platform",
    ]
)


def content_heads(text: str) -> set[str]:
    """What a content is about: the head noun of each item it lists ("local events and
    extra order requests" → event, request), with the word before it when the head alone
    says little ("promotion plan")."""
    heads = set()
    for item in _LIST_SEPARATORS.split(text.casefold()):
        words = re.findall(r"[\w'-]+", _QUALIFIERS.split(item)[0])
        if not words:
            continue
        head = fold_plural(words[-1])
        if head in FILLER and len(words) > 1:
            head = f"{fold_plural(words[-2])} {head}"
        if head not in FILLER:
            heads.add(head)
    return heads


_GIST_QUALIFIERS = re.compile(r"\b(?:with|for|per|from|to|by|about|after|before)\b")


def gist(text: str) -> str:
    """The first thing a content lists, without its qualifiers ("beds free and expected
    discharges" → "beds free"; "admission requests with expected ward" → "admission
    requests"): short enough to name several contents in one title."""
    first = _GIST_QUALIFIERS.split(_LIST_SEPARATORS.split(text)[0])[0]
    return " ".join(first.split()) or " ".join(text.split())


def heads_of(model: InfoFlowModel, fid: str) -> set[str]:
    """The content heads of a flow, straight from the model: comparing contents needs
    nothing else of the flow."""
    return content_heads(str(model.flow_data(fid)["content"] or ""))


def named_in(system: str, medium: str) -> bool:
    """Whether a medium names the system it comes from: its whole name, or its last word
    when that word is distinctive ("printed P6 Gantt" for Primavera P6; "SAP MM" is not
    SAP PM)."""
    words = re.findall(r"[\w-]+", medium.casefold())
    name = re.findall(r"[\w-]+", system.casefold())
    if not name or not words:
        return False
    joined = f" {' '.join(words)} "
    if f" {' '.join(name)} " in joined:
        return True
    last = name[-1]
    return len(name) > 1 and len(last) >= 2 and last not in GENERIC_SYSTEM_WORDS and last in words


_WORD = re.compile(r"[A-Za-z][\w'-]{3,}")


def content_words(text: str) -> set[str]:
    """The words of a content, a pain or a name that say what it is about (singular)."""
    return set(ordered_content_words(text))


def ordered_content_words(text: str) -> list[str]:
    """The same words in the order they are first said: what is listed from them (the inputs
    a pain asks for) reads in the answer's order, the same in every run."""
    words = (fold_plural(w.casefold()) for w in _WORD.findall(text))
    return [w for w in dict.fromkeys(words) if w not in FILLER]


_TITLE_FILLER = FILLER | {"into", "once", "only", "instead", "without", "where", "that", "than"}


def _title_words(title: str) -> set[str]:
    return {fold_plural(w.casefold()) for w in re.findall(r"[\w-]+", title)} - _TITLE_FILLER


def repeats(title: str, others: Iterable[str]) -> bool:
    """Whether a proposal's title says what one of ``others`` already says: nearly all its
    words are in it ("A live Bed board fed by ADT system" beside a candidate the workshop
    typed, "Live bed board fed by the ADT system and housekeeping"). A facilitator does
    not propose again what is already on the list."""
    words = _title_words(title)
    if len(words) < 3:
        return False
    return any(len(words & _title_words(other)) >= 0.8 * len(words) for other in others)
