"""Hot spots: where many links meet low digital maturity, with reasons (the Data 360 rule).

Flow weight (each factor bounded, so no single answer dominates and nothing is zero):

    w(f) = (a + (1-a)·φ(f)) · (b + (1-b)·g(f)) · (c + (1-c)·π(f))

* φ = log(1+freq) / log(1+ceiling), clipped to 1 — frequency per year from the words
  ("twice a day" → 730). The ceiling is a *fixed* constant (hourly), not the model's
  maximum, so adding a flow never changes another flow's weight and scores stay
  comparable between two runs of the exercise.
* g = (5 − m) / 4 — maturity gap, with low/medium/high mapped to 1/3/5. A flow whose
  maturity is *unknown* (an empty cell on a wall sheet) counts as low (m = 1,
  ``maturity_unknown``) until it is filled: an uncharacterised flow is one to look at,
  and it is never silently scored as medium; its reasons say so.
* π = (p − 1) / 4 — pain, p = 1, 3, 4, 5 for 0, 1, 2, 3+ recorded pain points.

Object score: H(o) = Σ_{f ∋ o} w(f) · (d + (1-d)·g(o)) · (1 + λ·B(o)), where g(o) is the
object's own maturity gap (unknown → neutral, or low when its name says Excel, paper…)
and B(o) ∈ [0, 1) rewards brokers. B is by default the *local brokerage*: the number of
(upstream, downstream) pairs of distinct actors the object relays, squashed as
b / (b + half). It is O(flows), explainable ("broker between 4 actors") and monotone —
adding a flow never lowers it. The global betweenness is available
(``broker="betweenness"``); above ``betweenness_exact_max`` actors it is estimated from
``betweenness_samples`` seeded pivots, and it is *not* monotone (a new shortcut can
bypass a broker).

Flow score: Hf(f) = w(f) · |f| (arity: number of distinct actors involved).

Ranking is deterministic: score (rounded to 1e-9 against float noise), then name, then id.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import networkx as nx
from pydantic import BaseModel, Field

from assistant.hypergraph.frequency import frequency_per_year
from assistant.hypergraph.model import FLOW, InfoFlowModel
from assistant.media import ARTEFACT_NAME
from assistant.models.infoflow import UNKNOWN_MATURITY, flow_label, maturity_label

LOW_MATURITY_NAME = ARTEFACT_NAME
"""An actor named after a carrier is low maturity (the shared vocabulary of media)."""


@dataclass(frozen=True)
class HotspotWeights:
    """Every constant of the hot-spot score, in one place (the defaults).

    Floors (``*_floor``) are the value of a factor at its best: a fully digital, painless,
    yearly flow still weighs ``frequency_floor · maturity_floor · pain_floor`` > 0.
    """

    maturity_low: int = 1
    """1-5 level of a low-maturity flow or object (paper, phone, email, re-typing)."""
    maturity_medium: int = 3
    """1-5 level of a medium-maturity flow (shared files, uploads, first-hand entry)."""
    maturity_high: int = 5
    """1-5 level of a high-maturity flow (API, EDI, interface, automated feed)."""
    maturity_unknown: int = 1
    """1-5 level of a flow whose maturity is unknown: counted as low until it is filled."""
    frequency_ceiling: float = 8760.0
    """Occurrences per year at which φ reaches 1 (hourly); fixed, never the model maximum."""
    unknown_frequency: float = 52.0
    """Occurrences per year assumed when the frequency is missing or event-driven (weekly)."""
    frequency_floor: float = 0.5
    """Frequency factor of the rarest flow."""
    maturity_floor: float = 0.25
    """Maturity factor of a fully digital flow."""
    pain_floor: float = 0.5
    """Pain factor of a flow without pain points."""
    pain_levels: tuple[int, ...] = (1, 3, 4, 5)
    """p(f) on 1-5 for 0, 1, 2, 3 or more pain points."""
    own_maturity_floor: float = 0.5
    """Own-maturity factor of a fully digital object (≥ 50 % of an identical paper one)."""
    unknown_own_maturity: int = 3
    """1-5 level of an object whose maturity is unknown (neutral)."""
    guess_own_maturity_from_name: bool = True
    """Treat objects named like Excel/paper/sheet/tracker as low maturity when unknown."""
    broker_weight: float = 0.5
    """λ: how much being a broker multiplies a score (0 = pure degree × immaturity)."""
    broker: Literal["brokerage", "betweenness", "none"] = "brokerage"
    """Broker measure: local brokerage pairs (default), global betweenness, or none."""
    brokerage_half: float = 4.0
    """Brokerage pairs at which B(o) = 0.5 (B = b / (b + half))."""
    betweenness_exact_max: int = 2000
    """Above this many actors, betweenness is estimated from sampled pivots."""
    betweenness_samples: int = 50
    """Pivots sampled for approximate betweenness (each is one Dijkstra: ~0.1 s at 10k actors)."""
    seed: int = 0
    """Seed of the betweenness sampling (determinism)."""
    hot_sigmas: float = 1.0
    """A hot spot is flagged ``hot`` when its score ≥ mean + hot_sigmas · σ."""

    def level(self, maturity: str | None) -> int:
        """The 1-5 level of a maturity word (``None`` or ``unknown``: ``maturity_unknown``)."""
        return {
            "low": self.maturity_low,
            "medium": self.maturity_medium,
            "high": self.maturity_high,
            UNKNOWN_MATURITY: self.maturity_unknown,
        }[maturity_label(maturity)]

    def pain_level(self, count: int) -> int:
        """p(f) on the 1-5 scale for a number of pain points."""
        return self.pain_levels[min(count, len(self.pain_levels) - 1)]


DEFAULT_WEIGHTS = HotspotWeights()


def _unknown_counts(w: HotspotWeights) -> str:
    """How an unknown maturity was scored, in the reasons' words."""
    if w.maturity_unknown == w.maturity_low:
        return "counted as low until filled"
    return f"counted as level {w.maturity_unknown} of 5 until filled"


