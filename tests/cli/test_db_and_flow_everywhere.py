"""Issue 11 item 1: the root ``--db``/``--flow`` reach every command, in one order of precedence.

Before the fix the root options were parsed and then dropped: ``data360 --db other.db run``
wrote into the default database. Each test below runs a command with the root option while
``DATA360_DB`` points to another file (the autouse fixture), and proves which one was used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import MINI_ANSWERS, MINI_FLOW, mini_session, write_answers

OFFLINE_LLM = ["--model", "openai:nothing", "--base-url", "http://127.0.0.1:9/v1"]


class World:
    """Files a command may need: an answers file, a CSV, an export, a text to extract."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.answers = str(write_answers(folder, MINI_ANSWERS))
        self.csv = folder / "wall.csv"
        self.csv.write_text("source,targets,content\nbuyer,store manager,orders\n")
        self.text = folder / "answer.txt"
        self.text.write_text("planner -> warehouse: shutdown plan [email] (low)\n")
        self.export = folder / "framing.json"


# Every command that opens the database, with the arguments it needs. ``S`` is replaced by
# a session id. The coverage test below fails when a command is added and not listed here.
DB_COMMANDS: dict[str, Callable[[World, str], list[str]]] = {
    "run": lambda w, s: ["run", "--answers", w.answers, "--flow", str(MINI_FLOW)],
    "sessions": lambda w, s: ["sessions", "--json"],
    "replay": lambda w, s: ["replay", s, "--plain"],
    "export": lambda w, s: ["export", s, "--format", "json"],
    "import": lambda w, s: ["import", str(w.export)],
    "purge": lambda w, s: ["purge", s, "--yes"],
    "note": lambda w, s: ["note", s, "vision", "check the figures"],
    "reframe": lambda w, s: ["reframe", s],
    "diff": lambda w, s: ["diff", s, s],
    "flows": lambda w, s: ["flows", s, "--hotspots"],
    "import-flows": lambda w, s: ["import-flows", s, str(w.csv)],
    "model retarget": lambda w, s: ["model", "retarget", s, "--set", "site=B"],
    "llm log": lambda w, s: ["llm", "log", "--session", s],
    # These reach the database only with a model configured (its call log); the model is
    # never reached because the database is opened first.
    "extract": lambda w, s: ["extract", str(w.text), *OFFLINE_LLM],
    "llm check": lambda w, s: ["llm", "check", *OFFLINE_LLM],
    "llm help": lambda w, s: ["llm", "help", s, "statement", *OFFLINE_LLM],
    "serve": lambda w, s: ["serve", "--port", "8123"],
    "follow": lambda w, s: ["follow", s],
    "check": lambda w, s: ["check", s, "--json"],
}
# Commands run with a model or a server, or that run until interrupted, are proven on a
# database that cannot be opened only.
NEEDS_A_MODEL_OR_A_ROOM = {"extract", "llm check", "llm help", "serve", "follow"}

# Every command that uses the active question flow.
FLOW_COMMANDS: dict[str, Callable[[World, str], list[str]]] = {
    "run": lambda w, s: ["run", "--answers", w.answers, "--json"],
    "flow show": lambda w, s: ["flow", "show", "--json"],
    "workshop-pack": lambda w, s: ["workshop-pack", "-o", str(w.folder / "pack")],
    "reframe": lambda w, s: ["reframe", s, "--json"],
    "serve": lambda w, s: ["serve", "--port", "8123"],
}
# Commands that take neither: each with the reason.
NEITHER = {
    "flow validate": "checks the FILE it is given, not the active flow or a database",
    "store copy": "copies between the two databases it is given as SRC and DST",
}


def command_paths() -> set[str]:
    """Every leaf command of ``data360 --help`` and its groups, as 'group command'."""
    import typer

    from assistant.cli.main import build_app

    def walk(command, prefix: str) -> set[str]:
        # Through click's public group API: the root loads its commands lazily.
        if not hasattr(command, "list_commands"):
            return {prefix}
        found: set[str] = set()
        ctx = typer.Context(command)
        for name in command.list_commands(ctx):
            found |= walk(command.get_command(ctx, name), f"{prefix} {name}".strip())
        return found

    return walk(typer.main.get_command(build_app()), "")


def test_every_command_is_covered_by_the_database_or_flow_tests():
    covered = set(DB_COMMANDS) | set(FLOW_COMMANDS) | set(NEITHER)
    assert command_paths() == covered


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_the_root_db_option_reaches_the_command(cli, world, tmp_path, name, monkeypatch):
    """A database that is not one: every command names it, so every command opened it."""
    import assistant.serve.server

    def never(*args, **kwargs):
        raise AssertionError("serve started although its database cannot be opened")

    monkeypatch.setattr(assistant.serve.server.GuardedServer, "serve", never)
    # Valid inputs, so only the database can fail.
    source = tmp_path / "source.db"
    sid = mini_session(cli, source, tmp_path)
    assert cli("--db", str(source), "export", sid, "-f", "json", "-o", str(world.export)).code == 0
    bad = tmp_path / "bad.db"
    bad.write_text("this is a text file, not a database " * 40)

    result = cli("--db", str(bad), *DB_COMMANDS[name](world, sid))

    assert result.code == 1, result.stdout
    message = f"{bad} is not a data360 database or is damaged (file is not a database)"
    last = result.stderr.splitlines()[-1]
    if "--json" in DB_COMMANDS[name](world, sid):  # errors under --json are JSON (issue 17.7)
        assert json.loads(last)["error"]["message"] == message
    else:
        assert last == f"data360: error: {message}"


