"""What ``--help`` promises: choices listed, path options shown as paths (issue 11 item 3)."""

from __future__ import annotations

import pytest

from tests.cli.test_db_and_flow_everywhere import command_paths

PATHLIKE = {"output", "answers", "db", "flow", "path", "source"}
PATH_METAVARS = {"PATH", "PATH|URL", "DIR", "FILE.csv", "[FILE|-]"}


def leaf(path: str):
    import typer

    from assistant.cli.main import build_app

    command = typer.main.get_command(build_app())
    for name in path.split():
        command = command.commands[name]
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