class HotSpot(BaseModel):
    """One scored object or flow, with the factors of its score and the reasons in words."""

    kind: Literal["object", "flow"]
    id: str
    name: str
    score: float
    rank: int
    hot: bool = False
    factors: dict[str, float] = Field(default_factory=dict)
    reasons: list[str] = Field(default_factory=list)
    flows: list[str] = Field(
        default_factory=list, description="Incident flow ids, heaviest first (objects)."
    )

    @property
    def ref(self) -> str:
        """``object:<id>`` or ``flow:<id>`` — how use cases point back to their origin."""
        return f"{self.kind}:{self.id}"

    @property
    def summary(self) -> str:
        """The reasons as one sentence."""
        text = ", ".join(self.reasons)
        return text[:1].upper() + text[1:]


class HotspotRanking(BaseModel):
    """Objects and flows ranked separately (their scores are on different scales)."""

    objects: list[HotSpot] = Field(default_factory=list)
    flows: list[HotSpot] = Field(default_factory=list)

    def top(self, k: int = 5) -> list[HotSpot]:
        """The ``k`` first objects then the ``k`` first flows."""
        return self.objects[:k] + self.flows[:k]


@dataclass(frozen=True)
class _FlowFacts:
    source: str
    targets: tuple[str, ...]
    maturity: str
    per_year: float
    known_frequency: bool
    pains: int
    phi: float
    gap: float
    pi: float
    weight: float

    @property
    def arity(self) -> int:
        return len({self.source, *self.targets})


def _flow_facts(
    data: Mapping[str, object], source: str, targets: tuple[str, ...], w: HotspotWeights
) -> _FlowFacts:
    parsed = frequency_per_year(str(data.get("frequency") or ""))
    per_year = parsed if parsed is not None else w.unknown_frequency
    phi = min(1.0, math.log1p(per_year) / math.log1p(w.frequency_ceiling))
    maturity = maturity_label(data["maturity"])  # type: ignore[arg-type]
    gap = (5 - w.level(maturity)) / 4
    pains = len(data.get("pain_points") or [])  # type: ignore[arg-type]
    pi = (w.pain_level(pains) - 1) / 4
    weight = (
        (w.frequency_floor + (1 - w.frequency_floor) * phi)
        * (w.maturity_floor + (1 - w.maturity_floor) * gap)
        * (w.pain_floor + (1 - w.pain_floor) * pi)
    )
    return _FlowFacts(
        source,
        targets,
        maturity,
        per_year,
        parsed is not None,
        pains,
        phi,
        gap,
        pi,
        weight,
    )


def _collect(model: InfoFlowModel, w: HotspotWeights) -> dict[str, _FlowFacts]:
    g = model.graph
    facts: dict[str, _FlowFacts] = {}
    for node, data in g.nodes(data=True):
        if data["type"] != FLOW:
            continue
        source = next(iter(g.pred[node]))
        targets = tuple(
            v for v, _ in sorted(g.succ[node].items(), key=lambda kv: kv[1]["position"])
        )
        facts[node] = _flow_facts(data, source, targets, w)
    return facts


