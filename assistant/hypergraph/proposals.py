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
Each lens says why it has its score (or why the map cannot judge it), and each candidate
names what to check before the workshop counts on it. They are proposals for the workshop
to edit, never a verdict.

Beyond the hot spots, a flow whose pain names what it lacks is read as a data use case:
a system's output that ignores inputs the map already carries elsewhere ("proposals
ignore promotions and weather"), a content that never reaches the system that should use
it ("never used in the ERP forecast"), an export that leaves a board stale.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import zip_longest
from typing import TYPE_CHECKING

from assistant.hypergraph.contents import (
    GENERIC_SYSTEM_WORDS,
    content_heads,
    content_words,
    gist,
    heads_of,
    named_in,
    ordered_content_words,
)
from assistant.hypergraph.frequency import frequency_per_year
from assistant.hypergraph.names import fold_plural
from assistant.hypergraph.patterns import TYPING, FlowPattern, find_patterns
from assistant.hypergraph.usecases import CHANGE_STRUCTURE, IMPROVE_FLOW
from assistant.media import (
    ARTEFACT_NAME,
    DOCUMENT,
    MEDIUM_HEADS,
    READ_IN_SYSTEM,
    RETYPING,
    SPOKEN,
    media_of,
)
from assistant.models.infoflow import maturity_label
from assistant.models.usecase import LENSES, UseCase

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot, HotspotRanking
    from assistant.hypergraph.model import InfoFlowModel


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(model: InfoFlowModel, ids: Iterable[str], limit: int = 3) -> str:
    """ "A, B and C" — or "A, B, C and 12 others" for long lists (a hub has hundreds)."""
    names = [model.name_of(i) for i in ids]
    if len(names) > limit + 1:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} others"
    return _join(names)


def _join(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return "".join(items) if len(items) <= 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text: str) -> str:
    """First letter upper-case, the rest as written (names keep their case)."""
    return text[:1].upper() + text[1:]


_SYSTEM_KINDS = ("tool", "data")


@dataclass(frozen=True)
class _Lens:
    """A first guess at one lens and why: the workshop sees the reason beside the score."""

    score: int | None
    why: str

    @property
    def shown(self) -> int | None:
        """The score on the 1-5 scale (a guess may add up past it), None when unscored."""
        return None if self.score is None else max(1, min(5, self.score))


@dataclass
class _Draft:
    title: str
    kind: str
    change: str
    spot: HotSpot
    relieves: str
    desirability: _Lens
    datability: _Lens
    feasibility: _Lens
    viability: _Lens
    check: str
    """What must be settled before the workshop counts on the proposal (its likely blocker)."""
    origin: str
    covers: tuple[str, ...] = ()
    """The flows whose idea this draft already carries (readers served around the person who
    relays it; the paper that capture at the source does away with): they get no second,
    improve-only proposal saying the same."""

    def lenses(self) -> dict[str, _Lens]:
        return {lens: getattr(self, lens) for lens in LENSES}

    def description(self) -> str:
        """Change, hot spot, pain, each lens with its reason, what to check — one paragraph,
        the way the TUI and the exports show it."""
        judged = "; ".join(
            f"{lens} {'not scored' if value.shown is None else value.shown}: {value.why}"
            for lens, value in self.lenses().items()
        )
        return (
            f"Changes: {self.change}. Hot spot: {self.spot.name} ({_brief(self.spot)})."
            f" Relieves: {self.relieves}. {_sentence(judged)}. Check first: {self.check}."
        )

    def build(self) -> UseCase:
        return UseCase(
            title=_short(_sentence(self.title), 200),
            kind=self.kind,
            description=_short(self.description(), 4000),
            desirability=self.desirability.shown,
            datability=self.datability.shown,
            feasibility=self.feasibility.shown,
            viability=self.viability.shown,
            origin=self.origin,
        )


