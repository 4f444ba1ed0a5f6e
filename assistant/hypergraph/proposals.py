"""Use-case candidates drawn from the hot spots of a map (METHOD.md §4.3).

Two strategies, as the method names them, both proposed from the hot spots:

* ``improve-flow`` — improve, automate or optimise one flow: a document drafted from the
  system that holds its content, a live board fed by a system instead of phone calls, one
  publication instead of copies to each reader, content sent straight from the system.
* ``change-structure`` — change the map: capture data once at its source (a re-typing step
  disappears), retire an artefact that only carries information (a workbook, a whiteboard:
  "remove as a relay" is for these, never for a person), give the readers around a busy
  person direct access to what they wait for (the person keeps the role).

Every candidate is a pre-filled ``UseCase`` in the map's own words (contents, media, pain
points), naming its hot spot and the pain it relieves. Lenses are first guesses from the
map — desirability from pains and heat, datability from the system that holds the
content, viability from frequency and pains, feasibility only where nothing new must be
built — and a lens the map cannot judge is left unscored (``None``), never set to 1.
They are proposals for the workshop to edit, never a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import zip_longest
from typing import TYPE_CHECKING

from assistant.hypergraph.frequency import frequency_per_year
from assistant.hypergraph.names import fold_plural
from assistant.hypergraph.usecases import CHANGE_STRUCTURE, IMPROVE_FLOW
from assistant.media import ARTEFACT_NAME, DOCUMENT, RETYPING, SPOKEN, media_of
from assistant.models.infoflow import maturity_label
from assistant.models.usecase import UseCase

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot, HotspotRanking
    from assistant.hypergraph.model import InfoFlowModel


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(model: InfoFlowModel, ids: Iterable[str], limit: int = 3) -> str:
    """ "A, B and C" — or "A, B, C and 12 others" for long lists (a hub has hundreds)."""
    names = [model.name_of(i) for i in ids]
    if len(names) <= 1:
        return "".join(names)
    if len(names) > limit + 1:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} others"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sentence(text: str) -> str:
    """First letter upper-case, the rest as written (names keep their case)."""
    return text[:1].upper() + text[1:]


_SYSTEM_KINDS = ("tool", "data")


@dataclass
class _Draft:
    title: str
    kind: str
    description: str
    desirability: int | None
    datability: int | None
    feasibility: int | None
    viability: int | None
    origin: str
    covers: tuple[str, ...] = ()
    """The flows whose idea this draft already carries (readers served around the person who
    relays it; the paper that capture at the source does away with): they get no second,
    improve-only proposal saying the same."""

    def build(self) -> UseCase:
        def clip(value: int | None) -> int | None:
            return None if value is None else max(1, min(5, value))

        return UseCase(
            title=_short(_sentence(self.title), 200),
            kind=self.kind,
            description=_short(self.description, 4000),
            desirability=clip(self.desirability),
            datability=clip(self.datability),
            feasibility=clip(self.feasibility),
            viability=clip(self.viability),
            origin=self.origin,
        )


@dataclass(frozen=True)
class _Flow:
    """What a proposal needs to know about one flow, in the map's own words."""

    id: str
    source: str
    targets: list[str]
    content: str
    medium: str
    maturity: str
    pains: list[str]
    per_year: float | None
    media: frozenset[str]


def _flow(model: InfoFlowModel, fid: str) -> _Flow:
    data = model.flow_data(fid)
    text = f"{data['medium']} {data['content']}"
    return _Flow(
        id=fid,
        source=model.source_of(fid),
        targets=model.targets_of(fid),
        # every proposal names the flow's ends itself: "information from X" would read
        # "information from X from X to Y"
        content=data["content"] or "information",
        medium=data["medium"],
        maturity=maturity_label(data["maturity"]),
        pains=list(data["pain_points"]),
        per_year=frequency_per_year(str(data.get("frequency") or "")),
        media=frozenset(media_of(text)),
    )


def _is_system(model: InfoFlowModel, ref: str) -> bool:
    return model.actor(ref).kind in _SYSTEM_KINDS and not _is_artefact(model, ref)


def _is_artefact(model: InfoFlowModel, ref: str) -> bool:
    """A spreadsheet, a whiteboard, a paper sheet: a node that only carries information."""
    return (
        model.actor(ref).kind in _SYSTEM_KINDS and bool(ARTEFACT_NAME.search(model.name_of(ref)))
    ) or (model.actor(ref).maturity == "low" and model.actor(ref).kind in _SYSTEM_KINDS)


