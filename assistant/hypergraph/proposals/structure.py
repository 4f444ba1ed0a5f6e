"""Strategy 2, change the structure of the map: capture once at the source, retire an
artefact that only carries information, give readers direct access around a busy person
(never "remove" a person), one board for what several people phone in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.hypergraph.contents import (
    GENERIC_SYSTEM_WORDS,
    content_heads,
    content_words,
    gist,
    heads_of,
)
from assistant.hypergraph.names import fold_plural, normalise_name
from assistant.hypergraph.patterns import TYPING, FlowPattern
from assistant.hypergraph.proposals.drafts import (
    _NOT_JUDGED,
    _SYSTEM_KINDS,
    _datability,
    _desirability,
    _Draft,
    _existing_link,
    _Flow,
    _flow,
    _is_artefact,
    _is_system,
    _join,
    _Lens,
    _names,
    _names_something,
    _only_a_wrapping,
    _pain,
    _record_system,
    _short,
    _viability,
)
from assistant.hypergraph.usecases import CHANGE_STRUCTURE
from assistant.media import (
    DOCUMENT,
    MEDIUM_HEADS,
    RETYPING,
    SPOKEN,
)

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot
    from assistant.hypergraph.model import InfoFlowModel


# ---------------------------------------------------------- strategy 2: the structure
_TYPED_INTO = re.compile(
    r"\b(?:re-?typed|re-?keyed|re-?entered|typed|keyed|entered|copied|transcribed)"
    r"(?:\s+again)?\s+(?:in|into|onto)\s+(?:the\s+)?(?P<where>\w[\w -]*)",
    re.IGNORECASE,
)


def _retyped_into(model: InfoFlowModel, flow: _Flow) -> str | None:
    """The system of the map a pain says this flow's content is typed into later ("actual
    hours typed into SAP days later", "re-typed into the ERP by planners"): its whole name,
    or its first word when no other system shares it ("SAP" for SAP PM)."""
    systems: list[str] | None = None  # looked up at the first pain that says so
    for pain in flow.pains:
        for match in _TYPED_INTO.finditer(pain):
            if systems is None:
                systems = [ref for ref in model.actor_ids() if _is_system(model, ref)]
            where = f" {match.group('where').casefold()} "
            for ref in systems:
                name = model.name_of(ref).casefold()
                if f" {name} " in where[: len(name) + 2]:
                    return ref
            first = where.split()[0]
            named = [r for r in systems if model.name_of(r).casefold().split()[0] == first]
            if len(named) == 1 and first not in GENERIC_SYSTEM_WORDS:
                return named[0]
    return None


def _capture_once(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Strategy 2: a re-typing step disappears: the data is entered once, at its source.
    The re-typing is a flow into a system ("manual re-typing"), paper that a system
    receives, or a pain that says the content is typed into a system later on."""
    if flow.media & RETYPING:
        return _retyping_goes(model, flow, spot)
    return _paper_into_system(model, flow, spot) or _typed_in_later(model, flow, spot)


