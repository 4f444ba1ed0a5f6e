"""The root loads a command's module only when that command runs (issue 13, start-up)."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import typer

from assistant.cli.main import LAZY_COMMANDS, build_app


def test_the_table_names_every_command_of_every_module_once():
    """LAZY_COMMANDS and the modules agree: no command missing, none named twice."""
    from assistant.cli.main import load_command

    defined: list[str] = []
    for module_name, attr, group in dict.fromkeys(LAZY_COMMANDS.values()):
        sub = getattr(importlib.import_module(f"assistant.cli.commands.{module_name}"), attr)
        defined += [group] if group else [c.name for c in sub.registered_commands]
    assert sorted(defined) == sorted(LAZY_COMMANDS)
    import assistant.cli.commands as package

    modules = {m.name for m in pkgutil.iter_modules(package.__path__)}
    assert modules == {module for module, _, _ in LAZY_COMMANDS.values()}
    for name in LAZY_COMMANDS:
        assert load_command(name).name == name


def test_root_lists_every_command_without_importing_them():
    root = typer.main.get_command(build_app())
    assert root.list_commands(typer.Context(root)) == list(LAZY_COMMANDS)


def test_flow_show_imports_no_other_command_module():
    script = (
        "import sys\n"
        "from assistant.cli.main import build_app\n"
        "build_app()(['flow', 'show', '--json'], prog_name='data360', standalone_mode=False)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('assistant.cli.commands.'))\n"
        "print(loaded, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stderr.strip() == "['assistant.cli.commands.flow']"