def _brief(spot: HotSpot) -> str:
    """Why the hot spot is one, shortly: its first two reasons, and its pains for an object
    (a flow's pain is already quoted as what the proposal relieves)."""
    pains = [r for r in spot.reasons if "pain" in r]
    kept = [r for r in spot.reasons if "pain" not in r][:2]
    if spot.kind == "object":
        kept += [r.split(":")[0] for r in pains[:1]]
    return ", ".join(kept) or "a hot spot"


@dataclass(frozen=True)
class _Flow:
    """What a proposal needs to know about one flow, in the map's own words."""

    id: str
    source: str
    targets: list[str]
    content: str
    medium: str
    maturity: str
    frequency: str
    pains: list[str]
    per_year: float | None
    media: frozenset[str]


def _flow(model: InfoFlowModel, fid: str) -> _Flow:
    data = model.flow_data(fid)
    text = f"{data['medium']} {data['content']}"
    frequency = str(data.get("frequency") or "")
    return _Flow(
        id=fid,
        source=model.source_of(fid),
        targets=model.targets_of(fid),
        # every proposal names the flow's ends itself: "information from X" would read
        # "information from X from X to Y"
        content=data["content"] or "information",
        medium=data["medium"],
        maturity=maturity_label(data["maturity"]),
        frequency=frequency,
        pains=list(data["pain_points"]),
        per_year=frequency_per_year(frequency),
        media=frozenset(media_of(text)),
    )


def _is_system(model: InfoFlowModel, ref: str) -> bool:
    return model.kind_of(ref) in _SYSTEM_KINDS and not _is_artefact(model, ref)


def _is_artefact(model: InfoFlowModel, ref: str) -> bool:
    """A spreadsheet, a whiteboard, a paper sheet: a node that only carries information."""
    return model.kind_of(ref) in _SYSTEM_KINDS and (
        bool(ARTEFACT_NAME.search(model.name_of(ref))) or model.actor(ref).maturity == "low"
    )


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
        if named_in(model.name_of(ref), flow.medium):
            return ref
    heads = content_heads(flow.content)
    best: tuple[int, str] | None = None
    for ref in linked:
        overlap = max(
            (len(heads & heads_of(model, fid)) for fid in model.flows_of(ref)),
            default=0,
        )
        if overlap and (best is None or (overlap, ref) > best):
            best = (overlap, ref)
    return best[1] if best else None


def _linked(model: InfoFlowModel, actor: str, system: str) -> bool:
    """Whether ``actor`` sends to or receives from ``system`` somewhere in the map."""
    return any(system in model.members_of_flow(f) for f in model.flows_of(actor))


# ---------------------------------------------------------------------------- lenses
def _datability(model: InfoFlowModel, flow: _Flow, system: str | None) -> _Lens:
    """What a data product could use today. A system holding the content with automated
    flows: 4; typed in by people: 3. Nothing digital holds it (phone, paper): unscored,
    because the map cannot say whether the data can be created — not 1."""
    if flow.maturity == "high":
        return _Lens(4, f"the flow is already automated ({flow.medium or 'high maturity'})")
    if system is None:
        content = _short(flow.content)
        if flow.media & _FILES:
            return _Lens(
                None,
                f"no system of the map holds {content}, only e-mails or files ({flow.medium}),"
                " and the map cannot tell whether past ones are kept",
            )
        how = f" ({flow.medium})" if flow.medium else ""
        return _Lens(
            None,
            f"nothing digital holds {content} today{how}: records start the day it is captured",
        )
    name = model.name_of(system)
    feeds = [maturity_label(model.flow_data(f)["maturity"]) for f in model.flows_of(system)]
    if "high" in feeds:
        return _Lens(4, f"{name} holds it and is fed automatically")
    return _Lens(3, f"{name} holds it, but people type it in")


