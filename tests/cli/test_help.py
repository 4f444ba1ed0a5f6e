"""What ``--help`` promises: choices listed, path options shown as paths (issue 11 item 3)."""

from __future__ import annotations

import pytest

from tests.cli.test_db_and_flow_everywhere import command_paths

PATHLIKE = {"output", "answers", "db", "flow", "path", "source"}
# ``store copy SRC DST`` names its two databases (paths or URLs) by their role.
PATH_METAVARS = {"PATH", "PATH|URL", "DIR", "FILE.csv", "[FILE|-]", "SRC", "DST"}


def leaf(path: str):
    import typer

    from assistant.cli.main import build_app

    command = typer.main.get_command(build_app())
    for name in path.split():  # click's group API: the root loads its commands lazily
        command = command.get_command(typer.Context(command), name)
    return command


@pytest.mark.parametrize("path", sorted(command_paths()))
def test_path_options_show_a_path_metavar(path):
    command = leaf(path)
    for param in command.params:
        if param.name in PATHLIKE:
            shown = param.metavar or param.name.upper()  # an argument shows its name
            assert shown in PATH_METAVARS, f"{path}: {param.name} shows {shown}"


@pytest.mark.parametrize("path", sorted(command_paths()))
def test_every_command_has_help_and_exits_0(cli, path):
    result = cli(*path.split(), "--help")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(f"Usage: data360 {path}")


@pytest.mark.parametrize(
    ("args", "code", "first"),
    [
        (["nope"], 2, "data360: error: No such command 'nope'."),
        (["export"], 2, "data360: error: Missing argument 'ID'."),
        (["sessions", "--bogus"], 2, "data360: error: No such option: --bogus"),
        (["export", "abc"], 1, "data360: error: no session matches 'abc'"),
        (["run", "--answers", "missing.yaml"], 1, "data360: error: answers file not found"),
    ],
)
def test_errors_are_one_line_on_stderr_with_the_usual_exit_codes(cli, args, code, first):
    result = cli(*args)
    assert result.code == code
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(first)


@pytest.mark.parametrize("group", ["flow", "model", "llm"])
def test_a_group_without_its_command_shows_its_help_on_stderr_and_exits_2(cli, group):
    result = cli(group)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"Usage: data360 {group} [OPTIONS] COMMAND")
