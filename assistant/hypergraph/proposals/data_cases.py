"""Data use cases a pain points to, wherever their flow ranks: an output that ignores
inputs the map carries, a field left empty, a system that cannot do what a workaround does,
a content never fed to the system that needs it, an output sent back changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.hypergraph.contents import ordered_content_words
from assistant.hypergraph.patterns import FlowPattern
from assistant.hypergraph.proposals.drafts import (
    _NOT_JUDGED,
    _datability,
    _desirability,
    _Draft,
    _existing_link,
    _Flow,
    _flow,
    _is_system,
    _join,
    _Lens,
    _names,
    _pain,
    _short,
    _viability,
)
from assistant.hypergraph.usecases import CHANGE_STRUCTURE, IMPROVE_FLOW

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot
    from assistant.hypergraph.model import InfoFlowModel


_LACKS = re.compile(
    r"\b(?:ignor(?:e|es|ed|ing)|without|lacks?|lacking|miss(?:es|ing)"
    r"|(?:do|does|did)(?:n't| not) (?:take|use|include|know|show|have)s?"
    r"|never (?:takes?|uses?|includes?|shows?))\s+(?:the\s+|any\s+)?(?P<what>[^,;.()]+)",
    re.IGNORECASE,
)
_UNUSED = re.compile(
    r"\b(?:never|not|no longer|isn't|aren't)\s+(?:used|read|loaded|entered|seen|available)"
    r"\s+(?:in|by|for|to)\s+(?:the\s+)?(?P<where>[^,;.()]+)",
    re.IGNORECASE,
)


def _enrich(
    model: InfoFlowModel, flow: _Flow, spot: HotSpot, words_of: Callable[[str], set[str]]
) -> _Draft | None:
    """A data use case: a system's output that ignores what the map already carries
    elsewhere ("proposals ignore promotions and weather" while promotion plans and a weather
    forecast reach the planners) computed with those inputs. ``words_of``: the words of a
    flow's content and source, read once per map."""
    if not _is_system(model, flow.source) or flow.maturity == "low":
        return None
    wanted = [m.group("what").strip() for pain in flow.pains for m in _LACKS.finditer(pain)]
    if not wanted:
        return None
    wanted_words = set(said_wanted := ordered_content_words(" ".join(wanted)))
    others = [
        fid
        for fid in model.flow_ids()
        if fid != flow.id and flow.source not in model.targets_of(fid)  # not there already
    ]
    inputs: list[_Flow] = []
    for word in said_wanted:  # in the order the pain says them
        best: tuple[int, int, str] | None = None
        for fid in others:
            said = words_of(fid)
            if word not in said:
                continue
            rank = (-_is_system(model, model.source_of(fid)), -len(said & wanted_words), fid)
            best = rank if best is None or rank < best else best
        if best is not None and all(f.id != best[2] for f in inputs):
            inputs.append(_flow(model, best[2]))
    if not inputs:
        return None
    system = model.name_of(flow.source)
    missing = " and ".join(wanted)
    carried = _join([f"{_short(f.content, 50)} (from {model.name_of(f.source)})" for f in inputs])
    reach = _names(model, sorted({t for f in inputs for t in f.targets}))
    digital = all(_is_system(model, f.source) or f.maturity != "low" for f in inputs)
    return _Draft(
        f"{_short(flow.content)} computed with {missing}",
        IMPROVE_FLOW,
        f"{system} computes {_short(flow.content)} with {carried}: the map already carries"
        f" them, to {reach}, but not to {system}",
        spot,
        _pain(flow),
        _desirability(flow, spot, gain="its readers work from it every time"),
        _Lens(
            4 if digital else 3,
            "every input is already digital" if digital else "some inputs are typed by people",
        ),
        _NOT_JUDGED,
        _viability(flow),
        f"how much history of {missing} exists, and whether {system} may use it",
        f"flow:{flow.id}",
        covers=tuple(f.id for f in inputs),
    )


_LEFT_EMPTY = re.compile(
    r"(?P<what>[A-Za-z][\w' -]{2,50}?)\s+(?:is\s+|are\s+)?(?:often\s+|usually\s+)?"
    r"(?:left\s+(?:empty|blank|out)|(?:often\s+)?(?:empty|blank)|not\s+filled(?:\s+in)?)\b",
    re.IGNORECASE,
)
"""A field the answers say is not filled ("expected discharge date left empty on half of the
stays")."""


