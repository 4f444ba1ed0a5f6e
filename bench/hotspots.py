"""Hot spots at scale (issue 5, item 8): 10,000 objects and 30,000 flows, seeded.

Times, each as the median of N runs:

* ``build``: ``InfoFlowModel.from_flows`` (name normalisation, incidence graph);
* ``hot spots``: ``rank_hotspots`` with the default local brokerage, then with global
  betweenness (estimated from sampled pivots above 2,000 actors, see ``HotspotWeights``);
* ``exports``: JSON snapshot, GraphML, Mermaid, text diagram;
* ``use cases``: ``propose_usecases`` from the ranking.

Peer in the same run: HyperNetX builds the same hypergraph (flows as edges, actors as
nodes) and computes the same degree / incidence figures (flows per actor, actors per
flow) through its sparse incidence matrix, its fastest route; our side is the same
computation on the incidence graph. Both results are checked equal before any ratio is
printed, and build, computation and their sum are compared separately.

    python bench/hotspots.py [--objects 10000] [--flows 30000] [--runs 3] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.hypergraph.diagram import text_diagram  # noqa: E402
from assistant.hypergraph.exports import to_graphml, to_json, to_mermaid  # noqa: E402
from assistant.hypergraph.hotspots import HotspotWeights, rank_hotspots  # noqa: E402
from assistant.hypergraph.model import FLOW, OBJECT, SOURCE, InfoFlowModel  # noqa: E402
from assistant.hypergraph.proposals import propose_usecases  # noqa: E402
from assistant.models.infoflow import Actor, InformationFlow  # noqa: E402

KINDS = ["person", "person", "person", "team", "team", "organisation", "tool", "tool", "data"]
MATURITIES = ["low", "low", "medium", "high"]
FREQUENCIES = ["", "daily", "weekly", "monthly", "twice a day", "every Thursday", "hourly"]
PAINS = ["re-typing errors", "late", "incomplete", "lost documents"]


def random_model_input(
    objects: int, flows: int, seed: int
) -> tuple[list[Actor], list[InformationFlow]]:
    """A seeded, hub-heavy perimeter: a few actors take part in many flows (Zipf-like)."""
    rnd = random.Random(seed)
    actors = [
        Actor(
            name=f"actor {i:05d}",
            kind=rnd.choice(KINDS),
            attributes={"site": f"site {rnd.randrange(20)}", "line": f"bl {rnd.randrange(5)}"},
        )
        for i in range(objects)
    ]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(objects)]
    out = []
    for _ in range(flows):
        ends = rnd.choices(range(objects), weights=weights, k=1 + rnd.choice([1, 1, 1, 2, 3]))
        source, targets = (
            ends[0],
            [e for e in ends[1:] if e != ends[0]] or [(ends[0] + 1) % objects],
        )
        out.append(
            InformationFlow(
                source=actors[source].name,
                targets=[actors[t].name for t in targets],
                content=f"content {rnd.randrange(500)}",
                medium=rnd.choice(["email", "phone", "API", "shared drive", "paper", ""]),
                frequency=rnd.choice(FREQUENCIES),
                maturity=rnd.choice(MATURITIES),
                pain_points=rnd.sample(PAINS, rnd.choice([0, 0, 0, 1, 2])),
            )
        )
    return actors, out


def median_s(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def our_incidence(model: InfoFlowModel) -> tuple[dict[str, int], dict[str, int]]:
    """Flows per actor and actors per flow, read off the incidence graph."""
    g = model.graph
    degree = {n: 0 for n, t in g.nodes(data="type") if t == OBJECT}
    size: dict[str, int] = {}
    for node, kind in g.nodes(data="type"):
        if kind != FLOW:
            continue
        members = set(g.pred[node]) | set(g.succ[node])
        size[node] = len(members)
        for member in members:
            degree[member] += 1
    return degree, size


def incidence_rows(model: InfoFlowModel) -> dict[str, list[str]]:
    """flow id -> member actor ids: what a hypergraph library is built from."""
    g = model.graph
    rows: dict[str, list[str]] = {}
    for u, v, role in g.edges(data="role"):
        if role == SOURCE:
            rows.setdefault(v, []).append(u)
        else:
            rows.setdefault(u, []).append(v)
    return rows


def hnx_build(rows: dict[str, list[str]]) -> Any:
    import hypernetx as hnx

    return hnx.Hypergraph({edge: sorted(set(members)) for edge, members in rows.items()})


def hnx_incidence(h: Any) -> tuple[dict[str, int], dict[str, int]]:
    """Degrees and sizes the fast HyperNetX way: sums over the sparse incidence matrix.

    (The per-item API, ``h.size(edge)``, costs about 1 ms per edge: 30 s for 30,000.)
    """
    matrix, node_index, edge_index = h.incidence_matrix(index=True)
    degrees = matrix.sum(axis=1).A1
    sizes = matrix.sum(axis=0).A1
    return (
        {str(n): int(d) for n, d in zip(node_index, degrees, strict=True)},
        {str(e): int(z) for e, z in zip(edge_index, sizes, strict=True)},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Hot-spot scoring at scale, against HyperNetX.")
    parser.add_argument("--objects", type=int, default=10_000)
    parser.add_argument("--flows", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    actors, flows = random_model_input(args.objects, args.flows, args.seed)
    print(f"# hot spots: {args.objects:,} objects, {args.flows:,} flows (seed {args.seed})")
    t_build, model = median_s(lambda: InfoFlowModel.from_flows(flows, actors=actors), args.runs)
    t_rank, ranking = median_s(lambda: rank_hotspots(model), args.runs)
    sampled = HotspotWeights(broker="betweenness")
    t_between, _ = median_s(lambda: rank_hotspots(model, sampled), 1)
    t_json, text = median_s(lambda: to_json(model), args.runs)
    t_graphml, graphml = median_s(lambda: to_graphml(model, ranking=ranking), args.runs)
    t_mermaid, _ = median_s(lambda: to_mermaid(model), args.runs)
    t_diagram, _ = median_s(lambda: text_diagram(model), args.runs)
    t_usecases, cases = median_s(lambda: propose_usecases(model, ranking), args.runs)
    top = ranking.objects[0]
    rows = [
        ("build (from_flows)", t_build),
        ("hot spots (brokerage)", t_rank),
        (f"hot spots (betweenness, {sampled.betweenness_samples} pivots)", t_between),
        (f"export JSON ({len(text) / 1e6:.1f} MB)", t_json),
        (f"export GraphML ({len(graphml) / 1e6:.1f} MB)", t_graphml),
        ("export Mermaid", t_mermaid),
        ("text diagram", t_diagram),
        (f"use cases ({len(cases)})", t_usecases),
    ]
    for label, seconds in rows:
        print(f"  {label:<44} {seconds * 1000:9.0f} ms")
    total = t_build + t_rank + t_json + t_graphml + t_mermaid
    print(f"  {'build + hot spots + exports':<44} {total * 1000:9.0f} ms")
    print(f"  top hot spot: {top.name} ({top.score:.2f}) — {top.summary}")

    t_ours, ours = median_s(lambda: our_incidence(model), args.runs)
    rows_in = incidence_rows(model)
    try:
        t_hnx_build, h = median_s(lambda: hnx_build(rows_in), args.runs)
    except ImportError:
        print("  HyperNetX not installed (pip install hypernetx, or the 'bench' extra): no peer")
        return 0
    t_hnx, theirs = median_s(lambda: hnx_incidence(h), args.runs)
    assert ours[1] == theirs[1], "flow sizes differ from HyperNetX"
    assert {k: v for k, v in ours[0].items() if v} == theirs[0], "degrees differ from HyperNetX"
    print("# peer: the same hypergraph in HyperNetX (results checked equal)")
    print(f"  {'':<30} {'data360':>10} {'HyperNetX':>10} {'ratio':>7}")
    for label, mine, peer in [
        ("build", t_build, t_hnx_build),
        ("degrees + flow sizes", t_ours, t_hnx),
        ("build + degrees + sizes", t_build + t_ours, t_hnx_build + t_hnx),
    ]:
        print(
            f"  {label:<30} {mine * 1000:8.0f}ms {peer * 1000:8.0f}ms {peer / mine:6.1f}x"
            "  (HyperNetX / data360)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
