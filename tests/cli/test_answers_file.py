"""Issue 11 item 4: ``run --answers`` checks the whole file first and records nothing on error."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import MINI_ANSWERS, MINI_FLOW, write_answers


def sessions(cli) -> list[dict]:
    result = cli("sessions", "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def run_mini(cli, path: Path, *extra: str):
    return cli("--flow", str(MINI_FLOW), "run", "--answers", str(path), *extra)


def test_every_problem_is_listed_with_all_allowed_values_and_nothing_is_recorded(cli, tmp_path):
    answers = {
        **MINI_ANSWERS,
        "sponsor": "CFO",  # not a choice
        "modes": ["Dashboard", "Fax"],  # one bad item of a multi
        "confidence": 9,  # out of the scale
        "sponser": "COO",  # a misspelt question id
    }
    path = write_answers(tmp_path, answers)
    result = run_mini(cli, path)
    assert result.code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"data360: error: {path}: sponsor: 'CFO' is not one of the choices: 'CEO', 'COO',"
        " 'Plant manager'",
        f"data360: error: {path}: modes: 'Fax' is not one of the choices: 'Dashboard', 'Alert',"
        " 'API'",
        f"data360: error: {path}: confidence: expected a number from 1 to 5, got 9",
        f"data360: error: {path}: sponser: not a question of the flow 'mini'; did you mean"
        " 'sponsor'?",
        f"data360: error: {path}: 4 problems in the answers file; nothing recorded",
    ]
    assert sessions(cli) == []  # not even an empty session


def test_a_choice_error_lists_all_ten_choices_of_the_data360_flow(cli, tmp_path):
    contract = json.loads(cli("flow", "show", "--json").stdout)
    question = next(
        q for s in contract["sections"] for q in s["questions"] if q["id"] == "task_types"
    )
    assert len(question["choices"]) == 10
    result = cli("run", "--answers", str(write_answers(tmp_path, {"task_types": ["Astrology"]})))
    assert result.code == 1
    first = result.stderr.splitlines()[0]
    assert all(repr(choice) in first for choice in question["choices"])


def test_a_list_item_read_as_a_mapping_is_refused_with_a_quoting_hint(cli, tmp_path):
    path = tmp_path / "answers.yaml"
    text = (Path(write_answers(tmp_path, MINI_ANSWERS)).read_text()).replace(
        "  features:\n  - forecast\n",
        "  features:\n  - forecast\n  - 1 data scientist; missing: OR specialist\n",
    )
    assert "missing: OR specialist" in text
    path.write_text(text)
    result = run_mini(cli, path)
    assert result.code == 1
    assert result.stderr.splitlines()[0] == (
        f"data360: error: {path}: features: item 2 was read by YAML as a mapping"
        " {'1 data scientist; missing': 'OR specialist'}, not as the text"
        " '1 data scientist; missing: OR specialist': put it in quotes:"
        ' - "1 data scientist; missing: OR specialist"'
    )
    assert sessions(cli) == []
    path.write_text(text.replace("- 1 data", "- '1 data").replace("specialist\n", "specialist'\n"))
    fixed = run_mini(cli, path, "--json")
    assert fixed.code == 0, fixed.stderr
    export = cli("export", json.loads(fixed.stdout)["id"], "-f", "json")
    document = json.loads(export.stdout)
    answered = {a["question_id"]: a for s in document["sections"] for a in s["answers"]}
    assert answered["features"]["value"] == ["forecast", "1 data scientist; missing: OR specialist"]


def test_a_notation_line_read_as_a_mapping_is_named_too(cli, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("answers:\n  flows:\n    - buyer -> store manager: orders [email] (low)\n")
    result = run_mini(cli, path)
    assert result.code == 1
    assert "flows: item 1 was read by YAML as a mapping" in result.stderr
    assert '- "buyer -> store manager: orders [email] (low)"' in result.stderr


def test_flows_mixing_notation_lines_and_free_text_go_through_the_extractor(cli, tmp_path):
    answers = {
        **MINI_ANSWERS,
        "flows": [
            "store manager -> buyer: weekly sales [email] (low)",
            {"source": "ERP", "targets": ["buyer"], "content": "stock levels", "maturity": "high"},
            "Every morning the planner phones the warehouse to ask for the stock of spare parts.",
        ],
    }
    result = run_mini(cli, write_answers(tmp_path, answers), "--json")
    assert result.code == 0, result.stderr
    sid = json.loads(result.stdout)["id"]
    flows = json.loads(cli("flows", sid, "--json").stdout)
    contents = {f["content"] for f in flows["flows"]}
    assert {"weekly sales", "stock levels"} <= contents
    assert ("a:planner", ["a:warehouse"]) in [(f["source"], f["targets"]) for f in flows["flows"]]
    replay = cli("replay", sid, "--plain").stdout  # the proposal is in the history, as in the TUI
    assert "extracted 1 flow(s) for flows with offline" in replay
    assert "accepted extraction for flows" in replay


def test_free_text_with_no_flow_is_a_problem_found_before_anything_is_recorded(cli, tmp_path):
    answers = {**MINI_ANSWERS, "flows": ["store manager -> buyer: sales", "hello there"]}
    result = run_mini(cli, write_answers(tmp_path, answers))
    assert result.code == 1
    assert "flows: no information flow found in the free text" in result.stderr
    assert sessions(cli) == []


def test_continuing_a_session_checks_the_file_first_too(cli, tmp_path):
    first = run_mini(cli, write_answers(tmp_path, MINI_ANSWERS))
    sid = first.stdout.strip()
    before = cli("replay", sid, "--plain").stdout
    path = write_answers(tmp_path, {"vision": "New vision", "sponsor": "Nobody"}, "edit.yaml")
    result = cli("run", "--session", sid, "--answers", str(path))
    assert result.code == 1
    assert "sponsor: 'Nobody' is not one of the choices" in result.stderr
    assert cli("replay", sid, "--plain").stdout == before  # the good edit was not recorded
