"""Issue 16 items 2 and 5: every listed actor reaches the map; two actors merge on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.engine.answers import parse_actor_item
from assistant.errors import UserError
from assistant.models.infoflow import Actor
from assistant.services import design_data as dd
from assistant.services.interview import Interview, InterviewService
from assistant.services.model import session_flows, session_model
from assistant.store.sqlite import SQLiteStore

BEDS = {
    "perimeter": "Bed management at the city hospital",
    "perimeter_specifics": "Site: city hospital\nWards: 14",
    "actors": "Ward nurse in charge (person)\nWards (team)\nSite manager\nBed board (tool)",
    "perimeter_maturity": 2,
    "information_flows": [
        "Wards -> Ward nurse in charge: discharge list [phone] (low) @daily",
        "Ward nurse in charge -> Bed board: free beds [whiteboard] (low) @hourly",
        "Wards -> Bed board, Ward nurse in charge: bed status [whiteboard] (low)",
    ],
}


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Site manager (person)", ("Site manager", "person")),
        ("Site manager", ("Site manager", None)),
        ("- Site manager", ("Site manager", None)),
        ("Bed board (data store)", ("Bed board", "data")),
        ("Finance (Organization)", ("Finance", "organisation")),
        ("Planner [role]", ("Planner", "person")),
        ("SAP PM (site client)", ("SAP PM (site client)", None)),
    ],
)
def test_an_actor_line_gives_its_name_and_its_class_when_given(item, expected):
    assert parse_actor_item(item) == expected


def run_beds(cli, tmp_path: Path) -> str:
    path = tmp_path / "beds.json"
    path.write_text(json.dumps({"answers": BEDS}), encoding="utf-8")
    result = cli("run", "--answers", str(path), "--title", "Beds")
    assert result.code == 0, result.stderr
    return result.stdout.strip()


def test_an_actor_listed_without_a_kind_reaches_model_hot_spots_and_exports(cli, tmp_path):
    session_id = run_beds(cli, tmp_path)
    data = json.loads(cli("flows", session_id, "--hotspots", "--json").stdout)
    kinds = {a["name"]: a["kind"] for a in data["actors"]}
    # The kind is guessed ("manager": a person); the perimeter's attributes are no actors.
    assert kinds == {
        "Bed board": "tool",
        "Site manager": "person",
        "Wards": "team",
        "Ward nurse in charge": "person",
    }
    assert "Site manager" in [spot["name"] for spot in data["hotspots"]["objects"]]
    mermaid = cli("export", session_id, "-f", "mermaid")
    assert mermaid.code == 0 and '"Site manager"' in mermaid.stdout
    model = json.loads(cli("export", session_id, "-f", "model").stdout)
    assert {"name": "Site manager", "kind": "person"}.items() <= next(
        a for a in model["actors"] if a["name"] == "Site manager"
    ).items()
    diagram = cli("flows", session_id).stdout
    assert "Site manager" in diagram


@pytest.fixture
def beds(tmp_path: Path) -> Interview:
    service = InterviewService(SQLiteStore(tmp_path / "b.db"))
    interview = service.start(service_flow(), "Beds")
    for question_id, value in BEDS.items():
        interview.answer(value, question_id=question_id, aside=True)
    return interview


def service_flow():
    from assistant.flow.loader import active_flow

    return active_flow(None)


def test_a_guessed_kind_can_be_changed_and_the_change_wins(beds):
    assert session_model(beds).actor("Site manager").kind == "person"
    assert dd.save_actor(beds, Actor(name="Site manager", kind="organisation")) == []
    assert session_model(beds).actor("Site manager").kind == "organisation"


def test_merging_two_actors_repoints_their_flows_and_keeps_the_name_as_alias(beds):
    outcome = dd.merge_actors(beds, "Ward nurse in charge", "wards")
    assert (outcome.kept, outcome.merged) == ("Ward nurse in charge", "Wards")
    # flow 1 (wards -> nurse) would loop: it goes; flow 3 loses its loop target only.
    assert (outcome.flows_repointed, outcome.flows_dropped) == (1, 1)
    flows = session_flows(beds)
    assert [(f.source, f.targets) for f in flows] == [
        ("Ward nurse in charge", ["Bed board"]),
        ("Ward nurse in charge", ["Bed board"]),
    ]
    model = session_model(beds)
    names = sorted(model.actor(a).name for a in model.actor_ids())
    assert names == ["Bed board", "Site manager", "Ward nurse in charge"]  # "Wards" is listed
    nurse = model.actor("wards")  # found by its old name
    assert nurse.name == "Ward nurse in charge" and "Wards" in nurse.aliases
    assert nurse.kind == "person"


def test_merging_an_actor_into_itself_or_an_unknown_one_is_refused(beds):
    with pytest.raises(UserError, match="two different actors"):
        dd.merge_actors(beds, "Wards", "wards")
    with pytest.raises(UserError, match="unknown actor"):
        dd.merge_actors(beds, "Wards", "Nobody")


def test_an_imported_merge_edit_is_checked():
    from assistant.services.importing import _check_model_edit

    _check_model_edit({"merges": [{"keep": "Ward nurse in charge", "other": "Wards"}]}, "event 3")
    with pytest.raises(UserError, match="invalid model edit"):
        _check_model_edit({"merges": [{"keep": "Ward nurse in charge"}]}, "event 3")