@pytest.mark.parametrize("name", sorted(set(DB_COMMANDS) - NEEDS_A_MODEL_OR_A_ROOM))
def test_the_root_db_option_is_the_database_written_and_read(cli, world, tmp_path, name):
    """The session lives only in ``other.db``; the default database is never created."""
    default = Path(tmp_path / "data360.db")  # DATA360_DB, from the autouse fixture
    other = tmp_path / "other.db"
    sid = mini_session(cli, other, tmp_path)
    assert cli("--db", str(other), "export", sid, "-f", "json", "-o", str(world.export)).code == 0
    if name == "import":  # the same id cannot be imported twice into one database
        cli("--db", str(other), "purge", sid, "--yes")

    result = cli("--db", str(other), *DB_COMMANDS[name](world, sid))

    assert result.code == 0, result.stderr
    assert not default.exists(), f"{name} opened the default database"
    if name == "sessions":
        assert [s["id"] for s in json.loads(result.stdout)] == [sid]


def test_the_root_db_option_makes_run_write_there(cli, tmp_path):
    """The issue's own reproduction: ``--db other.db run`` used to write the default db."""
    other = tmp_path / "other.db"
    answers = write_answers(tmp_path, MINI_ANSWERS)
    result = cli("--db", str(other), "--flow", str(MINI_FLOW), "run", "--answers", str(answers))
    assert result.code == 0, result.stderr
    assert other.exists() and not (tmp_path / "data360.db").exists()
    listed = cli("--db", str(other), "sessions", "--json")
    assert [s["id"] for s in json.loads(listed.stdout)] == [result.stdout.strip()]


@pytest.mark.parametrize("name", sorted(FLOW_COMMANDS))
def test_the_root_flow_option_reaches_the_command(cli, world, tmp_path, name, monkeypatch):
    import assistant.serve.server

    started: list[str] = []
    monkeypatch.setattr(
        assistant.serve.server.GuardedServer,
        "serve",
        lambda self, *a, **k: started.append(self.command),
    )
    sid = mini_session(cli, tmp_path / "data360.db", tmp_path)

    result = cli("--flow", str(MINI_FLOW), *FLOW_COMMANDS[name](world, sid))

    assert result.code == 0, result.stderr
    if name in ("run", "reframe"):
        assert json.loads(result.stdout)["flow_id"] == "mini"
    elif name == "flow show":
        assert json.loads(result.stdout)["id"] == "mini"
    elif name == "workshop-pack":
        assert "workshop pack for mini" in result.stderr
    else:  # serve: each browser tab runs the TUI with that flow
        assert started and f"--flow {MINI_FLOW}" in started[0]


@pytest.mark.parametrize("name", sorted(FLOW_COMMANDS))
def test_a_root_flow_that_cannot_be_read_is_named_by_every_flow_command(cli, world, name):
    missing = world.folder / "no-such-flow.yaml"
    result = cli("--flow", str(missing), *FLOW_COMMANDS[name](world, "whatever"))
    assert result.code == 1
    assert str(missing) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_command_option_beats_the_root_option_which_beats_the_environment(
    cli, tmp_path, monkeypatch
):
    env_db, root_db, own_db = (tmp_path / n for n in ("env.db", "root.db", "own.db"))
    monkeypatch.setenv("DATA360_DB", str(env_db))
    sid = {db: mini_session(cli, db, tmp_path) for db in (env_db, root_db, own_db)}

    def listed(*root: str) -> list[str]:
        result = cli(*root, "sessions", "--json")
        assert result.code == 0, result.stderr
        return [s["id"] for s in json.loads(result.stdout)]

    assert listed() == [sid[env_db]]
    assert listed("--db", str(root_db)) == [sid[root_db]]
    own = cli("--db", str(root_db), "sessions", "--db", str(own_db), "--json")
    assert [s["id"] for s in json.loads(own.stdout)] == [sid[own_db]]


def test_the_config_file_names_the_database_and_flow_when_nothing_else_does(
    cli, tmp_path, monkeypatch
):
    configured = tmp_path / "configured.db"
    config = tmp_path / "config.yaml"
    config.write_text(f"db: {configured}\nflow: {MINI_FLOW}\n")
    monkeypatch.delenv("DATA360_DB")
    monkeypatch.setenv("DATA360_CONFIG", str(config))
    shown = cli("flow", "show", "--json")
    assert json.loads(shown.stdout)["id"] == "mini"
    answers = write_answers(tmp_path, MINI_ANSWERS)
    assert cli("run", "--answers", str(answers)).code == 0
    assert configured.exists()
