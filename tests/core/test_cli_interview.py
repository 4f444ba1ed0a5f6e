"""The headless interview end to end through the CLI (issue 3, items 6-7 and "Checked by")."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from assistant.paths import schemas_dir
from tests.answers_for import answers_for


def contract(cli) -> dict:
    result = cli("flow", "show", "--json")
    assert result.code == 0
    return json.loads(result.stdout)


def write_answers(tmp_path: Path, answers: dict, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"answers": answers}, allow_unicode=True))
    return path


def test_a_scripted_interview_built_from_the_contract_runs_and_exports(cli, tmp_path):
    flow = contract(cli)
    answers = answers_for(flow)
    conditional = {q["id"] for s in flow["sections"] for q in s["questions"] if "when" in q}
    path = write_answers(tmp_path, answers)
    result = cli("run", "--answers", str(path), "--title", "Scripted", "--json")
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["status"] == "complete"
    assert summary["completeness"]["percent"] == 100
    assert summary["completeness"]["topics_uncovered"] == []
    # Questions the branching did not ask are listed as ignored, not an error.
    assert "rules_maintenance" in summary["ignored_answers"]  # an ML model was chosen
    assert set(summary["ignored_answers"]) <= conditional
    assert "ignored answers" in result.stderr

    out = tmp_path / "framing.json"
    exported = cli("export", summary["id"][:6], "--format", "json", "-o", str(out))
    assert exported.code == 0, exported.stderr
    document = json.loads(out.read_text())
    schema = json.loads((schemas_dir() / "framing-document.schema.json").read_text())
    jsonschema.validate(document, schema)
    assert [s["id"] for s in document["sections"]] == [
        "ideation",
        "business",
        "product",
        "data",
        "build",
    ]
    answered = {a["question_id"]: a for s in document["sections"] for a in s["answers"]}
    assert all(a["status"] == "answered" for a in answered.values())
    assert answered["chosen_usecase"]["value"] == "Predict job durations"
    assert document["chosen_usecase"] == "Predict job durations"
    assert document["usecases"][0]["title"] == "Predict job durations"
    assert len(document["flows"]) == 3
    assert document["hotspots"], "hot spots are computed from the flows"

    markdown = tmp_path / "framing.md"
    assert cli("export", summary["id"], "-f", "markdown", "-o", str(markdown)).code == 0
    text = markdown.read_text()
    for title in ("Ideation", "Business", "Product", "Data", "Build", "Completeness"):
        assert title in text
    assert "| site planner | maintenance team, warehouse | shutdown plan |" in text
    assert "**Predict job durations** (chosen)" in text
    assert "```mermaid" in text


def test_replay_plain_shows_every_answer_edit_and_skip(cli, tmp_path):
    answers = answers_for(contract(cli))
    first = {k: v for k, v in answers.items() if k in ("perimeter", "perimeter_specifics")}
    session_id = cli("run", "--answers", str(write_answers(tmp_path, first))).stdout.strip()
    changed = {"perimeter": "Another perimeter"}
    path = write_answers(tmp_path, changed, "edit.yaml")
    assert cli("run", "--session", session_id[:8], "--answers", str(path)).code == 0
    result = cli("replay", session_id, "--plain")
    assert result.code == 0
    text = result.stdout
    assert "answered perimeter: Answer to perimeter" in text
    assert "answered perimeter_specifics" in text
    assert "edited perimeter: Answer to perimeter: a considered reply number 0. -> Another" in text
    lines = text.splitlines()[1:]
    seqs = [int(line.split()[0]) for line in lines]
    assert seqs == sorted(seqs) and seqs[0] == 1
    assert all("T" in line.split()[1] for line in lines)  # ISO timestamps


def test_a_missing_required_answer_leaves_the_session_open_and_names_it(cli, tmp_path):
    answers = answers_for(contract(cli))
    answers.pop("actors")
    result = cli("run", "--answers", str(write_answers(tmp_path, answers)), "--json")
    assert result.code == 0
    summary = json.loads(result.stdout)
    assert summary["status"] == "open"
    assert summary["current_question"] == "actors"
    assert "waiting for a required answer to 'actors'" in result.stderr
    # Continuing the same session with the missing answer finishes it.
    rest = write_answers(tmp_path, {"actors": ["planner (person)"], **answers}, "rest.yaml")
    again = cli("run", "--session", summary["id"], "--answers", str(rest), "--json")
    assert json.loads(again.stdout)["status"] == "complete"


def test_a_bad_answer_is_one_line_and_nothing_is_recorded(cli, tmp_path):
    """Issue 11 item 4 changed this: a bad file records nothing (it kept earlier answers)."""
    answers = answers_for(contract(cli))
    answers["perimeter_maturity"] = 42
    result = cli("run", "--answers", str(write_answers(tmp_path, answers)))
    assert result.code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in result.stderr
    assert "perimeter_maturity: expected a number from 1 to 5, got 42" in lines[0]
    assert lines[1].endswith("1 problem in the answers file; nothing recorded")
    assert json.loads(cli("sessions", "--json").stdout) == []


def test_import_of_an_export_reproduces_it_exactly(cli, tmp_path, monkeypatch):
    answers = answers_for(contract(cli))
    session_id = cli("run", "--answers", str(write_answers(tmp_path, answers))).stdout.strip()
    first = tmp_path / "first.json"
    assert cli("export", session_id, "-f", "json", "-o", str(first)).code == 0
    monkeypatch.setenv("DATA360_DB", str(tmp_path / "other.db"))
    imported = cli("import", str(first))
    assert imported.code == 0, imported.stderr
    assert imported.stdout.strip() == session_id
    second = tmp_path / "second.json"
    assert cli("export", session_id, "-f", "json", "-o", str(second)).code == 0
    assert first.read_bytes() == second.read_bytes()
    again = cli("import", str(first))
    assert again.code == 1 and "already exists" in again.stderr


def test_user_errors_are_one_line_without_traceback(cli, tmp_path):
    cases = [
        ("export", "nope"),
        ("run", "--answers", str(tmp_path / "missing.yaml")),
        ("import", str(tmp_path / "missing.json")),
        ("export", "x", "--format", "pdf"),
        ("no-such-command",),
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text("answers: [1, 2\n")
    cases.append(("run", "--answers", str(bad)))
    junk = tmp_path / "junk.json"
    junk.write_text('{"events": 3}')
    cases.append(("import", str(junk)))
    for args in cases:
        result = cli(*args)
        assert result.code != 0, args
        assert result.stderr.count("\n") == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_sessions_lists_summaries(cli, tmp_path):
    answers = answers_for(contract(cli))
    small = {k: answers[k] for k in ("perimeter",)}
    cli("run", "--answers", str(write_answers(tmp_path, small)), "--title", "First")
    listing = json.loads(cli("sessions", "--json").stdout)
    assert [s["title"] for s in listing] == ["First"]
    assert {"id", "status", "progress", "current_section", "completeness"} <= set(listing[0])
    assert "First" in cli("sessions").stdout


def test_flows_as_objects_notation_and_free_text_build_one_model(cli, tmp_path):
    """Issue 5's check: three ways of giving flows, one model, the expected top hot spot."""
    answers = answers_for(contract(cli))
    # Every listed actor is on the map (issue 16 item 2): list the three the flows name.
    answers["actors"] = ["Site planner (person)", "Maintenance team", "Warehouse"]
    answers["information_flows"] = [
        {
            "source": "Site planner",
            "targets": ["Maintenance team"],
            "content": "shutdown plan",
            "medium": "email",
            "maturity": "low",
            "pain_points": ["late"],
        },
        "the site planner -> warehouse: parts list [phone] (low) @daily !lost calls",
    ]
    path = write_answers(tmp_path, answers)
    session_id = cli("run", "--answers", str(path)).stdout.strip()
    first = json.loads(cli("flows", session_id, "--hotspots", "--json").stdout)
    # "Site planner" and "the site planner" are one object with an alias.
    assert sorted(a["name"].lower() for a in first["actors"]) == [
        "maintenance team",
        "site planner",
        "warehouse",
    ]
    assert first["hotspots"]["objects"][0]["name"].lower() == "site planner"
    free_text = write_answers(
        tmp_path,
        {
            "information_flows": "The site planner emails the weekly schedule to the contractors."
            " The contractors then phone their hours back to the site planner every day."
        },
        "free.yaml",
    )
    assert cli("run", "--session", session_id, "--answers", str(free_text)).code == 0
    data = json.loads(cli("flows", session_id, "--hotspots", "--json").stdout)
    names = {a["name"].lower() for a in data["actors"]}
    assert {"site planner", "contractors"} <= names
    assert len(data["flows"]) == 2  # the free-text edit replaced the flows answer
    assert {f["maturity"] for f in data["flows"]} == {"low"}  # email and phone
    timeline = cli("replay", session_id, "--plain").stdout
    assert "extracted 2 flow(s) for information_flows with offline" in timeline
