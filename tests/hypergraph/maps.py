"""Maps for the hypergraph tests: a flow in one call, and the shipped example sessions'."""

from __future__ import annotations

import json

from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import Actor, InformationFlow
from assistant.paths import examples_dir


def flow(source: str, *targets: str, **fields: object) -> InformationFlow:
    return InformationFlow(source=source, targets=list(targets), **fields)


def example_model(name: str) -> InfoFlowModel:
    """The map of a shipped example session, with its actors' classes."""
    data = json.loads((examples_dir() / f"{name}.json").read_text(encoding="utf-8"))
    return InfoFlowModel.from_flows(
        [InformationFlow.model_validate(f) for f in data["flows"]],
        actors=[Actor.model_validate(a) for a in data["actors"]],
    )
