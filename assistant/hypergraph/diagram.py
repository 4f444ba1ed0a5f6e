"""A layered text diagram of the flows, for the terminal (TUI side panel, ``flows`` command).

Actors are layered by their longest distance from an origin of information (cycles are
collapsed first), so reading top to bottom follows the information; each line is one
flow, its source on the left, its targets on the right, and the arrow marks the maturity:
``○`` low, ``◐`` medium, ``●`` high, ``?`` unknown (``L``/``M``/``H``/``?`` in ASCII mode).
"""

from __future__ import annotations

import networkx as nx

from assistant.hypergraph.model import FlowModel
from assistant.models.infoflow import UNKNOWN_MATURITY, maturity_label

_UNICODE = {"low": "──○──▶", "medium": "──◐──▶", "high": "══●══▶"}
_ASCII = {"low": "--L-->", "medium": "--M-->", "high": "==H==>"}
_UNICODE[UNKNOWN_MATURITY] = "──?──▶"
_ASCII[UNKNOWN_MATURITY] = "--?-->"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(1, limit - 1)] + ("…")


def actor_layers(model: FlowModel) -> dict[str, int]:
    """Layer of each actor: 0 for origins, else 1 + the deepest upstream layer (cycles merged)."""
    directed = nx.DiGraph()
    directed.add_nodes_from(model.actor_ids())
    for flow_id in model.flow_ids():
        source = model.source_of(flow_id)
        directed.add_edges_from((source, t) for t in model.targets_of(flow_id) if t != source)
    dag = nx.condensation(directed)
    layer_of_component: dict[int, int] = {}
    for component in nx.topological_sort(dag):
        preds = [layer_of_component[p] for p in dag.predecessors(component)]
        layer_of_component[component] = max(preds) + 1 if preds else 0
    mapping = dag.graph["mapping"]
    return {actor: layer_of_component[mapping[actor]] for actor in directed}


def text_diagram(model: FlowModel, *, ascii: bool = False, name_width: int = 28) -> str:
    """One line per flow, grouped by the layer of its source, with a maturity legend."""
    flow_ids = model.flow_ids()
    if not flow_ids:
        return "(no flows yet)\n"
    arrows = _ASCII if ascii else _UNICODE
    layers = actor_layers(model)
    rows = []
    for flow_id in flow_ids:
        data = model.flow_data(flow_id)
        source = model.source_of(flow_id)
        rows.append(
            (
                layers[source],
                model.name_of(source).casefold(),
                data["seq"],
                _short(model.name_of(source), name_width),
                arrows[maturity_label(data["maturity"])],
                ", ".join(_short(model.name_of(t), name_width) for t in model.targets_of(flow_id)),
                data["content"],
                data["medium"],
            )
        )
    rows.sort(key=lambda r: r[:3])
    width = max(len(r[3]) for r in rows)
    target_width = min(max(len(r[5]) for r in rows), 2 * name_width)
    rule = "-" if ascii else "─"
    out: list[str] = []
    current = None
    for layer, _, _, source, arrow, targets, content, medium in rows:
        if layer != current:
            current = layer
            out.append(f"{rule * 2} stage {layer + 1} {rule * 2}")
        detail = content + (f" [{medium}]" if medium else "")
        line = f"{source:<{width}} {arrow} {targets:<{target_width}}"
        out.append((line + ("  " + detail if detail else "")).rstrip())
    legend = "L low  M medium  H high" if ascii else "○ low  ◐ medium  ● high"
    if any(model.flow_data(f)["maturity"] is None for f in flow_ids):
        legend += "  ? unknown"
    out.append(f"{rule * 2} maturity: {legend}")
    return "\n".join(out) + "\n"
