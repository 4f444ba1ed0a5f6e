"""Shared exports and odd ids cannot hurt the tool (issue 12, items 2 and 3).

An export may come from anyone: its ids, titles, answers and its embedded question flow
are checked on ``import`` exactly as if they were being answered now, and refused with
one line when they could not have been made here. Text already in a database is printed
inert: escape sequences are shown, never sent to the terminal.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from assistant.paths import examples_dir

EXAMPLE = json.loads((examples_dir() / "refinery-maintenance.json").read_text())
FLOWS_EVENT = 10  # index of the answer to the ``information_flows`` (kind flows) question
OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # a clipboard write, as an attack would send it


def write_export(tmp_path: Path, change) -> Path:
    document = copy.deepcopy(EXAMPLE)
    change(document)
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(document))
    return path


def set_id(value: str):
    def change(document: dict) -> None:
        document["session"]["id"] = value

    return change


def set_title(value: str):
    def change(document: dict) -> None:
        document["session"]["title"] = value
        document["events"][0]["data"]["title"] = value

    return change


def set_answer(index: int, value):
    def change(document: dict) -> None:
        document["events"][index]["data"]["value"] = value

    return change


def set_when(condition: str):
    def change(document: dict) -> None:
        question = document["flow_definition"]["sections"][1]["questions"][0]
        question["when"] = condition

    return change


def set_prompt(prompt: str):
    def change(document: dict) -> None:
        document["flow_definition"]["sections"][1]["questions"][0]["prompt"] = prompt

    return change


def unknown_question(document: dict) -> None:
    document["events"][2]["question_id"] = "no_such_question"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (set_id(""), "session id '' is not a plain identifier"),
        (set_id("   "), "is not a plain identifier"),
        (set_id("../../pw"), "session id '../../pw' is not a plain identifier"),
        (set_id("~/.pwnd"), "is not a plain identifier"),
        (set_id("ab\x1b[31mcd"), "is not a plain identifier"),
        (set_title("Evil" + OSC52), "the session title holds a control character (U+001B)"),
        (set_title("   "), "the session title is blank"),
        (set_title("right\u202eleft"), "control character (U+202E)"),
        (set_answer(FLOWS_EVENT, "a string for the flows answer"), "answer to 'information_flows'"),
        (
            set_answer(FLOWS_EVENT, [{"source": 1, "targets": "x", "content": ["c"]}]),
            "event 11 (answer_given): answer to 'information_flows' refused",
        ),
        (set_answer(8, "two"), "answer to 'perimeter_maturity' refused"),
        (set_answer(8, 9), "answer to 'perimeter_maturity' refused"),
        # a person may type "about four"; an export stores the number, never the words
        (set_answer(8, "4"), "'perimeter_maturity' refused: stored as text, not a number"),
        (unknown_question, "event 3 (answer_given): unknown question 'no_such_question'"),
        (set_when("4000000**4000000 > 1"), "the question flow in the export is not valid"),
        (set_when("4000000**4000000 > 1"), "is too large"),
        (set_prompt("{{ 'x'*3000000000 }}"), "repetition too large"),
        (set_when("perimeter == 3"), "condition never holds"),
    ],
)
def test_hostile_exports_are_refused_on_import_with_one_line(cli, tmp_path, change, fragment):
    path = write_export(tmp_path, change)
    result = cli("import", str(path))
    assert result.code == 1, result.stdout
    assert fragment in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    listing = cli("sessions", "--json")
    assert listing.code == 0 and json.loads(listing.stdout) == []  # nothing was written


def test_the_example_exports_still_import(cli):
    for path in sorted(examples_dir().glob("*.json")):
        result = cli("import", str(path))
        assert result.code == 0, result.stderr
        assert result.stdout.strip() == json.loads(path.read_text())["session"]["id"]


def test_escape_sequences_in_titles_are_printed_inert(cli, tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers:\n  perimeter: Marennes refinery\n")
    title = "Evil" + OSC52 + "\x1b[2J"
    started = cli("run", "--answers", str(answers), "--title", title)
    assert started.code == 0, started.stderr
    session_id = started.stdout.strip()
    for args in (("sessions",), ("replay", session_id, "--plain")):
        result = cli(*args)
        assert result.code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "Evil\\x1b]52;c;cm0gLXJmIH4=\\x07" in result.stdout


def test_export_of_an_existing_odd_id_never_writes_outside_the_folder(cli, tmp_path, monkeypatch):
    from assistant.flow.loader import active_flow
    from assistant.services.interview import InterviewService
    from assistant.store import SQLiteStore

    store = SQLiteStore(tmp_path / "data360.db")  # as an older version could have imported
    InterviewService(store).start(active_flow(), "Odd", session_id="../../pw")
    store.close()
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    result = cli("export", "../../pw", "-f", "markdown")
    assert result.code == 0, result.stderr
    created = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    outside = [p for p in created if work not in p.parents and not p.name.startswith("data360")]
    assert outside == []
    assert not (tmp_path / "pw.md").exists()


def proposal_and_model_edits(tmp_path: Path, cli) -> dict:
    """An export holding a recorded extraction and model edits, as the tool writes them."""
    from assistant.models.infoflow import Actor
    from assistant.services.interview import InterviewService
    from assistant.services.model import edit_model
    from assistant.store import SQLiteStore

    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "answers:\n  perimeter: Marennes refinery\n  perimeter_specifics: [Marennes site]\n"
        "  actors: [Site planner]\n  perimeter_maturity: 2\n"
        "  information_flows: The site planner sends the shutdown plan to the warehouse by"
        " email every week.\n"
    )
    session_id = cli("run", "--answers", str(answers)).stdout.strip()
    store = SQLiteStore(tmp_path / "data360.db")
    interview = InterviewService(store).open(session_id)
    edit_model(
        interview,
        actors=[Actor(name="Site planner", kind="person", attributes={"site": "Marennes"})],
        attributes={"site": "Marennes"},
        hyperclasses=[{"name": "Marennes", "members": ["Site planner"], "where": None}],
    )
    store.close()
    out = tmp_path / "export.json"
    assert cli("export", session_id, "-f", "json", "-o", str(out)).code == 0
    cli("purge", session_id, "--yes")
    return json.loads(out.read_text())


def test_proposals_and_model_edits_import_and_bad_ones_are_refused(cli, tmp_path):
    document = proposal_and_model_edits(tmp_path, cli)
    types = [e["type"] for e in document["events"]]
    assert "flows_extracted" in types and "model_edited" in types
    good = tmp_path / "good.json"
    good.write_text(json.dumps(document))
    result = cli("import", str(good))
    assert result.code == 0, result.stderr
    cli("purge", result.stdout.strip(), "--yes")

    edit = next(e for e in document["events"] if e["type"] == "model_edited")
    edit["data"]["attributes"] = ["not", "a", "mapping"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    result = cli("import", str(bad))
    assert result.code == 1 and "invalid model edit: attributes" in result.stderr, result.stderr

    edit["data"]["attributes"] = {"site": "Marennes"}
    proposal = next(e for e in document["events"] if e["type"] == "flows_extracted")
    proposal["data"]["extraction"]["flows"] = [{"source": 1, "targets": "warehouse"}]
    bad.write_text(json.dumps(document))
    result = cli("import", str(bad))
    assert result.code == 1 and "invalid proposal: flows.0" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
