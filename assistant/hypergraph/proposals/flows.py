"""Strategy 1, improve, automate or optimise one flow: a document drafted from the system
that holds it, a live board instead of calls, one publication instead of copies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.hypergraph.contents import (
    content_heads,
    named_in,
)
from assistant.hypergraph.proposals.drafts import (
    _NOT_JUDGED,
    _SYSTEM_KINDS,
    _datability,
    _desirability,
    _Draft,
    _existing_link,
    _Flow,
    _is_system,
    _join,
    _Lens,
    _linked,
    _names,
    _names_something,
    _only_a_wrapping,
    _pain,
    _record_system,
    _short,
    _viability,
)
from assistant.hypergraph.usecases import IMPROVE_FLOW
from assistant.media import (
    DOCUMENT,
    READ_IN_SYSTEM,
    SPOKEN,
)

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot
    from assistant.hypergraph.model import InfoFlowModel


# ------------------------------------------------------------------ strategy 1: flows
_ASKED_FOR = frozenset({"request", "order", "booking", "referral", "requisition", "call-out"})
"""Contents that ask someone for something: raised from a record, not shown on a board."""


def _improve(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Strategy 1: improve, automate or optimise this flow, in the map's words; None for a
    person's entry into a system that nothing here improves (a layout for what a system
    already structures says nothing)."""
    if not flow.pains and (not _names_something(flow.content) or _only_a_wrapping(flow.content)):
        # "one shared layout for information", "a record of people", "list as structured
        # data": a content that names nothing says nothing a workshop can use
        return None
    src, tgt = model.name_of(flow.source), _names(model, flow.targets)
    system = _record_system(model, flow)
    system_name = model.name_of(system) if system else ""
    content = _short(flow.content)
    today = f"today {flow.medium}" if flow.medium else f"today {flow.maturity} maturity"
    feasibility = _NOT_JUDGED
    comes_from_system = system == flow.source or (
        named_in(system_name, flow.medium) and system not in flow.targets
    )  # "EHR form" into the EHR is entry, not a copy of what the EHR holds
    if flow.medium == READ_IN_SYSTEM and _is_system(model, flow.source):
        # people already read it in the system: what is missing is being told it changed
        title = f"{tgt} told by {src} of changes to {content}"
        change = (
            f"{src} notifies {tgt} of new or changed {content}, instead of {tgt} checking"
            f" it at set times ({today})"
        )
        feasibility = _existing_link(src)
        check = f"which changes {tgt} must act on at once, and which can wait"
    elif comes_from_system and flow.maturity != "high":  # a copy of what a system holds
        how = flow.medium or "hand"
        title = f"{content} published from {system_name} instead of sent by {how}"
        change = (
            f"{tgt} can open the current {content} in {system_name}; no copies travel ({today})"
        )
        feasibility = _existing_link(system_name)
        check = f"whether {tgt} may open {system_name}, and who grants the access"
    elif flow.media & DOCUMENT and flow.maturity != "high":
        if system and system not in flow.targets and _linked(model, flow.source, system):
            title = f"{content} drafted from the {system_name} record"
            change = (
                f"{content} generated from what {system_name} already holds, instead of"
                f" written by hand by {src} ({today})"
            )
            feasibility = _existing_link(system_name)
            check = f"whether {system_name} holds everything the {content} must say"
        else:
            title = f"{content} as structured data instead of a document"
            change = f"a structured record filled once by {src}, that {tgt} can read ({today})"
            check = f"where the record would live, and whether {src} would fill it in"
    elif len(flow.targets) >= 3:
        title = f"{content} published once to {tgt}"
        where = f" from {system_name}" if system else ""
        change = f"one shared view{where} replaces the copies sent to each reader ({today})"
        feasibility = _existing_link(system_name) if system else _NOT_JUDGED
        check = f"which version {tgt} each work from today"
    elif flow.media & SPOKEN:
        asked = {head.split()[-1] for head in content_heads(flow.content)} & _ASKED_FOR
        if system and system not in flow.targets and asked:
            # "transfer and discharge transport requests" by phone: raised by the system
            title = f"{content} raised from {system_name}, not by {flow.medium or 'phone'}"
            change = (
                f"{system_name} sends {tgt} the {content} as the record behind them is entered;"
                f" the {flow.medium or 'call'} from {src} is kept for exceptions ({today})"
            )
            feasibility = _existing_link(system_name)
            check = f"whether {system_name} knows early enough what {tgt} must be asked for"
        elif system and system not in flow.targets:  # a board is not fed by its own reader
            title = f"a live {content} board fed by {system_name}"
            change = (
                f"{tgt} can read {content} on a board kept current from {system_name}; the"
                f" {flow.medium or 'call'} from {src} is kept for exceptions ({today})"
            )
            feasibility = _existing_link(system_name)
            check = f"whether {system_name} is as current as {src}'s {flow.medium or 'call'}"
        else:
            spoken = flow.medium or "word of mouth"
            title = f"a record of {content}, not only {spoken}"
            change = (
                f"{content} logged as it is given, visible to {tgt} and whoever needs it"
                f" next ({today})"
            )
            check = f"who would log {content}, and where {tgt} would look for it"
    elif flow.maturity == "high":
        title = f"{content} checked automatically between {src} and {tgt}"
        change = f"the interface flags what goes wrong instead of people finding it ({today})"
        feasibility = _existing_link(src)
        check = f"what goes wrong today between {src} and {tgt}, and how often"
    elif system and flow.maturity == "low" and system not in flow.targets:
        title = f"{content} straight from {system_name} to {tgt}"
        change = f"{tgt} can get {content} from {system_name} without {src} re-sending it ({today})"
        feasibility = _existing_link(system_name)
        check = f"whether {system_name} holds {content} as {src} sends it"
    elif all(_is_system(model, t) for t in flow.targets):
        return None
    else:
        title = f"one shared layout for {content}"
        change = f"a fixed layout, filled once by {src} and read by {tgt} ({today})"
        check = f"whether {src} would fill in a fixed layout"
    return _Draft(
        title,
        IMPROVE_FLOW,
        change,
        spot,
        _pain(flow),
        _desirability(flow, spot),
        _datability(model, flow, system),
        feasibility,
        _viability(flow),
        check,
        f"flow:{flow.id}",
    )


