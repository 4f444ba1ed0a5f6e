"""The command line has no import cycle (issue 13): main -> commands -> options -> context."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter

from tests.conftest import ROOT

CLI = ROOT / "assistant" / "cli"


def module_name(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path) -> set[str]:
    """Every ``assistant.cli`` module imported by ``path``, lazy imports included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found |= {n for n in names if n.startswith("assistant.cli")}
    return found


def test_the_cli_modules_import_each_other_one_way():
    modules = {module_name(p): p for p in CLI.rglob("*.py")}
    graph = {
        name: {i for i in imports_of(path) if i in modules and i != name}
        for name, path in modules.items()
    }
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        raise AssertionError(f"import cycle: {' -> '.join(error.args[1])}") from None
    importers_of_main = {name for name, deps in graph.items() if "assistant.cli.main" in deps}
    assert importers_of_main == set()
