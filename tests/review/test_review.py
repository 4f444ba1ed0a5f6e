"""Reviewer notes, re-framing and the diff of two framings (issue 7, items 2-3)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.answers_for import answers_for


def contract(cli) -> dict:
    return json.loads(cli("flow", "show", "--json").stdout)


def run_session(cli, tmp_path: Path, answers: dict, *extra: str) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump({"answers": answers}, allow_unicode=True))
    result = cli("run", "--answers", str(path), *extra)
    assert result.code == 0, result.stderr
    return result.stdout.strip()


def test_note_is_an_event_shown_in_timeline_and_exports(cli, tmp_path: Path) -> None:
    session = run_session(cli, tmp_path, answers_for(contract(cli)), "--title", "Noted")
    text = "Check <this> | against the site's figures"
    result = cli("note", session[:8], "perimeter", text, "--author", "Rita <R>")
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    timeline = cli("replay", session, "--plain").stdout
    assert "note on perimeter by Rita <R>: Check <this> | against" in timeline
    md, page = tmp_path / "out.md", tmp_path / "out.html"
    assert cli("export", session, "-f", "markdown", "-o", str(md)).code == 0
    assert cli("export", session, "-f", "html", "-o", str(page)).code == 0
    assert "Check \\<this\\> \\| against" in md.read_text()
    html = page.read_text()
    assert "Check &lt;this&gt; | against" in html and "Rita &lt;R&gt;" in html


def test_note_errors_are_one_line(cli, tmp_path: Path) -> None:
    session = run_session(cli, tmp_path, answers_for(contract(cli)), "--title", "Noted")
    unknown = cli("note", session, "no_such_question", "text")
    assert unknown.code == 1 and unknown.stderr.count("\n") == 1
    assert "no_such_question" in unknown.stderr and "Traceback" not in unknown.stderr
    empty = cli("note", session, "perimeter", "   ")
    assert empty.code == 1 and "note needs some text" in empty.stderr
    missing = cli("note", "ffffffff", "perimeter", "text")
    assert missing.code == 1 and "Traceback" not in missing.stderr


def test_reframe_carries_answers_over_and_diff_shows_exactly_the_edits(cli, tmp_path: Path) -> None:
    answers = answers_for(contract(cli))
    old = run_session(cli, tmp_path, answers, "--title", "Before", "--perimeter", "Site A")
    result = cli("reframe", old[:8], "--json")
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    new = summary["id"]
    assert new != old and summary["reframed_from"] == old
    assert summary["title"] == "Before" and summary["perimeter"] == "Site A"
    assert summary["status"] == "complete"

    # Untouched, the re-framing differs in nothing.
    unchanged = json.loads(cli("diff", old, new, "--json").stdout)
    assert unchanged["empty"] is True
    assert cli("diff", old, new).stdout.strip().endswith("no differences")

    # Every answer is marked as carried over in the exports, and the timeline says so.
    md = tmp_path / "new.md"
    assert cli("export", new, "-o", str(md)).code == 0
    assert "Carried over from the previous framing." in md.read_text()
    assert "carried over perimeter:" in cli("replay", new, "--plain").stdout

    # Edit two answers and the maturity of one flow through `run --session`.
    flows = list(answers["information_flows"])
    flows[1] = {**flows[1], "maturity": "high"}
    edits = {"perimeter": "A narrower perimeter.", "information_flows": flows}
    run_session(cli, tmp_path, edits, "--session", new[:8])
    diff = json.loads(cli("diff", old, new, "--json").stdout)
    assert [a["question_id"] for a in diff["answers"]] == ["perimeter", "information_flows"]
    perimeter = diff["answers"][0]
    assert perimeter["change"] == "changed" and perimeter["after"] == "A narrower perimeter."
    assert diff["maturity"] == [
        {
            "label": "maintenance supervisor → SAP PM: work orders",
            "before": "medium",
            "after": "high",
        }
    ]
    # The flow is one changed flow, its maturity among its fields, at its place (flow 2).
    [flow] = diff["flows"]
    assert flow["change"] == "changed" and flow["number_after"] == 2
    assert flow["fields"] == [{"field": "maturity", "before": "medium", "after": "high"}]
    assert diff["actors"] == [] and diff["session"] == []
    assert diff["usecases"] == [] and diff["chosen_usecase"] is None
    for spot in diff["hotspots"]:  # only the ranking the maturity change moved
        assert spot["change"] in ("entered", "left", "moved", "rescored")
    text = cli("diff", old, new).stdout
    assert "~ flow 2: maintenance supervisor → SAP PM: work orders: maturity medium -> high" in text
    assert "~ perimeter [ideation]:" in text
    # The edited answers are no longer marked as carried over; the others still are.
    md.unlink()
    assert cli("export", new, "-f", "json", "-o", str(md)).code == 0
    document = json.loads(md.read_text())
    carried = {
        a["question_id"]: a["carried_over"] for s in document["sections"] for a in s["answers"]
    }
    assert carried["perimeter"] is False and carried["information_flows"] is False
    assert carried["product_name"] is True


def test_diff_lists_added_and_removed_flows_and_usecases(cli, tmp_path: Path) -> None:
    answers = answers_for(contract(cli))
    old = run_session(cli, tmp_path, answers, "--title", "Before")
    new = cli("reframe", old).stdout.strip()
    flows = [*answers["information_flows"][1:], "planner -> board: weekly figures [paper] (low)"]
    usecases = [dict(answers["usecase_candidates"][0], viability=1)]
    edits = {"information_flows": flows, "usecase_candidates": usecases}
    run_session(cli, tmp_path, edits, "--session", new)
    diff = json.loads(cli("diff", old, new, "--json").stdout)
    changes = {(f["change"], f["label"]) for f in diff["flows"]}
    assert ("added", "planner → board: weekly figures") in changes
    assert any(c == "removed" and "shutdown plan" in label for c, label in changes)
    titles = {(u["change"], u["title"]) for u in diff["usecases"]}
    assert ("removed", "Digitise the shutdown plan") in titles
    rescored = next(u for u in diff["usecases"] if u["title"] == "Predict job durations")
    assert rescored["lenses"] == [{"field": "viability", "before": 4, "after": 1}]
    assert {a["name"] for a in diff["actors"] if a["change"] == "added"} >= {"board"}


def test_reframe_errors(cli) -> None:
    result = cli("reframe", "nope")
    assert result.code == 1 and "Traceback" not in result.stderr


def test_the_classes_read_from_a_free_text_answer_are_recorded_and_replayed(
    cli, tmp_path: Path
) -> None:
    # a headless run answering the flows question in words: the classes the extractor read
    # go into the map (one event with the answer), and the replay says so in words
    answers = answers_for(contract(cli))
    flows_id = next(
        q["id"] for s in contract(cli)["sections"] for q in s["questions"] if q["kind"] == "flows"
    )
    answers[flows_id] = (
        "The office clerk types the lunch numbers into the ordering portal every morning."
        " The ordering portal emails the confirmed numbers to the kitchen manager."
    )
    session = run_session(cli, tmp_path, answers, "--title", "Meals")
    timeline = cli("replay", session, "--plain").stdout
    assert f"map edited (read from the text of {flows_id}): classes ordering portal (tool)" in (
        timeline
    )
    flows = json.loads(cli("flows", session, "--json").stdout)
    kinds = {a["name"]: a["kind"] for a in flows["actors"]}
    assert kinds["ordering portal"] == "tool" and kinds["kitchen manager"] == "person"
