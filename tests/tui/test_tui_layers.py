"""The TUI's modules import one way (issue 13): no screen imports the app, and no cycle
runs through ``tui/app.py``, ``tui/commands.py`` and the screens (imports under
``TYPE_CHECKING`` and inside functions count too: grimp reads them all)."""

from __future__ import annotations

import grimp


def test_no_import_cycle_through_the_tui() -> None:
    graph = grimp.build_graph("assistant", include_external_packages=False)
    tui = sorted(m for m in graph.modules if m.startswith("assistant.tui"))
    cycles = []
    for module in tui:
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith("assistant.tui") and graph.chain_exists(
                importer=imported, imported=module
            ):
                cycles.append((module, imported))
    assert cycles == []


def test_screens_never_import_the_app() -> None:
    graph = grimp.build_graph("assistant", include_external_packages=False)
    screens = [m for m in graph.modules if m.startswith("assistant.tui.screens.")]
    importers = graph.find_modules_that_directly_import("assistant.tui.app")
    assert sorted(set(screens) & importers) == []
