"""What every proposal is made of: the map's words for a flow, the four lenses with
their reasons, the pain relieved, and the draft the workshop edits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.hypergraph.contents import (
    content_heads,
    heads_of,
    named_in,
)
from assistant.hypergraph.frequency import frequency_per_year
from assistant.hypergraph.names import fold_plural
from assistant.media import (
    ARTEFACT_NAME,
    RETYPING,
    SPOKEN,
    media_of,
)
from assistant.models.infoflow import maturity_label
from assistant.models.usecase import LENSES, UseCase

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot
    from assistant.hypergraph.model import InfoFlowModel


_NAMES_NOTHING = frozenset({"people", "part", "thing", "item", "stuff", "info", "one", "lot"})
"""Content heads that name nothing a proposal could carry ("people", "parts", "ones")."""


def _names_something(content: str) -> bool:
    """Whether a content names a thing a workshop can act on: "damage reports" does;
    "information", "list", "the paper ones" and "people" do not."""
    return bool(content_heads(content) - _NAMES_NOTHING)


_WRAPPINGS = frozenset(
    {"list", "photo", "picture", "pic", "summary", "copy", "message", "note", "printout"}
    | {"update", "information", "info", "detail", "email", "sheet", "form", "document", "file"}
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})


def _only_a_wrapping(content: str) -> bool:
    """A content that names only what it came in ("the list", "a photo", "summary"): an
    idea titled by it ("a shared record of list") says nothing a workshop can act on."""
    words = [w for w in content.casefold().split() if w not in _DETERMINERS]
    return len(words) == 1 and fold_plural(words[0]) in _WRAPPINGS


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