def _viability(flow: _Flow) -> _Lens:
    """Frequent and painful flows are worth more; without a frequency it is unscored."""
    if flow.per_year is None:
        return _Lens(None, "the map gives no frequency to weigh the gain")
    score = 3 + (flow.per_year >= 250) + (len(flow.pains) >= 2) - (flow.per_year < 12)
    why = f"{flow.frequency} (~{flow.per_year:,.0f} a year)"
    if len(flow.pains) >= 2:
        why += f", {len(flow.pains)} pains at once"
    if flow.per_year < 12:
        why += ", too rare to pay back much"
    return _Lens(score, why)


def _desirability(flow: _Flow, spot: HotSpot, *, gain: str = "") -> _Lens:
    """Who would want it: a pain said of the flow, a hot spot among the top ones, and a
    gain the change brings by its nature (``gain``: one point more, said why)."""
    base = 4 if gain else 3
    count = len(flow.pains)
    said = (
        "no pain is said of this flow"
        if not count
        else "its pain is said in the answers"
        if count == 1
        else f"{count} pains are said of it"
    )
    parts = [said]
    if spot.hot:
        parts.append(
            f"{spot.name} is a top hot spot"
            if spot.kind == "object"
            else "the flow is a top hot spot"
        )
    if gain:
        parts.append(gain)
    return _Lens(base + bool(count) + spot.hot, _join(parts))


_FILES = frozenset({"email", "spreadsheet", "shared file", "file", "sheet", "file transfer"})
"""Media that leave a digital copy somewhere, though in no system of the map."""

_NOT_JUDGED = _Lens(None, "it depends on what must be built, which the map cannot tell")


def _existing_link(name: str) -> _Lens:
    return _Lens(4, f"{name} is already in the map: a link or a view, nothing new to build")


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


# ------------------------------------------------------------------ strategy 1: flows
_ASKED_FOR = frozenset({"request", "order", "booking", "referral", "requisition", "call-out"})
"""Contents that ask someone for something: raised from a record, not shown on a board."""


def _improve(model: InfoFlowModel, flow: _Flow, spot: HotSpot) -> _Draft | None:
    """Strategy 1: improve, automate or optimise this flow, in the map's words; None for a
    person's entry into a system that nothing here improves (a layout for what a system
    already structures says nothing)."""
    if not model.flow_data(flow.id)["content"] and not flow.pains:
        return None  # "one shared layout for information" says nothing a workshop can use
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
    systems = {
        model.name_of(ref).lower(): ref for ref in model.actor_ids() if _is_system(model, ref)
    }
    for pain in flow.pains:
        match = _CANNOT.search(pain)
        if match is None or (ref := systems.get(match.group("system").lower())) is None:
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
    return _Draft(
        f"{content} entered once, at the source, into {system}",
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


def _direct_access(model: InfoFlowModel, spot: HotSpot) -> _Draft | None:
    """Strategy 2 around a busy person: the readers get what they wait for from a shared
    source, so the person stops relaying it by hand. The person keeps their role."""
    if model.kind_of(spot.id) not in ("person", "team") or not spot.factors.get("brokerage_pairs"):
        return None
    flows = [_flow(model, f) for f in spot.flows]
    relayed = [
        f
        for f in flows
        if f.source == spot.id
        and f.maturity == "low"
        and all(model.kind_of(t) not in _SYSTEM_KINDS for t in f.targets)
        and _retyped_into(model, f) is None  # that one is entered once, at the source
        and (model.flow_data(f.id)["content"] or f.pains)  # a record of what, else?
    ]
    if not relayed:
        return None
    flow = max(relayed, key=lambda f: (len(f.pains), f.per_year or 0, len(f.targets)))
    system = _record_system(model, flow)
    name = model.name_of(spot.id)
    readers = _names(model, flow.targets)
    content = _short(flow.content)
    feeding = sorted(
        {model.source_of(fid) for fid in model.flows_of(spot.id)}
        - {spot.id}
        - {ref for ref in model.actor_ids() if not _is_system(model, ref)}
    )
    # what the person relays comes from the one system that feeds them ("exports it from
    # Confirm and emails the spreadsheet to the planner"), named by what it holds
    system = system or (feeding[0] if len(feeding) == 1 else None)
    if system and fold_plural(flow.content.lower()) in MEDIUM_HEADS:
        fed = [
            model.flow_data(fid)["content"]
            for fid in model.flows_of(spot.id)
            if model.source_of(fid) == system and model.flow_data(fid)["content"]
        ]
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
)
"""Who a service is for: they read no record of the organisation's own."""