def _readers_of(model: InfoFlowModel, refs: Iterable[str]) -> list[str]:
    """Who the flows out of these actors reach (the readers of a board or a system), by id."""
    return sorted(
        {
            t
            for ref in refs
            for fid in model.flows_of(ref)
            if model.source_of(fid) == ref
            for t in model.targets_of(fid)
        }
    )


_LATE = re.compile(
    r"\b(?:late|later|afterwards|delayed|behind|(?:hours?|days?|weeks?) (?:after|later)"
    r"|next (?:day|morning|week)|after (?:the|they|he|she) \w+ (?:left|ended|finished|gone))\b",
    re.IGNORECASE,
)
"""A pain that says an entry comes late ("entered one to three hours after the patient left")."""


def _entered_as_it_happens(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Strategy 1 for a first-hand entry into a system that the answers say comes late:
    entered where and when it happens, so that whoever reads the system sees it in time."""
    late = next((pain for pain in flow.pains if _LATE.search(pain)), None)
    if late is None:
        return None
    src, system = model.name_of(flow.source), _names(model, flow.targets)
    content = _short(flow.content)
    readers = sorted(model.name_of(t) for t in _readers_of(model, flow.targets))
    told = f"; {_join(readers)} see{'s' if len(readers) == 1 else ''} it in time" if readers else ""
    return _Draft(
        f"{content} entered in {system} as they happen",
        IMPROVE_FLOW,
        f"{src} records {content} in {system} where and when they happen (a handheld, a"
        f" prompt at the moment it happens), not later{told} (today: {late})",
        spot,
        _pain(flow),
        _desirability(flow, spot),
        _Lens(4, f"{system} already holds {content}; only the moment of entry changes"),
        _existing_link(system),
        _viability(flow),
        f"what keeps {src} from entering {content} at once today (a device, time, a step)",
        f"flow:{flow.id}",
    )


def _live_board(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Strategy 1 for a board or sheet a system fills by export ("nightly export to Excel"):
    the board is fed live, so what people read there is current."""
    if not _is_system(model, flow.source) or flow.maturity == "high":
        return None
    boards = [t for t in flow.targets if model.kind_of(t) in _SYSTEM_KINDS]
    if not boards or len(boards) != len(flow.targets):
        return None
    system, board = model.name_of(flow.source), _names(model, boards)
    readers = _readers_of(model, boards)
    read_by = f", where {_names(model, readers)} read it" if readers else ""
    how = flow.medium or "a copy"
    return _Draft(
        f"a live {board} fed by {system}",
        IMPROVE_FLOW,
        f"{_short(flow.content)} kept current in {board} from {system} as it changes, instead"
        f" of {how}{read_by}",
        spot,
        _pain(flow),
        _desirability(flow, spot),
        _datability(model, flow, flow.source),
        _existing_link(system),
        _viability(flow),
        f"how often {system} can update {board}, and who owns the link",
        f"flow:{flow.id}",
    )
