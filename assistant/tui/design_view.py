"""What the flows screen shows, computed away from the UI thread and without Textual.

``build_view`` turns a session into plain rows and text: the model, its hot-spot
ranking, the actors and flows a filter keeps, and the diagram of those flows. It runs
in a thread worker (a model of thousands of flows takes a while to rank and draw), so it
returns data only; the screen puts it into widgets. Caps keep a huge model from
freezing the terminal: tables and the hot-spot lists show their first rows and say how
many there are in all.

Filters (``match_actors``), comma-separated terms that must all hold:

* ``key=value`` — an attribute of the actor (``site=A``); ``kind=tool`` matches the class;
* a hyperclass name — its members (explicit or by rule);
* any other text — actors whose name or an alias contains it.

A flow is shown when its source or one of its targets is kept.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.models.infoflow import maturity_label

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotspotRanking
    from assistant.hypergraph.model import InfoFlowModel
    from assistant.services.interview import Interview

MAX_ROWS = 1_000
"""Rows drawn in the actors and flows tables (the rest is reached with a filter)."""
MAX_HOTSPOTS = 30
"""Hot spots listed of each kind (objects, flows)."""
MAX_DIAGRAM_FLOWS = 1_500
"""Flows drawn in the diagram."""

_locks: weakref.WeakKeyDictionary[Interview, threading.RLock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def interview_lock(interview: Interview) -> threading.RLock:
    """One lock per open session: commits and model reads in threads do not interleave.

    ``Interview`` mutates its state in place while committing; a worker building the
    model from that state at the same moment could read half an edit.
    """
    with _locks_guard:
        lock = _locks.get(interview)
        if lock is None:
            lock = _locks[interview] = threading.RLock()
        return lock


@dataclass
class ActorRow:
    id: str
    name: str
    kind: str
    attributes: str
    hyperclasses: str
    flows: int


@dataclass
class InfoFlowRow:
    id: str
    position: int
    source: str
    targets: str
    content: str
    medium: str
    frequency: str
    maturity: str
    pains: str


@dataclass
class SpotRow:
    ref: str
    rank: int
    name: str
    score: float
    hot: bool
    summary: str


@dataclass
class PatternRow:
    """A shape across flows the score ranks low; ``flow_id`` is the flow an edit opens."""

    number: int
    flow_id: str
    title: str
    summary: str


@dataclass
class DesignView:
    """One frame of the flows screen: the model, its ranking, and the filtered rows."""

    model: InfoFlowModel
    ranking: HotspotRanking
    filter_text: str = ""
    filter_error: str = ""
    actors: list[ActorRow] = field(default_factory=list)
    flows: list[InfoFlowRow] = field(default_factory=list)
    objects: list[SpotRow] = field(default_factory=list)
    flow_spots: list[SpotRow] = field(default_factory=list)
    patterns: list[PatternRow] = field(default_factory=list)
    diagram: str = ""
    actor_total: int = 0
    flow_total: int = 0
    actors_matched: int = 0
    flows_matched: int = 0
    objects_matched: int = 0
    flow_spots_matched: int = 0
    hyperclass_names: list[str] = field(default_factory=list)

    @property
    def filtered(self) -> bool:
        return bool(self.filter_text) and not self.filter_error

    def position_of(self, flow_id: str) -> int:
        """0-based position of a flow in the session's flows (= ``flow_ids`` order)."""
        return self.model.flow_ids().index(flow_id)


def hyperclass_members(model: InfoFlowModel) -> dict[str, list[str]]:
    """Members of every hyperclass, computed once (the model recomputes rules per call)."""
    return {h: model.hyperclass_members(h) for h in model.hyperclass_ids()}


def match_actors(
    model: InfoFlowModel, members: dict[str, list[str]], text: str
) -> tuple[set[str] | None, str]:
    """Actor ids kept by a filter (None: no filter) and an error for a term that fits nothing."""
    from assistant.hypergraph.names import normalise_name

    terms = [t.strip() for t in text.split(",") if t.strip()]
    if not terms:
        return None, ""
    actors = {a.id: a for a in model.actors()}
    kept = set(actors)
    hyperclass_by_name = {normalise_name(model.name_of(h)): h for h in members}
    for term in terms:
        key, sep, value = term.partition("=")
        if sep:
            key, value = key.strip().casefold(), value.strip().casefold()
            if key == "kind":
                match = {i for i, a in actors.items() if str(a.kind).casefold() == value}
            else:
                match = {
                    i
                    for i, a in actors.items()
                    if any(
                        k.casefold() == key and v.casefold() == value
                        for k, v in a.attributes.items()
                    )
                }
        elif normalise_name(term) in hyperclass_by_name:
            match = set(members[hyperclass_by_name[normalise_name(term)]])
        else:
            needle = term.casefold()
            match = {
                i
                for i, a in actors.items()
                if needle in a.name.casefold() or any(needle in x.casefold() for x in a.aliases)
            }
            if not match:
                return None, f"nothing matches {term!r} (try site=A, a hyperclass or a name)"
        kept &= match
    return kept, ""