def _fill_left_empty(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """A data use case: a field people leave empty when they enter the record is proposed
    by the system that holds the record, from what it already holds, for them to confirm."""
    systems = [t for t in flow.targets if _is_system(model, t)]
    if not systems:
        return None
    for pain in flow.pains:
        match = _LEFT_EMPTY.search(pain)
        if match is None:
            continue
        what = match.group("what").strip()
        what = re.sub(r"^(?:the|a|an|their|its)\s+", "", what, flags=re.IGNORECASE)
        system = model.name_of(systems[0])
        src = model.name_of(flow.source)
        return _Draft(
            f"{what} proposed by {system} where it is left empty",
            IMPROVE_FLOW,
            f"{system} proposes {what} from the records it already holds, and {src} confirms"
            f" or corrects it as part of the {_short(flow.content, 60)} (today: {pain})",
            spot,
            _pain(flow),
            _desirability(flow, spot, gain=f"everyone who reads {what} gets one"),
            _Lens(3, f"{system} holds the history, but {what} is missing from part of it"),
            _NOT_JUDGED,
            _viability(flow),
            f"how much of {system}'s history holds {what}, and who checks a proposed value",
            f"flow:{flow.id}",
        )
    return None


_CANNOT = re.compile(
    r"\b(?P<system>[\w.-]+)\s+(?:can't|cannot|can not|doesn't|does not|won't|isn't able to)\s+"
    r"(?:handle|track|do|show|record|cope with|deal with|hold|store|schedule|manage)\s+"
    r"(?P<what>[^,;.()]+)",
    re.IGNORECASE,
)
"""A system said unable to do something ("RxWorks can't handle the second jab properly"):
the gap a workaround flow fills."""
_HEDGES_AFTER = re.compile(r"\s+(?:properly|well|at all|yet|very well|reliably)$", re.I)
_WORKAROUNDS = frozenset(
    {"list", "spreadsheet", "sheet", "workbook", "excel", "notebook", "book", "log", "tracker"}
)
"""What a workaround is kept in, beside a system that cannot do the job."""


def _system_gap(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """A data use case: a system of the map said unable to do something, and a flow that
    works around it ("keeps her own Excel list … because RxWorks can't handle the second
    jab"): the system does it, and the workaround's list or spreadsheet can go."""
    for pain in flow.pains:
        match = _CANNOT.search(pain)
        if match is None or (ref := model.find_actor(match.group("system"))) is None:
            continue
        if not _is_system(model, ref):
            continue
        system = model.name_of(ref)
        what = _HEDGES_AFTER.sub("", match.group("what").strip())
        src, tgt = model.name_of(flow.source), _names(model, flow.targets)
        owner = f"the {src}'s" if src[:1].islower() else f"{src}'s"
        words = set(re.findall(r"[a-z]+", f"{flow.content} {flow.medium}".lower()))
        workaround = f"{owner} {_short(flow.content, 50)}" if words & _WORKAROUNDS else ""
        title = f"{what} handled in {system}" + (f", retiring {workaround}" if workaround else "")
        today = f"today {flow.medium}" if flow.medium else f"today {flow.maturity} maturity"
        return _Draft(
            title,
            CHANGE_STRUCTURE if workaround else IMPROVE_FLOW,
            f"{system} covers {what} itself, so {tgt} no longer depend on the"
            f" {_short(flow.content, 60)} from {src} ({today})",
            spot,
            _pain(flow),
            _desirability(flow, spot, gain=f"the gap in {system} is closed for everyone"),
            _existing_link(system),
            _NOT_JUDGED,
            _viability(flow),
            f"whether {system} can be set up for {what}, or needs a change from its supplier",
            f"flow:{flow.id}",
            covers=(flow.id,),
        )
    return None


def _feed_system(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """A content the answers say never reaches the system that should use it ("read by eye,
    never used in the ERP forecast"): a new link from where it is to that system."""
    for pain in flow.pains:
        for match in _UNUSED.finditer(pain):
            where = match.group("where").casefold()
            for ref in model.actor_ids():
                name = model.name_of(ref)
                if name.casefold() not in where or ref in (flow.source, *flow.targets):
                    continue  # the cheap test first: a map has many actors
                if not re.search(rf"\b{re.escape(name.casefold())}\b", where):
                    continue
                if not _is_system(model, ref):
                    continue
                src, tgt = model.name_of(flow.source), _names(model, flow.targets)
                content = _short(flow.content)
                today = f"today {flow.medium}" if flow.medium else "today by hand"
                return _Draft(
                    f"{content} fed into {name}",
                    IMPROVE_FLOW,
                    f"a new link {src} → {name}: {content} reaches {name} directly, not only"
                    f" {tgt} ({today})",
                    spot,
                    _pain(flow),
                    _desirability(flow, spot),
                    _Lens(4, f"{src} already holds it in digital form")
                    if _is_system(model, flow.source)
                    else _datability(model, flow, None),
                    _NOT_JUDGED,
                    _viability(flow),
                    f"whether the terms for {content} allow {name} to store and use it",
                    f"flow:{flow.id}",
                )
    return None


def _learn_from_changes(model: InfoFlowModel, pattern: FlowPattern, spot: HotSpot) -> _Draft:
    """A data case for a round trip (the ERP proposes store orders, the department head
    sends most of them back changed): every change sent back is a label, so the output
    can learn from them instead of being rewritten by hand each time."""
    out, back = (_flow(model, fid) for fid in pattern.flows)
    system, person = model.name_of(out.source), model.name_of(back.source)
    content = _short(out.content or "its output")
    digital = back.maturity in ("medium", "high")
    pains = [p for f in (out, back) for p in f.pains]
    return _Draft(
        f"{content} from {system}, learning from what {person} changes",
        IMPROVE_FLOW,
        f"{system} keeps what {person} sends back ({_short(back.content or 'changes', 40)})"
        f" beside the {content} it changed, and learns from it; {person} changes only what"
        f" is still wrong (today {out.medium or out.maturity}, then"
        f" {back.medium or back.maturity})",
        spot,
        "; ".join(dict.fromkeys(pains)) if pains else _pain(out),
        _desirability(
            max((out, back), key=lambda f: len(f.pains)),
            spot,
            gain="a rewrite by hand shrinks to the exceptions",
        ),
        _Lens(4, f"both the {content} and the changes reach {system}")
        if digital
        else _Lens(3, f"the changes come back by {back.medium or 'hand'} and are typed in"),
        _NOT_JUDGED,
        _viability(max((out, back), key=lambda f: f.per_year or 0)),
        f"whether {system} keeps each change with the {content} it changed, and for how long",
        f"flow:{out.id}",
        covers=(out.id, back.id),
    )
