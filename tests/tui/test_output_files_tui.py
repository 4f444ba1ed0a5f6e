"""Files written from the TUI go through the same safe writer as the CLI's exports."""

from __future__ import annotations

import json

from textual.widgets import Input, OptionList

from assistant.tui.dialogs.export import ExportDialog
from tests.tui.conftest import answered_until
from tests.tui.helpers import paste, settle, wait_until


async def test_the_export_dialog_asks_before_overwriting(make_app, service, flow, tmp_path):
    answered_until(service, flow, None, session_id="s1")
    target = tmp_path / "exports" / "framing.json"
    target.parent.mkdir()
    target.write_text("keep me")
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.fmt = "json"
        dialog.query_one("#path", Input).value = str(target)
        await pilot.click("#export")
        await settle(pilot)
        message = str(dialog.query_one("#export-result").content)
        assert "already exists" in message and "Export again" in message
        assert target.read_text() == "keep me" and dialog.written is None
        # A button ignores clicks during its 0.2 s press animation: wait for it to end.
        button = dialog.query_one("#export")
        await wait_until(pilot, lambda: not button.has_class("-active"), "the press animation")
        await pilot.click("#export")  # the second press on the same path overwrites
        await settle(pilot)
        assert dialog.written == target.resolve()
        assert json.loads(target.read_text())["session"]["id"] == "s1"
        assert sorted(p.name for p in target.parent.iterdir()) == ["framing.json"]


async def test_the_palette_screenshot_is_saved_by_the_safe_writer(make_app, tmp_path):
    folder = tmp_path / "exports"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await paste(pilot, "Screenshot")
        for _ in range(200):  # the palette searches in the background: wait for the hit
            await pilot.pause()
            hits = app.screen.query_one("CommandList", OptionList)
            top = hits.highlighted
            if top is not None and "Screenshot" in str(hits.get_option_at_index(top).prompt):
                break
        await pilot.press("enter")
        for _ in range(500):  # Textual delivers it from a short timer: wait for the file
            await settle(pilot)
            if folder.is_dir() and any(folder.iterdir()):
                break
        files = sorted(p.name for p in folder.iterdir())
        assert len(files) == 1 and files[0].endswith(".svg"), files
        assert (folder / files[0]).read_text(encoding="utf-8").startswith("<svg")