def flow_weight(
    model: InfoFlowModel, flow_id: str, weights: HotspotWeights = DEFAULT_WEIGHTS
) -> float:
    """w(f) of one flow."""
    g = model.graph
    return _flow_facts(
        g.nodes[flow_id], model.source_of(flow_id), tuple(model.targets_of(flow_id)), weights
    ).weight


def _own_maturity(name: str, maturity: str | None, w: HotspotWeights) -> tuple[int, str]:
    if maturity:
        return w.level(maturity), "given"
    if w.guess_own_maturity_from_name and LOW_MATURITY_NAME.search(name):
        return w.maturity_low, "guessed from its name"
    return w.unknown_own_maturity, "unknown"


def _betweenness(
    model: InfoFlowModel, facts: Mapping[str, _FlowFacts], w: HotspotWeights
) -> dict[str, float]:
    """Normalised betweenness on the who→whom graph, distance = 1 / summed flow weight."""
    directed: nx.DiGraph[str] = nx.DiGraph()
    directed.add_nodes_from(model.actor_ids())
    for f in facts.values():
        for t in f.targets:
            if t == f.source:
                continue
            old = directed.get_edge_data(f.source, t, {}).get("w", 0.0)
            directed.add_edge(f.source, t, w=old + f.weight)
    for _, _, data in directed.edges(data=True):
        data["distance"] = 1.0 / data["w"]
    n = directed.number_of_nodes()
    k = None if n <= w.betweenness_exact_max else min(w.betweenness_samples, n)
    return nx.betweenness_centrality(directed, k=k, normalized=True, weight="distance", seed=w.seed)


def _label(nodes: Mapping[str, Mapping[str, object]], f: _FlowFacts, content: str) -> str:
    """The flow's label from the raw node data (:func:`assistant.models.infoflow.flow_label`)."""
    return flow_label(
        str(nodes[f.source]["name"]), (str(nodes[t]["name"]) for t in f.targets), content
    )


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


_KIND_PLURAL = {
    "person": ("person", "people"),
    "team": ("team", "teams"),
    "organisation": ("organisation", "organisations"),
    "process": ("process", "processes"),
    "tool": ("tool", "tools"),
    "data": ("data store", "data stores"),
}


def _sort_key(spot: HotSpot) -> tuple[float, str, str]:
    return (-round(spot.score, 9), spot.name.casefold(), spot.id)


def _rank(spots: list[HotSpot], w: HotspotWeights) -> list[HotSpot]:
    spots.sort(key=_sort_key)
    scores = [s.score for s in spots]
    mean = statistics.fmean(scores) if scores else 0.0
    sigma = statistics.pstdev(scores) if len(scores) > 1 else 0.0
    for rank, spot in enumerate(spots, start=1):
        spot.rank = rank
        if sigma > 1e-12:
            spot.hot = spot.score >= mean + w.hot_sigmas * sigma - 1e-12
        else:
            spot.hot = rank == 1 and spot.score > 0
        spot.score = round(spot.score, 6)
    return spots


