"""Proposals quote the answers that could block them: risks, licences, data sources not
ready, that name a system the proposal changes."""

from __future__ import annotations

from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import Actor
from assistant.models.usecase import UseCase
from assistant.services.blockers import risk_items, with_blockers
from tests.hypergraph.maps import flow


def _map(*systems: str) -> InfoFlowModel:
    return InfoFlowModel.from_flows(
        [flow("clerk", s, content="stock counts", maturity="medium") for s in systems],
        actors=[Actor(name=s, kind="tool") for s in systems],
    )


def _proposal(title: str) -> UseCase:
    return UseCase(
        title=title,
        desirability=4,
        datability=None,
        feasibility=None,
        viability=3,
        description=f"Changes: {title}. Hot spot: clerk. Relieves: counts typed twice.",
    )


def test_available_sources_block_nothing_and_licences_are_split_in_sentences():
    items = risk_items(
        {
            "data_sources": [
                "Stock counts 2020-2026 - warehouse - internal - available",
                "Supplier portal history - supplier - external - not accessible yet",
            ],
            "data_licence": "Counts are ours. The WMS vendor licence forbids exports.",
            "vision": "Not a risk question, not quoted.",
        }
    )
    assert items == [
        ("Supplier portal history - supplier - external - not accessible yet", "data sources"),
        ("Counts are ours.", "data licence"),
        ("The WMS vendor licence forbids exports.", "data licence"),
    ]


def test_a_system_is_named_in_full_or_by_its_own_acronym():
    model = _map("WMS cloud", "ERP")
    values = {
        "business_risks": [
            "WMS upgrade in March may change the count tables",
            "ERP freeze in December",
            "Nobody owns the spreadsheet",
        ]
    }
    [wms, nothing] = with_blockers(
        model, [_proposal("Counts entered once into WMS cloud"), _proposal("A count sheet")], values
    )
    assert wms.description.endswith(
        'Could be blocked by, in the answers: "WMS upgrade in March may change the count '
        'tables" (business risks).'
    )
    assert nothing.description == _proposal("A count sheet").description


def test_an_acronym_two_systems_share_names_neither():
    model = _map("SAP PM", "SAP MM")
    values = {"delivery_risks": ["SAP write-back late - fall back to files"]}
    [proposal] = with_blockers(model, [_proposal("Counts entered once into SAP PM")], values)
    assert "blocked by" not in proposal.description


def test_without_risk_answers_the_proposals_are_unchanged():
    proposals = [_proposal("Counts entered once into ERP")]
    assert with_blockers(_map("ERP"), proposals, {"vision": "x"}) is proposals
