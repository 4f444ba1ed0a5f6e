"""Issue 16 item 6: dialogs that do what they say (export, new framing, add flow, screenshot)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select

from assistant.config import default_export_dir
from assistant.tui.dialogs.export import ExportDialog
from assistant.tui.dialogs.new_session import NewSessionDialog
from tests.tui.conftest import answered_until
from tests.tui.helpers import settle, wait_until

D = TypeVar("D", bound=ModalScreen[Any])


def said(app: Any, text: str) -> bool:
    return any(text in str(n.message) for n in app._notifications)


async def open_dialog(pilot: Any, key: str, kind: type[D]) -> D:
    """Press ``key`` on the settled app and return the dialog it opens, of type ``kind``."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, kind)
    return dialog


async def open_export(pilot: Any) -> ExportDialog:
    return await open_dialog(pilot, "e", ExportDialog)


async def test_enter_in_the_path_exports_and_shows_the_full_path(
    make_app, service, flow, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    answered_until(service, flow, None, session_id="s1")
    app = make_app()
    async with app.run_test() as pilot:
        dialog = await open_export(pilot)
        field = dialog.query_one("#path", Input)
        assert app.focused is field  # type a path at once
        long = "a-folder-with-a-long-name-" * 3
        field.value = f"relative/{long}/framing.md"
        await pilot.press("enter")
        await settle(pilot)
        written = tmp_path / "relative" / long / "framing.md"
        assert written.is_file()
        result = str(dialog.query_one("#export-result").content)
        assert result == f"Written to {written.resolve()}"
        label = dialog.query_one("#export-result")
        assert label.region.right <= dialog.query_one(".dialog").region.right  # shown whole
        assert said(app, str(written.resolve()))


async def test_tab_from_the_path_reaches_export_and_enter_there_exports(
    make_app, service, flow, tmp_path
):
    answered_until(service, flow, None, session_id="s1")
    app = make_app()
    async with app.run_test() as pilot:
        dialog = await open_export(pilot)
        await pilot.press("tab")
        assert app.focused is dialog.query_one("#export", Button)
        await pilot.press("enter")
        await settle(pilot)
        assert dialog.written is not None and dialog.written.is_file()
        assert dialog.written.parent == tmp_path / "exports"


async def test_a_format_picked_with_the_keyboard_then_enter_exports(
    make_app, service, flow, tmp_path
):
    answered_until(service, flow, None, session_id="s1")
    app = make_app()
    async with app.run_test() as pilot:
        dialog = await open_export(pilot)
        await pilot.press("shift+tab")  # back to the format list
        select = dialog.query_one("#format", Select)
        assert app.focused is select
        select.value = "json"
        await settle(pilot)
        assert app.focused is dialog.query_one("#path", Input)  # the next enter exports
        await pilot.press("enter")
        await settle(pilot)
        assert dialog.written is not None and dialog.written.suffix == ".json"


async def test_closing_without_exporting_says_so(make_app, service, flow):
    answered_until(service, flow, None, session_id="s1")
    app = make_app()
    async with app.run_test() as pilot:
        dialog = await open_export(pilot)
        dialog.query_one("#close", Button).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert said(app, "Nothing exported")


async def test_the_default_folder_is_documents_not_the_working_directory(
    make_app, service, flow, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATA360_EXPORT_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    answered_until(service, flow, None, session_id="s1")
    app = make_app(export_folder=None)
    async with app.run_test() as pilot:
        dialog = await open_export(pilot)
        path = Path(dialog.query_one("#path", Input).value)
        assert path.parent == default_export_dir()
        assert path.parent != tmp_path and path.parent.name == "data360"
        monkeypatch.setenv("DATA360_EXPORT_DIR", str(tmp_path / "chosen"))
        assert default_export_dir() == tmp_path / "chosen"
        await pilot.press("enter")  # the folder is created on demand
        await settle(pilot)
        assert dialog.written is not None and dialog.written.parent == path.parent.resolve()


async def open_new_framing(pilot: Any) -> NewSessionDialog:
    return await open_dialog(pilot, "n", NewSessionDialog)


async def test_the_new_framing_dialog_is_centred_over_a_dimmed_screen(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_new_framing(pilot)
        assert screen.has_class("dialog-screen")
        box = screen.query_one(".dialog").region
        left, right = box.x, 120 - box.right
        top, bottom = box.y, 40 - box.bottom
        assert left > 10 and abs(left - right) <= 1
        assert top > 5 and abs(top - bottom) <= 1
        assert screen.styles.background.a < 1  # the screen under it shows through, dimmed


async def test_a_failed_screenshot_says_why(make_app, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    app = make_app(export_folder=blocker / "shots")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.deliver_screenshot()
        await wait_until(pilot, lambda: said(app, "Not saved"), "the screenshot's outcome")
        message = next(str(n.message) for n in app._notifications if "Not saved" in str(n.message))
        assert "not-a-folder" in message and "directory" in message.lower()


def _burst(app: Any, keys: str) -> None:
    """Queue keys all at once, as tmux send-keys or a paste without bracketed paste does."""
    from textual import events

    for key in keys.split(" "):
        character = key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


async def test_a_burst_with_tab_fills_both_fields_of_the_new_framing(make_app):
    """Tab moves the keyboard before the keys queued behind it are delivered."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_new_framing(pilot)
        title = dialog.query_one("#title", Input)
        perimeter = dialog.query_one("#perimeter", Input)
        _burst(app, "B e d tab N o r t h tab")
        await wait_until(pilot, lambda: app.focused not in (title, perimeter), "the last Tab")
        assert (title.value, perimeter.value) == ("Bed", "North")


async def test_a_burst_with_enter_fills_both_fields_and_starts(make_app):
    """Enter in the title moves on at once; Enter in the perimeter starts the framing."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_framing(pilot)
        _burst(app, "B e d enter N o r t h enter")
        await wait_until(pilot, lambda: app.store.sessions(), "the framing to start")
        [session] = app.store.sessions()
        assert (session.title, session.perimeter) == ("Bed", "North")
