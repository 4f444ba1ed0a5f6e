"""``data360 extract``: the JSON contract, the readable listing, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ANSWER = (
    "The site planner emails the shutdown list to the maintenance team every Thursday. "
    "The maintenance supervisor re-types each job into SAP PM."
)


def test_json_contract_from_a_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, encoding="utf-8")
    result = cli("extract", str(path), "--json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"name": "site planner", "kind": "person"} in data["actors"]
    assert {"name": "SAP PM", "kind": "tool"} in data["actors"]
    first = data["flows"][0]
    assert {k: first[k] for k in ("source", "targets", "content", "medium", "maturity")} == {
        "source": "site planner",
        "targets": ["maintenance team"],
        "content": "shutdown list",
        "medium": "email",
        "maturity": "low",
    }
    assert first["frequency"] == "every Thursday"
    assert data["flows"][1]["source"] == "maintenance supervisor"
    assert data["extractor"] == "offline"


def test_notation_from_stdin_is_exact(cli) -> None:
    result = cli(
        "extract", "-", "--json", stdin="planner -> team, SAP: plan [email] (high) !late\n"
    )
    data = json.loads(result.stdout)
    assert data["flows"] == [
        {
            "source": "planner",
            "targets": ["team", "SAP"],
            "content": "plan",
            "medium": "email",
            "maturity": "high",
            "frequency": "",
            "pain_points": ["late"],
        }
    ]
    assert [a["kind"] for a in data["actors"]] == ["person", "team", "tool"]


def test_readable_listing_prints_notation(cli) -> None:
    result = cli("extract", stdin=ANSWER)
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "4 actors, 2 flows (offline extractor)"
    assert (
        "  site planner -> maintenance team: shutdown list [email] (low) @every Thursday" in lines
    )


def test_bad_input_is_a_one_line_error(cli, tmp_path: Path) -> None:
    missing = cli("extract", str(tmp_path / "nope.txt"))
    assert missing.code == 1
    assert missing.stderr.strip() == f"data360: error: file not found: {tmp_path / 'nope.txt'}"
    folder = cli("extract", str(tmp_path))
    assert folder.code == 1 and "is a directory" in folder.stderr
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    not_text = cli("extract", str(binary))
    assert not_text.code == 1 and "is not UTF-8 text" in not_text.stderr
    empty = cli("extract", "-", stdin="  \n")
    assert empty.code == 1 and "nothing to extract" in empty.stderr
    for result in (missing, folder, not_text, empty):
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_extract_does_not_load_networkx_or_langchain() -> None:
    probe = (
        "import sys\n"
        "sys.argv = ['data360', 'extract', '-', '--json']\n"
        "from assistant.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "names = ('networkx', 'langchain', 'langchain_core', 'textual')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], input=ANSWER, capture_output=True, text=True, timeout=60
    )
    assert json.loads(result.stdout)["flows"]
    assert result.stderr.strip().endswith("HEAVY=")


def test_an_answer_past_the_bound_is_read_up_to_it_and_says_so(cli) -> None:
    from assistant.extract.offline import MAX_ANSWER_CHARS

    text = "The planner emails the plan to the shift leads\n" * (MAX_ANSWER_CHARS // 40)
    result = cli("extract", "-", "--json", stdin=text)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["flows"]
    assert "only the first" in result.stderr and "characters were read" in result.stderr