def _paper_into_system(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Paper that a system receives ("return reasons on a paper slip" into ReturnsHub)."""
    if not flow.media & DOCUMENT or flow.maturity == "high":
        return None
    systems = [t for t in flow.targets if _is_system(model, t)]
    if not systems or len(systems) != len(flow.targets):
        return None
    src, system = model.name_of(flow.source), _names(model, systems)
    return _entered_at_source(
        flow,
        spot,
        src,
        system,
        f"{_short(flow.content)} entered by {src} directly into {system}, not on"
        f" {flow.medium or 'paper'} first",
        _datability(model, flow, systems[0]),
    )


def _typed_in_later(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """A pain that says the content is typed into a system later ("actual hours typed into
    SAP days later")."""
    typed_into = _retyped_into(model, flow)
    if typed_into is None or typed_into in (flow.source, *flow.targets):
        return None
    src, tgt = model.name_of(flow.source), _names(model, flow.targets)
    system, content = model.name_of(typed_into), _short(flow.content)
    return _entered_at_source(
        flow,
        spot,
        src,
        system,
        f"{content} entered by {src} directly into {system}, for {tgt} to read there; the"
        f" re-typing disappears from the map (today {flow.medium or 'by hand'})",
        _Lens(3, f"{system} holds what was typed in so far, late or incomplete"),
    )


_RETYPED_SAID = re.compile(
    r"\bre-?(?:typ|key|ent)|\bcop(?:y|ied|ies)\b|\btranscrib|\bagain\b|\btwice\b|\bfrom (?:the )?"
    r"(?:paper|sheet|form|card|list|email|printout)",
    re.IGNORECASE,
)
"""What says a content is typed a second time ("re-typed", "copied from the paper form")."""


def _retyping_goes(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """A re-typing flow into a system ("manual re-typing"): whoever fed the person who
    re-types enters it there themselves."""
    tools = [t for t in flow.targets if model.kind_of(t) in _SYSTEM_KINDS]
    if not tools:
        return None
    tool = _names(model, tools)
    feeding = {
        f: other
        for f in model.flows_of(flow.source)
        if f != flow.id
        and flow.source in (other := _flow(model, f)).targets
        and other.source != flow.source
        and other.source not in tools
    }
    heads = content_heads(flow.content)
    # the hand-over of what is re-typed ("failed deliveries" on paper cards to the clerk)
    # goes with the re-typing: it is not proposed again on its own
    handed_over = tuple(f for f, other in feeding.items() if heads & content_heads(other.content))
    upstream = sorted({feeding[f].source for f in handed_over})
    content = _short(flow.content)
    said_again = _RETYPED_SAID.search(" ".join([flow.medium, *flow.pains]))
    if not upstream and not said_again and flow.maturity != "low":
        # first-hand entry (medium: "manual entry" of discharges on the ward): nothing says
        # it is typed twice; low keying (STYLES.md: re-typing) keeps its proposal
        return None
    if upstream:
        origin = _names(model, upstream)
    elif feeding:  # what reaches them is something else ("stock counts", not "vouchers")
        origin = f"whoever gives {model.name_of(flow.source)} the {content}"
    else:
        origin = model.name_of(flow.source)
    return _entered_at_source(
        flow,
        spot,
        origin,
        tool,
        f"{content} entered by {origin} directly into {tool}; the re-typing by"
        f" {model.name_of(flow.source)} disappears from the map",
        _Lens(3, f"{tool} already holds {content}, typed in by hand"),
        covers=handed_over,
    )


def _entered_at_source(
    flow: _Flow,
    spot: HotSpot,
    origin: str,
    system: str,
    change: str,
    datability: _Lens,
    covers: tuple[str, ...] = (),
) -> _Draft:
    """The proposal "entered once, at the source": whoever knows it types it in."""
    content = _short(flow.content)
    # "Information entered once …", "Paper ones entered once …" name nothing: who enters
    title = (
        f"{content} entered once, at the source, into {system}"
        if _names_something(flow.content)
        else f"{system} fed once, at the source, by {origin}"
    )
    return _Draft(
        title,
        CHANGE_STRUCTURE,
        change,
        spot,
        _pain(flow),
        _desirability(flow, spot, gain="a typing step disappears for good"),
        datability,
        _NOT_JUDGED,
        _viability(flow),
        f"{origin} must agree to enter {content} themselves, and get access to {system}",
        f"flow:{flow.id}",
        covers=covers,
    )


def _retire_artefact(model: InfoFlowModel, spot: HotSpot) -> _Draft | None:
    """Strategy 2: an artefact that only carries information (a workbook, a whiteboard)
    is removed as a relay; the system of record keeps what it held. Never a person."""
    if not _is_artefact(model, spot.id):
        return None
    flows = [_flow(model, f) for f in spot.flows]
    if not flows:
        return None
    writers = sorted({f.source for f in flows if f.source != spot.id})
    readers = sorted({t for f in flows if f.source == spot.id for t in f.targets} - {spot.id})
    systems = sorted(
        {ref for f in flows for ref in [f.source, *f.targets] if _is_system(model, ref)}
    )
    name = model.name_of(spot.id)
    content = _short(next((f.content for f in flows if f.content), "its content"))
    if not systems:  # the business system its writers already use
        heads = set().union(*(content_heads(f.content) for f in flows))
        used = {
            end: len(heads & heads_of(model, fid))
            for writer in writers
            for fid in model.flows_of(writer)
            for end in model.members_of_flow(fid)
            if _is_system(model, end)
        }
        if used:
            systems = [max(sorted(used), key=lambda ref: used[ref])]
    keeper = _names(model, systems) if systems else "a shared system of record"
    change = f"no {name} node: {content} recorded in {keeper}" + (
        f" by {_names(model, writers)}" if writers else ""
    )
    if readers:
        change += f", where {_names(model, readers)} can read it directly"
    pains = [p for f in flows for p in f.pains]
    first = flows[0]
    painful = replace(first, pains=pains)
    return _Draft(
        f"retire the {name}: {keeper} holds {content}",
        CHANGE_STRUCTURE,
        change,
        spot,
        "; ".join(pains) if pains else _pain(first),
        _desirability(painful, spot),
        _Lens(3, f"{keeper} holds it, typed in by people")
        if systems
        else _Lens(None, f"no system of the map holds {content} yet"),
        _NOT_JUDGED,
        _viability(first),
        f"what the {name} holds that {keeper} does not (notes, columns, versions)",
        f"object:{spot.id}",
    )


def _contents_from(model: InfoFlowModel, source: str, spot_id: str) -> list[str]:
    """What ``source`` sends the actor ``spot_id`` (its flows' contents that say something),
    in the map's order."""
    return [
        content
        for fid in model.flows_of(spot_id)
        if model.source_of(fid) == source and (content := model.flow_data(fid)["content"])
    ]


def _said_by_medium(content: str) -> bool:
    """A content that is the channel's name ("email"): what the system fed may name it."""
    return fold_plural(content.lower()) in MEDIUM_HEADS


def _direct_access(model: InfoFlowModel, spot: HotSpot) -> _Draft | None:
    """Strategy 2 around a busy person: the readers get what they wait for from a shared
    source, so the person stops relaying it by hand. The person keeps their role."""
    if model.kind_of(spot.id) not in ("person", "team") or not spot.factors.get("brokerage_pairs"):
        return None
    flows = [_flow(model, f) for f in spot.flows]
    feeding = sorted(
        {
            source
            for fid in model.flows_of(spot.id)
            if (source := model.source_of(fid)) != spot.id and _is_system(model, source)
        }
    )
    relayed = [
        f
        for f in flows
        if f.source == spot.id
        and f.maturity == "low"
        and all(model.kind_of(t) not in _SYSTEM_KINDS for t in f.targets)
        and _retyped_into(model, f) is None  # that one is entered once, at the source
        and model.flow_data(f.id)["content"]  # a record of what, else?
        # "a shared record of list" says nothing; "email" from the one system that feeds
        # them is named by what the system sent (below)
        and (not _only_a_wrapping(f.content) or (feeding and _said_by_medium(f.content)))
    ]
    if not relayed:
        return None
    flow = max(relayed, key=lambda f: (len(f.pains), f.per_year or 0, len(f.targets)))
    system = _record_system(model, flow)
    name = model.name_of(spot.id)
    readers = _names(model, flow.targets)
    content = _short(flow.content)
    # what the person relays comes from the one system that feeds them ("exports it from
    # Confirm and emails the spreadsheet to the planner"), named by what it holds; not
    # when people tell them things too (the photo of a failed firing a technician showed
    # is not in the booking system that emails a summary), unless what they pass on is
    # what the system gave them
    if system is None and len(feeding) == 1:
        fed = _contents_from(model, feeding[0], spot.id)
        fed_words = {word for content in fed for word in content_words(content)}
        told_by_people = any(
            (source := model.source_of(fid)) != spot.id
            and spot.id in model.targets_of(fid)
            and not _is_system(model, source)
            for fid in model.flows_of(spot.id)
        )
        # "recall letters" from the "recall list" the system shows: the same thing; and the
        # "report" it gives them is the "report" they send on, however generic the word
        relayed_from_it = bool(fed_words & content_words(flow.content or "")) or (
            normalise_name(flow.content) in {normalise_name(c) for c in fed}
        )
        system = feeding[0] if relayed_from_it or not told_by_people else None
    if system and _said_by_medium(flow.content):
        fed = _contents_from(model, system, spot.id)
        content = _short(fed[0]) if fed else content
    if _outside(model, flow.targets) and system:
        # clients, owners, the public: they read no record of ours; the system sends it
        source = model.name_of(system)
        title = f"{content} sent to {readers} by {source} itself, not by {name} by hand"
        change = (
            f"a new link {source} → {readers}: {source} sends the {content} as its records"
            f" say they are due; {name} handles only the exceptions"
        )
        check = f"whether {source} holds every {readers}' contact details and preferences"
    elif system:
        source = f"{model.name_of(system)}"
        title = f"{content} in {source} for {readers}, without waiting for {name}"
        change = f"a new link {source} → {readers}, checked by {name} instead of relayed by hand"
        check = f"whether {source} shows {content} as current as {name} knows it"
    else:
        title = f"a shared record of {content}, kept by {name} and read directly by {readers}"
        change = (
            f"{content} recorded once by {name}; {readers} can read it there, not wait to be told"
        )
        check = f"where {name} would keep it, and whether {readers} would look there first"
    return _Draft(
        title,
        CHANGE_STRUCTURE,
        f"{change} ({name} keeps the role; one manual relay goes)",
        spot,
        _pain(flow),
        _desirability(flow, spot),
        _datability(model, flow, system),
        _existing_link(model.name_of(system)) if system else _NOT_JUDGED,
        _viability(flow),
        check,
        f"object:{spot.id}",
        covers=(flow.id,),
    )


_OUTSIDE_PARTIES = frozenset(
    {"client", "customer", "patient", "owner", "member", "resident", "tenant", "parent"}
    | {"guest", "passenger", "public", "applicant", "student", "family", "visitor", "donor"}
    | {"funder", "regulator", "insurer", "council", "government", "ministry"}
)
"""Who a service is for, and who it reports to outside: they read no record of the
organisation's own."""


def _outside(model: InfoFlowModel, refs: Iterable[str]) -> bool:
    """Every one of these actors is someone the organisation serves or another
    organisation (a funder, a regulator, a supplier), not a colleague."""
    refs = list(refs)
    return bool(refs) and all(
        fold_plural(model.name_of(ref).lower().split()[-1]) in _OUTSIDE_PARTIES
        or model.kind_of(ref) == "organisation"
        for ref in refs
    )


def _enter_once(
    model: InfoFlowModel, pattern: FlowPattern, spot: HotSpot
) -> tuple[_Draft, list[str]] | None:
    """Strategy 2 for the same thing entered by one person into several places (durations
    into a workbook, SAP PM and Primavera P6): entered once, into the system where it is
    re-typed today (else the first system), and passed on from there; a file among the
    places is retired. The draft, and the artefacts it retires."""
    flows = [_flow(model, fid) for fid in pattern.flows]
    places = list(dict.fromkeys(t for f in flows for t in f.targets))
    tools = [t for t in places if not _is_artefact(model, t)]
    if not tools:
        return None
    retyped = [t for f in flows if any(TYPING.search(p) for p in f.pains) for t in f.targets]
    level = {"high": 0, "medium": 1}
    entry = {t: min(level.get(f.maturity, 2) for f in flows if t in f.targets) for t in tools}
    best = min(tools, key=lambda t: (model.kind_of(t) != "tool", entry[t]))
    master = next((t for t in retyped if t in tools), best)
    others = [t for t in tools if t != master]
    files = [t for t in places if _is_artefact(model, t)]
    thing = pattern.title.split(" entered ", 1)[0]
    name = model.name_of(master)
    title = f"{thing} entered once, into {name}"
    if others:
        title += f", passed on to {_names(model, others)}"
    if files:
        title += f"; the {_names(model, files)} retired"
    who = model.name_of(flows[0].source)
    change = (
        f"{who} enters {thing.lower()} in {name} only"
        + (f"; {name} passes them on to {_names(model, others)}" if others else "")
        + (f"; no {_names(model, files)} node" if files else "")
        + f" (today {len(places)} entries: {_join([model.name_of(t) for t in places])})"
    )
    painful = max(flows, key=lambda f: (len(f.pains), f.per_year or 0))
    pains = [p for f in flows for p in f.pains]
    draft = _Draft(
        title,
        CHANGE_STRUCTURE,
        change,
        spot,
        "; ".join(dict.fromkeys(pains)) if pains else _pain(painful),
        _desirability(painful, spot, gain="a typing step disappears for good"),
        _datability(model, painful, master),
        _Lens(None, f"passing it on from {name} means a link to build; the map cannot tell"),
        _viability(max(flows, key=lambda f: f.per_year or 0)),
        f"whether {_names(model, others) if others else 'everyone'} can take {thing.lower()}"
        f" from {name}, and who owns {name}",
        f"object:{spot.id}",
        covers=tuple(f.id for f in flows),
    )
    return draft, files


def _shared_board(model: InfoFlowModel, spot: HotSpot) -> _Draft | None:
    """Strategy 2 around a person who is told things by call from several sides (the
    free beds by the wards, the cleaned beds by housekeeping): one board that each side
    keeps current, read by the person instead of taking the calls. A new shared source
    replaces several spoken flows; the calls stay for exceptions."""
    if model.kind_of(spot.id) not in ("person", "team"):
        return None
    told = [
        f
        for f in (_flow(model, fid) for fid in spot.flows)
        if spot.id in f.targets
        and f.source != spot.id
        and f.maturity == "low"
        and f.media & SPOKEN
        and model.kind_of(f.source) not in _SYSTEM_KINDS
    ]
    if len({f.source for f in told}) < 2:
        return None
    told.sort(key=lambda f: (-len(f.pains), -(f.per_year or 0), f.id))
    told = told[:3]
    name = model.name_of(spot.id)
    senders = _names(model, dict.fromkeys(f.source for f in told))
    said = [f.content for f in told if f.content and f.content != "information"]
    what = _join(list(dict.fromkeys(_short(gist(c), 30) for c in said))) or "what they call about"
    everything = "; ".join(said) or what
    spoken = _join(sorted({m for f in told for m in f.media & SPOKEN}))
    first = told[0]
    pains = [p for f in told for p in f.pains]
    return _Draft(
        f"one board for {what}, kept current by {senders}",
        CHANGE_STRUCTURE,
        f"{senders} post {everything} on one board as it changes; {name} reads it there instead"
        f" of taking each call (today {spoken}); a new shared source, the calls stay for"
        " exceptions",
        spot,
        "; ".join(pains) if pains else _pain(first),
        _desirability(first, spot),
        _datability(model, first, None),
        _NOT_JUDGED,
        _viability(max(told, key=lambda f: f.per_year or 0)),
        f"who would keep the board current at {senders}, and whether {name} would trust it"
        " over a call",
        f"object:{spot.id}",
        covers=tuple(f.id for f in told),
    )
