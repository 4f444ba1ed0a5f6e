"""The session's flow model through the CLI: flows, hot spots, retarget, model exports."""

from __future__ import annotations

import json

import networkx as nx

from assistant.paths import examples_dir


def imported(cli) -> str:
    result = cli("import", str(examples_dir() / "refinery-maintenance.json"))
    assert result.code == 0, result.stderr
    return result.stdout.strip()


def test_flows_json_lists_actors_flows_and_ranked_hotspots(cli):
    session_id = imported(cli)
    data = json.loads(cli("flows", session_id, "--hotspots", "--json").stdout)
    assert len(data["flows"]) == 13
    kinds = {a["name"].lower(): a["kind"] for a in data["actors"]}
    assert kinds["site planner"] == "person"
    assert kinds["primavera p6"] == "tool"  # declared as "Primavera P6 (tool)" in the answers
    top = data["hotspots"]["objects"][0]
    assert top["name"].lower() == "site planner" and top["rank"] == 1
    assert any("pain point" in reason for reason in top["reasons"])


def test_flows_text_shows_the_diagram_and_reasons(cli):
    text = cli("flows", imported(cli), "--hotspots", "--top", "2").stdout
    assert "Site planner" in text and "maturity" in text
    assert "Hot spots (objects):" in text and " 1. Site planner" in text


def test_flows_hotspots_add_what_the_score_ranks_low(cli):
    session_id = imported(cli)
    text = cli("flows", session_id, "--hotspots", "--top", "3").stdout
    tail = text.split("Worth a look, though the score ranks them low:\n", 1)[1]
    assert tail.startswith("  - Durations entered 3 times by Site planner: into ")
    assert "rated medium" in tail
    data = json.loads(cli("flows", session_id, "--hotspots", "--json").stdout)
    kinds = [p["kind"] for p in data["hotspots"]["patterns"]]
    assert kinds[0] == "entered-again"
    assert all(p["flows"] and p["reasons"] for p in data["hotspots"]["patterns"])


def test_graphml_export_parses_in_networkx_with_attributes(cli, tmp_path):
    path = tmp_path / "model.graphml"
    assert cli("export", imported(cli), "-f", "graphml", "-o", str(path)).code == 0
    graph = nx.read_graphml(path)
    kinds = nx.get_node_attributes(graph, "type")
    assert sum(1 for k in kinds.values() if k == "flow") == 13
    scores = nx.get_node_attributes(graph, "hotspot_score")
    assert scores, "hot-spot scores travel with the nodes"


def test_mermaid_export(cli, tmp_path):
    path = tmp_path / "model.mmd"
    assert cli("export", imported(cli), "-f", "mermaid", "-o", str(path)).code == 0
    assert path.read_text().startswith("flowchart LR")


def test_retarget_creates_a_new_session_with_the_same_structure(cli):
    session_id = imported(cli)
    before = json.loads(cli("flows", session_id, "--json").stdout)
    result = cli("model", "retarget", session_id, "--set", "site=Donges", "--json")
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["id"] != session_id and summary["reframed_from"] == session_id
    assert "site=Donges" in summary["title"]
    after = json.loads(cli("flows", summary["id"], "--json").stdout)
    assert [(f["source"], f["targets"]) for f in after["flows"]] == [
        (f["source"], f["targets"]) for f in before["flows"]
    ]
    assert after["attributes"]["site"] == "Donges"
    assert cli("model", "retarget", session_id, "--set", "nonsense").code == 1
