"""What may block a proposed use case, quoted from the session's own answers.

A proposal drawn from the map knows the systems it touches, not the licence that limits
the weather feed or the change freeze on the ERP. Once the Business, Data and Build
answers exist (a session revisited, a re-framing, a reviewer), the risks, licences and
data sources that name those systems are what a facilitator writes under "Blocked by":
they are quoted as written, with the question they come from, never paraphrased.

Pure: reads a model, the proposals and the answered values; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from assistant.hypergraph.contents import named_in

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel
    from assistant.models.usecase import UseCase

RISK_QUESTIONS = {
    "business_risks": "business risks",
    "delivery_risks": "delivery risks",
    "data_sources": "data sources",
    "data_licence": "data licence",
}
"""Where the answers say what could stop the work, and how each is named in a quote."""
SHOWN = 3
_DESCRIPTION_LIMIT = 4000
_SYSTEM_KINDS = ("tool", "data")
_NOT_READY = re.compile(
    r"\b(?:not|no|missing|yet|approval|licen[cs]e|poorly|extend|pending|restricted|"
    r"blocked|to build|to be)\b",
    re.IGNORECASE,
)
"""What makes a data source a blocker: a source listed as available blocks nothing."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,}$")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


def _item_text(value: Any) -> str:
    if isinstance(value, Mapping):
        return " - ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


def risk_items(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(what the answer says, which question) for every risk, licence sentence and data
    source not plainly available, in the order of the questions."""
    items: list[tuple[str, str]] = []
    for question, label in RISK_QUESTIONS.items():
        value = values.get(question)
        if isinstance(value, list):
            lines = [_item_text(v).strip() for v in value]
        elif isinstance(value, str):
            lines = [s.strip() for s in _SENTENCE_END.split(" ".join(value.split()))]
        else:
            continue
        for line in lines:
            if line and (question != "data_sources" or _NOT_READY.search(line)):
                items.append((line, label))
    return items


def _systems(model: InfoFlowModel) -> list[str]:
    return [model.name_of(r) for r in model.actor_ids() if model.kind_of(r) in _SYSTEM_KINDS]


def _mentions(system: str, text: str, systems: list[str]) -> bool:
    """Whether a text names a system: as ``named_in`` does, or by the acronym it starts
    with when no other system of the map shares it ("SAP" for SAP PM, "ADT" for ADT
    system: risks say "ADT tables", "SAP write-back")."""
    if named_in(system, text):
        return True
    first = system.split()[0] if system.split() else ""
    if not _ACRONYM.match(first) or len(system.split()) < 2:
        return False
    if sum(1 for other in systems if other.split()[:1] == [first]) > 1:
        return False
    return re.search(rf"\b{re.escape(first)}\b", text) is not None


def blockers(
    model: InfoFlowModel, usecase: UseCase, items: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The risk items that name a system the proposal changes, at most ``SHOWN``."""
    changes = f"{usecase.title}. {usecase.description.split(' Hot spot:', 1)[0]}"
    every = _systems(model)
    systems = [s for s in every if _mentions(s, changes, every)]
    found = [(t, label) for t, label in items if any(_mentions(s, t, every) for s in systems)]
    return found[:SHOWN]


def with_blockers(
    model: InfoFlowModel, proposals: list[UseCase], values: Mapping[str, Any]
) -> list[UseCase]:
    """The proposals, each with "Blocked by" quoting the answers that name its systems
    (unchanged when the session has no such answers yet)."""
    items = risk_items(values)
    if not items:
        return proposals
    out = []
    for usecase in proposals:
        found = blockers(model, usecase, items)
        if not found:
            out.append(usecase)
            continue
        quoted = "; ".join(f'"{text}" ({label})' for text, label in found)
        description = f"{usecase.description} Could be blocked by, in the answers: {quoted}."
        if len(description) > _DESCRIPTION_LIMIT:
            description = description[: _DESCRIPTION_LIMIT - 1] + "…"
        out.append(usecase.model_copy(update={"description": description}))
    return out
