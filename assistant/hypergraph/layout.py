"""Where each actor stands in the information stream: the one layering of the flow map.

The terminal diagram (``diagram.text_diagram``, its stages) and the exported map
(``assistant.export.flowmap``, its columns) both place actors with ``layers``, so a
stage in the TUI and a column in the document are the same group of actors.

A greedy order with few backward flows (Eades-Lin-Smyth; ties in the order the flows were
told), then the longest path over the flows that go forward in it: origins come first and
final receivers last even when the flows loop. No randomness: exports stay byte-stable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel


def edges(model: InfoFlowModel) -> list[tuple[str, str]]:
    """Source→target pairs between distinct actors, in flow order, without repeats."""
    pairs: dict[tuple[str, str], None] = {}
    for flow_id in model.flow_ids():
        source = model.source_of(flow_id)
        for target in model.targets_of(flow_id):
            if target != source:
                pairs.setdefault((source, target), None)
    return list(pairs)


def actor_order(model: InfoFlowModel) -> list[str]:
    """A left-to-right order of actors with few backward flows (Eades-Lin-Smyth greedy).

    Sinks go right, sources go left, and inside a cycle the actor that sends most more
    than it receives goes first; ties follow the order actors appear in the flows, which
    is usually the order of the process as the user told it.
    """
    appearance: dict[str, int] = {}
    for flow_id in model.flow_ids():
        for actor_id in [model.source_of(flow_id), *model.targets_of(flow_id)]:
            appearance.setdefault(actor_id, len(appearance))
    for actor_id in model.actor_ids():
        appearance.setdefault(actor_id, len(appearance))
    pairs = edges(model)
    out: dict[str, set[str]] = {a: set() for a in appearance}
    into: dict[str, set[str]] = {a: set() for a in appearance}
    for u, v in pairs:
        out[u].add(v)
        into[v].add(u)
    remaining = set(appearance)
    left: list[str] = []
    right: list[str] = []

    def take(actor_id: str) -> None:
        remaining.discard(actor_id)
        for other in out[actor_id]:
            into[other].discard(actor_id)
        for other in into[actor_id]:
            out[other].discard(actor_id)

    while remaining:
        progressed = True
        while progressed:
            progressed = False
            for actor_id in sorted(
                (a for a in remaining if not out[a]), key=lambda a: -appearance[a]
            ):
                if actor_id in remaining and not out[actor_id]:
                    right.insert(0, actor_id)
                    take(actor_id)
                    progressed = True
            for actor_id in sorted(
                (a for a in remaining if not into[a]), key=appearance.__getitem__
            ):
                if actor_id in remaining and not into[actor_id]:
                    left.append(actor_id)
                    take(actor_id)
                    progressed = True
        if remaining:
            best = min(remaining, key=lambda a: (-(len(out[a]) - len(into[a])), appearance[a]))
            left.append(best)
            take(best)
    return left + right


def layers(model: InfoFlowModel) -> dict[str, int]:
    """Column of each actor: longest path over the flows that go forward in ``actor_order``."""
    order = actor_order(model)
    position = {a: i for i, a in enumerate(order)}
    layer = dict.fromkeys(order, 0)
    forward = sorted(
        ((u, v) for u, v in edges(model) if position[u] < position[v]),
        key=lambda e: position[e[0]],
    )
    for u, v in forward:
        layer[v] = max(layer[v], layer[u] + 1)
    return layer
