"""The HBDS flow hypergraph: model, hot spots, use-case candidates, exports.

Pure (no I/O, no UI). networkx is imported only inside this package, and lazily: the
names below are resolved on first use, so ``assistant.hypergraph.names`` or
``assistant.hypergraph.snapshot`` can be imported without loading networkx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "FlowModel": "model",
    "ModelError": "model",
    "normalise_name": "names",
    "display_name": "names",
    "ModelSnapshot": "snapshot",
    "ActorRecord": "snapshot",
    "FlowRecord": "snapshot",
    "HyperclassRecord": "snapshot",
    "retarget": "perimeter",
    "frequency_per_year": "frequency",
    "HotSpot": "hotspots",
    "HotspotRanking": "hotspots",
    "HotspotWeights": "hotspots",
    "rank_hotspots": "hotspots",
    "flow_weight": "hotspots",
    "object_scores": "hotspots",
    "UseCaseWeights": "usecases",
    "UseCaseScore": "usecases",
    "RankedUseCase": "usecases",
    "propose_usecases": "usecases",
    "score_usecase": "usecases",
    "rank_usecases": "usecases",
    "to_json": "exports",
    "from_json": "exports",
    "to_graphml": "exports",
    "to_mermaid": "exports",
    "text_diagram": "diagram",
}

if TYPE_CHECKING:
    from assistant.hypergraph.diagram import text_diagram
    from assistant.hypergraph.exports import from_json, to_graphml, to_json, to_mermaid
    from assistant.hypergraph.frequency import frequency_per_year
    from assistant.hypergraph.hotspots import (
        HotSpot,
        HotspotRanking,
        HotspotWeights,
        flow_weight,
        object_scores,
        rank_hotspots,
    )
    from assistant.hypergraph.model import FlowModel, ModelError
    from assistant.hypergraph.names import display_name, normalise_name
    from assistant.hypergraph.perimeter import retarget
    from assistant.hypergraph.snapshot import (
        ActorRecord,
        FlowRecord,
        HyperclassRecord,
        ModelSnapshot,
    )
    from assistant.hypergraph.usecases import (
        RankedUseCase,
        UseCaseScore,
        UseCaseWeights,
        propose_usecases,
        rank_usecases,
        score_usecase,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant.hypergraph' has no attribute {name!r}")
    value = getattr(import_module(f"assistant.hypergraph.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ActorRecord",
    "FlowModel",
    "FlowRecord",
    "HotSpot",
    "HotspotRanking",
    "HotspotWeights",
    "HyperclassRecord",
    "ModelError",
    "ModelSnapshot",
    "RankedUseCase",
    "UseCaseScore",
    "UseCaseWeights",
    "display_name",
    "flow_weight",
    "frequency_per_year",
    "from_json",
    "normalise_name",
    "object_scores",
    "propose_usecases",
    "rank_hotspots",
    "rank_usecases",
    "retarget",
    "score_usecase",
    "text_diagram",
    "to_graphml",
    "to_json",
    "to_mermaid",
]
