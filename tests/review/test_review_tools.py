"""Review tools a reviewer can read (issue 17, items 1-4), driven from the CLI.

1. a diff per list item, per flow field, branching named, rank changes labelled, nothing
   truncated; ``--exit-code``, ``--stat``, ``--format html -o``; the re-framing's document
   marks what changed since the earlier framing, with the old value;
2. a replay that says what each event did, and ``replay --json``;
3. notes carried into a re-framing, authors and reviewers listed apart;
4. the consistency bugs of a re-framing, ``sessions`` and its JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.answers_for import answers_for
from tests.conftest import ROOT
from tests.export.test_framing import docx_text

LONG = "and who signs off every weekly plan revision before it is sent to the contractors"
STAKEHOLDERS = [
    f"Sponsor: the plant manager, who funds the work {LONG}",
    f"Product owner: the maintenance lead {LONG}",
    f"Contributor: the planners of site A {LONG}",
]


def contract(cli) -> dict:
    return json.loads(cli("flow", "show", "--json").stdout)


def run(cli, tmp_path: Path, answers: dict, *extra: str) -> str:
    path = tmp_path / f"answers-{len(list(tmp_path.glob('answers-*')))}.yaml"
    path.write_text(yaml.safe_dump({"answers": answers}, allow_unicode=True))
    result = cli("run", "--answers", str(path), *extra)
    assert result.code == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def framings(cli, tmp_path: Path) -> tuple[str, str, dict]:
    """An earlier framing and its re-framing with one list item, flows and a branch edited."""
    answers = answers_for(contract(cli))
    answers["stakeholders"] = STAKEHOLDERS
    old = run(cli, tmp_path, answers, "--title", "Before")
    new = cli("reframe", old).stdout.strip()
    flows = list(answers["information_flows"])
    flows[1] = {**flows[1], "maturity": "high"}
    flows[2] = {**flows[2], "content": "job status and delays"}
    del flows[0]
    flows.append("planner -> board: weekly figures [paper] (low)")
    edits = {
        "stakeholders": [*STAKEHOLDERS[:2], f"Contributor: the planners of site B {LONG}"],
        "personal_data": False,
        "information_flows": flows,
    }
    run(cli, tmp_path, edits, "--session", new)
    return old, new, answers


# ------------------------------------------------------------------------------ item 1
def test_a_list_answer_changed_in_one_item_shows_that_item_whole(cli, framings) -> None:
    old, new, _ = framings
    text = cli("diff", old, new).stdout
    assert "~ stakeholders [business]: 1 removed, 1 added" in text
    assert f"    - Contributor: the planners of site A {LONG}\n" in text
    assert f"    + Contributor: the planners of site B {LONG}\n" in text
    assert "Sponsor" not in text  # the items that stayed are not repeated
    assert "…" not in text  # never truncated
    [change] = [
        a
        for a in json.loads(cli("diff", old, new, "--json").stdout)["answers"]
        if a["question_id"] == "stakeholders"
    ]
    assert change["items_removed"] == [STAKEHOLDERS[2]]
    assert change["items_added"] == [f"Contributor: the planners of site B {LONG}"]


def test_flows_are_matched_by_identity_and_show_their_changed_fields(cli, framings) -> None:
    old, new, _ = framings
    text = cli("diff", old, new).stdout
    assert (
        "~ flow 1 (was 2): maintenance supervisor → SAP PM: work orders: maturity medium -> high"
        in text
    )
    # Content edited, source and targets kept: one flow edited, not one removed and one added.
    assert "~ flow 2 (was 3): SAP PM → planning dashboard: job status and delays:" in text
    assert "content job status -> job status and delays" in text
    assert "+ flow 3: planner → board: weekly figures [paper] (low)" in text
    assert "- was flow 1: site planner → maintenance team, warehouse: shutdown plan" in text
    flows = json.loads(cli("diff", old, new, "--json").stdout)["flows"]
    assert [(f["change"], f["number_before"], f["number_after"]) for f in flows] == [
        ("changed", 2, 1),
        ("changed", 3, 2),
        ("added", None, 3),
        ("removed", 1, None),
    ]
    assert flows[0]["fields"] == [{"field": "maturity", "before": "medium", "after": "high"}]


def test_an_answer_no_longer_asked_says_it_is_the_branching(cli, framings) -> None:
    old, new, _ = framings
    text = cli("diff", old, new).stdout
    branching = "no longer asked because of the branching: asked only when personal_data == True"
    [line] = [x for x in text.splitlines() if x.startswith("- gdpr_basis [data]: Answer to")]
    assert line.endswith(f"({branching})")
    assert "not in this flow" not in text
    answers = json.loads(cli("diff", old, new, "--json").stdout)["answers"]
    gone = {a["question_id"]: a for a in answers if a["change"] == "removed"}
    assert set(gone) == {"gdpr_basis", "retention", "personal_access"}
    assert {a["reason"] for a in gone.values()} == {"branching"}
    assert gone["gdpr_basis"]["condition"] == "personal_data == True"


def test_hot_spots_entering_or_leaving_the_top_are_rank_changes(cli, framings) -> None:
    old, new, _ = framings
    spots = json.loads(cli("diff", old, new, "--json").stdout)["hotspots"]
    text = cli("diff", old, new).stdout
    assert "Hot spots (" in text and "): rank changes" in text
    entered = [h for h in spots if h["change"] == "entered"]
    assert entered, spots
    for spot in entered:
        was = f"was #{spot['rank_before']}" if spot["rank_before"] else "not on the map before"
        assert f"entered the top 5 at #{spot['rank_after']} ({was})" in text
        assert spot["rank_before"] is None or spot["rank_before"] > 5
    # One spot was ranked just outside the top before: its old rank is known and said.
    assert any(h["rank_before"] for h in entered)
    for spot in (h for h in spots if h["change"] == "left"):
        assert f"left the top 5 from #{spot['rank_before']}" in text
    assert "\n+ #" not in text and "\n- #" not in text.split("Use cases")[0]


def test_diff_exit_code_and_stat(cli, framings, tmp_path: Path) -> None:
    old, new, _ = framings
    assert cli("diff", old, old, "--exit-code").code == 0
    differ = cli("diff", old, new, "--exit-code")
    assert differ.code == 1 and differ.stderr == "" and "Answers (" in differ.stdout
    assert cli("diff", old, new).code == 0  # without --exit-code a difference is no error
    stat = cli("diff", old, new, "--stat").stdout.splitlines()
    assert stat[0].split() == ["answers", "3", "changed,", "3", "removed"]
    assert stat[-1].endswith(f"from {old[:8]} to {new[:8]}")
    counts = json.loads(cli("diff", old, new, "--stat", "--json").stdout)["stat"]
    assert counts["flows"] == {"changed": 2, "added": 1, "removed": 1}
    assert cli("diff", old, old, "--stat").stdout.startswith("0 change(s)")


def test_diff_html_report_is_escaped_and_never_clobbers(cli, tmp_path: Path) -> None:
    answers = answers_for(contract(cli))
    old = run(cli, tmp_path, answers, "--title", "A <b>bold</b> title")
    new = cli("reframe", old).stdout.strip()
    hostile = ["<script>alert(1)</script> & \x1b[31mred", "plain item"]
    run(cli, tmp_path, {"kpis": hostile}, "--session", new)
    page = tmp_path / "diff.html"
    result = cli("diff", old, new, "--format", "html", "-o", str(page))
    assert result.code == 0 and result.stdout == "" and f"wrote {page}" in result.stderr
    html = page.read_text()
    assert "<script" not in html and "\x1b" not in html
    assert "+ &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\x1b[31mred" in html
    assert "A &lt;b&gt;bold&lt;/b&gt; title" in html
    assert 'class="added detail"' in html and 'class="removed detail"' in html
    again = cli("diff", old, new, "--format", "html", "-o", str(page))
    assert again.code == 1 and "--force" in again.stderr and page.read_text() == html
    assert cli("diff", old, new, "-f", "html", "-o", str(page), "--force").code == 0
    assert cli("diff", old, new, "-f", "html").stdout.startswith("<!DOCTYPE html>")


def test_the_reframing_document_marks_changes_with_the_old_value(cli, framings, tmp_path) -> None:
    old, new, _ = framings
    md = cli("export", new, "-f", "markdown").stdout
    assert (
        "*Changed since the earlier framing; it was: " + "; ".join(STAKEHOLDERS).replace("_", "\\_")
        in md
    )
    assert "*Changed since the earlier framing; it was: yes*" in md  # personal_data
    assert f"| Re-framing of | session `{old[:8]}` |" in md
    # The answers the branching no longer asks for are listed with their earlier value.
    gone = md.split("### No longer asked since the earlier framing\n\n")[1].split("\n\n")[0]
    assert len(gone.splitlines()) == 3 and all(x.startswith("- ") for x in gone.splitlines())
    assert "; it was: Answer to gdpr\\_basis: a considered reply" in gone
    html = cli("export", new, "-f", "html").stdout
    assert 'class="status since">Changed since the earlier framing; it was: yes<' in html
    word = tmp_path / "new.docx"
    assert cli("export", new, "-f", "docx", "-o", str(word)).code == 0
    text = docx_text(word.read_bytes())
    assert "Changed since the earlier framing; it was: yes" in text
    assert "No longer asked since the earlier framing" in text
    # The earlier framing itself is no re-framing: nothing marked.
    assert "since the earlier framing" not in cli("export", old, "-f", "markdown").stdout


def test_a_reframing_imported_alone_says_why_it_cannot_be_diffed(cli, framings, tmp_path):
    old, new, _ = framings
    exported = tmp_path / "new.json"
    assert cli("export", new, "-f", "json", "-o", str(exported)).code == 0
    other = str(tmp_path / "other.db")
    assert cli("import", str(exported), "--db", other).code == 0
    result = cli("diff", old, new, "--db", other)
    assert result.code == 1 and result.stderr.count("\n") == 1
    assert f"{new[:8]} (Before) is a re-framing of it" in result.stderr
    assert "import the earlier framing too" in result.stderr


# ------------------------------------------------------------------------------ item 2
def test_replay_says_what_each_event_did(cli, framings, tmp_path: Path) -> None:
    old, new, _ = framings
    wall = tmp_path / "wall.csv"
    wall.write_text(
        "source,targets,content,medium,maturity\n"
        "planner,crew,work permits,paper,low\n"
        "crew,planner,job progress,radio,low\n"
    )
    assert cli("import-flows", new, str(wall)).code == 0
    lines = cli("replay", new, "--plain").stdout.splitlines()
    edits = [line.split("  ", 3)[-1].strip() for line in lines if "  edited " in line]
    assert edits[0] == (
        "edited information_flows: +1 flow; -1 flow (site planner → maintenance team,"
        " warehouse: shutdown plan); ~ flow 1: maturity medium -> high;"
        " ~ flow 2: content job status -> job status and delays"
    )
    assert "edited personal_data: yes -> no; no longer asked: gdpr_basis, retention," in edits[1]
    # In the replay, each item is context for one event: shortened, both sides shown.
    removed, added = STAKEHOLDERS[2], f"Contributor: the planners of site B {LONG}"
    assert edits[2] == f"edited stakeholders: - {removed[:69]}…; + {added[:69]}…"
    assert edits[3] == "edited information_flows: +2 flows from wall.csv"
    old_lines = cli("replay", old, "--plain").stdout
    assert "answered information_flows: +3 flows\n" in old_lines


def test_replay_json_is_one_object_per_event_with_stable_keys(cli, framings) -> None:
    _, new, _ = framings
    out = cli("replay", new[:8], "--json")
    assert out.code == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    keys = {"seq", "at", "type", "question_id", "section", "text", "data"}
    assert all(set(r) == keys for r in records)
    assert [r["seq"] for r in records] == list(range(1, len(records) + 1))
    assert records[0]["type"] == "session_started" and records[0]["section"] is None
    last = records[-1]
    assert last["question_id"] == "stakeholders" and last["section"] == "business"
    assert last["text"].startswith("edited stakeholders: - Contributor")


# ------------------------------------------------------------------------------ item 3
def test_notes_carry_into_a_reframing(cli, tmp_path: Path) -> None:
    old = run(cli, tmp_path, answers_for(contract(cli)), "--title", "Noted")
    assert cli("note", old, "perimeter", "Check the site's figures", "--author", "Rita").code == 0
    result = cli("reframe", old)
    assert "1 reviewer note(s) carried over" in result.stderr
    new = result.stdout.strip()
    md = cli("export", new, "-f", "markdown").stdout
    assert ", Rita): Check the site's figures" in md
    replay = cli("replay", new, "--plain").stdout
    assert "note on perimeter by Rita (carried over, written " in replay


def test_documents_list_authors_and_reviewers_apart(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DATA360_AUTHOR", "Paula  Owner")
    session = run(cli, tmp_path, answers_for(contract(cli)), "--title", "Authored")
    monkeypatch.delenv("DATA360_AUTHOR")
    assert cli("note", session, "perimeter", "Agreed", "--author", "Rita Review").code == 0
    monkeypatch.setattr("getpass.getuser", lambda: "root")
    assert cli("note", session, "vision", "Sharper, please").code == 0
    html = cli("export", session, "-f", "html").stdout
    assert "<dt>Authors</dt><dd>Paula Owner</dd>" in html
    assert "<dt>Reviewers</dt><dd>Rita Review, root (OS login)</dd>" in html
    md = cli("export", session, "-f", "markdown").stdout
    assert (
        "| Authors | Paula Owner |" in md and "| Reviewers | Rita Review, root (OS login) |" in md
    )
    assert "by root (OS login): Sharper" in cli("replay", session, "--plain").stdout


# ------------------------------------------------------------------------------ item 4
def test_a_reframing_replays_in_order_and_ends_complete(cli) -> None:
    example = ROOT / "sessions" / "refinery-maintenance.json"
    old = cli("import", str(example)).stdout.strip()
    skipped = {
        r["question_id"]
        for r in map(json.loads, cli("replay", old, "--json").stdout.splitlines())
        if r["type"] == "question_skipped"
    }
    assert skipped, "the example has a skipped question: the case of the bug"
    result = cli("reframe", old, "--json")
    summary = json.loads(result.stdout)
    assert summary["status"] == "complete" and summary["current_question"] is None
    records = [
        json.loads(line)
        for line in cli("replay", summary["id"], "--json").stdout.split("\n")
        if line
    ]
    types = [r["type"] for r in records]
    assert types[-1] == "session_completed" and types.count("session_completed") == 1
    asked = [r["question_id"] for r in records if r["type"] == "question_asked"]
    assert len(asked) == len(set(asked)), "a question asked twice"
    # A section completes after its last question, and before the next section starts.
    done = [r["data"]["section"] for r in records if r["type"] == "section_completed"]
    assert done == ["ideation", "business", "product", "data", "build"]
    skipped_again = {r["question_id"] for r in records if r["type"] == "question_skipped"}
    assert skipped_again == skipped


def test_sessions_words_and_json_rows_agree(cli, tmp_path: Path) -> None:
    example = ROOT / "sessions" / "refinery-maintenance.json"
    old = cli("import", str(example)).stdout.strip()
    new = cli("reframe", old).stdout.strip()
    rows = json.loads(cli("sessions", "--json").stdout)
    assert len({tuple(r) for r in rows}) == 1, "every row has the same keys"
    by_id = {r["id"]: r for r in rows}
    assert by_id[new]["reframed_from"] == old and by_id[old]["reframed_from"] is None
    assert by_id[new]["current_question"] is None
    # The re-framing lists as it is, not as it was when it started.
    assert by_id[new]["progress"] == by_id[old]["progress"] > 0
    assert by_id[new]["status"] == "complete"
    text = cli("sessions").stdout
    # "complete" (every required question answered) is never next to the share answered.
    assert f"{old[:8]}  complete   {by_id[old]['progress']}% answered  finished  " in text
    assert by_id[old]["completeness"]["percent"] == 100 > by_id[old]["progress"]
    assert "% complete" not in text


def test_a_long_text_answer_changed_is_shown_whole(cli, tmp_path: Path) -> None:
    answers = answers_for(contract(cli))
    answers["vision"] = "Plans that hold. " * 20
    old = run(cli, tmp_path, answers, "--title", "Long")
    new = cli("reframe", old).stdout.strip()
    run(cli, tmp_path, {"vision": "Plans that hold, " * 20 + "for every site."}, "--session", new)
    lines = cli("diff", old, new).stdout.splitlines()
    at = lines.index("~ vision [business]")
    assert lines[at + 1] == "    - " + ("Plans that hold. " * 20).strip()
    assert lines[at + 2] == "    + " + "Plans that hold, " * 20 + "for every site."
