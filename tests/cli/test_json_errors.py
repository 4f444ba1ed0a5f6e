"""Issue 17 item 7: under ``--json`` every error is JSON too, with the same exit codes.

The choice (README, "Scripting"): an error under ``--json`` is one JSON line on **stderr**,
``{"error": {"message", "kind", "exit_code", "details"?}}``; stdout stays for data and is
empty. Without ``--json`` the same error is the usual one line ``data360: error: …``.
``flow validate --json`` is the one command whose findings are its data: the report goes
to stdout (exit 1 when it has errors); a usage error there is a JSON error like any other.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import MINI_ANSWERS, MINI_FLOW, mini_session, write_answers

# Every command that takes --json, made to fail (exit 1: user error, 2: usage error).
FAILING = {
    "check": (["check", "nope"], 1),
    "extract": (["extract", "/nonexistent/notes.txt"], 1),
    "flow show": (["--flow", "/nonexistent/flow.yaml", "flow", "show"], 1),
    "flow validate (usage)": (["flow", "validate"], 2),
    "follow": (["follow", "nope"], 1),
    "flows": (["flows", "nope"], 1),
    "model retarget": (["model", "retarget", "nope", "--set", "site=B"], 1),
    "reframe": (["reframe", "nope"], 1),
    "diff": (["diff", "nope", "nope2"], 1),
    "run": (["run", "--answers", "/nonexistent/answers.yaml"], 1),
    "sessions (usage)": (["sessions", "--no-such-option"], 2),
    "import-flows": (["import-flows", "nope", "/nonexistent/wall.csv"], 1),
    "llm log (usage)": (["llm", "log", "--limit", "many"], 2),
}


def json_error(stderr: str) -> dict:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr  # one line, nothing else on stderr
    document = json.loads(lines[0])
    assert set(document) == {"error"}
    return document["error"]


@pytest.mark.parametrize("name", sorted(FAILING))
def test_every_error_is_json_under_json_with_the_same_exit_code(cli, name: str) -> None:
    args, code = FAILING[name]
    plain = cli(*args)
    assert plain.code == code, plain.stderr
    assert plain.stderr.startswith("data360: error: ") and plain.stdout == ""
    as_json = cli(*args, "--json")
    assert as_json.code == code and as_json.stdout == ""
    error = json_error(as_json.stderr)
    assert error["exit_code"] == code
    assert error["kind"] == ("usage" if code == 2 else "user")
    assert error["message"] == plain.stderr.strip().removeprefix("data360: error: ")


def test_every_problem_of_an_answers_file_is_listed_in_the_json_error(cli, tmp_path) -> None:
    answers = dict(MINI_ANSWERS, confidence=9, modes=["Carrier pigeon"])
    path = write_answers(tmp_path, answers)
    result = cli("--flow", str(MINI_FLOW), "run", "--answers", str(path), "--json")
    assert result.code == 1 and result.stdout == ""
    error = json_error(result.stderr)
    assert "2 problems in the answers file; nothing recorded" in error["message"]
    assert len(error["details"]) == 2
    assert any("confidence" in d for d in error["details"])
    assert any("modes" in d for d in error["details"])


def test_a_bad_wall_csv_lists_every_row_in_the_json_error(cli, tmp_path) -> None:
    session = mini_session(cli, tmp_path / "data360.db", tmp_path)
    wall = tmp_path / "wall.csv"
    wall.write_text("source,targets,maturity\n,b,low\nc,d,hi\n", encoding="utf-8")
    result = cli("import-flows", session, str(wall), "--json")
    assert result.code == 1 and result.stdout == ""
    details = json_error(result.stderr)["details"]
    assert [d.split(": ")[1] for d in details] == ["row 2", "row 3"]


def test_an_option_placed_after_the_json_terminator_is_not_json(cli) -> None:
    result = cli("extract", "--", "--json")
    assert result.code == 1 and result.stderr.startswith("data360: error: ")


def test_flow_validate_json_reports_on_stdout(cli, tmp_path: Path) -> None:
    good = cli("flow", "validate", str(MINI_FLOW), "--json")
    assert good.code == 0, good.stderr
    report = json.loads(good.stdout)
    assert report["ok"] is True and report["errors"] == [] and report["questions"] > 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: '1'\nsections: [}\n", encoding="utf-8")
    result = cli("flow", "validate", str(bad), "--json")
    assert result.code == 1 and result.stderr == ""
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["file"] == str(bad)
    assert report["errors"] and report["errors"][0]["line"] == 3
    assert {"severity", "line", "message"} <= set(report["errors"][0])
    missing = cli("flow", "validate", str(tmp_path / "absent.yaml"), "--json")
    assert missing.code == 1 and json.loads(missing.stdout)["ok"] is False
