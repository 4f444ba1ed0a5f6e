"""The HBDS model: names, ids, edits, hyperclasses and lossless snapshots."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.hypergraph.model import InfoFlowModel, ModelError
from assistant.hypergraph.names import display_name, normalise_name
from assistant.hypergraph.snapshot import ModelSnapshot
from assistant.models.infoflow import Actor, InformationFlow


def flow(source: str, *targets: str, **fields: object) -> InformationFlow:
    return InformationFlow(source=source, targets=list(targets), **fields)


def maintenance() -> InfoFlowModel:
    return InfoFlowModel.from_flows(
        [
            flow("Site planner", "Maintenance team", content="shutdown list", maturity="low"),
            flow("the maintenance team", "SAP PM", content="jobs", maturity="low"),
            flow("SAP PM", "planning dashboard", "maintenance teams", maturity="high"),
        ],
        actors=[Actor(name="SAP PM", kind="tool", attributes={"site": "A"})],
        attributes={"site": "A"},
    )


def test_normalise_name_merges_case_articles_and_plurals() -> None:
    keys = {
        normalise_name(n) for n in ("Maintenance team", "the maintenance team", "maintenance teams")
    }
    assert keys == {"maintenance team"}
    assert normalise_name("Our  Customers'") == "customer"
    assert normalise_name("process") == "process"  # -ss is not a plural
    assert normalise_name("Analysis") == "analysis"
    assert display_name("  the  Maintenance team ") == "Maintenance team"


def test_spellings_become_one_object_with_aliases() -> None:
    model = maintenance()
    assert len(model.actor_ids()) == 4
    team = model.actor("maintenance team")
    assert team.id == "a:maintenance-team"
    assert team.name == "Maintenance team"
    assert team.aliases == ["maintenance team", "maintenance teams"]
    assert model.find_actor("MAINTENANCE TEAMS") == team.id
    assert model.actor("SAP PM").kind == "tool"


def test_flows_keep_ids_targets_order_and_incidence() -> None:
    model = maintenance()
    assert model.flow_ids() == ["f1", "f2", "f3"]
    assert model.targets_of("f3") == ["a:planning-dashboard", "a:maintenance-team"]
    assert model.flows_of("Maintenance team") == ["f1", "f2", "f3"]
    assert model.members_of_flow("f3") == ["a:sap-pm", "a:planning-dashboard", "a:maintenance-team"]
    assert model.flow("f2").source == "Maintenance team"
    assert model.flow_label("f1") == "Site planner → Maintenance team: shutdown list"
    roles = {d["role"] for _, _, d in model.graph.edges(data=True)}
    assert roles == {"source", "target"}


def test_edit_and_delete_flows_and_actors() -> None:
    model = maintenance()
    model.edit_flow("f1", maturity="medium", targets=["Maintenance team", "Warehouse"])
    assert model.flow("f1").maturity == "medium"
    assert model.flow("f1").targets == ["Maintenance team", "Warehouse"]
    with pytest.raises(ModelError, match="unknown flow field"):
        model.edit_flow("f1", colour="red")
    model.edit_actor("Warehouse", name="Central warehouse", kind="team", maturity="low")
    warehouse = model.actor("Central warehouse")
    assert warehouse.id == "a:warehouse" and warehouse.aliases == ["Warehouse"]
    assert model.find_actor("warehouse") == warehouse.id
    with pytest.raises(ModelError, match="already the actor"):
        model.edit_actor("Central warehouse", name="SAP PM")
    removed = model.delete_actor("planning dashboard")
    assert removed == []  # f3 keeps its other target
    assert model.targets_of("f3") == ["a:maintenance-team"]
    assert model.delete_actor("SAP PM") == ["f2", "f3"]
    model.delete_flow("f1")
    assert model.flow_ids() == []
    with pytest.raises(ModelError):
        model.delete_flow("f1")
    # ids are never reused
    assert model.add_flow(flow("a", "b")) == "f4"


def test_merge_actors_moves_flows_and_aliases() -> None:
    model = maintenance()
    model.add_flow(flow("Maint. crew", "Site planner", content="feedback"))
    model.merge_actors("Maintenance team", "Maint. crew")
    assert model.find_actor("Maint. crew") == "a:maintenance-team"
    assert model.flow("f4").source == "Maintenance team"
    assert "Maint. crew" in model.actor("maintenance team").aliases


def test_hyperclasses_explicit_and_by_attribute() -> None:
    model = maintenance()
    site = model.add_hyperclass("Site A", where={"site": "A"})
    ops = model.add_hyperclass("Operations", members=["Site planner", "Maintenance team"])
    assert model.hyperclass_members(site) == ["a:sap-pm"]
    assert model.hyperclass_members("Operations") == ["a:maintenance-team", "a:site-planner"]
    model.edit_actor("Site planner", attributes={"site": "A"})
    assert model.hyperclass_members(site) == ["a:sap-pm", "a:site-planner"]
    model.delete_hyperclass(ops)
    assert model.hyperclass_ids() == [site]


def test_snapshot_round_trip_is_lossless() -> None:
    model = maintenance()
    model.add_hyperclass("Site A", where={"site": "A"}, members=["Site planner"])
    model.edit_actor("Site planner", maturity="low")
    model.delete_flow("f2")
    text = model.to_json()
    again = InfoFlowModel.from_json(text)
    assert again.to_json() == text
    assert again.add_flow(flow("x", "y")) == "f4"  # the sequence survives too
    assert ModelSnapshot.model_validate_json(text).next_flow == 4


def test_snapshot_with_dangling_reference_is_refused() -> None:
    data = maintenance().to_snapshot().model_dump()
    data["flows"][0]["source"] = "a:nobody"
    with pytest.raises(ModelError, match="unknown actor"):
        InfoFlowModel.from_snapshot(data)


def test_build_is_deterministic_and_actor_ids_independent_of_order() -> None:
    flows = [flow(f"actor {i % 7}", f"actor {(i * 3) % 11}", content=str(i)) for i in range(40)]
    shuffled = flows[:]
    random.Random(3).shuffle(shuffled)
    a, b = InfoFlowModel.from_flows(flows), InfoFlowModel.from_flows(shuffled)
    assert a.actor_ids() == b.actor_ids()
    assert InfoFlowModel.from_flows(flows).to_json() == a.to_json()


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=20
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, st.lists(names, min_size=1, max_size=3)), min_size=1, max_size=8))
def test_any_model_round_trips(pairs: list[tuple[str, list[str]]]) -> None:
    model = InfoFlowModel.from_flows(flow(s, *ts, pain_points=["slow"]) for s, ts in pairs)
    assert InfoFlowModel.from_json(model.to_json()).to_json() == model.to_json()