def _pairs(attributes: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in attributes.items())


def build_view(
    model: InfoFlowModel, filter_text: str = "", ranking: HotspotRanking | None = None
) -> DesignView:
    """Rank (unless ``ranking`` is given), filter and draw one model (pure; for a worker)."""
    from assistant.hypergraph.diagram import text_diagram
    from assistant.hypergraph.hotspots import rank_hotspots
    from assistant.hypergraph.model import InfoFlowModel as Model
    from assistant.hypergraph.patterns import find_patterns

    ranking = ranking or rank_hotspots(model)
    members = hyperclass_members(model)
    kept, error = match_actors(model, members, filter_text)
    view = DesignView(model=model, ranking=ranking, filter_text=filter_text.strip())
    view.filter_error = error
    view.hyperclass_names = [model.name_of(h) for h in members]
    classes_of: dict[str, list[str]] = {}
    for hyperclass, ids in members.items():
        for actor_id in ids:
            classes_of.setdefault(actor_id, []).append(model.name_of(hyperclass))

    flow_ids = model.flow_ids()
    count: dict[str, int] = {}
    shown_flows: list[str] = []
    for flow_id in flow_ids:
        ends = model.members_of_flow(flow_id)
        for end in ends:
            count[end] = count.get(end, 0) + 1
        if kept is None or any(end in kept for end in ends):
            shown_flows.append(flow_id)

    actors = model.actors()
    shown_actors = [a for a in actors if kept is None or a.id in kept]
    view.actor_total, view.flow_total = len(actors), len(flow_ids)
    view.actors_matched, view.flows_matched = len(shown_actors), len(shown_flows)
    view.actors = [
        ActorRow(
            a.id,
            a.name,
            str(a.kind),
            _pairs(a.attributes),
            ", ".join(classes_of.get(a.id, [])),
            count.get(a.id, 0),
        )
        for a in shown_actors[:MAX_ROWS]
    ]
    position = {flow_id: i for i, flow_id in enumerate(flow_ids)}
    for flow_id in shown_flows[:MAX_ROWS]:
        data = model.flow_data(flow_id)
        view.flows.append(
            InfoFlowRow(
                flow_id,
                position[flow_id],
                model.name_of(model.source_of(flow_id)),
                ", ".join(model.name_of(t) for t in model.targets_of(flow_id)),
                data["content"],
                data["medium"],
                data["frequency"],
                maturity_label(data["maturity"]),
                "; ".join(data["pain_points"]),
            )
        )

    shown_set = set(shown_flows)
    objects = [s for s in ranking.objects if kept is None or s.id in kept]
    flow_spots = [s for s in ranking.flows if s.id in shown_set]
    view.objects_matched, view.flow_spots_matched = len(objects), len(flow_spots)
    view.objects = [
        SpotRow(s.ref, s.rank, s.name, s.score, s.hot, s.summary) for s in objects[:MAX_HOTSPOTS]
    ]
    view.flow_spots = [
        SpotRow(s.ref, s.rank, s.name, s.score, s.hot, s.summary) for s in flow_spots[:MAX_HOTSPOTS]
    ]
    shapes = [p for p in find_patterns(model, ranking) if shown_set.issuperset(p.flows[:1])]
    view.patterns = [
        PatternRow(n, p.flows[0], p.title, p.summary)
        for n, p in enumerate(shapes[:MAX_HOTSPOTS], start=1)
    ]

    drawn = shown_flows[:MAX_DIAGRAM_FLOWS]
    if kept is None and len(drawn) == len(flow_ids):
        diagram = text_diagram(model)
    else:
        diagram = text_diagram(Model.from_flows(model.flow(f) for f in drawn))
    if len(shown_flows) > len(drawn):
        diagram += f"… the first {len(drawn):,} of {len(shown_flows):,} flows; filter to narrow\n"
    view.diagram = diagram
    return view


def summary_line(view: DesignView) -> str:
    """``12 actors · 13 flows · 1 hyperclass`` (or what a filter keeps of them)."""

    def plural(count: int, word: str, words: str | None = None) -> str:
        return f"{count:,} {word if count == 1 else (words or word + 's')}"

    if view.filter_error:
        return view.filter_error
    if view.filtered:
        return (
            f"{view.actors_matched:,} of {plural(view.actor_total, 'actor')} · "
            f"{view.flows_matched:,} of {plural(view.flow_total, 'flow')}"
        )
    parts = [plural(view.actor_total, "actor"), plural(view.flow_total, "flow")]
    if view.hyperclass_names:
        parts.append(plural(len(view.hyperclass_names), "hyperclass", "hyperclasses"))
    return " · ".join(parts)
