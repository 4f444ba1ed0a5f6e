"""Issue 11 item 5 / issue 17 item 6: a wall CSV imports as the facilitator typed it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import mini_session


@pytest.fixture
def session(cli, tmp_path: Path) -> str:
    return mini_session(cli, tmp_path / "data360.db", tmp_path)


def imported(cli, session: str, tmp_path: Path, text: str, *extra: str):
    wall = tmp_path / "wall.csv"
    wall.write_text(text, encoding="utf-8")
    return cli("import-flows", session, str(wall), *extra), wall


def flows(cli, session: str) -> list[dict]:
    document = json.loads(cli("export", session, "-f", "json").stdout)
    return document["flows"]


@pytest.mark.parametrize("separator", [",", ";", "|", " ; "])
def test_targets_in_one_cell_are_split_on_comma_semicolon_or_bar(cli, session, tmp_path, separator):
    cell = separator.join(["stores desk", "GLA main store"])
    result, _ = imported(cli, session, tmp_path, f'source,targets\nbuyer,"{cell}"\n')
    assert result.code == 0, result.stderr
    assert flows(cli, session)[-1]["targets"] == ["stores desk", "GLA main store"]
    names = {a["name"] for a in json.loads(cli("flows", session, "--json").stdout)["actors"]}
    assert not any("," in name for name in names)  # no actor named with a comma


def test_extra_columns_are_ignored_and_named(cli, session, tmp_path):
    text = "source,targets,notes,Author,colour\nbuyer,store,call back,ann,red\n"
    result, wall = imported(cli, session, tmp_path, text, "--json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["ignored_columns"] == ["notes", "Author", "colour"]
    assert f"{wall}: ignored column(s): notes, Author, colour" in result.stderr
    assert flows(cli, session)[-1]["source"] == "buyer"


def test_an_empty_maturity_is_reported_with_its_rows(cli, session, tmp_path):
    text = "source,targets,maturity\na,b,\nc,d,low\ne,f,\n"
    result, wall = imported(cli, session, tmp_path, text, "--json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["unknown_maturity_rows"] == [2, 4]
    assert f"{wall}: maturity empty in row(s) 2, 4: recorded as medium" in result.stderr
    # hot spots and every export still work on the imported flows
    assert cli("flows", session, "--hotspots").code == 0
    for fmt in ("markdown", "json", "html", "mermaid", "graphml", "model"):
        assert cli("export", session, "-f", fmt).code == 0, fmt


def test_actor_kind_columns_set_the_actors_classes(cli, session, tmp_path):
    text = (
        "source,targets,source_kind,target_kind\n"
        'stores desk,"ERP, buyer",team,"tool;person"\n'
        "planner,warehouse,person,Data store\n"
    )
    result, _ = imported(cli, session, tmp_path, text, "--json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["actor_kinds"] == {
        "stores desk": "team",
        "ERP": "tool",
        "buyer": "person",
        "planner": "person",
        "warehouse": "data",
    }
    actors = json.loads(cli("flows", session, "--json").stdout)["actors"]
    kinds = {a["name"]: a["kind"] for a in actors}
    assert kinds["stores desk"] == "team" and kinds["ERP"] == "tool"
    assert kinds["warehouse"] == "data"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("source,targets,source_kind\na,b,robot\n", "row 2: source_kind: expected person"),
        (
            'source,targets,target_kind\na,"b,c,d","tool,team"\n',
            "row 2: target_kind: 2 kinds for 3 targets",
        ),
    ],
)
def test_a_bad_kind_names_the_row_and_imports_nothing(cli, session, tmp_path, text, message):
    before = flows(cli, session)
    result, _ = imported(cli, session, tmp_path, text)
    assert result.code == 1
    assert message in result.stderr and "nothing imported" in result.stderr
    assert flows(cli, session) == before
