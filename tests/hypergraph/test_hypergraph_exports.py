"""Exports (JSON, GraphML, Mermaid), the text diagram and perimeter portability."""

from __future__ import annotations

import io
import re

import networkx as nx

from assistant.hypergraph.diagram import actor_layers, text_diagram
from assistant.hypergraph.exports import from_json, mermaid_label, to_graphml, to_json, to_mermaid
from assistant.hypergraph.hotspots import rank_hotspots
from assistant.hypergraph.model import InfoFlowModel
from assistant.hypergraph.perimeter import retarget
from assistant.models.infoflow import Actor, InformationFlow

NASTY = 'Ops "night" [B] | {x} (y) #1 <z>;'


def model() -> InfoFlowModel:
    m = InfoFlowModel.from_flows(
        [
            InformationFlow(
                source="planner",
                targets=["maintenance team"],
                content="shutdown list",
                medium="email",
                maturity="low",
                pain_points=["late", "incomplete"],
            ),
            InformationFlow(
                source="maintenance team",
                targets=["SAP PM", NASTY],
                content='jobs "urgent" | [all]',
                maturity="medium",
            ),
            InformationFlow(
                source="SAP PM", targets=["dashboard"], content="status", maturity="high"
            ),
        ],
        actors=[
            Actor(
                name="SAP PM", kind="tool", attributes={"site": "A", "business line": "refining"}
            ),
            Actor(name="planner", attributes={"site": "A", "role": "planning"}),
            Actor(name="dashboard", kind="tool"),
        ],
        attributes={"site": "A"},
    )
    m.add_hyperclass("Site A", where={"site": "A"})
    return m


def test_json_round_trip() -> None:
    text = to_json(model())
    assert to_json(from_json(text)) == text


def test_graphml_reads_back_with_attributes() -> None:
    m = model()
    graph = nx.read_graphml(io.StringIO(to_graphml(m, ranking=rank_hotspots(m))))
    assert graph.nodes["a:sap-pm"]["kind"] == "tool"
    assert graph.nodes["a:sap-pm"]["attr.site"] == "A"
    assert graph.nodes["a:sap-pm"]["attr.business line"] == "refining"
    assert graph.nodes["a:sap-pm"]["hyperclasses"] == "h:site-a"
    assert graph.nodes["f1"]["pain_points"] == "late; incomplete"
    assert graph.nodes["f1"]["maturity"] == "low"
    assert graph.nodes["a:planner"]["hotspot_rank"] >= 1
    assert graph.edges["a:planner", "f1"]["role"] == "source"
    assert graph.edges["f2", "a:sap-pm"]["position"] == 0
    assert graph.graph["attr.site"] == "A"
    flows = nx.read_graphml(io.StringIO(to_graphml(m, view="flows")))
    assert flows.number_of_edges() == 4
    assert {d["flow"] for _, _, d in flows.edges(data=True)} == {"f1", "f2", "f3"}


def test_mermaid_is_safe_and_draws_hyperedges_through_a_flow_node() -> None:
    text = to_mermaid(model(), rank_hotspots(model()), hot=1)
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    labels = re.findall(r'"([^"]*)"', text)
    assert labels, text
    for label in labels:
        assert not set(label) & set('"[]|{}()<>`')
    assert mermaid_label(NASTY) in text
    assert '  a4 -.->|"shutdown list"| a2' in lines  # planner -> maintenance team, low = dotted
    assert any(re.fullmatch(r'  f2\(\("jobs .*"\)\):::flow', line) for line in lines)
    assert "  a2 --- f2" in lines and "  f2 --> a5" in lines and "  f2 --> a3" in lines
    assert '  a5 ==>|"status"| a1' in lines
    assert re.search(r"^  class a\d hot$", text, re.MULTILINE)
    ids = re.findall(r"^  (\w+)[\[({]", text, re.MULTILINE)
    assert all(re.fullmatch(r"[af]\d+", i) for i in ids)


def test_text_diagram_layers_sources_left_to_targets_right() -> None:
    m = model()
    layers = actor_layers(m)
    assert (
        layers["a:planner"] == 0
        and layers["a:maintenance-team"] == 1
        and layers["a:dashboard"] == 3
    )
    diagram = text_diagram(m)
    lines = diagram.splitlines()
    assert lines[0] == "── stage 1 ──"
    assert lines[1].startswith("planner") and "──○──▶ maintenance team" in lines[1]
    assert "══●══▶ dashboard" in diagram
    assert lines[-1] == "── maturity: ○ low  ◐ medium  ● high"
    assert "--L--> maintenance team" in text_diagram(m, ascii=True)
    assert text_diagram(InfoFlowModel()) == "(no flows yet)\n"
    cyclic = InfoFlowModel.from_flows(
        [InformationFlow(source="a", targets=["b"]), InformationFlow(source="b", targets=["a"])]
    )
    assert "stage 1" in text_diagram(cyclic)


def test_retarget_rebinds_attributes_without_touching_structure() -> None:
    a = model()
    b = retarget(a, {"site": "B"})
    assert b.attributes == {"site": "B"}
    assert b.actor("SAP PM").attributes == {"business line": "refining", "site": "B"}
    assert b.actor("dashboard").attributes == {}  # had no site: stays without one
    hc = b.hyperclass("h:site-a")
    assert hc.where == {"site": "B"} and hc.name == "Site B"
    assert b.hyperclass_members(hc.id) == ["a:planner", "a:sap-pm"]
    assert a.actor("SAP PM").attributes["site"] == "A"  # the original is untouched
    sa, sb = a.to_snapshot(), b.to_snapshot()
    assert sa.flows == sb.flows
    assert [x.id for x in sa.actors] == [x.id for x in sb.actors]
    assert [(x.name, x.kind, x.aliases) for x in sa.actors] == [
        (x.name, x.kind, x.aliases) for x in sb.actors
    ]
    c = retarget(a, {"site": {"A": "C", "Z": "Y"}, "role": {"planning": "scheduling"}})
    assert c.actor("planner").attributes == {"role": "scheduling", "site": "C"}
    assert c.attributes == {"site": "C"}


def test_graphml_writer_matches_networkx() -> None:
    from assistant.hypergraph.exports import export_graph

    m = model()
    m.add_flow(InformationFlow(source="a <&> b", targets=["c"], content='"quoted" & <tagged>'))
    for view in ("incidence", "flows"):
        ours = nx.read_graphml(io.StringIO(to_graphml(m, view=view, ranking=rank_hotspots(m))))
        reference = "\n".join(nx.generate_graphml(export_graph(m, view, rank_hotspots(m))))
        theirs = nx.read_graphml(io.StringIO(reference))
        assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))
        assert sorted(ours.edges(data=True)) == sorted(theirs.edges(data=True))
        assert ours.graph == theirs.graph


def test_graphml_survives_control_characters() -> None:
    m = InfoFlowModel.from_flows(
        [InformationFlow(source="p\x01q", targets=["c"], content="x\x0by")]
    )
    graph = nx.read_graphml(io.StringIO(to_graphml(m)))
    assert graph.nodes["f1"]["content"] == "x\ufffdy"
    assert graph.nodes["a:p-q"]["name"] == "p\ufffdq"
