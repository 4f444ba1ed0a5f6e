"""One layering of the map: the TUI's stages are the exported map's columns (issue 13)."""

from __future__ import annotations

from assistant.export.flowmap import layout
from assistant.hypergraph.diagram import actor_layers, text_diagram
from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import InformationFlow


def _columns_of_the_map(model: InfoFlowModel) -> dict[str, int]:
    drawing = layout(model)
    xs = sorted({node.x for node in drawing.nodes})
    return {node.id: xs.index(node.x) for node in drawing.nodes}


def test_stages_and_map_columns_agree_even_when_flows_loop() -> None:
    # A loop (planner <-> maintenance) and a long way round: the two old algorithms put
    # these actors at different depths (condensed cycle vs. greedy order).
    model = InfoFlowModel.from_flows(
        [
            InformationFlow(source="planner", targets=["maintenance"]),
            InformationFlow(source="maintenance", targets=["planner"]),
            InformationFlow(source="maintenance", targets=["warehouse", "contractor"]),
            InformationFlow(source="warehouse", targets=["contractor"]),
            InformationFlow(source="contractor", targets=["planner"]),
            InformationFlow(source="contractor", targets=["dashboard"]),
        ]
    )
    assert actor_layers(model) == _columns_of_the_map(model)
    shown = {line for line in text_diagram(model).splitlines() if " stage " in line}
    sources = {actor_layers(model)[model.source_of(f)] for f in model.flow_ids()}
    assert shown == {f"── stage {layer + 1} ──" for layer in sources}
