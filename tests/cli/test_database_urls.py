"""Issue 11 item 2: a database value with a scheme is a URL, never a path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import MINI_ANSWERS, MINI_FLOW, write_answers


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize("how", ["env", "root", "command"])
@pytest.mark.parametrize(
    ("url", "message"),
    [
        # Port 1 on the loopback: refused at once, no network reached.
        ("postgresql://u@127.0.0.1:1/db", "cannot reach the database"),
        ("postgres://u@127.0.0.1:1/db", "cannot reach the database"),
        ("mysql://u@host/db", "unsupported database URL scheme 'mysql'"),
    ],
)
def test_a_url_is_refused_in_one_line_and_creates_nothing(
    cli, here, monkeypatch, how, url, message
):
    answers = write_answers(here.parent, MINI_ANSWERS)
    run = ["run", "--answers", str(answers)]
    if how == "env":
        monkeypatch.setenv("DATA360_DB", url)
        result = cli("--flow", str(MINI_FLOW), *run)
    elif how == "root":
        result = cli("--db", url, "--flow", str(MINI_FLOW), *run)
    else:
        result = cli("--flow", str(MINI_FLOW), *run, "--db", url)
    assert result.code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert list(here.iterdir()) == []  # no folder named 'postgresql:' or 'mysql:'


def test_a_sqlite_url_names_the_file(cli, here):
    answers = write_answers(here.parent, MINI_ANSWERS)
    result = cli(
        "--db", "sqlite:///framing.db", "--flow", str(MINI_FLOW), "run", "--answers", str(answers)
    )
    assert result.code == 0, result.stderr
    assert [p.name for p in here.iterdir() if p.suffix == ".db"] == ["framing.db"]
    listed = cli("--db", str(here / "framing.db"), "sessions", "--json")
    assert [s["id"] for s in json.loads(listed.stdout)] == [result.stdout.strip()]


def test_open_store_is_the_one_place_that_decides(tmp_path):
    from assistant.errors import UserError
    from assistant.store import open_store

    store = open_store(f"sqlite:///{tmp_path}/abs.db")
    assert Path(store.path) == tmp_path / "abs.db"
    store.close()
    with pytest.raises(UserError, match="cannot reach the database"):
        open_store("postgresql://u@127.0.0.1:1/data360")  # a server URL, never a folder
    assert not Path("postgresql:").exists()
    with pytest.raises(UserError, match="no file after"):
        open_store("sqlite:///")
