"""A layered text diagram of the flows, for the terminal (TUI side panel, ``flows`` command).

Actors are grouped in stages by ``layout.layers``, the layering the exported map draws
as columns, so reading top to bottom follows the information; each line is one
flow, its source on the left, its targets on the right, and the arrow marks the maturity:
``○`` low, ``◐`` medium, ``●`` high, ``?`` unknown (``L``/``M``/``H``/``?`` in ASCII mode).
"""

from __future__ import annotations

from assistant.hypergraph.layout import layers
from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import UNKNOWN_MATURITY, maturity_label

_UNICODE = {"low": "──○──▶", "medium": "──◐──▶", "high": "══●══▶"}
_ASCII = {"low": "--L-->", "medium": "--M-->", "high": "==H==>"}
_UNICODE[UNKNOWN_MATURITY] = "──?──▶"
_ASCII[UNKNOWN_MATURITY] = "--?-->"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(1, limit - 1)] + ("…")


def actor_layers(model: InfoFlowModel) -> dict[str, int]:
    """Stage of each actor (0 for origins): the exported map's columns, see ``layout``."""
    return layers(model)


def _unlinked(model: InfoFlowModel) -> list[str]:
    """Actors no flow names yet (listed, not yet linked): shown so that none is lost."""
    return sorted(
        (model.name_of(a) for a in model.actor_ids() if not model.flows_of(a)), key=str.casefold
    )


def text_diagram(model: InfoFlowModel, *, ascii: bool = False, name_width: int = 28) -> str:
    """One line per flow, grouped by the layer of its source, with a maturity legend."""
    flow_ids = model.flow_ids()
    if not flow_ids:
        alone = _unlinked(model)
        return "(no flows yet)\n" + (f"actors: {', '.join(alone)}\n" if alone else "")
    arrows = _ASCII if ascii else _UNICODE
    stage = actor_layers(model)
    rows = []
    for flow_id in flow_ids:
        data = model.flow_data(flow_id)
        source = model.source_of(flow_id)
        rows.append(
            (
                stage[source],
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
    alone = _unlinked(model)
    if alone:
        out.append(f"{rule * 2} no flow yet: {', '.join(alone)}")
    legend = "L low  M medium  H high" if ascii else "○ low  ◐ medium  ● high"
    if any(model.flow_data(f)["maturity"] is None for f in flow_ids):
        legend += "  ? unknown"
    out.append(f"{rule * 2} maturity: {legend}")
    return "\n".join(out) + "\n"