def rank_hotspots(
    model: InfoFlowModel, weights: HotspotWeights = DEFAULT_WEIGHTS
) -> HotspotRanking:
    """Score every object and every flow; ranked, with factors and reasons."""
    w = weights
    g = model.graph
    nodes = dict(g.nodes(data=True))
    facts = _collect(model, w)
    incident: dict[str, list[str]] = {a: [] for a in model.actor_ids()}
    upstream: dict[str, set[str]] = {a: set() for a in incident}
    downstream: dict[str, set[str]] = {a: set() for a in incident}
    for fid, f in facts.items():
        incident[f.source].append(fid)
        for t in dict.fromkeys(f.targets):
            if t != f.source:
                incident[t].append(fid)
                upstream[t].add(f.source)
                downstream[f.source].add(t)
    between = _betweenness(model, facts, w) if w.broker == "betweenness" and w.broker_weight else {}

    objects: list[HotSpot] = []
    for actor_id, fids in incident.items():
        data = nodes[actor_id]
        fids.sort(key=lambda fid: (-round(facts[fid].weight, 9), nodes[fid]["seq"]))
        degree = sum(facts[fid].weight for fid in fids)
        level, how = _own_maturity(data["name"], data["maturity"], w)
        own_gap = (5 - level) / 4
        own_factor = w.own_maturity_floor + (1 - w.own_maturity_floor) * own_gap
        ups, downs = upstream[actor_id] - {actor_id}, downstream[actor_id] - {actor_id}
        pairs = len(ups) * len(downs) - len(ups & downs)
        if w.broker == "brokerage":
            broker = pairs / (pairs + w.brokerage_half) if pairs else 0.0
        elif w.broker == "betweenness":
            broker = between.get(actor_id, 0.0)
        else:
            broker = 0.0
        broker_factor = 1 + w.broker_weight * broker
        score = degree * own_factor * broker_factor
        sent = sum(1 for fid in fids if facts[fid].source == actor_id)
        low = sum(1 for fid in fids if facts[fid].maturity == "low")
        unknown = sum(1 for fid in fids if facts[fid].maturity == UNKNOWN_MATURITY)
        pains = sum(facts[fid].pains for fid in fids)
        frequent = sum(1 for fid in fids if facts[fid].per_year >= 365)
        reasons = [f"{_plural(len(fids), 'flow')} ({sent} sent, {len(fids) - sent} received)"]
        if low:
            reasons.append(f"{low} of them manual (low maturity)")
        if unknown:
            reasons.append(f"{unknown} of unknown maturity ({_unknown_counts(w)})")
        if frequent:
            reasons.append(f"{frequent} daily or more often")
        if pains:
            reasons.append(_plural(pains, "pain point"))
        if pairs:
            around = sorted(ups | downs)
            kinds = {nodes[a]["kind"] for a in around}
            noun = _KIND_PLURAL[kinds.pop()] if len(kinds) == 1 else ("actor", "actors")
            reasons.append(
                f"broker between {len(around)} {noun[0] if len(around) == 1 else noun[1]}"
                f" ({len(ups)} upstream, {len(downs)} downstream)"
            )
        if how != "unknown" and level <= w.maturity_low:
            reasons.append("own maturity low" + (f" ({how})" if how != "given" else ""))
        objects.append(
            HotSpot(
                kind="object",
                id=actor_id,
                name=data["name"],
                score=score,
                rank=0,
                factors={
                    "flows": float(len(fids)),
                    "weighted_degree": round(degree, 6),
                    "low_maturity_flows": float(low),
                    "pain_points": float(pains),
                    "own_maturity": float(level),
                    "own_maturity_factor": round(own_factor, 6),
                    "brokerage_pairs": float(pairs),
                    **({"unknown_maturity_flows": float(unknown)} if unknown else {}),
                    "broker": round(broker, 6),
                    "broker_factor": round(broker_factor, 6),
                },
                reasons=reasons,
                flows=list(fids),
            )
        )

    flows: list[HotSpot] = []
    for fid, f in facts.items():
        data = nodes[fid]
        score = f.weight * f.arity
        medium = f" ({data['medium']})" if data["medium"] else ""
        reasons = [f"{f.maturity} maturity{medium}"]
        if f.maturity == UNKNOWN_MATURITY:
            reasons[0] += f" ({_unknown_counts(w)})"
        if f.known_frequency:
            reasons.append(f"{data['frequency']} (~{f.per_year:g}/year)")
        if f.pains:
            reasons.append(f"{_plural(f.pains, 'pain point')}: " + "; ".join(data["pain_points"]))
        if f.arity > 2:
            reasons.append(f"{f.arity} actors involved")
        flows.append(
            HotSpot(
                kind="flow",
                id=fid,
                name=_label(nodes, f, data["content"]),
                score=score,
                rank=0,
                factors={
                    "per_year": round(f.per_year, 3),
                    "phi": round(f.phi, 6),
                    "maturity_level": float(w.level(f.maturity)),
                    "gap": round(f.gap, 6),
                    "pain_points": float(f.pains),
                    "pi": round(f.pi, 6),
                    "weight": round(f.weight, 6),
                    "arity": float(f.arity),
                },
                reasons=reasons,
                flows=[fid],
            )
        )
    return HotspotRanking(objects=_rank(objects, w), flows=_rank(flows, w))


def object_scores(
    model: InfoFlowModel, weights: HotspotWeights = DEFAULT_WEIGHTS
) -> dict[str, float]:
    """H(o) by object id (handy for comparisons and tests)."""
    return {s.id: s.score for s in rank_hotspots(model, weights).objects}


__all__ = [
    "DEFAULT_WEIGHTS",
    "HotSpot",
    "HotspotRanking",
    "HotspotWeights",
    "flow_weight",
    "object_scores",
    "rank_hotspots",
]