def _record_system(model: InfoFlowModel, flow: _Flow) -> str | None:
    """The business system that already holds this content: a system at one end of the
    flow, else one its source or targets exchange flows with that the medium names ("printed
    P6 Gantt") or whose flows carry the same thing ("discharges" and "expected discharges";
    not a shared adjective or modifier: "local forecast" is no source of "local events")."""
    ends = [flow.source, *flow.targets]
    for ref in ends:
        if _is_system(model, ref):
            return ref
    linked = sorted(
        {
            end
            for ref in ends
            for fid in model.flows_of(ref)
            for end in model.members_of_flow(fid)
            if end not in ends and _is_system(model, end)
        }
    )
    for ref in linked:
        if _named_in(model.name_of(ref), flow.medium):
            return ref
    heads = _content_heads(flow.content)
    best: tuple[int, str] | None = None
    for ref in linked:
        overlap = max(
            (len(heads & _heads_of(model, fid)) for fid in model.flows_of(ref)),
            default=0,
        )
        if overlap and (best is None or (overlap, ref) > best):
            best = (overlap, ref)
    return best[1] if best else None


_FILLER_WORDS = """a an the and or of for per to from in on at by with next each all their its
any plan list report data information status update detail figure request change week day
month daily weekly"""
_FILLER = frozenset(_FILLER_WORDS.split())
"""Words too common in contents to say two flows carry the same thing."""
_LIST_SEPARATORS = re.compile(r"[,;&/+]|\b(?:and|or|plus)\b")
_QUALIFIERS = re.compile(r"\b(?:per|for|of|with|to|from|in|on|at|by|about|after|before)\b")
_GENERIC_SYSTEM_WORDS = frozenset(
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


def _content_heads(text: str) -> set[str]:
    """What a content is about: the head noun of each item it lists ("local events and
    extra order requests" → event, request), with the word before it when the head alone
    says little ("promotion plan")."""
    heads = set()
    for item in _LIST_SEPARATORS.split(text.casefold()):
        words = re.findall(r"[\w'-]+", _QUALIFIERS.split(item)[0])
        if not words:
            continue
        head = fold_plural(words[-1])
        if head in _FILLER and len(words) > 1:
            head = f"{fold_plural(words[-2])} {head}"
        if head not in _FILLER:
            heads.add(head)
    return heads


def _heads_of(model: InfoFlowModel, fid: str) -> set[str]:
    """The content heads of a flow, straight from the model: comparing contents needs
    nothing else of the flow."""
    return _content_heads(str(model.flow_data(fid)["content"] or ""))


def _named_in(system: str, medium: str) -> bool:
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
    return len(name) > 1 and len(last) >= 2 and last not in _GENERIC_SYSTEM_WORDS and last in words


def _linked(model: InfoFlowModel, actor: str, system: str) -> bool:
    """Whether ``actor`` sends to or receives from ``system`` somewhere in the map."""
    return any(system in model.members_of_flow(f) for f in model.flows_of(actor))


def _datability(model: InfoFlowModel, flow: _Flow, system: str | None) -> int | None:
    """What a data product could use today. A system holding the content with automated
    flows: 4; typed in by people: 3. Nothing digital holds it (phone, paper): unscored,
    because the map cannot say whether the data can be created — not 1."""
    if flow.maturity == "high":
        return 4
    if system is None:
        return None
    feeds = [_flow(model, f).maturity for f in model.flows_of(system)]
    return 4 if "high" in feeds else 3


def _viability(flow: _Flow) -> int | None:
    """Frequent and painful flows are worth more; without a frequency it is unscored."""
    if flow.per_year is None:
        return None
    return 3 + (flow.per_year >= 250) + (len(flow.pains) >= 2) - (flow.per_year < 12)


def _desirability(flow: _Flow, spot: HotSpot) -> int:
    return 3 + bool(flow.pains) + spot.hot


def _pain(flow: _Flow) -> str:
    """The pain a proposal relieves, quoted from the map, else what the flow costs."""
    if flow.pains:
        return "; ".join(flow.pains)
    if flow.media & RETYPING:
        return f"{flow.content} typed in by hand"
    if flow.media & SPOKEN:
        return f"{flow.content} passed on by {flow.medium or 'word of mouth'}, leaving no record"
    how = f" ({flow.medium})" if flow.medium else ""
    return (
        f"{flow.content} carried by hand{how}"
        if flow.maturity == "low"
        else (f"{flow.content} passed on through files{how}")
    )


def _where(spot: HotSpot, flow: _Flow) -> str:
    return f" Hot spot: {spot.name} ({spot.summary}). Relieves: {_pain(flow)}."


def _improve(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft:
    """Strategy 1: improve, automate or optimise this flow, in the map's words."""
    src, tgt = model.name_of(flow.source), _names(model, flow.targets)
    system = _record_system(model, flow)
    system_name = model.name_of(system) if system else ""
    content = _short(flow.content)
    today = f"today {flow.medium}" if flow.medium else f"today {flow.maturity} maturity"
    feasibility: int | None = None
    comes_from_system = system == flow.source or _named_in(system_name, flow.medium)
    if comes_from_system and flow.maturity != "high":  # a copy of what a system holds
        how = flow.medium or "hand"
        title = f"{content} published from {system_name} instead of sent by {how}"
        change = (
            f"{tgt} can open the current {content} in {system_name}; no copies travel ({today})"
        )
        feasibility = 4
    elif flow.media & DOCUMENT and flow.maturity != "high":
        if system and _linked(model, flow.source, system):
            title = f"{content} drafted from the {system_name} record"
            change = (
                f"{content} generated from what {system_name} already holds, instead of"
                f" written by hand by {src} ({today})"
            )
            feasibility = 4
        else:
            title = f"{content} as structured data instead of a document"
            change = f"a structured record filled once by {src}, that {tgt} can read ({today})"
    elif len(flow.targets) >= 3:
        title = f"{content} published once to {tgt}"
        where = f" from {system_name}" if system else ""
        change = f"one shared view{where} replaces the copies sent to each reader ({today})"
        feasibility = 4 if system else None
    elif flow.media & SPOKEN:
        if system:
            title = f"a live {content} board fed by {system_name}"
            change = (
                f"{tgt} can read {content} on a board kept current from {system_name}; the"
                f" {flow.medium or 'call'} from {src} is kept for exceptions ({today})"
            )
            feasibility = 4
        else:
            spoken = flow.medium or "word of mouth"
            title = f"{content} logged once where everyone can see it, not only by {spoken}"
            change = (
                f"{content} logged as it is given, visible to {tgt} and whoever needs it"
                f" next ({today})"
            )
    elif flow.maturity == "high":
        title = f"{content} checked automatically between {src} and {tgt}"
        change = f"the interface flags what goes wrong instead of people finding it ({today})"
        feasibility = 4
    elif system and flow.maturity == "low":
        title = f"{content} straight from {system_name} to {tgt}"
        change = f"{tgt} can get {content} from {system_name} without {src} re-sending it ({today})"
        feasibility = 4
    else:
        title = f"{content} from {src} to {tgt} in a structured, shared form"
        change = f"a fixed layout, filled once by {src} and read by {tgt} ({today})"
    return _Draft(
        title,
        IMPROVE_FLOW,
        f"Changes: {change}." + _where(spot, flow),
        _desirability(flow, spot),
        _datability(model, flow, system),
        feasibility,
        _viability(flow),
        f"flow:{flow.id}",
    )


def _capture_once(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Strategy 2: a re-typing step disappears: the data is entered once, at its source."""
    if not flow.media & RETYPING:
        return None
    tools = [t for t in flow.targets if model.actor(t).kind in _SYSTEM_KINDS]
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
    upstream = sorted({other.source for other in feeding.values()})
    heads = _content_heads(flow.content)
    # the hand-over of what is re-typed ("failed deliveries" on paper cards to the clerk)
    # goes with the re-typing: it is not proposed again on its own
    handed_over = tuple(f for f, other in feeding.items() if heads & _content_heads(other.content))
    origin = _names(model, upstream) if upstream else model.name_of(flow.source)
    content = _short(flow.content)
    return _Draft(
        f"{content} entered once, at the source, into {tool}",
        CHANGE_STRUCTURE,
        f"Changes: {content} entered by {origin} directly into {tool}; the re-typing by"
        f" {model.name_of(flow.source)} disappears from the map." + _where(spot, flow),
        4 + spot.hot,
        3,
        None,
        _viability(flow),
        f"flow:{flow.id}",
        covers=handed_over,
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
        heads = set().union(*(_content_heads(f.content) for f in flows))
        used = {
            end: len(heads & _heads_of(model, fid))
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
    return _Draft(
        f"retire the {name}: {keeper} holds {content}",
        CHANGE_STRUCTURE,
        f"Changes: {change}." + _where(spot, first)
        if not pains
        else f"Changes: {change}. Hot spot: {name} ({spot.summary}). Relieves: {'; '.join(pains)}.",
        3 + spot.hot + bool(pains),
        3 if systems else None,
        None,
        _viability(first),
        f"object:{spot.id}",
    )


def _direct_access(model: InfoFlowModel, spot: HotSpot) -> _Draft | None:
    """Strategy 2 around a busy person: the readers get what they wait for from a shared
    source, so the person stops relaying it by hand. The person keeps their role."""
    actor = model.actor(spot.id)
    if actor.kind not in ("person", "team") or not spot.factors.get("brokerage_pairs"):
        return None
    flows = [_flow(model, f) for f in spot.flows]
    relayed = [
        f
        for f in flows
        if f.source == spot.id
        and f.maturity == "low"
        and all(model.actor(t).kind not in _SYSTEM_KINDS for t in f.targets)
    ]
    if not relayed:
        return None
    flow = max(relayed, key=lambda f: (len(f.pains), f.per_year or 0, len(f.targets)))
    system = _record_system(model, flow)
    name = model.name_of(spot.id)
    readers = _names(model, flow.targets)
    content = _short(flow.content)
    if system:
        source = f"{model.name_of(system)}"
        title = f"{content} in {source} for {readers}, without waiting for {name}"
        change = f"a new link {source} → {readers}, checked by {name} instead of relayed by hand"
    else:
        title = f"a shared record of {content}, kept by {name} and read directly by {readers}"
        change = (
            f"{content} recorded once by {name}; {readers} can read it there, not wait to be told"
        )
    return _Draft(
        title,
        CHANGE_STRUCTURE,
        f"Changes: {change} ({name} keeps the role; one manual relay goes)." + _where(spot, flow),
        _desirability(flow, spot),
        _datability(model, flow, system),
        4 if system else None,  # a link from a system already in place; else not judged
        _viability(flow),
        f"object:{spot.id}",
        covers=(flow.id,),
    )


def propose_usecases(
    model: InfoFlowModel,
    ranking: HotspotRanking | None = None,
    *,
    top: int = 3,
    limit: int = 8,
) -> list[UseCase]:
    """Candidates from the ``top`` object and flow hot spots, at most ``limit``.

    Every proposal names its hot spot and the pain it relieves, in the map's own words
    (contents, media, pain points). Both strategies of the method appear when the map
    allows: improve a flow, and change the structure (capture once at the source, retire an
    artefact that only carries information, give readers direct access around a busy
    person — a person is never "removed"). A lens the map cannot judge is left unscored
    (None) for the workshop to fill. Flows fully digital and painless are skipped.
    Deterministic: the order follows the hot-spot ranking.
    """
    from assistant.hypergraph.hotspots import rank_hotspots

    ranking = ranking or rank_hotspots(model)
    by_flow = {s.id: s for s in ranking.flows}
    improve: list[_Draft] = []
    structure: list[_Draft] = []
    seen_flows: set[str] = set()

    def consider_flow(fid: str, spot: HotSpot) -> None:
        if fid in seen_flows:
            return
        seen_flows.add(fid)
        flow = _flow(model, fid)
        if flow.maturity == "high" and not flow.pains:
            return
        if all(_is_artefact(model, t) for t in flow.targets):
            return  # the artefact itself gets a structural proposal
        into_systems = all(model.actor(t).kind in _SYSTEM_KINDS for t in flow.targets)
        if flow.maturity == "medium" and into_systems and not flow.pains:
            return  # first-hand entry into a system already works
        capture = _capture_once(model, flow, by_flow.get(fid, spot))
        if capture is not None:
            structure.append(capture)
        else:
            improve.append(_improve(model, flow, spot))

    # artefacts that only carry information, among the hot spots or beside the top ones
    # (the weekly workbook a busy planner fills), each get a retirement proposal first
    by_object = {spot.id: spot for spot in ranking.objects}
    near = [
        end
        for spot in ranking.objects[:top]
        for fid in spot.flows
        for end in model.members_of_flow(fid)
    ]
    artefacts = dict.fromkeys([spot.id for spot in ranking.objects[: top + 2]] + near)
    for ref in artefacts:
        retire = _retire_artefact(model, by_object[ref]) if ref in by_object else None
        if retire is not None:
            structure.append(retire)
    for spot in ranking.objects[:top]:
        relay = _direct_access(model, spot)
        if relay is not None:
            structure.append(relay)
        for fid in spot.flows[:2]:
            consider_flow(fid, spot)
    for spot in ranking.flows[:top]:
        consider_flow(spot.id, spot)

    # both strategies, interleaved, so that a short list still shows each; a flow whose
    # relay or paper a structural proposal removes is not proposed again as an improvement
    covered = {f"flow:{fid}" for d in structure for fid in d.covers}
    # ... unless that leaves no improvement at all: then the first stays, as the other
    # strategy for the same pain (the method wants both on the table)
    improve = [d for d in improve if d.origin not in covered] or improve[:1]
    drafts: list[_Draft] = []
    for pair in zip_longest(improve, structure):
        drafts += [d for d in pair if d is not None]
    out: list[UseCase] = []
    titles: set[str] = set()
    for draft in drafts:
        usecase = draft.build()
        if usecase.title.casefold() in titles:
            continue
        titles.add(usecase.title.casefold())
        out.append(usecase)
    return out[:limit]
