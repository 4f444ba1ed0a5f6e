"""One way to name a flow (issue 13): the model, the diff and the shared helper agree."""

from __future__ import annotations

import pytest

from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import InformationFlow, flow_label
from assistant.services import diff


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        (
            InformationFlow(source="Sales", targets=["Finance", "Ops"], content="orders"),
            "Sales → Finance, Ops: orders",
        ),
        (InformationFlow(source="Sales", targets=["Finance"]), "Sales → Finance"),
    ],
)
def test_every_flow_label_is_the_shared_one(flow, expected):
    model = InfoFlowModel()
    flow_id = model.add_flow(flow)
    assert flow_label(flow.source, flow.targets, flow.content) == expected
    assert diff.flow_label(flow) == expected
    assert model.flow_label(flow_id) == expected