def _outside(model: InfoFlowModel, refs: Iterable[str]) -> bool:
    """Every one of these actors is someone the organisation serves, not a colleague."""
    heads = [model.name_of(ref).lower().split()[-1] for ref in refs]
    return bool(heads) and all(fold_plural(h) in _OUTSIDE_PARTIES for h in heads)


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


# ------------------------------------------------------------------------- the list
def propose_usecases(
    model: InfoFlowModel,
    ranking: HotspotRanking | None = None,
    *,
    top: int = 3,
    limit: int = 8,
    named_at_review: Sequence[str] = (),
) -> list[UseCase]:
    """Candidates from the ``top`` object and flow hot spots, at most ``limit``.

    Every proposal names its hot spot and the pain it relieves, in the map's own words
    (contents, media, pain points), each lens with its reason and what to check first.
    Both strategies of the method appear when the map allows: improve a flow, and change
    the structure (capture once at the source, retire an artefact that only carries
    information, give readers direct access around a busy person — a person is never
    "removed"). Data use cases a pain points to (an output that ignores inputs the map
    carries, a content never fed to the system that needs it) come first, wherever their
    flow ranks. A lens the map cannot judge is left unscored (None) for the workshop to
    fill. Flows fully digital and painless are skipped. Deterministic: the order follows
    the hot-spot ranking, except that the flows the hot-spot review named as the worst
    (``named_at_review``, flow ids) are drafted whatever their rank, and come first: the
    workshop's judgement outweighs the score.
    """
    from assistant.hypergraph.hotspots import rank_hotspots

    ranking = ranking or rank_hotspots(model)
    by_flow = {s.id: s for s in ranking.flows}
    data_cases: list[_Draft] = []
    fed_cases: list[_Draft] = []
    improve: list[_Draft] = []
    structure: list[_Draft] = []
    carried: set[str] = set()

    def add_structure(draft: _Draft) -> None:
        """A structural draft whose flows an earlier one already carries says nothing new."""
        if draft.covers and set(draft.covers) <= carried:
            return
        structure.append(draft)
        carried.update(draft.covers)

    seen_flows: set[str] = set()
    retired: set[str] = set()

    def consider_flow(fid: str, spot: HotSpot) -> None:
        if fid in seen_flows:
            return
        seen_flows.add(fid)
        flow = _flow(model, fid)
        if flow.maturity == "high" and not flow.pains:
            return
        if all(_is_artefact(model, t) for t in flow.targets):
            if not set(flow.targets) & retired and (board := _live_board(model, flow, spot)):
                improve.append(board)
            return  # else the artefact itself gets a structural proposal
        into_systems = all(model.kind_of(t) in _SYSTEM_KINDS for t in flow.targets)
        if into_systems and (board := _live_board(model, flow, spot)):
            improve.append(board)
            return
        if flow.maturity == "medium" and into_systems and not flow.pains:
            return  # first-hand entry into a system already works
        capture = _capture_once(model, flow, by_flow.get(fid, spot))
        if capture is not None:
            add_structure(capture)
        elif into_systems and (on_time := _entered_as_it_happens(model, flow, spot)):
            improve.append(on_time)
        elif (better := _improve(model, flow, spot)) is not None:
            improve.append(better)

    @cache
    def words_of(fid: str) -> set[str]:
        return content_words(
            f"{model.flow_data(fid)['content'] or ''} {model.name_of(model.source_of(fid))}"
        )

    # the data use cases pains point to, wherever their flow ranks
    for spot in ranking.flows:
        if not model.flow_data(spot.id)["pain_points"]:
            continue
        flow = _flow(model, spot.id)
        enriched = (
            _enrich(model, flow, spot, words_of)
            or _fill_left_empty(model, flow, spot)
            or _system_gap(model, flow, spot)
        )
        fed = None if enriched else _feed_system(model, flow, spot)
        if enriched or fed:
            seen_flows.add(spot.id)
        # an output computed with what it ignores is the data product itself: it leads
        data_cases += [enriched] if enriched else []
        fed_cases += [fed] if fed else []

    # the same thing entered into several places by one person: entered once, at one place;
    # a system's output sent back changed: the output learns from the changes (a data case)
    by_object = {spot.id: spot for spot in ranking.objects}
    for pattern in find_patterns(model, ranking, skip_top=0):
        if pattern.kind == "round-trip" and pattern.flows[0] not in seen_flows:
            seen_flows.update(pattern.flows)
            data_cases.append(_learn_from_changes(model, pattern, by_flow[pattern.flows[0]]))
        if pattern.kind != "entered-again":
            continue
        source = model.source_of(pattern.flows[0])
        spot = by_object.get(source) or by_flow[pattern.flows[0]]
        once = _enter_once(model, pattern, spot)
        if once is not None:
            add_structure(once[0])
            retired.update(once[1])

    # artefacts that only carry information, among the hot spots or beside the top ones
    # (the weekly workbook a busy planner fills), each get a retirement proposal first
    near = [
        end
        for spot in ranking.objects[:top]
        for fid in spot.flows
        for end in model.members_of_flow(fid)
    ]
    artefacts = dict.fromkeys([spot.id for spot in ranking.objects[: top + 2]] + near)
    for ref in artefacts:
        if ref in retired:
            continue  # an entry made once already retires it
        retire = _retire_artefact(model, by_object[ref]) if ref in by_object else None
        if retire is not None:
            add_structure(retire)
            retired.add(ref)
    for fid in named_at_review:
        if fid in by_flow:
            consider_flow(fid, by_flow[fid])
    for spot in ranking.objects[:top]:
        board = _shared_board(model, spot)
        if board is not None:
            add_structure(board)
        relay = _direct_access(model, spot)
        if relay is not None:
            add_structure(relay)
        for fid in spot.flows[:2]:
            consider_flow(fid, spot)
    for spot in ranking.flows[:top]:
        consider_flow(spot.id, spot)
    # then the other painful flows, by rank, while the list has room
    for spot in ranking.flows[top:]:
        if len(data_cases) + len(improve) + len(structure) >= 2 * limit:  # some merge later
            break
        if model.flow_data(spot.id)["pain_points"]:
            consider_flow(spot.id, spot)

    # both strategies, interleaved, so that a short list still shows each; a flow whose
    # relay or paper a structural proposal removes is not proposed again as an improvement
    covered = {f"flow:{fid}" for d in structure for fid in d.covers}
    # ... unless that leaves no improvement at all: then the first stays, as the other
    # strategy for the same pain (the method wants both on the table)
    improve = [d for d in improve if d.origin not in covered] or improve[:1]
    # a content fed to the system that computes with it is already in that data case
    computed = {f"flow:{fid}" for d in data_cases for fid in d.covers}
    improve = data_cases + [d for d in fed_cases if d.origin not in computed] + improve
    drafts: list[_Draft] = []
    for pair in zip_longest(improve, structure):
        drafts += [d for d in pair if d is not None]
    named = set(named_at_review)
    drafts.sort(key=lambda d: not {d.origin.removeprefix("flow:"), *d.covers} & named)
    out: list[UseCase] = []
    titles: set[str] = set()
    for draft in drafts:
        usecase = draft.build()
        if usecase.title.casefold() in titles:
            continue
        titles.add(usecase.title.casefold())
        out.append(usecase)
    return out[:limit]
